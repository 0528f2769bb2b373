"""Test material for the factor wall, written straight into the tables (the schema is the
contract), so these tests do not depend on the coding module."""

from __future__ import annotations

from dataclasses import dataclass, field

from workbench.collect import stories
from workbench.store import Store, new_id, now

# (practice index, pseudonym, role, quotes consent, [(fragment text, [codes])])
STORIES = [
    (0, "Amina", "parent", True, [
        ("We drinken koffie en lachen veel, het is echt gezellig in de groep.", ["Gezelligheid"]),
        ("Met twee moeders heb ik nu contact in de appgroep.", ["Appgroep"]),
        ("De begeleider luistert naar mij en neemt de tijd.", ["Luisteren"]),
    ]),
    (0, "Petra", "volunteer", False, [
        ("Ouders komen de deur uit en het is gezellig bij de koffie.", ["Gezelligheid"]),
        ("Als vrijwilliger luister ik eerst en geef ik niet meteen advies.", ["Luisteren"]),
        ("In de appgroep vragen moeders elkaar om hulp.", ["Appgroep"]),
    ]),
    (0, "Joke", "professional", True, [
        ("Een begeleider die echt luistert maakt het verschil voor ouders.", ["Luisteren"]),
        ("De gezelligheid bij de koffie trekt nieuwe ouders over de drempel.", ["Gezelligheid"]),
    ]),
    (1, "Sanne", "parent", True, [
        ("Het is gezellig, we drinken thee en koffie met elkaar.", ["Gezelligheid"]),
        ("De coach luistert zonder oordeel.", ["Luisteren"]),
    ]),
]
CODES = ["Gezelligheid", "Appgroep", "Luisteren"]


@dataclass
class Data:
    practices: list[str]
    codes: dict[str, str] = field(default_factory=dict)
    fragments: dict[str, str] = field(default_factory=dict)  # text -> id
    tellers: dict[str, str] = field(default_factory=dict)
    by_practice: dict[int, list[str]] = field(default_factory=dict)


def fill(store: Store) -> Data:
    """Storytellers, stories, consent, codes, fragments and codings in two practices."""
    # in the order the fixture added them: Vlinder first, then Oost
    data = Data([r["id"] for r in store.all("SELECT id FROM practices ORDER BY rowid")])
    for position, name in enumerate(CODES, start=1):
        code_id = new_id()
        store.db["codes"].insert({"id": code_id, "name": name, "position": position,
                                  "created_at": now()})
        data.codes[name] = code_id
    for index, pseudonym, role, quotes, fragments in STORIES:
        practice = data.practices[index]
        teller = stories.add_storyteller(store, pseudonym, role, practice_id=practice)
        data.tellers[pseudonym] = teller
        text = " ".join(t for t, _ in fragments)
        story = stories.add_story(store, storyteller_id=teller, practice_id=practice, text=text)
        stories.record_consent(store, teller, store_story=True, quotes=quotes, method="verbal")
        offset = 0
        for fragment_text, codes in fragments:
            fid = new_id()
            store.db["fragments"].insert({
                "id": fid, "story_id": story, "start": offset,
                "end": offset + len(fragment_text), "text": fragment_text, "created_at": now(),
            })
            offset += len(fragment_text) + 1
            data.fragments[fragment_text] = fid
            data.by_practice.setdefault(index, []).append(fid)
            for code in codes:
                store.db["codings"].insert({"id": new_id(), "fragment_id": fid,
                                            "code_id": data.codes[code], "created_at": now()})
    return data


def fragment(data: Data, start: str) -> str:
    """The id of the fragment whose text starts with ``start``."""
    matches = [fid for text, fid in data.fragments.items() if text.startswith(start)]
    assert len(matches) == 1, start
    return matches[0]
