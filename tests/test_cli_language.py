"""The command line speaks the user's language all the way: help texts and click's own
messages, Dutch by default, English with --lang en."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from workbench.cli import dutch, main
from workbench.cli.help_nl import HELP_NL


def test_every_help_text_has_its_dutch():
    missing = [text for text in dutch.help_texts(main) if text not in HELP_NL]
    assert missing == []


def _command(path):
    command = main
    for name in path:
        command = command.commands[name]
    return command


def _all_commands():
    def walk(command, path):
        yield path
        for name, sub in getattr(command, "commands", {}).items():
            yield from walk(sub, [*path, name])
    return list(walk(main, []))


@pytest.mark.parametrize("path", _all_commands(), ids=lambda p: " ".join(p) or "workbench")
def test_help_in_dutch_and_english(path):
    runner = CliRunner()
    dutch_help = runner.invoke(main, ["--lang", "nl", *path, "--help"]).output
    english_help = runner.invoke(main, ["--lang", "en", *path, "--help"]).output
    assert dutch_help.startswith("Gebruik:") and "Toon deze hulp en stop." in dutch_help
    assert "Show this message" not in dutch_help and "Usage:" not in dutch_help
    # none of the command's English texts is left in the Dutch help (the same words in
    # both languages, such as a product name, are allowed)
    flat = " ".join(dutch_help.split())
    english = [text for text in dutch.help_texts(_command(path))
               if text.replace("...", "…") not in HELP_NL.get(text, "") and len(text) > 12]
    left = [text for text in english if " ".join(text.split())[:40] in flat]
    assert left == []
    flat_en = " ".join(english_help.split())
    assert not [text for text in english if " ".join(HELP_NL[text].split())[:40] in flat_en]
    assert english_help.startswith("Usage:") and "Show this message and exit." in english_help


def test_click_errors_are_dutch():
    result = CliRunner().invoke(main, ["--lang", "nl", "sessions", "create"])
    assert result.exit_code == 2
    assert "Argument ontbreekt" in result.output and "Missing" not in result.output
    result = CliRunner().invoke(main, ["--lang", "nl", "stories", "list", "--nope"])
    assert "Onbekende optie" in result.output
    result = CliRunner().invoke(main, ["--lang", "en", "stories", "list", "--nope"])
    assert "No such option" in result.output
