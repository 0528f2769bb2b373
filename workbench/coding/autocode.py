"""Search in stories and auto-coding of the hits.

A search is one or more terms separated by ``|`` (or the word OF / OR): each term a word
or a phrase, ``*`` standing for any letters and ``?`` for one, matched ignoring case and
on whole words ("moeder*" finds "moeders", not "grootmoeder"). ``find_hits`` returns the
hits (within one story or across all stories that are no longer being told), each as just
the hit or widened to its whole sentence. ``autocode`` gives the ticked hits a code in one
transaction and records the run, so ``undo_run`` takes back exactly what it made.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from typing import Any

from workbench.errors import InvalidInput, NotFound
from workbench.store import Store, new_id, now

SCOPES = ("hit", "sentence")


@dataclass(frozen=True)
class Hit:
    story_id: str
    start: int
    end: int
    text: str
    pseudonym: str = ""


def pattern(query: str) -> re.Pattern[str]:
    """The regular expression for a search (see the module docstring)."""
    terms = [term.strip().strip('"“”').strip()
             for term in re.split(r"\||\s+(?:OF|OR)\s+", query)]
    terms = [term for term in terms if term.replace("*", "").replace("?", "").strip()]
    if not terms:
        raise InvalidInput("analysis.error.empty_search")
    parts = []
    for term in terms:
        words = [re.escape(word).replace(r"\*", r"\w*").replace(r"\?", r"\w")
                 for word in term.split()]
        parts.append(r"\s+".join(words))
    return re.compile(r"(?<!\w)(?:" + "|".join(parts) + r")(?!\w)", re.IGNORECASE)


def _sentence(text: str, spans: list[tuple[int, int]], start: int, end: int) -> tuple[int, int]:
    for s_start, s_end in spans:
        if s_start <= start < s_end:
            return s_start, max(s_end, end)
    return start, end


def search_story(text: str, query: str) -> list[tuple[int, int]]:
    """Where a search hits in one text, as (start, end) offsets."""
    return [(m.start(), m.end()) for m in pattern(query).finditer(text) if m.end() > m.start()]


def find_hits(store: Store, query: str, scope: str = "hit",
              story_ids: list[str] | None = None) -> list[Hit]:
    """Hits of a search across stories (or only ``story_ids``), in story order; with
    ``scope='sentence'`` each hit is its whole sentence, and a sentence holding two hits
    is listed once."""
    if scope not in SCOPES:
        raise InvalidInput("analysis.error.bad_scope", scope=scope)
    regex = pattern(query)
    sql = ("SELECT s.id, s.text, t.pseudonym FROM stories s "
           "JOIN storytellers t ON t.id = s.storyteller_id "
           "WHERE s.status NOT IN ('draft', 'interrupted')")
    params: list[Any] = []
    if story_ids is not None:
        sql += f" AND s.id IN ({','.join('?' * len(story_ids))})"
        params = list(story_ids)
    hits: list[Hit] = []
    for story in store.all(sql + " ORDER BY s.created_at, s.rowid", params):
        text = story["text"]
        found = [(m.start(), m.end()) for m in regex.finditer(text) if m.end() > m.start()]
        if not found:
            continue
        if scope == "sentence":
            from workbench.coding.calibration import split_sentences

            spans = split_sentences(text)
            found = list(dict.fromkeys(_sentence(text, spans, a, b) for a, b in found))
        for start, end in found:
            hits.append(Hit(story["id"], start, end, text[start:end], story["pseudonym"]))
    return hits


def autocode(store: Store, hits: list[Hit], code_id: str, coder: str, query: str = "") -> str:
    """Give every hit the code (its fragment made or reused), all in one step.

    Returns the run id for ``undo_run``. Codings that already existed are left alone and
    are not part of the run, so undoing never takes away earlier work."""
    from workbench.coding.codebook import get_code

    code = get_code(store, code_id)
    if code["is_category"]:
        raise InvalidInput("coding.error.category_not_code", name=code["name"])
    coder = " ".join(coder.split())
    if not coder:
        raise InvalidInput("coding.error.coder_needed")
    if not hits:
        raise InvalidInput("analysis.error.no_hits")
    made_codings: list[str] = []
    made_fragments: list[str] = []
    stamp = now()
    with store.transaction():
        texts: dict[str, str] = {}
        existing: dict[tuple[str, int, int], str] = {}
        story_ids = list({h.story_id for h in hits})
        for chunk in range(0, len(story_ids), 500):
            part = story_ids[chunk:chunk + 500]
            marks = ",".join("?" * len(part))
            for row in store.all(f"SELECT id, text FROM stories WHERE id IN ({marks})", part):
                texts[row["id"]] = row["text"]
            for row in store.all(f"SELECT id, story_id, start, end FROM fragments "
                                 f"WHERE story_id IN ({marks})", part):
                existing[(row["story_id"], row["start"], row["end"])] = row["id"]
        coded = {r["fragment_id"] for r in store.all(
            "SELECT fragment_id FROM codings WHERE code_id = ? AND coder = ?", [code_id, coder])}
        new_fragments, new_codings = [], []
        for hit in hits:
            text = texts.get(hit.story_id)
            if text is None:
                raise NotFound("coding.error.no_story", name=hit.story_id)
            from workbench.coding.fragments import trim_selection

            start, end = trim_selection(text, hit.start, hit.end)
            key = (hit.story_id, start, end)
            fragment_id = existing.get(key)
            if fragment_id is None:
                fragment_id = new_id()
                existing[key] = fragment_id
                made_fragments.append(fragment_id)
                new_fragments.append({"id": fragment_id, "story_id": hit.story_id,
                                      "start": start, "end": end, "text": text[start:end],
                                      "created_by": coder, "created_at": stamp})
            if fragment_id in coded:
                continue
            coded.add(fragment_id)
            coding_id = new_id()
            made_codings.append(coding_id)
            new_codings.append({"id": coding_id, "fragment_id": fragment_id,
                                "code_id": code_id, "coder": coder, "created_at": stamp})
        store.table("fragments").insert_all(new_fragments)
        store.table("codings").insert_all(new_codings)
        run_id = new_id()
        store.table("autocode_runs").insert({
            "id": run_id, "query": query, "code_id": code_id, "coder": coder,
            "codings": json.dumps(made_codings), "fragments": json.dumps(made_fragments),
            "created_at": stamp})
    return run_id


def run_size(store: Store, run_id: str) -> int:
    row = store.one("SELECT codings FROM autocode_runs WHERE id = ?", [run_id])
    return len(json.loads(row["codings"])) if row else 0


def last_run(store: Store) -> dict[str, Any] | None:
    """The newest auto-coding run not yet undone."""
    return store.one("SELECT * FROM autocode_runs WHERE undone_at = '' "
                     "ORDER BY created_at DESC, rowid DESC LIMIT 1")


def undo_run(store: Store, run_id: str | None = None) -> int:
    """Take back one auto-coding run (default: the last one): its codings go, and the
    fragments it made go when nothing else was added to them since. Returns how many
    codings were taken back."""
    run = (store.one("SELECT * FROM autocode_runs WHERE id = ?", [run_id]) if run_id
           else last_run(store))
    if run is None or run["undone_at"]:
        raise NotFound("analysis.error.no_run")
    codings = json.loads(run["codings"])
    fragments = json.loads(run["fragments"])
    with store.transaction():
        for chunk in range(0, len(codings), 500):
            part = codings[chunk:chunk + 500]
            store.db.execute(f"DELETE FROM codings WHERE id IN ({','.join('?' * len(part))})",
                             part)
        for chunk in range(0, len(fragments), 500):
            part = fragments[chunk:chunk + 500]
            marks = ",".join("?" * len(part))
            store.db.execute(
                f"DELETE FROM fragments WHERE id IN ({marks}) AND NOT EXISTS "
                f"(SELECT 1 FROM codings c WHERE c.fragment_id = fragments.id) AND NOT EXISTS "
                f"(SELECT 1 FROM memos m WHERE m.fragment_id = fragments.id)", part)
        store.db.execute("UPDATE autocode_runs SET undone_at = ? WHERE id = ?",
                         [now(), run["id"]])
    return len(codings)
