"""Stacked horizontal bar charts for the terminal, shared by the CLI and the TUI.

``stack`` turns counts into whole character cells; the CLI prints them with a different
block character per group, the TUI colours them. Bars scale to the largest total so they
can be compared across rows.
"""

from __future__ import annotations

from collections.abc import Sequence

GLYPHS = "█▓▒░▚▞▙▟"


def stack(rows: Sequence[Sequence[int]], width: int) -> list[list[int]]:
    """Cells per segment for each row: a row's cells add up to its total scaled to
    ``width`` (largest total = full width); a non-zero count never vanishes entirely
    unless the bar has no room."""
    width = max(1, width)
    biggest = max((sum(r) for r in rows), default=0)
    result = []
    for row in rows:
        total = sum(row)
        if biggest == 0 or total == 0:
            result.append([0] * len(row))
            continue
        cells = max(1, round(total / biggest * width))
        exact = [count / total * cells for count in row]
        parts = [int(x) for x in exact]
        # Largest remainder, so the segments fill the bar exactly.
        order = sorted(range(len(row)), key=lambda i: exact[i] - parts[i], reverse=True)
        for i in order[: cells - sum(parts)]:
            parts[i] += 1
        # Give a visible cell to non-zero groups that rounded away, taken from the largest.
        for i, count in enumerate(row):
            if count and not parts[i]:
                donor = max(range(len(parts)), key=lambda j: parts[j])
                if parts[donor] > 1:
                    parts[donor] -= 1
                    parts[i] = 1
        result.append(parts)
    return result


def render_text(
    labels: Sequence[str], rows: Sequence[Sequence[int]], groups: Sequence[str], width: int = 40
) -> list[str]:
    """The chart as plain lines: label, bar, total; a legend line maps glyphs to groups."""
    label_width = min(max((len(label) for label in labels), default=0), 32)
    lines = []
    for label, row, parts in zip(labels, rows, stack(rows, width), strict=True):
        bar = "".join(GLYPHS[i % len(GLYPHS)] * n for i, n in enumerate(parts))
        shown = label if len(label) <= label_width else label[: label_width - 1] + "…"
        lines.append(f"{shown:<{label_width}}  {bar:<{width}}  {sum(row)}")
    legend = "   ".join(f"{GLYPHS[i % len(GLYPHS)]} {g}" for i, g in enumerate(groups))
    lines.append("")
    lines.append(legend)
    return lines
