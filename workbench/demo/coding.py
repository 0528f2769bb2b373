"""Demo step for coding: a codebook seeded from the topic list, coded fragments in every
practice, a few memos and validations, and a finished calibration session."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from workbench.coding import calibration, codebook
from workbench.coding import fragments as coding

if TYPE_CHECKING:
    from workbench.demo import DemoIds
    from workbench.store import Store

CODERS = ("Onderzoeker Lisa", "Onderzoeker Omar")
VALIDATOR = "Jeugdprofessional Anouk"
INDUCTIVE_CATEGORY = "Nieuw"
CODE_MEMOS = {
    "Taal als drempel": "Komt bij de Vlinder en Moederkracht steeds terug, vaak samen met "
                        "schaamte. Vragen bij de klankbordgroep of dit herkend wordt.",
    "Laagdrempelig": "Let op het verschil tussen 'zonder afspraak' en 'zonder oordeel'; "
                     "misschien later splitsen.",
}
FRAGMENT_MEMOS = {
    ("s01", 3): "Mooi citaat voor de poster over herkenning.",
}


def populate(store: Store, ids: DemoIds) -> None:
    """Codebook, fragments and codings from stories.toml; fills ``ids.codes`` and
    ``ids.fragments`` for the factor step."""
    with store.transaction():
        _codebook(store, ids)
        _fragments(store, ids)


def finish(store: Store, ids: DemoIds) -> None:
    """The calibration session comes last, after a withdrawal may have removed stories."""
    with store.transaction():
        _calibration(store, ids)


def _codebook(store: Store, ids: DemoIds) -> None:
    codebook.seed_from_topics(store, created_by=CODERS[0])
    categories = {
        row["name"]: row["id"]
        for row in store.all("SELECT id, name FROM codes WHERE is_category = 1")
    }
    for entry in ids.data.get("codes", []):
        category = entry.get("category") or INDUCTIVE_CATEGORY
        if category not in categories:
            categories[category] = codebook.add_code(
                store, category, is_category=True, created_by=CODERS[0]
            )
        ids.codes[entry["name"]] = codebook.add_code(
            store,
            entry["name"],
            parent_id=categories[category],
            description=entry.get("description", ""),
            color=entry.get("color"),
            created_by=CODERS[0],
        )
    # The professionals reviewed the deductive part of the codebook.
    for row in store.all(
        "SELECT c.id FROM codes c JOIN codes p ON p.id = c.parent_id WHERE p.origin = 'topic'"
    ):
        codebook.validate_code(store, row["id"], VALIDATOR)
    for name, text in CODE_MEMOS.items():
        if name in ids.codes:
            codebook.add_memo(store, text, code_id=ids.codes[name], author=CODERS[0])


def _fragments(store: Store, ids: DemoIds) -> None:
    practices = {p["key"]: i for i, p in enumerate(ids.data.get("practices", []))}
    for story in ids.data.get("stories", []):
        story_id = ids.stories.get(story["key"])
        if story_id is None:
            continue
        text = store.scalar("SELECT text FROM stories WHERE id = ?", [story_id])
        # Alternate coders per practice, so the coder column has some variety.
        coder = CODERS[practices.get(story.get("practice"), 0) % len(CODERS)]
        for index, entry in enumerate(story.get("fragments", [])):
            start = text.find(entry["text"])
            if start < 0:
                raise ValueError(f"Demo fragment not in story {story['key']}: {entry['text']!r}")
            code_ids = [ids.codes[name] for name in entry.get("codes", [])]
            end = start + len(entry["text"])
            if code_ids:
                fragment_id = coding.code_selection(store, story_id, start, end, code_ids, coder)
            else:
                fragment_id = coding.add_fragment(store, story_id, start, end, created_by=coder)
            ids.fragments[(story["key"], index)] = fragment_id
            memo = FRAGMENT_MEMOS.get((story["key"], index))
            if memo:
                coding.add_fragment_memo(store, fragment_id, memo, author=coder)


def _calibration_stories(store: Store, ids: DemoIds) -> list[tuple[str, dict[str, Any]]]:
    """One fully told story per practice with at least three fragments."""
    chosen: dict[str, tuple[str, dict[str, Any]]] = {}
    for story in ids.data.get("stories", []):
        story_id = ids.stories.get(story["key"])
        if (story_id is None or story.get("withdrawn") or story["practice"] in chosen
                or len(story.get("fragments", [])) < 3
                or not store.scalar("SELECT 1 FROM stories WHERE id = ?", [story_id])):
            continue
        chosen[story["practice"]] = (story_id, story)
    return list(chosen.values())[:4]


def _calibration(store: Store, ids: DemoIds) -> None:
    picked = _calibration_stories(store, ids)
    if len(picked) < 2:
        return
    session = calibration.create_calibration(
        store, "Kalibratie voorjaar", [story_id for story_id, _ in picked], list(CODERS),
        created_by=CODERS[0],
    )
    # Lisa's judgements follow the demo's own coding of each sentence; Omar differs now
    # and then the way coders really do: he misses a code, adds one, or picks a
    # neighbouring code, so the comparison has something to discuss.
    spans: dict[str, list[tuple[int, int, list[str]]]] = {}
    for story_id, story in picked:
        text = store.scalar("SELECT text FROM stories WHERE id = ?", [story_id])
        for entry in story.get("fragments", []):
            start = text.find(entry["text"])
            if start >= 0:
                spans.setdefault(story_id, []).append(
                    (start, start + len(entry["text"]), [ids.codes[n] for n in entry["codes"]]))
    neighbours = _neighbours(store)
    for index, unit in enumerate(calibration.units(store, session)):
        middle = (unit["start"] + unit["end"]) // 2
        lisa: list[str] = []
        for start, end, code_ids in spans.get(unit["story_id"], []):
            if start <= middle < end or unit["start"] <= (start + end) // 2 < unit["end"]:
                lisa += [c for c in code_ids if c not in lisa]
        omar = list(lisa)
        if lisa and index % 5 == 2:
            omar = [neighbours.get(lisa[0], lisa[0])] + lisa[1:]
        elif len(lisa) > 1 and index % 3 == 0:
            omar = lisa[:1]
        elif not lisa and index % 7 == 4 and ids.codes:
            omar = [next(iter(ids.codes.values()))]
        calibration.judge(store, session, unit["id"], CODERS[0], lisa)
        calibration.judge(store, session, unit["id"], CODERS[1], omar)
    for coder in CODERS:
        calibration.mark_done(store, session, coder)
    calibration.open_comparison(store, session)


def _neighbours(store: Store) -> dict[str, str]:
    """Each code's next sibling in the codebook: the code a second coder might pick instead."""
    result: dict[str, str] = {}
    siblings: dict[str | None, list[str]] = {}
    for row in codebook.codes(store):
        if not row["is_category"]:
            siblings.setdefault(row["parent_id"], []).append(row["id"])
    for group in siblings.values():
        for i, code_id in enumerate(group):
            if len(group) > 1:
                result[code_id] = group[(i + 1) % len(group)]
    return result
