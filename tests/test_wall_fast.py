"""Issue 16, the wall part: moves and renames touch only what changed, every key says
something, role words in the UI language, one wording for factor counts, links of
factors of different types refused."""

from __future__ import annotations

import pytest
from factors_data import fill, fragment
from tui_support import record_notifications

from workbench import workshop
from workbench.errors import InvalidInput
from workbench.factors import comparison
from workbench.factors import model as factors
from workbench.i18n import set_language
from workbench.tui.app import make_app
from workbench.tui.screens.factors.wall import FactorWallScreen
from workbench.tui.widgets.wall_cards import CardItem, WallColumn


@pytest.fixture
def data(store):
    return fill(store)


async def settle(pilot) -> None:
    await pilot.pause()
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()


async def open_wall(pilot) -> FactorWallScreen:
    await pilot.press("3")
    await settle(pilot)
    screen = pilot.app.screen
    assert isinstance(screen, FactorWallScreen)
    return screen


def items(column: WallColumn) -> list[CardItem]:
    return [i for i in column.list_view.children if isinstance(i, CardItem)]


@pytest.mark.slow  # long: left out of the quick loop
async def test_a_move_keeps_every_other_widget(store, data):
    """A card move used to rebuild the whole wall (blank for seconds on a big wall): now
    the columns and the cards that did not move are the very same widgets afterwards,
    and the wall never has zero columns on the way."""
    oost = data.practices[1]  # the wall opens on the first practice by name
    factors.create_factor(store, "Gezelligheid", practice_id=oost)
    async with make_app(store).run_test(size=(120, 40)) as pilot:
        screen = await open_wall(pilot)
        assert screen.practice_id == oost
        holder = screen.query_one("#wall-columns")
        counts: list[int] = []
        original = holder.remove_children

        def spy(*args, **kwargs):  # a full rebuild goes through here
            counts.append(len(holder.children))
            return original(*args, **kwargs)

        holder.remove_children = spy
        before_cols = screen.columns()
        unsorted, target = before_cols
        others = items(unsorted)[1:]
        moved = unsorted.highlighted()
        await pilot.press("shift+right")
        await settle(pilot)
        assert counts == []  # no rebuild
        assert screen.columns() == before_cols
        assert items(unsorted) == others  # the same CardItem objects
        assert [i.card.id for i in items(target)] == [moved.id]
        assert factors.fragment_ids(store, target.factor_id) == [moved.id]
        meta = str(target.query_one(".column-meta").render())
        assert "1 kaart" in meta
        # undo puts it back, still without a rebuild
        await pilot.press("u")
        await settle(pilot)
        assert counts == [] and screen.columns() == before_cols
        assert moved.id in [i.card.id for i in items(unsorted)]
        assert items(target) == []


@pytest.mark.slow  # long: left out of the quick loop
async def test_rename_and_link_update_the_title_in_place(store, data):
    vlinder, oost = data.practices
    mine = factors.create_factor(store, "Gezelligheid", practice_id=oost)
    theirs = factors.create_factor(store, "Samen koffie", practice_id=vlinder)
    async with make_app(store).run_test(size=(120, 40)) as pilot:
        screen = await open_wall(pilot)
        column = screen.columns()[1]
        await pilot.press("right", "r", "end", *"!", "enter")
        await settle(pilot)
        assert screen.columns()[1] is column
        assert str(column.query_one(".column-title").render()) == "Gezelligheid!"
        await pilot.press("l")
        await settle(pilot)
        await pilot.press("space", "ctrl+s")
        await settle(pilot)
        assert [f["id"] for f in comparison.linked(store, mine)] == [theirs]
        assert screen.columns()[1] is column
        # linked in both practices of the workshop: a common factor
        assert str(column.query_one(".column-title").render()).startswith("◆ ")


@pytest.mark.slow  # long: left out of the quick loop
async def test_p_opens_the_practice_list(store, data):
    from textual.widgets import Select

    async with make_app(store).run_test(size=(120, 40)) as pilot:
        screen = await open_wall(pilot)
        await pilot.press("p")
        await pilot.pause()
        assert screen.query_one("#wall-practice", Select).expanded


async def test_keys_without_a_card_say_why(store, data):
    factors.create_factor(store, "Leeg", practice_id=data.practices[1])
    async with make_app(store).run_test(size=(120, 40)) as pilot:
        screen = await open_wall(pilot)
        await pilot.press("right")  # the empty factor column
        said = record_notifications(pilot.app)
        for key in ("shift+right", "m", "a", "space"):
            said.clear()
            await pilot.press(key)
            await pilot.pause()
            assert said == ["Deze kolom heeft geen kaart om te kiezen."], (key, said)
        await pilot.press("left", "shift+left")
        await pilot.pause()
        assert said[-1] == "Daar is geen kolom meer."
        assert isinstance(screen, FactorWallScreen)


@pytest.mark.slow  # long: left out of the quick loop
async def test_s_says_what_the_suggestions_came_to(store, data):
    async with make_app(store).run_test(size=(120, 40)) as pilot:
        await open_wall(pilot)
        said = record_notifications(pilot.app)
        await pilot.press("s")
        await settle(pilot)
        assert "Geen voorstellen: maak eerst een factor met kaarten (n, Shift+pijl)." in said


async def test_suggestions_start_when_the_wall_opens(store, data):
    oost = data.practices[1]
    factor = factors.create_factor(store, "Gezelligheid", practice_id=oost)
    from workbench.factors import wall

    wall.move_card(store, oost, "fragment",
                   fragment(data, "Het is gezellig, we drinken thee"), None, factor)
    async with make_app(store).run_test(size=(120, 40)) as pilot:
        screen = await open_wall(pilot)  # no key pressed for suggestions
        assert screen.suggested
        shown = [i.suggestion for i in items(screen.columns()[0])]
        assert any("Gezelligheid" in s for s in shown)


@pytest.mark.parametrize(("language", "word", "key"), [("nl", "ouder", "parent"),
                                                         ("en", "parent", "ouder")])
@pytest.mark.slow  # long: left out of the quick loop
async def test_cards_name_the_role_in_the_ui_language(store, data, language, word, key):
    set_language(language)
    try:
        async with make_app(store, language=language).run_test(size=(120, 40)) as pilot:
            screen = await open_wall(pilot)
            details = {i.card.detail for i in items(screen.columns()[0])}
            assert "Sanne · " + word in details
            assert not any(d.endswith(" · " + key) for d in details)
    finally:
        set_language("nl")


def test_linking_factors_of_different_types_is_refused(store, data):
    vlinder, oost = data.practices
    a = factors.create_factor(store, "Gezelligheid", practice_id=vlinder)
    b = factors.create_factor(store, "Gezelligheid", practice_id=oost)
    factors.set_type(store, b, "procedural")
    with pytest.raises(InvalidInput) as caught:
        comparison.link_factors(store, [a, b])
    assert "inhoudelijk" in caught.value.message() and "procesmatig" in caught.value.message()
    assert comparison.linked(store, a) == []
    # linked before this rule (older workshop files): the comparison says "both types"
    store.db.execute("UPDATE factors SET link_id = 'x' WHERE id IN (?, ?)", [a, b])
    row = comparison.matrix(store).rows[0]
    assert row.type == "mixed"


def test_one_wording_for_factor_counts(store, data):
    """Home said '7 factoren' where exchange and posters said 18: now all three show the
    factors per practice and the factors after linking, with the common ones."""
    vlinder, oost = data.practices
    a = factors.create_factor(store, "Gezelligheid", practice_id=vlinder)
    b = factors.create_factor(store, "Gezelligheid", practice_id=oost)
    factors.create_factor(store, "Luisteren", practice_id=vlinder)
    comparison.link_factors(store, [a, b])
    lines = workshop.factor_count_lines(workshop.counts(store))
    assert lines == ["3 factoren per praktijk", "2 na koppelen, 1 gemeenschappelijk"]
    from workbench.exchange.choices import included
    from workbench.tui.screens.home import phase_summary

    assert phase_summary("cluster", workshop.counts(store)).splitlines() == lines
    for key in ("qdpx", "csv-factors", "json"):
        got = included(store, key)
        assert all(line in got for line in lines), (key, got)
    set_language("en")
    try:
        assert workshop.factor_count_lines(workshop.counts(store)) == [
            "3 factors per practice", "2 after linking, 1 common"]
    finally:
        set_language("nl")


async def test_poster_screen_shows_both_factor_counts(store, data):
    factors.create_factor(store, "Gezelligheid", practice_id=data.practices[0])
    from workbench.tui.screens.posters.overview import PostersScreen

    async with make_app(store).run_test(size=(120, 40)) as pilot:
        await pilot.app.push_screen(PostersScreen(store))
        await pilot.pause()
        text = str(pilot.app.screen.query_one("#posters-factor-counts").render())
        assert "1 factor per praktijk" in text and "1 na koppelen" in text


async def test_a_long_column_mounts_a_page_and_shows_more_on_the_way_down(
        store, data, monkeypatch):
    """A wall of thousands of cards mounts a page per column; arrowing onto the "more"
    line mounts the next page, and a move still takes out and puts in just one card."""
    from workbench.tui.widgets import wall_cards

    monkeypatch.setattr(wall_cards, "PAGE", 1)
    async with make_app(store).run_test(size=(120, 40)) as pilot:
        screen = await open_wall(pilot)  # Oost: 2 unsorted cards
        unsorted = screen.columns()[0]
        assert len(items(unsorted)) == 1
        more = [i for i in unsorted.list_view.children if isinstance(i, wall_cards.MoreItem)]
        assert len(more) == 1 and "nog 1 kaart" in str(more[0].render())
        await pilot.press("down")
        await settle(pilot)
        assert len(items(unsorted)) == 2
        assert not [i for i in unsorted.list_view.children
                    if isinstance(i, wall_cards.MoreItem)]
        assert screen.current().highlighted().id == items(unsorted)[1].card.id


async def test_the_drawn_wall_stays_out_of_full_collections_while_it_is_open(store, data):
    """A full garbage collection walks every object and stops the screen meanwhile: with
    a big wall open that took a third of a second while keys waited (bench/bench_wall.py).
    The drawn wall is frozen out of those passes and given back when it closes."""
    import gc

    app = make_app(store)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        at_home = gc.get_freeze_count()
        assert at_home > 0  # start-up's objects, frozen after the first frame
        screen = await open_wall(pilot)
        assert screen.columns()
        assert gc.get_freeze_count() > at_home  # the cards and their drawn lines
        await pilot.press("escape")
        await settle(pilot)
        assert not isinstance(app.screen, FactorWallScreen)
        assert gc.get_freeze_count() == 0  # everything back for the collector
    assert gc.get_freeze_count() == 0
