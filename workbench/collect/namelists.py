"""Name and place knowledge for the pseudonymisation scan, loaded once and lazily.

The lists come from the field: ``deduce`` (Dutch de-identification, LGPL-3.0-or-later)
ships lookup lists of Dutch first names, surnames, places and common words; we read its
data files as plain text, without importing deduce itself (which would pull in its
whole pipeline). To them we add two small lists of our own in ``workbench/data``
(public domain): given names of the communities the workshops serve, which Dutch lists
miss, and neighbourhoods. spaCy's Dutch lemma table (``spacy-lookups-data``, MIT) and
its Dutch stop words (read from spaCy's source file, MIT) tell an ordinary Dutch word
from a name at the start of a sentence.

Loading takes about a second, so it never happens at start-up: ``get`` loads on first
use (the TUI calls it from a worker thread, with progress) and keeps the result.
"""

from __future__ import annotations

import gzip
import importlib.util
import json
import re
import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

DATA = Path(__file__).parent.parent / "data"

# Words of place names that may be written in lower case ("Bergen op Zoom").
PLACE_PARTICLES = {"aan", "de", "den", "der", "het", "op", "in", "bij", "en", "over", "ter",
                   "ten", "van", "'s", "'t", "a/d", "o/d"}

# Lists a user may want to know about (README, ``workbench`` diagnostics): name, source,
# licence.
SOURCES = (
    ("first names, surnames, places, common words", "deduce 3 lookup lists",
     "LGPL-3.0-or-later"),
    ("Dutch word forms", "spacy-lookups-data (nl lemma table)", "MIT"),
    ("Dutch stop words", "spaCy (spacy/lang/nl/stop_words.py)", "MIT"),
    ("given names of the communities, neighbourhoods", "workbench/data", "CC0"),
)


@dataclass
class Knowledge:
    """What the scan knows. Every word is casefolded."""

    first_names: frozenset[str] = frozenset()
    surnames: frozenset[str] = frozenset()
    # First word of a place -> every place starting with it, as tuples of words in their
    # own case, longest first.
    places: dict[str, list[tuple[str, ...]]] = field(default_factory=dict)
    neighbourhoods: frozenset[tuple[str, ...]] = frozenset()
    common: frozenset[str] = frozenset()  # frequent Dutch words ("toen", "samen", "klaar")
    vocabulary: frozenset[str] = frozenset()  # any Dutch word form ("daarna", "bakker")

    def is_first_name(self, word: str) -> bool:
        folded = word.casefold()
        if folded in self.first_names:
            return True
        parts = folded.split("-")  # "Dirk-Jan", "Anne-Marie"
        return len(parts) > 1 and all(p in self.first_names for p in parts if p)

    def is_surname(self, word: str) -> bool:
        return word.casefold() in self.surnames


_lock = threading.Lock()
_cached: Knowledge | None = None


def loaded() -> bool:
    """True once the lists are in memory (the next ``get`` is instant)."""
    return _cached is not None


def get(progress: Callable[[int, int], None] | None = None) -> Knowledge:
    """The knowledge, loading it on first use. ``progress(done, total)`` is called
    between the steps of a first load. Safe to call from several threads."""
    global _cached
    if _cached is not None:
        return _cached
    with _lock:
        if _cached is None:
            _cached = _load(progress or (lambda done, total: None))
    return _cached


def _deduce_lookup() -> Path | None:
    spec = importlib.util.find_spec("deduce")  # finds the package without importing it
    if spec is None or not spec.submodule_search_locations:
        return None
    path = Path(next(iter(spec.submodule_search_locations))) / "data" / "lookup" / "src"
    return path if path.is_dir() else None


def _lines(path: Path) -> list[str]:
    if not path.is_file():
        return []
    with path.open(encoding="utf-8") as handle:
        return [s for line in handle if (s := line.strip()) and not s.startswith("#")]


def _deduce_list(root: Path | None, name: str) -> set[str]:
    if root is None:
        return set()
    return set(_lines(root / name / "items.txt")) - set(_lines(root / name / "exceptions.txt"))


def _vocabulary() -> set[str]:
    spec = importlib.util.find_spec("spacy_lookups_data")
    if spec is None or not spec.submodule_search_locations:
        return set()
    path = Path(next(iter(spec.submodule_search_locations))) / "data" / "nl_lemma_lookup.json.gz"
    if not path.is_file():
        return set()
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        table = json.load(handle)
    return {w.casefold() for w in table} | {w.casefold() for w in table.values()}


def _spacy_stop_words() -> set[str]:
    """spaCy's Dutch stop words ("via", "daarna", "tijdens"), read from its source file
    without importing spaCy (which takes seconds)."""
    spec = importlib.util.find_spec("spacy")
    if spec is None or not spec.submodule_search_locations:
        return set()
    path = Path(next(iter(spec.submodule_search_locations))) / "lang" / "nl" / "stop_words.py"
    if not path.is_file():
        return set()
    source = path.read_text(encoding="utf-8")
    match = re.search(r'"""(.*?)"""', source, re.DOTALL)
    return {w.casefold() for w in match.group(1).split()} if match else set()


def _strip_region(place: str) -> str:
    """'Brand (Nb)' -> 'Brand': deduce tells places apart by province."""
    return place.split(" (")[0].strip()


def _index(places: Iterable[str]) -> dict[str, list[tuple[str, ...]]]:
    index: dict[str, list[tuple[str, ...]]] = {}
    for place in places:
        words = tuple(_strip_region(place).split())
        if words and len(words[0]) >= 2:
            index.setdefault(words[0].casefold(), []).append(words)
    for entries in index.values():
        entries.sort(key=len, reverse=True)
        entries[:] = list(dict.fromkeys(entries))
    return index


def _load(progress: Callable[[int, int], None]) -> Knowledge:
    steps = 5
    root = _deduce_lookup()
    progress(0, steps)
    own_names = set(_lines(DATA / "community_names.txt"))
    first = {n.casefold() for n in _deduce_list(root, "names/lst_first_name") | own_names}
    progress(1, steps)
    surnames = {n.casefold() for n in _deduce_list(root, "names/lst_surname")}
    progress(2, steps)
    neighbourhoods = _lines(DATA / "neighbourhoods.txt")
    places = (_deduce_list(root, "locations/lst_placename/lst_residence")
              | _deduce_list(root, "locations/lst_placename/lst_municipality")
              | _deduce_list(root, "locations/lst_placename/lst_province")
              | set(neighbourhoods) | {"Den Bosch", "Den Haag"})
    progress(3, steps)
    common = {w.casefold() for w in _deduce_list(root, "whitelist/lst_common_word")
              | _deduce_list(root, "whitelist/lst_stop_word")} | _spacy_stop_words()
    progress(4, steps)
    vocabulary = _vocabulary()
    progress(5, steps)
    return Knowledge(
        first_names=frozenset(first),
        surnames=frozenset(surnames),
        places=_index(places),
        neighbourhoods=frozenset(tuple(w.casefold() for w in n.split()) for n in neighbourhoods),
        common=frozenset(common),
        vocabulary=frozenset(vocabulary),
    )
