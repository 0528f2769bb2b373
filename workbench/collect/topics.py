"""Topic lists: editable TOML templates in ``stories/`` and their rows in the store."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from workbench.errors import InvalidInput, NotFound
from workbench.store import Store, new_id, now

DEFAULT_TEMPLATE = "default"
ROLES = ("parent", "caregiver", "volunteer", "professional", "researcher")


def template_dirs() -> list[Path]:
    """Where templates are looked for: ./stories first, then the checkout's stories/."""
    here = Path.cwd() / "stories"
    shipped = Path(__file__).resolve().parent.parent.parent / "stories"
    return [d for d in dict.fromkeys([here, shipped]) if d.is_dir()]


def available_templates() -> list[str]:
    names: set[str] = set()
    for folder in template_dirs():
        names.update(p.stem for p in folder.glob("*.toml"))
    return sorted(names)


def find_template(name_or_path: str) -> Path:
    """A template given by name (``default``, ``life-domains``) or by path."""
    candidate = Path(name_or_path)
    if candidate.suffix == ".toml" and candidate.is_file():
        return candidate
    for folder in template_dirs():
        path = folder / f"{name_or_path}.toml"
        if path.is_file():
            return path
    raise NotFound(
        "error.no_template", name=name_or_path, available=", ".join(available_templates()) or "-"
    )


def load_template(path: Path) -> dict[str, Any]:
    """Parse and check a template file; errors name the file and the problem."""
    import tomllib  # only init and the topics commands read templates

    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as error:
        raise InvalidInput("error.bad_template", path=str(path), reason=str(error)) from error
    topics = data.get("topics")
    if not data.get("name") or not isinstance(topics, list) or not topics:
        raise InvalidInput("error.bad_template", path=str(path), reason="name/topics")
    for topic in topics:
        if not topic.get("label"):
            raise InvalidInput("error.bad_template", path=str(path), reason="topic without label")
        bad = set(topic.get("roles", [])) - set(ROLES)
        if bad:
            raise InvalidInput("error.bad_template", path=str(path), reason=f"roles {sorted(bad)}")
    return data


def add_topic_list(store: Store, data: dict[str, Any], template: str = "") -> str:
    """Store a topic list (as parsed from a template) and return its id."""
    import json  # json and tomllib are not needed before the first screen

    list_id = new_id()
    with store.transaction():
        store.table("topic_lists").insert(
            {
                "id": list_id,
                "name": data["name"],
                "name_en": data.get("name_en", ""),
                "template": template,
                "created_at": now(),
            }
        )
        store.table("topics").insert_all(
            {
                "id": new_id(),
                "topic_list_id": list_id,
                "position": position,
                "label": topic["label"],
                "label_en": topic.get("label_en", ""),
                "question": topic.get("question", ""),
                "question_en": topic.get("question_en", ""),
                "roles": json.dumps(topic.get("roles", [])),
            }
            for position, topic in enumerate(data["topics"], start=1)
        )
    return list_id


def topics_for(
    store: Store, topic_list_id: str, role: str | None = None, *, include_retired: bool = False
) -> list[dict[str, Any]]:
    """The topics of a list in order, only those that apply to ``role`` if given.

    Retired topics are left out (the booth and the interview no longer ask them) unless
    ``include_retired``; stories told under them keep them through ``story_topics``.
    """
    import json

    rows = store.all(
        "SELECT * FROM topics WHERE topic_list_id = ? ORDER BY position", [topic_list_id]
    )
    if not include_retired:
        rows = [row for row in rows if not row.get("retired_at")]
    for row in rows:
        row["roles"] = json.loads(row["roles"])
    if role is None:
        return rows
    return [row for row in rows if not row["roles"] or role in row["roles"]]


def localized(row: dict[str, Any], field: str, language: str) -> str:
    """``label``/``question`` in the UI language, falling back to Dutch."""
    if language == "en" and row.get(f"{field}_en"):
        return row[f"{field}_en"]
    return row[field]
