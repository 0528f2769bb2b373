"""Benchmark of collecting stories, on a real file (WAL, synchronous=FULL) like a laptop's.

With ``n_stories`` stories already in the workshop:

* an autosave of a typing batch in the booth (``booth.save_part``: one topic's answer,
  story recomposed, full-text index updated, one committed transaction): p95 of 200
  saves, target at most 20 ms;
* a full-text search as the facilitator types it (``search.find_stories`` with snippets):
  median of 40 searches, target at most 50 ms;
* importing 1,000 transcript files (read, decode, check, duplicate check, one
  transaction): target at most 10 s.

Run alone: python bench/bench_collect.py [n_stories]
"""

from __future__ import annotations

import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

WORDS = ("ik", "kom", "graag", "naar", "de", "groep", "het", "is", "gezellig", "we",
         "helpen", "elkaar", "met", "koffie", "mijn", "dochter", "speelt", "buiten",
         "vrijwilliger", "één", "keer", "per", "week", "praten", "over", "opvoeden", "zorgen",
         "buurvrouw", "moeder", "kinderen", "thuis", "rust", "taal", "school", "crèche")
QUERIES = ("koffie", "vrijwilliger", "moeder thuis", "crèche", "opvoed", "samen rust",
           "dochter school", "buurvrouw", "gezellig week", "taal")


def _text(rng: random.Random, words: int) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(words)) + "."


def _workshop(folder: Path, n_stories: int):  # (Store, practice id)
    from workbench import workshop
    from workbench.collect import stories
    from workbench.store import Store

    rng = random.Random(3)
    store = Store.open(folder / "bench-collect.db")
    workshop.create_workshop(store, "Bench-werkplaats")
    practice = workshop.add_practice(store, "Speelgroep De Vlinder")
    with store.transaction():
        for i in range(n_stories):
            teller = stories.add_storyteller(store, f"Verteller {i}", "parent",
                                             practice_id=practice)
            stories.add_story(store, storyteller_id=teller, practice_id=practice,
                              text=_text(rng, 200))
    return store, practice


def _figure(name: str, value: float, unit: str, target: float) -> dict:
    return {"name": name, "value": round(value, 2), "unit": unit, "target": target,
            "ok": value <= target}


def run(n_stories: int) -> list[dict]:
    from workbench.collect import booth, importing, search

    results = []
    with tempfile.TemporaryDirectory(prefix="bench-collect-") as tmp:
        folder = Path(tmp)
        store, practice = _workshop(folder, n_stories)
        rng = random.Random(5)

        telling = booth.start(store, practice, role="parent", consent_store=True,
                              consent_quotes=True)
        typed = ""
        timings = []
        for i in range(200):
            topic = telling.topics[i * len(telling.topics) // 200]["id"]
            typed = typed + " " + _text(rng, 6) if i % 50 else _text(rng, 6)
            start = time.perf_counter()
            booth.save_part(store, telling.story_id, topic, typed)
            timings.append((time.perf_counter() - start) * 1000)
        p95 = statistics.quantiles(timings, n=20)[-1]
        results.append(_figure(f"booth autosave p95 ({n_stories} stories)", p95, "ms", 20.0))

        timings = []
        for i in range(40):
            query = QUERIES[i % len(QUERIES)]
            start = time.perf_counter()
            search.find_stories(store, query=query)
            timings.append((time.perf_counter() - start) * 1000)
        results.append(_figure(f"full-text search median ({n_stories} stories)",
                               statistics.median(timings), "ms", 50.0))

        files = folder / "transcripts"
        files.mkdir()
        for i in range(1000):
            (files / f"interview-{i:04d}.txt").write_text(
                f"Transcript {i}.\n\n{_text(rng, 300)}", encoding="utf-8")
        start = time.perf_counter()
        summary = importing.import_files(store, sorted(files.glob("*.txt")),
                                         practice_id=practice)
        seconds = time.perf_counter() - start
        assert len(summary.imported) == 1000, summary.skipped[:3]
        results.append(_figure(f"import 1,000 transcripts ({n_stories} stories)", seconds, "s",
                               10.0))
        store.close()
    return results


if __name__ == "__main__":
    size = int(sys.argv[1]) if len(sys.argv) > 1 else 10_000
    for row in run(size):
        mark = "ok" if row["ok"] else "TOO SLOW"
        print(f"{row['name']}: {row['value']} {row['unit']} (target {row['target']}) {mark}")
