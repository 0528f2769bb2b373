"""What the fuzz suites share: their hypothesis settings and a small coded workshop."""

from __future__ import annotations

import os
from collections.abc import Sequence

from hypothesis import HealthCheck, settings

from workbench import workshop
from workbench.coding import codebook
from workbench.coding import fragments as coding
from workbench.collect import stories
from workbench.store import Store


def fuzz_settings(default: int) -> settings:
    """``default`` examples per property; more for a long hunt with
    WORKBENCH_FUZZ=hunt WORKBENCH_FUZZ_EXAMPLES=2000 pytest tests/test_fuzz*.py (fresh
    examples; by default every run draws the same ones, see conftest.py)"""
    return settings(max_examples=int(os.environ.get("WORKBENCH_FUZZ_EXAMPLES", default)),
                    deadline=None,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])


def coded_store(name: str, practice: str, tellers: Sequence[tuple[str, str]],
                coded_chars: int) -> Store:
    """A memory workshop: one story per (pseudonym, text), consented, its first
    ``coded_chars`` characters coded "Erbij horen" by Lotte."""
    store = Store.memory()
    workshop.create_workshop(store, name)
    practice_id = workshop.add_practice(store, practice)
    code = codebook.add_code(store, "Erbij horen")
    for pseudonym, text in tellers:
        teller = stories.add_storyteller(store, pseudonym, "parent", practice_id=practice_id)
        story = stories.add_story(store, storyteller_id=teller, practice_id=practice_id,
                                  text=text)
        stories.record_consent(store, teller, store_story=True, quotes=True, method="booth",
                               story_id=story)
        coding.code_selection(store, story, 0, coded_chars, [code], "Lotte")
    return store
