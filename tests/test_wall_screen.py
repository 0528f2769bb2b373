"""The factor wall screen: status line, hints, refused links and names, dragging."""

from __future__ import annotations

import pytest

from workbench.tui.app import make_app
from workbench.tui.screens.factors.wall import FactorWallScreen


async def settle(pilot) -> None:
    await pilot.pause()
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()


@pytest.mark.slow  # long: left out of the quick loop
async def test_a_redraw_that_lands_after_leaving_the_wall_is_harmless(demo_store):
    """A redraw still under way (after a dialog closed, or the first build) when the
    researcher has already pressed Escape must not crash the app on the gone wall."""
    async with make_app(demo_store).run_test(size=(120, 40)) as pilot:
        await pilot.press("3")
        await settle(pilot)
        screen = pilot.app.screen
        assert isinstance(screen, FactorWallScreen)
        await pilot.press("escape")
        await settle(pilot)
        await screen.reload()
        await screen.on_screen_resume()
        await settle(pilot)
        assert not isinstance(pilot.app.screen, FactorWallScreen)


@pytest.mark.slow  # long: left out of the quick loop
async def test_status_line_fits_at_80_columns(demo_store):
    """At 80x24 the status beside the practice selector used to be cut off after two of
    its four lines, hiding '? alle toetsen', the only hint to the keys the footer drops."""
    from textual.widgets import ProgressBar, Static

    async with make_app(demo_store).run_test(size=(80, 24)) as pilot:
        await pilot.press("3")
        await settle(pilot)
        screen = pilot.app.screen
        status = screen.query_one("#wall-status", Static)
        bar = screen.query_one("#wall-progress", ProgressBar)
        for busy in (False, True):  # also while the progress bar of the suggestions shows
            bar.display = busy
            bar.update(progress=50)
            await pilot.pause()
            size = status.content_size
            needed = status.get_content_height(size, size, size.width)
            visible = screen.query_one("#wall-top").region.intersection(status.content_region)
            assert needed <= visible.height, (busy, needed, visible)


async def test_across_practices_hint_is_on_screen(demo_store):
    """The legend of the comparison ('◆ = common factor ... l link · o unlink') was
    pushed below the footer by the tabs, so nobody saw what ◆ means."""
    async with make_app(demo_store).run_test(size=(120, 40)) as pilot:
        await pilot.press("3")
        await settle(pilot)
        await pilot.press("v")
        await settle(pilot)
        screen = pilot.app.screen
        hint = screen.query_one("#across-hint")
        footer = screen.query_one("Footer")
        assert hint.region.height >= 1
        assert hint.region.bottom <= footer.region.y, (hint.region, footer.region)
        # a factor linked in two of the three practices is marked ◇, as on the wall
        table = screen.query_one("#matrix")
        names = [str(table.get_row_at(i)[0]) for i in range(table.row_count)]
        assert "◇ Eigen inbreng" in names, names


@pytest.mark.slow  # long: left out of the quick loop
async def test_all_keys_panel_names_every_key_in_the_ui_language(demo_store):
    """'?' lists every key of the wall, but the keys hidden from the footer (r, t, d, g,
    x, Delete, c, s, p, l, m) read 'key.wall_rename' and so on instead of their names."""
    from workbench.i18n import t

    async with make_app(demo_store).run_test(size=(120, 40)) as pilot:
        await pilot.press("3")
        await settle(pilot)
        screen = pilot.app.screen
        hidden = [a.binding for a in screen.active_bindings.values()
                  if a.node is screen and a.binding.id and not a.binding.show]
        assert hidden
        for binding in hidden:
            assert binding.description == t(f"key.{binding.id}"), binding
            assert not binding.description.startswith("key."), binding


@pytest.mark.slow  # long: left out of the quick loop
async def test_a_refused_link_changes_nothing(demo_store):
    """Linking 'Sociale contacten' to two factors of one practice is refused; the partner
    the researcher unticked in the same dialog must not have been unlinked meanwhile."""
    from textual.widgets import SelectionList

    from workbench.factors import comparison
    from workbench.factors import model as factors

    async with make_app(demo_store).run_test(size=(120, 40)) as pilot:
        await pilot.press("3")
        await settle(pilot)
        screen = pilot.app.screen
        await pilot.press("right")  # Sociale contacten of the first practice
        factor = screen.current().column.factor
        before = {f["id"] for f in comparison.linked(demo_store, factor["id"])}
        assert len(before) == 2
        await pilot.press("l")
        await settle(pilot)
        dialog = pilot.app.screen
        choices = dialog.query_one(SelectionList)
        partner = sorted(before)[0]
        partner_practice = factors.get_factor(demo_store, partner)["practice_id"]
        other = next(value for value, _ in dialog.options if value not in before
                     and factors.get_factor(demo_store, value)["practice_id"]
                     == next(factors.get_factor(demo_store, b)["practice_id"]
                             for b in before if b != partner))
        assert factors.get_factor(demo_store, other)["practice_id"] != partner_practice
        choices.deselect(partner)
        choices.select(other)
        await pilot.press("ctrl+s")
        await settle(pilot)
        after = {f["id"] for f in comparison.linked(demo_store, factor["id"])}
        assert after == before


@pytest.mark.slow  # long: left out of the quick loop
async def test_suggested_elements_reachable_at_80x24(demo_store):
    """At 80x24 the elements dialog was cut off below the input: the suggested elements
    (and the hint) could not be seen or scrolled to."""
    from workbench.tui.screens.factors.elements import ElementsDialog

    async with make_app(demo_store).run_test(size=(80, 24)) as pilot:
        await pilot.press("3")
        await settle(pilot)
        await pilot.press("right", "e")
        await settle(pilot)
        dialog = pilot.app.screen
        assert isinstance(dialog, ElementsDialog)
        suggested = dialog.query_one("#suggested")
        for _ in range(3):
            if dialog.focused is suggested:
                break
            await pilot.press("tab")
            await settle(pilot)
        assert dialog.focused is suggested
        box = dialog.query_one(".dialog")
        shown = box.content_region.intersection(suggested.region)
        assert shown.height >= 2, (shown, suggested.region, box.content_region)


@pytest.mark.slow  # long: left out of the quick loop
async def test_one_card_is_singular(demo_store):
    """A column holding one card said '1 kaarten' ('1 cards' in English)."""
    from textual.widgets import Static

    from workbench import workshop

    vlinder = workshop.find_practice(demo_store, "Speelgroep De Vlinder")["id"]
    async with make_app(demo_store).run_test(size=(120, 40)) as pilot:
        await pilot.press("3")
        await settle(pilot)
        screen = pilot.app.screen
        screen.practice_id = vlinder
        await screen.reload(column=0)
        await settle(pilot)
        one = [c for c in screen.columns() if len(c.column.cards) == 1]
        assert one, "the demo has a factor with one fragment in De Vlinder"
        meta = str(one[0].query(Static)[1].render())
        assert meta.startswith("1 kaart ·"), meta


@pytest.mark.slow  # long: left out of the quick loop
async def test_a_drag_released_outside_the_columns_is_forgotten(demo_store):
    """Press on a card, release over the detail bar (no column): nothing moves. A later
    plain click on another column's title must not move that old card there either."""
    from workbench.factors import model as factors
    from workbench.tui.widgets.wall_cards import CardItem

    async with make_app(demo_store).run_test(size=(120, 40)) as pilot:
        await pilot.press("3")
        await settle(pilot)
        screen = pilot.app.screen
        unsorted, target = screen.columns()[:2]
        card = unsorted.query(CardItem).first().card
        before = factors.fragment_ids(demo_store, target.factor_id)
        await pilot.mouse_down(unsorted.query(CardItem).first())
        await pilot.mouse_up("#wall-detail")
        await settle(pilot)
        title = screen.columns()[1].query_one(".column-title")
        await pilot.click(title)
        await settle(pilot)
        assert factors.fragment_ids(demo_store, target.factor_id) == before
        assert card.id not in factors.fragment_ids(demo_store, target.factor_id)


@pytest.mark.slow  # long: left out of the quick loop
async def test_a_refused_factor_name_can_be_corrected(demo_store):
    """A new or renamed factor whose name is taken is refused; the dialog comes back with
    the typed name, instead of closing and making the researcher type it all again."""
    from textual.widgets import Input

    from workbench.tui.dialogs.ask_text import AskText

    async with make_app(demo_store).run_test(size=(120, 40)) as pilot:
        await pilot.press("3")
        await settle(pilot)
        screen = pilot.app.screen
        await pilot.press("n", *"sociale contacten", "enter")
        await settle(pilot)
        dialog = pilot.app.screen
        assert isinstance(dialog, AskText)
        assert dialog.query_one(Input).value == "sociale contacten"
        await pilot.press("end", *" thuis", "enter")
        await settle(pilot)
        assert pilot.app.screen is screen
        assert "sociale contacten thuis" in [c.column.factor["name"] for c in screen.columns()
                                             if c.column.factor]
        await pilot.press("r")  # rename the new factor (the focus is on it) to a taken name
        await settle(pilot)
        await pilot.press("ctrl+u", *"Eigen inbreng", "enter")
        await settle(pilot)
        assert isinstance(pilot.app.screen, AskText)
        assert pilot.app.screen.query_one(Input).value == "Eigen inbreng"


@pytest.mark.slow  # long: left out of the quick loop
async def test_code_view_says_a_factor_holds_fragments(demo_store):
    """After c (cards are codes) every demo factor read '0 kaarten', as if empty, though
    each holds fragments placed one by one; the column now says how many."""
    from textual.widgets import Static

    async with make_app(demo_store).run_test(size=(120, 40)) as pilot:
        await pilot.press("3")
        await settle(pilot)
        await pilot.press("c")
        await settle(pilot)
        screen = pilot.app.screen
        social = next(c for c in screen.columns()
                      if c.column.factor and c.column.factor["name"] == "Sociale contacten")
        meta = str(social.query(Static)[1].render())
        assert "10 fragmenten" in meta, meta
