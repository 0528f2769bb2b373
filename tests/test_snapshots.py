"""What four key screens look like at 80x24, as SVG snapshots (pytest-textual-snapshot):
the home screen on the demo, the booth's topic step, a ballot step and the factor wall.

The data is fixed (the demo, or the test fixtures), the booth's clock is the test's, and
every worker has finished before the picture is taken, so the pictures do not change from
run to run. After an intended change of a screen: run this file with ``--snapshot-update``
and look at the new SVGs under tests/__snapshots__/ before committing them.

The snapshot functions are synchronous: pytest-textual-snapshot runs the app itself.
"""

from __future__ import annotations

import itertools
import uuid

import pytest
from test_sessions_support import open_session

from workbench import access
from workbench.store import Store
from workbench.tui.app import make_app
from workbench.tui.kiosk.booth import make_booth_app
from workbench.tui.kiosk.booth_widgets import StoryArea

pytestmark = pytest.mark.snapshot

SIZE = (80, 24)


@pytest.fixture
def fixed_demo(tmp_path, monkeypatch) -> Store:
    """The demo with ids that are the same in every build: cards and stories that tie on
    their time are listed by id, so random ids would list them in a random order."""
    from workbench.demo import build_demo

    counter = itertools.count(1)
    monkeypatch.setattr(uuid, "uuid4", lambda: uuid.UUID(int=next(counter)))
    store = Store.open(tmp_path / "demo.db")
    build_demo(store)
    yield store
    store.close()


async def settle(pilot) -> None:
    """Let workers (statistics, suggestions) finish and the screen redraw."""
    for _ in range(3):
        await pilot.pause()
        await pilot.app.workers.wait_for_complete()
    await pilot.pause()


def test_home_screen_on_the_demo(snap_compare, fixed_demo, monkeypatch):
    from workbench import status

    # the last backup is a moment of this test run (building the demo): say "never"
    monkeypatch.setattr(status, "last_backup", lambda store: None)
    assert snap_compare(make_app(fixed_demo), terminal_size=SIZE, run_before=settle)


def test_booth_topic_step(snap_compare, store):
    access.set_pin(store, "2468")
    practice = store.scalar("SELECT id FROM practices ORDER BY name")
    app = make_booth_app(store, practice, clock=lambda: 1000.0)

    async def to_the_first_topic(pilot) -> None:
        # welcome → consent → keep → quotes → role → name (the suggested one) → topic
        for _ in range(6):
            await pilot.press("enter")
            await pilot.pause()
        assert app.screen.step == "topic"
        app.screen.query_one(StoryArea).cursor_blink = False  # the picture has a cursor
        await settle(pilot)

    assert snap_compare(app, terminal_size=SIZE, run_before=to_the_first_topic)


def test_ballot_factor_step(snap_compare, store, monkeypatch):
    from workbench.sessions import model as sessions

    # a participant's number is drawn at random: this one is always #K7M3
    monkeypatch.setattr(sessions, "_fresh_token", lambda store, session_id: "#K7M3")
    access.set_pin(store, "2468")
    open_session(store)
    app = make_app(store)

    async def to_the_first_factor(pilot) -> None:
        # sessions → the newest session → ballots → check in without a name
        for key in ("4", "enter", "b", "enter"):
            await pilot.press(key)
            await pilot.pause()
        assert type(app.screen).__name__ == "FactorStep"
        await settle(pilot)

    assert snap_compare(app, terminal_size=SIZE, run_before=to_the_first_factor)


def test_factor_wall_on_the_demo(snap_compare, fixed_demo):
    app = make_app(fixed_demo)

    async def to_the_wall(pilot) -> None:
        await pilot.press("3")
        await settle(pilot)
        assert type(app.screen).__name__ == "FactorWallScreen"

    assert snap_compare(app, terminal_size=SIZE, run_before=to_the_wall)
