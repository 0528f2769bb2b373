"""A real ``workbench`` process in a pseudo terminal, read back through a terminal emulator
(pyte), for tests that type like people: one key at a time, pastes as bracketed paste, and
the process killed with SIGKILL. Waits are for conditions on the screen or in the
database, never fixed pauses (typing at human speed is the only paced thing)."""

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
from collections.abc import Callable
from pathlib import Path

import pyte

WORKBENCH = [sys.executable, "-m", "workbench"]

KEYS = {
    "enter": "\r", "tab": "\t", "escape": "\x1b", "backspace": "\x7f",
    "up": "\x1b[A", "down": "\x1b[B", "right": "\x1b[C", "left": "\x1b[D",
    "ctrl+c": "\x03", "ctrl+q": "\x11", "ctrl+z": "\x1a", "ctrl+p": "\x10",
    "ctrl+backslash": "\x1c",
    "f1": "\x1bOP", "f2": "\x1bOQ", "f3": "\x1bOR", "f4": "\x1bOS", "f5": "\x1b[15~",
    "f6": "\x1b[17~", "f7": "\x1b[18~", "f8": "\x1b[19~", "f9": "\x1b[20~",
    "f10": "\x1b[21~", "f11": "\x1b[23~", "f12": "\x1b[24~",
}
FUNCTION_KEYS = [f"f{n}" for n in range(1, 13)]


class Terminal:
    """``workbench ARGS`` on a pty of ``width`` x ``height``."""

    def __init__(self, args: list[str], *, width: int = 80, height: int = 24,
                 cwd: Path | None = None) -> None:
        self.master, slave = pty.openpty()
        fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", height, width, 0, 0))
        env = dict(os.environ, TERM="xterm-256color", COLUMNS=str(width), LINES=str(height))
        env.pop("TEXTUAL_ALLOW_SIGNALS", None)
        self.process = subprocess.Popen([*WORKBENCH, *args], stdin=slave, stdout=slave,
                                        stderr=slave, env=env, cwd=cwd,
                                        start_new_session=True, close_fds=True)
        os.close(slave)
        self.screen = pyte.Screen(width, height)
        self.stream = pyte.ByteStream(self.screen)
        self.lock = threading.Lock()
        self.closed = False
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
                self.stream.feed(chunk)

    # -- reading ---------------------------------------------------------------------

    def text(self) -> str:
        with self.lock:
            return "\n".join(self.screen.display)

    def wait_until(self, condition: Callable[[], bool], what: str, timeout: float = 30) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if condition():
                return
            if self.process.poll() is not None:
                raise AssertionError(f"workbench exited waiting for {what}:\n{self.text()}")
            time.sleep(0.02)  # polling interval, not settling
        raise AssertionError(f"never saw {what}; the screen:\n{self.text()}")

    def wait_for(self, text: str, timeout: float = 30) -> None:
        self.wait_until(lambda: text in self.text(), repr(text), timeout)

    def wait_gone(self, text: str, timeout: float = 30) -> None:
        self.wait_until(lambda: text not in self.text(), f"{text!r} gone", timeout)

    # -- typing ----------------------------------------------------------------------

    def send(self, data: str) -> None:
        payload = data.encode()
        while payload:  # a big paste does not fit in the pty buffer at once
            try:
                written = os.write(self.master, payload[:4096])
            except BlockingIOError:
                time.sleep(0.005)  # the pty buffer is full: let the app read
                continue
            payload = payload[written:]

    def press(self, *keys: str) -> None:
        for key in keys:
            self.send(KEYS.get(key, key))

    def type(self, text: str, per_second: float = 5.0) -> None:
        """Type like a person: one key at a time, ``per_second`` keys a second."""
        for ch in text:
            self.send(ch)
            time.sleep(1 / per_second)  # pacing, not settling: one key at a time

    def paste(self, text: str) -> None:
        """Paste the way a terminal does when the app asked for bracketed paste."""
        self.send("\x1b[200~" + text + "\x1b[201~")

    # -- ending ----------------------------------------------------------------------

    def alive(self) -> bool:
        return self.process.poll() is None

    def kill(self) -> None:
        if self.process.poll() is None:
            os.kill(self.process.pid, signal.SIGKILL)
        self.process.wait(timeout=10)
        self.close()

    def close(self) -> None:
        if self.process.poll() is None:
            os.killpg(self.process.pid, signal.SIGKILL)
            self.process.wait(timeout=10)
        if not self.closed:
            self.closed = True
            os.close(self.master)
