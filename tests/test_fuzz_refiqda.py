"""Hostile input to the REFI-QDA importers (.qdpx projects, .qdc codebooks).

Random bytes, damaged archives, and sound archives whose XML carries arbitrary values:
each import gives a report or a clean workbench error, never a crash, and a refused
import writes nothing.
"""

from __future__ import annotations

import io
import re
import tempfile
import zipfile
from pathlib import Path

import pytest
from fuzz_support import coded_store, fuzz_settings
from hypothesis import given
from hypothesis import strategies as st

from workbench import workshop
from workbench.errors import WorkbenchError
from workbench.exchange import refiqda, refiqda_import
from workbench.store import Store

pytestmark = pytest.mark.slow  # fuzzing: hundreds of random inputs

# More examples for a long hunt: WORKBENCH_FUZZ_EXAMPLES=2000 pytest tests/test_fuzz*.py
FUZZ = fuzz_settings(50)
TABLES = ("storytellers", "stories", "consents", "codes", "fragments", "codings", "memos",
          "practices", "factors", "factor_elements")


def source_store() -> Store:
    return coded_store("Bron", "Buurthuiskamer", (
        ("Anouk", "Ik kwam binnen en iedereen zei hallo. Dat deed me goed."),
        ("Fatima", "De vrijwilliger hielp met de formulieren van school.")), coded_chars=20)


@pytest.fixture(scope="module")
def sound_files(tmp_path_factory):
    folder = tmp_path_factory.mktemp("qda")
    store = source_store()
    refiqda.export_qdpx(store, folder / "bron.qdpx")
    refiqda.export_qdc(store, folder / "bron.qdc")
    with zipfile.ZipFile(folder / "bron.qdpx") as zf:
        entries = {name: zf.read(name) for name in zf.namelist()}
    return {"qdpx": (folder / "bron.qdpx").read_bytes(), "entries": entries,
            "qdc": (folder / "bron.qdc").read_bytes()}


def counts(store: Store) -> dict[str, int]:
    return {t: store.scalar(f"SELECT count(*) FROM {t}") for t in TABLES}


def target_store() -> Store:
    store = Store.memory()
    workshop.create_workshop(store, "Doel")
    return store


def attempt(kind: str, data: bytes) -> None:
    store = target_store()
    before = counts(store)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"project.{kind}"
        path.write_bytes(data)
        importer = refiqda_import.import_qdpx if kind == "qdpx" else refiqda_import.import_qdc
        try:
            importer(store, path)
        except WorkbenchError as error:
            assert error.message()
            assert counts(store) == before, "a refused import wrote something"
            return
    assert store.all("PRAGMA foreign_key_check") == []
    assert not store.scalar("SELECT count(*) FROM stories WHERE rowid NOT IN "
                            "(SELECT id FROM stories_fts_docsize)")
    for row in store.all("SELECT f.start, f.end, f.text, s.text AS story FROM fragments f "
                         "JOIN stories s ON s.id = f.story_id"):
        assert 0 <= row["start"] < row["end"] <= len(row["story"])


def zipped(entries: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as zf:
        for name, data in entries.items():
            zf.writestr(name, data)
    return buffer.getvalue()


def test_sound_files_import(sound_files):
    """The fuzzing starts from files that do import."""
    store = target_store()
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "p.qdpx"
        path.write_bytes(sound_files["qdpx"])
        report = refiqda_import.import_qdpx(store, path)
    assert report.stories_added == 2 and report.codings_added == 2


@FUZZ
@given(st.binary(max_size=3000))
def test_random_bytes(data):
    attempt("qdpx", data)
    attempt("qdc", data)


@FUZZ
@given(st.data())
def test_damaged_archives(sound_files, data):
    raw = bytearray(sound_files["qdpx"])
    for _ in range(data.draw(st.integers(1, 8))):
        at = data.draw(st.integers(0, len(raw) - 1))
        raw[at] = data.draw(st.integers(0, 255))
    cut = data.draw(st.integers(len(raw) // 2, len(raw)))
    attempt("qdpx", bytes(raw[:cut]))


NUMBER = re.compile(rb'(startPosition|endPosition|color|creationDateTime|guid|targetGUID)="[^"]*"')
TEXT = re.compile(rb'name="[^"]*"')


@FUZZ
@given(st.data())
def test_sound_archive_with_arbitrary_values(sound_files, data):
    """Well-formed XML with wrong offsets, GUIDs, colours, dates and names."""
    entries = dict(sound_files["entries"])
    qde = entries["project.qde"]
    values = st.one_of(st.integers(-10**12, 10**12).map(str), st.text(max_size=12),
                       st.sampled_from(["", "-1", "0", "99999999999999999999", "nan", "#zz"]))

    def replace(match: re.Match[bytes]) -> bytes:
        if not data.draw(st.booleans()):
            return match.group(0)
        value = data.draw(values)
        safe = value.replace("&", "&amp;").replace('"', "&quot;").replace("<", "&lt;")
        safe = "".join(ch for ch in safe if ch.isprintable())
        return match.group(1) + b'="' + safe.encode("utf-8", "replace") + b'"'

    qde = NUMBER.sub(replace, qde)
    qde = TEXT.sub(lambda m: replace(re.match(rb'(name)="[^"]*"', m.group(0))), qde)
    entries["project.qde"] = qde
    for name in list(entries):
        if name.startswith("sources/") and data.draw(st.booleans()):
            entries[name] = data.draw(st.binary(max_size=200))
    attempt("qdpx", zipped(entries))


@FUZZ
@given(st.data())
def test_codebook_with_arbitrary_values(sound_files, data):
    qdc = sound_files["qdc"]
    values = st.one_of(st.text(max_size=30), st.sampled_from(["", "#zz", "x" * 500]))

    def replace(match: re.Match[bytes]) -> bytes:
        if not data.draw(st.booleans()):
            return match.group(0)
        value = "".join(ch for ch in data.draw(values) if ch.isprintable())
        value = value.replace("&", "&amp;").replace('"', "&quot;").replace("<", "&lt;")
        return match.group(1) + b'="' + value.encode() + b'"'

    qdc = re.sub(rb'(name|color|guid|isCodable)="[^"]*"', replace, qdc)
    attempt("qdc", qdc)
