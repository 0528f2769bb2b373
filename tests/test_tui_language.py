"""Textual's own texts (command palette, the quit hint, key hints of its widgets) speak the
user's language too."""

from __future__ import annotations

from textual.command import CommandPalette
from textual.widgets import Input

from workbench.tui.app import make_app


async def test_the_palette_and_the_quit_hint_are_dutch(store):
    app = make_app(store)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("ctrl+p")
        await pilot.pause()
        palette = app.screen
        assert isinstance(palette, CommandPalette)
        assert palette.query_one(Input).placeholder == "Zoek een opdracht…"
        titles = [command.title for command in app.get_system_commands(app.screen)]
        assert "Afsluiten" in titles and "Quit" not in titles and "Keys" not in titles
        descriptions = [b.description for _, b, *_ in palette.active_bindings.values()]
        assert "Exit the command palette" not in descriptions
        await pilot.press("escape")
        await pilot.pause()
        said = []
        app.notify = lambda message, **kw: said.append((message, kw.get("title")))
        app.action_help_quit()  # what Textual runs for Ctrl+C where nothing is copied
        assert said == [("Druk op Ctrl+Q om af te sluiten.", "Wilt u afsluiten?")]


async def test_english_when_asked(store):
    app = make_app(store, language="en")
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("ctrl+p")
        await pilot.pause()
        assert app.screen.query_one(Input).placeholder == "Search for commands…"
