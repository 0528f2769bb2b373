"""The pseudonymisation assistant: find likely identifying details and replace them.

Before a story is marked ready for coding, ``scan`` flags what could make someone
traceable: names of the workshop's own people, capitalised words that do not start a
sentence, e-mail addresses, phone numbers, Dutch postcodes and street addresses. Each
finding carries a placeholder to offer (``[naam kind]``, ``[telefoonnummer]``).
``apply`` makes the same replacements in every story, longest match first, through
``stories.set_text`` so fragments are re-anchored and revisions move on. ``mark_passed``
records that a story's current revision was reviewed; ``passed`` is what the poster
privacy gate asks.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from workbench import stories
from workbench.errors import Conflict
from workbench.store import Store, now

KIND_ORDER = ("email", "phone", "postcode", "address", "name", "capital")

PLACEHOLDERS = {
    "email": "[e-mailadres]",
    "phone": "[telefoonnummer]",
    "postcode": "[postcode]",
    "address": "[adres]",
    "name": "[naam]",
    "capital": "[naam]",
}

_EMAIL = re.compile(r"(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
# Dutch numbers: 06-12345678, 020 123 4567, +31 6 1234 5678, 0031 6..., ten digits in all.
_PHONE = re.compile(r"(?<![\d+])(?:\+31[\s.-]?(?:\(0\))?|0031[\s.-]?|0)(?:\d[\s.-]?){8}\d(?!\d)")
_POSTCODE = re.compile(r"(?<!\w)[1-9]\d{3} ?[A-Z]{2}(?!\w)")
_STREET = (r"straat|laan|weg|plein|gracht|kade|singel|dijk|hof|park|steeg|dreef|pad|"
           r"plantsoen|markt|boulevard|erf|veld")
_ADDRESS = re.compile(
    rf"(?<!\w)[A-Z][\w'-]*(?:\s[A-Z][\w'-]*)*(?:{_STREET})(?:\s\d+(?:\s?[a-zA-Z](?!\w))?)?(?!\w)"
)
_CAP = r"[A-ZÀ-ÖØ-Þ][\wÀ-ÖØ-öø-ÿ'’-]*"
# A run of capitalised words ("Fatima Yilmaz", "Den Haag") is one finding.
_WORD = re.compile(rf"(?<![\w\[]){_CAP}(?: {_CAP})*")
_PLACEHOLDER = re.compile(r"\[[^\[\]\n]{1,60}\]")
# After these a capital starts a sentence; "]" too, since a transcript note such as
# "[via tolk]" usually stands before a new sentence.
_SENTENCE_END = set(".!?:;\"'“”‘’()«»…—–-•*>]\n")

# Capitalised mid-sentence in Dutch without naming anyone: languages, nationalities,
# feasts, well-known services. The facilitator can add more (``allow``).
COMMON_WORDS = {
    "nederlands", "nederland", "nederlandse", "engels", "arabisch", "turks", "turkse",
    "marokkaans", "marokkaanse", "berbers", "pools", "poolse", "somalisch", "tigrinya",
    "eritrees", "syrisch", "surinaams", "surinaamse", "antilliaans", "frans", "duits",
    "spaans", "portugees", "oekraïens", "russisch", "koerdisch", "farsi", "dari",
    "god", "allah", "ramadan", "suikerfeest", "offerfeest", "kerst", "kerstmis", "pasen",
    "sinterklaas", "koningsdag", "whatsapp", "facebook", "instagram", "tiktok", "google",
    "youtube", "cjg", "ggd", "uwv", "ind", "azc", "wmo", "svb", "duo", "jgz", "mbo", "hbo",
    "ok", "oké", "tv", "ik", "i", "ict", "covid", "corona",
}

_CONTEXT = {
    "[naam kind]": {"zoon", "dochter", "kind", "kindje", "baby", "zoontje", "dochtertje",
                    "jongste", "oudste", "broertje", "zusje", "kleine", "peuter"},
    "[naam partner]": {"man", "vrouw", "partner", "vriend", "vriendin", "ex", "echtgenoot",
                       "echtgenote"},
    "[naam vrijwilliger]": {"vrijwilliger", "vrijwilligster"},
    "[naam begeleider]": {"begeleider", "begeleidster", "coach", "leidster", "juf",
                          "meester", "mevrouw", "meneer", "hulpverlener", "buurtcoach"},
    "[plaats]": {"in", "uit", "naar", "te", "bij", "wonen", "woon", "woonde"},
}
_PARTICLES = {"de", "van", "der", "den", "het", "ten", "ter", "te", "el", "al", "bin", "ben",
              "da", "di", "du", "la", "le", "von", "op", "in", "'t"}


@dataclass(frozen=True)
class Finding:
    """One likely identifying detail: where it is, what kind, and a placeholder to offer."""

    start: int
    end: int
    text: str
    kind: str
    suggestion: str


def scan(text: str, names: Iterable[str] = (), *, allowed: Iterable[str] = ()) -> list[Finding]:
    """Likely identifying details in ``text``, in reading order, without overlaps.

    ``names`` are people the workshop knows (see ``known_names``); ``allowed`` are words
    the facilitator said are not identifying. Text inside existing placeholders such as
    ``[naam kind]`` is never flagged.
    """
    allowed_set = {w.casefold() for w in allowed}
    taken: list[tuple[int, int]] = [m.span() for m in _PLACEHOLDER.finditer(text)]
    found: list[Finding] = []

    def add(start: int, end: int, kind: str, suggestion: str) -> None:
        if any(start < e and s < end for s, e in taken):
            return
        word = text[start:end]
        if kind in ("name", "capital") and word.casefold() in allowed_set:
            return
        taken.append((start, end))
        found.append(Finding(start, end, word, kind, suggestion))

    for kind, pattern in (("email", _EMAIL), ("phone", _PHONE), ("postcode", _POSTCODE),
                          ("address", _ADDRESS)):
        for match in pattern.finditer(text):
            add(match.start(), match.end(), kind, PLACEHOLDERS[kind])
    name_pattern = _names_pattern(names)
    if name_pattern is not None:
        for match in name_pattern.finditer(text):
            add(match.start(), match.end(), "name", _suggest(text, match.start()))
    runs: list[tuple[int, str]] = []
    for match in _WORD.finditer(text):
        start, words = match.start(), match.group().split(" ")
        if _starts_sentence(text, start):
            start += len(words[0]) + 1  # the first word is capitalised for the sentence
            words = words[1:]
        while words and words[0].casefold() in COMMON_WORDS:
            start += len(words[0]) + 1
            words = words[1:]
        run = " ".join(words).rstrip("'’-")
        harmless = COMMON_WORDS | allowed_set
        if len(run) >= 2 and not all(w.casefold().rstrip("'’-") in harmless for w in words):
            runs.append((start, run))
    # A name seen mid-sentence is a name at the start of a sentence too ("Fatima kwam."):
    # mark every occurrence, longest names first.
    seen_pattern = _names_pattern(run for _, run in runs)
    if seen_pattern is not None:
        for match in seen_pattern.finditer(text):
            if any(match.group() == run for _, run in runs):
                add(match.start(), match.end(), "capital", _suggest(text, match.start()))
    for start, run in runs:
        add(start, start + len(run), "capital", _suggest(text, start))
    found.sort(key=lambda f: f.start)
    return found


def _names_pattern(names: Iterable[str]) -> re.Pattern[str] | None:
    unique = sorted({n.strip() for n in names if len(n.strip()) >= 2}, key=len, reverse=True)
    if not unique:
        return None
    return re.compile(
        r"(?<!\w)(?:" + "|".join(re.escape(n) for n in unique) + r")(?!\w)", re.IGNORECASE
    )


def _starts_sentence(text: str, start: int) -> bool:
    i = start - 1
    while i >= 0 and text[i] in " \t\u00a0":
        i -= 1
    return i < 0 or text[i] in _SENTENCE_END


def _suggest(text: str, start: int) -> str:
    """A placeholder from the word before: 'mijn zoon Amir' -> [naam kind]."""
    before = re.findall(r"[\wÀ-ÿ]+", text[max(0, start - 40):start])
    if before:
        previous = before[-1].casefold()
        for placeholder, words in _CONTEXT.items():
            if previous in words:
                return placeholder
    return PLACEHOLDERS["name"]


# -- in the store --------------------------------------------------------------------


def known_names(store: Store) -> list[str]:
    """Names of the workshop's people: real names (whole and in parts), pseudonyms,
    interviewers, coders and sounding-board participants."""
    names: set[str] = set()
    for row in store.all("SELECT real_name FROM identities WHERE real_name != ''"):
        full = row["real_name"].strip()
        names.add(full)
        names.update(p for p in full.split() if len(p) >= 2 and p.casefold() not in _PARTICLES)
    queries = (
        "SELECT pseudonym AS n FROM storytellers",
        "SELECT DISTINCT interviewer AS n FROM stories WHERE interviewer != ''",
        "SELECT DISTINCT coder AS n FROM codings WHERE coder != ''",
        "SELECT DISTINCT label AS n FROM participants",
    )
    for sql in queries:
        names.update(row["n"].strip() for row in store.all(sql) if row["n"])
    names.discard("self")
    return sorted(n for n in names if len(n) >= 2)


def allowed_words(store: Store) -> list[str]:
    return [row["word"] for row in store.all("SELECT word FROM pseudonym_allowed ORDER BY word")]


def allow(store: Store, word: str, by: str = "") -> None:
    """Mark ``word`` as not identifying, so scans stop flagging it in every story."""
    if word.strip():
        store.db.execute(
            "INSERT OR IGNORE INTO pseudonym_allowed (word, added_by, added_at) VALUES (?, ?, ?)",
            [word.strip(), by, now()],
        )


def scan_story(store: Store, story_id: str) -> list[Finding]:
    """``scan`` of a stored story with the workshop's names and allowed words."""
    story = stories.get_story(store, story_id)
    own = store.scalar("SELECT pseudonym FROM storytellers WHERE id = ?", [story["storyteller_id"]])
    # The teller's own pseudonym is no risk in their story; the workshop's practices are
    # named on every poster anyway.
    names = [n for n in known_names(store) if n != own]
    allowed = [*allowed_words(store), own or ""] + [
        word for row in store.all("SELECT name FROM practices UNION SELECT name FROM workshops")
        for word in [row["name"], *row["name"].split()]
    ]
    return scan(story["text"], names, allowed=allowed)


def _replacement_pattern(keys: Iterable[str]) -> re.Pattern[str]:
    parts = []
    for key in sorted(keys, key=len, reverse=True):  # longest first: "Jansen" before "Jan"
        left = r"(?<!\w)" if re.match(r"\w", key) else ""
        right = r"(?!\w)" if re.search(r"\w$", key) else ""
        parts.append(left + re.escape(key) + right)
    return re.compile("|".join(parts))


def apply(store: Store, replacements: Mapping[str, str], *, by: str = "") -> int:
    """Replace each key by its placeholder in every story, longest match first, as whole
    words. One transaction; returns how many places were changed.

    A story that had passed review stays passed: a replacement only takes details out.
    """
    pairs = {k: v for k, v in replacements.items() if k.strip() and k != v}
    if not pairs:
        return 0
    pattern = _replacement_pattern(pairs)
    total = 0
    with store.transaction():
        for row in store.all("SELECT id, text FROM stories WHERE text != ''"):
            new_text, n = pattern.subn(lambda m: pairs[m.group()], row["text"])
            if not n:
                continue
            was_passed = passed(store, row["id"])
            stories.set_text(store, row["id"], new_text)
            if was_passed:
                mark_passed(store, row["id"], by, force=True)
            total += n
        # The per-topic answers the text was composed from hold the same details.
        for part in store.all("SELECT id, text FROM story_parts WHERE text != ''"):
            new_part, n = pattern.subn(lambda m: pairs[m.group()], part["text"])
            if n:
                store.db.execute("UPDATE story_parts SET text = ?, updated_at = ? WHERE id = ?",
                                 [new_part, now(), part["id"]])
    return total


def mark_passed(store: Store, story_id: str, by: str, *, force: bool = False) -> None:
    """Record that the story's current revision was reviewed, and mark it ready for coding.

    Refuses (``Conflict``) while the scan still has findings, unless ``force`` (the
    reviewer read the story and judged the remaining findings harmless).
    """
    with store.transaction():
        story = stories.get_story(store, story_id)
        if not force:
            left = scan_story(store, story_id)
            if left:
                raise Conflict("collect.error.unresolved", n=len(left))
        store.db.execute(
            "INSERT INTO story_reviews (story_id, revision, reviewed_by, reviewed_at) "
            "VALUES (?, ?, ?, ?) ON CONFLICT(story_id) DO UPDATE SET "
            "revision = excluded.revision, reviewed_by = excluded.reviewed_by, "
            "reviewed_at = excluded.reviewed_at",
            [story_id, story["revision"], by, now()],
        )
        if story["status"] != "ready":
            stories.set_status(store, story_id, "ready")


def passed(store: Store, story_id: str) -> bool:
    """True when the assistant was run and resolved for the story's current revision."""
    return bool(store.scalar(
        "SELECT 1 FROM story_reviews r JOIN stories s ON s.id = r.story_id "
        "WHERE r.story_id = ? AND r.revision = s.revision",
        [story_id],
    ))
