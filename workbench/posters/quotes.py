"""How a quote reads on paper: Dutch quotation marks, placeholders in plain words, shortening.

A poster puts its own outer quotation marks (“…”) around a quote, so quotation marks inside
the quote become single ones (‘…’), and punctuation that would then stand twice
(``?’.``) stands once. Pseudonymisation placeholders such as ``[naam vrijwilliger]`` read
as plain words (“de vrijwilliger”) unless the facilitator keeps them. A quote too long for
its place is shortened at a sentence or word boundary with “…”; the full quote stays in the
data. Characters no font can draw (emoji) are taken out. Pure text work: no reportlab.
"""

from __future__ import annotations

import re
import unicodedata

# Words after which a name placeholder is left out: "mijn zoon [naam kind]" -> "mijn zoon".
_NAMED_BY = {
    "kind": {"zoon", "dochter", "kind", "kindje", "baby", "zoontje", "dochtertje", "kinderen"},
    "partner": {"man", "vrouw", "partner", "vriend", "vriendin", "ex", "echtgenoot",
                "echtgenote"},
    "vrijwilliger": {"vrijwilliger", "vrijwilligster"},
    "begeleider": {"begeleider", "begeleidster", "coach", "leidster", "juf", "meester",
                   "hulpverlener"},
}
_NEUTER = {"kind", "buurthuis", "consultatiebureau", "wijkcentrum", "centrum", "gezin",
           "dorp", "huis", "meisje", "jongetje", "team", "ziekenhuis"}
_POSSESSIVE = {"mijn", "m'n", "mn", "haar", "zijn", "z'n", "ons", "onze", "jouw", "je", "uw",
               "hun", "d'r", "die", "dat", "deze", "een", "de", "het"}
_FIXED = {
    "naam": "iemand",
    "plaats": "de woonplaats",
    "wijk": "de wijk",
    "adres": "een adres",
    "postcode": "een postcode",
    "telefoonnummer": "een telefoonnummer",
    "e-mailadres": "een e-mailadres",
}
_PLACEHOLDER = re.compile(r"\[(naam(?: [^\[\]\n]{1,50})?|plaats|wijk|adres|postcode|"
                          r"telefoonnummer|e-mailadres)\]", re.IGNORECASE)
_OPEN = {"“": "”", "„": "”", '"': '"', "‘": "’", "'": "'", "«": "»"}
_DOUBLE_OPEN = "“„«"
_DOUBLE_CLOSE = "”»"


def plain_placeholders(text: str) -> str:
    """``text`` with name and place placeholders written as plain words."""

    def replace(match: re.Match[str]) -> str:
        inside = " ".join(match.group(1).lower().split())
        before = text[: match.start()].rstrip()
        previous = re.findall(r"[\w'’]+$", before)
        word = previous[0].lower().replace("’", "'") if previous else ""
        if inside.startswith("naam "):
            noun = inside[5:]
            if word in _NAMED_BY.get(noun, {noun}):
                return ""  # "mijn zoon [naam kind]": the noun is already there
            if word in _POSSESSIVE:
                phrase = noun  # "mijn [naam kind]" -> "mijn kind"
            else:
                phrase = ("het " if noun.split()[-1] in _NEUTER else "de ") + noun
        else:
            phrase = _FIXED.get(inside, inside)
        starts_sentence = not before or before[-1] in ".!?:“\"‘'("
        return phrase[:1].upper() + phrase[1:] if starts_sentence else phrase

    result = _PLACEHOLDER.sub(replace, text)
    result = re.sub(r"[ \t]{2,}", " ", result)
    return re.sub(r" +([,.;:!?])", r"\1", result)


def _unwrap(text: str) -> str:
    text = text.strip()
    if len(text) > 2 and text[0] in _OPEN and text[-1] == _OPEN[text[0]]:
        inner = text[1:-1]
        opening, closing = text[0], _OPEN[text[0]]
        if opening == closing:
            # '"a" en "b"' is two quotes, not one wrapped quote.
            return inner.strip() if opening not in inner else text
        depth = 0
        for char in inner:  # the first mark must pair with the last
            depth += (char == opening) - (char == closing)
            if depth < 0:
                return text
        if depth == 0:
            return inner.strip()
    return text


def dutch_quote_marks(text: str) -> str:
    """The quote's own text, ready to stand between “ and ”: inner quotes become ‘…’."""
    text = _unwrap(text)
    out: list[str] = []
    open_straight = False
    for i, char in enumerate(text):
        if char in _DOUBLE_OPEN:
            out.append("‘")
        elif char in _DOUBLE_CLOSE:
            out.append("’")
        elif char == '"':
            prev = text[i - 1] if i else " "
            opening = not open_straight and (prev.isspace() or prev in "([:;,—–-")
            if not open_straight and not opening and i == 0:
                opening = True
            out.append("‘" if opening else "’")
            open_straight = opening
        elif char == "'":
            prev = text[i - 1] if i else " "
            nxt = text[i + 1] if i + 1 < len(text) else " "
            out.append("’" if prev.isalnum() or nxt.isalnum() else "‘" if prev.isspace()
                       else "’")
        else:
            out.append(char)
    result = "".join(out)
    # Punctuation once: "markt?’." -> "markt?’", "zo..." stays an ellipsis.
    result = re.sub(r"([?!.…])([’”])[.]$", r"\1\2", result)
    result = re.sub(r"([?!.…])([’”])[.](\s)", r"\1\2\3", result)
    result = re.sub(r"(?<!\.)\.\.(?!\.)", ".", result)
    result = result.replace("...", "…")
    return result.strip()


def shorten(text: str, limit: int) -> str:
    """``text`` cut to at most ``limit`` characters at a sentence or word end, with “…”."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    room = text[: max(limit - 1, 1)]
    sentence_end = max(room.rfind(". "), room.rfind("? "), room.rfind("! "))
    if sentence_end >= limit * 0.55:
        kept = room[: sentence_end + 1]
        return kept[:-1] + "…" if kept.endswith(".") else kept + " …"
    cut = room.rfind(" ")
    if cut >= limit * 0.4:
        room = room[:cut]
    return room.rstrip(" ,;:–—-") + "…"


def is_emoji(char: str) -> bool:
    """Pictographs and their joiners, which print as empty boxes in a text font."""
    code = ord(char)
    return (0x1F000 <= code <= 0x1FAFF or 0x2600 <= code <= 0x27BF or code in (0x200D, 0xFE0F)
            or 0x1F1E6 <= code <= 0x1F1FF or unicodedata.category(char) == "So"
            and code > 0x2100)


def without_emoji(text: str) -> str:
    """``text`` with emoji taken out (and the space they leave tidied)."""
    if not any(is_emoji(c) for c in text):
        return text
    cleaned = "".join(c for c in text if not is_emoji(c))
    return re.sub(r"[ \t]{2,}", " ", cleaned).strip()


def printable_quote(text: str, *, keep_placeholders: bool = False,
                    limit: int | None = None) -> str:
    """A stored quote as it is printed between “ and ”."""
    text = without_emoji(text)
    if not keep_placeholders:
        text = plain_placeholders(text)
    text = dutch_quote_marks(text)
    return shorten(text, limit) if limit else text
