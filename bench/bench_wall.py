"""Benchmark of the factor wall in the real (headless) TUI, driven by Textual's Pilot.

* A card move on a wall of 500 cards (250 unsorted, 250 in 5 factors): the time from the
  key (Shift+→) until the first frame after the move reaches the terminal, median of 15
  moves (target: at most 100 ms, issue 16). Suggestions refresh in a worker meanwhile.
* Suggestions for 500 unsorted cards against 2,000 sorted ones (10 factors): the time
  from opening the wall until every unsorted card shows its suggestion (target: at most
  3 s on the 2-core machine), with spaCy's pipeline already loaded (start-up, once per
  run of the program) and, for information, from cold.
* While those suggestions are computed (from the moment their worker runs), an arrow key
  is sent every 50 ms: the time until the highlighted card has moved (target: at most
  100 ms, the slowest press of three runs). The text work runs in a helper process
  (workbench/factors/offload.py), started and warmed once per run of the program.

Run alone: python bench/bench_wall.py
"""

from __future__ import annotations

import asyncio
import statistics
import sys
import time
from pathlib import Path

SIZES = (0,)
HERE = Path(__file__).resolve().parent
TARGET_MOVE_MS = 100.0
TARGET_SUGGEST_S = 3.0
TARGET_KEY_MS = 100.0
SUGGEST_RUNS = 3  # the suggestion run with keys is repeated: the slowest key varies


def build(unsorted: int, sorted_: int, n_factors: int):  # a Store
    """One practice with ``unsorted + sorted_`` fragments; ``sorted_`` of them placed in
    ``n_factors`` factors by the label their (invented Dutch) text was made from."""
    sys.path.insert(0, str(HERE))
    from bench_clustering import synthetic

    from workbench import workshop
    from workbench.collect import stories
    from workbench.factors import model as factors
    from workbench.store import Store, new_id, now

    store = Store.memory()
    workshop.create_workshop(store, "Bench-werkplaats")
    practice = workshop.add_practice(store, "Speelgroep De Vlinder")
    texts, labels = synthetic(unsorted + sorted_, seed=5)
    names = sorted(set(labels))[:n_factors]
    with store.transaction():
        ids = {name: factors.create_factor(store, name, practice_id=practice)
               for name in names}
        placed = 0
        for start in range(0, len(texts), 20):
            teller = stories.add_storyteller(store, f"Verteller {start}", "parent",
                                             practice_id=practice)
            chunk = texts[start:start + 20]
            story = stories.add_story(store, storyteller_id=teller, practice_id=practice,
                                      text=" ".join(chunk))
            offset = 0
            for text, label in zip(chunk, labels[start:start + 20], strict=True):
                fid = new_id()
                store.db["fragments"].insert({
                    "id": fid, "story_id": story, "start": offset, "end": offset + len(text),
                    "text": text, "created_at": now()})
                offset += len(text) + 1
                if placed < sorted_ and label in ids:
                    store.db["factor_fragments"].insert({
                        "factor_id": ids[label], "fragment_id": fid, "placed_at": now()})
                    placed += 1
    return store


async def _move_times(store, runs: int) -> list[float]:
    from workbench.tui.app import make_app
    from workbench.tui.screens.factors.wall import FactorWallScreen

    app = make_app(store)
    frames: list[float] = []
    show = app._display  # the one place frames leave the app

    def display(screen, update):
        frames.append(time.perf_counter())
        return show(screen, update)

    app._display = display
    times: list[float] = []
    async with app.run_test(size=(160, 50)) as pilot:
        await pilot.press("3")
        await pilot.pause()
        await app.workers.wait_for_complete()
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, FactorWallScreen)
        done: list[float] = []
        sync = screen.sync

        async def timed_sync(**kwargs):
            await sync(**kwargs)
            done.append(time.perf_counter())

        screen.sync = timed_sync  # type: ignore[method-assign]
        for run in range(runs):
            await app.workers.wait_for_complete()  # each move starts from a quiet wall
            await pilot.pause()
            frames.clear()
            done.clear()
            key = "shift+right" if run % 2 == 0 else "shift+left"
            begin = time.perf_counter()
            await pilot.press(key)
            limit = time.perf_counter() + 30
            while not done or not [f for f in frames if f >= done[0]]:
                if time.perf_counter() > limit:
                    raise RuntimeError(f"no frame after the move: {len(done)} syncs, "
                                       f"{len(frames)} frames, "
                                       f"{[len(c.column.cards) for c in screen.columns()]}, "
                                       f"{list(app._notifications)[-1:]}")
                await asyncio.sleep(0.001)
            first = min(f for f in frames if f >= done[0])
            times.append((first - begin) * 1000)
            # the cursor stays in the column the card left: follow the card, to move it back
            await pilot.press("right" if run % 2 == 0 else "left")
        await app.workers.wait_for_complete()
    return times


async def _suggest_times(store, keys: bool) -> dict[str, float | list[float]]:
    """Seconds from opening the wall until the wall is drawn and until 90 % of the unsorted
    cards show a suggestion; with ``keys``, the latency (ms) of arrow keys posted every
    50 ms meanwhile, as the terminal would send them (no waiting for the app to be idle)."""
    from textual import events

    from workbench.tui.app import make_app
    from workbench.tui.screens.factors.wall import FactorWallScreen

    app = make_app(store)
    latencies: list[float] = []
    drawn = 0.0
    async with app.run_test(size=(160, 50)):
        begin = time.perf_counter()
        app.post_message(events.Key("3", "3"))
        screen = app.screen
        while not isinstance(screen, FactorWallScreen) or screen.board is None \
                or len(screen.columns()) < len(screen.board.columns):
            await asyncio.sleep(0.001)
            screen = app.screen
        drawn = time.perf_counter() - begin
        pressed: list[float] = []
        seen: list[float] = []
        original = screen.update_detail

        def detail() -> None:
            original()
            if len(seen) < len(pressed):
                seen.append(time.perf_counter())

        screen.update_detail = detail  # type: ignore[method-assign]
        n_unsorted = len(screen.board.unsorted.cards)
        step = 0

        def computing() -> bool:  # the suggestion worker is under way
            return any(w.group == "wall-nlp" and not w.is_finished for w in app.workers)

        while len([v for v in screen.suggested.values() if v]) < n_unsorted * 0.9:
            if keys and len(seen) == len(pressed) and (computing() or pressed):
                if pressed:
                    latencies.append((seen[-1] - pressed[-1]) * 1000)
                pressed.append(time.perf_counter())
                step += 1
                app.post_message(events.Key("down" if step % 20 < 10 else "up", None))
            await asyncio.sleep(0.05)
        seconds = time.perf_counter() - begin
        await app.workers.wait_for_complete()
    return {"drawn": drawn, "seconds": seconds, "latencies": latencies}


def run(n_stories: int = 0) -> list[dict]:
    from workbench.factors import offload
    from workbench.factors.textfeatures import pipeline

    figures: list[dict] = []
    cold_store = build(500, 2000, 10)
    cold = float(asyncio.run(_suggest_times(cold_store, keys=False))["seconds"])
    pipeline("nl")  # loaded once per run of the program, here and in the helper process
    offload.warm("nl")
    store = build(250, 250, 5)
    moves = asyncio.run(_move_times(store, 15))
    median = statistics.median(moves)
    figures.append({"name": "move a card on a wall of 500 cards: key until the frame is "
                            "written (median of 15)", "value": round(median, 1), "unit": "ms",
                    "target": f"<= {TARGET_MOVE_MS:.0f} ms", "ok": median <= TARGET_MOVE_MS})
    figures.append({"name": "move a card on a wall of 500 cards: slowest of 15",
                    "value": round(max(moves), 1), "unit": "ms", "target": "informative",
                    "ok": True})
    big = build(500, 2000, 10)
    runs = [asyncio.run(_suggest_times(big, keys=True)) for _ in range(SUGGEST_RUNS)]
    seconds = statistics.median(float(r["seconds"]) for r in runs)
    drawn = statistics.median(float(r["drawn"]) for r in runs)
    slowest_per_run = [max(r["latencies"]) if r["latencies"] else float("inf")  # type: ignore[arg-type]
                       for r in runs]
    latencies = [x for r in runs for x in r["latencies"]]  # type: ignore[union-attr]
    figures.append({"name": f"suggestions for 500 unsorted vs 2,000 sorted cards, from opening "
                            f"the wall (spaCy loaded; median of {SUGGEST_RUNS} runs)",
                    "value": round(seconds, 2), "unit": "s",
                    "target": f"<= {TARGET_SUGGEST_S:.0f} s", "ok": seconds <= TARGET_SUGGEST_S})
    figures.append({"name": "of which opening that wall until its columns are mounted (20 "
                            "cards a column)", "value": round(drawn, 2), "unit": "s",
                    "target": "informative", "ok": True})
    slowest = max(slowest_per_run)
    figures.append({"name": f"arrow keys sent every 50 ms meanwhile: slowest of "
                            f"{len(latencies)} in {SUGGEST_RUNS} runs", "value": round(slowest, 1),
                    "unit": "ms", "target": f"<= {TARGET_KEY_MS:.0f} ms",
                    "ok": slowest <= TARGET_KEY_MS})
    figures.append({"name": "arrow keys meanwhile: the slowest of each run, median",
                    "value": round(statistics.median(slowest_per_run), 1), "unit": "ms",
                    "target": "informative", "ok": True})
    if latencies:
        figures.append({"name": "arrow keys meanwhile: median", "value":
                        round(statistics.median(latencies), 1), "unit": "ms",
                        "target": "informative", "ok": True})
    figures.append({"name": "the same suggestions with spaCy loaded on the way (first wall "
                            "of a session)", "value": round(cold, 2), "unit": "s",
                    "target": "informative", "ok": True})
    return figures


if __name__ == "__main__":
    sys.path.insert(0, str(HERE.parent))
    for row in run():
        mark = "ok" if row["ok"] else "FAIL"
        print(f"{mark:4}  {row['name']}: {row['value']} {row['unit']} (target {row['target']})")
