"""QA findings on the story booth: the footer only offers keys that do something."""

from __future__ import annotations

from workbench import access
from workbench.tui.booth import BoothScreen, make_booth_app


def _offers_back(app) -> bool:
    return any(b.binding.action == "step_back" for b in app.active_bindings.values()
               if b.enabled and b.binding.show)


async def test_escape_back_is_only_offered_where_there_is_a_step_to_go_back_to(store):
    access.set_pin(store, "2468")
    practice = store.scalar("SELECT id FROM practices ORDER BY name")
    app = make_booth_app(store, practice)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = app.screen
        assert isinstance(screen, BoothScreen) and screen.step == "welcome"
        assert not _offers_back(app)  # nothing before the welcome
        for button in ("#start",):
            await pilot.click(button)
            await pilot.pause()
        assert screen.step == "consent" and _offers_back(app)
        for button in ("#consent-next", "#store-yes", "#quotes-yes", "#role-parent",
                       "#name-take"):
            await pilot.click(button)
            await pilot.pause()
        assert screen.step == "topic" and not _offers_back(app)  # topic 1: nothing before
        await pilot.click("#topic-next")
        await pilot.pause()
        assert _offers_back(app)  # topic 2: back to topic 1
        await pilot.click("#topic-done")
        await pilot.pause()
        assert screen.step in ("thanks", "empty") and not _offers_back(app)
