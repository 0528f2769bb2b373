"""`export json` holds the whole workshop, ballots included (participants numbered), and no
anonymised export or bundle holds a real name: not of storytellers, not of interviewers."""

from __future__ import annotations

import json
import zipfile

from click.testing import CliRunner

from workbench import access
from workbench.cli import main
from workbench.collect import stories
from workbench.store import Store

INTERVIEWER = "Marieke van Dongen"


def run(db, *args):
    result = CliRunner().invoke(main, ["--db", str(db), *args])
    assert result.exit_code == 0, result.output
    return result


def with_interview(demo_store) -> str:
    s = demo_store
    practice = s.scalar("SELECT id FROM practices LIMIT 1")
    teller = stories.add_storyteller(s, "Zeynep", "parent", practice_id=practice)
    stories.record_consent(s, teller, store_story=True, quotes=True, method="verbal",
                           recorded_by=INTERVIEWER)
    stories.add_story(s, storyteller_id=teller, practice_id=practice, mode="interview",
                      interviewer=INTERVIEWER, text="Samen koken in het buurthuis.")
    if not access.has_pin(s):
        access.set_pin(s, "2468")
    path = s.path
    s.close()
    return path


def test_export_json_holds_the_ballots_with_numbered_participants(demo_store, tmp_path):
    labels = {r["label"] for r in demo_store.all("SELECT label FROM participants")}
    ballots = demo_store.scalar("SELECT count(*) FROM ballots")
    assert ballots and labels
    db = with_interview(demo_store)
    run(db, "export", "json", str(tmp_path / "kwp.json"))
    document = json.loads((tmp_path / "kwp.json").read_text("utf-8"))
    assert len(document["ballots"]) == ballots
    assert document["ratings"] and document["participants"]
    assert {p["number"].split()[0] for p in document["participants"]} == {"deelnemer"}
    assert all("label" not in p for p in document["participants"])
    by_id = {p["id"] for p in document["participants"]}
    assert {b["participant_id"] for b in document["ballots"]} <= by_id
    # the check-in names (a pseudonym, or what someone typed) are nowhere in the votes
    votes = json.dumps({k: document[k] for k in ("participants", "ballots", "ratings",
                                                 "dot_votes", "rankings")}, ensure_ascii=False)
    for label in labels:
        assert f'"{label}"' not in votes


def test_anonymised_exports_hold_no_interviewer_name(demo_store, tmp_path):
    db = with_interview(demo_store)
    run(db, "export", "json", str(tmp_path / "kwp.json"))
    run(db, "export", "csv", "stories", str(tmp_path / "stories.csv"))
    run(db, "export", "qdpx", str(tmp_path / "kwp.qdpx"))
    run(db, "bundle", str(tmp_path / "kwp.wbb"))
    blobs = {
        "json": (tmp_path / "kwp.json").read_bytes(),
        "csv": (tmp_path / "stories.csv").read_bytes(),
    }
    for name in ("kwp.qdpx", "kwp.wbb"):
        with zipfile.ZipFile(tmp_path / name) as zf:
            blobs[name] = b"".join(zf.read(n) for n in zf.namelist())
    for where, blob in blobs.items():
        assert INTERVIEWER.encode() not in blob, where
    assert b"interviewer " in blobs["json"] and b"interviewer " in blobs["csv"]
    document = json.loads(blobs["json"])
    mine = [s for s in document["stories"] if s["storyteller"]["pseudonym"] == "Zeynep"]
    assert mine[0]["interviewer"].startswith("interviewer ")
    assert mine[0]["consent"]["recorded_by"] == mine[0]["interviewer"]
    # with the PIN, asked for explicitly, the names are there
    run(db, "export", "json", str(tmp_path / "full.json"), "--include-identities",
        "--pin", "2468")
    assert INTERVIEWER in (tmp_path / "full.json").read_text("utf-8")
    run(db, "bundle", str(tmp_path / "full.wbb"), "--include-identities", "--pin", "2468")
    with zipfile.ZipFile(tmp_path / "full.wbb") as zf:
        assert INTERVIEWER.encode() in zf.read("tables/stories.jsonl")


def test_a_numbered_bundle_never_overwrites_the_names_here(demo_store, tmp_path):
    db = with_interview(demo_store)
    run(db, "bundle", str(tmp_path / "kwp.wbb"))
    b = tmp_path / "b.db"
    run(b, "join", str(tmp_path / "kwp.wbb"))
    run(b, "bundle", str(tmp_path / "b.wbb"))
    run(db, "merge", str(tmp_path / "b.wbb"))
    s = Store.open(db)
    try:
        assert s.scalar("SELECT count(*) FROM stories WHERE interviewer = ?", [INTERVIEWER]) == 1
        assert s.scalar("SELECT count(*) FROM consents WHERE recorded_by = ?", [INTERVIEWER]) == 1
    finally:
        s.close()
