"""The exports a user can choose from, what each includes, and running one.

The exchange screen shows these; it holds no knowledge of the formats itself. Every
choice here is anonymised: real names and contact details only leave the workshop
through the command line with ``--include-identities`` and the facilitator PIN.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from workbench.i18n import t
from workbench.store import Store
from workbench.workshop import require_workshop


@dataclass(frozen=True)
class Choice:
    key: str
    ext: str


CHOICES = (
    Choice("qdpx", "qdpx"),
    Choice("qdc", "qdc"),
    Choice("csv-stories", "csv"),
    Choice("csv-fragments", "csv"),
    Choice("csv-factors", "csv"),
    Choice("csv-ballots", "csv"),
    Choice("csv-tallies", "csv"),
    Choice("xlsx", "xlsx"),
    Choice("json", "json"),
    Choice("bundle", "wbb"),
)


def choice(key: str) -> Choice:
    for item in CHOICES:
        if item.key == key:
            return item
    raise KeyError(key)


def _count(store: Store, sql: str) -> int:
    return store.scalar(sql) or 0


def included(store: Store, key: str) -> list[str]:
    """Lines telling what the export ``key`` will contain, in the user's language."""
    n = {
        "stories": _count(store, "SELECT count(*) FROM stories"),
        "storytellers": _count(store, "SELECT count(*) FROM storytellers"),
        "codes": _count(store, "SELECT count(*) FROM codes"),
        "fragments": _count(store, "SELECT count(*) FROM fragments"),
        "codings": _count(store, "SELECT count(*) FROM codings"),
        "factors": _count(store, "SELECT count(*) FROM factors"),
        "elements": _count(store, "SELECT count(*) FROM factor_elements"),
        "sessions": _count(store, "SELECT count(*) FROM sessions"),
        "ballots": _count(store, "SELECT count(*) FROM ballots"),
        "notes": _count(store, "SELECT count(*) FROM memos")
        + _count(store, "SELECT count(*) FROM ratings WHERE trim(reason) != ''")
        + _count(store, "SELECT count(*) FROM additions")
        + _count(store, "SELECT count(*) FROM session_cards"),
    }
    lines = [t(f"exchange.tui.about.{key}")]
    for item in _SHOWN[key]:
        if item == "factors":  # the one wording: per practice, and after linking
            from workbench.workshop import counts, factor_count_lines

            lines += factor_count_lines(counts(store))
        else:
            lines.append(t(f"exchange.tui.has.{item}", n=n[item]))
    lines.append(t("exchange.tui.anonymous"))
    return lines


_SHOWN = {
    "qdpx": ("stories", "storytellers", "codes", "fragments", "codings", "factors", "notes"),
    "qdc": ("codes", "factors"),
    "csv-stories": ("stories",),
    "csv-fragments": ("fragments", "codings"),
    "csv-factors": ("factors", "elements"),
    "csv-ballots": ("sessions", "ballots"),
    "csv-tallies": ("sessions", "ballots"),
    "xlsx": ("stories", "fragments", "codes", "factors", "sessions", "ballots"),
    "json": ("stories", "storytellers", "codes", "fragments", "factors", "sessions"),
    "bundle": ("stories", "storytellers", "codes", "fragments", "factors", "sessions"),
}


def _slug(name: str) -> str:
    plain = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", plain.lower()).strip("-") or "workbench"


def default_path(store: Store, key: str, folder: Path | None = None) -> Path:
    """A sensible file name beside the workshop file: name, kind and today's date."""
    item = choice(key)
    base = folder or (store.path.parent if store.path is not None else Path.cwd())
    kind = key.split("-", 1)[1] if key.startswith("csv-") else key
    stem = f"{_slug(require_workshop(store)['name'])}-{kind}-{date.today().isoformat()}"
    return base / f"{stem}.{item.ext}"


def run(store: Store, key: str, out: Path,
        progress: Callable[[int, int], None] | None = None) -> str:
    """Write export ``key`` to ``out``; returns the sentence to show when it is done."""
    if key == "qdpx":
        from workbench.exchange.refiqda import export_qdpx

        summary = export_qdpx(store, out, progress=progress)
        return t("exchange.cli.exported_qdpx", path=str(out), stories=summary.stories,
                 codes=summary.codes, fragments=summary.fragments, notes=summary.notes)
    if key == "qdc":
        from workbench.exchange.refiqda import export_qdc

        return t("exchange.cli.exported_qdc", path=str(out), codes=export_qdc(store, out).codes)
    if key.startswith("csv-"):
        from workbench.exchange.csvs import export_csv
        from workbench.i18n import get_language

        # the screen's users open Excel: a Dutch one splits on ';'
        rows = export_csv(store, key[4:], out, bom=True,
                          sep=";" if get_language() == "nl" else ",")
        return t("exchange.cli.exported_csv", path=str(out), rows=rows)
    if key == "xlsx":
        from workbench.exchange.xlsx import export_xlsx

        sheets = export_xlsx(store, out, progress=progress)
        return t("xlsx.cli.exported", path=str(out), rows=sheets.total,
                 sheets=len(sheets.rows))
    if key == "json":
        from workbench.exchange.jsondoc import write_json

        write_json(store, out)
        return t("cli.exported", path=str(out))
    from workbench.exchange.bundle import write_bundle

    bundled = write_bundle(store, out)
    return t("exchange.cli.bundled", path=str(out), rows=bundled.rows,
             version=store.schema_version)
