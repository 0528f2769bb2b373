"""Hostile input to bundle merging: random bytes, damaged zips, and sound bundles whose
rows and manifest carry arbitrary values. A merge gives a report or a clean workbench
error, never a crash, and a refused merge writes nothing."""

from __future__ import annotations

import io
import json
import tempfile
import zipfile
from pathlib import Path

import pytest
from fuzz_support import coded_store, fuzz_settings
from hypothesis import given
from hypothesis import strategies as st

from workbench import workshop
from workbench.errors import WorkbenchError
from workbench.exchange.bundle import write_bundle
from workbench.exchange.merge import merge_bundle
from workbench.store import Store

pytestmark = pytest.mark.slow  # fuzzing: hundreds of random inputs

FUZZ = fuzz_settings(40)
TABLES = ("practices", "storytellers", "stories", "story_parts", "consents", "codes",
          "fragments", "codings", "factors", "withdrawals", "identities")
JSON_VALUES = st.recursive(
    st.one_of(st.none(), st.booleans(), st.integers(-2**63, 2**63), st.floats(allow_nan=False),
              st.text(max_size=20)),
    lambda inner: st.lists(inner, max_size=3), max_leaves=5)


@pytest.fixture(scope="module")
def sound_bundle(tmp_path_factory):
    store = coded_store("Laptop B", "Speelgroep De Vlinder", (
        ("Ilse", "Ik vond hier mensen die hetzelfde meemaakten."),
        ("Nadia", "Mijn zoon speelt nu met kinderen uit de straat.")), coded_chars=15)
    out = tmp_path_factory.mktemp("bundle") / "b.wbbundle"
    write_bundle(store, out)
    with zipfile.ZipFile(out) as zf:
        return {name: zf.read(name) for name in zf.namelist()}, out.read_bytes()


def counts(store: Store) -> dict[str, int]:
    return {t: store.scalar(f"SELECT count(*) FROM {t}") for t in TABLES}


def attempt(data: bytes) -> None:
    store = Store.memory()
    workshop.create_workshop(store, "Laptop A")
    before = counts(store)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "in.wbbundle"
        path.write_bytes(data)
        try:
            merge_bundle(store, path, other_workshop=True)  # deep, past the workshop check
        except WorkbenchError as error:
            assert error.message()
            assert counts(store) == before, "a refused merge wrote something"
            return
    assert store.all("PRAGMA foreign_key_check") == []
    assert store.scalar("SELECT count(*) FROM stories WHERE rowid NOT IN "
                        "(SELECT id FROM stories_fts_docsize)") == 0
    assert store.scalar("SELECT count(*) FROM stories s WHERE s.mode != 'import' AND NOT EXISTS "
                        "(SELECT 1 FROM consents c WHERE c.storyteller_id = s.storyteller_id)") == 0


def zipped(entries: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as zf:
        for name, data in entries.items():
            zf.writestr(name, data)
    return buffer.getvalue()


def test_sound_bundle_merges(sound_bundle):
    entries, raw = sound_bundle
    store = Store.memory()
    workshop.create_workshop(store, "Laptop A")
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "in.wbbundle"
        path.write_bytes(raw)
        merge_bundle(store, path, other_workshop=True)
    assert store.scalar("SELECT count(*) FROM stories") == 2


@FUZZ
@given(st.binary(max_size=2000))
def test_random_bytes(data):
    attempt(data)


@FUZZ
@given(st.data())
def test_damaged_bundle(sound_bundle, data):
    raw = bytearray(sound_bundle[1])
    for _ in range(data.draw(st.integers(1, 6))):
        raw[data.draw(st.integers(0, len(raw) - 1))] = data.draw(st.integers(0, 255))
    attempt(bytes(raw))


@FUZZ
@given(st.data())
def test_rows_with_arbitrary_values(sound_bundle, data):
    entries = dict(sound_bundle[0])
    tables = sorted(n for n in entries if n.startswith("tables/"))
    for name in data.draw(st.lists(st.sampled_from(tables), min_size=1, max_size=3)):
        rows = [json.loads(line) for line in entries[name].decode().splitlines() if line]
        for row in rows:
            if row and data.draw(st.booleans()):
                row[data.draw(st.integers(0, len(row) - 1))] = data.draw(JSON_VALUES)
        if data.draw(st.booleans()) and rows:
            rows.append(data.draw(st.lists(JSON_VALUES, max_size=len(rows[0]) + 1)))
        entries[name] = "\n".join(json.dumps(r) for r in rows).encode()
    attempt(zipped(entries))


@FUZZ
@given(st.data())
def test_manifest_with_arbitrary_values(sound_bundle, data):
    entries = dict(sound_bundle[0])
    manifest = json.loads(entries["manifest.json"])
    for key in data.draw(st.lists(st.sampled_from(sorted(manifest)), max_size=3)):
        manifest[key] = data.draw(JSON_VALUES)
    entries["manifest.json"] = json.dumps(manifest).encode()
    attempt(zipped(entries))
