"""Session results as plain text: the priority bar chart and recognition per factor.

Used by ``workbench sessions results`` and by the results screen, so the terminal and the
TUI show the same figures with the same words. Plain text only (no markup): user text in
it still has to go through ``textsafe.inert`` before it reaches a screen.
"""

from __future__ import annotations

from workbench.i18n import get_language, t
from workbench.sessions import tally
from workbench.sessions.results import FactorResult, SessionResults
from workbench.sessions.tally import Recognition

BAR = "█"
BAR_WIDTH = 30


def number(value: float | None, language: str | None = None) -> str:
    """A figure the way the reader writes it: 4,5 in Dutch, 4.5 in English; '-' for none."""
    if value is None:
        return "-"
    text = f"{value:.1f}".rstrip("0").rstrip(".") if value != int(value) else f"{int(value)}"
    return text.replace(".", ",") if (language or get_language()) == "nl" else text


def bar(value: float, largest: float, width: int = BAR_WIDTH) -> str:
    """A bar of ``width`` at ``largest``; any value above zero shows at least one block."""
    if value <= 0 or largest <= 0:
        return ""
    return BAR * max(1, round(width * value / largest))


def header_lines(results: SessionResults) -> list[str]:
    lines = [" · ".join(x for x in (results.name, results.practice_name or
                                     t("sessions.across_practices"), results.held_on) if x)]
    status = t(f"sessions.state.{results.state}")
    lines.append(
        t("sessions.report.participants", state=status, n=results.n_participants,
          quorum=results.quorum)
    )
    if results.below_quorum:
        lines.append(t("sessions.below_quorum_note", n=results.n_participants,
                       quorum=results.quorum))
    if results.n_unconfirmed:
        lines.append(t("sessions.report.unconfirmed", n=results.n_unconfirmed))
    return lines


def priority_lines(results: SessionResults, width: int = BAR_WIDTH) -> list[str]:
    """The factors in priority order as a bar chart; tied factors share a place."""
    basis = results.priority_basis
    score = {
        "borda": lambda f: f.borda,
        "dots": lambda f: float(f.dots),
        "hands": lambda f: float(f.hands.get("priority", 0)),
    }[basis]
    by_id = {f.factor_id: f for f in results.factors}
    largest = max((score(f) for f in results.factors), default=0.0)
    name_width = min(32, max((len(f.name) for f in results.factors), default=10))
    lines = [t(f"sessions.report.priority.{basis}")]
    for group in results.priority:
        for factor_id in group:
            factor = by_id[factor_id]
            place = f"{factor.rank:>2}."
            name = factor.name if len(factor.name) <= name_width else (
                factor.name[: name_width - 1] + "…")
            extra = []
            if basis == "borda" and results.priority_method == "both":
                extra.append(t("sessions.report.dots_extra", n=factor.dots))
            if factor.tied:
                extra.append(t("sessions.report.tied"))
            tail = f"  ({', '.join(extra)})" if extra else ""
            lines.append(
                f"{place} {name:<{name_width}} {bar(score(factor), largest, width):<{width}} "
                f"{number(score(factor)):>4}{tail}"
            )
    lines.extend(results.rules)
    return lines


def distribution_lines(rec: Recognition, indent: str = "  ", width: int = 20) -> list[str]:
    """One line per point of the scale, then 'not applicable' apart."""
    largest = max([*rec.distribution.values(), rec.n_na, 1])
    label_width = max(len(tally.scale_label(s)) for s in (*tally.SCALE, None))
    lines = []
    for score in tally.SCALE:
        count = rec.distribution[score]
        lines.append(
            f"{indent}{score} {tally.scale_label(score):<{label_width}} "
            f"{bar(count, largest, width):<{width}} {count}"
        )
    lines.append(
        f"{indent}- {tally.scale_label(None):<{label_width}} "
        f"{bar(rec.n_na, largest, width):<{width}} {rec.n_na}"
    )
    return lines


def recognition_summary(rec: Recognition) -> str:
    return t("sessions.report.recognition", n=rec.n, na=rec.n_na, mean=number(rec.mean),
             median=number(rec.median))


def factor_lines(factor: FactorResult) -> list[str]:
    """Recognition, reasons, element ratings and additions of one factor."""
    lines = [f"{factor.name} — {recognition_summary(factor.recognition)}"]
    lines += distribution_lines(factor.recognition)
    if factor.hands.get("recognition") is not None:
        lines.append("  " + t("sessions.report.hands_recognition",
                              n=factor.hands["recognition"]))
    for element in factor.elements:
        lines.append(f"  · {element.text}: {recognition_summary(element.recognition)}")
    if factor.reasons:
        lines.append("  " + t("sessions.report.reasons"))
        lines += [f"    “{reason}”" for reason in factor.reasons]
    if factor.additions:
        lines.append("  " + t("sessions.report.additions"))
        for addition in factor.additions:
            mark = " ✓" if addition.accepted else ""
            lines.append(f"    + {addition.text}{mark}")
    return lines


def card_lines(results: SessionResults) -> list[str]:
    lines: list[str] = []
    for kind in ("claim", "concern", "issue"):
        texts = [c["text"] for c in results.cards if c["kind"] == kind]
        if texts:
            lines.append(t(f"sessions.card.{kind}.title"))
            lines += [f"  - {text}" for text in texts]
    return lines


def report(results: SessionResults) -> str:
    """The whole report as text, in the current language."""
    blocks = [header_lines(results), priority_lines(results)]
    blocks += [factor_lines(f) for f in results.factors]
    cards = card_lines(results)
    if cards:
        blocks.append(cards)
    return "\n\n".join("\n".join(block) for block in blocks)
