"""Read aloud: eSpeak NG speaks the booth's and the ballot's questions, offline.

eSpeak NG comes as a library with its voices inside a wheel (``espeakng-loader``); we call
it through ctypes, in synchronous mode, so the samples come to us and we decide where they
go: to the laptop's speakers (``miniaudio``, which brings its own audio backends) or into a
WAV file. Both libraries load only when something is read aloud for the first time.

Nothing here imports textual; the TUI runs ``Reader.speak`` in a worker thread.
"""

from __future__ import annotations

import ctypes
import queue
import threading
import wave
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from workbench.errors import WorkbenchError

RATE_SETTING = "speech_rate"
AUTO_SETTING = "speech_auto"
VOICE_SETTINGS = {"nl": "speech_voice_nl", "en": "speech_voice_en"}
DEFAULT_VOICES = {"nl": "nl", "en": "en"}
# Words a minute. eSpeak's own default is 175; slower suits people who listen in their
# second language (B1).
DEFAULT_RATE = 135
MIN_RATE, MAX_RATE = 80, 260

# espeak_AUDIO_OUTPUT and other constants from speak_lib.h
_AUDIO_OUTPUT_SYNCHRONOUS = 2
_POS_CHARACTER = 1
_ESPEAK_CHARS_UTF8 = 1
_ESPEAK_RATE = 1

_SynthCallback = ctypes.CFUNCTYPE(ctypes.c_int, ctypes.POINTER(ctypes.c_short), ctypes.c_int,
                                  ctypes.c_void_p)


class SpeechUnavailable(WorkbenchError):
    """No speech: the library is missing, or no sound can be played on this computer."""


@dataclass
class Speech:
    """Synthesised speech: mono 16-bit samples."""

    samples: bytes
    sample_rate: int

    @property
    def seconds(self) -> float:
        return len(self.samples) / 2 / self.sample_rate if self.sample_rate else 0.0

    def peak(self) -> int:
        """The loudest sample (0 means silence)."""
        import array

        values = array.array("h")
        values.frombytes(self.samples)
        return max((abs(v) for v in values), default=0)


class _Engine:
    """The one eSpeak NG instance of this process (the library is not thread-safe)."""

    def __init__(self) -> None:
        try:
            import espeakng_loader
        except ImportError as missing:
            raise SpeechUnavailable("speech.error.no_library") from missing
        try:
            self.lib = ctypes.CDLL(espeakng_loader.get_library_path())
        except OSError as broken:
            raise SpeechUnavailable("speech.error.no_library") from broken
        self.lib.espeak_Initialize.restype = ctypes.c_int
        self.sample_rate = self.lib.espeak_Initialize(
            _AUDIO_OUTPUT_SYNCHRONOUS, 200, espeakng_loader.get_data_path().encode(), 0)
        if self.sample_rate <= 0:
            raise SpeechUnavailable("speech.error.no_library")
        self.lock = threading.Lock()
        self._sink: Callable[[bytes], bool] | None = None
        self._callback = _SynthCallback(self._on_samples)  # kept alive with the engine
        self.lib.espeak_SetSynthCallback(self._callback)

    def _on_samples(self, wav: Any, count: int, _events: Any) -> int:
        if wav and count > 0 and self._sink is not None:
            go_on = self._sink(ctypes.string_at(wav, count * 2))
            return 0 if go_on else 1  # 1 asks eSpeak to stop
        return 0

    def synthesise(self, text: str, voice: str, rate: int,
                   sink: Callable[[bytes], bool]) -> None:
        """Speak ``text`` into ``sink`` chunk by chunk; ``sink`` returns False to stop."""
        data = text.encode("utf-8")
        with self.lock:
            self._sink = sink
            try:
                if self.lib.espeak_SetVoiceByName(voice.encode()) != 0:
                    self.lib.espeak_SetVoiceByName(voice.split("+")[0][:2].encode())
                self.lib.espeak_SetParameter(_ESPEAK_RATE, rate, 0)
                self.lib.espeak_Synth(ctypes.c_char_p(data), len(data) + 1, 0, _POS_CHARACTER,
                                      0, _ESPEAK_CHARS_UTF8, None, None)
                self.lib.espeak_Synchronize()
            finally:
                self._sink = None


_engine: _Engine | None = None
_engine_lock = threading.Lock()


def engine() -> _Engine:
    global _engine
    with _engine_lock:
        if _engine is None:
            _engine = _Engine()
        return _engine


def synthesise(text: str, language: str = "nl", *, rate: int = DEFAULT_RATE,
               voice: str | None = None) -> Speech:
    """All of ``text`` as speech (for a WAV file, or to check it)."""
    chunks: list[bytes] = []

    def keep(chunk: bytes) -> bool:
        chunks.append(chunk)
        return True

    speaker = engine()
    speaker.synthesise(text, voice or DEFAULT_VOICES.get(language, "nl"), rate, keep)
    return Speech(b"".join(chunks), speaker.sample_rate)


def write_wav(speech: Speech, path: Path) -> Path:
    """Save speech as a 16-bit mono WAV file (readable by the owner only)."""
    import io
    import os

    buffer = io.BytesIO()
    with wave.open(buffer, "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(speech.sample_rate)
        out.writeframes(speech.samples)
    fd = os.open(path, os.O_CREAT | os.O_WRONLY | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "wb") as handle:
        handle.write(buffer.getvalue())
    os.chmod(path, 0o600)
    return path


# -- settings ------------------------------------------------------------------------------


@dataclass
class Settings:
    rate: int = DEFAULT_RATE
    auto: bool = False
    voices: dict[str, str] | None = None

    def voice(self, language: str) -> str:
        return (self.voices or {}).get(language) or DEFAULT_VOICES.get(language, "nl")


def settings(store: Any) -> Settings:
    """The facilitator's read-aloud settings for this workshop."""
    try:
        rate = int(store.meta_get(RATE_SETTING) or DEFAULT_RATE)
    except ValueError:
        rate = DEFAULT_RATE
    voices = {lang: store.meta_get(key) or "" for lang, key in VOICE_SETTINGS.items()}
    return Settings(rate=min(max(rate, MIN_RATE), MAX_RATE),
                    auto=store.meta_get(AUTO_SETTING) == "1", voices=voices)


def check_rate(rate: int) -> int:
    from workbench.errors import InvalidInput

    if not MIN_RATE <= rate <= MAX_RATE:
        raise InvalidInput("speech.error.bad_rate", low=MIN_RATE, high=MAX_RATE)
    return rate


def save_settings(store: Any, *, rate: int | None = None, auto: bool | None = None,
                  voice_nl: str | None = None, voice_en: str | None = None) -> Settings:
    """The facilitator's choices, kept with the workshop."""
    if rate is not None:
        store.meta_set(RATE_SETTING, str(check_rate(rate)))
    if auto is not None:
        store.meta_set(AUTO_SETTING, "1" if auto else "0")
    for language, voice in (("nl", voice_nl), ("en", voice_en)):
        if voice is not None:
            store.meta_set(VOICE_SETTINGS[language], voice.strip())
    return settings(store)


# -- playing -------------------------------------------------------------------------------


class Output:
    """Where speech goes while it is made: the speakers. Tests pass their own."""

    def start(self, sample_rate: int, chunks: Iterator[bytes]) -> None:
        raise NotImplementedError

    def stop(self) -> None:
        raise NotImplementedError

    def busy(self) -> bool:
        """Still playing what it was given."""
        return False


def _silence_alsa() -> None:
    """ALSA writes its complaints (no sound card...) straight to the terminal, which would
    scramble a full-screen program; give it a handler that says nothing."""
    try:
        asound = ctypes.CDLL("libasound.so.2")
    except OSError:
        return
    handler_type = ctypes.CFUNCTYPE(None, ctypes.c_char_p, ctypes.c_int, ctypes.c_char_p,
                                    ctypes.c_int, ctypes.c_char_p)
    global _alsa_handler
    _alsa_handler = handler_type(lambda *args: None)
    asound.snd_lib_error_set_handler(_alsa_handler)


_alsa_handler: Any = None


class Speakers(Output):
    """The laptop's speakers, through miniaudio."""

    def __init__(self) -> None:
        self.device: Any = None
        self._playing = threading.Event()

    def busy(self) -> bool:
        return self._playing.is_set()

    def start(self, sample_rate: int, chunks: Iterator[bytes]) -> None:
        try:
            import miniaudio
        except ImportError as missing:
            raise SpeechUnavailable("speech.error.no_player") from missing
        _silence_alsa()

        playing = self._playing
        playing.set()

        def generator() -> Any:
            frames = yield b""
            pending = b""
            for chunk in chunks:
                pending += chunk
                while len(pending) >= frames * 2:
                    frames = yield pending[: frames * 2]
                    pending = pending[frames * 2:]
            if pending:
                frames = yield pending
            # a little silence so the device has played out its buffer, then done
            for _ in range(10):
                frames = yield b"\x00\x00" * frames
            playing.clear()
            while True:
                frames = yield b"\x00\x00" * frames

        try:
            self.device = miniaudio.PlaybackDevice(
                output_format=miniaudio.SampleFormat.SIGNED16, nchannels=1,
                sample_rate=sample_rate)
            stream = generator()
            next(stream)
            self.device.start(stream)
        except miniaudio.MiniaudioError as no_device:
            self.device = None
            raise SpeechUnavailable("speech.error.no_device") from no_device

    def stop(self) -> None:
        self._playing.clear()
        if self.device is not None:
            self.device.close()
            self.device = None


class Reader:
    """Reads one text at a time; a new text or ``stop`` ends the one before.

    ``speak`` blocks until the text has been spoken (or stopped): call it from a worker.
    ``on_first_sound`` is told when the first samples are ready (for the benchmark).
    """

    def __init__(self, output: Output | None = None) -> None:
        self.output = output or Speakers()
        self._stop = threading.Event()
        self.speaking = False

    def speak(self, text: str, language: str = "nl", config: Settings | None = None,
              on_first_sound: Callable[[], None] | None = None) -> float:
        """Read ``text`` aloud; returns how many seconds of speech were made."""
        self.stop()
        config = config or Settings()
        speaker = engine()
        chunks: queue.Queue[bytes | None] = queue.Queue()
        self._stop.clear()
        self.speaking = True
        made_bytes = [0]

        def sink(chunk: bytes) -> bool:
            if not made_bytes[0] and on_first_sound is not None:
                on_first_sound()
            made_bytes[0] += len(chunk)
            chunks.put(chunk)
            return not self._stop.is_set()

        def played() -> Iterator[bytes]:
            while not self._stop.is_set():
                chunk = chunks.get()
                if chunk is None:
                    return
                yield chunk

        try:
            made = threading.Thread(target=self._make, daemon=True, args=(
                speaker, text, config.voice(language), config.rate, sink, chunks))
            made.start()
            try:
                self.output.start(speaker.sample_rate, played())
            except SpeechUnavailable:
                self._stop.set()
                made.join()
                raise
            made.join()
            while not self._stop.is_set() and self.output.busy():  # playing it out
                self._stop.wait(0.05)
            self.output.stop()
        finally:
            self.speaking = False
        return made_bytes[0] / 2 / speaker.sample_rate

    @staticmethod
    def _make(speaker: _Engine, text: str, voice: str, rate: int,
              sink: Callable[[bytes], bool], chunks: queue.Queue[bytes | None]) -> None:
        try:
            speaker.synthesise(text, voice, rate, sink)
        finally:
            chunks.put(None)

    def stop(self) -> None:
        """Stop what is being read (returns at once)."""
        self._stop.set()
        try:
            self.output.stop()
        except Exception:  # stopping must never fail the screen
            pass


def check_playback(output: Output | None = None) -> str | None:
    """None when sound can be played here, else the message key saying why not."""
    try:
        engine()
    except SpeechUnavailable as error:
        return error.key
    output = output or Speakers()
    try:
        output.start(22050, iter([b"\x00\x00" * 100]))
    except SpeechUnavailable as error:
        return error.key
    finally:
        output.stop()
    return None


# -- what the kiosks read -----------------------------------------------------------------

# Per step of the story booth: the catalogue keys read aloud, in order. The topic step reads
# the topic's own label and question; the role step adds the role names.
BOOTH_STEPS: dict[str, tuple[str, ...]] = {
    "welcome": ("booth.welcome.title", "booth.welcome.text", "booth.hint.enter_start"),
    "consent": ("booth.consent.title", "booth.consent.text", "booth.hint.enter_next"),
    "store": ("booth.consent.store", "booth.consent.store_help", "booth.yes", "booth.no"),
    "quotes": ("booth.consent.quotes", "booth.yes", "booth.no"),
    "refused": ("booth.refused.title", "booth.refused.text"),
    "role": ("booth.role.title", "booth.role.parent", "booth.role.caregiver",
             "booth.role.volunteer", "booth.role.professional", "booth.role.researcher"),
    "name": ("booth.name.title", "booth.name.text"),
    "topic": (),
    "done": ("booth.done.title", "booth.done.yes", "booth.done.no"),
    "empty": ("booth.empty.title", "booth.empty.text"),
    "idle": ("booth.idle.title", "booth.idle.text"),
    "thanks": ("booth.thanks.title",),
}

SCALE_KEYS = tuple(f"ballot.scale.{n}" for n in (1, 2, 3, 4, 5, 0))


def _say(key: str, language: str, **params: Any) -> str:
    from workbench.i18n import t

    text = t(key, language, **params) if params else t(key, language)
    # symbols are for the eye: "✓ Ja" is read as "Ja"
    return text.replace("✓", "").replace("✗", "").replace("•", "").replace("→", "").replace(
        "←", "").strip()


def booth_text(step: str, language: str, *, practice: str = "",
               topic: dict[str, Any] | None = None) -> str:
    """What the booth reads aloud on ``step``."""
    from workbench.collect import topics

    parts = []
    for key in BOOTH_STEPS.get(step, ()):
        parts.append(_say(key, language, practice=practice) if "{practice}" in _raw(key)
                     else _say(key, language))
    if step == "topic" and topic is not None:
        parts += [topics.localized(topic, "label", language),
                  topics.localized(topic, "question", language)]
    return "\n".join(p for p in parts if p)


def _raw(key: str) -> str:
    from workbench.i18n import catalog

    return " ".join(catalog().get(key, ("", "")))


def ballot_factor_text(factor: dict[str, Any], elements: list[dict[str, Any]],
                       language: str) -> str:
    """A factor step of the ballot: the factor, what belongs to it, the question and the
    six choices with their numbers."""
    parts = [factor["name"]]
    if elements:
        parts.append(_say("ballot.elements", language))
        parts += [e["text"] for e in elements]
    parts.append(_say("ballot.recognise_question", language))
    for n, key in zip((1, 2, 3, 4, 5, 0), SCALE_KEYS, strict=True):
        parts.append(f"{n}: {_say(key, language)}")
    return "\n".join(parts)


def ballot_text(step: str, language: str, **params: Any) -> str:
    """The other ballot steps: check-in, priorities, confirm, thanks."""
    keys = {
        "checkin": ("ballot.welcome", "ballot.checkin_text"),
        "priority": ("ballot.priority_title", "ballot.dots_help", "ballot.rank_help"),
        "confirm": ("ballot.confirm_title", "ballot.confirm_hint"),
        "thanks": ("ballot.thanks", "ballot.pass_on"),
    }[step]
    parts = []
    for key in keys:
        wanted = {k: v for k, v in params.items() if "{" + k + "}" in _raw(key)}
        parts.append(_say(key, language, **wanted))
    return "\n".join(parts)


def kiosk_texts(store: Any, language: str) -> list[tuple[str, str]]:
    """Every question and instruction the booth and the ballot read aloud, named, for the
    facilitator's audio export (and to check every one can be spoken)."""
    from workbench.collect import topics

    out = [(f"booth-{step}", booth_text(step, language, practice="…"))
           for step in BOOTH_STEPS if step != "topic"]
    list_id = store.scalar("SELECT topic_list_id FROM workshops ORDER BY created_at LIMIT 1")
    if list_id:
        for i, topic in enumerate(topics.topics_for(store, list_id, None), start=1):
            out.append((f"booth-topic-{i:02d}", booth_text("topic", language, topic=topic)))
    example = {"name": "…"}
    out.append(("ballot-factor", ballot_factor_text(example, [], language)))
    for step in ("checkin", "priority", "confirm", "thanks"):
        out.append((f"ballot-{step}", ballot_text(step, language, name="…", budget=2)))
    return out
