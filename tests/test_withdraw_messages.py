"""Withdrawal: the question and the report read well for one story too."""

from __future__ import annotations

import pytest

from workbench.i18n import t


@pytest.mark.parametrize("language", ["nl", "en"])
@pytest.mark.parametrize("key", ["collect.withdraw.confirm", "collect.withdraw.done"])
def test_withdraw_messages_have_no_slashed_plurals(language, key):
    text = t(key, language, pseudonym="Reiger 49", stories=1, fragments=0, codings=0, quotes=0)
    assert "/" not in text
    assert "Reiger 49" in text and "1" in text
