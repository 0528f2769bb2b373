"""Every screen of the TUI speaks one language in its keys: opened on the demo in Dutch and
in English, the key descriptions it offers (footer and the '?' key panel) hold no text of
the other language. Checked on what is shown (``Screen.active_bindings``, the footer's and
the key panel's rendered text), not on how the descriptions get translated.

tests/test_cli_language.py does the same for every command's ``--help``.
"""

from __future__ import annotations

import functools
import importlib
import inspect
import pkgutil
import re
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
from rich.console import Console
from textual.binding import Binding
from textual.screen import Screen
from textual.widgets import Footer

import workbench.tui
from workbench.i18n import LANGUAGES, catalog, get_language, set_language
from workbench.store import Store

# Proper names that are the same whatever the UI language: the language switch names the
# other language in its own words.
ALLOWED = {"English", "Nederlands"}

# Screens that are not opened here, and why (every other screen class must be listed in
# ``FACTORIES``, so a new screen is walked too).
NOT_OPENED = {
    # base classes, never shown themselves
    "workbench.tui.base._WorkbenchScreen", "workbench.tui.base._WorkbenchModal",
    "workbench.tui.base.WorkbenchScreen", "workbench.tui.base.WorkbenchModal",
    "workbench.tui.kiosk.ballot.BallotKiosk", "workbench.tui.kiosk.ballot.BallotStep",
    # the command palette opens with Ctrl+P only; test_tui_home checks its words
    "workbench.tui.app.WorkbenchPalette",
}


def _demo_ids(store: Store) -> dict[str, str]:
    """What the screens are opened on: the demo's first story, factor, closed session, and
    a new open session, calibration and telling session."""
    from workbench.coding import calibration
    from workbench.collect import booth
    from workbench.sessions import model as sessions

    story = store.scalar("SELECT id FROM stories WHERE status = 'ready' ORDER BY created_at")
    factor = store.scalar("SELECT id FROM factors ORDER BY created_at")
    practice = store.scalar("SELECT id FROM practices ORDER BY name")
    code = store.scalar("SELECT id FROM codes WHERE is_category = 0 ORDER BY name")
    closed = store.scalar("SELECT id FROM sessions ORDER BY created_at")
    session = sessions.create_session(store, "Taaltoets", practice_id=practice,
                                      factor_ids=[factor])
    sessions.open_session(store, session)
    cal = calibration.create_calibration(store, "Taaltoets", [story], ["Anna", "Bas"])
    compared = calibration.create_calibration(store, "Vergeleken", [story], ["Anna", "Bas"])
    calibration.open_comparison(store, compared, force=True)
    telling = booth.start(store, practice, role="parent", consent_store=True,
                          consent_quotes=False, mode="interview", interviewer="Anna")
    return {"story": story, "factor": factor, "practice": practice, "code": code,
            "closed": closed, "session": session, "calibration": cal, "compared": compared,
            "telling": telling}  # type: ignore[dict-item]


def _factories() -> dict[str, Callable[[Store, dict], Screen]]:
    """How to open each screen class, by its qualified name."""
    from workbench.coding.analysis import Query
    from workbench.tui.dialogs import ask_text, confirm, pick, pin
    from workbench.tui.kiosk import ballot, ballot_checkin, booth
    from workbench.tui.screens import exchange, home
    from workbench.tui.screens.coding import (
        analysis_dialogs,
        attributes,
        autocode,
        calibration,
        codebook,
        cooccurrence,
        memos,
        overview,
        retrieval,
        story,
        story_list,
    )
    from workbench.tui.screens.coding import dialogs as coding_dialogs
    from workbench.tui.screens.collect import interview, pseudonymise, topics
    from workbench.tui.screens.collect import story_list as collect_list
    from workbench.tui.screens.factors import across, elements, wall
    from workbench.tui.screens.posters import guide
    from workbench.tui.screens.posters import overview as posters
    from workbench.tui.screens.sessions import cards, detail, hands, results, session_list
    from workbench.tui.screens.sessions import dialogs as session_dialogs

    def flow(store: Store, ids: dict) -> ballot.BallotFlow:
        from workbench.i18n import get_language
        from workbench.sessions import ballots
        from workbench.sessions import model as sessions

        way = ballot.BallotFlow(store, ids["session"], language=get_language())
        participant = sessions.check_in(store, ids["session"])
        way.label = participant["label"]
        way.ballot_id = ballots.start_ballot(store, participant["id"])
        return way

    options = [("a", "Speelgroep De Vlinder"), ("b", "Buurthuiskamer Oost")]
    found: dict[str, Callable[[Store, dict], Screen]] = {
        home.HomeScreen: lambda s, i: home.HomeScreen(s),
        exchange.ExchangeScreen: lambda s, i: exchange.ExchangeScreen(s),
        # collect
        collect_list.CollectScreen: lambda s, i: collect_list.CollectScreen(s),
        topics.TopicsScreen: lambda s, i: topics.TopicsScreen(s),
        pseudonymise.PseudonymiseScreen: lambda s, i: pseudonymise.PseudonymiseScreen(
            s, i["story"]),
        interview.InterviewSetupScreen: lambda s, i: interview.InterviewSetupScreen(
            s, i["practice"]),
        interview.IdentityDialog: lambda s, i: interview.IdentityDialog(),
        interview.TellingScreen: lambda s, i: interview.TellingScreen(s, i["telling"]),
        booth.BoothScreen: lambda s, i: booth.BoothScreen(s, i["practice"],
                                                          language=get_language()),
        # the dialogs every screen shares
        confirm.Confirm: lambda s, i: confirm.Confirm("?"),
        ask_text.AskText: lambda s, i: ask_text.AskText("?"),
        pick.Pick: lambda s, i: pick.Pick("?", options),
        pick.PickSome: lambda s, i: pick.PickSome("?", options),
        pin.PinDialog: lambda s, i: pin.PinDialog(s),
        # coding
        story_list.CodeScreen: lambda s, i: story_list.CodeScreen(s),
        story.CodingScreen: lambda s, i: story.CodingScreen(s, i["story"]),
        codebook.CodebookScreen: lambda s, i: codebook.CodebookScreen(s),
        overview.OverviewScreen: lambda s, i: overview.OverviewScreen(s),
        retrieval.RetrievalScreen: lambda s, i: retrieval.RetrievalScreen(s, Query(i["code"])),
        cooccurrence.CooccurrenceScreen: lambda s, i: cooccurrence.CooccurrenceScreen(s),
        attributes.AttributesScreen: lambda s, i: attributes.AttributesScreen(s),
        memos.MemoListScreen: lambda s, i: memos.MemoListScreen(s),
        autocode.AutocodeScreen: lambda s, i: autocode.AutocodeScreen(s),
        calibration.CalibrationListScreen: lambda s, i: calibration.CalibrationListScreen(s),
        calibration.NewCalibrationScreen: lambda s, i: calibration.NewCalibrationScreen(s),
        calibration.CalibrationCodingScreen: lambda s, i: calibration.CalibrationCodingScreen(
            s, i["calibration"], "Anna"),
        calibration.ComparisonScreen: lambda s, i: calibration.ComparisonScreen(
            s, i["compared"]),
        analysis_dialogs.MemoEditor: lambda s, i: analysis_dialogs.MemoEditor("?"),
        coding_dialogs.CodePicker: lambda s, i: coding_dialogs.CodePicker(s),
        coding_dialogs.CodeChecklist: lambda s, i: coding_dialogs.CodeChecklist(s, "Zin.", []),
        # factors
        wall.FactorWallScreen: lambda s, i: wall.FactorWallScreen(s),
        across.AcrossScreen: lambda s, i: across.AcrossScreen(s),
        elements.ElementsDialog: lambda s, i: elements.ElementsDialog(s, i["factor"]),
        # sessions
        session_list.SessionsScreen: lambda s, i: session_list.SessionsScreen(s),
        detail.SessionDetailScreen: lambda s, i: detail.SessionDetailScreen(s, i["closed"]),
        results.ResultsScreen: lambda s, i: results.ResultsScreen(s, i["closed"]),
        cards.CardsScreen: lambda s, i: cards.CardsScreen(s, i["session"]),
        hands.HandsScreen: lambda s, i: hands.HandsScreen(s, i["session"]),
        session_dialogs.NewSessionDialog: lambda s, i: session_dialogs.NewSessionDialog(s),
        ballot_checkin.CheckInScreen: lambda s, i: ballot_checkin.CheckInScreen(
            s, i["session"]),
        ballot.FactorStep: lambda s, i: ballot.FactorStep(flow(s, i), 0),
        ballot.PriorityStep: lambda s, i: ballot.PriorityStep(flow(s, i), 1),
        ballot.ConfirmStep: lambda s, i: ballot.ConfirmStep(flow(s, i), 2),
        ballot.ThanksScreen: lambda s, i: ballot.ThanksScreen(flow(s, i)),
        # posters
        posters.PostersScreen: lambda s, i: posters.PostersScreen(s),
        guide.GuideScreen: lambda s, i: guide.GuideScreen(s, Path("/nonexistent-guide")),
    }
    return {f"{cls.__module__}.{cls.__qualname__}": make for cls, make in found.items()}


def _screen_classes() -> set[str]:
    names = set()
    for info in pkgutil.walk_packages(workbench.tui.__path__, "workbench.tui."):
        module = importlib.import_module(info.name)
        for _, cls in inspect.getmembers(module, inspect.isclass):
            if issubclass(cls, Screen) and cls.__module__ == module.__name__:
                names.add(f"{cls.__module__}.{cls.__qualname__}")
    return names


def test_every_screen_is_walked():
    missing = _screen_classes() - set(_factories()) - NOT_OPENED
    assert sorted(missing) == []


@functools.cache
def _textual_english() -> frozenset[str]:
    """Every key description Textual's own widgets, containers, screens and app bring, in
    English."""
    import textual
    import textual.widgets

    modules = [importlib.import_module(f"textual.{name}") for name in
               ("app", "screen", "command", "containers", "scroll_view", "widget")]
    for info in pkgutil.iter_modules(textual.widgets.__path__, "textual.widgets."):
        modules.append(importlib.import_module(info.name))
    found = set()
    for module in modules:
        for _, cls in inspect.getmembers(module, inspect.isclass):
            for binding in cls.__dict__.get("BINDINGS", []):
                if isinstance(binding, Binding) and binding.description:
                    found.add(binding.description)
    return frozenset(found)


@functools.cache
def _forbidden(language: str) -> frozenset[str]:
    """Texts of the other language: the catalogue's texts that differ from this language's
    (and are no text of this language elsewhere), and for Dutch Textual's own English."""
    mine = LANGUAGES.index(language)
    own = {entry[mine] for entry in catalog().values()}
    other = {entry[1 - mine] for entry in catalog().values() if entry[0] != entry[1]}
    if language == "nl":
        other |= _textual_english()
    return frozenset(text for text in other - own - ALLOWED if text.strip())


def _panel_text(app) -> str:  # noqa: ANN001
    """The '?' key panel as it is drawn."""
    lines = []
    for table in app.screen.query("BindingsTable"):
        console = Console(width=200, record=True, file=open("/dev/null", "w"))  # noqa: SIM115
        console.print(table.render_bindings_table())
        lines.append(console.export_text())
    return "\n".join(lines)


def _problems(screen: Screen, forbidden: frozenset[str], panel: str) -> list[str]:
    found = []
    for key, active in screen.active_bindings.items():
        text = active.binding.description
        if text.startswith("key.") or text in forbidden:
            found.append(f"{key}: {text!r}")
    for footer in screen.query(Footer):
        for widget in footer.query("*"):
            shown = str(widget.render()).strip()
            if shown.startswith("key.") or any(shown.endswith(" " + f) or shown == f
                                               for f in forbidden):
                found.append(f"footer: {shown!r}")
    for line in panel.splitlines():
        line = line.rstrip()
        if re.search(r"\bkey\.\w", line) or any(line.endswith(" " + f) for f in forbidden):
            found.append(f"panel: {line.strip()!r}")
    return found


@pytest.fixture
def demo_copy(demo_file, tmp_path) -> Path:
    path = tmp_path / "demo.db"
    shutil.copy(demo_file, path)
    return path


@pytest.mark.slow  # long: every screen and dialog, half a minute a language
@pytest.mark.parametrize("language", LANGUAGES)
async def test_every_screen_keys_in_one_language(language, demo_copy, monkeypatch):
    from workbench.tui.app import make_app
    from workbench.tui.screens.factors.wall import FactorWallScreen

    # the wall's suggestions are text work, not keys: not computed here
    monkeypatch.setattr(FactorWallScreen, "action_suggest", lambda self: None)
    store = Store.open(demo_copy)
    ids = _demo_ids(store)
    forbidden = _forbidden(language)
    problems: dict[str, list[str]] = {}
    app = make_app(store, language=language)
    try:
        async with app.run_test(size=(160, 50)) as pilot:
            await pilot.pause()
            base = len(app.screen_stack)
            for name, make in sorted(_factories().items()):
                set_language(language)  # a kiosk switches to the workshop's language
                screen = make(store, ids)
                await app.push_screen(screen)
                app.action_show_help_panel()
                await pilot.pause()
                # a kiosk speaks the participant's (workshop's) language: checked in that one
                shown = get_language()
                found = _problems(screen, forbidden if shown == language else
                                  _forbidden(shown), _panel_text(app))
                if found:
                    problems[name] = found
                app.action_hide_help_panel()
                while len(app.screen_stack) > base:
                    app.pop_screen()
                    await pilot.pause()
    finally:
        set_language("nl")
        store.close()
    assert problems == {}
