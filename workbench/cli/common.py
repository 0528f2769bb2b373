"""What every command of the ``workbench`` CLI shares: the context with the open workshop,
the PIN option and check, the error groups that turn mistakes into one line in the user's
language. The phase modules (workbench/cli/<phase>.py) import from here; the package's
``__init__`` puts the command tree together."""

from __future__ import annotations

import errno
import os
import sqlite3
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import click
from click_default_group import DefaultGroup

from workbench.errors import WorkbenchError
from workbench.i18n import language_from_env, set_language, t
from workbench.store import Store, is_busy


class UserError(click.ClickException):
    """One clear line on stderr and exit code 1; no traceback."""

    def show(self, file: Any = None) -> None:
        from workbench.textsafe import inert

        click.echo(f"{t('cli.error')}: {inert(self.format_message())}", err=True, file=file)


OS_REASONS = {
    errno.ENOENT: "os.no_such_folder",
    errno.EACCES: "os.permission",
    errno.EPERM: "os.permission",
    errno.ENOSPC: "os.disk_full",
    errno.EISDIR: "os.is_folder",
    errno.EROFS: "os.read_only",
}


def _os_message(error: OSError) -> str:
    # Temporary ".part" files are ours; the user only knows the name they typed.
    path = str(error.filename or "?").removesuffix(".part")
    key = OS_REASONS.get(error.errno or 0)
    reason = t(key) if key else (error.strerror or str(error))
    return t("error.cannot_write", path=path, reason=reason)


def _translate(error: BaseException) -> UserError | None:
    if isinstance(error, WorkbenchError):
        return UserError(error.message())
    if isinstance(error, OSError) and error.filename:
        return UserError(_os_message(error))
    if isinstance(error, sqlite3.OperationalError) and is_busy(error):
        # another window holds the workshop: say so, not "check the file"
        return UserError(t("error.busy_write"))
    if isinstance(error, sqlite3.DatabaseError):
        return UserError(t("error.database", reason=str(error)))
    return None


class UsageLine(click.UsageError):
    """A mistake in how a command was typed: one line and a pointer to --help, not click's
    usage block."""

    def __init__(self, error: click.UsageError) -> None:
        super().__init__(error.format_message(), error.ctx)

    def show(self, file: Any = None) -> None:
        command = self.ctx.command_path if self.ctx is not None else "workbench"
        from workbench.textsafe import inert

        click.echo(f"{t('cli.error')}: {inert(self.format_message())} "
                   f"{inert(t('cli.see_help', command=command))}", err=True, file=file)


class _Friendly:
    """Mixin: turn core errors into ``UserError`` wherever a command raises them."""

    def make_context(self, *args: Any, **kwargs: Any) -> click.Context:
        try:
            return super().make_context(*args, **kwargs)  # type: ignore[misc]
        except click.exceptions.NoArgsIsHelpError:
            raise  # a group typed on its own: its help is what the user wants to see
        except click.UsageError as error:
            raise error if isinstance(error, UsageLine) else UsageLine(error) from error

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)  # type: ignore[misc]
        except click.exceptions.NoArgsIsHelpError:
            raise  # a group typed on its own: its help is what the user wants to see
        except click.UsageError as error:
            raise error if isinstance(error, UsageLine) else UsageLine(error) from error
        except (click.ClickException, click.exceptions.Exit, click.Abort, KeyboardInterrupt):
            raise
        except BrokenPipeError:
            # the reader went away (`workbench stories list | head`): stop quietly, and keep
            # Python's final flush from failing on the closed pipe
            try:
                os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
            except (OSError, ValueError):
                pass
            raise click.exceptions.Exit(1) from None
        except Exception as error:
            friendly = _translate(error)
            if friendly is None:
                if os.environ.get("WORKBENCH_DEBUG"):
                    raise
                reason = f"{type(error).__name__}: {error}"
                friendly = UserError(t("error.unexpected", reason=reason))
            raise friendly from error


class FriendlyGroup(_Friendly, click.Group):
    pass


class FriendlyDefaultGroup(_Friendly, DefaultGroup):
    pass


class MainGroup(FriendlyGroup):
    """The top-level group: ``--db`` and ``--lang`` may also follow the command name
    (``workbench demo --db d.db``), as people naturally type them."""

    GLOBAL = ("--db", "--lang")

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        return super().parse_args(ctx, self._hoist(list(args)))

    def _hoist(self, args: list[str]) -> list[str]:
        position = 0
        while position < len(args):  # find the command name, skipping global options
            token = args[position]
            if token in self.GLOBAL:
                position += 2
            elif token.startswith("-"):
                position += 1
            else:
                break
        if position >= len(args) or args[position] not in self.commands:
            return args
        own = _option_names(self.commands[args[position]], args[position + 1:])
        front, rest, index = args[:position], [], position
        while index < len(args):
            token = args[index]
            name = token.split("=", 1)[0]
            if token == "--":
                rest.extend(args[index:])
                break
            if name in self.GLOBAL and name not in own:
                if "=" in token:
                    front.append(token)
                    index += 1
                else:
                    front.extend(args[index:index + 2])
                    index += 2
                continue
            rest.append(token)
            index += 1
        return front + rest


def _option_names(command: click.Command, args: list[str]) -> set[str]:
    """Option names the command (or the subcommand it leads to) defines itself."""
    names = {name for param in command.params for name in getattr(param, "opts", [])}
    if isinstance(command, click.Group):
        for token in args:
            if token in command.commands:
                names |= _option_names(command.commands[token], [])
                break
    return names


@dataclass
class Context:
    """What every command gets: where the database is and which language to speak."""

    db_path: Path
    lang: str
    _store: Store | None = field(default=None, repr=False)

    def store(self, *, create: bool = False) -> Store:
        """Open the workshop file; refuses to create one unless ``create``."""
        if self._store is None or self._store.read_only:
            if self._store is not None:
                self._store.close()
            self._store = Store.open(self.db_path, create=create)
        return self._store

    def reader(self) -> Store:
        """Open the workshop file for a command that only reads: nothing is created,
        migrated or written; a missing or foreign file is refused."""
        if self._store is None:
            self._store = Store.open_read_only(self.db_path)
        return self._store


pass_context = click.make_pass_decorator(Context)

pin_option = click.option(
    "--pin", default=None, help="Facilitator PIN (asked for when one is set and not given)."
)


# The CLI's one way to print and to ask lives in workbench.cli.prompts (echo, ask_pin,
# ask_yes, confirm_overwrite).
from workbench.cli.prompts import ask_pin  # noqa: E402


def guard_pin(store: Store, pin: str | None) -> None:
    """Destructive commands: the same as ``ask_pin`` (kept for existing callers)."""
    ask_pin(store, pin)


def apply_language(lang: str | None) -> str:
    return set_language(lang or language_from_env() or "nl")
