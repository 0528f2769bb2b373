"""Fragments and calibration units stay anchored to their story's text.

Coding keeps character offsets into ``stories.text`` (``fragments``, ``calibration_units``).
The story's text belongs to collecting, and ``stories.set_text`` is the one way any code
changes it; so the re-anchoring lives here, below coding, and ``set_text`` always calls it
directly (no lookup of the coding package, nothing that could be left out). Coding's own
modules use ``trim_selection`` and ``reanchor_fragments`` from here.

``reanchor_fragments`` moves every fragment (and every calibration unit) along with an edit,
using difflib's opcodes; an edit that would wipe a coded fragment out entirely is blocked
with ``Conflict`` so no coding is lost silently.
"""

from __future__ import annotations

import difflib
import re
from bisect import bisect_right
from itertools import accumulate

from workbench.errors import Conflict, InvalidInput
from workbench.store import Store


def trim_selection(text: str, start: int, end: int) -> tuple[int, int]:
    """The selection without leading or trailing whitespace; refused when nothing is left."""
    start, end = sorted((start, end))
    if start < 0 or end > len(text):
        raise InvalidInput("coding.error.out_of_range", start=start, end=end, length=len(text))
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end <= start:
        raise InvalidInput("coding.error.empty_selection")
    return start, end


_TOKEN = re.compile(r"\w+|\s+|[^\w\s]", re.UNICODE)


class OffsetMap:
    """Maps offsets in an old text to offsets in a new one, following difflib opcodes.

    The texts are compared as words, spaces and punctuation rather than characters, so
    "Ik" never gets matched to the "I" of an inserted "Inleiding". Common leading and
    trailing tokens are cut off first: most edits are local, and running SequenceMatcher
    only on the changed middle keeps a 20,000-character story fast.
    """

    def __init__(self, old: str, new: str) -> None:
        a = _TOKEN.findall(old)
        b = _TOKEN.findall(new)
        a_at = [0, *accumulate(len(tok) for tok in a)]
        b_at = [0, *accumulate(len(tok) for tok in b)]
        prefix = 0
        limit = min(len(a), len(b))
        while prefix < limit and a[prefix] == b[prefix]:
            prefix += 1
        suffix = 0
        while suffix < limit - prefix and a[len(a) - 1 - suffix] == b[len(b) - 1 - suffix]:
            suffix += 1
        middle = difflib.SequenceMatcher(
            None, a[prefix:len(a) - suffix], b[prefix:len(b) - suffix], autojunk=False
        ).get_opcodes()
        token_ops = [("equal", 0, prefix, 0, prefix)]
        token_ops += [(tag, i1 + prefix, i2 + prefix, j1 + prefix, j2 + prefix)
                      for tag, i1, i2, j1, j2 in middle]
        token_ops.append(("equal", len(a) - suffix, len(a), len(b) - suffix, len(b)))
        ops = [(tag, a_at[i1], a_at[i2], b_at[j1], b_at[j2])
               for tag, i1, i2, j1, j2 in token_ops]
        self.ops = [op for op in ops if op[2] > op[1]]  # insertions hold no old offsets
        self.starts = [op[1] for op in self.ops]
        self.old_len, self.new_len = len(old), len(new)

    def start(self, p: int) -> int:
        """Where a fragment starting at ``p`` starts now; text inserted right before it
        stays outside, a replaced first word is taken in."""
        if p >= self.old_len:
            return self.new_len
        tag, i1, _i2, j1, _j2 = self.ops[bisect_right(self.starts, p) - 1]
        return j1 + (p - i1) if tag == "equal" else j1

    def survives(self, old: str, start: int, end: int) -> bool:
        """Whether any word of ``old[start:end]`` is still there, unchanged."""
        for tag, i1, i2, _j1, _j2 in self.ops:
            if tag == "equal" and i1 < end and i2 > start:
                if old[max(i1, start):min(i2, end)].strip():
                    return True
        return False

    def end(self, p: int) -> int:
        """Where a fragment ending (exclusively) at ``p`` ends now."""
        if p <= 0:
            return 0
        tag, i1, _i2, j1, j2 = self.ops[bisect_right(self.starts, p - 1) - 1]
        return j1 + (p - i1) if tag == "equal" else j2


def reanchor_fragments(store: Store, story_id: str, old_text: str, new_text: str) -> int:
    """Move the story's fragments and calibration units along with an edit of its text.

    ``stories.set_text`` calls it inside the transaction that saves ``new_text``.
    Offsets follow difflib's opcodes: text inserted or deleted before a fragment
    shifts it, edits inside it stretch or shrink it, and each fragment's text copy is
    renewed. If not one word of a coded fragment survives the edit (deleted or replaced
    wholesale), nothing is changed and ``Conflict`` is raised naming the fragment, so the
    caller's transaction rolls back.
    Returns how many fragments moved or changed.
    """
    if old_text == new_text:
        return 0
    mapping = OffsetMap(old_text, new_text)
    changed = 0
    updates: list[tuple[int, int, str, str]] = []
    for fragment in store.all("SELECT * FROM fragments WHERE story_id = ?", [story_id]):
        start, end = mapping.start(fragment["start"]), mapping.end(fragment["end"])
        try:
            if not mapping.survives(old_text, fragment["start"], fragment["end"]):
                raise InvalidInput("coding.error.empty_selection")
            start, end = trim_selection(new_text, start, end)
        except InvalidInput:
            raise Conflict("coding.error.edit_removes_fragment",
                           fragment=_snippet(fragment["text"])) from None
        if (start, end) != (fragment["start"], fragment["end"]) or \
                new_text[start:end] != fragment["text"]:
            updates.append((start, end, new_text[start:end], fragment["id"]))
    units = []
    for unit in store.all(
        "SELECT * FROM calibration_units WHERE story_id = ?", [story_id]
    ):
        start, end = mapping.start(unit["start"]), mapping.end(unit["end"])
        try:
            start, end = trim_selection(new_text, start, end)
        except InvalidInput:
            raise Conflict("coding.error.edit_removes_unit",
                           fragment=_snippet(old_text[unit["start"]:unit["end"]])) from None
        units.append((start, end, unit["id"]))
    with store.transaction():
        for start, end, text, fragment_id in updates:
            store.db.execute(
                "UPDATE fragments SET start = ?, end = ?, text = ? WHERE id = ?",
                [start, end, text, fragment_id],
            )
            changed += 1
        for start, end, unit_id in units:
            store.db.execute("UPDATE calibration_units SET start = ?, end = ? WHERE id = ?",
                             [start, end, unit_id])
    return changed


def _snippet(text: str, limit: int = 60) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"
