"""Dialogs shared by every screen, one behaviour each: confirm, ask for text, pick, PIN.

Each is a typed ``ModalScreen[T]`` (through ``WorkbenchModal[T]``) that ``dismiss``es with
its answer, or None when cancelled, so a screen's code reads as question and answer.
"""

from __future__ import annotations


def dialog_css(name: str) -> str:
    """The look every small dialog shares: a box in the middle of the screen."""
    return f"""
{name} {{ align: center middle; }}
{name} > .dialog {{ width: 80; max-width: 95%; height: auto; max-height: 90%;
                    border: thick $accent; background: $surface; padding: 1 2;
                    overflow-y: auto; }}
{name} .dialog-title {{ text-style: bold; margin-bottom: 1; }}
{name} .dialog-text {{ height: auto; margin-bottom: 1; }}
{name} .dialog-hint {{ color: $text-muted; margin-top: 1; }}
{name} .dialog-error {{ color: $error; height: auto; }}
{name} Horizontal {{ height: auto; }}
{name} Button {{ margin-right: 2; }}
{name} OptionList, {name} SelectionList {{ height: auto; max-height: 16; }}
"""
