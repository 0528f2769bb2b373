"""Hostile input to the transcript and questionnaire importers (txt, md, csv).

Whatever bytes arrive, an import gives a summary or a clean workbench error: never a
crash, and never a partial write (every imported story has its storyteller and consent;
a refused import changes nothing).
"""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest
from fuzz_support import fuzz_settings
from hypothesis import given
from hypothesis import strategies as st

from workbench import workshop
from workbench.collect import importing
from workbench.errors import WorkbenchError
from workbench.store import Store

pytestmark = pytest.mark.slow  # fuzzing: hundreds of random inputs

# More examples for a long hunt: WORKBENCH_FUZZ_EXAMPLES=2000 pytest tests/test_fuzz*.py
FUZZ = fuzz_settings(60)

TABLES = ("storytellers", "stories", "story_parts", "story_topics", "consents", "identities")

CSV_HEADERS = ["pseudonym", "role", "text", "quotes", "recorded_on", "topic_1", "topic_2",
               "language", "interviewer", "rol", "tekst", ""]


def counts(store: Store) -> dict[str, int]:
    return {t: store.scalar(f"SELECT count(*) FROM {t}") for t in TABLES}


def sound(store: Store) -> list[str]:
    """Partial records a broken import would leave behind."""
    problems = []
    if store.all("PRAGMA foreign_key_check"):
        problems.append("orphaned rows")
    if store.scalar("SELECT count(*) FROM stories s WHERE NOT EXISTS (SELECT 1 FROM consents c "
                    "WHERE c.story_id = s.id)"):
        problems.append("story without consent")
    missing = store.scalar("SELECT count(*) FROM stories WHERE rowid NOT IN "
                           "(SELECT id FROM stories_fts_docsize)")
    if missing:
        problems.append("story missing from the search index")
    return problems


_store: Store | None = None


def shared_store() -> Store:
    """One workshop for all examples: imports accumulate, which is itself a good test."""
    global _store
    if _store is None:
        _store = Store.memory()
        workshop.create_workshop(_store, "Fuzz-werkplaats")
        workshop.add_practice(_store, "Speelgroep")
    return _store


def run_import(files: dict[str, bytes]) -> None:
    store = shared_store()
    practice = workshop.practices(store)[0]["id"]
    before = counts(store)
    with tempfile.TemporaryDirectory() as folder:
        paths = []
        for name, data in files.items():
            path = Path(folder) / name
            path.write_bytes(data)
            paths.append(path)
        try:
            summary = importing.import_files(store, paths, practice_id=practice)
        except WorkbenchError as error:
            assert error.message()  # a sentence, in the user's language
            assert counts(store) == before, "a refused import wrote something"
            return
    after = counts(store)
    assert after["stories"] - before["stories"] == len(summary.imported)
    assert after["consents"] - before["consents"] == len(summary.imported)
    for line in summary.lines:
        assert line.key.startswith("collect.import.")
    assert sound(store) == []


text_bytes = st.one_of(
    st.binary(max_size=2000),
    st.text(max_size=2000).map(lambda s: s.encode("utf-8", "surrogatepass")),
    st.text(max_size=500).map(lambda s: s.encode("utf-16")),
    st.text(alphabet=st.characters(max_codepoint=255), max_size=500).map(
        lambda s: s.encode("latin-1")),
)


@FUZZ
@given(st.lists(st.tuples(st.sampled_from([".txt", ".md", ".TXT"]), text_bytes),
                min_size=1, max_size=4))
def test_transcripts_of_any_bytes(items):
    run_import({f"verhaal{i}{ext}": data for i, (ext, data) in enumerate(items)})


def csv_document():
    cell = st.text(alphabet=st.characters(blacklist_categories=["Cs"]), max_size=40)
    header = st.lists(st.sampled_from(CSV_HEADERS), min_size=1, max_size=6)
    sep = st.sampled_from([",", ";", "\t"])

    @st.composite
    def build(draw):
        columns = draw(header)
        s = draw(sep)
        rows = draw(st.lists(st.lists(cell, min_size=0, max_size=len(columns) + 1),
                             max_size=5))
        quote = draw(st.booleans())

        def fmt(value: str) -> str:
            return '"' + value.replace('"', '""') + '"' if quote else value

        lines = [s.join(columns)] + [s.join(fmt(v) for v in row) for row in rows]
        return "\n".join(lines).encode(draw(st.sampled_from(["utf-8", "utf-8-sig"])),
                                       "surrogatepass")

    return build()


@FUZZ
@given(st.one_of(csv_document(), st.binary(max_size=1000)))
def test_questionnaires_of_any_shape(data):
    run_import({"vragenlijst.csv": data})


@FUZZ
@given(csv_document(), st.binary(max_size=300))
def test_mixed_batch_is_all_or_nothing(csv_data, junk):
    run_import({"a.csv": csv_data, "b.txt": junk, "c.md": b"# Kop\n\nEen echt verhaal."})


def test_the_fuzzing_reaches_real_imports():
    """Not vacuous: a sound batch of each kind is imported by the same helper."""
    store = shared_store()
    before = counts(store)["stories"]
    run_import({"x.txt": "Ik kwam hier via de wijkverpleegkundige. Zoë!".encode(),
                "y.csv": b"pseudonym;role;text\nRoos;ouder;Hier voel ik me thuis.\n"})
    assert counts(store)["stories"] == before + 2


def test_csv_found_by_fuzzing():
    """Cases hypothesis found: a lone carriage return, a cell over csv's field limit."""
    run_import({"cr.csv": b"text\n\r0"})
    long_cell = b"pseudonym,text\nLang," + b"woord " * 25_000 + b"\n"
    run_import({"lang.csv": long_cell})
