"""Demo step for the cluster phase: working factors per practice, linked across practices.

Each ``[[factors]]`` entry of stories.toml becomes one factor in every practice it lists,
all sharing one link id (so a factor listed for every practice is a common factor), with
its characteristic elements, the fragments coded with its codes, and up to three quotes
from storytellers who consented to quotes. About one in five fragments stays unsorted,
so the wall still has work to do.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from workbench.factors import model as factors
from workbench.store import new_id, now

if TYPE_CHECKING:
    from workbench.demo import DemoIds
    from workbench.store import Store

LEAVE_UNSORTED_EVERY = 5  # every fifth matching fragment stays on the unsorted pile


def populate(store: Store, ids: DemoIds) -> None:
    """Factors, elements, placed fragments and quotes; fills ``ids.factors``."""
    with store.transaction():
        for entry in ids.data.get("factors", []):
            keys = [k for k in entry.get("practices", []) if k in ids.practices]
            link_id = new_id() if len(keys) > 1 else None
            for key in keys:
                factor_id = factors.create_factor(
                    store, entry["name"], practice_id=ids.practices[key],
                    type=entry.get("type", "substantive"),
                    description=entry.get("description", ""), link_id=link_id,
                )
                ids.factors[(entry["name"], key)] = factor_id
                for text in entry.get("elements", []):
                    factors.add_element(store, factor_id, text)
        _place(store, ids)
        for (_name, _key), factor_id in ids.factors.items():
            _choose_quotes(store, factor_id)


def _place(store: Store, ids: DemoIds) -> None:
    if not ids.fragments or not ids.codes:
        return  # the coding step made no fragments: factors stay empty
    counter = 0
    for entry in ids.data.get("factors", []):
        codes = set(entry.get("codes", []))
        for story in ids.data.get("stories", []):
            factor_id = ids.factors.get((entry["name"], story["practice"]))
            if factor_id is None:
                continue
            for index, fragment in enumerate(story.get("fragments", [])):
                fragment_id = ids.fragments.get((story["key"], index))
                if fragment_id is None or not codes & set(fragment.get("codes", [])):
                    continue
                counter += 1
                if counter % LEAVE_UNSORTED_EVERY == 0:
                    continue
                store.table("factor_fragments").insert(
                    {"factor_id": factor_id, "fragment_id": fragment_id, "placed_at": now()},
                    ignore=True,
                )


def _choose_quotes(store: Store, factor_id: str) -> None:
    """Up to three quotes of a readable length, from as many different roles as possible."""
    # readable lengths first; a very short or long one only when nothing else is there
    candidates = sorted(factors.quote_candidates(store, factor_id),
                        key=lambda c: not 40 <= len(c["text"]) <= 220)
    chosen: list[dict[str, Any]] = []
    for pass_ in ("new role", "new teller"):
        for candidate in candidates:
            if len(chosen) == factors.MAX_QUOTES or candidate in chosen:
                continue
            if pass_ == "new role" and candidate["role"] in {c["role"] for c in chosen}:
                continue
            if candidate["storyteller_id"] in {c["storyteller_id"] for c in chosen}:
                continue
            chosen.append(candidate)
    factors.set_quotes(store, factor_id, [c["id"] for c in chosen])
