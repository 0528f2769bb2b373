"""Benchmark of REFI-QDA exchange and merging.

A workshop of ``n_stories`` invented stories (about 1,500 characters each, some with CRLF,
accents and emoji) with five codings per story on average is exported to .qdpx, imported
into an empty workshop, bundled and merged twice. Targets from issue 8: exporting 10,000
stories with 50,000 codings in at most 10 s, importing the same in at most 20 s.

Run alone: python bench/bench_exchange.py [n_stories]
"""

from __future__ import annotations

import random
import sys
import tempfile
import time
from pathlib import Path

EXPORT_TARGET_S = 10.0  # for 10,000 stories; scaled down linearly for fewer
IMPORT_TARGET_S = 20.0
WORDS = ("ik", "kwam", "met", "mijn", "dochter", "naar", "de", "speelgroep", "en", "daar",
         "voelde", "het", "meteen", "warm", "koffie", "vrijwilliger", "buurvrouw", "één",
         "café", "Zoë", "crèche", "samen", "gezellig", "👶🏽", "moeilijk", "geholpen")


def build(path: Path, n_stories: int, seed: int = 8) -> None:
    """A workshop written straight into the tables (fast), with n_stories and 5 codings each."""
    from workbench import workshop
    from workbench.store import Store, new_id, now

    rng = random.Random(seed)
    store = Store.open(path)
    workshop.create_workshop(store, "Benchmark-werkplaats")
    practices = [workshop.add_practice(store, f"Praktijk {i}") for i in range(3)]
    stamp = now()
    with store.transaction():
        codes = []
        for c in range(30):
            codes.append(new_id())
            store.db["codes"].insert({"id": codes[-1], "name": f"Code {c}", "color": "#3D405B",
                                      "created_at": stamp})
        tellers, stories, fragments, codings = [], [], [], []
        for i in range(n_stories):
            teller = new_id()
            practice = practices[i % 3]
            tellers.append((teller, f"Verteller {i}", "parent", practice, stamp))
            words = [rng.choice(WORDS) for _ in range(260)]
            text = " ".join(words)
            if i % 10 == 0:
                text = text.replace(" de ", " de\r\n", 3)
            story = new_id()
            stories.append((story, practice, teller, text, stamp, stamp))
            for _ in range(5):
                start = rng.randrange(0, len(text) - 60)
                end = start + rng.randrange(10, 60)
                fragment = new_id()
                fragments.append((fragment, story, start, end, text[start:end], stamp))
                codings.append((new_id(), fragment, rng.choice(codes), "Onderzoeker", stamp))
        conn = store.db.conn
        conn.executemany("INSERT INTO storytellers (id, pseudonym, role, practice_id, created_at)"
                         " VALUES (?, ?, ?, ?, ?)", tellers)
        conn.executemany("INSERT INTO stories (id, practice_id, storyteller_id, text, created_at,"
                         " updated_at) VALUES (?, ?, ?, ?, ?, ?)", stories)
        conn.executemany("INSERT INTO fragments (id, story_id, start, end, text, created_at)"
                         " VALUES (?, ?, ?, ?, ?, ?)", fragments)
        conn.executemany("INSERT INTO codings (id, fragment_id, code_id, coder, created_at)"
                         " VALUES (?, ?, ?, ?, ?)", codings)
    store.close()


def _timed(action) -> float:
    start = time.perf_counter()
    action()
    return time.perf_counter() - start


def run(n_stories: int = 10_000) -> list[dict]:
    """Figures for docs/benchmarks.md."""
    from workbench import workshop
    from workbench.exchange.bundle import write_bundle
    from workbench.exchange.merge import merge_bundle
    from workbench.exchange.refiqda import export_qdpx
    from workbench.exchange.refiqda_import import import_qdpx
    from workbench.store import Store

    scale = n_stories / 10_000
    with tempfile.TemporaryDirectory() as folder:
        tmp = Path(folder)
        build(tmp / "source.db", n_stories)
        source = Store.open(tmp / "source.db")
        n_codings = source.scalar("SELECT count(*) FROM codings")
        exported = _timed(lambda: export_qdpx(source, tmp / "out.qdpx"))
        target = Store.open(tmp / "target.db")
        workshop.create_workshop(target, "Leeg")
        imported = _timed(lambda: import_qdpx(target, tmp / "out.qdpx"))
        assert target.scalar("SELECT count(*) FROM codings") == n_codings
        bundled = _timed(lambda: write_bundle(source, tmp / "a.wbb"))
        other = Store.open(tmp / "other.db")
        workshop.create_workshop(other, "Andere laptop")
        merged = _timed(lambda: merge_bundle(other, tmp / "a.wbb", other_workshop=True))
        again = _timed(lambda: merge_bundle(other, tmp / "a.wbb", other_workshop=True))
        for s in (source, target, other):
            s.close()
    label = f"{n_stories} stories, {n_codings} codings"
    export_target = EXPORT_TARGET_S * scale
    import_target = IMPORT_TARGET_S * scale
    return [
        {"name": f"export .qdpx ({label})", "value": round(exported, 2), "unit": "s",
         "target": f"<= {export_target:.1f} s", "ok": exported <= export_target},
        {"name": f"import that .qdpx into an empty workshop ({label})",
         "value": round(imported, 2), "unit": "s", "target": f"<= {import_target:.1f} s",
         "ok": imported <= import_target},
        {"name": f"write a bundle ({label})", "value": round(bundled, 2), "unit": "s",
         "target": "-", "ok": True},
        {"name": f"merge that bundle into another laptop ({label})", "value": round(merged, 2),
         "unit": "s", "target": "-", "ok": True},
        {"name": f"merge the same bundle again, nothing changes ({label})",
         "value": round(again, 2), "unit": "s", "target": "-", "ok": True},
    ]


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    for row in run(int(sys.argv[1]) if len(sys.argv) > 1 else 10_000):
        print(row)
