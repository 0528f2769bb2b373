"""The CLI's one way to print and to ask: user text made inert, PIN and yes/no questions
that never hang or warn without a terminal, and the overwrite question for exports.

Every command prints through ``echo`` (never ``click.echo`` with user text), so names,
labels, codes or file names holding terminal escapes (window titles, OSC 52 clipboard
writes, C1 controls, BEL) reach the terminal as harmless visible stand-ins.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import click

from workbench.textsafe import inert

YES = {"j", "ja", "y", "yes"}


def echo(message: Any = "", *, nl: bool = True, err: bool = False) -> None:
    """Print one line with every control character made visible (newline and tab stay).

    A leading carriage return (a progress line rewriting itself) is kept; any other is
    made visible, so user text can never move the cursor.
    """
    text = "" if message is None else str(message)
    lead = ""
    if text.startswith("\r"):
        lead, text = "\r", text[1:]
    click.echo(lead + inert(text), nl=nl, err=err)


def has_terminal() -> bool:
    """Whether a person can answer a question (stdin is a terminal)."""
    try:
        return sys.stdin.isatty()
    except (AttributeError, ValueError):
        return False


def ask_pin(store: Any, pin: str | None, *, option: str = "--pin") -> None:
    """Require the facilitator PIN when one is set. Asked for on a terminal when not
    given; without a terminal refused at once with "give --pin" (``option``: the name
    of the command's PIN option), never Python's GetPassWarning.

    Call it after the command has checked its input and before it changes anything.
    Wrong PINs count towards the lockout (``access.require_pin``).
    """
    from workbench import access
    from workbench.errors import AccessDenied

    if not access.has_pin(store):
        return
    if pin is None:
        if not has_terminal():
            raise AccessDenied("cli.pin_give", option=option)
        pin = click.prompt(_text("cli.pin_ask"), hide_input=True, default="",
                           show_default=False, err=True)
    access.require_pin(store, pin)


def ask_yes(question: str, *, default: bool = False) -> bool:
    """A j/N (y/n) question on stderr; "j", "ja", "y", "yes" count as yes."""
    hint = _text("safety.yes_no_hint")
    answer = click.prompt(f"{inert(question)} {hint}", default="", show_default=False,
                          err=True)
    answer = answer.strip().casefold()
    return default if not answer else answer in YES


def confirm_overwrite(path: Path, force: bool) -> None:
    """Before writing ``path``: when it exists, ask on a terminal (or need ``--force``);
    without a terminal refuse with a message naming --force. Raises to stop the command."""
    from workbench.errors import Conflict

    path = Path(path)
    if force or not (path.exists() or path.is_symlink()):
        return
    if path.is_dir():
        from workbench.errors import InvalidInput

        raise InvalidInput("safety.out_is_folder", path=str(path))
    if not has_terminal():
        raise Conflict("safety.exists_no_terminal", path=str(path))
    if not ask_yes(_text("safety.overwrite_ask", path=str(path))):
        raise Conflict("safety.not_overwritten", path=str(path))


def _text(key: str, **params: Any) -> str:
    from workbench.i18n import t

    return t(key, **params)
