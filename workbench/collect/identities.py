"""Real names and contacts, kept apart from the stories.

An identity belongs to a storyteller (``identities`` table) and is only ever shown or
exported with the facilitator PIN. It can come in with an interview (the form's two
fields), with an import (a sidecar CSV naming, per transcript file, the person behind
it), or be set later. The list of which file got which pseudonym is written, on request,
to a file readable by its owner only: file names often hold real names.
"""

from __future__ import annotations

import csv
import io
import os
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from workbench.collect import stories
from workbench.errors import InvalidInput
from workbench.store import Store

FILE_COLUMNS = ("file", "bestand")
NAME_COLUMNS = ("name", "naam", "real_name", "echte_naam")
CONTACT_COLUMNS = ("contact",)
LABEL_COLUMNS = ("role_label", "rol_label", "label")


@dataclass(frozen=True)
class SidecarRow:
    """Who is behind one transcript file."""

    file: str
    real_name: str = ""
    contact: str = ""
    role_label: str = ""


def _pick(columns: dict[str, str], row: dict[str, str], names: Iterable[str]) -> str:
    for name in names:
        if name in columns:
            return (row.get(columns[name]) or "").strip()
    return ""


def read_sidecar(path: str | Path) -> dict[str, SidecarRow]:
    """Read an identities CSV (columns file, name, contact, role_label; Dutch names too),
    keyed by the transcript's file name."""
    from workbench.collect.importing import Skip, decode

    path = Path(path)
    try:
        text = decode(path.read_bytes())
    except (OSError, Skip) as error:
        raise InvalidInput("identity.error.csv", path=str(path)) from error
    try:
        dialect = csv.Sniffer().sniff(text[:4096], delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    reader = csv.DictReader(io.StringIO(text, newline=""), dialect=dialect)
    columns = {(c or "").strip().lower().replace(" ", "_"): c for c in reader.fieldnames or []}
    if not any(name in columns for name in FILE_COLUMNS):
        raise InvalidInput("identity.error.csv", path=str(path))
    found: dict[str, SidecarRow] = {}
    for row in reader:
        file = Path(_pick(columns, row, FILE_COLUMNS)).name
        if not file:
            continue
        found[file] = SidecarRow(file, _pick(columns, row, NAME_COLUMNS),
                                 _pick(columns, row, CONTACT_COLUMNS),
                                 _pick(columns, row, LABEL_COLUMNS))
    return found


def check_sidecar(rows: dict[str, SidecarRow], paths: Iterable[str | Path]) -> None:
    """Refuse a sidecar that names a file not being imported (a typo would lose a name)."""
    names = {Path(p).name for p in paths}
    for file in rows:
        if file not in names:
            raise InvalidInput("identity.error.unknown_file", file=file)


def set_identity(store: Store, storyteller_id: str, real_name: str, contact: str) -> None:
    """Keep a real name and contact for a storyteller (nothing happens when both are empty)."""
    real_name, contact = " ".join(real_name.split()), " ".join(contact.split())
    if real_name or contact:
        with store.transaction():
            stories.set_identity(store, storyteller_id, real_name, contact)


def identity_of(store: Store, pseudonym: str) -> dict[str, Any]:
    """The storyteller and the identity kept for them (empty fields when none).

    Callers must have checked the facilitator PIN.
    """
    teller = stories.find_storyteller(store, pseudonym)
    row = store.one("SELECT real_name, contact FROM identities WHERE storyteller_id = ?",
                    [teller["id"]]) or {"real_name": "", "contact": ""}
    return {"pseudonym": teller["pseudonym"], **row}


def write_map(path: str | Path, pairs: Iterable[tuple[str, str]]) -> Path:
    """Write ``file,pseudonym`` rows to ``path``, readable by the owner only."""
    path = Path(path).expanduser()
    fd = os.open(path, os.O_CREAT | os.O_WRONLY | os.O_TRUNC, 0o600)
    os.fchmod(fd, 0o600)  # an existing file keeps its mode on O_CREAT: make it private
    with os.fdopen(fd, "w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["file", "pseudonym"])
        writer.writerows(pairs)
    return path
