"""Shared behaviour of workbench screens: translated key hints and language switching."""

from __future__ import annotations

from dataclasses import replace

from textual.binding import Binding
from textual.dom import DOMNode
from textual.screen import ModalScreen, Screen

from workbench.i18n import catalog, get_language, t


def localize_bindings(node: DOMNode) -> None:
    """Give every binding with an ``id`` its description from the catalog (``key.<id>``),
    on ``node`` and all its descendants.

    Textual keeps descriptions on the Binding objects; swapping them in place lets the
    footer follow a language switch without restarting.
    """
    nodes = [node, *node.query("*")] if getattr(node, "is_attached", True) else [node]
    for each in nodes:
        bindings = each._bindings.key_to_bindings  # noqa: SLF001 - no public API for this
        for key, items in bindings.items():
            bindings[key] = [_localized(b) for b in items]


# Textual's own key hints (its widgets have no ids for them), by their English text.
TEXTUAL_HINTS = {
    "Dismiss menu": "key.textual_dismiss",
    "Exit the command palette": "key.textual_exit_palette",
    "Quit": "key.quit",
    "Focus Next": "key.textual_focus_next",
    "Focus Previous": "key.textual_focus_previous",
    "Copy selected text": "key.textual_copy",
    "Toggle": "key.textual_toggle",
}


def _localized(binding: Binding) -> Binding:
    key = f"key.{binding.id}" if binding.id else None
    if key and (binding.show or binding.id == "palette" or key in catalog()):
        return replace(binding, description=t(key))  # hidden keys too: '?' lists them
    if binding.id:
        return binding
    for english, hint in TEXTUAL_HINTS.items():
        # matched by Textual's English text or by a translation we gave it earlier
        if binding.description == english or binding.description in catalog().get(hint, ()):
            return replace(binding, description=t(hint))
    return binding


class WorkbenchScreen(Screen[None]):
    """A screen whose texts come from the catalog and follow the language setting."""

    _shown_language: str | None = None

    def on_mount(self) -> None:
        self._shown_language = get_language()
        localize_bindings(self)
        self.refresh_bindings()

    async def on_screen_resume(self) -> None:
        # The language was switched on a screen above this one: rebuild on return.
        if self._shown_language not in (None, get_language()):
            await self.language_changed()

    async def language_changed(self) -> None:
        """Called by the app after a language switch: rebuild texts and key hints."""
        self._shown_language = get_language()
        await self.recompose()
        localize_bindings(self)
        self.refresh_bindings()


class WorkbenchModal(ModalScreen):
    """A modal dialog whose key hints follow the language setting."""

    def on_mount(self) -> None:
        localize_bindings(self)
        self.refresh_bindings()
