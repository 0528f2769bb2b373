"""Reports of a retrieval to hand to a colleague: a code's fragments with their context,
storytellers, memos and counts, as Markdown or as a Word file (.docx).

Word files are written with python-docx, loaded only when a .docx is asked for. Texts come
from the catalogue, so a report is Dutch unless the user works in English.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Any

from workbench.coding.analysis import Query, retrieve, summary
from workbench.i18n import get_language, t
from workbench.store import Store


def _title(store: Store, query: Query) -> str:
    from workbench.coding.codebook import path

    title = path(store, query.code_id)
    if query.with_code:
        title = t("analysis.report.with", code=title, other=path(store, query.with_code))
    return title


def _source(row: dict[str, Any]) -> str:
    role = row["role_label"] or t(f"role.{row['role'] or 'unknown'}")
    parts = [row["pseudonym"], role, row["practice"] or "—"]
    if row["title"]:
        parts.append(f"“{row['title']}”")
    return " · ".join(parts)


def _counts(rows: list[dict[str, Any]]) -> list[tuple[str, int]]:
    return sorted(Counter(r["practice"] or "—" for r in rows).items())


def _memos(store: Store, query: Query) -> list[str]:
    from workbench.coding.analysis import code_family

    family = code_family(store, query.code_id, query.subcodes)
    marks = ",".join("?" * len(family))
    return [m["text"] for m in store.all(
        f"SELECT text FROM memos WHERE code_id IN ({marks}) ORDER BY created_at", family)]


def markdown(store: Store, query: Query) -> str:
    """The retrieval as a Markdown document."""
    rows = retrieve(store, query)
    out = [f"# {t('analysis.report.title', code=_title(store, query))}", ""]
    stories = len({r["story_id"] for r in rows})
    out.append(summary(len(rows), stories))
    out.append("")
    for practice, n in _counts(rows):
        out.append(f"- {practice}: {n}")
    code_memos = _memos(store, query)
    if code_memos:
        out += ["", f"## {t('analysis.report.code_memos')}", ""]
        for memo in code_memos:
            out += [memo, ""]
    out += ["", f"## {t('analysis.report.fragments')}", ""]
    for number, row in enumerate(rows, start=1):
        out.append(f"### {number}. {_source(row)}")
        out.append("")
        quote = f"{row['before']}**{row['text']}**{row['after']}".replace("\n", " ")
        out.append(f"> {quote}")
        out.append("")
        out.append(f"{t('analysis.report.codes')}: {', '.join(row['codes'])}")
        for memo in row["memos"]:
            out.append("")
            out.append(f"*{t('analysis.report.memo')}:* " + memo.replace("\n", "  \n"))
        out.append("")
    return "\n".join(out).rstrip() + "\n"


def docx(store: Store, query: Query, path: Path) -> int:
    """Write the retrieval as a Word file; returns the number of fragments."""
    import docx as python_docx  # heavy: only when a Word file is asked for

    rows = retrieve(store, query)
    document = python_docx.Document()
    document.core_properties.title = t("analysis.report.title", code=_title(store, query))
    document.core_properties.language = "nl-NL" if get_language() == "nl" else "en-GB"
    document.add_heading(t("analysis.report.title", code=_title(store, query)), level=1)
    stories = len({r["story_id"] for r in rows})
    document.add_paragraph(summary(len(rows), stories))
    for practice, n in _counts(rows):
        document.add_paragraph(f"{practice}: {n}", style="List Bullet")
    code_memos = _memos(store, query)
    if code_memos:
        document.add_heading(t("analysis.report.code_memos"), level=2)
        for memo in code_memos:
            document.add_paragraph(memo)
    document.add_heading(t("analysis.report.fragments"), level=2)
    for number, row in enumerate(rows, start=1):
        document.add_heading(f"{number}. {_source(row)}", level=3)
        quote = document.add_paragraph(style="Quote")
        quote.add_run(row["before"])
        quote.add_run(row["text"]).bold = True
        quote.add_run(row["after"])
        document.add_paragraph(f"{t('analysis.report.codes')}: {', '.join(row['codes'])}")
        for memo in row["memos"]:
            paragraph = document.add_paragraph()
            paragraph.add_run(t("analysis.report.memo") + ": ").italic = True
            paragraph.add_run(memo)
    path = Path(path)
    part = path.with_name(path.name + ".part")
    document.save(str(part))
    part.replace(path)
    return len(rows)


def write(store: Store, query: Query, path: Path) -> int:
    """A report in the format the file name asks for (.docx, else Markdown)."""
    path = Path(path)
    if path.suffix.lower() == ".docx":
        return docx(store, query, path)
    text = markdown(store, query)
    part = path.with_name(path.name + ".part")
    part.write_text(text, encoding="utf-8")
    part.replace(path)
    return text.count("\n### ")
