"""Helpers for Pilot tests: what the app said, and waiting for a condition instead of a
fixed time."""

from __future__ import annotations

import time
from typing import Callable


def record_notifications(app) -> list[str]:
    """Every message the app notifies from now on, in order (a list the test may clear).

    Textual keeps its list of notifications private; every ``notify`` (of a screen or a
    widget too) goes through ``App.notify``, so this listens there."""
    said: list[str] = []
    real = app.notify

    def notify(message, *args, **kwargs):  # noqa: ANN001, ANN002, ANN003, ANN202
        said.append(str(message))
        return real(message, *args, **kwargs)

    app.notify = notify
    return said


async def wait_until(pilot, condition: Callable[[], object], what: str,
                     timeout: float = 30) -> None:
    """Let the app run until ``condition()`` holds; fail after a generous ``timeout``.

    The short pause between looks only gives worker threads the processor; the test waits
    for the condition, never for a fixed time."""
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"never: {what}")
        await pilot.pause(0.01)  # polling interval, not settling
