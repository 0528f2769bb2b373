"""Exchange commands: export qdpx/qdc/csv, import qdpx/qdc, bundle and merge."""

from __future__ import annotations

from pathlib import Path

import click

from workbench.cli.common import FriendlyGroup, pass_context
from workbench.cli.prompts import confirm_overwrite, echo
from workbench.i18n import t, tn

OUT = click.Path(path_type=Path, dir_okay=False)
IN = click.Path(path_type=Path, dir_okay=False, exists=True)
KINDS = ("stories", "fragments", "factors", "ballots", "tallies")  # = exchange.csvs.KINDS


def _identities_allowed(store, include_identities: bool, pin: str | None) -> bool:
    """``--include-identities`` needs the facilitator PIN, asked for when not given."""
    if not include_identities:
        return False
    from workbench import access
    from workbench.cli.prompts import ask_pin
    from workbench.errors import AccessDenied

    if not access.has_pin(store):
        raise AccessDenied("error.no_pin_set")
    ask_pin(store, pin)
    return True


def _ask_pin(store, pin: str | None, why: str) -> None:
    """The facilitator PIN for what travels with identities: the CLI's one PIN question
    (``--pin``, asked on a terminal, refused in one line without one)."""
    from workbench.cli.prompts import ask_pin

    ask_pin(store, pin)


def _bundle_path(path: Path) -> Path:
    """A bundle named on the command line must exist: a usage mistake (exit status 2, one
    line in the user's language with a pointer to --help), as click says it in English."""
    from workbench.i18n import t

    if not path.is_file():
        raise click.UsageError(t("exchange.error.no_bundle_file", path=str(path)))
    return path


def _merge_lines(report) -> None:
    from workbench.i18n import t, tn
    from workbench.textsafe import inert

    laptop = inert(report.laptop or report.source)
    if report.older_bundle:
        echo(t("exchange.merge.older_bundle", laptop=laptop,
                     date=inert(report.older_bundle[:16].replace("T", " "))))
    elif report.already_merged:
        echo(t("exchange.merge.already_merged", laptop=laptop))
    if report.older:
        echo(tn("exchange.merge.kept_newer", report.older))
    if report.left_out:
        echo(tn("exchange.merge.left_out", report.left_out))
    for title in report.conflicts:
        echo(t("exchange.cli.conflict", title=inert(title)))
    for old, new in report.renamed:
        echo(t("exchange.cli.renamed", old=inert(old), new=inert(new)))


def _progress(label: str):
    """A progress line on stderr that rewrites itself, for long exports and imports."""
    def report(done: int, total: int) -> None:
        echo(f"\r{label} {done}/{total}", nl=done >= total, err=True)

    return report


force_option = click.option("--force", is_flag=True, help="Overwrite OUT when it exists.")

identities_option = click.option(
    "--include-identities", is_flag=True,
    help="Also write real names and contact details (asks for the facilitator PIN).")
identities_pin_option = click.option("--pin", default=None,
                                     help="Facilitator PIN, for --include-identities.")


@click.command(name="qdpx")
@click.argument("out", type=OUT)
@identities_option
@identities_pin_option
@force_option
@pass_context
def export_qdpx(context, out: Path, include_identities: bool, pin: str | None,
                force: bool) -> None:
    """Write the workshop as a REFI-QDA project (.qdpx) for ATLAS.ti, NVivo, MAXQDA..."""
    from workbench.exchange.refiqda import export_qdpx as run

    store = context.store() if include_identities else context.reader()
    allowed = _identities_allowed(store, include_identities, pin)
    confirm_overwrite(out, force)
    summary = run(store, out, include_identities=allowed,
                  progress=_progress(t("exchange.cli.stories")))
    echo(t("exchange.cli.exported_qdpx", path=str(out), stories=summary.stories,
                 codes=summary.codes, fragments=summary.fragments, notes=summary.notes))


@click.command(name="qdc")
@click.argument("out", type=OUT)
@force_option
@pass_context
def export_qdc(context, out: Path, force: bool) -> None:
    """Write the codebook (codes and working factors) as a REFI-QDA codebook (.qdc)."""
    from workbench.exchange.refiqda import export_qdc as run

    store = context.reader()
    confirm_overwrite(out, force)
    summary = run(store, out)
    echo(t("exchange.cli.exported_qdc", path=str(out), codes=summary.codes))


@click.command(name="csv")
@click.argument("kind", type=click.Choice(KINDS))
@click.argument("out", type=OUT)
@click.option("--bom", is_flag=True, help="Start with a byte-order mark, so Excel reads UTF-8.")
@click.option("--sep", type=click.Choice([",", ";", "tab"]), default=None,
              help="Field separator. Default with --lang nl: ';' and a byte-order mark, "
                   "as a Dutch Excel opens it on a double-click; otherwise ','.")


@identities_option
@identities_pin_option
@force_option
@pass_context
def export_csv(context, kind: str, out: Path, bom: bool, sep: str | None,
               include_identities: bool, pin: str | None, force: bool) -> None:
    """Write one table as CSV: stories, fragments, factors, ballots or tallies."""
    from workbench.exchange.csvs import export_csv as run
    from workbench.i18n import get_language

    store = context.store() if include_identities else context.reader()
    allowed = (_identities_allowed(store, include_identities, pin)
               and kind in ("stories", "ballots"))
    confirm_overwrite(out, force)
    if sep is None and get_language() == "nl":
        sep, bom = ";", True  # a Dutch Excel splits on ';' and needs the BOM for UTF-8
    delimiter = "\t" if sep == "tab" else (sep or ",")
    rows = run(store, kind, out, bom=bom, include_identities=allowed, sep=delimiter)
    echo(t("exchange.cli.exported_csv", path=str(out), rows=rows))


@click.command(name="xlsx")
@click.argument("out", type=OUT)
@identities_option
@identities_pin_option
@force_option
@pass_context
def export_xlsx(context, out: Path, include_identities: bool, pin: str | None,
                force: bool) -> None:
    """Write one spreadsheet workbook: stories, fragments, codes, factors, session
    results and ballots, with headers in the UI language."""
    from workbench.exchange.xlsx import export_xlsx as run

    store = context.store() if include_identities else context.reader()
    allowed = _identities_allowed(store, include_identities, pin)
    confirm_overwrite(out, force)
    summary = run(store, out, include_identities=allowed)
    echo(t("xlsx.cli.exported", path=str(out), rows=summary.total,
           sheets=len(summary.rows)))


@click.command(name="qdpx")
@click.argument("file", type=IN)
@click.option("--role", default="parent", show_default=True,
              type=click.Choice(["parent", "caregiver", "volunteer", "professional",
                                 "researcher"]),
              help="Role for storytellers of sources that have no Case.")


@click.option("--role-map", "role_map", default="", metavar="WORD=ROLE,...",
              help="Roles for role words the workbench does not know, e.g. "
                   "mother=parent,vader=parent.")


@pass_context
def import_qdpx(context, file: Path, role: str, role_map: str) -> None:
    """Bring stories, codes and codings from a REFI-QDA project (.qdpx) into the workshop."""
    from workbench.exchange.refiqda_import import import_qdpx as run
    from workbench.exchange.refiqda_import import parse_role_map
    from workbench.i18n import tn

    mapping = parse_role_map(role_map)
    report = run(context.store(), file, default_role=role, role_map=mapping,
                 progress=_progress(t("exchange.cli.sources")))
    echo(t("exchange.cli.imported_qdpx", name=file.name, **_counts(report)))
    if report.memos_added:
        echo(tn("exchange.cli.report_in", report.memos_added))
    for title in report.changed_titles:
        echo(t("exchange.cli.changed_story", title=title))
    # every import ends with what was left out, and why (or that nothing was)
    lines = report.lines()
    echo(t("exchange.cli.report_left_out") if lines
               else t("exchange.cli.report_all_in"))
    for line in lines:
        echo(f"  - {line}")


@click.command(name="qdc")
@click.argument("file", type=IN)
@pass_context
def import_qdc(context, file: Path) -> None:
    """Bring the codes (and working factors) of a REFI-QDA codebook (.qdc) into the workshop."""
    from workbench.exchange.refiqda_import import import_qdc as run

    report = run(context.store(), file)
    echo(t("exchange.cli.imported_qdc", name=file.name, codes=report.codes_added,
                 known=report.codes_known, factors=report.factors_added))


@click.command(name="bundle")
@click.argument("out", type=OUT)
@identities_option
@identities_pin_option
@force_option
@pass_context
def bundle(context, out: Path, include_identities: bool, pin: str | None,
           force: bool) -> None:
    """Write this laptop's workshop as one file to merge on another laptop."""
    from workbench.exchange.bundle import write_bundle

    confirm_overwrite(out, force)
    store = context.store()
    allowed = _identities_allowed(store, include_identities, pin)
    summary = write_bundle(store, out, include_identities=allowed)
    echo(t("exchange.cli.bundled", path=str(out), rows=summary.rows,
                 version=store.schema_version))


@click.command(name="merge")
@click.argument("bundle_file", metavar="BUNDLE", type=click.Path(path_type=Path))
@click.option("--pin", default=None,
              help="Facilitator PIN; needed only when the bundle holds real names "
                   "(asked for on a terminal).")


@click.option("--other-workshop", is_flag=True,
              help="Merge even though the bundle comes from another workshop.")


@pass_context
def merge(context, bundle_file: Path, pin: str | None, other_workshop: bool) -> None:
    """Merge a bundle from another laptop into this workshop (a backup is made first).

    Newer changes here are never turned back by an older bundle; stories changed on
    both laptops are kept in both versions and listed.
    """
    from workbench.exchange.bundle import read_bundle
    from workbench.exchange.merge import check_workshop, merge_bundle
    from workbench.textsafe import inert

    store = context.store()
    bundle = read_bundle(store, _bundle_path(bundle_file))
    check_workshop(store, bundle, other_workshop=other_workshop)
    if bundle.has_identities:
        _ask_pin(store, pin, "exchange.pin_why.identities")
    report = merge_bundle(store, bundle, other_workshop=other_workshop)
    echo(t("exchange.cli.merged", source=inert(report.source or bundle_file.name),
           added=report.total_added, updated=report.total_updated,
           withdrawn=report.withdrawn))
    _merge_lines(report)
    if report.backup is not None:
        echo(t("exchange.cli.backup", path=str(report.backup)))


@click.command(name="join")
@click.argument("bundle_file", metavar="BUNDLE", type=click.Path(path_type=Path))
@pass_context
def join(context, bundle_file: Path) -> None:
    """Start this laptop's workshop file from another laptop's bundle (same ids, one
    topic list); --db names the new file."""
    from workbench.errors import InvalidInput
    from workbench.exchange.bundle import read_bundle
    from workbench.exchange.merge import merge_bundle
    from workbench.store import Store
    from workbench.textsafe import inert

    path = _bundle_path(bundle_file)
    if context.db_path.exists() and context.db_path.stat().st_size:
        here = Store.open(context.db_path, create=False)
        try:
            mine = here.one("SELECT name FROM workshops LIMIT 1")
        finally:
            here.close()
        if mine is not None:
            raise InvalidInput("exchange.error.join_has_workshop",
                               path=str(context.db_path), name=inert(mine["name"]))
    scratch = Store.memory()
    try:
        read_bundle(scratch, path)  # checked before a file is made
    finally:
        scratch.close()
    store = context.store(create=True)
    report = merge_bundle(store, path)
    workshop_row = store.one("SELECT name FROM workshops LIMIT 1") or {"name": "?"}
    echo(t("exchange.cli.joined", name=inert(workshop_row["name"]),
                 stories=store.scalar("SELECT count(*) FROM stories")))
    _merge_lines(report)


@click.group(name="conflicts", cls=FriendlyGroup, invoke_without_command=True)
@click.pass_context
def conflicts(ctx) -> None:
    """List the stories a merge kept in two versions; 'conflicts keep' chooses one."""
    if ctx.invoked_subcommand is not None:
        return
    from workbench.exchange.conflicts import open_conflicts
    from workbench.textsafe import inert

    rows = open_conflicts(ctx.obj.store())
    if not rows:
        echo(t("exchange.merge.no_conflicts"))
        return
    echo(t("exchange.merge.conflicts_header"))
    for number, row in enumerate(rows, 1):
        echo(t("exchange.merge.conflict_line", number=number,
                     title=inert(row["title"]), copy=inert(row["copy_title"]),
                     source=inert(row["source"]),
                     date=inert(row["found_at"][:16].replace("T", " "))))


@conflicts.command(name="keep")
@click.argument("number", type=int)
@click.argument("version", type=click.Choice(["first", "second"]))
@click.option("--pin", default=None,
              help="Facilitator PIN (asked for on a terminal when one is set).")


@pass_context
def conflicts_keep(context, number: int, version: str, pin: str | None) -> None:
    """Keep one version of conflict NUMBER: 'first' (the story as it is) or 'second'
    (the second story's text); the other goes (a backup is made first)."""
    from workbench.exchange.conflicts import open_conflicts, resolve
    from workbench.textsafe import inert

    store = context.store()
    if 1 <= number <= len(open_conflicts(store)):  # input first, then the PIN
        _ask_pin(store, pin, "exchange.pin_why.conflict")
    done = resolve(store, number, version)
    count = done.fragments_moved if version == "second" else done.fragments_removed
    echo(tn(f"exchange.cli.kept_{version}", count, title=inert(done.title)))
    if version == "second" and done.fragments_removed:
        echo(tn("exchange.cli.first_fragments_removed", done.fragments_removed))
    if done.backup is not None:
        echo(t("exchange.cli.backup_before_choice", path=str(done.backup)))


def _counts(report) -> dict[str, int]:
    return {"stories": report.stories_added, "known": report.stories_known,
            "codes": report.codes_added, "fragments": report.fragments_added,
            "codings": report.codings_added}
