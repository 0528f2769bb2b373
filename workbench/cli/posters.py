"""``workbench posters``: print factor posters, the symposium bundle and the handout."""

from __future__ import annotations

from pathlib import Path

import click

from workbench.cli.common import FriendlyGroup, pass_context
from workbench.cli.prompts import echo

SIZES = ("A4", "A3", "A2", "A1", "A0")


@click.command(name="posters")
@click.option("--practice", default=None, metavar="PRAKTIJK",
              help="Only the factors of this practice (name or start of the name).")


@click.option("--common", is_flag=True,
              help="Only the common factors (found in every practice), one poster each.")


@click.option("--factor", "factors", multiple=True, metavar="ID",
              help="Only this factor (id or name); repeatable.")


@click.option("--size", type=click.Choice(SIZES, case_sensitive=False), default="A3",
              show_default=True, help="Paper size of the posters and the bundle.")


@click.option("--landscape", is_flag=True, help="Landscape instead of portrait.")
@click.option("--lang", "poster_lang", type=click.Choice(["nl", "en"]), default=None,
              help="Language on the posters (default: the language of the workbench).")


@click.option("--skip-unconsented", is_flag=True,
              help="Leave out quotes that may not be printed, instead of refusing.")


@click.option("--keep-placeholders", is_flag=True,
              help="Print placeholders such as [naam vrijwilliger] as they are, instead "
                   "of in plain words (de vrijwilliger).")


@click.option("--allow-rare-roles", is_flag=True,
              help="Sign quotes with their role even when few storytellers of the "
                   "practice have it (by default such roles are made more general).")


@click.option("--rare-role-limit", type=click.IntRange(0, 50), default=2,
              show_default=True,
              help="A role held by at most this many storytellers of a practice counts "
                   "as rare.")


@click.option("--logo", type=click.Path(exists=True, dir_okay=False, path_type=Path),
              default=None, help="The organisation's logo (PNG or JPEG) on every poster.")


@click.option("--contact", default="", metavar="TEKST",
              help="Web address or contact line, printed with a QR code.")


@click.option("--bundle", is_flag=True,
              help="Also write symposium.pdf: cover, overview by priority, all posters.")


@click.option("--handout", is_flag=True,
              help="Also write handout.pdf: an A4 summary for professionals.")


@click.option("--check", "check_only", is_flag=True,
              help="Only list what would be printed and what stops it; write nothing.")


@click.option("--out", "out_dir", type=click.Path(path_type=Path), required=True,
              help="Folder for the PDF files (made when missing).")


@pass_context
def posters(context, practice: str | None, common: bool, factors: tuple[str, ...],
            size: str, landscape: bool, poster_lang: str | None, skip_unconsented: bool,
            keep_placeholders: bool, allow_rare_roles: bool, rare_role_limit: int,
            logo: Path | None, contact: str, bundle: bool, handout: bool,
            check_only: bool, out_dir: Path) -> None:
    """Print one poster per working factor as PDF into --out."""
    from workbench.i18n import set_language, t
    from workbench.posters import model as core
    from workbench.posters.printing import print_plan

    if poster_lang:
        set_language(poster_lang)
    language = poster_lang or context.lang
    options = core.PrintOptions(
        practice=practice, common=common, factors=factors, size=size.upper(),
        landscape=landscape, language=language, skip_unconsented=skip_unconsented,
        keep_placeholders=keep_placeholders, allow_rare_roles=allow_rare_roles,
        role_threshold=rare_role_limit, logo=str(logo) if logo else None,
        contact=contact)
    plan = core.plan(context.store(), options)
    _report(plan, check_only)
    if check_only:
        return
    result = print_plan(
        context.store(), plan, out_dir, bundle=bundle, handout=handout,
        progress=lambda done, total, label: echo(
            t("posters.cli.progress", done=done, total=total, label=label), err=True),
    )
    for path in result.files:
        echo(t("posters.cli.written", path=str(path)))
    for note in dict.fromkeys(result.notes):
        echo(note, err=True)
    key = "posters.cli.done_one" if result.posters == 1 else "posters.cli.done"
    echo(t(key, n=result.posters, path=str(out_dir)))


@click.group(name="guide", cls=FriendlyGroup, invoke_without_command=True)
@click.option("--out", "out_file", type=click.Path(dir_okay=False, path_type=Path),
              default=None, help="Write the guide (A4 booklet PDF) to this file.")


@click.option("--lang", "guide_lang", type=click.Choice(["nl", "en"]), default=None,
              help="Language of the guide (default: the language of the workbench).")


@click.option("--skip-unconsented", is_flag=True,
              help="Leave out quotes that may not be printed, instead of refusing.")


@click.option("--allow-rare-roles", is_flag=True,
              help="Sign quotes with their role even when it is rare in the practice.")


@click.option("--keep-placeholders", is_flag=True,
              help="Print placeholders such as [naam vrijwilliger] as they are.")


@click.pass_context
def guide(click_ctx: click.Context, out_file: Path | None, guide_lang: str | None,
          skip_unconsented: bool, allow_rare_roles: bool, keep_placeholders: bool) -> None:
    """The practical guide: with --out write it as PDF; tip, tips, untip, intro edit it."""
    if click_ctx.invoked_subcommand is not None:
        return
    if out_file is None:
        echo(click_ctx.get_help())
        return
    from workbench.i18n import set_language, t
    from workbench.posters import guide as core
    from workbench.posters.printing import prepare_file
    from workbench.posters.printing.guide import page_count, write_guide

    context = click_ctx.obj
    if guide_lang:
        set_language(guide_lang)
    language = guide_lang or context.lang
    the_plan = core.guide_plan(context.store(), language=language,
                               skip_unconsented=skip_unconsented,
                               allow_rare_roles=allow_rare_roles,
                               keep_placeholders=keep_placeholders)
    _report(the_plan.posters, False)
    prepare_file(out_file)
    write_guide(the_plan, out_file)
    echo(t("guide.cli.written", path=str(out_file), pages=page_count(the_plan)))


@guide.command(name="tip")
@click.argument("factor")
@click.argument("text")
@pass_context
def tip(context, factor: str, text: str) -> None:
    """Add a tip for professionals to FACTOR (name or id)."""
    from workbench.i18n import t
    from workbench.posters import guide as core

    store = context.store()
    row = core.find_factor(store, factor)
    core.add_tip(store, row["id"], text)
    echo(t("guide.cli.tip_added", factor=row["name"]))


@guide.command(name="tips")
@click.argument("factor", required=False)
@pass_context
def tips(context, factor: str | None) -> None:
    """List the tips of FACTOR, or of every factor."""
    from workbench.i18n import t
    from workbench.posters import guide as core

    store = context.store()
    rows = ([core.find_factor(store, factor)] if factor else store.all(
        "SELECT * FROM factors WHERE link_id IS NULL OR link_id = id "
        "OR id = (SELECT min(id) FROM factors f2 WHERE f2.link_id = factors.link_id) "
        "ORDER BY position, name"))
    seen: set[str] = set()
    for row in rows:
        found = core.tips(store, row["id"])
        key = "|".join(sorted(t_["id"] for t_ in found)) or row["id"]
        if key in seen:
            continue
        seen.add(key)
        if not found:
            echo(t("guide.cli.no_tips", factor=row["name"]))
            continue
        echo(row["name"])
        for number, item in enumerate(found, start=1):
            echo(f"  {number}. {item['text']}")


@guide.command(name="untip")
@click.argument("factor")
@click.argument("number", type=int)
@pass_context
def untip(context, factor: str, number: int) -> None:
    """Remove tip NUMBER (as listed by 'guide tips') from FACTOR."""
    from workbench.i18n import t
    from workbench.posters import guide as core

    store = context.store()
    row = core.find_factor(store, factor)
    echo(t("guide.cli.tip_removed", text=core.remove_tip(store, row["id"], number)))


@guide.command(name="intro")
@click.argument("text", required=False)
@click.option("--file", "from_file", type=click.Path(exists=True, dir_okay=False,
                                                      path_type=Path),
              help="Read the introduction from this text file.")


@pass_context
def intro(context, text: str | None, from_file: Path | None) -> None:
    """Set the guide's introduction (TEXT or --file); without either, show it."""
    from workbench.i18n import t
    from workbench.posters import guide as core

    store = context.store()
    if from_file is not None:
        text = from_file.read_text(encoding="utf-8")
    if text is None:
        echo(core.intro(store) or t("guide.cli.intro_empty"))
        return
    core.set_intro(store, text)
    echo(t("guide.cli.intro_saved"))


def _report(plan, check_only: bool) -> None:
    """Say what will be printed (with --check), what was left out and what stops printing."""
    from workbench.i18n import t

    if check_only:
        orientation = t("posters.cli.landscape") if plan.options.landscape else ""
        echo(t("posters.cli.plan", size=plan.options.size, orientation=orientation))
        for poster in plan.posters:
            where = f" ({poster.practice})" if poster.practice else ""
            echo(f"  - {poster.name}{where}")
    for problem in plan.left_out:
        echo(t("posters.left_out", line=problem.describe()), err=True)
    for factor, chars in plan.emoji_removed.items():
        echo(t("posters.emoji_removed", factor=factor, chars=" ".join(sorted(chars))),
                   err=True)
    if plan.role_changes:
        echo(t("posters.cli.role_changes"), err=True)
        for change in plan.role_changes:
            echo(f"  - {change.describe()}", err=True)
    for factor, chars in plan.missing_characters.items():
        echo(t("posters.missing_characters", factor=factor,
                     chars=" ".join(sorted(chars))), err=True)
    if plan.problems:
        echo(t("posters.cli.problems"), err=True)
        for problem in plan.problems:
            echo(f"  - {problem.describe()}", err=True)
        from workbench.errors import Conflict

        raise Conflict("posters.error.blocked", n=len(plan.problems))
