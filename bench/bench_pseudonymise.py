"""Benchmark of the pseudonymisation scan with its name and place lists.

* cold start: a fresh process loads the lists (deduce's Dutch names and places, the
  spaCy Dutch word table, our community names) and scans one story; target at most 5 s;
* memory the loaded lists add to the process (resident set); target at most 200 MB;
* a warm scan of a 5,000-character story: median of 30 scans; target at most 100 ms;
* recall and precision on the labelled set in tests/data (informational here, asserted
  by tests/test_pseudonymise_recall.py).

Run alone: python bench/bench_pseudonymise.py
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import time
from pathlib import Path

SIZES = (1,)  # the scan works per story; the workshop's size does not matter
REPO = Path(__file__).resolve().parent.parent

COLD = r"""
import time
t0 = time.perf_counter()
def rss():
    for line in open('/proc/self/status'):
        if line.startswith('VmRSS:'):
            return int(line.split()[1]) / 1024
before = rss()
from workbench.collect import pseudonyms
pseudonyms.scan("Mijn dochter Sanne gaat naar basisschool De Regenboog in Zwolle.")
print(time.perf_counter() - t0, rss() - before)
"""


def _story(chars: int = 5000) -> str:
    sys.path.insert(0, str(REPO / "tests"))
    from test_pseudonymise_recall import load_labelled

    texts = [text for text, _ in load_labelled()]
    story, i = "", 0
    while len(story) < chars:
        story += texts[i % len(texts)] + "\n\n"
        i += 1
    return story[:chars]


def run(n_stories: int = 1) -> list[dict]:
    colds, memory = [], []
    for _ in range(3):
        out = subprocess.run([sys.executable, "-c", COLD], capture_output=True, text=True,
                             check=True, cwd=REPO).stdout.split()
        colds.append(float(out[0]))
        memory.append(float(out[1]))
    from workbench.collect import namelists, pseudonyms

    namelists.get()
    story = _story()
    pseudonyms.scan(story)
    times = []
    for _ in range(30):
        start = time.perf_counter()
        pseudonyms.scan(story)
        times.append((time.perf_counter() - start) * 1000)
    sys.path.insert(0, str(REPO / "tests"))
    from test_pseudonymise_recall import load_labelled, measure

    recall, precision, _, _, _ = measure(load_labelled())
    cold, mem, warm = statistics.median(colds), max(memory), statistics.median(times)
    return [
        {"name": "pseudonymise: cold start incl. lists", "value": round(cold, 2), "unit": "s",
         "target": "<= 5", "ok": cold <= 5},
        {"name": "pseudonymise: memory added by the lists", "value": round(mem), "unit": "MB",
         "target": "<= 200", "ok": mem <= 200},
        {"name": "pseudonymise: warm scan, 5,000 characters", "value": round(warm, 1),
         "unit": "ms", "target": "<= 100", "ok": warm <= 100},
        {"name": "pseudonymise: recall (labelled set)", "value": round(recall, 3), "unit": "",
         "target": ">= 0.98", "ok": recall >= 0.98},
        {"name": "pseudonymise: precision (labelled set)", "value": round(precision, 3),
         "unit": "", "target": ">= 0.90", "ok": precision >= 0.90},
    ]


if __name__ == "__main__":
    for row in run():
        print(f"{row['name']:<45} {row['value']:>8} {row['unit']:<3} target {row['target']}"
              f"  {'ok' if row['ok'] else 'MISSED'}")
