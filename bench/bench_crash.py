"""Crash safety, long run: at least 100 SIGKILLs of real workbench processes.

The workshop first holds ``n_stories`` stories; then booth autosaves (through the core,
and the real ``workbench booth`` typed into in a pseudo-terminal), imports, ``workbench
practice``, ``workbench export json``, ``workbench codes add``, ``workbench code``,
``workbench sessions vote``, ``workbench withdraw``, ``workbench merge`` and ``workbench
restore`` are started and killed at random moments, in turn. After every kill the file
must pass ``workbench check``, every acknowledged write must be intact, and a destructive
command must be all or nothing (see bench/harness.py).

Run alone: python bench/bench_crash.py [n_stories] [kills]
"""

from __future__ import annotations

import os
import random
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import harness

KILLS = int(os.environ.get("WORKBENCH_BENCH_KILLS", 100))
KINDS = ("booth", "booth-tui", "booth", "import", "practice", "export", "codes", "vote",
         "code", "withdraw", "merge", "restore")


def prefill(db: Path, n_stories: int) -> None:
    """Bring the workshop to ``n_stories`` stories, each with storyteller and consent."""
    from workbench.collect import stories
    from workbench.store import Store

    store = Store.open(db)
    practice = harness.load_ids(db)["practice"]
    have = store.scalar("SELECT count(*) FROM stories")
    with store.transaction():
        for i in range(have, n_stories):
            teller = stories.add_storyteller(store, f"Vooraf {i}", "parent", practice_id=practice)
            story = stories.add_story(store, storyteller_id=teller, practice_id=practice,
                                      text=harness.story_text(99, i, 0, 600))
            stories.record_consent(store, teller, store_story=True, quotes=True,
                                   method="paper", story_id=story)
    store.close()


def run(n_stories: int = 1000, kills: int = KILLS) -> list[dict]:
    rng = random.Random(n_stories)
    with tempfile.TemporaryDirectory(prefix="wb-crash-") as folder:
        db = Path(folder) / "crash.db"
        harness.prepare(db)
        prefill(db, n_stories)
        began = time.monotonic()
        results: list[harness.Kill] = []
        killed: list[harness.Kill] = []
        # Count only real kills: a CLI command that finished before its moment came
        # was not killed, so keep going until enough processes died mid-run.
        while len(killed) < kills and len(results) < kills * 3:
            result = harness.crash_round(db, KINDS[len(results) % len(KINDS)], rng)
            results.append(result)
            if not result.exited_first:
                killed.append(result)
        seconds = time.monotonic() - began
    broken = [r for r in results if r.problems]
    booth = [r for r in killed if r.kind.startswith("booth")]
    for r in broken:
        print(f"  {r.kind} after {r.delay:.2f}s: {r.problems}", file=sys.stderr)
    label = f"{n_stories} stories"
    per_kind: dict[str, int] = {}
    for r in killed:
        per_kind[r.kind] = per_kind.get(r.kind, 0) + 1
    kinds = ", ".join(f"{kind} {n}" for kind, n in sorted(per_kind.items()))
    return [
        {"name": f"SIGKILLs of running workbench processes ({label}; {kinds}; "
                 f"{seconds:.0f} s)",
         "value": len(killed), "unit": "kills", "target": ">= 100", "ok": len(killed) >= 100},
        {"name": f"of which during booth autosaving ({label})", "value": len(booth),
         "unit": "kills", "target": ">= 30", "ok": len(booth) >= 30},
        {"name": f"kills after which check failed or an acknowledged write was lost ({label})",
         "value": len(broken), "unit": "kills", "target": "0", "ok": not broken},
    ]


if __name__ == "__main__":
    size = int(sys.argv[1]) if len(sys.argv) > 1 else 1000
    for row in run(size, int(sys.argv[2]) if len(sys.argv) > 2 else KILLS):
        print(row)
