"""The booth as parents use it, driven through Textual's Pilot."""

from __future__ import annotations

from textual import events
from textual.widgets import Static

from workbench import access, stories
from workbench.tui.booth import BoothScreen, make_booth_app
from workbench.tui.booth_widgets import PinDialog, StoryArea


def _setup(store):
    access.set_pin(store, "2468")
    return store.scalar("SELECT id FROM practices ORDER BY name")


async def _click(pilot, *selectors):
    for selector in selectors:
        await pilot.click(selector)
        await pilot.pause()


async def _to_topics(pilot, quotes="#quotes-yes", role="#role-parent"):
    await _click(pilot, "#start", "#consent-next", "#store-yes", quotes, role, "#name-take")


def _text(screen, selector):
    return str(screen.query_one(selector, Static).render())


async def test_whole_booth_flow_stores_the_story_and_starts_fresh(store):
    app = make_booth_app(store, _setup(store))
    async with app.run_test(size=(120, 40)) as pilot:
        screen = app.screen
        assert isinstance(screen, BoothScreen) and screen.step == "welcome"
        await _to_topics(pilot, quotes="#quotes-no")
        assert screen.step == "topic"
        assert "Onderwerp 1 van 4" in _text(screen, "#topic-count")
        await pilot.press(*"Ik kom graag.")
        await pilot.pause(0.8)  # past the autosave delay
        assert "Bewaard" in _text(screen, "#saved")
        await _click(pilot, "#topic-skip")
        assert "Onderwerp 2 van 4" in _text(screen, "#topic-count")
        await _click(pilot, "#topic-next")
        await pilot.press(*"Ik zet koffie.")
        await _click(pilot, "#topic-back", "#topic-back")  # saved on every topic change
        assert screen.query_one("#story", StoryArea).text == "Ik kom graag."
        await _click(pilot, "#topic-done")
        assert screen.step == "thanks"
        row = store.one("SELECT s.*, t.pseudonym, t.role FROM stories s "
                        "JOIN storytellers t ON t.id = s.storyteller_id")
        assert row["status"] == "complete" and row["role"] == "parent"
        assert row["text"] == "Ik kom graag.\n\nIk zet koffie."
        assert row["pseudonym"] in _text(screen, "#thanks-text")
        assert stories.latest_consent(store, row["storyteller_id"])["quotes"] == 0
        await _click(pilot, "#thanks-ok")
        assert screen.step == "welcome"
        # The next parent starts from nothing and cannot reach the previous story.
        await _to_topics(pilot)
        assert screen.query_one("#story", StoryArea).text == ""
        assert store.scalar("SELECT count(*) FROM stories") == 2


async def test_refusing_to_store_keeps_nothing(store):
    app = make_booth_app(store, _setup(store))
    async with app.run_test(size=(120, 40)) as pilot:
        await _click(pilot, "#start", "#consent-next", "#store-no")
        assert app.screen.step == "refused"
        await _click(pilot, "#refused-ok")
        assert app.screen.step == "welcome"
    for table in ("storytellers", "stories", "consents", "story_parts", "identities"):
        assert store.scalar(f"SELECT count(*) FROM {table}") == 0


async def test_finishing_without_text_can_stop_without_keeping_anything(store):
    app = make_booth_app(store, _setup(store))
    async with app.run_test(size=(120, 40)) as pilot:
        await _to_topics(pilot)
        await _click(pilot, "#topic-done")
        assert app.screen.step == "empty"
        await _click(pilot, "#empty-stop")
        assert app.screen.step == "refused"
    assert store.scalar("SELECT count(*) FROM storytellers") == 0


async def test_the_booth_cannot_be_left_without_the_pin(store):
    app = make_booth_app(store, _setup(store))
    async with app.run_test(size=(120, 40)) as pilot:
        await _to_topics(pilot)
        await pilot.press(*"Half verhaal")
        for key in ("ctrl+q", "ctrl+c"):
            await pilot.press(key)
            await pilot.pause()
            assert isinstance(app.screen, PinDialog)
            await pilot.press(*"0000", "enter")
            await pilot.pause()
            assert isinstance(app.screen, PinDialog)  # wrong PIN: still locked
            assert "Onjuiste" in str(app.screen.query_one("#pin-error", Static).render())
            await pilot.press("escape")
            await pilot.pause()
            assert isinstance(app.screen, BoothScreen)
        await pilot.press("ctrl+p")  # no command palette to quit from
        await pilot.pause()
        assert isinstance(app.screen, BoothScreen)
        assert app.return_code is None
        await pilot.press("ctrl+q")
        await pilot.pause()
        await pilot.press(*"2468", "enter")
        await pilot.pause()
    assert app.return_code == 0
    # what was typed is kept as an interrupted story the facilitator can resume
    row = store.one("SELECT text, status FROM stories")
    assert row == {"text": "Half verhaal", "status": "interrupted"}


async def test_language_switch_on_the_welcome(store):
    app = make_booth_app(store, _setup(store))
    async with app.run_test(size=(120, 40)) as pilot:
        await _click(pilot, "#language")
        assert "Welcome" in str(app.screen.query_one(".booth-title", Static).render())
        await _to_topics(pilot)
        assert "Topic 1 of 4" in _text(app.screen, "#topic-count")
    assert store.scalar("SELECT language FROM stories") == "en"


async def test_oversized_paste_is_refused_and_control_characters_shown_inert(store):
    app = make_booth_app(store, _setup(store))
    async with app.run_test(size=(120, 40)) as pilot:
        await _to_topics(pilot)
        area = app.screen.query_one("#story", StoryArea)
        area.post_message(events.Paste("x" * (stories.MAX_STORY_CHARS + 10)))
        await pilot.pause()
        assert area.text == ""
        assert any("te lang" in n.message for n in app._notifications)
        area.post_message(events.Paste("kleur \x1b[31mrood"))
        await pilot.pause(1.0)
        assert "\x1b" not in area.text and "␛[31m" in area.text
        assert store.scalar("SELECT text FROM stories") == "kleur ␛[31mrood"


async def test_a_parent_walking_away_mid_story_is_sent_back_to_the_start(store):
    app = make_booth_app(store, _setup(store))
    async with app.run_test(size=(120, 40)) as pilot:
        screen = app.screen
        screen.IDLE_SECONDS, screen.IDLE_GRACE_SECONDS = 0.3, 0.3
        await _to_topics(pilot)
        await pilot.press(*"Ik moet weg")
        screen._check_idle()
        screen.last_activity -= 0.4
        screen._check_idle()
        assert screen.step == "idle"
        screen.last_activity -= 0.4
        screen._check_idle()
        assert screen.step == "welcome"
        assert screen.query_one("#story", StoryArea).text == ""
    assert store.one("SELECT text, status FROM stories") == {"text": "Ik moet weg",
                                                             "status": "interrupted"}
