"""Read aloud: every booth and ballot question can be spoken (real eSpeak NG, checked as
WAV), F5 reads each kiosk screen without blocking it, and no sound device means a plain
message, never a traceback."""

from __future__ import annotations

import threading
import wave

import pytest
from click.testing import CliRunner
from test_sessions_support import open_session

from workbench import access, speech
from workbench.cli import main
from workbench.tui.kiosk.ballot_app import make_ballot_app
from workbench.tui.kiosk.booth import make_booth_app

pytestmark = pytest.mark.slow  # read aloud: real speech synthesis and long Pilot runs


@pytest.mark.parametrize("language", ["nl", "en"])
def test_every_kiosk_text_is_spoken_audibly_and_long_enough(store, language, tmp_path):
    texts = speech.kiosk_texts(store, language)
    assert len(texts) >= 15
    for name, text in texts:
        spoken = speech.synthesise(text, language)
        path = speech.write_wav(spoken, tmp_path / f"{name}.wav")
        with wave.open(str(path)) as wav:
            seconds = wav.getnframes() / wav.getframerate()
        words = len(text.split())
        assert spoken.peak() > 1000, name  # not silence
        assert seconds >= 0.25 * words, (name, seconds, words)


def test_slower_rate_takes_longer():
    fast = speech.synthesise("Mogen wij uw verhaal bewaren?", "nl", rate=200)
    slow = speech.synthesise("Mogen wij uw verhaal bewaren?", "nl", rate=100)
    assert slow.seconds > fast.seconds * 1.4


class FakeReader:
    """Records what it is asked to read; speaks 'forever' until stopped."""

    def __init__(self) -> None:
        self.texts: list[tuple[str, str]] = []
        self.speaking = False
        self.stops = 0
        self._stopped = threading.Event()

    def speak(self, text, language="nl", config=None, on_first_sound=None) -> None:
        self.texts.append((text, language))
        self.speaking = True
        self._stopped.clear()
        self._stopped.wait(5)
        self.speaking = False

    def stop(self) -> None:
        self.stops += 1
        self._stopped.set()


async def _speak(pilot, reader: FakeReader) -> str:
    before = len(reader.texts)
    await pilot.press("f5")
    for _ in range(100):
        await pilot.pause()
        if len(reader.texts) > before:
            return reader.texts[-1][0]
    raise AssertionError("nothing was handed to the speech worker")


async def test_f5_reads_every_booth_step_and_never_blocks_the_screen(store):
    access.set_pin(store, "2468")
    practice = store.scalar("SELECT id FROM practices ORDER BY name")
    app = make_booth_app(store, practice)
    reader = FakeReader()
    app.speech_reader = reader
    async with app.run_test(size=(80, 24)) as pilot:
        screen = app.screen
        expected = {
            "welcome": "Hier kunt u uw verhaal vertellen",
            "consent": "Meedoen mag",
            "store": "Mogen wij uw verhaal bewaren?",
            "quotes": "Mogen wij stukjes uit uw verhaal laten zien?",
            "role": "Verzorger",
            "name": "Welke naam zetten wij erbij?",
        }
        for step, words in expected.items():
            assert screen.step == step
            assert words in await _speak(pilot, reader)
            stops = reader.stops
            await pilot.press("enter")  # handled while it speaks: the screen goes on
            await pilot.pause()
            assert reader.stops > stops  # a new screen stops the old sound
        assert screen.step == "topic"
        topic = screen.session.topics[0]
        assert topic["question"] in await _speak(pilot, reader)
        await pilot.press("f5")  # again: stop
        await pilot.pause()
        assert not reader.speaking
        await pilot.click("#topic-done")
        await pilot.pause()
        assert "Bent u klaar" in await _speak(pilot, reader)
        await pilot.press("right", "enter")
        await pilot.pause()
        await pilot.press("f2")  # English: read in English
        await pilot.pause()
        await pilot.pause()
        text = await _speak(pilot, reader)
        assert topic["question_en"] in text and reader.texts[-1][1] == "en"
        reader.stop()


async def test_f5_reads_every_ballot_step(store):
    access.set_pin(store, "1357")
    session_id, factors = open_session(store)
    app = make_ballot_app(store, session_id)
    reader = FakeReader()
    app.speech_reader = reader
    async with app.run_test(size=(80, 24)) as pilot:
        assert "Typ een verzonnen naam" in await _speak(pilot, reader)
        await pilot.press("enter")
        await pilot.pause()
        for _ in factors:
            text = await _speak(pilot, reader)
            assert app.screen.factor["name"] in text
            assert "5: helemaal" in text and "0: geldt niet voor mij" in text
            await pilot.press("4", "enter")
            await pilot.pause()
        assert "Wat is het belangrijkst?" in await _speak(pilot, reader)
        await pilot.press("ctrl+n")
        await pilot.pause()
        assert "Klopt dit?" in await _speak(pilot, reader)
        await pilot.press("enter")
        await pilot.pause()
        assert "Dank u wel" in await _speak(pilot, reader)
        reader.stop()


async def test_automatic_reading_reads_each_new_screen(store):
    access.set_pin(store, "2468")
    speech.save_settings(store, auto=True)
    practice = store.scalar("SELECT id FROM practices ORDER BY name")
    app = make_booth_app(store, practice)
    reader = FakeReader()
    app.speech_reader = reader
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("enter")
        for _ in range(50):
            await pilot.pause()
            if reader.texts:
                break
        assert "Eerst even dit" in reader.texts[-1][0]
        reader.stop()


class NoDevice(speech.Output):
    def start(self, sample_rate, chunks) -> None:
        raise speech.SpeechUnavailable("speech.error.no_device")

    def stop(self) -> None:
        pass


async def test_without_a_sound_device_the_booth_says_so_in_plain_words(store):
    access.set_pin(store, "2468")
    practice = store.scalar("SELECT id FROM practices ORDER BY name")
    app = make_booth_app(store, practice)
    app.speech_reader = speech.Reader(output=NoDevice())
    said = []
    async with app.run_test(size=(80, 24)) as pilot:
        app.screen.notify = lambda message, **kw: said.append(message)
        await pilot.press("f5")
        for _ in range(100):
            await pilot.pause()
            if said:
                break
        assert said == ["Voorlezen lukt niet op deze laptop. Vraag het de begeleider."]
        await pilot.press("enter")  # still working
        await pilot.pause()
        assert app.screen.step == "consent"


def test_the_cli_explains_what_to_do_without_sound(monkeypatch):
    monkeypatch.setattr(speech, "Speakers", NoDevice)
    result = CliRunner().invoke(main, ["speech", "check"])
    assert result.exit_code == 1
    assert "geen werkend geluidsapparaat" in result.output
    assert "Traceback" not in result.output


def test_say_writes_a_wav_and_settings_are_kept(tmp_path):
    out = tmp_path / "stem.wav"
    result = CliRunner().invoke(main, ["say", "Welkom bij de bijeenkomst", "--out", str(out)])
    assert result.exit_code == 0, result.output
    with wave.open(str(out)) as wav:
        assert wav.getnframes() > wav.getframerate()  # more than a second
    assert (out.stat().st_mode & 0o777) == 0o600
    db = tmp_path / "kwp.db"
    runner = CliRunner()
    assert runner.invoke(main, ["--db", str(db), "init", "K", "--practice", "P",
                                "--no-pin"]).exit_code == 0
    result = runner.invoke(main, ["--db", str(db), "speech", "settings", "--rate", "110",
                                  "--auto"])
    assert result.exit_code == 0 and "110" in result.output and "aan" in result.output
    result = runner.invoke(main, ["--db", str(db), "speech", "settings", "--rate", "20"])
    assert result.exit_code == 1 and "tussen 80 en 260" in result.output


async def test_f5_has_words_for_the_other_booth_steps(store):
    access.set_pin(store, "2468")
    practice = store.scalar("SELECT id FROM practices ORDER BY name")
    app = make_booth_app(store, practice)
    reader = FakeReader()
    app.speech_reader = reader
    async with app.run_test(size=(80, 24)) as pilot:
        screen = app.screen
        for step, words in (("refused", "Wij hebben niets bewaard"),
                            ("empty", "U heeft nog niets geschreven"),
                            ("idle", "Pauze"), ("thanks", "Dank u wel")):
            screen.show(step)
            await pilot.pause()
            assert words in await _speak(pilot, reader)
        reader.stop()
