"""Test data for the posters tests: factors with elements and quotes in a real store.

Quotes are written into ``factor_quotes`` directly (as a merge or an old file could hold
them), so the tests can put quotes there that the factors screen would refuse.
"""

from __future__ import annotations

from workbench.collect import pseudonyms, stories
from workbench.factors import model as factors
from workbench.store import Store


def practice_id(store: Store, name: str) -> str:
    return store.scalar("SELECT id FROM practices WHERE name = ?", [name])


def add_factor(store: Store, name: str, elements: list[str], *, practice: str | None = None,
               type: str = "substantive", link_id: str | None = None,  # noqa: A002
               description: str = "") -> str:
    pid = practice_id(store, practice) if practice else None
    fid = factors.create_factor(store, name, practice_id=pid, type=type, link_id=link_id,
                                description=description)
    for text in elements:
        factors.add_element(store, fid, text)
    return fid


def add_quote(store: Store, factor_id: str, quote: str, *, pseudonym: str,
              role: str = "parent", role_label: str = "moeder", consent: bool = True,
              checked: bool = True, practice: str | None = None) -> dict[str, str]:
    """A storyteller with a story holding ``quote``, the quote chosen for the factor."""
    pid = practice_id(store, practice) if practice else None
    teller = stories.add_storyteller(store, pseudonym, role, practice_id=pid,
                                     role_label=role_label)
    before = "We kwamen binnen en het regende. "
    text = before + quote + " Daarna gingen we naar huis."
    story = stories.add_story(store, storyteller_id=teller, practice_id=pid, text=text)
    stories.record_consent(store, teller, store_story=True, quotes=consent, method="verbal",
                           story_id=story)
    from workbench.coding import fragments as coding

    fragment = coding.add_fragment(store, story, len(before), len(before) + len(quote))
    position = (store.scalar("SELECT count(*) FROM factor_quotes WHERE factor_id = ?",
                             [factor_id]) or 0) + 1
    store.db["factor_quotes"].insert(
        {"factor_id": factor_id, "fragment_id": fragment, "position": position})
    if checked:
        pseudonyms.mark_passed(store, story, "tester", force=True)
    return {"storyteller": teller, "story": story, "fragment": fragment}
