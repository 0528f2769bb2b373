"""Start-up: time from launching `workbench --db demo.db` to its first screen, and which
heavy libraries are imported on the way (none of spaCy, scikit-learn, reportlab, deduce,
docdeid may be).

Both the workbench and a bare Textual app showing one word are launched the same way, in a
pseudo terminal, one after the other several times (so load from other programs falls on
both alike); the figures are the medians. Python may keep its bytecode caches, as on a
user's machine (a ``PYTHONDONTWRITEBYTECODE`` in the environment would make every launch of
the workbench compile its own modules again); the caches go to a temporary folder.

Run alone: python bench/bench_startup.py
"""

from __future__ import annotations

import os
import pty
import select
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

SIZES = (0,)  # the first screen does not depend on the workshop's size: the demo is used
TARGET_S = 1.0
ROUNDS = 11
HEAVY = ("spacy", "sklearn", "reportlab", "espeakng_loader", "miniaudio", "deduce",
         "docdeid")


def _workbench() -> list[str]:
    """The installed ``workbench`` command beside this Python, as a user starts it."""
    script = Path(sys.executable).parent / "workbench"
    return [str(script)] if script.exists() else [sys.executable, "-m", "workbench"]


BARE_APP = """
from textual.app import App
from textual.widgets import Static

class Bare(App):
    def compose(self):
        yield Static("Verhalen ophalen")

Bare().run()
"""
RATIO_TARGET = 1.3

# The floor under the workbench's first frame: the home screen's own widgets (header, two
# panels, six tiles in a grid, footer) with the app's style sheet, in plain Textual with no
# workbench code. What the workbench adds is the difference between this and its own time.
HOME_WIDGETS_APP = """
import sys
from textual.app import App
from textual.binding import Binding
from textual.containers import Grid, Horizontal, Vertical
from textual.widgets import Footer, Header, Static

class Tile(Static, can_focus=True):
    pass

class Home(App):
    CSS_PATH = sys.argv[1]
    TITLE = "Kenniswerkplaats"
    BINDINGS = [Binding("q", "quit", "Afsluiten"), Binding("f2", "quit", "English")]

    def compose(self):
        yield Header()
        with Horizontal(id="home"):
            with Vertical(id="practices"):
                yield Static("Praktijken", classes="section-title")
            with Vertical(id="phases-panel"):
                yield Static("Fasen", classes="section-title")
                with Grid(id="phases"):
                    for n, name in enumerate(["Verhalen ophalen", "Coderen",
                                              "Werkzame factoren", "Klankbordbijeenkomsten",
                                              "Posters en gids", "Uitwisselen"], 1):
                        yield Tile(f"{n}  {name}", classes="phase-tile")
                yield Static("Kies een fase met haar cijfer.", classes="muted")
        yield Footer()

Home().run()
"""


def _cpu_seconds(pid: int) -> float:
    """Processor time used so far by all threads of process ``pid`` (Linux; 0 elsewhere)."""
    total = 0
    try:
        for task in Path(f"/proc/{pid}/task").iterdir():
            total += int((task / "schedstat").read_text().split()[0])
    except (OSError, ValueError, IndexError):
        return 0.0
    return total / 1e9


def first_screen_seconds(db: Path, marker: bytes, command: list[str] | None = None,
                         pycache: Path | None = None) -> float:
    """Launch the TUI (or ``command``) in a pseudo-terminal and time until ``marker`` is
    drawn. With ``pycache``, bytecode caches are kept there (see the module's doc)."""
    return first_screen(db, marker, command, pycache)[0]


def first_screen(db: Path, marker: bytes, command: list[str] | None = None,
                 pycache: Path | None = None) -> tuple[float, float]:
    """``first_screen_seconds``, and the processor time the program used until then: on a
    machine that others load, the wall-clock time of a longer program suffers more than
    that of a short one, its processor time hardly."""
    master, slave = pty.openpty()
    env = {**os.environ, "TERM": "xterm-256color", "COLUMNS": "120", "LINES": "40"}
    if pycache is not None:
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        env["PYTHONPYCACHEPREFIX"] = str(pycache)
    start = time.perf_counter()
    process = subprocess.Popen(command or [*_workbench(), "--db", str(db)], stdin=slave,
                               stdout=slave, stderr=slave, env=env, start_new_session=True)
    os.close(slave)
    seen = b""
    try:
        while time.perf_counter() - start < 15:
            ready, _, _ = select.select([master], [], [], 0.05)
            if ready:
                try:
                    seen += os.read(master, 65536)
                except OSError:
                    break
                if marker in seen:
                    return time.perf_counter() - start, _cpu_seconds(process.pid)
        raise RuntimeError("first screen did not appear within 15 s")
    finally:
        os.killpg(process.pid, signal.SIGKILL)
        process.wait()
        os.close(master)


def heavy_imports_at_start() -> list[str]:
    script = (
        "import sys\n"
        "from workbench.cli import main\n"
        "from workbench.tui.app import make_app\n"
        "from workbench.tui.screens import home\n"
        f"print(','.join(m for m in {HEAVY!r} if m in sys.modules))\n"
    )
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                         check=True).stdout.strip()
    return [m for m in out.split(",") if m]


def run(n_stories: int = 0) -> list[dict]:
    """Figures for docs/benchmarks.md (the demo workshop; n_stories does not apply)."""
    with tempfile.TemporaryDirectory() as folder:
        db = Path(folder) / "demo.db"
        subprocess.run([*_workbench(), "--db", str(db), "demo"], check=True,
                       capture_output=True)
        bare = [sys.executable, "-c", BARE_APP]
        tcss = Path(__file__).resolve().parent.parent / "workbench" / "tui" / "app.tcss"
        widgets = [sys.executable, "-c", HOME_WIDGETS_APP, str(tcss)]
        cache = Path(folder) / "pycache"
        marker = b"Verhalen ophalen"
        for _ in range(2):  # warm the file cache and write the bytecode caches
            first_screen_seconds(db, marker, pycache=cache)
            first_screen_seconds(db, marker, bare, pycache=cache)
            first_screen_seconds(db, marker, widgets, pycache=cache)
        times, bare_times, cpu, bare_cpu, widget_times = [], [], [], [], []
        for _ in range(ROUNDS):  # interleaved, so all see the same load on the machine
            wall, used = first_screen(db, marker, pycache=cache)
            times.append(wall)
            cpu.append(used)
            wall, used = first_screen(db, marker, bare, pycache=cache)
            bare_times.append(wall)
            bare_cpu.append(used)
            widget_times.append(first_screen_seconds(db, marker, widgets, pycache=cache))
    median = statistics.median(times)
    bare_median = statistics.median(bare_times)
    widgets_median = statistics.median(widget_times)
    ratio = median / bare_median
    cpu_ratio = statistics.median(cpu) / (statistics.median(bare_cpu) or float("nan"))
    heavy = heavy_imports_at_start()
    return [
        {"name": f"first screen of `workbench --db demo.db` (median of {ROUNDS})",
         "value": round(median, 3),
         "unit": "s", "target": f"<= {TARGET_S} s", "ok": median <= TARGET_S},
        {"name": f"bare Textual app showing one word, same pty (median of {ROUNDS})",
         "value": round(bare_median, 3), "unit": "s", "target": "-", "ok": True},
        {"name": "the home screen's widgets and style sheet in plain Textual, no workbench "
                 "code (the floor), / bare Textual app",
         "value": round(widgets_median / bare_median, 2), "unit": "×", "target": "-",
         "ok": True},
        {"name": "workbench first screen / bare Textual app",
         "value": round(ratio, 2), "unit": "×", "target": f"<= {RATIO_TARGET}",
         "ok": ratio <= RATIO_TARGET},
        {"name": "the same, processor time until the first frame (less sensitive to load)",
         "value": round(cpu_ratio, 2), "unit": "×", "target": f"<= {RATIO_TARGET}",
         "ok": cpu_ratio <= RATIO_TARGET},
        {"name": "heavy libraries imported at start-up (spaCy, scikit-learn, reportlab)",
         "value": ", ".join(heavy) or "none", "unit": "", "target": "none", "ok": not heavy},
    ]


if __name__ == "__main__":
    for row in run():
        print(row)
