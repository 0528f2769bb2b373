"""Exchange commands: export qdpx/qdc/csv, import qdpx/qdc, bundle and merge."""

from __future__ import annotations

from pathlib import Path

import click

OUT = click.Path(path_type=Path, dir_okay=False)
IN = click.Path(path_type=Path, dir_okay=False, exists=True)
KINDS = ("stories", "fragments", "factors", "ballots", "tallies")  # = exchange.csvs.KINDS


def _identities_allowed(store, include_identities: bool, pin: str | None) -> bool:  # noqa: ANN001
    """``--include-identities`` needs the facilitator PIN, asked for when not given."""
    if not include_identities:
        return False
    from workbench import access
    from workbench.i18n import t

    if pin is None:
        pin = click.prompt(t("cli.pin_ask"), hide_input=True)
    access.require_pin(store, pin)
    return True


def _progress(label: str):  # noqa: ANN202
    """A progress line on stderr that rewrites itself, for long exports and imports."""
    def report(done: int, total: int) -> None:
        click.echo(f"\r{label} {done}/{total}", nl=done >= total, err=True)

    return report


def register(main: click.Group, export: click.Group, import_: click.Group) -> None:
    """Add this area's commands to the CLI."""
    from workbench.cli import pass_context
    from workbench.i18n import t

    identities = click.option(
        "--include-identities", is_flag=True,
        help="Also write real names and contact details (asks for the facilitator PIN).")
    pin_option = click.option("--pin", default=None,
                              help="Facilitator PIN, for --include-identities.")

    @export.command(name="qdpx")
    @click.argument("out", type=OUT)
    @identities
    @pin_option
    @pass_context
    def export_qdpx(context, out: Path, include_identities: bool, pin: str | None) -> None:
        """Write the workshop as a REFI-QDA project (.qdpx) for ATLAS.ti, NVivo, MAXQDA..."""
        from workbench.exchange.refiqda import export_qdpx as run

        store = context.store()
        allowed = _identities_allowed(store, include_identities, pin)
        summary = run(store, out, include_identities=allowed,
                      progress=_progress(t("exchange.cli.stories")))
        click.echo(t("exchange.cli.exported_qdpx", path=str(out), stories=summary.stories,
                     codes=summary.codes, fragments=summary.fragments, notes=summary.notes))

    @export.command(name="qdc")
    @click.argument("out", type=OUT)
    @pass_context
    def export_qdc(context, out: Path) -> None:
        """Write the codebook (codes and working factors) as a REFI-QDA codebook (.qdc)."""
        from workbench.exchange.refiqda import export_qdc as run

        summary = run(context.store(), out)
        click.echo(t("exchange.cli.exported_qdc", path=str(out), codes=summary.codes))

    @export.command(name="csv")
    @click.argument("kind", type=click.Choice(KINDS))
    @click.argument("out", type=OUT)
    @click.option("--bom", is_flag=True, help="Start with a byte-order mark, so Excel reads UTF-8.")
    @click.option("--sep", type=click.Choice([",", ";", "tab"]), default=None,
                  help="Field separator. Default with --lang nl: ';' and a byte-order mark, "
                       "as a Dutch Excel opens it on a double-click; otherwise ','.")
    @identities
    @pin_option
    @pass_context
    def export_csv(context, kind: str, out: Path, bom: bool, sep: str | None,
                   include_identities: bool, pin: str | None) -> None:
        """Write one table as CSV: stories, fragments, factors, ballots or tallies."""
        from workbench.exchange.csvs import export_csv as run
        from workbench.i18n import get_language

        store = context.store()
        allowed = _identities_allowed(store, include_identities, pin) and kind == "stories"
        if sep is None and get_language() == "nl":
            sep, bom = ";", True  # a Dutch Excel splits on ';' and needs the BOM for UTF-8
        delimiter = "\t" if sep == "tab" else (sep or ",")
        rows = run(store, kind, out, bom=bom, include_identities=allowed, sep=delimiter)
        click.echo(t("exchange.cli.exported_csv", path=str(out), rows=rows))

    @export.command(name="xlsx")
    @click.argument("out", type=OUT)
    @identities
    @pin_option
    @pass_context
    def export_xlsx(context, out: Path, include_identities: bool, pin: str | None) -> None:
        """Write one spreadsheet workbook: stories, fragments, codes, factors, session
        results and ballots, with headers in the UI language."""
        from workbench.exchange.xlsx import export_xlsx as run

        store = context.store()
        allowed = _identities_allowed(store, include_identities, pin)
        summary = run(store, out, include_identities=allowed)
        click.echo(t("xlsx.cli.exported", path=str(out), rows=summary.total,
                     sheets=len(summary.rows)))

    @import_.command(name="qdpx")
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
        click.echo(t("exchange.cli.imported_qdpx", name=file.name, **_counts(report)))
        if report.memos_added:
            click.echo(tn("exchange.cli.report_in", report.memos_added))
        for title in report.changed_titles:
            click.echo(t("exchange.cli.changed_story", title=title))
        # every import ends with what was left out, and why (or that nothing was)
        lines = report.lines()
        click.echo(t("exchange.cli.report_left_out") if lines
                   else t("exchange.cli.report_all_in"))
        for line in lines:
            click.echo(f"  - {line}")

    @import_.command(name="qdc")
    @click.argument("file", type=IN)
    @pass_context
    def import_qdc(context, file: Path) -> None:
        """Bring the codes (and working factors) of a REFI-QDA codebook (.qdc) into the workshop."""
        from workbench.exchange.refiqda_import import import_qdc as run

        report = run(context.store(), file)
        click.echo(t("exchange.cli.imported_qdc", name=file.name, codes=report.codes_added,
                     known=report.codes_known, factors=report.factors_added))

    @main.command(name="bundle")
    @click.argument("out", type=OUT)
    @identities
    @pin_option
    @pass_context
    def bundle(context, out: Path, include_identities: bool, pin: str | None) -> None:
        """Write this laptop's workshop as one file to merge on another laptop."""
        from workbench.exchange.bundle import write_bundle

        store = context.store()
        allowed = _identities_allowed(store, include_identities, pin)
        summary = write_bundle(store, out, include_identities=allowed)
        click.echo(t("exchange.cli.bundled", path=str(out), rows=summary.rows,
                     version=store.schema_version))

    @main.command(name="merge")
    @click.argument("bundle_file", metavar="BUNDLE", type=IN)
    @pin_option
    @pass_context
    def merge(context, bundle_file: Path, pin: str | None) -> None:
        """Merge a bundle from another laptop into this workshop (a backup is made first)."""
        from workbench.cli import guard_pin
        from workbench.exchange.merge import merge_bundle

        store = context.store()
        guard_pin(store, pin)
        report = merge_bundle(store, bundle_file)
        click.echo(t("exchange.cli.merged", source=report.source or bundle_file.name,
                     added=report.total_added, updated=report.total_updated,
                     withdrawn=report.withdrawn))
        for title in report.conflicts:
            click.echo(t("exchange.cli.conflict", title=title))
        for old, new in report.renamed:
            click.echo(t("exchange.cli.renamed", old=old, new=new))
        if report.backup is not None:
            click.echo(t("exchange.cli.backup", path=str(report.backup)))


def _counts(report) -> dict[str, int]:  # noqa: ANN001
    return {"stories": report.stories_added, "known": report.stories_known,
            "codes": report.codes_added, "fragments": report.fragments_added,
            "codings": report.codings_added}
