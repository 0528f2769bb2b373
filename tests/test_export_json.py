"""The JSON export of the demo matches the structure documented in docs/export-json.md."""

from __future__ import annotations

import json
import re
from pathlib import Path

from click.testing import CliRunner

from workbench.cli import main
from workbench.exchange.jsondoc import build_document

DOC = Path(__file__).resolve().parent.parent / "docs" / "export-json.md"


def documented_fields() -> dict[str, set[str]]:
    """Field names per '### section' of the documentation's tables."""
    sections: dict[str, set[str]] = {}
    current = None
    for line in DOC.read_text(encoding="utf-8").splitlines():
        if line.startswith("### "):
            current = line[4:].strip()
            sections[current] = set()
        elif current and (match := re.match(r"\| `([a-z_]+)` \|", line)):
            sections[current].add(match.group(1))
    return sections


def test_documentation_lists_every_section():
    assert {"document", "topics[]", "storytellers[]", "stories[]", "consent"} <= set(
        documented_fields())


def test_demo_export_matches_documented_structure(demo_store, tmp_path):
    out = tmp_path / "demo.json"
    result = CliRunner().invoke(main, ["--db", str(demo_store.path), "export", "json", str(out)])
    assert result.exit_code == 0, result.output
    document = json.loads(out.read_text(encoding="utf-8"))
    fields = documented_fields()
    assert set(document) == fields["document"] - {"identities"}
    assert document["format"] == "workbench-export"
    assert document["schema_version"] == 1
    for topic_list in document["topic_lists"]:
        for topic in topic_list["topics"]:
            assert set(topic) == fields["topics[]"]
    for teller in document["storytellers"]:
        assert set(teller) == fields["storytellers[]"]
    assert len(document["stories"]) >= 30
    practices = {p["id"]: p["name"] for p in document["practices"]}
    roles_seen = set()
    for story in document["stories"]:
        assert set(story) == fields["stories[]"]
        assert story["practice"]["name"] == practices[story["practice"]["id"]]
        assert story["storyteller"]["role"] in {
            "parent", "caregiver", "volunteer", "professional", "researcher"}
        roles_seen.add(story["storyteller"]["role"])
        assert story["consent"] is not None and set(story["consent"]) == fields["consent"]
        assert story["consent"]["store"] is True
        if story["status"] != "interrupted" and story["mode"] != "import":
            assert story["topics"], story["id"]  # told along the topic list
    assert roles_seen == {"parent", "caregiver", "volunteer", "professional", "researcher"}


def test_demo_export_has_no_identities_by_default(demo_store):
    identities = demo_store.all("SELECT real_name, contact FROM identities")
    assert identities, "the demo keeps a few identities apart"
    text = json.dumps(build_document(demo_store), ensure_ascii=False)
    for identity in identities:
        assert identity["real_name"] not in text
        assert identity["contact"] not in text
    with_ids = build_document(demo_store, include_identities=True)
    assert {i["real_name"] for i in with_ids["identities"]} == {
        i["real_name"] for i in identities}


def test_memos_and_attributes_are_in_the_json(store, tmp_path):
    from workbench.coding import memos
    from workbench.collect import attributes, stories
    from workbench.exchange.jsondoc import build_document

    teller = stories.add_storyteller(store, "Merel 3", "parent")
    memos.add_memo(store, "project", "", "Onze afspraken over het coderen.")
    attribute = attributes.add_attribute(store, "Taal", "text")
    attributes.set_value(store, teller, attribute, "Turks")
    doc = build_document(store)
    assert [m["text"] for m in doc["object_memos"]] == ["Onze afspraken over het coderen."]
    assert doc["attributes"][0]["name"] == "Taal"
    assert doc["attribute_values"][0]["value"] == "Turks"
