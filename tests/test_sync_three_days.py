"""A facilitator's three days on two laptops, replayed with two real files and the CLI.

Day 1: laptop A starts the workshop, laptop B joins from A's bundle, B collects stories
(one with a real name in it, one of a storyteller who will withdraw, coded with a memo).
Day 2: B's bundle is merged into A; A pseudonymises and marks the story ready for coding;
A and B sync both ways; then B's FIRST bundle is merged into A again: nothing goes back.
Day 3: B withdraws a storyteller; old bundles holding that person are merged afterwards;
the same story is edited on both laptops (a real conflict, listed). Both laptops end at
the newest state, identical.
"""

from __future__ import annotations

import pytest
from click.testing import CliRunner
from exchange_data import add_code, add_fragment

from workbench.cli import main
from workbench.collect import pseudonyms, stories
from workbench.exchange.bundle import NAMED_COLUMNS, syncable_tables
from workbench.store import Store, new_id, now

REAL_NAME = "Fatima Yilmaz"


def run(db, *args):
    result = CliRunner().invoke(main, ["--db", str(db), *args])
    assert result.exit_code == 0, result.output
    return result.output


def opened(db) -> Store:
    return Store.open(db, create=False)


def tell(db, pseudonym: str, text: str) -> str:
    s = opened(db)
    try:
        practice = s.scalar("SELECT id FROM practices LIMIT 1")
        teller = stories.add_storyteller(s, pseudonym, "parent", practice_id=practice)
        return stories.add_story(s, storyteller_id=teller, practice_id=practice, text=text,
                                 mode="interview", interviewer="Sanne")
    finally:
        s.close()


def state(db) -> dict[str, list]:
    """Everything that travels, as a comparable value. Interviewers' names travel only
    in bundles with identities (numbered otherwise), so they are compared apart."""
    s = opened(db)
    try:
        out = {t: s.all(f"SELECT * FROM {t} ORDER BY 1, 2")
               for t in syncable_tables(s, include_identities=False)}
    finally:
        s.close()
    for table, columns in NAMED_COLUMNS.items():
        for row in out[table]:
            for column in columns:
                row[column] = "interviewer" if row[column] not in ("", "self") else row[column]
    return out


def query(db, sql: str, params=()):
    s = opened(db)
    try:
        return s.scalar(sql, list(params))
    finally:
        s.close()


@pytest.fixture
def laptops(tmp_path):
    a, b = tmp_path / "laptop-a" / "kwp.db", tmp_path / "laptop-b" / "kwp.db"
    a.parent.mkdir()
    b.parent.mkdir()
    run(a, "init", "Kenniswerkplaats De Vlinder", "--no-pin", "--practice",
        "Speelgroep De Vlinder")
    return a, b


def test_three_days_two_laptops_nothing_goes_back_in_time(laptops, tmp_path):
    a, b = laptops
    bundles = tmp_path / "stick"
    bundles.mkdir()
    # --- day 1: B joins; B collects
    tell(a, "Amina", "Ik kom elke week naar de speelgroep. De koffie staat altijd klaar.")
    run(a, "bundle", str(bundles / "a0.wbb"))
    out = run(b, "join", str(bundles / "a0.wbb"))
    assert "Kenniswerkplaats De Vlinder" in out
    assert query(b, "SELECT count(*) FROM topic_lists") == 1
    assert query(b, "SELECT id FROM workshops") == query(a, "SELECT id FROM workshops")
    story = tell(b, "Rosa", f"Mijn buurvrouw {REAL_NAME} nam mij mee naar de speelgroep.")
    noor_story = tell(b, "Noor", "Ik voelde me alleen. In de groep vond ik steun bij andere "
                                 "moeders en ik bel Noor's zus 06-12345678 niet meer.")
    s = opened(b)
    code = add_code(s, "Steun van andere ouders")
    fragment = add_fragment(s, noor_story, 0, 24, [code])
    s.db["memos"].insert({"id": new_id(), "code_id": None, "fragment_id": fragment,
                          "text": "Mooi citaat van Noor.", "author": "Sanne",
                          "created_at": now(), "updated_at": now()})
    s.close()
    run(b, "bundle", str(bundles / "b1.wbb"))

    # --- day 2: A merges B, pseudonymises and marks ready; sync both ways
    out = run(a, "merge", str(bundles / "b1.wbb"))
    assert "2 nieuw" not in out and "Samengevoegd" in out
    s = opened(a)
    pseudonyms.apply(s, {REAL_NAME: "[naam buurvrouw]"}, by="Sanne")
    pseudonyms.mark_passed(s, story, "Sanne", force=True)
    s.close()
    run(a, "bundle", str(bundles / "a1.wbb"))
    run(b, "merge", str(bundles / "a1.wbb"))
    run(b, "bundle", str(bundles / "b2.wbb"))
    run(a, "merge", str(bundles / "b2.wbb"))
    before = state(a)
    out = run(a, "merge", str(bundles / "b1.wbb"))  # B's FIRST bundle, again
    assert "ouder dan een bundel van die laptop" in out
    assert "0 nieuw, 0 bijgewerkt" in out
    assert state(a) == before
    assert REAL_NAME not in query(a, "SELECT text FROM stories WHERE id = ?", [story])
    assert query(a, "SELECT status FROM stories WHERE id = ?", [story]) == "ready"
    s = opened(a)
    assert pseudonyms.passed(s, story)
    s.close()
    run(b, "merge", str(bundles / "b2.wbb"))  # B's own older bundle on B: nothing either
    assert REAL_NAME not in query(b, "SELECT text FROM stories WHERE id = ?", [story])
    assert query(b, "SELECT status FROM stories WHERE id = ?", [story]) == "ready"

    # --- day 3: Noor withdraws on B; old bundles holding her are merged afterwards
    run(b, "withdraw", "Noor", "--yes")
    run(b, "bundle", str(bundles / "b3.wbb"))
    out = run(a, "merge", str(bundles / "b3.wbb"))
    assert "1 terugtrekkingen" in out
    for old in ("b1.wbb", "b2.wbb"):  # held Noor, her fragment and its memo
        out = run(a, "merge", str(bundles / old))
        assert "weggelaten" in out
    run(b, "merge", str(bundles / "a1.wbb"))
    for db in (a, b):
        assert query(db, "SELECT count(*) FROM storytellers WHERE pseudonym = 'Noor'") == 0
        assert query(db, "SELECT count(*) FROM stories WHERE id = ?", [noor_story]) == 0
        assert query(db, "SELECT count(*) FROM memos WHERE text LIKE '%Noor%'") == 0
        assert query(db, "SELECT count(*) FROM withdrawals") == 1

    # a real conflict: the same story edited on both laptops since they last met
    s = opened(a)
    text = s.scalar("SELECT text FROM stories WHERE id = ?", [story])
    stories.set_text(s, story, text + " Nu ga ik zelf ook koffie zetten.")
    s.close()
    s = opened(b)
    stories.set_text(s, story, text + " Mijn dochter speelt er graag.")
    s.close()
    run(b, "bundle", str(bundles / "b4.wbb"))
    out = run(a, "merge", str(bundles / "b4.wbb"))
    assert "Conflict" in out
    listed = run(a, "conflicts")
    assert "Rosa" in listed and "andere versie" in listed
    texts = {r for r in [query(a, "SELECT group_concat(text, '|') FROM stories")]}
    assert "koffie zetten" in next(iter(texts)) and "speelt er graag" in next(iter(texts))
    # the last sync both ways: both laptops at the newest state, the same
    run(a, "bundle", str(bundles / "a4.wbb"))
    run(b, "merge", str(bundles / "a4.wbb"))
    run(b, "bundle", str(bundles / "b5.wbb"))
    run(a, "merge", str(bundles / "b5.wbb"))
    assert state(a) == state(b)
    assert query(a, "SELECT count(*) FROM stories WHERE text LIKE ?", ["%" + REAL_NAME + "%"]) == 0
    assert "Rosa" in run(b, "conflicts")
    # and merging any old bundle once more changes nothing on either laptop
    final = state(a)
    for old in ("a0.wbb", "a1.wbb", "a4.wbb", "b1.wbb", "b2.wbb", "b3.wbb", "b4.wbb"):
        run(a, "merge", str(bundles / old))
        run(b, "merge", str(bundles / old))
    assert state(a) == final == state(b)
