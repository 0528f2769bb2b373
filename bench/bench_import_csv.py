"""Benchmark of a large questionnaire CSV import, on a real file (WAL, synchronous=FULL).

``workbench import`` of one CSV with 20,000 rows (pseudonym, role, text of ~60 words),
into a workshop already holding ``n_stories`` stories: read and streamed, every row
checked, duplicates and pseudonyms looked up, all written in one transaction.
Target: at most 10 s (issue 13; before: 2,000 rows took 16.5 s, 20,000 did not finish
in 120 s).

Run alone: python bench/bench_import_csv.py [n_stories]
"""

from __future__ import annotations

import csv
import random
import sys
import tempfile
import time
from pathlib import Path

SIZES = (1000,)
ROWS = int(__import__("os").environ.get("BENCH_ROWS", "20000"))
TARGET_S = 10.0
WORDS = ("ik", "kom", "graag", "naar", "de", "groep", "het", "is", "gezellig", "we",
         "helpen", "elkaar", "met", "koffie", "mijn", "dochter", "speelt", "buiten",
         "vrijwilliger", "één", "keer", "per", "week", "praten", "over", "opvoeden")


def write_csv(path: Path, rows: int, seed: int = 7) -> None:
    """A questionnaire export: one story per row, every text different."""
    rng = random.Random(seed)
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["pseudonym", "role", "text"])
        for i in range(rows):
            words = " ".join(rng.choice(WORDS) for _ in range(60))
            writer.writerow([f"Deelnemer {i}", "ouder", f"Verhaal {i}: {words}."])


def run(n_stories: int) -> list[dict]:
    from workbench import workshop
    from workbench.collect import importing, stories
    from workbench.store import Store

    with tempfile.TemporaryDirectory() as folder:
        folder_path = Path(folder)
        store = Store.open(folder_path / "bench-import.db")
        workshop.create_workshop(store, "Bench-werkplaats")
        practice = workshop.add_practice(store, "Speelgroep De Vlinder")
        with store.transaction():
            for i in range(n_stories):
                teller = stories.add_storyteller(store, f"Eerder {i}", "parent",
                                                 practice_id=practice)
                stories.add_story(store, storyteller_id=teller, practice_id=practice,
                                  text=f"Een eerder verhaal nummer {i}.")
        source = folder_path / "vragenlijst.csv"
        write_csv(source, ROWS)
        started = time.perf_counter()
        summary = importing.import_files(store, [source], practice_id=practice)
        seconds = time.perf_counter() - started
        imported = len(summary.imported)
        store.close()
    assert imported == ROWS, f"{imported} of {ROWS} rows imported"
    return [{"name": f"import CSV of {ROWS:,} rows", "value": round(seconds, 2), "unit": "s",
             "target": TARGET_S, "ok": seconds <= TARGET_S}]


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    for row in run(int(sys.argv[1]) if len(sys.argv) > 1 else 1000):
        print(row)
