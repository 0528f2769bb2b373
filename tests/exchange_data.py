"""Test material for the exchange tests: analysis rows written straight into the tables.

Codes, fragments, factors and sessions belong to other issues; the schema is the contract,
so these helpers insert rows directly and never wait for those modules.
"""

from __future__ import annotations

import random
from typing import Any

from workbench import workshop
from workbench.collect import stories
from workbench.store import Store, new_id, now

EDGE_TEXTS = {
    "emoji": "Mijn zoon 👦🏽 lacht weer. We gingen samen 🚲 naar de speelgroep 🎉 en ik voelde me "
             "welkom. 👨‍👩‍👧 Familie is alles.",
    "accents": "Cafe\u0301 in het buurthuis: e\u0301e\u0301n keer per week. Zoë en Anaïs "
               "komen ook. Ik ben blij dat ik niet alleen ben.",
    "crlf": "Eerste regel over de groep.\r\nTweede regel: de koffie is lekker.\r\n\r\n"
            "Derde alinea\rmet een losse CR.",
    "empty": "",
    "markup": "[bold]Niet vet[/bold] en \x1b[2J geen wisser; tabs\tblijven. <tag> & \"quotes\"",
}


def add_story(store: Store, pseudonym: str, text: str, *, practice: str | None = None,
              role: str = "parent", title: str = "") -> str:
    practice_id = practice or workshop.practices(store)[0]["id"]
    teller = stories.add_storyteller(store, pseudonym, role, practice_id=practice_id,
                                     role_label="moeder" if role == "parent" else "")
    return stories.add_story(store, storyteller_id=teller, practice_id=practice_id, text=text,
                             title=title, mode="interview")


def add_code(store: Store, name: str, *, parent: str | None = None, category: bool = False,
             color: str = "#3D405B", description: str = "") -> str:
    code_id = new_id()
    store.db["codes"].insert({
        "id": code_id, "parent_id": parent, "name": name, "description": description,
        "color": color, "is_category": int(category), "origin": "inductive", "position": 0,
        "created_by": "onderzoeker Sanne", "created_at": now()})
    return code_id


def add_fragment(store: Store, story_id: str, start: int, end: int, codes: list[str],
                 coder: str = "Sanne") -> str:
    text = store.scalar("SELECT text FROM stories WHERE id = ?", [story_id])
    fragment_id = new_id()
    store.db["fragments"].insert({
        "id": fragment_id, "story_id": story_id, "start": start, "end": end,
        "text": text[start:end], "created_by": coder, "created_at": now()})
    for code_id in codes:
        store.db["codings"].insert({"id": new_id(), "fragment_id": fragment_id,
                                    "code_id": code_id, "coder": coder, "created_at": now()})
    return fragment_id


def fill_analysis(store: Store, seed: int = 7) -> dict[str, Any]:
    """Codebook, fragments with codings, memos, factors, a sounding board: on every story."""
    rng = random.Random(seed)
    ids: dict[str, Any] = {}
    cat = add_code(store, "De groep", category=True, color="#E07A5F",
                   description="Ervaringen met de bijeenkomsten")
    ids["codes"] = [
        add_code(store, "Gezelligheid", parent=cat, description="Samen koffie drinken"),
        add_code(store, "Niet alleen zijn", parent=cat, color="#6D597A"),
        add_code(store, "Praktische tips", color="#zzzzzz"),  # a bad colour is left out
    ]
    ids["category"] = cat
    fragments = []
    for story in store.all("SELECT id, text FROM stories ORDER BY created_at"):
        text = story["text"]
        if len(text) < 4:
            continue
        start = rng.randrange(0, len(text) // 2)
        end = rng.randrange(start + 1, len(text) + 1)
        fragments.append(add_fragment(store, story["id"], start, end,
                                      rng.sample(ids["codes"], rng.randint(1, 2))))
    ids["fragments"] = fragments
    store.db["memos"].insert({"id": new_id(), "code_id": ids["codes"][0], "fragment_id": None,
                              "text": "Vaak samen met koffie genoemd.", "author": "Sanne",
                              "created_at": now(), "updated_at": now()})
    if fragments:
        store.db["memos"].insert({"id": new_id(), "code_id": None, "fragment_id": fragments[0],
                                  "text": "Mooi citaat voor de poster.", "author": "Sanne",
                                  "created_at": now(), "updated_at": now()})
    practice = workshop.practices(store)[0]["id"]
    factor = new_id()
    store.db["factors"].insert({"id": factor, "practice_id": practice, "name": "Sociale contacten",
                                "type": "substantive", "description": "Onder de mensen komen.",
                                "position": 0, "created_at": now(), "updated_at": now()})
    common = new_id()
    store.db["factors"].insert({"id": common, "practice_id": None, "name": "Vaste structuur",
                                "type": "procedural", "description": "", "position": 1,
                                "created_at": now(), "updated_at": now()})
    elements = []
    for i, text in enumerate(["Het huis uit", "Gezelligheid", "Elkaar helpen"]):
        element = new_id()
        elements.append(element)
        store.db["factor_elements"].insert({"id": element, "factor_id": factor, "text": text,
                                            "position": i, "origin": "workshop",
                                            "created_at": now()})
    store.db["factor_codes"].insert({"factor_id": factor, "code_id": ids["codes"][0],
                                     "placed_at": now()})
    if fragments:
        store.db["factor_fragments"].insert({"factor_id": factor, "fragment_id": fragments[0],
                                             "placed_at": now()})
    ids["factors"] = [factor, common]
    ids["elements"] = elements
    session = new_id()
    store.db["sessions"].insert({"id": session, "name": "Klankbord juni", "practice_id": practice,
                                 "state": "closed", "created_at": now()})
    ids["session"] = session
    for i, label in enumerate(["Deelnemer 1", "Deelnemer 2"]):
        participant = new_id()
        store.db["participants"].insert({"id": participant, "session_id": session,
                                         "label": label, "role": "parent",
                                         "checked_in_at": now()})
        ballot = new_id()
        store.db["ballots"].insert({"id": ballot, "session_id": session,
                                    "participant_id": participant, "confirmed_at": now(),
                                    "created_at": now(), "updated_at": now()})
        store.db["ratings"].insert({"id": new_id(), "ballot_id": ballot, "factor_id": factor,
                                    "element_id": None, "score": 4 + i,
                                    "reason": "Ik herken het: ik kom er om mensen te zien."
                                    if i == 0 else ""})
        store.db["ratings"].insert({"id": new_id(), "ballot_id": ballot, "factor_id": factor,
                                    "element_id": elements[0], "score": 3, "reason": ""})
        store.db["dot_votes"].insert({"ballot_id": ballot, "factor_id": factor, "dots": 2 - i})
        store.db["rankings"].insert({"ballot_id": ballot, "factor_id": factor, "rank": 1 + i})
    store.db["additions"].insert({"id": new_id(), "session_id": session, "factor_id": factor,
                                  "text": "Samen eten hoort erbij.", "created_at": now()})
    store.db["session_cards"].insert({"id": new_id(), "session_id": session, "kind": "concern",
                                      "text": "Niet iedereen kan 's ochtends.",
                                      "created_at": now()})
    return ids


def edge_workshop(store: Store) -> dict[str, str]:
    """Stories full of edge cases, with fragments on the hard spots."""
    out = {}
    for i, (key, text) in enumerate(EDGE_TEXTS.items()):
        out[key] = add_story(store, f"Rand {i} {key}", text, title=f"Rand: {key}")
    codes = [add_code(store, "Emoji 🎉 code"), add_code(store, "Accent e\u0301")]
    emoji = EDGE_TEXTS["emoji"]
    start = emoji.index("👦🏽")
    add_fragment(store, out["emoji"], start, start + len("👦🏽 lacht"), [codes[0]])
    family = emoji.index("👨‍👩‍👧")
    add_fragment(store, out["emoji"], family, len(emoji), codes)
    accents = EDGE_TEXTS["accents"]
    add_fragment(store, out["accents"], 0, accents.index(":"), [codes[1]])
    crlf = EDGE_TEXTS["crlf"]
    add_fragment(store, out["crlf"], crlf.index("Tweede"), crlf.index("Derde") + 5, [codes[0]])
    add_fragment(store, out["crlf"], crlf.index("met"), len(crlf), [codes[1]])
    markup = EDGE_TEXTS["markup"]
    add_fragment(store, out["markup"], 0, markup.index("&") + 1, [codes[0]])
    return out
