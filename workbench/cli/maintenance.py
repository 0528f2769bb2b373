"""Maintenance commands: check, backup, backups, restore."""

from __future__ import annotations

import sys
from datetime import datetime
from pathlib import Path

import click

from workbench.cli.common import pass_context
from workbench.cli.prompts import echo
from workbench.i18n import t


def _size(n: int) -> str:
    for unit in ("B", "kB", "MB", "GB"):
        if n < 1024 or unit == "GB":
            return f"{n:.0f} {unit}" if unit == "B" else f"{n:.1f} {unit}"
        n /= 1024  # type: ignore[assignment]
    return str(n)


def confirm(question: str) -> bool:
    """Ask yes/no in the user's language (the CLI's one yes/no question)."""
    from workbench.cli.prompts import ask_yes

    return ask_yes(question)


def print_report(report, path: Path) -> None:
    """The check report, one line per check, then what to do when something is wrong."""
    from workbench.i18n import t
    from workbench.textsafe import inert

    echo(t("maintenance.check_title", path=str(path)))
    for finding in report.findings:
        mark = t(f"check.mark.{finding.status}")
        label = t(f"check.label.{finding.check}")
        echo(f"  [{mark}] {label}: {t(finding.key, **finding.params)}")
        for detail in finding.details:
            echo(f"        {inert(str(detail))}")
    if report.ok:
        echo(t("maintenance.check_all_ok"))
        return
    problems = report.problems()
    echo(t("maintenance.check_failed", n=len(problems)))
    echo(t("maintenance.advice.copy", path=str(path)))
    n = 2
    if any(f.check == "fts" for f in problems):
        echo(t("maintenance.advice.fts", path=str(path)))
        n += 1
    echo(t("maintenance.advice.restore", path=str(path), n=n))
    echo(t("maintenance.advice.help", n=n + 1))


@click.command(name="check")
@click.option("--repair-fts", is_flag=True,
              help="Rebuild the story search index when it is out of step.")


@pass_context
def check_command(context, repair_fts: bool) -> None:
    """Check the workshop file: integrity, orphaned rows, schema, search index.

    Exits with status 1 when something is wrong, and says what to do.
    """
    from workbench.check import check_file

    report = check_file(context.db_path, repair_fts=repair_fts)
    print_report(report, context.db_path)
    if not report.ok:
        sys.exit(1)


@click.command(name="backup")
@click.argument("out", required=False, type=click.Path(path_type=Path))
@click.option("--force", is_flag=True, help="Overwrite OUT when it exists.")
@pass_context
def backup_command(context, out: Path | None, force: bool) -> None:
    """Write a copy of the workshop to OUT (a file, or a folder to put it in).

    Without OUT the copy goes to the automatic backups beside the file.
    """
    from workbench import backups
    from workbench.errors import InvalidInput

    store = context.store()
    if out is None:
        written = backups.automatic(store, reason="manual")
    else:
        if out.is_dir():
            out = out / f"{context.db_path.stem}-{datetime.now():%Y%m%d-%H%M%S}.db"
        if out.exists() and not force:
            raise InvalidInput("error.backup_exists", path=str(out))
        written = backups.backup_to(store, out)
    echo(t("maintenance.backup_done", path=str(written)))


@click.command(name="backups")
@click.option("--keep", type=int, default=None,
              help="How many automatic backups to keep from now on.")


@pass_context
def backups_command(context, keep: int | None) -> None:
    """List the automatic backups (newest first); --keep N sets how many are kept."""
    from workbench import backups

    store = context.store()
    folder = backups.backup_folder(store)
    if keep is not None:
        backups.set_keep_count(store, keep)
        backups.rotate(folder, store.path.stem, keep)
        echo(t("maintenance.keep_set", keep=keep))
    found = backups.list_backups(folder, store.path.stem)
    if not found:
        echo(t("maintenance.backups_none", folder=str(folder)))
        return
    echo(t("maintenance.backups_header", folder=str(folder),
                 keep=backups.keep_count(store)))
    for info in found:
        reason_key = f"maintenance.reason.{info.reason}"
        reason = t(reason_key)
        echo(t("maintenance.backups_line",
                     made=info.made_at.astimezone().strftime("%Y-%m-%d %H:%M:%S"),
                     reason=info.reason if reason == reason_key else reason,
                     size=_size(info.size), name=str(info.path)))


@click.command(name="restore")
@click.argument("source", type=click.Path(path_type=Path, dir_okay=False))
@click.option("--yes", is_flag=True, help="Do not ask for confirmation.")
@click.option("--pin", default=None, help="Facilitator PIN (asked for when one is set).")
@pass_context
def restore_command(context, source: Path, yes: bool, pin: str | None) -> None:
    """Replace the workshop with the backup SOURCE (the current state is backed up first)."""
    from workbench import backups
    from workbench.cli.prompts import ask_pin
    from workbench.collect import withdrawal
    from workbench.textsafe import inert

    info = backups.inspect_backup(source)
    store = context.store()
    ask_pin(store, pin)
    if not yes:
        question = t("maintenance.restore_question", path=str(context.db_path),
                     source=str(source), workshop=inert(str(info["workshop"])),
                     stories=info["stories"])
        if not confirm(question):
            echo(t("maintenance.restore_cancelled"))
            return
    result = withdrawal.restore_with_report(store, source)
    echo(t("maintenance.restore_done", source=str(source), saved=str(result.saved)))
    if result.left_out:
        echo(t("maintenance.restore_left_out", n=result.left_out))
