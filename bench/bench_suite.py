"""The test suite's own speed: the full suite and the quick loop (``-m "not slow"``), each
run once as a developer runs them, with their wall times against the targets of issue 14.

Run alone: python bench/bench_suite.py
Or with the others: python bench/run.py --only suite
"""

from __future__ import annotations

import re
import subprocess
import sys
import time
from pathlib import Path

SIZES = (0,)  # the suite does not depend on a workshop size
FULL_TARGET_S = 240
QUICK_TARGET_S = 60
REPO = Path(__file__).resolve().parent.parent


def timed(*args: str) -> tuple[float, str, bool]:
    """Seconds one pytest run took, its summary line, and whether it passed."""
    began = time.monotonic()
    done = subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider",
                           *args], cwd=REPO, capture_output=True, text=True)
    seconds = time.monotonic() - began
    lines = [line for line in done.stdout.splitlines() if line.strip()]
    summary = next((line.strip("= ") for line in reversed(lines)
                    if re.search(r"\d+ (passed|failed|error)", line)), "no summary")
    summary = re.sub(r" in [\d.]+s.*$", "", summary)  # the time is the figure itself
    return seconds, summary, done.returncode == 0


def run(n_stories: int = 0) -> list[dict]:
    rows = []
    for name, args, target in (
        ("test suite, all tests", (), FULL_TARGET_S),
        ('test suite, quick loop (-m "not slow")', ("-m", "not slow"), QUICK_TARGET_S),
    ):
        seconds, summary, passed = timed(*args)
        rows.append({"name": f"{name}: {summary}", "value": round(seconds, 1), "unit": "s",
                     "target": f"<= {target} s, all pass",
                     "ok": passed and seconds <= target})
    return rows


if __name__ == "__main__":
    for row in run():
        print(f"{'ok ' if row['ok'] else 'BAD'} {row['name']}: {row['value']} {row['unit']} "
              f"(target {row['target']})")
