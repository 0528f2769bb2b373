"""Terminal safety: user text never becomes markup or a terminal control sequence.

Stories, names and labels can hold anything a keyboard, a paste or an imported file can.
Every screen that shows them is driven with Pilot on a store full of hostile text, and the
rendered screen must show the inert forms (``[bold]`` literally, ``␛`` for ESC, ``␇`` for
BEL) and contain no raw ESC or BEL.
"""

from __future__ import annotations

import html
import re

import pytest
from hypothesis import given
from hypothesis import strategies as st
from rich.text import Text

from workbench import workshop
from workbench.collect import stories
from workbench.store import Store, new_id, now
from workbench.textsafe import escape_markup, inert
from workbench.tui.app import make_app

HOSTILE = (
    "[bold]vet[/bold] [link=http://x]klik[/link] \x1b[2J\x1b]52;c;aGk=\x07 bel\x07 "
    "\u202eomgekeerd\u202c [red on white]rood"
)
INERT_FORMS = ("[bold]vet[/bold]", "[link=http://x]klik[/link]", "␛[2J", "␛]52;c;aGk=␇", "bel␇")


def hostile_store() -> Store:
    """A workshop where every user-typed field carries the hostile text: names of the
    workshop, practice, storyteller, code and factor, the story and a coded fragment."""
    from workbench.coding import codebook
    from workbench.coding import fragments as coding

    store = Store.memory()
    workshop.create_workshop(store, "KWP " + HOSTILE)
    practice = workshop.add_practice(store, "Praktijk " + HOSTILE)
    teller = stories.add_storyteller(store, "Verteller " + HOSTILE[:40], "parent",
                                     practice_id=practice)
    story = stories.add_story(store, storyteller_id=teller, practice_id=practice,
                              text="Mijn verhaal " + HOSTILE, title="Titel " + HOSTILE)
    stories.record_consent(store, teller, store_story=True, quotes=True, method="booth",
                           story_id=story)
    code = codebook.add_code(store, "Code " + HOSTILE[:30])
    fragment = coding.code_selection(store, story, 0, 70, [code], "Lotte")
    factor = new_id()
    store.db["factors"].insert({"id": factor, "practice_id": practice,
                                "name": "Factor " + HOSTILE[:40], "created_at": now(),
                                "updated_at": now()})
    store.db["factor_fragments"].insert({"factor_id": factor, "fragment_id": fragment,
                                         "placed_at": now()})
    return store


def screen_text(app) -> str:
    """Everything the terminal would show, as text, from Textual's own screenshot."""
    svg = app.export_screenshot()
    return html.unescape("".join(re.findall(r">([^<]*)</text>", svg))).replace("\xa0", " ")


def assert_inert(app) -> None:
    svg = app.export_screenshot()
    assert "\x1b" not in svg and "\x07" not in svg
    shown = screen_text(app)
    for form in INERT_FORMS:
        assert form in shown, f"{form!r} not shown literally"
    assert "\u202e" not in shown


# -- the function itself ---------------------------------------------------------------------


def test_inert_replaces_controls_with_visible_pictures():
    assert inert("a\x1b[2Jb") == "a␛[2Jb"
    assert inert("\x07") == "␇"
    assert inert("\x9b31m") == "\ufffd31m"  # C1 CSI, which some terminals obey
    assert inert("regel 1\nregel 2\tmet tab") == "regel 1\nregel 2\tmet tab"
    assert inert("\u202eomgekeerd") == "\ufffdomgekeerd"


@given(st.text())
def test_inert_leaves_no_control_characters(text):
    result = inert(text)
    assert all(
        ch in "\n\t" or not (ord(ch) < 0x20 or 0x7F <= ord(ch) <= 0x9F) for ch in result
    )
    assert inert(result) == result


@given(st.text())
def test_escaped_markup_renders_as_the_inert_text(text):
    # Followed by real markup, as where escape_markup is used: the text shows as typed and
    # cannot swallow or open the tag after it. (On its own a trailing backslash shows
    # doubled: Rich's price for keeping the next tag safe.)
    rendered = Text.from_markup(escape_markup(text) + "[b]x[/b]")
    assert rendered.plain == inert(text) + "x"
    assert [str(span.style) for span in rendered.spans] == ["bold"]


# -- the screens ------------------------------------------------------------------------------


async def test_home_screen_shows_hostile_names_inert():
    app = make_app(hostile_store())
    async with app.run_test(size=(200, 40)) as pilot:
        await pilot.pause()
        assert_inert(app)


async def open_and_check(keys: list[str], screen_name: str) -> None:
    app = make_app(hostile_store())
    async with app.run_test(size=(200, 50)) as pilot:
        await pilot.pause()
        for key in keys:
            await pilot.press(key)
            await pilot.pause()
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert type(app.screen).__name__ == screen_name
        assert_inert(app)


async def test_collect_list_shows_hostile_stories_inert():
    await open_and_check(["1"], "CollectScreen")


@pytest.mark.slow  # long: left out of the quick loop
async def test_coding_list_and_coding_screen_show_hostile_text_inert():
    await open_and_check(["2"], "CodeScreen")
    await open_and_check(["2", "enter"], "CodingScreen")


async def test_factor_wall_shows_hostile_names_and_cards_inert():
    await open_and_check(["3"], "FactorWallScreen")


@pytest.mark.slow  # long: left out of the quick loop
async def test_practice_picker_shows_hostile_names_inert():
    from workbench.tui.dialogs.pick import Pick

    store = hostile_store()
    app = make_app(store)
    async with app.run_test(size=(200, 50)) as pilot:
        await pilot.pause()
        app.push_screen(Pick("Kies", [(p["id"], p["name"]) for p in workshop.practices(store)]))
        await pilot.pause()
        assert "[link=http://x]klik[/link]" in screen_text(app)
        assert "\x1b" not in app.export_screenshot()
