"""The factor wall in the real TUI, driven by Textual's Pilot."""

from __future__ import annotations

import pytest
from factors_data import fill, fragment

from workbench.factors import model as factors
from workbench.factors import wall
from workbench.tui.app import make_app
from workbench.tui.screens.factors.wall import FactorWallScreen
from workbench.tui.widgets.wall_cards import CardItem, WallColumn

pytestmark = pytest.mark.slow  # long Pilot runs of the wall with clustering


@pytest.fixture
def data(store):
    return fill(store)


async def settle(pilot) -> None:
    await pilot.pause()
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()


async def open_vlinder(pilot) -> FactorWallScreen:
    """Open the wall (key 3) and choose the practice 'Speelgroep De Vlinder' by keyboard."""
    await pilot.press("3")
    await settle(pilot)
    screen = pilot.app.screen
    assert isinstance(screen, FactorWallScreen)
    await pilot.press("p", "down", "enter")  # p opens the practice list
    await settle(pilot)
    return screen


def titles(screen: FactorWallScreen) -> list[str]:
    return [c.column.factor["name"] if c.column.factor else "-" for c in screen.columns()]


async def test_keyboard_create_move_and_accept_suggestion(store, data):
    """Acceptance: create a factor, move a card into it, accept a suggestion: keys only."""
    vlinder = data.practices[0]
    async with make_app(store).run_test(size=(120, 40)) as pilot:
        screen = await open_vlinder(pilot)
        assert screen.practice_id == vlinder
        assert len(screen.board.unsorted.cards) == 8
        # create two factors
        await pilot.press("n", *"Gezelligheid", "enter")
        await settle(pilot)
        await pilot.press("n", *"Begeleiding", "enter")
        await settle(pilot)
        assert titles(screen) == ["-", "Gezelligheid", "Begeleiding"]
        gezellig, begeleiding = (c.factor_id for c in screen.board.columns[1:])
        # back to the unsorted column; move its first card one column right
        await pilot.press("left", "left")
        first = screen.current().highlighted()
        assert first.id == fragment(data, "We drinken koffie")
        await pilot.press("shift+right")
        await settle(pilot)
        assert factors.fragment_ids(store, gezellig) == [first.id]
        # move another card with "m" (move to...) into the second factor
        # (after a move the cursor stays at the same place in the column, so walk down to
        # the card with the arrow key rather than assuming where it landed)
        wanted = fragment(data, "De begeleider luistert")
        for _ in range(8):
            if screen.current().highlighted().id == wanted:
                break
            await pilot.press("down")
            await pilot.pause()
        card = screen.current().highlighted()
        assert card.id == wanted
        await pilot.press("m", "down", "enter")
        await settle(pilot)
        assert factors.fragment_ids(store, begeleiding) == [card.id]
        # the suggestions now point a similar card at "Begeleiding": accept with one key
        target = fragment(data, "Een begeleider die echt luistert")
        assert screen.suggested[target][0][0] == begeleiding
        cards = [c.id for c in screen.board.unsorted.cards]
        # the cursor stayed where the moved card was: walk to the top, then down
        await pilot.press(*["up"] * len(cards), *["down"] * cards.index(target))
        assert screen.current().highlighted().id == target
        shown = screen.current().list_view.highlighted_child
        assert isinstance(shown, CardItem) and "Begeleiding" in shown.suggestion
        await pilot.press("a")
        await settle(pilot)
        assert set(factors.fragment_ids(store, begeleiding)) == {card.id, target}
        # and undo takes the last move back
        await pilot.press("u")
        await settle(pilot)
        assert factors.fragment_ids(store, begeleiding) == [card.id]


async def test_drag_a_card_with_the_mouse(store, data):
    vlinder = data.practices[0]
    fid = factors.create_factor(store, "Appgroep", practice_id=vlinder)
    async with make_app(store).run_test(size=(120, 40)) as pilot:
        screen = await open_vlinder(pilot)
        unsorted, target = screen.columns()[:2]
        card = unsorted.query(CardItem).first()
        await pilot.mouse_down(card)
        await pilot.mouse_up(target)
        await settle(pilot)
        assert factors.fragment_ids(store, fid) == [card.card.id]


async def test_factor_editing_keys(store, data):
    vlinder = data.practices[0]
    fid = factors.create_factor(store, "Gezellig", practice_id=vlinder)
    other = factors.create_factor(store, "Koffie", practice_id=vlinder)
    amina = fragment(data, "We drinken koffie")
    petra = fragment(data, "Ouders komen de deur uit")
    joke = fragment(data, "Een begeleider die echt")
    wall.move_cards(store, vlinder, [wall.Move("fragment", amina, None, fid),
                                     wall.Move("fragment", petra, None, fid),
                                     wall.Move("fragment", joke, None, other)])
    async with make_app(store).run_test(size=(120, 40)) as pilot:
        screen = await open_vlinder(pilot)
        await pilot.press("right")  # the "Gezellig" column
        await pilot.press("r", *["backspace"] * 10, *"Samen gezellig", "enter")
        await settle(pilot)
        await pilot.press("t")
        await settle(pilot)
        await pilot.press("d", *"Ouders komen de deur uit.", "enter")
        await settle(pilot)
        row = factors.get_factor(store, fid)
        assert (row["name"], row["type"], row["description"]) == (
            "Samen gezellig", "procedural", "Ouders komen de deur uit.")
        # elements: type two, then accept a suggested one from the list
        await pilot.press("e")
        await settle(pilot)
        await pilot.press(*"elkaar helpen", "enter", *"de deur uit komen", "enter")
        await pilot.press("tab", "down", "enter")  # to the suggestions, accept the first
        await settle(pilot)
        got = factors.elements(store, fid)
        assert [e["text"] for e in got][:2] == ["elkaar helpen", "de deur uit komen"]
        assert len(got) == 3 and got[2]["origin"] == "suggested"
        await pilot.press("escape")
        await settle(pilot)
        # quotes: only Amina is offered (Petra gave no consent for quotes)
        await pilot.press("q")
        await settle(pilot)
        dialog = pilot.app.screen
        assert [v for v, _ in dialog.options] == [amina]
        await pilot.press("space", "ctrl+s")
        await settle(pilot)
        assert [q["id"] for q in factors.quotes(store, fid)] == [amina]
        # merge "Koffie" into this factor
        await pilot.press("g", "enter")
        await settle(pilot)
        assert [f["id"] for f in factors.factors_of(store, vlinder)] == [fid]
        assert set(factors.fragment_ids(store, fid)) == {amina, petra, joke}
        # mark one card and split it off
        assert isinstance(screen.focused.parent, WallColumn) or screen.current().factor_id == fid
        await pilot.press("space")
        await pilot.press("x", *"Apart", "enter")
        await settle(pilot)
        assert titles(screen) == ["-", "Samen gezellig", "Apart"]


async def test_cluster_proposal_makes_factors(store, data):
    async with make_app(store).run_test(size=(120, 40)) as pilot:
        screen = await open_vlinder(pilot)
        await pilot.press("k")
        await settle(pilot)
        proposal = pilot.app.screen
        assert len(proposal.options) >= 2  # groups, all ticked
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert len(screen.board.columns) - 1 == len(proposal.options)
        assert screen.board.unsorted.cards == []
        await pilot.press("u")  # one undo takes the whole proposal's moves back
        await settle(pilot)
        assert len(screen.board.unsorted.cards) == 8


async def test_across_practices_view_and_english(store, data):
    p0, p1 = data.practices
    a = factors.create_factor(store, "Gezelligheid", practice_id=p0)
    factors.create_factor(store, "Gezellig samen", practice_id=p1)
    async with make_app(store, language="en").run_test(size=(120, 40)) as pilot:
        await pilot.press("3")
        await settle(pilot)
        assert "Unsorted" in str(pilot.app.screen.columns()[0].query_one(".column-title").render())
        await pilot.press("v")
        await settle(pilot)
        across = pilot.app.screen
        table = across.query_one("#matrix")
        assert table.row_count == 2
        # link the two factors by keyboard: "l" on the first row, tick, save
        await pilot.press("l", "space", "ctrl+s")
        await settle(pilot)
        assert factors.get_factor(store, a)["link_id"] is not None
        assert table.row_count == 1
        assert "◆" in str(table.get_row_at(0)[0])  # common: in both practices
        await pilot.press("escape")
        await settle(pilot)
        assert isinstance(pilot.app.screen, FactorWallScreen)


async def test_hostile_text_stays_inert(store, data):
    vlinder = data.practices[0]
    factors.create_factor(store, "[bold]Rood[/bold] \x1b[2J", practice_id=vlinder)
    async with make_app(store).run_test(size=(120, 40)) as pilot:
        screen = await open_vlinder(pilot)
        title = screen.columns()[1].query_one(".column-title")
        text = str(title.render())
        assert "[bold]Rood[/bold]" in text and "\x1b" not in text
