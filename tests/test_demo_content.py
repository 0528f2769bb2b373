"""Checks on the demo content in workbench/demo/stories.toml.

The demo file is a contract between the people who write the content and the code that
loads it. These tests check every rule that can be checked mechanically: counts, roles,
consent flags, that fragments quote their story exactly, that codes and factors fit
together, and that no contact data leaks into story texts.
"""

from __future__ import annotations

import re
import tomllib
from collections import Counter
from datetime import date
from pathlib import Path

import pytest

DEMO = Path(__file__).parent.parent / "workbench" / "demo" / "stories.toml"

TOPICS = {
    1: "De bijeenkomsten, de groep en de begeleiding",
    2: "Wat het u oplevert",
    3: "Uw eigen rol tijdens de bijeenkomsten",
    4: "Contact buiten de bijeenkomsten",
    5: "Wat ouders nodig hebben",
}
NEW_CATEGORY = "Nieuw"
ROLES = {"parent", "caregiver", "volunteer", "professional", "researcher"}
TOPIC5_ROLES = {"volunteer", "professional"}
PRACTICES = {
    "vlinder": "Speelgroep De Vlinder",
    "huiskamer": "Buurthuiskamer Oost",
    "moederkracht": "Moederkracht",
}
MODES = {"booth", "interview", "import"}
STATUSES = {"complete", "interrupted"}
FACTOR_TYPES = {"substantive", "procedural"}
COLOR = re.compile(r"^#[0-9A-Fa-f]{6}$")
# A sentence ends at . ! ? or … (optionally followed by a closing quote) before space or end.
SENTENCE_END = re.compile(r"[.!?…][’”]?(?=\s|$)")


@pytest.fixture(scope="module")
def demo() -> dict:
    with DEMO.open("rb") as fh:
        return tomllib.load(fh)


@pytest.fixture(scope="module")
def stories(demo) -> list[dict]:
    return demo["stories"]


@pytest.fixture(scope="module")
def code_names(demo) -> set[str]:
    return {c["name"] for c in demo["codes"]}


def _all_texts(story: dict) -> list[str]:
    texts = [p["text"] for p in story.get("parts", [])]
    texts += [f["text"] for f in story.get("fragments", [])]
    texts += [story["pseudonym"], story["role_label"], story.get("interviewer", "")]
    return texts


def _words(story: dict) -> int:
    return sum(len(p["text"].split()) for p in story["parts"])


def _fragments_by_code(stories: list[dict], *, include_withdrawn: bool = False):
    """Yield (story, fragment, code) for every coded fragment."""
    for s in stories:
        if s["withdrawn"] and not include_withdrawn:
            continue
        for f in s.get("fragments", []):
            for c in f["codes"]:
                yield s, f, c


# ---------------------------------------------------------------- workshop and practices


def test_workshop(demo):
    assert demo["workshop"]["name"] == "Kenniswerkplaats Samen Opvoeden"
    assert demo["workshop"]["description"].strip()


def test_practices(demo):
    got = {p["key"]: p["name"] for p in demo["practices"]}
    assert got == PRACTICES
    assert len(demo["practices"]) == 3
    for p in demo["practices"]:
        assert p["description"].strip()


# ---------------------------------------------------------------- codebook


def test_codebook(demo):
    codes = demo["codes"]
    assert 14 <= len(codes) <= 22
    names = [c["name"] for c in codes]
    assert len(names) == len(set(names)), "code names must be unique"
    allowed = set(TOPICS.values()) | {NEW_CATEGORY}
    for c in codes:
        assert c["category"] in allowed, c["name"]
        assert c["description"].strip(), c["name"]
        assert COLOR.match(c["color"]), (c["name"], c["color"])
    categories = {c["category"] for c in codes}
    assert NEW_CATEGORY in categories, "at least one inductive code"
    assert categories & set(TOPICS.values()), "at least one deductive code"
    colors = [c["color"].upper() for c in codes]
    assert len(colors) == len(set(colors)), "every code has its own colour"


# ---------------------------------------------------------------- factors


def test_factors_shape(demo, code_names):
    factors = demo["factors"]
    assert len(factors) >= 6
    names = [f["name"] for f in factors]
    assert len(names) == len(set(names))
    for f in factors:
        assert f["type"] in FACTOR_TYPES, f["name"]
        assert f["description"].strip(), f["name"]
        assert 3 <= len(f["elements"]) <= 5, f["name"]
        assert all(e.strip() for e in f["elements"]), f["name"]
        assert f["codes"], f["name"]
        assert set(f["codes"]) <= code_names, (f["name"], set(f["codes"]) - code_names)
        assert f["practices"], f["name"]
        assert set(f["practices"]) <= set(PRACTICES), f["name"]
        assert len(f["practices"]) == len(set(f["practices"])), f["name"]


def test_each_code_in_at_most_one_factor(demo):
    counts = Counter(c for f in demo["factors"] for c in f["codes"])
    doubles = [c for c, n in counts.items() if n > 1]
    assert not doubles, doubles


def test_some_codes_stay_unsorted(demo, code_names):
    sorted_codes = {c for f in demo["factors"] for c in f["codes"]}
    assert code_names - sorted_codes, "a few codes stay unsorted on the wall"


def test_common_and_local_factors(demo):
    common = [f for f in demo["factors"] if set(f["practices"]) == set(PRACTICES)]
    local = [f for f in demo["factors"] if set(f["practices"]) != set(PRACTICES)]
    assert len(common) >= 5
    assert 1 <= len(local) <= 2
    assert {f["type"] for f in demo["factors"]} == FACTOR_TYPES


def test_factors_have_fragments_from_their_practices(demo, stories):
    """Without the withdrawn storyteller, every factor still has fragments in each practice
    it names."""
    for f in demo["factors"]:
        codes = set(f["codes"])
        seen = {s["practice"] for s, _, c in _fragments_by_code(stories) if c in codes}
        missing = set(f["practices"]) - seen
        assert not missing, (f["name"], missing)


def test_factor_codes_only_used_in_factor_practices(demo, stories):
    """A factor found in only some practices has no fragments from the other practices."""
    for f in demo["factors"]:
        codes = set(f["codes"])
        seen = {
            s["practice"]
            for s, _, c in _fragments_by_code(stories, include_withdrawn=True)
            if c in codes
        }
        extra = seen - set(f["practices"])
        assert not extra, (f["name"], extra)


def test_common_factors_have_quotable_fragments(demo, stories):
    """Each common factor has at least three fragments that may go on a poster."""
    for f in demo["factors"]:
        if set(f["practices"]) != set(PRACTICES):
            continue
        codes = set(f["codes"])
        quotable = {
            (s["key"], fr["text"])
            for s, fr, c in _fragments_by_code(stories)
            if c in codes and s["consent_quotes"]
        }
        assert len(quotable) >= 3, (f["name"], len(quotable))
        short = [t for _, t in quotable if len(t) <= 160]
        assert short, f"{f['name']}: needs at least one short poster quote"


# ---------------------------------------------------------------- stories: counts and roles


def test_story_counts(stories):
    assert len(stories) >= 33
    keys = [s["key"] for s in stories]
    assert len(keys) == len(set(keys))
    per_practice = Counter(s["practice"] for s in stories)
    assert set(per_practice) == set(PRACTICES)
    for key, n in per_practice.items():
        assert n >= 10, (key, n)


def test_roles(stories):
    for s in stories:
        assert s["role"] in ROLES, s["key"]
        assert s["role_label"].strip(), s["key"]
    for practice in PRACTICES:
        roles = {s["role"] for s in stories if s["practice"] == practice}
        missing = (ROLES - {"researcher"}) - roles
        assert not missing, (practice, missing)
    counts = Counter(s["role"] for s in stories)
    assert counts["researcher"] >= 2
    assert counts["parent"] + counts["caregiver"] > len(stories) / 2


def test_unique_single_name_pseudonyms(stories):
    names = [s["pseudonym"] for s in stories]
    assert len(names) == len(set(names)), [n for n, c in Counter(names).items() if c > 1]
    for n in names:
        assert re.fullmatch(r"[A-ZÀ-Ý][a-zà-ÿ]+", n), f"single first-name pseudonym: {n!r}"


def test_modes_and_interviewers(stories):
    modes = Counter(s["mode"] for s in stories)
    assert set(modes) <= MODES
    assert modes["booth"] > len(stories) / 2, "most stories are typed in the booth"
    assert modes["interview"] >= 3
    assert modes["import"] >= 1
    for s in stories:
        if s["mode"] == "interview":
            assert s["interviewer"].startswith("Onderzoeker "), s["key"]
        else:
            assert s["interviewer"] == "", s["key"]
            assert s["interpreter"] is False, s["key"]
    assert sum(1 for s in stories if s["interpreter"]) >= 3


def test_dates(stories):
    for s in stories:
        d = date.fromisoformat(s["recorded_on"])
        assert date(2026, 2, 1) <= d <= date(2026, 6, 30), (s["key"], d)
    months = {date.fromisoformat(s["recorded_on"]).month for s in stories}
    assert months == {2, 3, 4, 5, 6}


def test_exactly_one_interrupted(stories):
    assert {s["status"] for s in stories} <= STATUSES
    interrupted = [s for s in stories if s["status"] == "interrupted"]
    assert len(interrupted) == 1
    s = interrupted[0]
    assert s["mode"] == "booth"
    assert s["role"] in {"parent", "caregiver"}
    assert len(s["parts"]) == 1
    assert len(s["parts"][0]["text"].split()) < 40
    assert not s.get("fragments")
    assert not s["withdrawn"]


def test_exactly_one_withdrawn(stories):
    withdrawn = [s for s in stories if s["withdrawn"]]
    assert len(withdrawn) == 1
    s = withdrawn[0]
    assert s["status"] == "complete"
    assert len(s["parts"]) >= 2, "the withdrawn story is still a full story"


def test_consent_quotes(stories):
    refused = [s for s in stories if not s["consent_quotes"]]
    assert 3 <= len(refused) <= 5


def test_identity_kept_apart(stories):
    with_identity = [s for s in stories if "identity" in s]
    assert 4 <= len(with_identity) <= 6
    every_text = " ".join(t for s in stories for t in _all_texts(s))
    for s in with_identity:
        ident = s["identity"]
        assert set(ident) == {"real_name", "contact"}, s["key"]
        assert ident["real_name"].strip() and ident["contact"].strip(), s["key"]
        assert ident["real_name"] not in every_text, s["key"]
        assert ident["contact"] not in every_text, s["key"]
        assert s["pseudonym"] not in ident["real_name"], s["key"]


# ---------------------------------------------------------------- stories: parts and text


def test_parts_and_topics(stories):
    for s in stories:
        parts = s["parts"]
        assert 1 <= len(parts) <= 5, s["key"]
        topics = [p["topic"] for p in parts]
        assert len(topics) == len(set(topics)), s["key"]
        for t in topics:
            assert t in TOPICS, (s["key"], t)
            if t == 5:
                assert s["role"] in TOPIC5_ROLES, f"{s['key']}: topic 5 for {s['role']}"
        for p in parts:
            assert p["text"].strip(), s["key"]
            assert p["text"] == p["text"].strip(), f"{s['key']}: no leading/trailing space"


def test_story_lengths_vary(stories):
    lengths = [_words(s) for s in stories if s["status"] == "complete"]
    for s in stories:
        if s["status"] == "complete":
            assert 40 <= _words(s) <= 350, (s["key"], _words(s))
    assert min(lengths) < 70, "some short stories"
    assert max(lengths) > 250, "some long stories"


def test_no_contact_data_in_texts(stories):
    for s in stories:
        for t in _all_texts(s):
            assert "@" not in t, s["key"]
            assert not re.search(r"\d{10,}", t), s["key"]
            assert not re.search(r"\b0\d[\d\- ]{8,}\d", t), f"{s['key']}: phone number"
            assert "http" not in t and "www." not in t, s["key"]


def test_pseudonymised_with_placeholders(stories):
    with_placeholder = [s for s in stories if any("[naam " in p["text"] for p in s["parts"])]
    assert len(with_placeholder) >= 10
    every_text = " ".join(p["text"] for s in stories for p in s["parts"])
    for placeholder in ("[naam kind]", "[naam vrijwilliger]", "[wijk]", "[naam school]"):
        assert placeholder in every_text, placeholder
    # Brackets are balanced in every part.
    for s in stories:
        for p in s["parts"]:
            assert p["text"].count("[") == p["text"].count("]"), s["key"]


def test_dutch_characters_used(stories):
    every_text = " ".join(p["text"] for s in stories for p in s["parts"])
    for ch in "ëéï‘’“”–…":
        assert ch in every_text, ch


# ---------------------------------------------------------------- fragments


def test_fragment_counts(stories):
    for s in stories:
        n = len(s.get("fragments", []))
        if s["status"] == "interrupted":
            assert n == 0, s["key"]
        else:
            assert 2 <= n <= 5, (s["key"], n)


def test_fragments_are_exact_substrings(stories):
    for s in stories:
        parts = [p["text"] for p in s["parts"]]
        for f in s.get("fragments", []):
            assert any(f["text"] in p for p in parts), (s["key"], f["text"])
            assert f["text"] == f["text"].strip(), (s["key"], f["text"])
            assert "\n" not in f["text"], (s["key"], f["text"])


def test_fragments_are_short(stories):
    for s in stories:
        for f in s.get("fragments", []):
            assert 10 <= len(f["text"]) <= 320, (s["key"], f["text"])
            assert len(SENTENCE_END.findall(f["text"])) <= 3, (s["key"], f["text"])


def test_fragment_texts_unique_within_story(stories):
    for s in stories:
        texts = [f["text"] for f in s.get("fragments", [])]
        assert len(texts) == len(set(texts)), s["key"]


def test_fragment_codes(stories, code_names):
    for s in stories:
        for f in s.get("fragments", []):
            assert 1 <= len(f["codes"]) <= 2, (s["key"], f["text"])
            assert len(f["codes"]) == len(set(f["codes"])), (s["key"], f["text"])
            unknown = set(f["codes"]) - code_names
            assert not unknown, (s["key"], unknown)


def test_every_code_is_used(stories, code_names):
    used = {c for _, _, c in _fragments_by_code(stories)}
    assert code_names <= used, code_names - used
