"""Benchmark of merging laptops: a bundle of n stories into a workshop of n stories.

Laptop A and laptop B each hold ``n_stories`` invented stories (five codings each, as in
bench_exchange.py). A's bundle is merged into B; then the same bundle again (nothing may
change); then B's stories are edited, B bundles, A merges, and A's first (older) bundle is
merged into B once more: nothing may go back. Target from issue 21: merging 10,000 stories
into a workshop of 10,000 in at most 10 s.

Run alone: python bench/bench_merge.py [n_stories]
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

MERGE_TARGET_S = 10.0  # for 10,000 into 10,000; scaled down linearly for fewer
SIZES = (1000, 10_000)


def _timed(action):
    start = time.perf_counter()
    result = action()
    return time.perf_counter() - start, result


def _state(store) -> dict[str, list]:
    from workbench.exchange.bundle import syncable_tables

    return {t: store.all(f"SELECT * FROM {t} ORDER BY 1, 2")
            for t in syncable_tables(store, include_identities=True)}


def run(n_stories: int = 10_000) -> list[dict]:
    """Figures for docs/benchmarks.md."""
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from bench_exchange import build

    from workbench.collect import stories
    from workbench.exchange.bundle import write_bundle
    from workbench.exchange.merge import merge_bundle
    from workbench.store import Store

    scale = n_stories / 10_000
    target = MERGE_TARGET_S * scale
    with tempfile.TemporaryDirectory() as folder:
        tmp = Path(folder)
        build(tmp / "a.db", n_stories, seed=8)
        build(tmp / "b.db", n_stories, seed=9)
        a, b = Store.open(tmp / "a.db"), Store.open(tmp / "b.db")
        # B is the same workshop (its rows were made on B): give both files one workshop id
        b.db.execute("PRAGMA foreign_keys = OFF")
        with b.transaction():
            b.db.execute("UPDATE practices SET workshop_id = ?",
                         [a.scalar("SELECT id FROM workshops")])
            b.db.execute("UPDATE workshops SET id = ?", [a.scalar("SELECT id FROM workshops")])
        b.db.execute("PRAGMA foreign_keys = ON")
        bundled, _ = _timed(lambda: write_bundle(a, tmp / "a1.wbb"))
        merged, report = _timed(lambda: merge_bundle(b, tmp / "a1.wbb"))
        assert report.added["stories"] == n_stories, report.added
        before = _state(b)
        again, second = _timed(lambda: merge_bundle(b, tmp / "a1.wbb"))
        unchanged = (second.total_added == 0 and second.total_updated == 0
                     and _state(b) == before)
        # A edits some of its stories and bundles again; B merges; then A's older bundle
        for row in a.all("SELECT id, text FROM stories LIMIT 100"):
            stories.set_text(a, row["id"], "Bijgewerkt op A. " + row["text"])
        write_bundle(a, tmp / "a2.wbb")
        merge_bundle(b, tmp / "a2.wbb")
        newest = _state(b)
        older, third = _timed(lambda: merge_bundle(b, tmp / "a1.wbb"))
        kept = _state(b) == newest and bool(third.older_bundle)
        total = b.scalar("SELECT count(*) FROM stories")
        a.close()
        b.close()
    label = f"{n_stories} stories into {n_stories}"
    return [
        {"name": f"write a bundle ({n_stories} stories)", "value": round(bundled, 2),
         "unit": "s", "target": "-", "ok": True},
        {"name": f"merge a bundle ({label}; {total} after)", "value": round(merged, 2),
         "unit": "s", "target": f"<= {target:.1f} s", "ok": merged <= target},
        {"name": f"merge the same bundle twice in a row: nothing changes ({label})",
         "value": round(again, 2), "unit": "s", "target": "no change",
         "ok": unchanged},
        {"name": f"merge an older bundle after a newer one: nothing goes back ({label})",
         "value": round(older, 2), "unit": "s", "target": "no change", "ok": kept},
    ]


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    for row in run(int(sys.argv[1]) if len(sys.argv) > 1 else 10_000):
        print(row)
