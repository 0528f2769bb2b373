"""The command line in the user's language, help texts and click's own messages included.

Help texts are written in English in the code (the docstrings and ``help=`` of each command);
``HELP_NL`` (cli/help_nl.py) holds their Dutch, by their English text, and ``apply`` swaps
them on the command tree whenever the language is set. Click's own messages ("Usage:",
"Missing argument", "No such option …") go through gettext; we hand click a translation of
its message ids instead of gettext's.
"""

from __future__ import annotations

import inspect
from typing import Any

import click

# click's message ids (click 8.x) and their Dutch.
CLICK_NL: dict[str, str] = {
    "%(prog)s, version %(version)s": "%(prog)s, versie %(version)s",
    "Aborted!": "Afgebroken.",
    "Argument {name!r} takes {nargs} values.": "Argument {name!r} krijgt {nargs} waarden.",
    "Choose from:\n\t{choices}": "Kies uit:\n\t{choices}",
    "Commands": "Opdrachten",
    "Confirm the action without prompting.": "Bevestig zonder het te vragen.",
    "Could not open file {filename!r}: {message}":
        "Kan bestand {filename!r} niet openen: {message}",
    "Do you want to continue?": "Wilt u doorgaan?",
    "Error: The two entered values do not match.":
        "Fout: de twee ingevulde waarden zijn niet gelijk.",
    "Error: invalid input": "Fout: dat antwoord begrijp ik niet",
    "Error: {message}": "Fout: {message}",
    "Invalid value for {param_hint}: {message}": "Ongeldige waarde voor {param_hint}: {message}",
    "Invalid value: {message}": "Ongeldige waarde: {message}",
    "Missing argument": "Argument ontbreekt",
    "Missing command.": "Opdracht ontbreekt.",
    "Missing option": "Optie ontbreekt",
    "Missing parameter": "Gegeven ontbreekt",
    "Missing parameter: {param_name}": "Gegeven ontbreekt: {param_name}",
    "Missing {param_type}": "{param_type} ontbreekt",
    "No such command {name!r}.": "Onbekende opdracht {name!r}.",
    "No such option {name!r}.": "Onbekende optie {name!r}.",
    "Option {name!r} does not take a value.": "Optie {name!r} krijgt geen waarde.",
    "Options": "Opties",
    "Positional arguments": "Argumenten",
    "Repeat for confirmation": "Nog een keer ter bevestiging",
    "Show the version and exit.": "Toon de versie en stop.",
    "Show this message and exit.": "Toon deze hulp en stop.",
    "Try '{command} {option}' for help.": "Probeer '{command} {option}' voor hulp.",
    "Usage:": "Gebruik:",
    "default: {default}": "standaard: {default}",
    "directory": "map",
    "env var: {var}": "omgevingsvariabele: {var}",
    "file": "bestand",
    "path": "pad",
    "unknown error": "onbekende fout",
    "{name} {filename!r} does not exist.": "{name} {filename!r} bestaat niet.",
    "{name} {filename!r} is a directory.": "{name} {filename!r} is een map.",
    "{name} {filename!r} is a file.": "{name} {filename!r} is een bestand.",
    "{name} {filename!r} is not executable.": "{name} {filename!r} is niet uitvoerbaar.",
    "{name} {filename!r} is not readable.": "{name} {filename!r} is niet leesbaar.",
    "{name} {filename!r} is not writable.": "{name} {filename!r} is niet schrijfbaar.",
    "{value!r} is not a valid boolean. Recognized values: {states}":
        "{value!r} is geen geldige ja/nee-waarde. Goed zijn: {states}",
    "{value!r} is not a valid {number_type}.": "{value!r} is geen geldig {number_type}.",
    "{value} is not in the range {range}.": "{value} valt niet binnen {range}.",
    "integer": "geheel getal",
    "float": "getal",
}
CLICK_NL_PLURAL: dict[tuple[str, str], tuple[str, str]] = {
    ("Did you mean {possibility}?", "(Did you mean one of: {possibilities}?)"):
        ("Bedoelt u {possibility}?", "(Bedoelt u een van: {possibilities}?)"),
    ("Got unexpected extra argument ({args})", "Got unexpected extra arguments ({args})"):
        ("Onverwacht extra argument ({args})", "Onverwachte extra argumenten ({args})"),
    ("Option {name!r} requires an argument.", "Option {name!r} requires {nargs} arguments."):
        ("Optie {name!r} heeft een waarde nodig.", "Optie {name!r} heeft {nargs} waarden nodig."),
    ("{value!r} is not {choice}.", "{value!r} is not one of {choices}."):
        ("{value!r} is niet {choice}.", "{value!r} is niet een van {choices}."),
}

_language = "nl"


def _gettext(message: str) -> str:
    return CLICK_NL.get(message, message) if _language == "nl" else message


def _ngettext(singular: str, plural: str, n: int) -> str:
    if _language == "nl" and (singular, plural) in CLICK_NL_PLURAL:
        one, more = CLICK_NL_PLURAL[(singular, plural)]
        return one if n == 1 else more
    return singular if n == 1 else plural


def install_click_messages() -> None:
    """Hand click our translation of its messages (it imports gettext's ``_`` by name)."""
    import click.core
    import click.decorators
    import click.exceptions
    import click.formatting
    import click.parser
    import click.termui
    import click.types
    import click.utils

    for module in (click.core, click.decorators, click.exceptions, click.formatting,
                   click.parser, click.termui, click.types, click.utils):
        if hasattr(module, "_"):
            module._ = _gettext  # type: ignore[attr-defined]
        if hasattr(module, "ngettext"):
            module.ngettext = _ngettext  # type: ignore[attr-defined]


def _walk(command: click.Command) -> Any:
    yield command
    if isinstance(command, click.Group):
        for sub in command.commands.values():
            yield from _walk(sub)


def help_texts(root: click.Command) -> list[str]:
    """Every English help text of the command tree (for the translation test)."""
    texts = []
    for command in _walk(root):
        english = getattr(command, "_help_en", command.help)
        if english:
            texts.append(inspect.cleandoc(english))
        for param in command.params:
            if isinstance(param, click.Option):
                option_english = getattr(param, "_help_en", param.help)
                if option_english:
                    texts.append(option_english)
    return texts


def apply(root: click.Command, language: str) -> None:
    """Show the help texts of every command and option in ``language``."""
    from workbench.cli.help_nl import HELP_NL

    global _language
    _language = language
    for command in _walk(root):
        if not hasattr(command, "_help_en"):
            command._help_en = command.help  # type: ignore[attr-defined]
            command._short_help_en = command.short_help  # type: ignore[attr-defined]
        if getattr(command, "_help_option", None) is not None:
            command._help_option = None  # click keeps --help's text once made: make it again
        command.options_metavar = "[OPTIES]" if language == "nl" else "[OPTIONS]"
        if isinstance(command, click.Group):
            command.subcommand_metavar = ("OPDRACHT [ARGUMENTEN]..." if language == "nl"
                                          else "COMMAND [ARGS]...")
        english = command._help_en  # type: ignore[attr-defined]
        if english:
            plain = inspect.cleandoc(english)
            command.help = HELP_NL.get(plain, plain) if language == "nl" else english
            command.short_help = None  # click derives it from the help again
        for param in command.params:
            if not isinstance(param, click.Option):
                continue
            if not hasattr(param, "_help_en"):
                param._help_en = param.help  # type: ignore[attr-defined]
            english = param._help_en  # type: ignore[attr-defined]
            if english:
                param.help = HELP_NL.get(english, english) if language == "nl" else english
