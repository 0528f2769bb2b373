"""Messages the app sends to its screens."""

from __future__ import annotations

from textual.message import Message


class DataChanged(Message):
    """The workshop file was changed by another program (or the command line): reload."""
