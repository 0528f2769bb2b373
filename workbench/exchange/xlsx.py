"""One spreadsheet workbook (.xlsx) with the workshop's tables, for Excel and LibreOffice.

Sheets: stories, fragments, codes, factors, session results (tallies) and ballots, the
same tables as the CSV exports (``workbench.exchange.csvs``) with headers in the user's
language, the header row frozen, a filter on it, and columns as wide as their contents
(up to a limit). Participants on ballots are numbered per session ("Deelnemer 1"), never
named.

Written with XlsxWriter (see docs/ENGINEERING.md for why): every text goes in with
``write_string``, so nothing a storyteller typed can become a formula, and a text that a
spreadsheet would take for one when edited (starting with ``=``, ``+``, ``-`` or ``@``)
gets Excel's own "quote prefix", which keeps it text even after editing the cell.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from workbench.exchange import csvs
from workbench.exchange.safety import private
from workbench.i18n import t
from workbench.store import Store

MAX_WIDTH = 60  # characters; longer texts wrap in the cell instead
MIN_WIDTH = 6
SHEETS = ("stories", "fragments", "codes", "factors", "tallies", "ballots")
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


@dataclass
class Summary:
    rows: dict[str, int] = field(default_factory=dict)  # sheet key -> data rows

    @property
    def total(self) -> int:
        return sum(self.rows.values())


def codes_table(store: Store) -> csvs.Table:
    """The codebook: one row per code, with its category and how often it was given."""
    header = ["code_id", "code", "category", "is_category", "description", "codings",
              "fragments"]
    rows = store.all(
        "SELECT c.id, c.name, coalesce(p.name, '') AS category, c.is_category, c.description,"
        " (SELECT count(*) FROM codings g WHERE g.code_id = c.id) AS codings,"
        " (SELECT count(DISTINCT g.fragment_id) FROM codings g WHERE g.code_id = c.id) AS n"
        " FROM codes c LEFT JOIN codes p ON p.id = c.parent_id"
        " ORDER BY p.position IS NOT NULL, p.position, c.position, c.name")
    return header, ([r["id"], r["name"], r["category"], r["is_category"], r["description"],
                     r["codings"], r["n"]] for r in rows)


def numbered_ballots_table(store: Store) -> csvs.Table:
    """The ballots with each participant as a number within their session."""
    header, rows = csvs.ballots_table(store)
    column = header.index("participant")
    numbers: dict[tuple[Any, Any], int] = {}
    per_session: dict[Any, int] = {}

    def body() -> Iterable[list[Any]]:
        for row in rows:
            key = (row[0], row[column])
            if key not in numbers:
                per_session[row[0]] = per_session.get(row[0], 0) + 1
                numbers[key] = per_session[row[0]]
            number = numbers[key]
            yield [*row[:column], t("xlsx.participant", n=number), *row[column + 1:]]

    return header, body()


def _tables(store: Store, include_identities: bool) -> dict[str, csvs.Table]:
    return {
        "stories": csvs.stories_table(store, include_identities=include_identities),
        "fragments": csvs.fragments_table(store),
        "codes": codes_table(store),
        "factors": csvs.factors_table(store),
        "tallies": csvs.tallies_table(store),
        "ballots": numbered_ballots_table(store),
    }


def header_text(name: str) -> str:
    """A column's header in the user's language (the CSV identifier when none is known)."""
    text = t(f"xlsx.col.{name}")
    return name if text == f"xlsx.col.{name}" else text


def export_xlsx(store: Store, out: str | Path, *, include_identities: bool = False,
                progress: Callable[[int, int], None] | None = None) -> Summary:
    """Write the workbook to ``out`` (owner-only); returns the rows per sheet."""
    import xlsxwriter  # loaded when a workbook is written, not at start-up

    out = Path(out)
    temporary = out.with_name(out.name + ".part")
    summary = Summary()
    try:
        book = xlsxwriter.Workbook(str(temporary), {
            # a text is a text: never a formula, a link or a number by guessing
            "strings_to_formulas": False, "strings_to_urls": False,
            "strings_to_numbers": False, "constant_memory": False,
        })
        bold = book.add_format({"bold": True, "bottom": 1, "text_wrap": True,
                                "valign": "top"})
        quoted = book.add_format({"quote_prefix": True, "valign": "top"})
        wrap = book.add_format({"text_wrap": True, "valign": "top"})
        top = book.add_format({"valign": "top"})
        tables = _tables(store, include_identities)
        for index, key in enumerate(SHEETS, start=1):
            header, rows = tables[key]
            sheet = book.add_worksheet(t(f"xlsx.sheet.{key}")[:31])
            titles = [header_text(name) for name in header]
            widths = [max(MIN_WIDTH, len(title) + 2) for title in titles]
            for col, title in enumerate(titles):
                sheet.write_string(0, col, title, bold)
            count = 0
            for count, row in enumerate(rows, start=1):
                for col, value in enumerate(row):
                    widths[col] = max(widths[col], _width(value))
                    _write(sheet, count, col, value, quoted=quoted, wrap=wrap, plain=top)
            sheet.freeze_panes(1, 0)
            sheet.autofilter(0, 0, max(count, 1), len(header) - 1)
            for col, width in enumerate(widths):
                sheet.set_column(col, col, min(MAX_WIDTH, width),
                                 wrap if width > MAX_WIDTH else None)
            summary.rows[key] = count
            if progress is not None:
                progress(index, len(SHEETS))
        book.close()
        private(temporary)
        temporary.replace(out)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
    return summary


def _width(value: Any) -> int:
    if value is None:
        return 0
    text = str(value)
    return max((len(line) for line in text.splitlines()), default=0) + 2


def _write(sheet: Any, row: int, col: int, value: Any, *, quoted: Any, wrap: Any,
           plain: Any) -> None:
    if value is None or value == "":
        return
    if isinstance(value, bool):
        sheet.write_number(row, col, int(value), plain)
    elif isinstance(value, (int, float)):
        sheet.write_number(row, col, value, plain)
    else:
        text = str(value)
        if text.startswith(_FORMULA_START):
            style = quoted
        elif len(text) > MAX_WIDTH or "\n" in text:
            style = wrap
        else:
            style = plain
        sheet.write_string(row, col, text, style)
