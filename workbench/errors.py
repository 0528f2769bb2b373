"""Errors a user can cause. Each carries a message key and parameters, rendered in the
user's language by ``workbench.i18n.t`` at the edge (CLI or TUI), never as a traceback."""

from __future__ import annotations

from typing import Any


class WorkbenchError(Exception):
    """Base class. ``key`` names a message in the catalog; ``params`` fill it in."""

    def __init__(self, key: str, **params: Any) -> None:
        self.key = key
        self.params = params
        super().__init__(key)

    def message(self) -> str:
        from workbench.i18n import t

        return t(self.key, **self.params)

    def __str__(self) -> str:
        return self.message()


class StoreError(WorkbenchError):
    """The database file cannot be opened, created or written."""


class NotFound(WorkbenchError):
    """Something the user named does not exist."""


class InvalidInput(WorkbenchError):
    """Input the user gave is not acceptable (empty, too long, wrong format)."""


class AccessDenied(WorkbenchError):
    """The facilitator PIN is required or wrong."""


class Conflict(WorkbenchError):
    """The action clashes with the current state (e.g. a closed session)."""
