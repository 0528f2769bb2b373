"""QA pass 2, the pseudonymisation assistant: finding kinds in plain words."""

from __future__ import annotations

from workbench.i18n import set_language, t


def test_capitalised_word_finding_is_named_in_plain_english():
    set_language("en")
    try:
        label = t("collect.kind.capital")
    finally:
        set_language("nl")
    assert label != "capital"
    assert "name" in label or "capitalised" in label
