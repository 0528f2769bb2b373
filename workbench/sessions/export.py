"""Session results written out: CSV (one row per factor, for spreadsheets) and JSON (all
tallies, rules, additions and the raw ballots with participants numbered, not named)."""

from __future__ import annotations

import csv
import json
from dataclasses import asdict
from pathlib import Path
from typing import Any

from workbench.errors import InvalidInput
from workbench.sessions import tally
from workbench.sessions.results import SessionResults, session_results
from workbench.store import Store, private_file

# -- export ------------------------------------------------------------------------------

CSV_COLUMNS = [
    "session", "held_on", "practice", "factor", "rank", "tied", "priority_basis", "dots",
    "borda", "approval", "hands_priority", "hands_recognition", "recognition_n",
    "recognition_na", "recognition_mean", "recognition_median", "r1", "r2", "r3", "r4", "r5",
    "additions", "n_participants", "quorum", "below_quorum",
]


def results_document(store: Store, session_id: str) -> dict[str, Any]:
    """The results as plain data: tallies, rules, additions, cards and the raw ballots
    (participants numbered, not named), so anyone can recompute every tally."""
    results = session_results(store, session_id)
    doc = asdict(results)
    for factor, data in zip(results.factors, doc["factors"], strict=True):
        data["recognition"] = factor.recognition.as_dict()
        for element, element_data in zip(factor.elements, data["elements"], strict=True):
            element_data["recognition"] = element.recognition.as_dict()
    raw = []
    counted = store.all(
        "SELECT id FROM ballots WHERE session_id = ? AND confirmed_at != '' "
        "ORDER BY confirmed_at, id",
        [session_id],
    )
    for number, row in enumerate(counted, start=1):
        raw.append(
            {
                "ballot": number,
                "ratings": [
                    {"factor_id": r["factor_id"], "element_id": r["element_id"],
                     "score": r["score"]}
                    for r in store.all(
                        "SELECT factor_id, element_id, score FROM ratings WHERE ballot_id = ? "
                        "ORDER BY factor_id, element_id",
                        [row["id"]],
                    )
                ],
                "dots": {
                    r["factor_id"]: r["dots"]
                    for r in store.all(
                        "SELECT factor_id, dots FROM dot_votes WHERE ballot_id = ?", [row["id"]]
                    )
                },
                "ranking": [
                    r["factor_id"]
                    for r in store.all(
                        "SELECT factor_id FROM rankings WHERE ballot_id = ? ORDER BY rank",
                        [row["id"]],
                    )
                ],
            }
        )
    doc["ballots"] = raw
    return doc


def _cell(text: str) -> str:
    """Text that a spreadsheet will not run as a formula (additions are typed by anyone)."""
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


def csv_rows(results: SessionResults) -> list[dict[str, Any]]:
    rows = []
    for factor in results.factors:
        rec = factor.recognition
        rows.append(
            {
                "session": _cell(results.name),
                "held_on": _cell(results.held_on),
                "practice": _cell(results.practice_name),
                "factor": _cell(factor.name),
                "rank": factor.rank,
                "tied": int(factor.tied),
                "priority_basis": results.priority_basis,
                "dots": factor.dots,
                "borda": f"{factor.borda:g}",
                "approval": factor.approval,
                "hands_priority": factor.hands.get("priority", ""),
                "hands_recognition": factor.hands.get("recognition", ""),
                "recognition_n": rec.n,
                "recognition_na": rec.n_na,
                "recognition_mean": "" if rec.mean is None else f"{rec.mean:.2f}",
                "recognition_median": "" if rec.median is None else f"{rec.median:g}",
                **{f"r{s}": rec.distribution[s] for s in tally.SCALE},
                "additions": _cell(" | ".join(a.text for a in factor.additions)),
                "n_participants": results.n_participants,
                "quorum": results.quorum,
                "below_quorum": int(results.below_quorum),
            }
        )
    return rows


def export_results(store: Store, session_id: str, out: str | Path, fmt: str | None = None) -> Path:
    """Write a session's results to ``out`` as CSV (one row per factor) or JSON (everything,
    raw ballots included). The format follows the file extension unless ``fmt`` is given."""
    out = Path(out)
    fmt = (fmt or out.suffix.lstrip(".")).lower()
    if fmt not in ("csv", "json"):
        raise InvalidInput("sessions.error.bad_format", format=fmt or "?")
    tmp = out.with_name(out.name + ".tmp")
    if fmt == "json":
        text = json.dumps(results_document(store, session_id), ensure_ascii=False, indent=2)
        tmp.write_text(text + "\n", encoding="utf-8")
    else:
        with tmp.open("w", encoding="utf-8-sig", newline="") as handle:
            # utf-8-sig: Excel, which most facilitators open CSV files with, then reads
            # the accents right.
            writer = csv.DictWriter(handle, fieldnames=CSV_COLUMNS)
            writer.writeheader()
            writer.writerows(csv_rows(session_results(store, session_id)))
    private_file(tmp)  # ballots and reasons: readable by the owner only, like the workshop
    tmp.replace(out)
    return out
