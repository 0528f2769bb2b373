"""The whole workshop as one JSON document; the structure is documented in docs/export-json.md.

Identities (real names, contact) are left out unless asked for explicitly.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from workbench import __version__
from workbench.store import Store, now
from workbench.workshop import require_workshop

SCHEMA_VERSION = 1

# Later phases are written out table by table, in this order, with their own columns.
ANALYSIS_TABLES = {
    "codes": "SELECT * FROM codes ORDER BY position, name",
    "fragments": "SELECT * FROM fragments ORDER BY story_id, start, end",
    "codings": "SELECT * FROM codings ORDER BY fragment_id, code_id, coder",
    "memos": "SELECT * FROM memos ORDER BY created_at",
    # memos on the workshop, stories and factors, and the storytellers' attributes
    "object_memos": "SELECT * FROM object_memos ORDER BY created_at, rowid",
    "attributes": "SELECT * FROM attributes ORDER BY position, name",
    "attribute_values": "SELECT * FROM attribute_values ORDER BY storyteller_id, attribute_id",
    "calibrations": "SELECT * FROM calibrations ORDER BY created_at",
    "factors": "SELECT * FROM factors ORDER BY practice_id, position, name",
    "factor_elements": "SELECT * FROM factor_elements ORDER BY factor_id, position",
    "factor_fragments": "SELECT * FROM factor_fragments ORDER BY factor_id, fragment_id",
    "factor_codes": "SELECT * FROM factor_codes ORDER BY factor_id, code_id",
    "factor_quotes": "SELECT * FROM factor_quotes ORDER BY factor_id, position",
    "sessions": "SELECT * FROM sessions ORDER BY created_at",
    "session_factors": "SELECT * FROM session_factors ORDER BY session_id, position",
}
# The sounding boards' votes: participants are numbered, never named (``participants``).
BALLOT_TABLES = {
    "ballots": "SELECT * FROM ballots ORDER BY session_id, created_at, id",
    "ratings": "SELECT r.* FROM ratings r JOIN ballots b ON b.id = r.ballot_id "
               "ORDER BY b.session_id, r.ballot_id, r.factor_id, r.element_id",
    "dot_votes": "SELECT * FROM dot_votes ORDER BY ballot_id, factor_id",
    "rankings": "SELECT * FROM rankings ORDER BY ballot_id, rank",
    "additions": "SELECT * FROM additions ORDER BY session_id, created_at, id",
    "hand_counts": "SELECT * FROM hand_counts ORDER BY session_id, factor_id, kind",
    "session_cards": "SELECT * FROM session_cards ORDER BY session_id, created_at, id",
}


def build_document(store: Store, *, include_identities: bool = False) -> dict[str, Any]:
    """Everything in the workshop as plain data, stories with role, practice, topics, consent."""
    from workbench.exchange.people import interviewer_numbers, number, participant_numbers

    workshop = require_workshop(store)
    # the research team's names are real names too: numbered unless identities are asked
    numbers = {} if include_identities else interviewer_numbers(store)
    practices = store.all("SELECT id, name, description FROM practices ORDER BY name")
    practice_names = {p["id"]: p["name"] for p in practices}
    topic_lists = []
    for topic_list in store.all("SELECT * FROM topic_lists ORDER BY created_at"):
        topics = store.all(
            "SELECT id, position, label, label_en, question, question_en, roles FROM topics "
            "WHERE topic_list_id = ? ORDER BY position",
            [topic_list["id"]],
        )
        for topic in topics:
            topic["roles"] = json.loads(topic["roles"])
        topic_lists.append(
            {"id": topic_list["id"], "name": topic_list["name"],
             "name_en": topic_list["name_en"], "topics": topics}
        )
    storytellers = store.all(
        "SELECT id, pseudonym, role, role_label, practice_id, created_at FROM storytellers "
        "ORDER BY pseudonym"
    )
    by_teller = {s["id"]: s for s in storytellers}
    consents = store.all("SELECT * FROM consents ORDER BY recorded_at")
    latest: dict[str, dict[str, Any]] = {}
    for consent in consents:
        consent["recorded_by"] = number(numbers, consent["recorded_by"])
        consent["store"] = bool(consent["store"])
        consent["quotes"] = bool(consent["quotes"])
        latest[consent["storyteller_id"]] = consent
    topic_rows = store.all(
        "SELECT st.story_id, t.id, t.label, t.label_en, t.position FROM story_topics st "
        "JOIN topics t ON t.id = st.topic_id ORDER BY t.position"
    )
    topics_by_story: dict[str, list[dict[str, Any]]] = {}
    for row in topic_rows:
        topics_by_story.setdefault(row.pop("story_id"), []).append(row)
    stories = []
    for story in store.all("SELECT * FROM stories ORDER BY created_at, id"):
        teller = by_teller[story["storyteller_id"]]
        stories.append(
            {
                "id": story["id"],
                "title": story["title"],
                "practice": {
                    "id": story["practice_id"],
                    "name": practice_names.get(story["practice_id"]),
                },
                "storyteller": {
                    "id": teller["id"],
                    "pseudonym": teller["pseudonym"],
                    "role": teller["role"],
                    "role_label": teller["role_label"],
                },
                "topics": topics_by_story.get(story["id"], []),
                "language": story["language"],
                "mode": story["mode"],
                "interviewer": number(numbers, story["interviewer"]),
                "interpreter": bool(story["interpreter"]),
                "recorded_on": story["recorded_on"],
                "status": story["status"],
                "source": story["source"],
                "revision": story["revision"],
                "created_at": story["created_at"],
                "updated_at": story["updated_at"],
                "text": story["text"],
                "consent": _public_consent(latest.get(teller["id"])),
            }
        )
    document: dict[str, Any] = {
        "format": "workbench-export",
        "schema_version": SCHEMA_VERSION,
        "database_schema": store.schema_version,
        "workbench_version": __version__,
        "exported_at": now(),
        "workshop": {
            "id": workshop["id"],
            "name": workshop["name"],
            "description": workshop["description"],
            "topic_list_id": workshop["topic_list_id"],
        },
        "practices": practices,
        "topic_lists": topic_lists,
        "storytellers": storytellers,
        "stories": stories,
        "consents": consents,
        "withdrawals": store.all("SELECT * FROM withdrawals ORDER BY withdrawn_at"),
    }
    for name, sql in ANALYSIS_TABLES.items():
        document[name] = store.all(sql)
    labels = participant_numbers(store)
    document["participants"] = [
        {"id": p["id"], "session_id": p["session_id"], "number": labels[p["id"]],
         "role": p["role"], "checked_in_at": p["checked_in_at"]}
        for p in store.all("SELECT * FROM participants ORDER BY session_id, checked_in_at, id")]
    for name, sql in BALLOT_TABLES.items():
        document[name] = store.all(sql)
    if include_identities:
        document["identities"] = store.all(
            "SELECT storyteller_id, real_name, contact, notes FROM identities"
        )
    return document


def _public_consent(consent: dict[str, Any] | None) -> dict[str, Any] | None:
    if consent is None:
        return None
    keys = ("id", "store", "quotes", "method", "recorded_by", "text_version", "recorded_at")
    return {key: consent[key] for key in keys}


def write_json(store: Store, out: str | Path, *, include_identities: bool = False) -> Path:
    """Write the document to ``out`` (UTF-8, pretty-printed), via a temporary file."""
    out = Path(out)
    document = build_document(store, include_identities=include_identities)
    temporary = out.with_name(out.name + ".part")
    temporary.write_text(json.dumps(document, ensure_ascii=False, indent=2), encoding="utf-8")
    from workbench.exchange.safety import private

    private(temporary)  # stories are personal: readable by the owner only, like the db
    temporary.replace(out)
    return out
