"""Drafts of text being typed in an editor (memos): kept while typing, offered again after a
crash, dropped when saved or cancelled, removed with a withdrawn teller's story, and never
in a bundle. In a real terminal: a memo typed and the laptop killed comes back."""

from __future__ import annotations

import zipfile

import pytest
from analysis_data import build
from terminal import Terminal

from workbench import drafts, workshop
from workbench.collect import stories, withdrawal
from workbench.exchange.bundle import write_bundle
from workbench.store import Store


@pytest.fixture
def store(tmp_path):
    opened = Store.open(tmp_path / "kwp.db")
    workshop.create_workshop(opened, "Proef")
    practice = workshop.add_practice(opened, "Speelgroep De Vlinder")
    teller = stories.add_storyteller(opened, "Roos", "parent", practice_id=practice)
    stories.record_consent(opened, teller, store_story=True, quotes=True, method="verbal")
    opened.story = stories.add_story(  # type: ignore[attr-defined]
        opened, storyteller_id=teller, practice_id=practice, text="Een verhaal over de groep.")
    yield opened
    opened.close()


def test_a_draft_is_kept_replaced_and_dropped(store):
    assert drafts.find(store, "memo:project") is None
    drafts.keep(store, "memo:project", "Eerste")
    drafts.keep(store, "memo:project", "Eerste zin, en meer")
    assert drafts.find(store, "memo:project") == "Eerste zin, en meer"
    drafts.drop(store, "memo:project")
    assert drafts.find(store, "memo:project") is None


def test_withdrawing_the_teller_removes_the_draft_about_their_story(store):
    drafts.keep(store, f"memo:story:{store.story}", "Roos vertelde over haar buurvrouw",
                story_id=store.story)
    drafts.keep(store, "memo:project", "Algemeen")
    withdrawal.withdraw(store, "Roos")
    assert drafts.find(store, f"memo:story:{store.story}") is None
    assert drafts.find(store, "memo:project") == "Algemeen"


def test_drafts_stay_on_their_laptop(store, tmp_path):
    drafts.keep(store, "memo:project", "Nog niet af")
    out = tmp_path / "b.wbbundle"
    write_bundle(store, out)
    with zipfile.ZipFile(out) as bundle:
        assert not [n for n in bundle.namelist() if "drafts" in n]
        assert all(b"Nog niet af" not in bundle.read(n) for n in bundle.namelist())


@pytest.mark.slow
def test_a_story_memo_typed_before_a_crash_comes_back(tmp_path):
    path = tmp_path / "kwp.db"
    opened = Store.open(path)
    workshop.create_workshop(opened, "Proef")
    workshop.add_practice(opened, "Speelgroep De Vlinder")
    workshop.add_practice(opened, "Buurthuiskamer Oost")
    build(opened)
    opened.meta_set("coding_last_coder", "Lisa")
    opened.close()

    def open_memo(term: Terminal) -> None:
        term.wait_for("Coderen")
        term.press("2")
        term.wait_for("Chaima")
        term.press("enter")
        term.wait_for("Verhaal van Chaima")
        term.press("v")
        term.wait_for("Memo bij het verhaal")

    term = Terminal(["--db", str(path)], width=120, height=40)
    try:
        open_memo(term)
        term.type("Vergelijk met ", per_second=8)
        term.paste("het verhaal van Amal")
        term.type(" EINDE", per_second=8)
        term.wait_for("EINDE")
        term.wait_until(lambda: _draft(path).endswith("EINDE"), "the draft kept while typing")
        term.kill()
    finally:
        term.close()
    assert _draft(path) == "Vergelijk met het verhaal van Amal EINDE"
    term = Terminal(["--db", str(path)], width=120, height=40)
    try:
        open_memo(term)
        term.wait_for("Amal EINDE")  # the text is back in the editor
        term.press("\x13")  # Ctrl+S
        term.wait_until(lambda: _memo(path) is not None, "the memo saved")
        assert _draft(path) == ""  # dropped once saved
    finally:
        term.close()
    reopened = Store.open(path)
    try:
        assert reopened.scalar("SELECT text FROM object_memos WHERE kind = 'story'") == \
            "Vergelijk met het verhaal van Amal EINDE"
    finally:
        reopened.close()


def _memo(path) -> str | None:
    opened = Store.open(path)
    try:
        return opened.scalar("SELECT text FROM object_memos WHERE kind = 'story'")
    finally:
        opened.close()


def _draft(path) -> str:
    opened = Store.open(path)
    try:
        return opened.scalar("SELECT group_concat(text) FROM drafts") or ""
    finally:
        opened.close()
