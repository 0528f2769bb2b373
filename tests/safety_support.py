"""Helpers for the tests/test_safety_*.py suites: the real command in a subprocess,
with no terminal on stdin (like a script or cron) and a generous umask."""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
from pathlib import Path

from click.testing import CliRunner

from workbench.cli import main


def cli(db: Path, *args: str, stdin: str = "", lang: str | None = None,
        umask: int | None = None, timeout: float = 120,
        env: dict[str, str] | None = None) -> subprocess.CompletedProcess:
    """``workbench --db DB ARGS`` in a fresh process; stdin is a pipe, never a terminal."""
    extra = env or {}
    env = {k: v for k, v in os.environ.items() if not k.startswith("WORKBENCH_")}
    env.update(extra)
    if lang:
        env["WORKBENCH_LANG"] = lang
    env["PYTHONWARNINGS"] = "default"  # a GetPassWarning would show on stderr

    def set_umask() -> None:
        if umask is not None:
            os.umask(umask)

    return subprocess.run([sys.executable, "-m", "workbench", "--db", str(db), *args],
                          input=stdin, capture_output=True, text=True, timeout=timeout,
                          env=env, preexec_fn=set_umask)


def run(db: Path, *args: str, stdin: str | None = None, lang: str | None = None):
    """The same command through click's CliRunner (fast; stdin is not a terminal)."""
    extra = ["--lang", lang] if lang else []
    return CliRunner().invoke(main, ["--db", str(db), *extra, *args], input=stdin)


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def mode(path: Path) -> int:
    return path.stat().st_mode & 0o777
