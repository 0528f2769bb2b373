"""Noticing that the workshop file changed underneath an open program.

SQLite's ``PRAGMA data_version`` changes on a connection whenever another connection
(another process, the command line, a worker thread with its own connection) commits to
the file; it costs no I/O. The TUI polls it and tells its open screen to reload.
"""

from __future__ import annotations

from workbench.store import Store


class ChangeWatcher:
    """Answers "did someone else change the file since I last asked?"."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self._last = self._version()

    def _version(self) -> int | None:
        try:
            return self.store.scalar("PRAGMA data_version")
        except Exception:  # a closed or busy connection: no news
            return None

    def changed(self) -> bool:
        """True once for every batch of commits made by other connections."""
        version = self._version()
        if version is None or version == self._last:
            return False
        self._last = version
        return True
