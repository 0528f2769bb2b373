"""REFI-QDA export: the workshop as a .qdpx project or its codebook as a .qdc file.

What goes where (docs/readme/80-exchange.md explains it for users):

- stories -> TextSources, text in ``sources/<guid>.txt`` (UTF-8, LF only, no BOM);
- storytellers -> Cases with the Variables role, role label and practice;
- codes -> the code tree (categories ``isCodable="false"``);
- factors -> under one non-codable root code "Werkzame factoren", grouped per practice:
  each factor is a non-codable code whose codable children are its characteristic
  elements. A code can appear only once in a REFI code tree, so the codes placed in a
  factor (and the stories of its cards) travel as a Set named after the factor;
- fragments -> PlainTextSelections with Codings;
- memos, sounding-board reasons, additions and cards -> Notes.

Offsets are code-point positions into the exported text. Stored text with CRLF, lone CR
or a leading BOM is normalised on the way out and every offset is mapped with it.
GUIDs are our UUIDs; things without one (users, variables, groups) get stable uuid5s.
"""

from __future__ import annotations

import zipfile
from collections.abc import Callable
from pathlib import Path

from workbench.errors import InvalidInput
from workbench.exchange.refiqda_project import build_project
from workbench.exchange.refiqda_tree import (
    CODEBOOK_NS,
    ORIGIN,
    ExportSummary,
    Progress,
    TreeBuilder,
)
from workbench.exchange.safety import private
from workbench.i18n import t
from workbench.store import Store
from workbench.workshop import require_workshop


def _write_atomic(out: Path, write: Callable[[Path], object]) -> None:
    """Write through ``out.part`` so an interrupted export never leaves half a file."""
    out = Path(out)
    temporary = out.with_name(out.name + ".part")
    try:
        write(temporary)
        private(temporary)
        temporary.replace(out)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise


def export_qdc(store: Store, out: str | Path) -> ExportSummary:
    """Write the codebook (codes and the factor tree, factors' codes as Sets) as a .qdc file."""
    builder = TreeBuilder(store, CODEBOOK_NS)
    root = builder.el(None, "CodeBook", origin=ORIGIN)
    codes = builder.el(root, "Codes")
    if builder.code_tree(codes, with_notes=False) == 0:
        raise InvalidInput("exchange.error.empty_codebook")
    sets = builder.factor_sets()
    if sets:
        sets_el = builder.el(root, "Sets")
        for item in sets:
            node = builder.el(sets_el, "Set", guid=item["guid"], name=item["name"])
            builder.text_el(node, "Description", t("exchange.refi.set_description"))
            for code_id in item["codes"]:
                builder.el(node, "MemberCode", guid=code_id)
    data = builder.etree.tostring(root, xml_declaration=True, encoding="UTF-8", pretty_print=True)
    out = Path(out)
    _write_atomic(out, lambda path: path.write_bytes(data))
    return ExportSummary(path=out, codes=store.scalar("SELECT count(*) FROM codes") or 0,
                         factors=store.scalar("SELECT count(*) FROM factors") or 0)


def export_qdpx(
    store: Store,
    out: str | Path,
    *,
    include_identities: bool = False,
    progress: Progress | None = None,
) -> ExportSummary:
    """Write the workshop as a REFI-QDA project (.qdpx). Identities only when asked for."""
    out = Path(out)
    summary = ExportSummary(path=out)

    def write(path: Path) -> None:
        with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=1) as zf:
            def add_text(guid: str, text: str) -> None:
                zf.writestr(f"sources/{guid}.txt", text.encode("utf-8", "replace"))

            root = build_project(store, summary, add_text, include_identities=include_identities,
                                 progress=progress)
            from lxml import etree

            zf.writestr("project.qde", etree.tostring(
                root, xml_declaration=True, encoding="UTF-8", pretty_print=True))

    require_workshop(store)
    _write_atomic(out, write)
    return summary

