"""Managing the workshop's topic list: show, add, reword, retire, export.

Topics are never deleted: stories point at them through ``story_topics``. A retired
topic is no longer asked (``topics.topics_for`` leaves it out) but keeps its stories and
its place, and can be taken back into use. Rewording a topic changes it for old stories
too: the topic is the same, only its words changed.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from workbench import workshop
from workbench.collect import topics
from workbench.errors import InvalidInput, NotFound
from workbench.store import Store, new_id, now

EDITABLE = ("label", "label_en", "question", "question_en")


@dataclass(frozen=True)
class TopicRow:
    """One topic of the list as the facilitator sees it."""

    id: str
    number: int
    label: str
    label_en: str
    question: str
    question_en: str
    roles: list[str]
    retired: bool
    stories: int


def current_list_id(store: Store) -> str:
    """The id of the workshop's topic list (one workshop per file)."""
    found = workshop.require_workshop(store)["topic_list_id"]
    if not found:
        raise NotFound("topics.error.no_list")
    return found


def list_topics(store: Store, *, include_retired: bool = True) -> list[TopicRow]:
    """The topics in order, with how many stories were told under each."""
    rows = store.all(
        """
        SELECT t.*, (SELECT count(*) FROM story_topics st WHERE st.topic_id = t.id) AS n
        FROM topics t WHERE t.topic_list_id = ? ORDER BY t.position
        """,
        [current_list_id(store)],
    )
    result = [
        TopicRow(
            id=row["id"], number=row["position"], label=row["label"],
            label_en=row["label_en"], question=row["question"],
            question_en=row["question_en"], roles=json.loads(row["roles"]),
            retired=bool(row["retired_at"]), stories=row["n"],
        )
        for row in rows
    ]
    return [row for row in result if include_retired or not row.retired]


def find_topic(store: Store, ref: str) -> TopicRow:
    """A topic by its number, its id, or its (Dutch or English) label, case-insensitive."""
    wanted = ref.strip()
    rows = list_topics(store)
    for row in rows:
        if (wanted.isdigit() and row.number == int(wanted)) or row.id == wanted:
            return row
    for row in rows:
        if wanted.casefold() in (row.label.casefold(), row.label_en.casefold()):
            return row
    raise NotFound("topics.error.not_found", ref=ref,
                   available=", ".join(str(r.number) for r in rows) or "-")


def _check_roles(roles: list[str]) -> list[str]:
    bad = sorted(set(roles) - set(topics.ROLES))
    if bad:
        raise InvalidInput("error.bad_role", role=", ".join(bad), roles=", ".join(topics.ROLES))
    return [r for r in topics.ROLES if r in roles]


def _check_label(label: str) -> str:
    label = label.strip()
    if not label:
        raise InvalidInput("topics.error.empty_label")
    if "\n" in label or len(label) > 120:
        raise InvalidInput("topics.error.bad_label")
    return label


def add_topic(
    store: Store, label: str, question: str = "", *, label_en: str = "",
    question_en: str = "", roles: list[str] | None = None,
) -> TopicRow:
    """Add a topic at the end of the list; the booth asks it from now on."""
    label = _check_label(label)
    list_id = current_list_id(store)
    checked = _check_roles(roles or [])
    topic_id = new_id()
    with store.transaction():
        position = (store.scalar("SELECT max(position) FROM topics WHERE topic_list_id = ?",
                                 [list_id]) or 0) + 1
        store.table("topics").insert({
            "id": topic_id, "topic_list_id": list_id, "position": position, "label": label,
            "label_en": label_en.strip(), "question": question.strip(),
            "question_en": question_en.strip(), "roles": json.dumps(checked),
        })
    return find_topic(store, topic_id)


def edit_topic(store: Store, ref: str, *, roles: list[str] | None = None,
               **changes: str | None) -> TopicRow:
    """Reword a topic (``label``, ``label_en``, ``question``, ``question_en``) or change
    the roles it is asked of; fields given as None stay as they are."""
    row = find_topic(store, ref)
    values: dict[str, Any] = {}
    for name, value in changes.items():
        if name not in EDITABLE:
            raise InvalidInput("topics.error.bad_field", field=name)
        if value is not None:
            values[name] = _check_label(value) if name == "label" else value.strip()
    if roles is not None:
        values["roles"] = json.dumps(_check_roles(roles))
    if values:
        with store.transaction():
            store.table("topics").update(row.id, values)
    return find_topic(store, row.id)


def retire_topic(store: Store, ref: str, *, retired: bool = True) -> TopicRow:
    """Stop asking a topic (or, with ``retired=False``, ask it again). Its stories stay."""
    row = find_topic(store, ref)
    with store.transaction():
        store.table("topics").update(row.id, {"retired_at": now() if retired else None})
    return find_topic(store, row.id)


def _toml_string(value: str) -> str:
    # A JSON string is a valid TOML basic string (same escapes), non-ASCII kept readable.
    return json.dumps(value, ensure_ascii=False)


def export_toml(store: Store) -> str:
    """The topics still in use as a template that ``workbench init --template`` reads."""
    found = store.one("SELECT * FROM topic_lists WHERE id = ?", [current_list_id(store)])
    assert found is not None  # the workshop points at it
    lines = [
        "# Topiclijst, geëxporteerd uit workbench. Topic list exported from workbench.",
        "# Rollen / roles: " + ", ".join(topics.ROLES),
        "",
        f"name = {_toml_string(found['name'])}",
    ]
    if found["name_en"]:
        lines.append(f"name_en = {_toml_string(found['name_en'])}")
    for row in list_topics(store, include_retired=False):
        lines += ["", "[[topics]]", f"label = {_toml_string(row.label)}"]
        for name in ("label_en", "question", "question_en"):
            if getattr(row, name):
                lines.append(f"{name} = {_toml_string(getattr(row, name))}")
        if row.roles:
            lines.append("roles = [" + ", ".join(_toml_string(r) for r in row.roles) + "]")
    return "\n".join(lines) + "\n"


def list_name(store: Store, language: str) -> str:
    found = store.one("SELECT * FROM topic_lists WHERE id = ?", [current_list_id(store)])
    assert found is not None
    return topics.localized(found, "name", language)
