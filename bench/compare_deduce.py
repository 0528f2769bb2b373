"""One-off measurement behind the choice in docs/ENGINEERING.md: deduce's own pipeline
(Deduce().deidentify) against our scan, on the labelled set in tests/data: load time,
memory, recall, precision, time per 5,000 characters.

Run: python bench/compare_deduce.py
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "tests"))


def rss() -> float:
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return 0.0


def main() -> None:
    from test_pseudonymise_recall import load_labelled, measure

    from workbench.collect.pseudonym_scan import Finding

    labelled = load_labelled()
    before, start = rss(), time.perf_counter()
    from deduce import Deduce

    model = Deduce()
    load_s, load_mb = time.perf_counter() - start, rss() - before

    def deduce_scan(text: str) -> list[Finding]:
        doc = model.deidentify(text)
        return [Finding(a.start_char, a.end_char, a.text, a.tag, "") for a in doc.annotations]

    recall, precision, _, misses, alarms = measure(labelled, scan=deduce_scan)
    story = "\n\n".join(text for text, _ in labelled)[:5000]
    start = time.perf_counter()
    for _ in range(5):
        deduce_scan(story)
    per_story = (time.perf_counter() - start) / 5 * 1000
    print(f"deduce pipeline: load {load_s:.1f} s, +{load_mb:.0f} MB, recall {recall:.3f}, "
          f"precision {precision:.3f}, {per_story:.0f} ms per 5,000 characters")
    for miss in misses[:15]:
        print("  missed:", miss[:2])
    for alarm in alarms[:10]:
        print("  false alarm:", alarm[:2])


if __name__ == "__main__":
    main()
