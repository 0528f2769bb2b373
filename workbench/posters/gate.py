"""The privacy gate: which quotes may appear on paper.

A quote prints only when its storyteller's latest consent allows quotes, its story passed
the pseudonymisation check (``workbench.collect.pseudonyms.passed``), the storyteller has not
withdrawn, and the story still holds the quoted words (a story edited after the quote was
marked may have had a name removed that the quote's copy still carries). When the
pseudonymisation module is not installed nothing counts as checked, so nothing unchecked
ever prints.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from workbench.collect import pseudonyms
from workbench.store import Store

NO_CONSENT = "no_consent"
NOT_CHECKED = "not_checked"
WITHDRAWN = "withdrawn"
CHANGED = "changed"
REASONS = (NO_CONSENT, NOT_CHECKED, WITHDRAWN, CHANGED)


@dataclass(frozen=True)
class QuoteProblem:
    """One quote that may not be printed, with what stops it."""

    factor_id: str
    factor_name: str
    practice: str
    fragment_id: str
    story_id: str
    storyteller: str  # the pseudonym, so the facilitator can find the story
    reason: str  # one of REASONS
    excerpt: str

    def describe(self, language: str | None = None) -> str:
        """One line for the facilitator: which quote, why, and what to do."""
        from workbench.i18n import t

        where = f"{self.factor_name} ({self.practice})" if self.practice else self.factor_name
        return t("posters.problem_line", language, factor=where, storyteller=self.storyteller,
                 excerpt=self.excerpt, reason=t(f"posters.reason.{self.reason}", language))


class Gate:
    """Judges quotes against the privacy rules; one per print plan (it caches per story)."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self._checked: dict[str, bool] = {}
        self._consent: dict[str, bool] = {}
        self._withdrawn = {
            row["storyteller_id"]
            for row in store.all("SELECT storyteller_id FROM withdrawals")
        }

    def reason(self, quote: dict[str, Any]) -> str | None:
        """Why ``quote`` may not print, or None when it may.

        ``quote`` needs storyteller_id, story_id, text and story_slice (the story's text
        at the fragment's offsets now).
        """
        teller = quote["storyteller_id"]
        if teller is None or teller in self._withdrawn:
            return WITHDRAWN
        if not self._consents(teller):
            return NO_CONSENT
        if quote["story_slice"] != quote["text"]:
            return CHANGED
        if not self._scan_passed(quote["story_id"]):
            return NOT_CHECKED
        return None

    def _consents(self, storyteller_id: str) -> bool:
        if storyteller_id not in self._consent:
            row = self.store.one(
                "SELECT quotes FROM consents WHERE storyteller_id = ? "
                "ORDER BY recorded_at DESC, rowid DESC LIMIT 1",
                [storyteller_id],
            )
            self._consent[storyteller_id] = bool(row and row["quotes"])
        return self._consent[storyteller_id]

    def _scan_passed(self, story_id: str) -> bool:
        if story_id not in self._checked:
            try:
                self._checked[story_id] = bool(pseudonyms.passed(self.store, story_id))
            except Exception:  # a failing check must never let a quote through
                self._checked[story_id] = False
        return self._checked[story_id]
