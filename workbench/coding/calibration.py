"""Calibration sessions: two or more coders code the same sentences alone, then compare.

A session fixes its units up front: every chosen story is split into sentences
(``split_sentences``), so all coders judge exactly the same units. A coder gives each unit
one or more codes, or "no code applies"; a unit a coder has not judged is *missing*. While
the session is in status ``coding`` the core only hands a coder their own judgements
(``my_judgements``); ``compare`` refuses until ``open_comparison`` has been called, after
which judgements are frozen so nobody can adjust after seeing the others.

The comparison gives, overall and per code: percent agreement, Cohen's κ (exactly two
coders) and Krippendorff's α (nominal, any number of coders, missing values allowed).
Overall, a coder's label for a unit is the *set* of codes given (two coders agree only
when they gave the same codes); per code, the label is whether that code was given.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from workbench.coding.agreement import cohen_kappa, krippendorff_alpha, percent_agreement
from workbench.errors import Conflict, InvalidInput, NotFound
from workbench.store import Store, new_id, now

# Words that end in a full stop without ending a sentence (compared without the dot,
# lower case). Single letters (initials: "J. de Vries") are handled separately.
ABBREVIATIONS = frozenset("""
    bijv bv bijvoorbeeld o.a d.w.z z.g.a.n zgn mevr dhr mr dr drs ir ing prof st enz etc ca
    nr blz m.b.t i.p.v t.a.v e.d evt jl a.s vs incl excl min max tel resp ong m.a.w n.a.v
    i.v.m o.b.v p.m v.d a.u.b aub svp jan feb mrt apr jun jul aug sep sept okt nov dec ma di
    wo do vr za zo c.q t.z.t z.s.m i.o.m
""".split())
_END = re.compile(r"[.!?…]+[\"'”’»)\]]*(?=\s)")
_BLANK_LINE = re.compile(r"\n[ \t]*\n")


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Sentence spans ``(start, end)`` of a Dutch text, with exact offsets into ``text``.

    Rule-based, no language model: a sentence ends at ``.``, ``!``, ``?`` or ``…`` followed
    by white space, and at every blank line. A full stop after a known abbreviation
    (``bijv.``, ``o.a.``, ``dhr.``, months) or a single letter (an initial) does not end a
    sentence, nor does an ellipsis followed by a lower-case word (a pause, not an end).
    Lower-case sentence starts are accepted: many storytellers do not capitalise. Spans
    never include surrounding white space; empty ones are skipped.
    """
    cuts = {0, len(text)}
    for match in _BLANK_LINE.finditer(text):
        cuts.add(match.start())
        cuts.add(match.end())
    for match in _END.finditer(text):
        if not _ends_sentence(text, match):
            continue
        cuts.add(match.end())
    spans = []
    points = sorted(cuts)
    for start, end in zip(points, points[1:], strict=False):
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if end > start:
            spans.append((start, end))
    return spans


def _ends_sentence(text: str, match: re.Match[str]) -> bool:
    punctuation = match.group()
    following = text[match.end():].lstrip()
    if not following:
        return True
    if ("…" in punctuation or "..." in punctuation) and following[0].islower():
        return False
    if punctuation.rstrip("\"'”’»)]") != ".":
        return True
    word_start = match.start()
    while word_start > 0 and not text[word_start - 1].isspace() \
            and text[word_start - 1] not in "([\"'":
        word_start -= 1
    word = text[word_start:match.start()].lower()
    if len(word) == 1 and word.isalpha():
        return False  # an initial
    return word not in ABBREVIATIONS


# -- sessions ---------------------------------------------------------------------------


def _coders(names: list[str]) -> list[str]:
    cleaned = list(dict.fromkeys(" ".join(n.split()) for n in names if n and n.strip()))
    if len(cleaned) < 2:
        raise InvalidInput("coding.error.two_coders_needed")
    return cleaned


def create_calibration(
    store: Store, name: str, story_ids: list[str], coders: list[str], created_by: str = ""
) -> str:
    """A new session over ``story_ids`` for two or more ``coders``; stories are split into
    sentence units now, so every coder judges the same units."""
    name = " ".join(name.split())
    if not name:
        raise InvalidInput("coding.error.empty_calibration_name")
    coder_names = _coders(coders)
    story_ids = list(dict.fromkeys(story_ids))
    if not story_ids:
        raise InvalidInput("coding.error.no_stories_chosen")
    calibration_id = new_id()
    with store.transaction():
        store.table("calibrations").insert({
            "id": calibration_id, "name": name, "status": "coding", "created_by": created_by,
            "created_at": now(), "compared_at": "",
        })
        store.table("calibration_coders").insert_all(
            {"calibration_id": calibration_id, "coder": coder, "done_at": ""}
            for coder in coder_names
        )
        position = 0
        for story_id in story_ids:
            row = store.one("SELECT text FROM stories WHERE id = ?", [story_id])
            if row is None:
                raise NotFound("coding.error.no_story", name=story_id)
            for start, end in split_sentences(row["text"]):
                position += 1
                store.table("calibration_units").insert({
                    "id": new_id(), "calibration_id": calibration_id, "story_id": story_id,
                    "position": position, "start": start, "end": end,
                })
        if position == 0:
            raise InvalidInput("coding.error.no_sentences")
    return calibration_id


def get_calibration(store: Store, calibration_id: str) -> dict[str, Any]:
    row = store.one("SELECT * FROM calibrations WHERE id = ?", [calibration_id])
    if row is None:
        row = store.one("SELECT * FROM calibrations WHERE name = ? COLLATE NOCASE "
                        "ORDER BY created_at DESC", [calibration_id])
    if row is None:
        raise NotFound("coding.error.no_calibration", name=calibration_id)
    return row


def calibrations(store: Store) -> list[dict[str, Any]]:
    """Every session, newest first, with its coders, unit count and who is done."""
    rows = store.all("SELECT * FROM calibrations ORDER BY created_at DESC")
    for row in rows:
        row["coders"] = coders(store, row["id"])
        row["units"] = store.scalar(
            "SELECT count(*) FROM calibration_units WHERE calibration_id = ?", [row["id"]])
        row["stories"] = store.scalar(
            "SELECT count(DISTINCT story_id) FROM calibration_units WHERE calibration_id = ?",
            [row["id"]])
    return rows


def coders(store: Store, calibration_id: str) -> list[dict[str, Any]]:
    return store.all(
        "SELECT coder, done_at FROM calibration_coders WHERE calibration_id = ? ORDER BY rowid",
        [calibration_id],
    )


def units(store: Store, calibration_id: str) -> list[dict[str, Any]]:
    """The session's sentences in order, each with its text and storyteller."""
    rows = store.all(
        """
        SELECT u.*, s.text AS story_text, t.pseudonym FROM calibration_units u
        JOIN stories s ON s.id = u.story_id JOIN storytellers t ON t.id = s.storyteller_id
        WHERE u.calibration_id = ? ORDER BY u.position
        """,
        [calibration_id],
    )
    for row in rows:
        row["text"] = row.pop("story_text")[row["start"]:row["end"]]
    return rows


def _require_coder(store: Store, calibration_id: str, coder: str) -> str:
    coder = " ".join(coder.split())
    if not store.scalar(
        "SELECT 1 FROM calibration_coders WHERE calibration_id = ? AND coder = ?",
        [calibration_id, coder],
    ):
        raise NotFound("coding.error.not_a_coder", coder=coder)
    return coder


def _require_open(row: dict[str, Any]) -> None:
    if row["status"] != "coding":
        raise Conflict("coding.error.calibration_closed", name=row["name"])


def judge(
    store: Store, calibration_id: str, unit_id: str, coder: str, code_ids: list[str]
) -> None:
    """Record ``coder``'s judgement of a unit: the codes given, or ``[]`` for "no code
    applies". Replaces the coder's earlier judgement of that unit."""
    session = get_calibration(store, calibration_id)
    _require_open(session)
    coder = _require_coder(store, calibration_id, coder)
    if not store.scalar("SELECT 1 FROM calibration_units WHERE id = ? AND calibration_id = ?",
                        [unit_id, calibration_id]):
        raise NotFound("coding.error.no_unit")
    for code_id in code_ids:
        code = store.one("SELECT name, is_category FROM codes WHERE id = ?", [code_id])
        if code is None:
            raise NotFound("coding.error.no_code", name=code_id)
        if code["is_category"]:
            raise InvalidInput("coding.error.category_not_code", name=code["name"])
    stamp = now()
    with store.transaction():
        store.db.execute("DELETE FROM calibration_judgements WHERE unit_id = ? AND coder = ?",
                         [unit_id, coder])
        chosen: list[str | None] = list(dict.fromkeys(code_ids)) or [None]
        for given in chosen:
            store.table("calibration_judgements").insert({
                "id": new_id(), "unit_id": unit_id, "coder": coder, "code_id": given,
                "created_at": stamp,
            })


def clear_judgement(store: Store, calibration_id: str, unit_id: str, coder: str) -> None:
    """Make a unit unjudged again for this coder."""
    _require_open(get_calibration(store, calibration_id))
    coder = _require_coder(store, calibration_id, coder)
    store.db.execute("DELETE FROM calibration_judgements WHERE unit_id = ? AND coder = ?",
                     [unit_id, coder])


def my_judgements(store: Store, calibration_id: str, coder: str) -> dict[str, list[str]]:
    """One coder's own judgements: unit id → code ids (``[]`` = no code applies).
    Units the coder has not judged are absent. Never includes other coders' work."""
    coder = _require_coder(store, calibration_id, coder)
    result: dict[str, list[str]] = {}
    for row in store.all(
        """
        SELECT j.unit_id, j.code_id FROM calibration_judgements j
        JOIN calibration_units u ON u.id = j.unit_id
        WHERE u.calibration_id = ? AND j.coder = ? ORDER BY j.created_at
        """,
        [calibration_id, coder],
    ):
        codes = result.setdefault(row["unit_id"], [])
        if row["code_id"] is not None:
            codes.append(row["code_id"])
    return result


def mark_done(store: Store, calibration_id: str, coder: str, done: bool = True) -> None:
    """A coder says they are finished (or not yet, with ``done=False``)."""
    _require_open(get_calibration(store, calibration_id))
    coder = _require_coder(store, calibration_id, coder)
    store.db.execute(
        "UPDATE calibration_coders SET done_at = ? WHERE calibration_id = ? AND coder = ?",
        [now() if done else "", calibration_id, coder],
    )


def open_comparison(store: Store, calibration_id: str, *, force: bool = False) -> None:
    """Open the comparison: from now on everyone sees everything and judgements are frozen.
    Refused while a coder is not done, unless ``force`` (their unjudged units count as
    missing)."""
    session = get_calibration(store, calibration_id)
    if session["status"] == "compared":
        return
    waiting = [c["coder"] for c in coders(store, session["id"]) if not c["done_at"]]
    if waiting and not force:
        raise Conflict("coding.error.coders_not_done", coders=", ".join(waiting))
    store.table("calibrations").update(session["id"], {"status": "compared", "compared_at": now()})


@dataclass
class Figures:
    """Agreement over a set of units. NaN = not defined (see workbench.coding.agreement)."""

    percent: float
    kappa: float | None  # only with exactly two coders
    alpha: float
    units: int  # units judged by at least two coders


@dataclass
class CodeFigures:
    code_id: str
    name: str
    color: str
    figures: Figures
    given: dict[str, int]  # coder → number of units they gave this code


@dataclass
class UnitRow:
    unit_id: str
    position: int
    pseudonym: str
    text: str
    labels: dict[str, list[str] | None]  # coder → code names (None: not judged)
    agree: bool


@dataclass
class Comparison:
    coders: list[str]
    overall: Figures
    per_code: list[CodeFigures]
    rows: list[UnitRow] = field(default_factory=list)

    @property
    def disagreements(self) -> list[UnitRow]:
        return [row for row in self.rows if not row.agree]


def _figures(values: list[list[Any]], n_coders: int) -> Figures:
    pairable = sum(1 for unit in values if sum(v is not None for v in unit) >= 2)
    kappa = None
    if n_coders == 2:
        kappa = cohen_kappa([u[0] for u in values], [u[1] for u in values])
    return Figures(percent_agreement(values), kappa, krippendorff_alpha(values), pairable)


def compare(store: Store, calibration_id: str) -> Comparison:
    """Agreement overall and per code, plus every unit side by side (``rows``)."""
    session = get_calibration(store, calibration_id)
    if session["status"] != "compared":
        raise Conflict("coding.error.comparison_not_open", name=session["name"])
    names = [c["coder"] for c in coders(store, session["id"])]
    unit_rows = units(store, session["id"])
    judged: dict[tuple[str, str], set[str]] = {}
    for row in store.all(
        """
        SELECT j.unit_id, j.coder, j.code_id FROM calibration_judgements j
        JOIN calibration_units u ON u.id = j.unit_id WHERE u.calibration_id = ?
        """,
        [session["id"]],
    ):
        codes = judged.setdefault((row["unit_id"], row["coder"]), set())
        if row["code_id"] is not None:
            codes.add(row["code_id"])
    used = sorted({c for codes in judged.values() for c in codes})
    info = {r["id"]: r for r in store.all(
        f"SELECT id, name, color FROM codes WHERE id IN ({','.join('?' * len(used))})", used)}
    overall_values = [
        [frozenset(judged[(u["id"], c)]) if (u["id"], c) in judged else None for c in names]
        for u in unit_rows
    ]
    per_code = []
    for code_id in sorted(used, key=lambda cid: info[cid]["name"].casefold()):
        values = [
            [code_id in judged[(u["id"], c)] if (u["id"], c) in judged else None for c in names]
            for u in unit_rows
        ]
        given = {c: sum(1 for u in unit_rows if code_id in judged.get((u["id"], c), ()))
                 for c in names}
        per_code.append(CodeFigures(code_id, info[code_id]["name"], info[code_id]["color"],
                                    _figures(values, len(names)), given))
    rows = []
    for unit, judged_sets in zip(unit_rows, overall_values, strict=True):
        labels = {
            c: None if v is None else sorted((info[i]["name"] for i in v), key=str.casefold)
            for c, v in zip(names, judged_sets, strict=True)
        }
        present = [v for v in judged_sets if v is not None]
        rows.append(UnitRow(unit["id"], unit["position"], unit["pseudonym"], unit["text"],
                            labels, len(set(present)) <= 1))
    return Comparison(names, _figures(overall_values, len(names)), per_code, rows)


def format_figure(value: float | None, *, percent: bool = False) -> str:
    """An agreement figure for people: ``81%`` or ``0,75`` (decimal comma in Dutch);
    undefined figures (NaN) read "n.v.t." / "n/a", a missing κ (not two coders) "—"."""
    from workbench.coding.agreement import is_defined
    from workbench.i18n import get_language, t

    if value is None:
        return "—"
    if not is_defined(value):
        return t("coding.undefined")
    text = f"{value * 100:.0f}%" if percent else f"{value:.2f}"
    return text.replace(".", ",") if get_language() == "nl" else text
