"""The demo workshop: invented Dutch stories (stories.toml), coded, clustered, discussed.

``build_demo`` loads the content and then lets each phase add its part (``collect``,
``coding``, ``factors``, ``sessions``), so every screen has real-looking material.
"""

from __future__ import annotations

import tomllib
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from workbench import workshop
from workbench.collect import stories, topics
from workbench.store import Store

CONTENT = Path(__file__).with_name("stories.toml")


@dataclass
class DemoIds:
    """Keys in stories.toml mapped to the ids they got in the store."""

    data: dict[str, Any]
    practices: dict[str, str] = field(default_factory=dict)  # practice key -> id
    stories: dict[str, str] = field(default_factory=dict)  # story key -> id
    storytellers: dict[str, str] = field(default_factory=dict)  # pseudonym -> id
    topics: dict[int, str] = field(default_factory=dict)  # topic position -> id
    codes: dict[str, str] = field(default_factory=dict)  # code name -> id (coding step)
    fragments: dict[tuple[str, int], str] = field(default_factory=dict)  # (story key, i) -> id
    factors: dict[tuple[str, str], str] = field(default_factory=dict)  # (factor, practice) -> id


def load_content() -> dict[str, Any]:
    return tomllib.loads(CONTENT.read_text(encoding="utf-8"))


DEMO_KEY = "demo"


def is_demo(store: Store) -> bool:
    """Whether the file holds the demo workshop (marked when it was built), or nothing yet:
    only such a file may be replaced by ``workbench demo --force``."""
    from workbench.workshop import get_workshop

    try:
        if store.meta_get(DEMO_KEY) == "1":
            return True
        found = get_workshop(store)
        if found is None:
            return True
        # demos built before the mark: recognised by their own name and description
        data = load_content()["workshop"]
        return (found["name"], found["description"]) == (
            data["name"], data.get("description", ""))
    except Exception:  # no workshops table yet: nothing to lose
        return store.scalar("SELECT count(*) FROM sqlite_master WHERE name='workshops'") == 0


def build_demo(store: Store, progress: Callable[[str], None] | None = None) -> DemoIds:
    """Fill an empty store with the demo workshop."""
    from workbench.demo import coding as coding_step
    from workbench.demo import collect as collect_step
    from workbench.demo import factors as factors_step
    from workbench.demo import sessions as sessions_step

    data = load_content()
    ids = DemoIds(data=data)
    say = progress or (lambda _message: None)
    say("stories")
    w = workshop.create_workshop(
        store, data["workshop"]["name"], description=data["workshop"].get("description", "")
    )
    for row in topics.topics_for(store, w["topic_list_id"]):
        ids.topics[row["position"]] = row["id"]
    for practice in data["practices"]:
        ids.practices[practice["key"]] = workshop.add_practice(
            store, practice["name"], practice.get("description", "")
        )
    with store.transaction():
        for story in data["stories"]:
            _add_story(store, ids, w["topic_list_id"], story)
    for name, step in (
        ("collect", collect_step),
        ("coding", coding_step),
        ("factors", factors_step),
        ("sessions", sessions_step),
    ):
        say(name)
        step.populate(store, ids)
    # Last: things that must happen after everything else exists (e.g. a withdrawal,
    # which shows that everything derived from a story goes with it).
    for step in (collect_step, coding_step, factors_step, sessions_step):
        finish = getattr(step, "finish", None)
        if finish is not None:
            finish(store, ids)
    store.meta_set(DEMO_KEY, "1")
    return ids


def _add_story(store: Store, ids: DemoIds, topic_list_id: str, story: dict[str, Any]) -> None:
    practice_id = ids.practices[story["practice"]]
    teller = stories.add_storyteller(
        store,
        story["pseudonym"],
        story["role"],
        practice_id=practice_id,
        role_label=story.get("role_label", ""),
    )
    ids.storytellers[story["pseudonym"]] = teller
    if story.get("identity"):
        stories.set_identity(store, teller, **story["identity"])
    parts = [(ids.topics[p["topic"]], p["text"].strip()) for p in story.get("parts", [])]
    story_id = stories.add_story(
        store,
        storyteller_id=teller,
        practice_id=practice_id,
        parts=parts,
        topic_list_id=topic_list_id,
        mode=story.get("mode", "booth"),
        interviewer=story.get("interviewer", ""),
        interpreter=story.get("interpreter", False),
        recorded_on=story.get("recorded_on", ""),
        status=story.get("status", "complete"),
    )
    ids.stories[story["key"]] = story_id
    modes = {"booth": "booth", "interview": "verbal", "import": "paper"}
    method = modes[story.get("mode", "booth")]
    stories.record_consent(
        store,
        teller,
        store_story=True,
        quotes=story.get("consent_quotes", True),
        method=method,
        recorded_by="self" if method == "booth" else story.get("interviewer") or "facilitator",
        story_id=story_id,
    )
