"""The story booth as parents use it, driven through Textual's Pilot with a clock the test
controls: nothing here waits on the real time or depends on how busy the machine is."""

from __future__ import annotations

import pytest
from textual import events
from textual.widgets import Button, Static

from workbench import access
from workbench.collect import booth
from workbench.tui.dialogs.pin import PinDialog
from workbench.tui.kiosk.booth import BoothScreen, make_booth_app
from workbench.tui.kiosk.booth_widgets import StoryArea

pytestmark = pytest.mark.slow  # long Pilot runs of the kiosk


class FakeClock:
    """A monotonic clock that moves only when the test says so."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


def _setup(store):
    access.set_pin(store, "2468")
    return store.scalar("SELECT id FROM practices ORDER BY name")


def _text(screen, selector) -> str:
    return str(screen.query_one(selector, Static).render())


async def _enter_to_topics(pilot) -> BoothScreen:
    """Welcome → consent → keep: yes → quotes: yes → role: parent → name: suggested,
    with nothing but Enter: the main thing always has the focus."""
    screen = pilot.app.screen
    for expected in ("consent", "store", "quotes", "role", "name", "topic"):
        await pilot.press("enter")
        await pilot.pause()
        assert screen.step == expected
    return screen


async def _type(pilot, text: str) -> None:
    await pilot.press(*[{" ": "space"}.get(ch, ch) for ch in text])


async def _after(pilot, screen, clock: FakeClock, seconds: float) -> None:
    """Let ``seconds`` pass on the booth's clock and let it look at the time."""
    clock.advance(seconds)
    screen.check_idle()
    await pilot.pause()


def _story(store):
    return store.one("SELECT s.id, s.text, s.status, t.role, t.pseudonym FROM stories s "
                     "JOIN storytellers t ON t.id = s.storyteller_id "
                     "ORDER BY s.created_at DESC LIMIT 1")


async def test_enter_alone_goes_through_and_tab_enter_is_always_next(store):
    clock = FakeClock()
    app = make_booth_app(store, _setup(store), clock=clock)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await _enter_to_topics(pilot)
        total = len(screen.session.topics)
        assert total >= 3
        for index in range(total):
            assert screen.topic_index == index
            await _type(pilot, f"deel {index}")
            await pilot.press("tab", "enter")  # the same two keys on every topic
            await pilot.pause()
        assert screen.step == "done"  # "are you done?" asked once
        await pilot.press("enter")
        await pilot.pause()
        assert screen.step == "thanks"
        pseudonym = _story(store)["pseudonym"]
        assert pseudonym in _text(screen, "#thanks-text")  # their own slip to withdraw with
        # the thank-you goes back to the welcome by itself, and forgets the name
        await _after(pilot, screen, clock, booth.THANKS_SECONDS + 1)
        assert screen.step == "welcome"
        assert pseudonym not in _text(screen, "#thanks-text")
    row = _story(store)
    assert row["status"] == "complete"
    assert all(f"deel {i}" in row["text"] for i in range(total))


async def test_i_am_done_asks_once_and_no_goes_back_to_writing(store):
    app = make_booth_app(store, _setup(store), clock=FakeClock())
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await _enter_to_topics(pilot)
        await _type(pilot, "Koffie")
        await pilot.click("#topic-done")
        await pilot.pause()
        assert screen.step == "done"
        await pilot.press("right", "enter")  # arrows move to "No, I will write more"
        await pilot.pause()
        assert screen.step == "topic"
        assert screen.query_one(StoryArea).text == "Koffie"
    assert _story(store)["status"] == "draft"


async def test_a_no_on_consent_can_be_taken_back_on_the_next_screen(store):
    app = make_booth_app(store, _setup(store), clock=FakeClock())
    async with app.run_test(size=(80, 24)) as pilot:
        screen = pilot.app.screen
        await pilot.press("enter", "enter")  # welcome, consent text
        await pilot.pause()
        assert screen.step == "store"
        await pilot.press("right", "enter")  # "Nee"
        await pilot.pause()
        assert screen.step == "refused"
        assert store.scalar("SELECT count(*) FROM stories") == 0
        await pilot.press("right", "enter")  # "Toch meedoen"
        await pilot.pause()
        assert screen.step == "store"
        await pilot.press("enter")
        await pilot.pause()
        assert screen.step == "quotes"


async def test_the_nothing_kept_screen_returns_to_the_welcome_by_itself(store):
    clock = FakeClock()
    app = make_booth_app(store, _setup(store), clock=clock)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = pilot.app.screen
        await pilot.press("enter", "enter", "right", "enter")
        await pilot.pause()
        assert screen.step == "refused"
        await _after(pilot, screen, clock, booth.THANKS_SECONDS + 1)
        assert screen.step == "welcome"


async def test_arrow_down_then_enter_chooses_the_second_role_and_says_so(store):
    app = make_booth_app(store, _setup(store), clock=FakeClock())
    async with app.run_test(size=(80, 24)) as pilot:
        screen = pilot.app.screen
        await pilot.press("enter", "enter", "enter", "enter")
        await pilot.pause()
        assert screen.step == "role"
        await pilot.press("down", "enter")
        await pilot.pause()
        assert screen.step == "name"
        assert "Verzorger" in _text(screen, "#name-role")
        await pilot.press("enter")
        await pilot.pause()
    assert _story(store)["role"] == "caregiver"


async def test_a_wrong_role_is_put_right_from_the_first_topic(store):
    app = make_booth_app(store, _setup(store), clock=FakeClock())
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await _enter_to_topics(pilot)  # chose "parent"
        await _type(pilot, "Ik ben opa")
        await pilot.press("escape")  # back from topic 1: the role again
        await pilot.pause()
        assert screen.step == "role"
        await pilot.press("down", "enter")
        await pilot.pause()
        assert screen.step == "topic" and screen.topic_index == 0
        assert screen.query_one(StoryArea).text == "Ik ben opa"
    row = _story(store)
    assert row["role"] == "caregiver" and "Ik ben opa" in row["text"]


async def test_every_role_is_on_screen_at_80x24(store):
    app = make_booth_app(store, _setup(store), clock=FakeClock())
    async with app.run_test(size=(80, 24)) as pilot:
        screen = pilot.app.screen
        await pilot.press("enter", "enter", "enter", "enter")
        await pilot.pause()
        for button in screen.query("#role Button").results(Button):
            region = button.region
            assert region.y >= 0 and region.bottom <= 23, button.id  # above the footer


async def test_walking_away_hides_the_story_and_only_the_pin_brings_it_back(store):
    clock = FakeClock()
    app = make_booth_app(store, _setup(store), clock=clock, idle_seconds=120)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await _enter_to_topics(pilot)
        await _type(pilot, "Mijn zoon Daan")
        clock.advance(30)
        screen.check_idle()  # not yet
        assert screen.step == "topic"
        await _after(pilot, screen, clock, 91)
        assert screen.step == "idle"
        assert screen.query_one(StoryArea).text == ""  # nothing of it on screen
        assert _story(store)["status"] == "interrupted"
        assert "Daan" in _story(store)["text"]
        # the next person presses the main button: back to the welcome, story stays away
        await pilot.press("enter")
        await pilot.pause()
        assert screen.step == "welcome" and screen.session is None
    assert _story(store)["status"] == "interrupted"


async def test_going_on_after_a_pause_needs_the_pin(store):
    clock = FakeClock()
    app = make_booth_app(store, _setup(store), clock=clock, idle_seconds=60)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await _enter_to_topics(pilot)
        await _type(pilot, "Bij de groep")
        await _after(pilot, screen, clock, 61)
        assert screen.step == "idle"
        await pilot.click("#idle-continue")
        await pilot.pause()
        assert isinstance(app.screen, PinDialog)
        await pilot.press(*"0000", "enter")
        await pilot.pause()
        assert isinstance(app.screen, PinDialog)  # wrong: still asking
        await pilot.press("escape")
        await pilot.pause()
        assert screen.step == "idle" and screen.query_one(StoryArea).text == ""
        await pilot.click("#idle-continue")
        await pilot.pause()
        await pilot.press(*"2468", "enter")
        await pilot.pause()
        assert screen.step == "topic"
        assert screen.query_one(StoryArea).text == "Bij de groep"
    assert _story(store)["status"] == "draft"


async def test_the_neutral_screen_goes_back_to_the_welcome_after_a_while(store):
    clock = FakeClock()
    app = make_booth_app(store, _setup(store), clock=clock, idle_seconds=60)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await _enter_to_topics(pilot)
        await _type(pilot, "Iets")
        await _after(pilot, screen, clock, 61)
        await _after(pilot, screen, clock, booth.IDLE_GRACE + 1)
        assert screen.step == "welcome"


async def test_typing_steadily_is_saved_at_least_once_a_second(store):
    clock = FakeClock()
    app = make_booth_app(store, _setup(store), clock=clock)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await _enter_to_topics(pilot)
        area = screen.query_one(StoryArea)
        saved_at = []
        for i, ch in enumerate("abcdefghijklmnopqrst"):  # one key every 0.2 s, never a pause
            await pilot.press(ch)
            clock.advance(0.2)
            area.tick()
            if not area.dirty:
                saved_at.append(i)
        gaps = [b - a for a, b in zip(saved_at, saved_at[1:], strict=False)]
        assert saved_at and max(gaps) * 0.2 <= 1.0
        assert booth.SAVE_MAX_WAIT + booth.SAVE_CHECK <= 1.0


async def test_a_paste_goes_in_once_at_the_cursor_with_controls_made_visible(store):
    app = make_booth_app(store, _setup(store), clock=FakeClock())
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await _enter_to_topics(pilot)
        area = screen.query_one(StoryArea)
        await _type(pilot, "ab")
        await pilot.press("left")
        area.post_message(events.Paste("short"))
        await pilot.pause()
        assert area.text == "ashortb"
        area.post_message(events.Paste("x\x1by\x07"))
        await pilot.pause()
        assert area.text == "ashortx␛y␇b"
        assert area.flush()
    assert "ashortx␛y␇b" in _story(store)["text"]


async def test_a_big_paste_is_saved_and_typing_after_it_too(store):
    app = make_booth_app(store, _setup(store), clock=FakeClock())
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await _enter_to_topics(pilot)
        area = screen.query_one(StoryArea)
        area.post_message(events.Paste("woord " * 25_000))  # 150,000 characters
        await pilot.pause()
        await _type(pilot, "einde")
        assert area.flush()
    text = _story(store)["text"]
    assert len(text) == 150_000 + 5 and text.endswith("woord einde")


async def test_a_paste_over_the_limit_is_refused_and_keeps_what_was_typed(store):
    app = make_booth_app(store, _setup(store), clock=FakeClock())
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await _enter_to_topics(pilot)
        area = screen.query_one(StoryArea)
        await _type(pilot, "eerst")
        area.post_message(events.Paste("x" * 200_001))
        await pilot.pause()
        assert area.text == "eerst"
        assert "te lang" in _text(screen, "#topic-message")
        await _type(pilot, " daarna")
        assert area.flush()
        assert "te lang" not in _text(screen, "#topic-message")  # gone at the next key
    assert _story(store)["text"] == "eerst daarna"


async def test_the_saved_line_says_nothing_on_an_empty_topic(store):
    app = make_booth_app(store, _setup(store), clock=FakeClock())
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await _enter_to_topics(pilot)
        await _type(pilot, "tekst")
        await pilot.press("tab", "enter")  # topic 2, empty
        await pilot.pause()
        assert "Bewaard" not in _text(screen, "#saved")
        await pilot.press("escape")  # back to topic 1: saved earlier
        await pilot.pause()
        assert "Bewaard" in _text(screen, "#saved")


async def test_ways_out_ask_for_the_pin(store):
    app = make_booth_app(store, _setup(store), clock=FakeClock())
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await _enter_to_topics(pilot)
        for key in ("ctrl+q", "ctrl+c"):
            await pilot.press(key)
            await pilot.pause()
            assert isinstance(app.screen, PinDialog)
            await pilot.press("escape")
            await pilot.pause()
            assert app.screen is screen
        for key in ("ctrl+p", "ctrl+z", "f1", "f3", "ctrl+backslash"):
            await pilot.press(key)
            await pilot.pause()
            assert app.screen is screen and app.is_running
        await pilot.press("ctrl+q")
        await pilot.pause()
        await pilot.press(*"2468", "enter")
        await pilot.pause()
    assert not app.is_running
    assert _story(store) is None  # nothing typed: nothing kept


async def test_the_language_switch_is_for_one_person_only(store):
    clock = FakeClock()
    app = make_booth_app(store, _setup(store), clock=clock)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = pilot.app.screen
        await pilot.press("right", "enter")  # "English" on the welcome
        await pilot.pause()
        await pilot.pause()
        assert "Welcome" in _text(screen, ".booth-title")
        await pilot.press("enter", "enter", "right", "enter")  # ... "No"
        await pilot.pause()
        assert screen.step == "refused"
        await pilot.press("enter")  # back to the start: the next person, in Dutch
        await pilot.pause()
        await pilot.pause()
        assert "Welkom" in _text(screen, ".booth-title")


async def test_switching_language_mid_story_keeps_the_text(store):
    app = make_booth_app(store, _setup(store), clock=FakeClock())
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await _enter_to_topics(pilot)
        await _type(pilot, "mijn verhaal")
        await pilot.press("f2")
        await pilot.pause()
        await pilot.pause()
        assert "Topic 1 of" in _text(screen, "#topic-count")
        assert screen.query_one(StoryArea).text == "mijn verhaal"
        await _type(pilot, " gaat door")
        assert screen.query_one(StoryArea).flush()
    assert _story(store)["text"] == "mijn verhaal gaat door"


async def test_booth_errors_speak_the_booth_s_own_words_never_a_path(store, monkeypatch):
    from workbench.collect import stories
    from workbench.errors import StoreError

    stories.add_storyteller(store, "Zwaluw 7", "parent")
    app = make_booth_app(store, _setup(store), clock=FakeClock())
    async with app.run_test(size=(80, 24)) as pilot:
        screen = pilot.app.screen
        await pilot.press("enter", "enter", "enter", "enter", "enter")
        await pilot.pause()
        assert screen.step == "name"
        await _type(pilot, "Zwaluw 7")
        await pilot.press("enter")
        await pilot.pause()
        message = _text(screen, "#name-message")
        assert message == "Deze naam kan niet. Kies een andere naam."  # nobody's name told
        assert screen.step == "name"
        await pilot.press("x")  # the message stays until the next key
        await pilot.pause()
        assert _text(screen, "#name-message") == ""
        await pilot.press("enter")
        await pilot.pause()
        assert screen.step == "topic"

        def broken(*args, **kwargs):
            raise StoreError("error.db_write", path="/home/facilitator/kwp.db", reason="disk")

        monkeypatch.setattr(booth, "save_part", broken)
        await _type(pilot, "tekst")
        assert not screen.query_one(StoryArea).flush()
        saved = _text(screen, "#saved")
        assert "Roep de begeleider" in saved and "/home" not in saved and "kwp.db" not in saved


async def test_no_key_wipes_the_answer_in_one_stroke(store):
    app = make_booth_app(store, _setup(store), clock=FakeClock())
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await _enter_to_topics(pilot)
        await _type(pilot, "mijn verhaal")
        for key in ("ctrl+z", "f6", "f7"):  # undo, select line, select all
            await pilot.press(key, "x")
            await pilot.press("backspace")
        assert screen.query_one(StoryArea).text == "mijn verhaal"
