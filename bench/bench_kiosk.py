"""The story booth under steady typing, in a real terminal (a pty read by a terminal
emulator): the longest time between two saves while someone types 5 keys a second without
a pause, and the time from a key to its echo on screen.

Run alone: python bench/bench_kiosk.py
"""

from __future__ import annotations

import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "tests"))

SIZES = (0,)
TYPING_SECONDS = 20
KEYS_PER_SECOND = 5
GAP_TARGET_S = 1.0
ECHO_TARGET_MS = 50.0


def _workshop(path: Path) -> None:
    from workbench import access, workshop
    from workbench.store import Store

    store = Store.open(path)
    workshop.create_workshop(store, "Bench")
    workshop.add_practice(store, "Speelgroep De Vlinder")
    access.set_pin(store, "4321")
    store.close()


def _to_topic(term) -> None:  # tests/terminal.Terminal
    for marker in ("Eerst even dit", "bewaren?", "laten zien?", "Wie bent u?",
                   "Welke naam", "Ik ben klaar"):
        term.press("enter")
        term.wait_for(marker)


def save_gaps(path: Path) -> tuple[float, int]:
    """Type steadily; poll the database every 10 ms and note when the stored text changes.
    Returns the longest gap between saves and how many saves were seen."""
    from terminal import Terminal

    term = Terminal(["--db", str(path), "booth", "--practice", "Vlinder"])
    try:
        term.wait_for("Welkom")
        _to_topic(term)
        reader = sqlite3.connect(path)
        last_text, saves = "", []
        keys = "wij gaan elke week samen koffie drinken " * 20
        started = time.monotonic()
        sent = 0
        while time.monotonic() - started < TYPING_SECONDS:
            due = started + sent / KEYS_PER_SECOND
            if time.monotonic() >= due:
                term.send(keys[sent % len(keys)])
                sent += 1
            row = reader.execute("SELECT text FROM stories").fetchone()
            if row and row[0] != last_text:
                last_text = row[0]
                saves.append(time.monotonic())
            time.sleep(0.01)
        reader.close()
    finally:
        term.close()
    gaps = [b - a for a, b in zip(saves, saves[1:], strict=False)]
    return (max(gaps) if gaps else float("inf")), len(saves)


def echo_latencies(path: Path, keys: int = 40) -> list[float]:
    """Milliseconds from writing a key to the pty until it is drawn on screen."""
    from terminal import Terminal

    term = Terminal(["--db", str(path), "booth", "--practice", "Vlinder"], width=120,
                    height=40)
    times = []
    try:
        term.wait_for("Welkom")
        _to_topic(term)
        typed = ""
        for i in range(keys):
            ch = "abcdefghij"[i % 10]
            typed += ch
            start = time.perf_counter()
            term.send(ch)
            term.wait_until(lambda t=typed: t[-8:] in term.text(), "echo", timeout=10)
            times.append((time.perf_counter() - start) * 1000)
            time.sleep(0.15)
    finally:
        term.close()
    return times


def run(n_stories: int = 0) -> list[dict]:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "bench.db"
        _workshop(path)
        gap, saves = save_gaps(path)
        path2 = Path(folder) / "echo.db"
        _workshop(path2)
        echoes = echo_latencies(path2)
    median = statistics.median(echoes)
    return [
        {"name": f"booth: longest gap between saves, {TYPING_SECONDS} s of steady typing at "
                 f"{KEYS_PER_SECOND} keys/s ({saves} saves)",
         "value": round(gap, 3), "unit": "s", "target": f"<= {GAP_TARGET_S} s",
         "ok": gap <= GAP_TARGET_S},
        {"name": "booth: key to echo on screen (median of 40 keys)",
         "value": round(median, 1), "unit": "ms", "target": f"<= {ECHO_TARGET_MS:.0f} ms",
         "ok": median <= ECHO_TARGET_MS},
        {"name": "booth: key to echo on screen (slowest of 40 keys)",
         "value": round(max(echoes), 1), "unit": "ms", "target": "-", "ok": True},
    ]


if __name__ == "__main__":
    for figure in run():
        print(f"{figure['name']}: {figure['value']} {figure['unit']} "
              f"(target {figure['target']}, {'ok' if figure['ok'] else 'NOT MET'})")
