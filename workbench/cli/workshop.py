"""Commands for the workshop itself: init, demo, practice, pin, export json, and opening the TUI."""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
from pathlib import Path

import click

from workbench.cli.common import pass_context
from workbench.cli.prompts import echo
from workbench.errors import AccessDenied, Conflict, StoreError
from workbench.i18n import t
from workbench.store import Store, check_file


def open_tui(context) -> None:
    """Open the TUI on the workshop file (which must exist)."""
    from workbench import workshop

    store = context.store(create=False)
    workshop.require_workshop(store)  # a file without one gets a sentence, not a traceback
    from workbench.tui import terminal_input
    from workbench.tui.app import make_app

    terminal_input.install()  # pasted text never turns into keys
    make_app(store, language=None if not context.explicit_lang else context.lang).run()


def _remove_database(context, path: Path) -> None:
    """Remove a database file we created (and its companions), e.g. after a failed init."""
    if context is not None and context._store is not None:
        context._store.close()
        context._store = None
    for suffix in ("", "-wal", "-shm", "-journal"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)


@click.command()
@click.argument("name")
@click.option("--template", default="default", show_default=True,
              help="Topic list: default, life-domains, support-types, or a .toml path.")


@click.option("--practice", "practice_names", multiple=True,
              help="Add a practice (repeatable).")


@click.option("--pin", default=None, help="Facilitator PIN (asked for when omitted).")
@click.option("--no-pin", is_flag=True,
              help="Set no PIN now (set it later with 'workbench pin').")


@pass_context
def init(context, name: str, template: str, practice_names: tuple[str, ...],
         pin: str | None, no_pin: bool) -> None:
    """Create a new workshop NAME in --db with a topic list.

    All or nothing: every question is asked before anything is written, and when a
    step fails the new file is removed again.
    """
    from workbench import access, workshop
    from workbench.cli.prompts import has_terminal
    from workbench.collect import topics
    from workbench.errors import Conflict, InvalidInput

    if not name.strip():
        raise click.UsageError(t("error.empty_name"))
    path: Path = context.db_path
    topics.find_template(template)  # an unknown topic list is refused before asking
    if path.exists() and path.stat().st_size > 0:
        existing = Store.open_read_only(path)
        try:
            found = workshop.get_workshop(existing)
        finally:
            existing.close()
        if found is not None:
            raise Conflict("error.workshop_exists", name=found["name"])
    else:
        check_file(path, create=True)
    if pin is None and not no_pin:
        if not has_terminal():
            raise AccessDenied("safety.init_give_pin")
        pin = click.prompt(t("cli.pin_prompt"), hide_input=True, err=True,
                           confirmation_prompt=True, default="", show_default=False)
    if pin and len(pin.strip()) < 4:
        raise InvalidInput("error.pin_too_short")
    was_empty = path.exists()  # e.g. made by mktemp: given back empty on failure
    fresh = not path.exists() or path.stat().st_size == 0
    try:
        store = context.store(create=True)
        with store.transaction():
            created = workshop.create_workshop(store, name, template=template)
            for practice in practice_names:
                workshop.add_practice(store, practice)
            if pin:
                access.set_pin(store, pin)
    except BaseException:
        if fresh:
            _remove_database(context, path)
            if was_empty:
                path.touch(mode=0o600)
        raise
    echo(t("cli.init_done", name=created["name"], path=str(context.db_path)))


@click.command()
@click.option("--force", is_flag=True, help="Replace an existing demo workshop.")
@click.option("--open", "open_after", is_flag=True, help="Open the workbench afterwards.")
@click.option("--pin", default="1234", show_default=True, help="Facilitator PIN of the demo.")
@click.option("--old-pin", default=None,
              help="PIN of the demo being replaced (asked for when it has one).")


@pass_context
def demo(context, force: bool, open_after: bool, pin: str, old_pin: str | None) -> None:
    """Create the demo workshop in --db.

    An existing file is only replaced with --force, only when it is itself a demo, after
    its PIN and with an automatic backup first. A real workshop is never replaced.
    """
    from workbench import access, backups
    from workbench.cli.prompts import ask_pin
    from workbench.demo import build_demo, is_demo

    path: Path = context.db_path
    if path.exists() and path.stat().st_size > 0 and not force:
        if open_after:
            echo(t("cli.demo_exists_opening", path=str(path)))
            open_tui(context)
            return
        raise StoreError("error.exists", path=str(path))
    if len(pin.strip()) < 4:
        from workbench.errors import InvalidInput

        raise InvalidInput("error.pin_too_short")
    replacing = path.exists() and path.stat().st_size > 0
    if replacing:
        old = Store.open(path, migrate=False)  # refuses foreign files, even with --force
        try:
            if not is_demo(old):
                from workbench.workshop import get_workshop

                found = get_workshop(old)
                raise Conflict("safety.demo_not_demo", path=str(path),
                               name=found["name"] if found else "?")
            ask_pin(old, old_pin, option="--old-pin")
            saved = backups.automatic(old, reason="demo")
        finally:
            old.close()
        if saved is not None:
            echo(t("safety.demo_backup", path=str(saved)), err=True)
    # Built in a private folder beside the file and moved into place at the end: the
    # old demo stays whole until the new one is complete.
    folder = Path(tempfile.mkdtemp(prefix=".workbench-demo-", dir=path.parent or "."))
    building = folder / path.name
    try:
        fresh = Store.open(building, create=True)
        try:
            build_demo(fresh, progress=lambda step: echo(t("cli.demo_step", step=step),
                                                         err=True))
            access.set_pin(fresh, pin)
            fresh.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            fresh.close()
        for suffix in ("-wal", "-shm"):
            Path(f"{path}{suffix}").unlink(missing_ok=True)
        os.replace(building, path)
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    from workbench.workshop import counts, require_workshop

    store = context.store()
    c = counts(store)
    echo(t("cli.demo_done", name=require_workshop(store)["name"], path=str(path),
           stories=c.stories, pin=pin))
    if open_after:
        open_tui(context)


@click.command(name="practice")
@click.argument("name")
@click.option("--description", default="")
@pass_context
def practice(context, name: str, description: str) -> None:
    """Add a practice NAME to the workshop."""
    from workbench import workshop

    workshop.add_practice(context.store(), name, description)
    echo(t("cli.practice_added", name=name))


@click.command(name="pin")
@click.option("--new-pin", default=None, help="The new PIN (asked for when omitted).")
@click.option("--old-pin", default=None, help="The current PIN, when one is set.")
@pass_context
def pin_command(context, new_pin: str | None, old_pin: str | None) -> None:
    """Set or change the facilitator PIN."""
    from workbench import access

    store = context.store()
    needs_prompt = new_pin is None or (old_pin is None and access.has_pin(store))
    if needs_prompt and not sys.stdin.isatty():
        # Without a terminal a hidden prompt cannot work; say what to do instead.
        raise click.UsageError(t("cli.pin_no_terminal"))
    if access.has_pin(store):
        if old_pin is None:
            old_pin = click.prompt(t("cli.old_pin_prompt"), hide_input=True)
        access.require_pin(store, old_pin)
    if new_pin is None:
        new_pin = click.prompt(t("cli.pin_prompt"), hide_input=True, confirmation_prompt=True)
    access.set_pin(store, new_pin)
    echo(t("cli.pin_set"))


@click.command(name="json")
@click.argument("out", type=click.Path(path_type=Path, dir_okay=False))
@click.option("--include-identities", is_flag=True,
              help="Also write real names and contact details (asks for the PIN).")


@click.option("--pin", default=None, help="Facilitator PIN, for --include-identities.")
@click.option("--force", is_flag=True, help="Overwrite OUT when it exists.")
@pass_context
def export_json(context, out: Path, include_identities: bool, pin: str | None,
                force: bool) -> None:
    """Write the whole workshop as one JSON document to OUT."""
    from workbench import access
    from workbench.cli.prompts import ask_pin, confirm_overwrite
    from workbench.exchange.jsondoc import write_json

    store = context.store() if include_identities else context.reader()
    if include_identities:
        if not access.has_pin(store):
            raise AccessDenied("error.no_pin_set")
        ask_pin(store, pin)
    confirm_overwrite(out, force)
    write_json(store, out, include_identities=include_identities)
    echo(t("cli.exported", path=str(out)))
