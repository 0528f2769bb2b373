"""Shared behaviour of workbench screens: translated key hints and language switching."""

from __future__ import annotations

from dataclasses import replace

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
            bindings[key] = [
                replace(b, description=t(f"key.{b.id}"))
                if b.id and (b.show or b.id == "palette" or f"key.{b.id}" in catalog())
                else b  # hidden keys too: the '?' panel lists them
                for b in items
            ]


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
