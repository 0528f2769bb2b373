"""Concurrency, long run: 5 processes write one workshop file at once for 60 seconds.

Booth autosave, ballots, coding, an import, and the real ``workbench`` command typed in a
second window (``practice``, ``codes add``, ``code``, ``sessions vote``; see
bench/harness.py), on a workshop that already holds ``n_stories`` stories. Nothing may be
lost, no "database is locked" may reach anyone, and the slowest single write (lock wait
included; for the CLI, whose every command is a new process, not counted) is reported.

Run alone: python bench/bench_concurrency.py [n_stories] [seconds]
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import harness
from bench_crash import prefill

SECONDS = float(os.environ.get("WORKBENCH_BENCH_SECONDS", 60))
WORST_MS = 2000


def run(n_stories: int = 1000, seconds: float = SECONDS) -> list[dict]:
    with tempfile.TemporaryDirectory(prefix="wb-conc-") as folder:
        db = Path(folder) / "samen.db"
        harness.prepare(db)
        prefill(db, n_stories)
        result = harness.run_concurrency(db, seconds, kinds=("booth", "ballots", "coding",
                                                              "import", "cli"))
    for problem in result.problems:
        print(f"  {problem}", file=sys.stderr)
    label = f"{n_stories} stories, {seconds:.0f} s"
    total = sum(result.writes.values())
    detail = ", ".join(f"{k} {v}" for k, v in result.writes.items())
    return [
        {"name": f"5 processes writing at once ({label}): acknowledged writes ({detail})",
         "value": total, "unit": "writes", "target": "every process > 0",
         "ok": all(v > 0 for v in result.writes.values())},
        {"name": f"writes lost or 'database is locked' shown ({label})",
         "value": len(result.problems), "unit": "", "target": "0", "ok": not result.problems},
        {"name": f"slowest single write, waiting for the lock included ({label})",
         "value": round(result.worst_ms, 1), "unit": "ms", "target": f"<= {WORST_MS} ms",
         "ok": result.worst_ms <= WORST_MS},
    ]


if __name__ == "__main__":
    size = int(sys.argv[1]) if len(sys.argv) > 1 else 1000
    for row in run(size, float(sys.argv[2]) if len(sys.argv) > 2 else SECONDS):
        print(row)
