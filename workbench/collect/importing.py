"""Import transcripts (.txt, .md: one story per file) and questionnaire CSVs (one per row).

Every file is read and checked first; then all accepted stories are written in one
transaction, so an import happens completely or not at all. Each input gets one line in
the summary: imported (with its pseudonym) or skipped, and why: empty, binary, not
readable as text, too long, already imported (same content hash), or a bad CSV value.
File names often hold real names, so they are shown in the summary but never stored.
"""

from __future__ import annotations

import codecs
import csv
import io
import os
import stat
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import IO, Any

from workbench import workshop
from workbench.collect import booth, stories
from workbench.errors import InvalidInput, WorkbenchError
from workbench.store import Store, new_id

MAX_FILE_BYTES = 4 * stories.MAX_STORY_CHARS  # UTF-8 needs at most 4 bytes a character
# A questionnaire export holds many stories; it is streamed, never read whole.
MAX_CSV_BYTES = 512 * 1024 * 1024
# One CSV field may hold a whole story (and a little over, so that an over-long answer is
# one skipped row with its reason, not a refused file).
CSV_FIELD_LIMIT = 4 * stories.MAX_STORY_CHARS
_HEAD_BYTES = 64 * 1024
_CHUNK_BYTES = 1024 * 1024
ROLE_WORDS = {
    "ouder": "parent", "moeder": "parent", "vader": "parent", "verzorger": "caregiver",
    "vrijwilliger": "volunteer", "jeugdprofessional": "professional",
    "professional": "professional", "onderzoeker": "researcher",
}
YES = {"ja", "j", "yes", "y", "1", "true", "waar", "x"}
NO = {"nee", "n", "no", "0", "false", "onwaar", ""}
# REFI-QDA projects and codebooks have their own importers
REFIQDA_SUFFIXES = {".qdpx": "workbench import qdpx", ".qdc": "workbench import qdc"}


@dataclass
class ImportLine:
    """What happened to one file (or one CSV row)."""

    source: str
    imported: bool
    key: str  # message key: collect.import.ok or the reason it was skipped
    params: dict[str, Any] = field(default_factory=dict)
    story_id: str | None = None
    order: tuple[int, int] = (0, 0)  # (file, CSV row): the summary follows the input


@dataclass
class ImportSummary:
    lines: list[ImportLine] = field(default_factory=list)

    @property
    def imported(self) -> list[ImportLine]:
        return [line for line in self.lines if line.imported]

    @property
    def skipped(self) -> list[ImportLine]:
        return [line for line in self.lines if not line.imported]


@dataclass
class _Pending:
    source: str
    text: str = ""
    parts: list[tuple[str | None, str]] = field(default_factory=list)
    pseudonym: str = ""
    role: str = "parent"
    role_label: str = ""
    practice_id: str | None = None
    recorded_on: str = ""
    language: str = "nl"
    quotes: bool = False
    interviewer: str = ""
    row: int = 0
    real_name: str = ""  # kept apart in identities, never with the story
    contact: str = ""


class Skip(WorkbenchError):
    """A file or row that is not imported; the key says why."""


def decode(data: bytes) -> str:
    """Bytes of a transcript as text: UTF-8 (with or without BOM), UTF-16 with BOM, or an
    encoding charset_normalizer recognises with confidence; otherwise ``Skip``."""
    if not data.strip():
        raise Skip("collect.import.empty")
    if len(data) > MAX_FILE_BYTES:
        raise Skip("collect.import.too_large", size=len(data), limit=MAX_FILE_BYTES)
    for bom, encoding in ((codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(bom):
            return data.decode(encoding, errors="strict")
    if b"\x00" in data:
        raise Skip("collect.import.binary")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    try:
        return data.decode(_guess_encoding(data))
    except (UnicodeDecodeError, LookupError) as error:
        raise Skip("collect.import.not_text") from error


def _guess_encoding(data: bytes) -> str:
    """The encoding of text that is not UTF-8, or ``Skip`` when it is only a guess."""
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    # Dutch transcripts that are not UTF-8 are nearly always Windows-1252 (old Word,
    # Notepad). Detection alone may pick a Central-European page that looks as plausible
    # ("Cafť"), so the Western reading wins unless it is clearly worse.
    western = from_bytes(data, cp_isolation=["cp1252", "iso8859_15"]).best()
    if western is not None and (best is None or western.chaos <= best.chaos + 0.02):
        best = western
    # Text with many odd characters was guessed, not recognised: refuse rather than store
    # garbled words.
    if best is None or best.chaos > 0.2:
        raise Skip("collect.import.not_text")
    return best.encoding


def open_regular(path: Path, limit: int) -> IO[bytes]:
    """``path`` opened for reading, if it is a regular file of at most ``limit`` bytes.

    A named pipe, a device (a symlink to /dev/zero), a socket or a folder is refused at
    once, before a byte is read, so an import never hangs or fills the memory. The check
    is made on the opened file itself (``fstat``), so it cannot be swapped in between.
    """
    if path.is_dir():
        raise Skip("collect.import.is_folder")
    try:
        # O_NONBLOCK: opening a named pipe must not wait for a writer
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_NOCTTY", 0))
    except FileNotFoundError as error:
        raise Skip("collect.import.missing") from error
    except IsADirectoryError as error:
        raise Skip("collect.import.is_folder") from error
    except OSError as error:
        raise Skip("collect.import.unreadable", reason=error.strerror or str(error)) from error
    try:
        info = os.fstat(fd)
        if stat.S_ISDIR(info.st_mode):
            raise Skip("collect.import.is_folder")
        if not stat.S_ISREG(info.st_mode):
            raise Skip("collect.import.not_regular")
        if info.st_size > limit:
            raise Skip("collect.import.too_large", size=info.st_size, limit=limit)
        os.set_blocking(fd, True)
        return os.fdopen(fd, "rb")
    except BaseException:
        os.close(fd)
        raise


def read_transcript(path: Path) -> str:
    """A transcript file's text, checked: a regular file, text, not empty, not too long."""
    try:
        with open_regular(path, MAX_FILE_BYTES) as handle:
            data = handle.read(MAX_FILE_BYTES + 1)  # the file may have grown since fstat
    except OSError as error:
        raise Skip("collect.import.unreadable", reason=error.strerror or str(error)) from error
    text = decode(data).replace("\r\n", "\n").replace("\r", "\n")
    _check_text(text)
    return text


def _check_text(text: str) -> None:
    if not text.strip():
        raise Skip("collect.import.empty")
    if len(text) > stories.MAX_STORY_CHARS:
        raise Skip("collect.import.too_long", size=len(text), limit=stories.MAX_STORY_CHARS)


def import_files(
    store: Store,
    paths: Iterable[str | Path],
    *,
    practice_id: str,
    role: str = "parent",
    quotes: bool = False,
    progress: Callable[[int, int], None] | None = None,
    role_label: str = "",
    identities: dict[str, Any] | None = None,
) -> ImportSummary:
    """Import transcripts and CSVs into ``practice_id``; see the module docstring.

    ``role_label`` ("vader") goes with every storyteller that has none of its own;
    ``identities`` (``identities.read_sidecar``) gives per transcript file a real name,
    contact and role label, kept apart from the story.
    """
    if role not in stories.ROLES:
        raise InvalidInput("error.bad_role", role=role, roles=", ".join(stories.ROLES))
    files = [Path(p) for p in paths]
    summary = ImportSummary()
    pending: list[tuple[ImportLine, _Pending]] = []
    for done, path in enumerate(files, start=1):
        first = len(summary.lines)
        try:
            if path.suffix.lower() in REFIQDA_SUFFIXES:
                raise Skip("collect.import.refiqda", command=REFIQDA_SUFFIXES[path.suffix.lower()])
            if path.suffix.lower() == ".csv":
                for item in _read_csv(store, path, practice_id, role, quotes, summary):
                    item.role_label = item.role_label or role_label
                    pending.append((ImportLine(item.source, True, "collect.import.ok",
                                               order=(done, item.row)), item))
            else:
                item = _Pending(path.name, text=read_transcript(path), role=role,
                                practice_id=practice_id, quotes=quotes, role_label=role_label)
                who = (identities or {}).get(path.name)
                if who is not None:
                    item.real_name, item.contact = who.real_name, who.contact
                    item.role_label = who.role_label or role_label
                pending.append((ImportLine(path.name, True, "collect.import.ok",
                                           order=(done, 0)), item))
        except Skip as skip:
            summary.lines.append(ImportLine(path.name, False, skip.key, skip.params))
        for line in summary.lines[first:]:  # skipped CSV rows carry their row already
            line.order = (done, line.order[1])
        if progress:
            progress(done, len(files))
    _write(store, pending, summary)
    summary.lines.sort(key=lambda line: line.order)
    return summary


def _write(
    store: Store, pending: list[tuple[ImportLine, _Pending]], summary: ImportSummary
) -> None:
    """Write every accepted story in one short transaction.

    What is already in the workshop (content hashes, pseudonyms) is read once up front,
    so each row costs a few inserts and no searches: 20,000 CSV rows take seconds, and
    the write lock is held only that long.
    """
    list_id = store.scalar("SELECT topic_list_id FROM workshops ORDER BY created_at LIMIT 1")
    today = date.today().isoformat()
    with store.transaction():
        seen: dict[str, str] = dict(store.db.execute(
            "SELECT s.content_hash, t.pseudonym FROM stories s "
            "JOIN storytellers t ON t.id = s.storyteller_id WHERE s.content_hash != ''"
        ).fetchall())
        tellers: dict[str, str] = {
            pseudonym.casefold(): teller_id for teller_id, pseudonym in
            store.db.execute("SELECT id, pseudonym FROM storytellers").fetchall()}
        for line, item in pending:
            text = stories.compose_text(t for _, t in item.parts) if item.parts else item.text
            digest = stories.content_hash(text)
            earlier = seen.get(digest)
            if earlier:
                summary.lines.append(ImportLine(line.source, False, "collect.import.duplicate",
                                                {"pseudonym": earlier}, order=line.order))
                continue
            teller = tellers.get(item.pseudonym.casefold()) if item.pseudonym else None
            pseudonym = item.pseudonym or _free_pseudonym(tellers)
            if teller is None:
                teller = stories.add_storyteller(store, pseudonym, item.role,
                                                 practice_id=item.practice_id,
                                                 role_label=item.role_label)
                tellers[pseudonym.casefold()] = teller
            story_id = stories.add_story(
                store, storyteller_id=teller, practice_id=item.practice_id,
                parts=item.parts, text=None if item.parts else text, topic_list_id=list_id,
                language=item.language, mode="import", interviewer=item.interviewer,
                recorded_on=item.recorded_on or today, status="complete", source="import",
            )
            stories.record_consent(store, teller, store_story=True, quotes=item.quotes,
                                   method="import", recorded_by="import", story_id=story_id)
            if item.real_name or item.contact:  # kept apart from the story
                stories.set_identity(store, teller, item.real_name, item.contact)
            seen[digest] = pseudonym
            line.story_id = story_id
            line.params = {"pseudonym": pseudonym, "chars": len(text)}
            summary.lines.append(line)


def _free_pseudonym(taken: dict[str, str]) -> str:
    """A pseudonym like the booth's (``Zwaluw 14``) not in ``taken`` (casefolded)."""
    import random

    rng = random.Random()
    for attempt in range(1000):
        top = 99 if attempt < 500 else 9999
        candidate = f"{rng.choice(booth.PSEUDONYM_WORDS)} {rng.randint(1, top)}"
        if candidate.casefold() not in taken:
            return candidate
    return f"Verteller {new_id()[:8]}"


# -- CSV ------------------------------------------------------------------------------


def _read_csv(store: Store, path: Path, practice_id: str, role: str, quotes: bool,
              summary: ImportSummary) -> list[_Pending]:
    """The rows of a questionnaire CSV, streamed from the file (never read whole)."""
    if csv.field_size_limit() < CSV_FIELD_LIMIT:
        csv.field_size_limit(CSV_FIELD_LIMIT)
    try:
        with open_regular(path, MAX_CSV_BYTES) as handle:
            text = _csv_text(handle)
            try:
                return _csv_rows(store, text, path, practice_id, role, quotes, summary)
            except (UnicodeDecodeError, LookupError) as error:
                raise Skip("collect.import.not_text") from error
    except OSError as error:
        raise Skip("collect.import.unreadable", reason=error.strerror or str(error)) from error


def _csv_text(handle: IO[bytes]) -> IO[str]:
    """The CSV file as a stream of text in its own encoding: UTF-8 (with or without BOM),
    UTF-16 with BOM, or a recognised legacy encoding (Windows-1252)."""
    head = handle.read(_HEAD_BYTES)
    if not head.strip():
        raise Skip("collect.import.empty")
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        encoding = "utf-16"
    elif b"\x00" in head:
        raise Skip("collect.import.binary")
    else:
        handle.seek(0)
        encoding = "utf-8-sig" if _is_utf8(handle) else _guess_encoding(head)
    handle.seek(0)
    # newline="": the csv module splits lines itself (a lone \r is a line end, not junk)
    return io.TextIOWrapper(handle, encoding=encoding, errors="strict", newline="")


def _is_utf8(handle: IO[bytes]) -> bool:
    """Whether the whole stream is valid UTF-8, checked a chunk at a time."""
    decoder = codecs.getincrementaldecoder("utf-8")(errors="strict")
    try:
        while chunk := handle.read(_CHUNK_BYTES):
            decoder.decode(chunk)
        decoder.decode(b"", final=True)
    except UnicodeDecodeError:
        return False
    return True


def _csv_rows(store: Store, text: IO[str], path: Path, practice_id: str, role: str,
              quotes: bool, summary: ImportSummary) -> list[_Pending]:
    sample = text.read(4096)
    text.seek(0)
    try:
        dialect = csv.Sniffer().sniff(sample, delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel  # one column, or too little to tell: plain commas
    reader = csv.DictReader(text, dialect=dialect)
    try:
        fieldnames = reader.fieldnames or []
    except csv.Error as error:
        raise Skip("collect.import.unreadable", reason=str(error)) from error
    columns = {(c or "").strip().lower().replace(" ", "_"): c for c in fieldnames}
    topic_positions = {
        int(name.split("_", 1)[1]): original for name, original in columns.items()
        if name.startswith("topic_") and name.split("_", 1)[1].isdigit()
    }
    if "text" not in columns and not topic_positions:
        raise Skip("collect.import.csv_columns")
    list_id = store.scalar("SELECT topic_list_id FROM workshops ORDER BY created_at LIMIT 1")
    topic_ids = {row["position"]: row["id"] for row in store.all(
        "SELECT id, position FROM topics WHERE topic_list_id = ?", [list_id])}
    items = []
    try:
        for number, row in enumerate(reader, start=2):  # row 1 is the header
            source = f"{path.name}:{number}"
            try:
                item = _csv_item(store, row, columns, topic_positions, topic_ids, source,
                                 practice_id, role, quotes)
                item.row = number
                items.append(item)
            except Skip as skip:
                summary.lines.append(ImportLine(source, False, skip.key, skip.params,
                                                order=(0, number)))
    except csv.Error as error:  # e.g. a field far over the story limit
        raise Skip("collect.import.unreadable", reason=str(error)) from error
    return items


def _csv_item(store: Store, row: dict[str, str], columns: dict[str, str],
              topic_positions: dict[int, str], topic_ids: dict[int, str], source: str,
              practice_id: str, role: str, quotes: bool) -> _Pending:
    def get(name: str) -> str:
        return (row.get(columns[name]) or "").strip() if name in columns else ""

    item = _Pending(source, role=role, practice_id=practice_id, quotes=quotes)
    item.pseudonym = get("pseudonym")
    if get("role"):
        value = get("role").lower()
        item.role = ROLE_WORDS.get(value, value)
        if item.role not in stories.ROLES:
            raise Skip("collect.import.bad_role", value=get("role"))
    item.role_label = get("role_label")
    if get("practice"):
        try:
            item.practice_id = workshop.find_practice(store, get("practice"))["id"]
        except WorkbenchError as error:
            raise Skip("collect.import.bad_practice", value=get("practice")) from error
    if get("recorded_on"):
        try:
            item.recorded_on = date.fromisoformat(get("recorded_on")).isoformat()
        except ValueError as error:
            raise Skip("collect.import.bad_date", value=get("recorded_on")) from error
    if get("language"):
        item.language = "en" if get("language").lower() in ("en", "engels", "english") else "nl"
    if "quotes" in columns:
        answer = get("quotes").lower()
        if answer not in YES | NO:
            raise Skip("collect.import.bad_yes_no", value=get("quotes"))
        item.quotes = answer in YES
    item.interviewer = get("interviewer")
    item.real_name, item.contact = get("real_name"), get("contact")
    for position in sorted(topic_positions):
        answer = (row.get(topic_positions[position]) or "").replace("\r\n", "\n").strip()
        if position not in topic_ids:
            raise Skip("collect.import.bad_topic", value=topic_positions[position])
        if answer:
            item.parts.append((topic_ids[position], answer))
    free = get("text").replace("\r\n", "\n")
    if free:
        if item.parts:
            item.parts.append((None, free))  # remarks beside the topic answers
        else:
            item.text = free
    if not item.parts and not item.text:
        raise Skip("collect.import.empty")
    _check_text(stories.compose_text(t for _, t in item.parts) if item.parts else item.text)
    return item
