"""Command-palette entries: every phase, the home screen and the language switch."""

from __future__ import annotations

from functools import partial

from textual.command import DiscoveryHit, Hit, Hits, Provider

from workbench.i18n import t
from workbench.tui.phases import PHASES


class WorkbenchCommands(Provider):
    def _commands(self) -> list[tuple[str, str, object]]:
        app = self.app
        entries: list[tuple[str, str, object]] = [
            (t("cmd.open_phase", phase=t(p.label_key)), t("cmd.open_phase_help"),
             partial(app.action_open_phase, p.key))  # type: ignore[attr-defined]
            for p in PHASES
        ]
        entries.append((t("cmd.home"), t("cmd.home_help"), app.action_go_home))  # type: ignore[attr-defined]
        entries.append((t("cmd.language"), t("cmd.language_help"),
                        app.action_switch_language))  # type: ignore[attr-defined]
        from workbench.tui.screens.coding.analysis_open import open_screen, screens

        for name, help_key, which in screens():
            entries.append((t(name), t(help_key),
                            partial(open_screen, app, app.store, which)))  # type: ignore[attr-defined]
        return entries

    async def discover(self) -> Hits:
        for name, help_text, callback in self._commands():
            yield DiscoveryHit(name, callback, help=help_text)  # type: ignore[arg-type]

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for name, help_text, callback in self._commands():
            score = matcher.match(name)
            if score > 0:
                yield Hit(score, matcher.highlight(name), callback, help=help_text)  # type: ignore[arg-type]
