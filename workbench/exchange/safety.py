"""Reading files that come from elsewhere: zip archives and XML we do not trust.

A .qdpx or a bundle may come from any tool or any laptop, or be made to do harm. Before
anything is read, every zip entry is checked: no absolute paths or ``..`` segments, no
encryption, and limits on the number of entries, their total size and their compression
ratio (a zip bomb). Entries are then read with a hard cap, so a lying size header cannot
get past the limits. XML is parsed with entity resolution, network access and DTDs off,
and a document that declares a DTD is refused outright: REFI-QDA has no use for one.
"""

from __future__ import annotations

import re
import zipfile
import zlib
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import Any

from workbench.errors import InvalidInput
from workbench.store import private_file

MAX_ENTRIES = 250_000
MAX_TOTAL_BYTES = 1 << 30  # 1 GiB of text is far beyond any workshop
MAX_ENTRY_BYTES = 256 << 20
# Plain text compresses about 3-10x; 200x only happens with crafted or padded data.
MAX_RATIO = 200
RATIO_FLOOR_BYTES = 1 << 20  # small entries may compress well without being a risk
_CHUNK = 1 << 16

_DRIVE = re.compile(r"^[A-Za-z]:")
_DOCTYPE_MARKERS = tuple("<!DOCTYPE".encode(codec) for codec in ("utf-8", "utf-16-le", "utf-16-be"))
# Characters XML 1.0 cannot hold; they are replaced rather than refused on export.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


@dataclass(frozen=True)
class Limits:
    """How much an archive may hold; tests and benchmarks may tighten or widen them."""

    entries: int = MAX_ENTRIES
    total_bytes: int = MAX_TOTAL_BYTES
    entry_bytes: int = MAX_ENTRY_BYTES
    ratio: int = MAX_RATIO


def unsafe_name(name: str) -> bool:
    """True for entry names that could escape the folder they are unpacked into."""
    if not name or "\x00" in name:
        return True
    if name.startswith(("/", "\\")) or _DRIVE.match(name):
        return True
    parts = re.split(r"[\\/]", name)
    return any(part == ".." for part in parts)


class SafeZip:
    """A zip archive whose entries have all been checked before any is read."""

    def __init__(self, path: str | Path, limits: Limits | None = None) -> None:
        self.path = Path(path)
        self.limits = limits or Limits()
        label = self.path.name
        try:
            self._zip = zipfile.ZipFile(self.path)
        except FileNotFoundError:
            raise
        except (zipfile.BadZipFile, OSError, ValueError, NotImplementedError) as error:
            # NotImplementedError: a damaged header claims a zip version Python cannot read
            raise InvalidInput("exchange.error.not_zip", name=label) from error
        try:
            self._check(label)
        except BaseException:
            self._zip.close()
            raise
        self._by_lower = {info.filename.lower(): info for info in self._zip.infolist()}

    def _check(self, label: str) -> None:
        infos = self._zip.infolist()
        if len(infos) > self.limits.entries:
            raise InvalidInput("exchange.error.too_many_entries", name=label,
                               limit=self.limits.entries)
        total = 0
        for info in infos:
            if unsafe_name(info.filename):
                raise InvalidInput("exchange.error.unsafe_path", name=label, entry=info.filename)
            if info.flag_bits & 0x1:
                raise InvalidInput("exchange.error.encrypted", name=label)
            if info.file_size > self.limits.entry_bytes:
                raise InvalidInput("exchange.error.zip_bomb", name=label)
            if (info.file_size > RATIO_FLOOR_BYTES
                    and info.file_size > self.limits.ratio * max(info.compress_size, 1)):
                raise InvalidInput("exchange.error.zip_bomb", name=label)
            total += info.file_size
            if total > self.limits.total_bytes:
                raise InvalidInput("exchange.error.zip_bomb", name=label)
        self._read_so_far = 0

    def names(self) -> list[str]:
        return [info.filename for info in self._zip.infolist() if not info.is_dir()]

    def find(self, name: str) -> str | None:
        """The stored name matching ``name`` case-insensitively (``Sources/`` = ``sources/``)."""
        info = self._by_lower.get(name.lower())
        return info.filename if info is not None else None

    def read(self, name: str) -> bytes:
        """The entry's bytes, never more than its declared size or the archive's limits."""
        info = self._zip.getinfo(name)
        cap = min(info.file_size, self.limits.entry_bytes)
        chunks: list[bytes] = []
        size = 0
        try:
            with self._zip.open(info) as handle:
                while True:
                    chunk = handle.read(_CHUNK)
                    if not chunk:
                        break
                    size += len(chunk)
                    self._read_so_far += len(chunk)
                    if size > cap or self._read_so_far > self.limits.total_bytes:
                        raise InvalidInput("exchange.error.zip_bomb", name=self.path.name)
                    chunks.append(chunk)
        except (zipfile.BadZipFile, OSError, EOFError, zlib.error, NotImplementedError) as error:
            # includes CRC mismatches: a damaged or tampered archive
            raise InvalidInput("exchange.error.not_zip", name=self.path.name) from error
        return b"".join(chunks)

    def close(self) -> None:
        self._zip.close()

    def __enter__(self) -> SafeZip:
        return self

    def __exit__(self, *exc: Any) -> None:
        self.close()


def private(path: Path) -> None:
    """Readable by the owner only: exports hold stories, like the workshop file itself."""
    private_file(path)  # in the store, so the phases below exchange (sessions) use it too


def entry_name(folder: str, name: str) -> str:
    """``folder/name`` for a name taken from inside a document, refused if it escapes."""
    if unsafe_name(name):
        raise InvalidInput("exchange.error.unsafe_path", name=folder, entry=name)
    return str(PurePosixPath(folder) / name)


def parse_xml(data: bytes, label: str) -> Any:
    """Parse untrusted XML: no entities, no network, no DTD, no huge trees."""
    from lxml import etree

    parser = etree.XMLParser(
        resolve_entities=False,
        no_network=True,
        load_dtd=False,
        dtd_validation=False,
        huge_tree=False,
        remove_comments=True,
        remove_pis=True,
    )
    head = data[:65536].upper()
    if any(marker in head for marker in _DOCTYPE_MARKERS):
        raise InvalidInput("exchange.error.xml_dtd", name=label)
    try:
        root = etree.fromstring(data, parser)
    except (etree.XMLSyntaxError, ValueError) as error:
        reason = str(error).splitlines()[0] if str(error) else type(error).__name__
        raise InvalidInput("exchange.error.bad_xml", name=label, reason=reason) from error
    docinfo = root.getroottree().docinfo
    if docinfo.doctype or docinfo.internalDTD is not None:
        raise InvalidInput("exchange.error.xml_dtd", name=label)
    return root


def xml_text(value: Any) -> str:
    """``value`` as a string XML can hold: forbidden control characters become U+FFFD."""
    text = "" if value is None else str(value)
    return _NOT_XML.sub("\ufffd", text) if _NOT_XML.search(text) else text
