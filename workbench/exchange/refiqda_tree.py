"""The parts of a REFI-QDA document shared by the export (``refiqda``, ``refiqda_project``)
and the import (``refiqda_read``, ``refiqda_import``): namespaces, derived GUIDs, text
normalisation with its offset map, colours and times in REFI's form, and the builder of
the code tree. ``refiqda.py`` explains the mapping.
"""

from __future__ import annotations

import bisect
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from workbench import __version__
from workbench.exchange.safety import xml_text
from workbench.i18n import t
from workbench.store import Store

PROJECT_NS = "urn:QDA-XML:project:1.0"
CODEBOOK_NS = "urn:QDA-XML:codebook:1.0"
ORIGIN = f"workbench {__version__}"
# Fixed namespace for the GUIDs we derive, so a re-export names things the same way.
WORKBENCH_NS = uuid.UUID("6f1e4a52-8c1d-4e39-9a63-2b0f7d5c8e41")
FACTOR_ROOT_GUID = str(uuid.uuid5(WORKBENCH_NS, "factors"))
VARIABLE_KEYS = ("role", "role_label", "practice")
DEFAULT_COLOR = "#888888"

Progress = Callable[[int, int], None]


def derived_guid(kind: str, key: str) -> str:
    """A stable GUID for something that has no UUID of its own (a user, a set...)."""
    return str(uuid.uuid5(WORKBENCH_NS, f"{kind}:{key}"))


def normalise_text(text: str) -> tuple[str, list[int]]:
    """``text`` with LF line ends and no BOM, plus the positions removed from the original.

    A lone CR becomes LF (same length); the CR of a CRLF and a leading BOM are removed,
    and their positions are returned so offsets can follow (``map_offset``).
    """
    if "\r" not in text and not text.startswith("\ufeff"):
        return text, []
    removed: list[int] = []
    out: list[str] = []
    start = 0
    if text.startswith("\ufeff"):
        removed.append(0)
        start = 1
    i = start
    n = len(text)
    while i < n:
        j = text.find("\r", i)
        if j < 0:
            out.append(text[i:])
            break
        out.append(text[i:j])
        if j + 1 < n and text[j + 1] == "\n":
            removed.append(j)
        else:
            out.append("\n")
        i = j + 1
    return "".join(out), removed


def map_offset(offset: int, removed: list[int]) -> int:
    """Where ``offset`` into the original text lands in the normalised text."""
    return offset - bisect.bisect_left(removed, offset) if removed else offset


def qda_color(value: str | None) -> str | None:
    value = (value or "").strip()
    if len(value) in (4, 7) and value.startswith("#"):
        try:
            int(value[1:], 16)
        except ValueError:
            return None
        return value.upper()
    return None


def qda_datetime(value: str | None) -> str | None:
    if not value:
        return None
    try:
        return datetime.fromisoformat(value).isoformat()
    except ValueError:
        return None


@dataclass
class ExportSummary:
    path: Path
    stories: int = 0
    cases: int = 0
    codes: int = 0
    factors: int = 0
    fragments: int = 0
    codings: int = 0
    notes: int = 0


class TreeBuilder:
    """Collects the workshop's rows once and builds the XML trees from them."""

    def __init__(self, store: Store, ns: str) -> None:
        from lxml import etree

        self.etree = etree
        self.store = store
        self.ns = ns
        self.users: dict[str, str] = {}  # name -> guid

    def el(self, parent: Any, tag: str, **attrs: Any) -> Any:
        clean = {k: xml_text(v) for k, v in attrs.items() if v is not None and v != ""}
        if parent is None:
            return self.etree.Element(f"{{{self.ns}}}{tag}", clean, nsmap={None: self.ns})
        return self.etree.SubElement(parent, f"{{{self.ns}}}{tag}", clean)

    def text_el(self, parent: Any, tag: str, text: str) -> Any:
        node = self.el(parent, tag)
        node.text = xml_text(text)
        return node

    def user(self, name: str | None) -> str | None:
        name = (name or "").strip()
        if not name:
            return None
        if name not in self.users:
            self.users[name] = derived_guid("user", name)
        return self.users[name]

    # -- code tree ---------------------------------------------------------------

    def code_tree(self, parent: Any, *, with_notes: bool,
                  code_notes: dict[str, list[str]] | None = None) -> int:
        """Codes, then the factor tree; returns the number of Code elements written."""
        rows = self.store.all("SELECT * FROM codes ORDER BY position, name, id")
        ids = {r["id"] for r in rows}
        children: dict[str | None, list[dict[str, Any]]] = {}
        for row in rows:
            parent_id = row["parent_id"] if row["parent_id"] in ids else None
            children.setdefault(parent_id, []).append(row)
        written = 0
        seen: set[str] = set()

        def add(node: Any, row: dict[str, Any]) -> None:
            nonlocal written
            if row["id"] in seen:  # a parent loop in damaged data: write each code once
                return
            seen.add(row["id"])
            code = self.el(node, "Code", guid=row["id"], name=row["name"] or "?",
                           isCodable="false" if row["is_category"] else "true",
                           color=qda_color(row["color"]))
            written += 1
            if row["description"]:
                self.text_el(code, "Description", row["description"])
            if with_notes:
                for note_id in (code_notes or {}).get(row["id"], []):
                    self.el(code, "NoteRef", targetGUID=note_id)
            for child in children.get(row["id"], []):
                add(code, child)

        for row in children.get(None, []):
            add(parent, row)
        for row in rows:  # codes only reachable through a parent loop
            if row["id"] not in seen:
                add(parent, row)
        written += self.factor_tree(parent, with_notes=with_notes, code_notes=code_notes)
        return written

    def factor_tree(self, parent: Any, *, with_notes: bool,
                    code_notes: dict[str, list[str]] | None) -> int:
        factors = self.store.all(
            "SELECT f.*, p.name AS practice_name FROM factors f "
            "LEFT JOIN practices p ON p.id = f.practice_id "
            "ORDER BY p.name IS NOT NULL, p.name, f.position, f.name, f.id"
        )
        if not factors:
            return 0
        elements: dict[str, list[dict[str, Any]]] = {}
        for row in self.store.all(
            "SELECT * FROM factor_elements ORDER BY factor_id, position, created_at, id"
        ):
            elements.setdefault(row["factor_id"], []).append(row)
        root = self.el(parent, "Code", guid=FACTOR_ROOT_GUID, name=t("exchange.refi.factors"),
                       isCodable="false")
        self.text_el(root, "Description", t("exchange.refi.factors_description"))
        written = 1
        groups: dict[str, Any] = {}
        for factor in factors:
            node = root
            if factor["practice_id"]:
                node = groups.get(factor["practice_id"])
                if node is None:
                    guid = derived_guid("practice", factor["practice_id"])
                    node = self.el(root, "Code", guid=guid,
                                   name=factor["practice_name"] or "?", isCodable="false")
                    groups[factor["practice_id"]] = node
                    written += 1
            code = self.el(node, "Code", guid=factor["id"], name=factor["name"] or "?",
                           isCodable="false")
            written += 1
            kind = t(f"exchange.refi.type.{factor['type']}")
            description = (factor["description"] or "").strip()
            trailer = t("exchange.refi.type_line", type=kind)
            self.text_el(code, "Description", f"{description}\n\n{trailer}" if description
                         else trailer)
            if with_notes:
                for note_id in (code_notes or {}).get(factor["id"], []):
                    self.el(code, "NoteRef", targetGUID=note_id)
            for element in elements.get(factor["id"], []):
                child = self.el(code, "Code", guid=element["id"], name=element["text"] or "?",
                                isCodable="true")
                written += 1
                if with_notes:
                    for note_id in (code_notes or {}).get(element["id"], []):
                        self.el(child, "NoteRef", targetGUID=note_id)
        return written

    def factor_sets(self) -> list[dict[str, Any]]:
        """Per factor: its codes and the stories of its cards, as Set members."""
        out = []
        codes: dict[str, list[str]] = {}
        for row in self.store.all("SELECT factor_id, code_id FROM factor_codes ORDER BY placed_at"):
            codes.setdefault(row["factor_id"], []).append(row["code_id"])
        sources: dict[str, list[str]] = {}
        for row in self.store.all(
            "SELECT DISTINCT x.factor_id, fr.story_id FROM ("
            " SELECT factor_id, fragment_id FROM factor_fragments"
            " UNION SELECT factor_id, fragment_id FROM factor_quotes) x"
            " JOIN fragments fr ON fr.id = x.fragment_id ORDER BY fr.story_id"
        ):
            sources.setdefault(row["factor_id"], []).append(row["story_id"])
        for factor in self.store.all("SELECT id, name FROM factors ORDER BY position, name, id"):
            if factor["id"] in codes or factor["id"] in sources:
                out.append({"guid": derived_guid("factor-set", factor["id"]),
                            "name": factor["name"] or "?",
                            "codes": codes.get(factor["id"], []),
                            "sources": sources.get(factor["id"], [])})
        return out
