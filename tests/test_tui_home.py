"""The TUI shell: home screen, navigation to the phases, language switch, command palette."""

from __future__ import annotations

import pytest
from textual.command import CommandList
from textual.widgets import Footer
from tui_support import wait_until

from workbench import workshop
from workbench.collect import stories
from workbench.tui.app import make_app
from workbench.tui.screens.home import HomeScreen, PhaseTile


def screen_text(app) -> str:
    """Everything the current screen shows, as plain text."""
    parts = []
    for widget in app.screen.query("*"):
        render = getattr(widget, "render", None)
        if widget.display and render is not None:
            try:
                parts.append(str(render()))
            except Exception:  # some widgets only render inside a layout pass
                pass
    return "\n".join(parts)


def footer_text(app) -> str:
    return " ".join(b.description for _, b in app.screen.active_bindings.items()
                    if b.binding.show for b in [b.binding])


def add_story(store, pseudonym="Noor"):
    practice = workshop.find_practice(store, "Speelgroep De Vlinder")["id"]
    teller = stories.add_storyteller(store, pseudonym, "parent", practice_id=practice)
    stories.add_story(store, storyteller_id=teller, practice_id=practice, text="Fijn hier.")


async def test_home_shows_workshop_practices_and_counts(store):
    add_story(store)
    app = make_app(store)
    async with app.run_test(size=(120, 40)) as pilot:
        # the counts are read once the first frame is out
        await wait_until(pilot, lambda: app.screen.state is not None
                         and "1 verhaal" in screen_text(app), "the counts shown")
        assert isinstance(app.screen, HomeScreen)
        assert app.title == "Test-werkplaats"
        text = screen_text(app)
        assert "Speelgroep De Vlinder\n  1 verhaal" in text
        assert "Buurthuiskamer Oost\n  0 verhalen" in text
        assert "1 verhaal\n   1 verteller" in text
        assert "Werkzame factoren" in text and "Klankbordbijeenkomsten" in text
        assert len(app.screen.query(PhaseTile)) == 6


@pytest.mark.slow  # long: left out of the quick loop
async def test_number_keys_open_each_phase_and_escape_returns(store):
    app = make_app(store)
    async with app.run_test(size=(120, 40)) as pilot:
        for key in "123456":
            await pilot.press(key)
            await pilot.pause()
            assert not isinstance(app.screen, HomeScreen), key
            app.pop_screen()
            await pilot.pause()
            assert isinstance(app.screen, HomeScreen)


@pytest.mark.slow  # long: left out of the quick loop
async def test_enter_on_a_focused_tile_opens_it(store):
    app = make_app(store)
    async with app.run_test(size=(120, 40)) as pilot:
        app.screen.query_one("#phase-posters").focus()
        await pilot.press("enter")
        await pilot.pause()
        assert not isinstance(app.screen, HomeScreen)


async def test_language_switch_changes_screen_and_key_hints(store):
    app = make_app(store)
    async with app.run_test(size=(120, 40)) as pilot:
        assert "Verhalen ophalen" in screen_text(app)
        assert "Afsluiten" in footer_text(app)
        await pilot.press("f2")
        await pilot.pause()
        text = screen_text(app)
        assert "Collect stories" in text and "Verhalen ophalen" not in text
        assert "Quit" in footer_text(app)
        # the choice is remembered in the workshop file
        assert store.meta_get("ui_language") == "en"
    again = make_app(store)
    async with again.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        assert "Collect stories" in screen_text(again)


async def test_explicit_language_wins(store):
    store.meta_set("ui_language", "nl")
    app = make_app(store, language="en")
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        assert "Working factors" in screen_text(app)


@pytest.mark.slow  # long: left out of the quick loop
async def test_command_palette_opens_a_phase(store):
    app = make_app(store)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("ctrl+p")
        await pilot.pause()
        await pilot.press(*"Coderen")
        commands = app.screen.query_one(CommandList)
        await wait_until(pilot, lambda: commands.option_count and commands.highlighted is not None,
                         "the palette found a command")
        await pilot.press("enter")
        await pilot.pause()
        assert not isinstance(app.screen, HomeScreen)


async def test_workshop_name_with_markup_is_shown_inert(store):
    store.db.execute("UPDATE workshops SET name = ?", ["[bold]KWP[/bold] \x1b[2J"])
    app = make_app(store)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        assert "[bold]" in app.title and "\x1b" not in app.title


async def test_footer_is_shown(store):
    app = make_app(store)
    async with app.run_test(size=(120, 40)):
        assert app.screen.query(Footer)


async def test_command_palette_hint_is_translated(store):
    app = make_app(store)
    async with app.run_test(size=(120, 40)) as pilot:
        bindings = [b.binding for b in app.screen.active_bindings.values()
                    if b.binding.action == "command_palette"]
        assert [b.description for b in bindings] == ["Opdrachten"]
        await pilot.press("f2")
        await pilot.pause()
        bindings = [b.binding for b in app.screen.active_bindings.values()
                    if b.binding.action == "command_palette"]
        assert [b.description for b in bindings] == ["Commands"]


async def _open_hint(pilot) -> str:
    """What the footer says Enter does on the (focused) Collect tile."""
    screen = pilot.app.screen
    screen.query_one("#phase-collect", PhaseTile).focus()
    await pilot.pause()
    return screen.active_bindings["enter"].binding.description


async def test_open_hint_stays_translated_after_coming_back_from_a_phase(store):
    async with make_app(store).run_test(size=(120, 40)) as pilot:
        assert await _open_hint(pilot) == "Openen"
        await pilot.press("1")
        await pilot.pause()
        await pilot.press("escape")
        await pilot.pause()
        home = pilot.app.screen
        assert isinstance(home, HomeScreen)
        assert await _open_hint(pilot) == "Openen"


async def test_a_story_a_killed_booth_left_is_put_away_when_the_workbench_opens(store):
    # Recovery runs right after the first frame (not before it), still before the counts.
    from workbench.collect import booth

    practice = workshop.find_practice(store, "Speelgroep De Vlinder")["id"]
    left = booth.start(store, practice, role="parent", consent_store=True,
                       consent_quotes=True)
    booth.save_part(store, left.story_id, left.topics[0]["id"], "Half verhaal")
    store.write("UPDATE stories SET updated_at = '2020-01-01T00:00:00.000+00:00' "
                "WHERE id = ?", [left.story_id])
    app = make_app(store)
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_until(pilot, lambda: app.screen.state is not None, "the counts read")
        assert stories.get_story(store, left.story_id)["status"] == "interrupted"
