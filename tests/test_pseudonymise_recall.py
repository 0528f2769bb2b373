"""The scan measured on a labelled set of invented Dutch stories (tests/data): every
marked detail must be covered by findings (recall), and findings must mostly be marked
details (precision)."""

from __future__ import annotations

import re
from pathlib import Path

from workbench.collect import pseudonyms

DATA = Path(__file__).parent / "data" / "pseudonymise_labelled.txt"
_MARK = re.compile(r"\{([^{}|]+)\|(\w+)\}")


def load_labelled(path: Path = DATA) -> list[tuple[str, list[tuple[int, int, str]]]]:
    """Stories as (plain text, [(start, end, kind)]) from the ``{text|kind}`` markup."""
    body = "\n".join(line for line in path.read_text(encoding="utf-8").splitlines()
                     if not line.startswith("#"))
    result = []
    for raw in body.split("\n---\n"):
        text, spans, position = "", [], 0
        for match in _MARK.finditer(raw):
            text += raw[position:match.start()]
            spans.append((len(text), len(text) + len(match.group(1)), match.group(2)))
            text += match.group(1)
            position = match.end()
        text += raw[position:]
        result.append((text.strip("\n"), spans))
    return result


def measure(stories, scan=pseudonyms.scan):
    """(recall, precision, kind agreement, misses, false alarms) over ``stories``."""
    marked = covered = flagged = true_flags = same_kind = 0
    misses, false_alarms = [], []
    for text, spans in stories:
        findings = scan(text)
        for start, end, kind in spans:
            marked += 1
            chars = {i for f in findings for i in range(f.start, f.end)}
            if all(i in chars for i in range(start, end) if not text[i].isspace()):
                covered += 1
                over = [f for f in findings if f.start < end and start < f.end]
                same_kind += any(_kind_agrees(f.kind, kind) for f in over)
            else:
                misses.append((text[start:end], kind, text[max(0, start - 30):end + 20]))
        for f in findings:
            flagged += 1
            if any(f.start < e and s < f.end for s, e, _ in spans):
                true_flags += 1
            else:
                false_alarms.append((f.text, f.kind, text[max(0, f.start - 30):f.end + 20]))
    return (covered / marked, true_flags / max(flagged, 1), same_kind / max(covered, 1),
            misses, false_alarms)


def _kind_agrees(found: str, marked: str) -> bool:
    if found == marked:
        return True
    return marked in ("person", "speaker") and found in ("person", "speaker", "name", "capital")


def test_labelled_set_is_big_enough():
    stories = load_labelled()
    kinds = [kind for _, spans in stories for _, _, kind in spans]
    assert len(stories) >= 40 and len(kinds) >= 150
    assert set(kinds) >= {"person", "speaker", "place", "institution", "email", "phone",
                          "postcode", "address"}
    sentence_initial = sum(1 for text, spans in stories for start, _, kind in spans
                           if kind == "person" and pseudonyms.scan.__module__
                           and (start == 0 or text[:start].rstrip()[-1:] in ".!?\n"))
    assert sentence_initial >= 10


def test_recall_and_precision_on_the_labelled_set():
    recall, precision, kinds, misses, false_alarms = measure(load_labelled())
    print(f"\nrecall {recall:.3f}  precision {precision:.3f}  kind agreement {kinds:.3f}")
    for miss in misses:
        print("  missed:", miss)
    for alarm in false_alarms:
        print("  false alarm:", alarm)
    assert recall >= 0.98, misses
    assert precision >= 0.90, false_alarms
    assert kinds >= 0.85
