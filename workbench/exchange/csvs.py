"""CSV exports for spreadsheets and statistics: stories, fragments, factors, ballots, tallies.

Column names are stable English identifiers (documented in docs/readme/80-exchange.md), so
scripts keep working whatever language the workbench speaks. Files are UTF-8; ``bom=True``
adds a byte-order mark so Excel recognises UTF-8. Cells that a spreadsheet would run as a
formula (starting with =, +, @, or - followed by something other than a space) get a
leading apostrophe: a story is data, never a command.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from workbench.errors import InvalidInput
from workbench.exchange.safety import private
from workbench.store import Store

KINDS = ("stories", "fragments", "factors", "ballots", "tallies")

Table = tuple[list[str], Iterable[list[Any]]]


def _guard(value: Any) -> Any:
    if not isinstance(value, str) or not value:
        return value
    first = value[0]
    if first in "=+@\t\r" or (first == "-" and len(value) > 1 and value[1] != " "):
        return "'" + value
    return value


def stories_table(store: Store, *, include_identities: bool = False) -> Table:
    header = ["story_id", "practice", "storyteller_id", "pseudonym", "role", "role_label",
              "title", "mode", "interviewer", "interpreter", "recorded_on", "status",
              "language", "topics", "quotes_allowed", "revision", "created_at", "updated_at",
              "text"]
    if include_identities:
        header += ["real_name", "contact"]
    topics: dict[str, list[str]] = {}
    for row in store.all("SELECT st.story_id, t.label FROM story_topics st "
                         "JOIN topics t ON t.id = st.topic_id ORDER BY t.position"):
        topics.setdefault(row["story_id"], []).append(row["label"])
    quotes: dict[str, int] = {}
    for row in store.all("SELECT storyteller_id, quotes FROM consents ORDER BY recorded_at"):
        quotes[row["storyteller_id"]] = row["quotes"]  # the latest consent counts
    rows = store.all(
        "SELECT s.*, p.name AS practice, t.pseudonym, t.role, t.role_label, "
        "i.real_name, i.contact FROM stories s "
        "JOIN storytellers t ON t.id = s.storyteller_id "
        "LEFT JOIN practices p ON p.id = s.practice_id "
        "LEFT JOIN identities i ON i.storyteller_id = t.id ORDER BY s.created_at, s.id")

    from workbench.exchange.people import interviewer_numbers, number

    numbers = {} if include_identities else interviewer_numbers(store)  # real names too

    def body() -> Iterable[list[Any]]:
        for r in rows:
            line = [r["id"], r["practice"] or "", r["storyteller_id"], r["pseudonym"],
                    r["role"] or "", r["role_label"], r["title"], r["mode"],
                    number(numbers, r["interviewer"]),
                    r["interpreter"],
                    r["recorded_on"], r["status"], r["language"],
                    "; ".join(topics.get(r["id"], [])), quotes.get(r["storyteller_id"], ""),
                    r["revision"], r["created_at"], r["updated_at"], r["text"]]
            if include_identities:
                line += [r["real_name"] or "", r["contact"] or ""]
            yield line

    return header, body()


def fragments_table(store: Store) -> Table:
    header = ["fragment_id", "story_id", "practice", "pseudonym", "role", "start", "end",
              "text", "codes", "categories", "coders", "factors"]
    codes: dict[str, list[tuple[str, str, str]]] = {}
    for row in store.all("SELECT g.fragment_id, c.name, coalesce(p.name, '') AS category, "
                         "g.coder FROM codings g JOIN codes c ON c.id = g.code_id "
                         "LEFT JOIN codes p ON p.id = c.parent_id ORDER BY c.position, c.name"):
        codes.setdefault(row["fragment_id"], []).append(
            (row["name"], row["category"], row["coder"]))
    factors: dict[str, list[str]] = {}
    for row in store.all("SELECT ff.fragment_id, f.name FROM factor_fragments ff "
                         "JOIN factors f ON f.id = ff.factor_id ORDER BY f.position, f.name"):
        factors.setdefault(row["fragment_id"], []).append(row["name"])
    rows = store.all(
        "SELECT f.*, p.name AS practice, t.pseudonym, t.role FROM fragments f "
        "JOIN stories s ON s.id = f.story_id JOIN storytellers t ON t.id = s.storyteller_id "
        "LEFT JOIN practices p ON p.id = s.practice_id ORDER BY s.created_at, f.start, f.id")

    def unique(values: Iterable[str]) -> str:
        return "; ".join(dict.fromkeys(v for v in values if v))

    def body() -> Iterable[list[Any]]:
        for r in rows:
            mine = codes.get(r["id"], [])
            yield [r["id"], r["story_id"], r["practice"] or "", r["pseudonym"], r["role"] or "",
                   r["start"], r["end"], r["text"], unique(c[0] for c in mine),
                   unique(c[1] for c in mine), unique(c[2] for c in mine),
                   unique(factors.get(r["id"], []))]

    return header, body()


def factors_table(store: Store) -> Table:
    header = ["factor_id", "practice", "factor", "type", "description", "link_id",
              "element_position", "element", "element_origin", "codes", "fragments"]
    codes: dict[str, list[str]] = {}
    for row in store.all("SELECT fc.factor_id, c.name FROM factor_codes fc "
                         "JOIN codes c ON c.id = fc.code_id ORDER BY c.name"):
        codes.setdefault(row["factor_id"], []).append(row["name"])
    cards = {row["factor_id"]: row["n"] for row in store.all(
        "SELECT factor_id, count(*) AS n FROM factor_fragments GROUP BY factor_id")}
    elements: dict[str, list[dict[str, Any]]] = {}
    for row in store.all("SELECT * FROM factor_elements ORDER BY factor_id, position, id"):
        elements.setdefault(row["factor_id"], []).append(row)
    factors = store.all("SELECT f.*, p.name AS practice FROM factors f "
                        "LEFT JOIN practices p ON p.id = f.practice_id "
                        "ORDER BY p.name IS NOT NULL, p.name, f.position, f.name")

    def body() -> Iterable[list[Any]]:
        for f in factors:
            common = [f["id"], f["practice"] or "", f["name"], f["type"], f["description"],
                      f["link_id"] or ""]
            tail = ["; ".join(codes.get(f["id"], [])), cards.get(f["id"], 0)]
            if not elements.get(f["id"]):
                yield [*common, "", "", "", *tail]
            for i, element in enumerate(elements.get(f["id"]) or [], start=1):
                yield [*common, i, element["text"], element["origin"], *tail]

    return header, body()


def participant_numbers(store: Store) -> dict[str, int]:
    """Each participant's stable number within their session (1, 2, ... in check-in
    order): exports name participants by number, not by the label they checked in with."""
    numbers: dict[str, int] = {}
    counters: dict[str, int] = {}
    for row in store.all("SELECT id, session_id FROM participants "
                         "ORDER BY session_id, checked_in_at, id"):
        counters[row["session_id"]] = counters.get(row["session_id"], 0) + 1
        numbers[row["id"]] = counters[row["session_id"]]
    return numbers


def ballots_table(store: Store, include_identities: bool = False) -> Table:
    """One row per ballot and factor (and element, when elements were rated).

    Participants appear as "deelnemer N" (their number in the session) unless
    ``include_identities`` (which the CLI grants only with the facilitator PIN)."""
    from workbench.i18n import t
    header = ["session", "practice", "participant", "role", "confirmed", "factor", "element",
              "score", "reason", "dots", "rank"]
    dots = {(r["ballot_id"], r["factor_id"]): r["dots"] for r in store.all(
        "SELECT * FROM dot_votes")}
    ranks = {(r["ballot_id"], r["factor_id"]): r["rank"] for r in store.all(
        "SELECT * FROM rankings")}
    rows = store.all(
        "SELECT s.name AS session, p.name AS practice, pa.id AS participant_id, pa.label, "
        "pa.role, b.id AS ballot, "
        "b.confirmed_at, f.id AS factor_id, f.name AS factor, e.text AS element, r.score, "
        "r.reason FROM ratings r JOIN ballots b ON b.id = r.ballot_id "
        "JOIN sessions s ON s.id = b.session_id JOIN participants pa ON pa.id = b.participant_id "
        "JOIN factors f ON f.id = r.factor_id LEFT JOIN factor_elements e ON e.id = r.element_id "
        "LEFT JOIN practices p ON p.id = s.practice_id "
        "ORDER BY s.created_at, pa.checked_in_at, pa.id, f.position, f.name, "
        "e.position IS NOT NULL, e.position")
    numbers = participant_numbers(store)

    def body() -> Iterable[list[Any]]:
        for r in rows:
            who = (r["label"] if include_identities else
                   t("safety.participant_n", n=numbers.get(r["participant_id"], 0)))
            key = (r["ballot"], r["factor_id"])
            factor_row = r["element"] is None
            yield [r["session"], r["practice"] or "", who, r["role"],
                   int(bool(r["confirmed_at"])), r["factor"], r["element"] or "",
                   "" if r["score"] is None else r["score"], r["reason"],
                   dots.get(key, "") if factor_row else "",
                   ranks.get(key, "") if factor_row else ""]

    return header, body()


def tallies_table(store: Store) -> Table:
    """Per session, factor and element: how the confirmed ballots came out."""
    header = ["session", "practice", "held_on", "state", "checked_in", "confirmed_ballots",
              "participants", "quorum", "quorum_met", "factor", "element", "ratings",
              "mean_recognition", "score_1", "score_2", "score_3", "score_4", "score_5",
              "not_applicable", "dots", "mean_rank", "ranked", "hands"]
    sessions = store.all(
        "SELECT s.*, p.name AS practice, "
        "(SELECT count(*) FROM participants x WHERE x.session_id = s.id) AS n_checked_in, "
        "(SELECT count(*) FROM ballots b WHERE b.session_id = s.id AND b.confirmed_at != '') "
        "AS confirmed FROM sessions s LEFT JOIN practices p ON p.id = s.practice_id "
        "ORDER BY s.created_at, s.name")
    confirmed = "b.session_id = ? AND b.confirmed_at != ''"

    def body() -> Iterable[list[Any]]:
        for s in sessions:
            factors = store.all(
                "SELECT DISTINCT f.id, f.name, f.position FROM factors f WHERE f.id IN ("
                " SELECT factor_id FROM session_factors WHERE session_id = ?"
                " UNION SELECT r.factor_id FROM ratings r JOIN ballots b ON b.id = r.ballot_id"
                " WHERE b.session_id = ?) ORDER BY f.position, f.name", [s["id"], s["id"]])
            # as the session results count them: confirmed ballots, or the facilitator's
            # head count when hands were shown, whichever is larger
            counted = max(s["confirmed"], int(s.get("present") or 0))
            head = [s["name"], s["practice"] or "", s["held_on"], s["state"], s["n_checked_in"],
                    s["confirmed"], counted, s["quorum"], int(counted >= s["quorum"])]
            for f in factors:
                elements = [(None, "")] + [(e["id"], e["text"]) for e in store.all(
                    "SELECT id, text FROM factor_elements WHERE factor_id = ? ORDER BY position",
                    [f["id"]])]
                for element_id, element_text in elements:
                    scores = store.all(
                        f"SELECT r.score FROM ratings r JOIN ballots b ON b.id = r.ballot_id "
                        f"WHERE {confirmed} AND r.factor_id = ? AND r.element_id IS ?",
                        [s["id"], f["id"], element_id])
                    if element_id is not None and not scores:
                        continue  # elements nobody rated stay out of the table
                    given = [r["score"] for r in scores if r["score"] is not None]
                    mean = round(sum(given) / len(given), 2) if given else ""
                    counts = [sum(1 for g in given if g == n) for n in range(1, 6)]
                    extra: list[Any] = ["", "", "", ""]
                    if element_id is None:
                        dots = store.scalar(
                            f"SELECT coalesce(sum(d.dots), 0) FROM dot_votes d JOIN ballots b "
                            f"ON b.id = d.ballot_id WHERE {confirmed} AND d.factor_id = ?",
                            [s["id"], f["id"]])
                        rank = store.one(
                            f"SELECT avg(k.rank) AS mean, count(*) AS n FROM rankings k "
                            f"JOIN ballots b ON b.id = k.ballot_id WHERE {confirmed} "
                            f"AND k.factor_id = ?", [s["id"], f["id"]])
                        hands = store.scalar(
                            "SELECT sum(count) FROM hand_counts WHERE session_id = ? "
                            "AND factor_id = ?", [s["id"], f["id"]])
                        extra = [dots, round(rank["mean"], 2) if rank and rank["n"] else "",
                                 rank["n"] if rank else 0, "" if hands is None else hands]
                    yield [*head, f["name"], element_text, len(given), mean, *counts,
                           len(scores) - len(given), *extra]

    return header, body()


def table(store: Store, kind: str, *, include_identities: bool = False) -> Table:
    """The header and rows of one CSV ``kind`` (see KINDS)."""
    if kind == "stories":
        return stories_table(store, include_identities=include_identities)
    if kind == "ballots":
        return ballots_table(store, include_identities=include_identities)
    builders = {"fragments": fragments_table, "factors": factors_table,
                "tallies": tallies_table}
    if kind not in builders:
        raise InvalidInput("exchange.error.bad_kind", kind=kind, kinds=", ".join(KINDS))
    return builders[kind](store)


def export_csv(store: Store, kind: str, out: str | Path, *, bom: bool = False,
               include_identities: bool = False, sep: str = ",") -> int:
    """Write one CSV ``kind`` to ``out``; returns the number of data rows. ``sep``: the
    field separator (";" for a Dutch Excel)."""
    header, rows = table(store, kind, include_identities=include_identities)
    out = Path(out)
    temporary = out.with_name(out.name + ".part")
    count = 0
    try:
        with open(temporary, "w", encoding="utf-8-sig" if bom else "utf-8", newline="") as handle:
            writer = csv.writer(handle, delimiter=sep)
            writer.writerow(header)
            for row in rows:
                writer.writerow([_guard(value) for value in row])
                count += 1
        private(temporary)
        temporary.replace(out)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
    return count
