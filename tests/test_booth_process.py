"""A real booth process in a pseudo-terminal: type, let it autosave, SIGKILL it, and find
the text in the database."""

from __future__ import annotations

import fcntl
import os
import pty
import signal
import struct
import subprocess
import sys
import termios
import threading
import time
from pathlib import Path

import pytest

from workbench import access, workshop
from workbench.store import Store

pytestmark = pytest.mark.slow

WORKBENCH = [sys.executable, "-m", "workbench"]


class Terminal:
    """A booth process on a pty; everything it prints is collected for waiting on."""

    def __init__(self, args: list[str]) -> None:
        self.master, slave = pty.openpty()
        fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 40, 120, 0, 0))
        env = dict(os.environ, TERM="xterm-256color", COLUMNS="120", LINES="40")
        self.process = subprocess.Popen(args, stdin=slave, stdout=slave, stderr=slave,
                                        env=env, start_new_session=True, close_fds=True)
        os.close(slave)
        self.output = b""
        self.lock = threading.Lock()
        threading.Thread(target=self._drain, daemon=True).start()

    def _drain(self) -> None:
        while True:
            try:
                chunk = os.read(self.master, 65536)
            except OSError:
                return
            if not chunk:
                return
            with self.lock:
                self.output += chunk

    def wait_for(self, text: str, timeout: float = 20) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            with self.lock:
                if text.encode() in self.output:
                    self.output = b""
                    return
            if self.process.poll() is not None:
                raise AssertionError(f"booth exited waiting for {text!r}: {self.output[-500:]!r}")
            time.sleep(0.05)
        raise AssertionError(f"booth never showed {text!r}")

    def send(self, data: str) -> None:
        os.write(self.master, data.encode())

    def kill(self) -> None:
        if self.process.poll() is None:
            os.kill(self.process.pid, signal.SIGKILL)
        self.process.wait(timeout=10)
        os.close(self.master)


def _wait_for_text(path: Path, wanted: str, timeout: float = 20) -> str:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        s = Store.open(path)
        try:
            texts = [r["text"] for r in s.all("SELECT text FROM stories")]
        finally:
            s.close()
        for text in texts:
            if wanted in text:
                return text
        time.sleep(0.1)
    raise AssertionError(f"{wanted!r} never reached the database")


def test_sigkill_keeps_the_text_as_of_the_last_autosave(tmp_path):
    path = tmp_path / "booth.db"
    s = Store.open(path)
    workshop.create_workshop(s, "Proef")
    workshop.add_practice(s, "Speelgroep De Vlinder")
    access.set_pin(s, "4321")
    s.close()
    term = Terminal([*WORKBENCH, "--db", str(path), "booth", "--practice", "Speelgroep"])
    try:
        term.wait_for("Welkom")
        for marker in ("Eerst even dit", "bewaren", "laten zien", "Wie bent u", "Welke naam",
                       "Onderwerp 1 van"):
            term.send("\r")
            term.wait_for(marker)
        first = "Op dinsdag drinken wij koffie met de groep"
        term.send(first)
        _wait_for_text(path, first)  # the autosave wrote it: the moment to pull the plug
        term.send(" en daarna")
        term.kill()
    finally:
        if term.process.poll() is None:
            term.kill()
    s = Store.open(path)
    row = s.one("SELECT s.text, s.status, t.pseudonym FROM stories s "
                "JOIN storytellers t ON t.id = s.storyteller_id")
    s.close()
    assert row is not None
    assert row["text"].startswith(first)
    assert row["status"] == "draft"  # never finished: the facilitator can resume it
