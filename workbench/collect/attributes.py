"""Case attributes: what the facilitator wants to know of each storyteller beyond role and
practice (age group, years in the group, language of the telling, …), to filter and compare
retrievals, the overview and co-occurrence by.

An attribute has a kind: ``text``, ``number``, ``date`` (YYYY-MM-DD), ``boolean`` (stored as
``true``/``false``) or ``choice`` (one of its listed values). Values are checked and stored
in one canonical spelling, so filtering compares like with like.
"""

from __future__ import annotations

import csv
import io
import json
from datetime import date
from typing import Any

from workbench.errors import Conflict, InvalidInput, NotFound
from workbench.store import Store, new_id, now

KINDS = ("text", "number", "date", "boolean", "choice")
TRUE = {"ja", "j", "yes", "y", "true", "waar", "1"}
FALSE = {"nee", "n", "no", "false", "onwaar", "0"}


def add_attribute(store: Store, name: str, kind: str = "text",
                  choices: list[str] | None = None) -> str:
    """Define an attribute and return its id; names are unique ignoring case."""
    name = " ".join(name.split())
    if not name:
        raise InvalidInput("analysis.error.attribute_name")
    if kind not in KINDS:
        raise InvalidInput("analysis.error.attribute_kind", kind=kind, kinds=", ".join(KINDS))
    clean = [" ".join(c.split()) for c in (choices or []) if c.strip()]
    if kind == "choice" and not clean:
        raise InvalidInput("analysis.error.attribute_choices")
    if store.one("SELECT 1 FROM attributes WHERE name = ? COLLATE NOCASE", [name]):
        raise Conflict("analysis.error.attribute_exists", name=name)
    attribute_id = new_id()
    store.table("attributes").insert({
        "id": attribute_id, "name": name, "kind": kind,
        "choices": json.dumps(clean if kind == "choice" else [], ensure_ascii=False),
        "position": store.scalar("SELECT coalesce(max(position), 0) + 1 FROM attributes"),
        "created_at": now(),
    })
    return attribute_id


def attributes(store: Store) -> list[dict[str, Any]]:
    """Every attribute in order, with ``choices`` as a list."""
    rows = store.all("SELECT * FROM attributes ORDER BY position, name")
    for row in rows:
        row["choices"] = json.loads(row["choices"] or "[]")
    return rows


def find_attribute(store: Store, ref: str) -> dict[str, Any]:
    for row in attributes(store):
        if row["id"] == ref or row["name"].casefold() == " ".join(ref.split()).casefold():
            return row
    raise NotFound("analysis.error.no_attribute", name=ref)


def normalise(attribute: dict[str, Any], value: str) -> str:
    """``value`` in the attribute's canonical spelling; ``InvalidInput`` when it does not fit."""
    value = " ".join(str(value).split())
    kind = attribute["kind"]
    if kind == "number":
        try:
            number = float(value.replace(",", "."))
        except ValueError:
            raise InvalidInput("analysis.error.not_a_number", value=value,
                               name=attribute["name"]) from None
        return str(int(number)) if number.is_integer() else repr(number)
    if kind == "date":
        try:
            return date.fromisoformat(value).isoformat()
        except ValueError:
            raise InvalidInput("analysis.error.not_a_date", value=value,
                               name=attribute["name"]) from None
    if kind == "boolean":
        if value.casefold() in TRUE:
            return "true"
        if value.casefold() in FALSE:
            return "false"
        raise InvalidInput("analysis.error.not_yes_no", value=value, name=attribute["name"])
    if kind == "choice":
        for choice in attribute["choices"]:
            if choice.casefold() == value.casefold():
                return choice
        raise InvalidInput("analysis.error.not_a_choice", value=value, name=attribute["name"],
                           choices=", ".join(attribute["choices"]))
    return value


def set_value(store: Store, storyteller_id: str, attribute_id: str, value: str | None) -> None:
    """Give a storyteller a value (``None`` or empty: take the value away)."""
    attribute = find_attribute(store, attribute_id)
    if not store.one("SELECT 1 FROM storytellers WHERE id = ?", [storyteller_id]):
        raise NotFound("analysis.error.no_storyteller", name=storyteller_id)
    if value is None or not str(value).strip():
        store.db.execute("DELETE FROM attribute_values WHERE storyteller_id = ? "
                         "AND attribute_id = ?", [storyteller_id, attribute["id"]])
        return
    store.db.execute(
        "INSERT INTO attribute_values (storyteller_id, attribute_id, value) VALUES (?, ?, ?) "
        "ON CONFLICT(storyteller_id, attribute_id) DO UPDATE SET value = excluded.value",
        [storyteller_id, attribute["id"], normalise(attribute, value)])


def values_for(store: Store, storyteller_id: str) -> dict[str, str]:
    """A storyteller's values by attribute id."""
    return {r["attribute_id"]: r["value"] for r in store.all(
        "SELECT attribute_id, value FROM attribute_values WHERE storyteller_id = ?",
        [storyteller_id])}


def value_table(store: Store) -> dict[str, dict[str, str]]:
    """Every value: storyteller id → attribute id → value."""
    table: dict[str, dict[str, str]] = {}
    for row in store.all("SELECT * FROM attribute_values"):
        table.setdefault(row["storyteller_id"], {})[row["attribute_id"]] = row["value"]
    return table


def distinct_values(store: Store, attribute_id: str) -> list[str]:
    return [r["value"] for r in store.all(
        "SELECT DISTINCT value FROM attribute_values WHERE attribute_id = ? ORDER BY value",
        [attribute_id])]


def find_storyteller(store: Store, ref: str) -> dict[str, Any]:
    row = store.one("SELECT * FROM storytellers WHERE id = ? OR pseudonym = ? COLLATE NOCASE",
                    [ref, " ".join(ref.split())])
    if row is None:
        raise NotFound("analysis.error.no_storyteller", name=ref)
    return row


PSEUDONYM_COLUMNS = ("schuilnaam", "pseudonym", "verteller", "storyteller")


def import_csv(store: Store, text: str) -> tuple[int, list[str]]:
    """Values from a CSV: one row per storyteller (column ``schuilnaam`` or ``pseudonym``),
    one column per attribute (by name). All rows or none: any problem raises
    ``InvalidInput`` naming the row. Returns (values set, attribute columns used)."""
    sample = text[:4096]
    try:
        dialect = csv.Sniffer().sniff(sample, delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel  # type: ignore[assignment]
    reader = csv.DictReader(io.StringIO(text.lstrip("\ufeff")), dialect=dialect)
    fields = reader.fieldnames or []
    key = next((f for f in fields if f.strip().casefold() in PSEUDONYM_COLUMNS), None)
    if key is None:
        raise InvalidInput("analysis.error.csv_no_pseudonym")
    columns = []
    for field in fields:
        if field == key or not field.strip():
            continue
        columns.append((field, find_attribute(store, field)))
    count = 0
    with store.transaction():
        for number, row in enumerate(reader, start=2):
            if not (row.get(key) or "").strip():
                continue
            try:
                teller = find_storyteller(store, row[key])
                for field, attribute in columns:
                    if (row.get(field) or "").strip():
                        set_value(store, teller["id"], attribute["id"], row[field])
                        count += 1
            except (InvalidInput, NotFound) as error:
                raise InvalidInput("analysis.error.csv_row", row=number,
                                   reason=error.message()) from None
    return count, [a["name"] for _, a in columns]


def shown(attribute: dict[str, Any], value: str) -> str:
    """A value as the user reads it (yes/no in their language)."""
    if attribute["kind"] == "boolean":
        from workbench.i18n import t

        return t("word.yes") if value == "true" else t("word.no")
    return value
