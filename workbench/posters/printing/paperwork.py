"""The facilitator's paperwork as A4 PDFs: consent form, information letter, topic sheet.

The consent form asks exactly what the booth asks: its texts are read from the booth's
message keys (``booth.consent.*``) at print time, so a rewording of the booth is printed
too. Files are written beside their name and moved into place, readable by the owner only
(a signed form is personal data once filled in, and the sheets name the workshop).
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from workbench import workshop
from workbench.collect import topic_list
from workbench.errors import InvalidInput
from workbench.i18n import t
from workbench.posters.printing.look import (
    ACCENT,
    INK,
    MUTED,
    Look,
    long_date,
    page_size,
    para_text,
)
from workbench.store import Store

CONTACT_KEY = "facilitator_contact"
CONSENT_FILE = "toestemmingsformulier-{lang}.pdf"
LETTER_FILE = "informatiebrief-{lang}.pdf"
TOPICS_FILE = "topiclijst-{lang}.pdf"


@dataclass(frozen=True)
class Paperwork:
    """What goes on every sheet: the workshop, the practice (or the workshop again), contact."""

    workshop: str
    practice: str
    contact: str
    language: str
    today: date


def get_contact(store: Store) -> str:
    """The facilitator's contact for participants (setting ``facilitator_contact``)."""
    return store.meta_get(CONTACT_KEY, "") or ""


def set_contact(store: Store, contact: str) -> None:
    """Set how participants reach the facilitator (name, phone, e-mail), one line."""
    contact = " ".join(contact.split())
    if len(contact) > 200:
        raise InvalidInput("forms.error.contact_too_long")
    with store.transaction():
        store.meta_set(CONTACT_KEY, contact)


def paperwork(store: Store, language: str, *, practice: str | None = None,
              contact: str | None = None, today: date | None = None) -> Paperwork:
    """Gather what the sheets print; ``practice`` names one (else the workshop's name)."""
    ws = workshop.require_workshop(store)
    place = workshop.find_practice(store, practice)["name"] if practice else ws["name"]
    return Paperwork(workshop=ws["name"], practice=place,
                     contact=contact if contact is not None else get_contact(store),
                     language=language, today=today or date.today())


def consent_texts(paper: Paperwork) -> list[str]:
    """The booth's consent wording, in the booth's order, as it appears on the form."""
    lang = paper.language
    return [
        t("booth.consent.text", lang, practice=paper.practice),
        t("booth.consent.store", lang),
        t("booth.consent.store_help", lang),
        t("booth.consent.quotes", lang),
    ]


def write_forms(store: Store, out_dir: Path, language: str, *, practice: str | None = None,
                contact: str | None = None, today: date | None = None) -> list[Path]:
    """Write the consent form and the information letter into ``out_dir``."""
    paper = paperwork(store, language, practice=practice, contact=contact, today=today)
    folder = _prepare(out_dir)
    consent = folder / CONSENT_FILE.format(lang=language)
    letter = folder / LETTER_FILE.format(lang=language)
    _write(consent, _consent_flowables(paper), paper, t("forms.consent.title", language))
    _write(letter, _letter_flowables(paper), paper, t("forms.letter.title", language))
    return [consent, letter]


def write_topic_sheet(store: Store, out: Path, language: str, *,
                      today: date | None = None) -> Path:
    """The topics still asked, numbered, with their questions: a sheet for interviewers."""
    from reportlab.platypus import KeepTogether, Paragraph

    paper = paperwork(store, language, today=today)
    look = Look(1.0)
    story: list[Any] = _heading(paper, look, topic_list.list_name(store, language))
    story.append(Paragraph(para_text(t("forms.topics.intro", language)),
                           look.style("tp_intro", 10.5, color=MUTED, space_after=10)))
    for row in topic_list.list_topics(store, include_retired=False):
        label = row.label_en if language == "en" and row.label_en else row.label
        question = row.question_en if language == "en" and row.question_en else row.question
        block = [Paragraph(f"{row.number}. {para_text(label)}",
                           look.style("tp_label", 13, bold=True, color=ACCENT, space_before=8,
                                      space_after=2))]
        if question:
            block.append(Paragraph(para_text(question),
                                   look.style("tp_q", 11, indent=14, space_after=2)))
        if row.roles:
            roles = ", ".join(t(f"collect.role.{r}", language) for r in row.roles)
            block.append(Paragraph(para_text(t("forms.topics.only_for", language, roles=roles)),
                                   look.style("tp_roles", 9.5, italic=True, color=MUTED,
                                              indent=14)))
        story.append(KeepTogether(block))
    out = Path(out)
    if out.suffix.lower() != ".pdf":
        out = _prepare(out) / TOPICS_FILE.format(lang=language)
    else:
        _prepare(out.parent)
    _write(out, story, paper, topic_list.list_name(store, language))
    return out


# -- the sheets ----------------------------------------------------------------------


def _heading(paper: Paperwork, look: Look, title: str) -> list[Any]:
    from reportlab.platypus import Paragraph

    return [
        Paragraph(para_text(paper.workshop), look.style("pw_ws", 10, color=MUTED)),
        Paragraph(para_text(title), look.style("pw_title", 20, bold=True, space_before=4,
                                               space_after=8)),
    ]


def _contact_line(paper: Paperwork, look: Look) -> Any:
    from reportlab.platypus import Paragraph

    contact = paper.contact or t("forms.no_contact", paper.language)
    return Paragraph(para_text(t("forms.contact", paper.language, contact=contact)),
                     look.style("pw_contact", 10.5, space_before=8, space_after=6))


def _consent_text(text: str, look: Look, name: str) -> list[Any]:
    """The booth's text, its bullet lines as bullets (the words unchanged)."""
    from reportlab.platypus import Paragraph

    body = look.style(name, 11, space_after=4)
    bullet = look.style(f"{name}_b", 11, indent=14, space_after=2)
    out: list[Any] = []
    for block in text.split("\n\n"):
        plain = [line for line in block.split("\n") if line.strip()]
        if plain and all(line.startswith("• ") for line in plain):
            out += [Paragraph(para_text(line[2:]), bullet, bulletText="•") for line in plain]
        elif plain:
            out.append(Paragraph(para_text("\n".join(plain)), body))
    return out


def _boxes(language: str, look: Look) -> Any:
    """Two tick boxes, Yes and No, drawn as bordered cells (no font glyph needed)."""
    from reportlab.lib.colors import HexColor
    from reportlab.platypus import Paragraph, Table, TableStyle

    word = look.style("pw_box", 11)
    size = 11
    # the box is the mark on paper: the screen's ✓ / ✗ are left off the words
    yes = t("booth.yes", language).lstrip("✓ ")
    no = t("booth.no", language).lstrip("✗ ")
    table = Table([["", Paragraph(para_text(yes), word), "",
                    Paragraph(para_text(no), word)]],
                  colWidths=[size, 36, size, 36], rowHeights=[size], hAlign="LEFT")
    table.setStyle(TableStyle([
        ("BOX", (0, 0), (0, 0), 0.8, HexColor(INK)),
        ("BOX", (2, 0), (2, 0), 0.8, HexColor(INK)),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 0),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
    ]))
    return table


def _question(text: str, help_text: str, language: str, look: Look) -> Any:
    from reportlab.lib.colors import HexColor
    from reportlab.platypus import Paragraph, Table, TableStyle

    cell: list[Any] = [Paragraph(para_text(text), look.style("pw_q", 11, bold=True))]
    if help_text:
        cell.append(Paragraph(para_text(help_text), look.style("pw_qh", 10, color=MUTED,
                                                               space_before=2)))
    table = Table([[cell, _boxes(language, look)]], colWidths=[330, 120], hAlign="LEFT")
    table.setStyle(TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, -1), 0.4, HexColor(MUTED)),
        ("TOPPADDING", (0, 0), (-1, -1), 8),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 8),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
    ]))
    return table


def _signature_lines(labels: list[str], look: Look) -> Any:
    from reportlab.lib.colors import HexColor
    from reportlab.platypus import Paragraph, Table, TableStyle

    style = look.style("pw_sig", 10.5)
    rows = [[Paragraph(para_text(label), style), ""] for label in labels]
    table = Table(rows, colWidths=[130, 320], rowHeights=[30] * len(rows), hAlign="LEFT")
    table.setStyle(TableStyle([
        ("LINEBELOW", (1, 0), (1, -1), 0.8, HexColor(INK)),
        ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
    ]))
    return table


def _consent_flowables(paper: Paperwork) -> list[Any]:
    from reportlab.platypus import Paragraph, Spacer

    lang = paper.language
    look = Look(1.0)
    intro, store_q, store_help, quotes_q = consent_texts(paper)
    story = _heading(paper, look, t("forms.consent.title", lang))
    story += _consent_text(intro, look, "pw_intro")
    story.append(Spacer(1, 6))
    story.append(_question(store_q, store_help, lang, look))
    story.append(_question(quotes_q, "", lang, look))
    story.append(_contact_line(paper, look))
    story.append(Paragraph(para_text(t("forms.consent.sign_intro", lang)),
                           look.style("pw_si", 10.5, space_before=6, space_after=4)))
    story.append(_signature_lines([t("forms.sign.name", lang), t("forms.sign.date", lang),
                                   t("forms.sign.signature", lang)], look))
    story.append(Paragraph(para_text(t("forms.consent.office", lang)),
                           look.style("pw_office", 9.5, color=MUTED, space_before=14,
                                      space_after=2)))
    story.append(_signature_lines([t("forms.sign.pseudonym", lang),
                                   t("forms.sign.taken_by", lang)], look))
    return story


def _letter_flowables(paper: Paperwork) -> list[Any]:
    from reportlab.platypus import Paragraph

    lang = paper.language
    look = Look(1.0)
    story = _heading(paper, look, t("forms.letter.title", lang))
    story.append(Paragraph(para_text(t("forms.letter.greeting", lang)),
                           look.style("pl_greet", 11, space_after=6)))
    story += _consent_text(t("booth.consent.text", lang, practice=paper.practice), look,
                           "pl_intro")
    for key in ("how", "name", "store", "quotes", "stop"):
        story.append(Paragraph(para_text(t(f"forms.letter.{key}.title", lang)),
                               look.style(f"pl_{key}_t", 12.5, bold=True, color=ACCENT,
                                          space_before=10, space_after=2)))
        story.append(Paragraph(para_text(t(f"forms.letter.{key}", lang)),
                               look.style(f"pl_{key}", 11, space_after=2)))
    story.append(_contact_line(paper, look))
    story.append(Paragraph(para_text(t("forms.letter.thanks", lang)),
                           look.style("pl_thanks", 11, space_before=6)))
    return story


# -- writing -----------------------------------------------------------------------


def _prepare(out_dir: Path) -> Path:
    out_dir = Path(out_dir).expanduser()
    if out_dir.exists() and not out_dir.is_dir():
        raise InvalidInput("posters.error.out_not_dir", path=str(out_dir))
    if not out_dir.exists():
        try:
            out_dir.mkdir(mode=0o700, parents=True)
        except OSError as error:
            raise InvalidInput("posters.error.out_dir", path=str(out_dir),
                               reason=error.strerror or str(error)) from error
        os.chmod(out_dir, 0o700)  # a folder we make is private; an existing one is left alone
    return out_dir


def _write(path: Path, story: list[Any], paper: Paperwork, title: str) -> None:
    from workbench.posters.printing.documents import (
        new_document,
        page_footer,
        page_template,
        write_atomic,
    )

    page = page_size("A4", False)
    footer = page_footer(long_date(paper.today, paper.language), paper.workshop)

    def write(target: str) -> None:
        doc = new_document(target, page, title=title, author=paper.workshop, subject=title,
                           language=paper.language)
        doc.addPageTemplates([page_template("paperwork", page, footer)])
        doc.build(story)
        os.chmod(target, 0o600)

    write_atomic(path, write)
    os.chmod(path, 0o600)
