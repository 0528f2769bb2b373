"""The ``workbench`` command: a thin click layer over the core.

Each phase defines its commands at module level in its own module (workbench/cli/<phase>.py),
with what they share in ``common.py``; this file holds the root command and puts the tree
together. Errors a user can cause become one line in their language.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import click

from workbench import __version__
from workbench.cli import (
    analysis,
    coding,
    collect,
    exchange,
    factors,
    maintenance,
    posters,
    project,
    sessions,
    speech,
    workshop,
)
from workbench.cli.common import (
    Context,
    FriendlyDefaultGroup,
    FriendlyGroup,
    MainGroup,
    apply_language,
)
from workbench.i18n import language_from_env
from workbench.store import default_db_path


def _language_chosen(lang: str | None) -> str:
    """--lang (or its absence) is known: messages and help texts follow it at once."""
    from workbench.cli import dutch

    language = apply_language(lang)
    dutch.apply(main, language)
    return language


@click.group(cls=MainGroup, invoke_without_command=True)
@click.version_option(__version__, "--version", prog_name="workbench")
@click.option(
    "--db",
    "db_path",
    type=click.Path(path_type=Path, dir_okay=False),
    envvar="WORKBENCH_DB",
    default=None,
    help="Workshop database file (default ./workbench.db, or $WORKBENCH_DB).",
)
@click.option(
    "--lang",
    type=click.Choice(["nl", "en"]),
    default=None,
    is_eager=True,  # so that a mistake in the other options is reported in this language
    callback=lambda _ctx, _param, value: _language_chosen(value),
    help="Language of messages and screens (default nl, or $WORKBENCH_LANG).",
)
@click.pass_context
def main(ctx: click.Context, db_path: Path | None, lang: str | None) -> None:
    """Workbench: collect, code and cluster stories; run sounding boards; print posters.

    Without a command it opens the workbench on the workshop in --db.
    """
    language = apply_language(lang)
    # Every file and folder the workbench writes (exports, posters, backups, forms) holds
    # personal stories: readable by the owner only, whatever the shell's umask.
    os.umask(0o077)
    ctx.obj = Context(db_path=db_path or default_db_path(), lang=language)
    ctx.obj.explicit_lang = lang is not None  # type: ignore[attr-defined]
    # Close the file when the command ends. A connection left open in a process that opens
    # the same file again (tests, scripts calling main() in a loop) loses its POSIX locks
    # when Store.open reads the header, and can then damage the database.
    context = ctx.obj
    ctx.call_on_close(lambda: context._store.close() if context._store else None)
    if ctx.invoked_subcommand is None:
        from workbench.cli.workshop import open_tui

        open_tui(ctx.obj)


@main.group(name="export", cls=FriendlyGroup)
def export() -> None:
    """Write the workshop (or parts of it) to files for others."""


@main.group(name="import", cls=FriendlyDefaultGroup, default="files", default_if_no_args=False)
def import_() -> None:
    """Bring transcripts, questionnaires or REFI-QDA projects into the workshop."""


# Each phase module defines its commands at module level; here they are put together, in
# the order the tree has always had (``dutch.apply`` and the help walk it in this order).

for _command in (
    workshop.init, workshop.demo, workshop.practice, workshop.pin_command,
    collect.booth, collect.withdraw, collect.stories_group,
    coding.codes_group, coding.code_command, coding.uncode_command, coding.fragments_command,
    coding.calibration_group, coding.overview_command,
    factors.factors_group,
    sessions.group, sessions.ballot_command,
    posters.posters, posters.guide,
    exchange.bundle, exchange.merge, exchange.join, exchange.conflicts,
    maintenance.check_command, maintenance.backup_command, maintenance.backups_command,
    maintenance.restore_command,
    speech.say, speech.group,
    analysis.cooccurrence_command, analysis.autocode_command, analysis.memos_group,
    analysis.attributes_group,
    project.forms, project.settings_group, project.topics_group, project.identity_group,
    project.status_command,
):
    main.add_command(_command)
for _command in (workshop.export_json, sessions.export_session, exchange.export_qdpx,
                 exchange.export_qdc, exchange.export_csv, exchange.export_xlsx):
    export.add_command(_command)
for _command in (collect.import_files, exchange.import_qdpx, exchange.import_qdc):
    import_.add_command(_command)


def _speak_the_users_language() -> None:
    from workbench.cli import dutch

    dutch.install_click_messages()
    dutch.apply(main, language_from_env() or "nl")


_speak_the_users_language()

if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
