"""Read aloud from the command line: try the voice, check the sound, set the rate, and
export the booth's and the ballot's questions as audio files for a tablet or a phone."""

from __future__ import annotations

from pathlib import Path

import click

from workbench.cli.common import FriendlyGroup, pass_context
from workbench.cli.prompts import echo
from workbench.i18n import get_language, t


@click.command(name="say")
@click.argument("text")
@click.option("--out", type=click.Path(path_type=Path, dir_okay=False), default=None,
              help="Write a WAV file instead of playing it.")


@click.option("--rate", type=int, default=None, help="Words a minute (default: the "
              "workshop's setting, 135).")


@pass_context
def say(context, text: str, out: Path | None, rate: int | None) -> None:
    """Read TEXT aloud, or write it to a WAV file with --out (to check the voice)."""
    from workbench import speech

    config = speech.Settings()
    if context.db_path.is_file():
        config = speech.settings(context.reader())
    if rate is not None:
        config.rate = speech.check_rate(rate)
    language = get_language()
    if out is not None:
        spoken = speech.synthesise(text, language, rate=config.rate,
                                   voice=config.voice(language))
        speech.write_wav(spoken, out)
        echo(t("speech.cli.written", path=str(out), seconds=spoken.seconds))
        return
    seconds = speech.Reader().speak(text, language, config)
    echo(t("speech.cli.played", seconds=seconds))


@click.group(name="speech", cls=FriendlyGroup)
def group() -> None:
    """Read aloud in the booth and the ballot: check, settings, audio export."""


@group.command(name="check")
def check() -> None:
    """Say whether sound can be played on this computer, and what to do if not."""
    from workbench import speech
    from workbench.errors import WorkbenchError

    problem = speech.check_playback()
    if problem is not None:
        raise WorkbenchError(problem)
    echo(t("speech.cli.ok"))


@group.command(name="settings")
@click.option("--rate", type=int, default=None, help="Words a minute (80-260).")
@click.option("--auto/--no-auto", default=None,
              help="Read each new booth or ballot screen aloud at once.")


@click.option("--voice-nl", default=None, help="eSpeak NG voice for Dutch, e.g. nl+f3.")
@click.option("--voice-en", default=None, help="eSpeak NG voice for English, e.g. en+f3.")
@pass_context
def settings_command(context, rate: int | None, auto: bool | None, voice_nl: str | None,
                     voice_en: str | None) -> None:
    """Show or change how the booth and the ballot read aloud."""
    from workbench import speech

    store = context.store()
    config = speech.save_settings(store, rate=rate, auto=auto, voice_nl=voice_nl,
                                  voice_en=voice_en)
    echo(t("speech.cli.settings", rate=config.rate,
                 auto=t("speech.cli.on") if config.auto else t("speech.cli.off"),
                 voice_nl=config.voice("nl"), voice_en=config.voice("en")))


@group.command(name="export")
@click.argument("folder", type=click.Path(path_type=Path, file_okay=False))
@pass_context
def export_audio(context, folder: Path) -> None:
    """Write every booth and ballot question as a WAV file into FOLDER."""
    from workbench import speech

    store = context.reader()
    config = speech.settings(store)
    language = get_language()
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    texts = speech.kiosk_texts(store, language)
    for name, text in texts:
        spoken = speech.synthesise(text, language, rate=config.rate,
                                   voice=config.voice(language))
        speech.write_wav(spoken, folder / f"{name}-{language}.wav")
    echo(t("speech.cli.exported", n=len(texts), folder=str(folder)))
