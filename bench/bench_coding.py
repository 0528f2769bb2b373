"""Benchmark of the coding screen: opening a long, densely coded story.

A workshop with ``n_stories`` ordinary stories plus one story of 20,000 characters with
200 coded fragments (overlapping, 20 codes). Measured, median of 7 runs each:

* the story itself: loading the story and its fragments, wrapping the text and drawing the
  40 visible lines with their fragment colours, in the real widget inside the running TUI
  (the target: at most 100 ms);
* opening the coding screen in headless Textual: the time until its first frame, with the
  story drawn, reaches the terminal (what a user waits for; the target), and, for
  information, until everything has settled (side panels filled after the first frame,
  every later frame drawn), also net of what opening an empty screen costs;
* re-anchoring the 200 fragments after an edit near the start of the story.

Run alone: python bench/bench_coding.py [n_stories]
"""

from __future__ import annotations

import asyncio
import random
import statistics
import sys
import time

TARGET_MS = 100.0
WORDS = ("ik", "kom", "graag", "naar", "de", "groep", "het", "is", "gezellig", "we", "helpen",
         "elkaar", "met", "koffie", "mijn", "dochter", "speelt", "buiten", "vrijwilliger",
         "één", "keer", "per", "week", "praten", "over", "opvoeden", "en", "zorgen")


def _text(rng: random.Random, length: int) -> str:
    words: list[str] = []
    size = 0
    while size < length:
        word = rng.choice(WORDS)
        if not words or words[-1].endswith("."):
            word = word.capitalize()
        if rng.random() < 0.1:
            word += "."
        if rng.random() < 0.01:
            word += "\n\n"
        words.append(word)
        size += len(word) + 1
    return " ".join(words)[:length]


def build(n_stories: int):  # returns (Store, story id)
    from workbench import workshop
    from workbench.coding import codebook
    from workbench.coding import fragments as coding
    from workbench.collect import stories
    from workbench.store import Store

    rng = random.Random(4)
    store = Store.memory()
    workshop.create_workshop(store, "Bench-werkplaats")
    practice = workshop.add_practice(store, "Speelgroep De Vlinder")
    with store.transaction():
        for i in range(n_stories):
            teller = stories.add_storyteller(store, f"Verteller {i}", "parent",
                                             practice_id=practice)
            stories.add_story(store, storyteller_id=teller, practice_id=practice,
                              text=_text(rng, 1200))
        teller = stories.add_storyteller(store, "Lang verhaal", "parent", practice_id=practice)
        text = _text(rng, 20_000)
        story = stories.add_story(store, storyteller_id=teller, practice_id=practice, text=text)
        codes = [codebook.add_code(store, f"Code {i}") for i in range(20)]
        made = 0
        while made < 200:
            start = rng.randrange(0, len(text) - 300)
            end = start + rng.randrange(20, 300)
            if not text[start:end].strip():
                continue
            coding.code_selection(store, story, start, end, [rng.choice(codes)], "Bench")
            made += 1
    return store, story


async def _open_times(store, story: str, runs: int) -> dict[str, list[float]]:
    """Times (ms) in the real, headless TUI: opening the coding screen, opening an empty
    screen (Textual's own cost on this machine), and the story widget's own work: load
    the story and its fragments, wrap the text and render the 40 visible lines."""
    from textual.screen import Screen
    from textual.widgets import Static

    from workbench.coding import fragments as coding
    from workbench.tui.app import make_app
    from workbench.tui.screens.coding.story import CodingScreen
    from workbench.tui.widgets.fragment_text import FragmentText, Mark

    class Empty(Screen):
        def compose(self):
            yield Static("leeg")

    times: dict[str, list[float]] = {"screen": [], "empty": [], "story": [], "shown": []}
    app = make_app(store)
    # When each frame reaches the terminal, and whether the story had been drawn by then.
    frames: list[tuple[float, str, bool]] = []
    drawn = {"story": False}
    show = app._display  # the one place frames leave the app
    draw_line = FragmentText.render_line

    def display(screen, update):
        frames.append((time.perf_counter(), type(screen).__name__, drawn["story"]))
        return show(screen, update)

    def render_line(self, y):
        drawn["story"] = True
        return draw_line(self, y)

    app._display = display
    FragmentText.render_line = render_line
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        for _ in range(runs):
            for key, factory in (("empty", Empty), ("screen", lambda: CodingScreen(store, story))):
                frames.clear()
                drawn["story"] = False
                begin = time.perf_counter()
                await app.push_screen(factory())
                await pilot.pause()
                if key == "screen":
                    first = [at for at, name, story_drawn in frames
                             if name == "CodingScreen" and story_drawn]
                    times["shown"].append((first[0] - begin) * 1000 if first else float("inf"))
                app.screen._compositor.render_update(full=True)  # full frame
                times[key].append((time.perf_counter() - begin) * 1000)
                if key == "screen":
                    widget = app.screen.query_one(FragmentText)
                    begin = time.perf_counter()
                    row = coding.get_story(store, story)
                    fragments = coding.fragments_for_story(store, story)
                    widget.text = row["text"]
                    widget.set_marks([Mark(f["start"], f["end"], f["codes"][0]["color"])
                                      for f in fragments])
                    widget._wrapped_width = 0  # force a fresh wrap
                    widget._rewrap(widget.scrollable_content_region.width)
                    for y in range(40):
                        widget.render_line(y)
                    times["story"].append((time.perf_counter() - begin) * 1000)
                app.pop_screen()
                await pilot.pause()
    FragmentText.render_line = draw_line
    return times


def _reanchor_times(store, story: str, runs: int) -> list[float]:
    from workbench.coding import fragments as coding

    times = []
    for i in range(runs):
        old = store.scalar("SELECT text FROM stories WHERE id = ?", [story])
        new = f"Toevoeging {i}. " + old
        begin = time.perf_counter()
        with store.transaction():
            store.db.execute("UPDATE stories SET text = ? WHERE id = ?", [new, story])
            coding.reanchor_fragments(store, story, old, new)
        times.append((time.perf_counter() - begin) * 1000)
    return times


def run(n_stories: int = 1000) -> list[dict]:
    """Figures for docs/benchmarks.md."""
    store, story = build(n_stories)
    times = asyncio.run(_open_times(store, story, 7))
    story_ms = statistics.median(times["story"])
    shown_ms = statistics.median(times["shown"])
    screen_ms = statistics.median(times["screen"])
    overhead_ms = max(0.0, screen_ms - statistics.median(times["empty"]))
    reanchored = statistics.median(_reanchor_times(store, story, 7))
    label = f"{n_stories} stories, median of 7"
    return [
        {"name": f"render a 20,000-character story with 200 fragments: load, wrap, draw the "
                 f"visible lines ({label})",
         "value": round(story_ms, 1), "unit": "ms", "target": f"<= {TARGET_MS:.0f} ms",
         "ok": story_ms <= TARGET_MS},
        {"name": f"open the coding screen on that story: until its first frame, with the "
                 f"story drawn, reaches the terminal ({label})",
         "value": round(shown_ms, 1), "unit": "ms", "target": f"<= {TARGET_MS:.0f} ms",
         "ok": shown_ms <= TARGET_MS},
        {"name": f"open the coding screen until everything has settled (side panels filled, "
                 f"all frames drawn), beyond an empty Textual screen ({label})",
         "value": round(overhead_ms, 1), "unit": "ms", "target": "informative", "ok": True},
        {"name": f"open the coding screen until everything has settled, in all ({label})",
         "value": round(screen_ms, 1), "unit": "ms", "target": "informative", "ok": True},
        {"name": f"re-anchor its 200 fragments after an edit ({label})",
         "value": round(reanchored, 1), "unit": "ms", "target": "<= 200 ms",
         "ok": reanchored <= 200},
    ]


if __name__ == "__main__":
    for row in run(int(sys.argv[1]) if len(sys.argv) > 1 else 1000):
        print(row)
