"""Commands for the workshop itself: init, demo, practice, pin, export json, and opening the TUI."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from workbench.errors import StoreError


def open_tui(context) -> None:  # noqa: ANN001 - workbench.cli.Context
    """Open the TUI on the workshop file (which must exist)."""
    store = context.store(create=False)
    from workbench.tui import terminal_input
    from workbench.tui.app import make_app

    terminal_input.install()  # pasted text never turns into keys
    make_app(store, language=None if not context.explicit_lang else context.lang).run()


def register(main: click.Group, export: click.Group, import_: click.Group) -> None:
    from workbench.cli import pass_context
    from workbench.i18n import t

    @main.command()
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
        """Create a new workshop NAME in --db with a topic list."""
        from workbench import access, workshop

        if not name.strip():
            raise click.UsageError(t("error.empty_name"))
        store = context.store(create=True)
        created = workshop.create_workshop(store, name, template=template)
        for practice in practice_names:
            workshop.add_practice(store, practice)
        if pin is None and not no_pin:
            pin = click.prompt(t("cli.pin_prompt"), hide_input=True,
                               confirmation_prompt=True, default="", show_default=False)
        if pin:
            access.set_pin(store, pin)
        click.echo(t("cli.init_done", name=created["name"], path=str(context.db_path)))

    @main.command()
    @click.option("--force", is_flag=True, help="Overwrite an existing file.")
    @click.option("--open", "open_after", is_flag=True, help="Open the workbench afterwards.")
    @click.option("--pin", default="1234", show_default=True, help="Facilitator PIN of the demo.")
    @pass_context
    def demo(context, force: bool, open_after: bool, pin: str) -> None:
        """Create the demo workshop in --db (refuses to overwrite without --force)."""
        from workbench import access
        from workbench.demo import build_demo
        from workbench.store import Store

        path: Path = context.db_path
        if path.exists() and path.stat().st_size > 0 and not force:
            if open_after:
                click.echo(t("cli.demo_exists_opening", path=str(path)))
                open_tui(context)
                return
            raise StoreError("error.exists", path=str(path))
        if force and path.exists():
            Store.open(path, migrate=False).close()  # refuse foreign files, even with --force
            for suffix in ("", "-wal", "-shm"):
                Path(f"{path}{suffix}").unlink(missing_ok=True)
        store = context.store(create=True)
        build_demo(store, progress=lambda step: click.echo(t("cli.demo_step", step=step), err=True))
        access.set_pin(store, pin)
        from workbench.workshop import counts, require_workshop

        c = counts(store)
        click.echo(t("cli.demo_done", name=require_workshop(store)["name"], path=str(path),
                     stories=c.stories, pin=pin))
        if open_after:
            open_tui(context)

    @main.command(name="practice")
    @click.argument("name")
    @click.option("--description", default="")
    @pass_context
    def practice(context, name: str, description: str) -> None:
        """Add a practice NAME to the workshop."""
        from workbench import workshop

        workshop.add_practice(context.store(), name, description)
        click.echo(t("cli.practice_added", name=name))

    @main.command(name="pin")
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
        click.echo(t("cli.pin_set"))

    @export.command(name="json")
    @click.argument("out", type=click.Path(path_type=Path, dir_okay=False))
    @click.option("--include-identities", is_flag=True,
                  help="Also write real names and contact details (asks for the PIN).")
    @click.option("--pin", default=None, help="Facilitator PIN, for --include-identities.")
    @pass_context
    def export_json(context, out: Path, include_identities: bool, pin: str | None) -> None:
        """Write the whole workshop as one JSON document to OUT."""
        from workbench import access
        from workbench.exchange.jsondoc import write_json

        store = context.store()
        if include_identities:
            if pin is None:
                pin = click.prompt(t("cli.pin_ask"), hide_input=True)
            access.require_pin(store, pin)
        write_json(store, out, include_identities=include_identities)
        click.echo(t("cli.exported", path=str(out)))
