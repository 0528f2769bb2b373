"""``workbench codes``, ``code``, ``fragments``, ``calibration`` and ``overview``.

A thin layer over workbench.coding.codebook, workbench.coding.fragments and
workbench.coding.calibration.
"""

from __future__ import annotations

import click

from workbench.cli.analysis import filter_options, make_filters
from workbench.cli.common import FriendlyGroup, pass_context, pin_option
from workbench.cli.prompts import echo
from workbench.i18n import t, tn

# -- codebook ---------------------------------------------------------------------

@click.group(name="codes", cls=FriendlyGroup)
def codes_group() -> None:
    """The codebook: list, seed from the topic list, add, rename, move, merge, delete."""


@codes_group.command(name="list")
@click.option("--ids", is_flag=True, help="Show the id of each code.")
@pass_context
def codes_list(context, ids: bool) -> None:
    """Show the codebook as a tree, with how often each code is used."""
    from workbench.coding import codebook

    nodes = codebook.walk(codebook.tree(context.reader()))
    if not nodes:
        echo(t("coding.cli.empty_codebook"))
    for node in nodes:
        row = node.row
        mark = " ✓" if row["validated_by"] else ""
        uses = "" if row["is_category"] else f" ({node.uses})"
        suffix = f"  [{row['id']}]" if ids else ""
        line = f"{'  ' * row['depth']}{'▸ ' if row['is_category'] else '• '}"
        echo(f"{line}{row['name']}{uses}{mark}{suffix}")


@codes_group.command(name="seed")
@pass_context
def codes_seed(context) -> None:
    """Add one category per topic of the topic list (deductive start)."""
    from workbench.coding import codebook

    echo(t("coding.cli.seeded", n=len(codebook.seed_from_topics(context.store()))))


@codes_group.command(name="add")
@click.argument("name")
@click.option("--category", default=None, help="Category (or code) to put it under.")
@click.option("--description", default="")
@click.option("--color", default=None, help="Colour as #RRGGBB (default: a free one).")
@click.option("--is-category", is_flag=True, help="Make a category instead of a code.")
@click.option("--by", "created_by", default="", help="Who adds it.")
@pass_context
def codes_add(context, name, category, description, color, is_category, created_by) -> None:
    """Add a code NAME (inductive), optionally under --category."""
    from workbench.coding import codebook

    store = context.store()
    parent = codebook.find_code(store, category)["id"] if category else None
    codebook.add_code(store, name, parent_id=parent, description=description, color=color,
                      is_category=is_category, created_by=created_by)
    echo(t("coding.cli.added", name=" ".join(name.split())))


@codes_group.command(name="rename")
@click.argument("code")
@click.argument("new_name")
@pass_context
def codes_rename(context, code, new_name) -> None:
    """Rename CODE to NEW_NAME."""
    from workbench.coding import codebook

    store = context.store()
    codebook.rename_code(store, codebook.find_code(store, code)["id"], new_name)
    echo(t("coding.cli.renamed", name=" ".join(new_name.split())))


@codes_group.command(name="move")
@click.argument("code")
@click.option("--to", "target", default=None, help="The new category or parent code.")
@pass_context
def codes_move(context, code, target) -> None:
    """Move CODE under --to (or to the top level without --to)."""
    from workbench.coding import codebook

    store = context.store()
    row = codebook.find_code(store, code)
    parent = codebook.find_code(store, target) if target else None
    codebook.move_code(store, row["id"], parent["id"] if parent else None)
    echo(t("coding.cli.moved", name=row["name"],
                 parent=parent["name"] if parent else t("coding.cli.top")))


@codes_group.command(name="merge")
@click.argument("source")
@click.argument("target")
@pin_option
@pass_context
def codes_merge(context, source, target, pin) -> None:
    """Merge SOURCE into TARGET: its codings move along, SOURCE disappears."""
    from workbench.cli.common import guard_pin
    from workbench.coding import codebook

    store = context.store()
    a, b = codebook.find_code(store, source), codebook.find_code(store, target)
    guard_pin(store, pin)
    codebook.merge_codes(store, a["id"], b["id"])
    echo(t("coding.cli.merged", source=a["name"], target=b["name"]))


@codes_group.command(name="delete")
@click.argument("code")
@click.option("--merge-into", default=None, help="When in use: move its codings here.")
@click.option("--remove-codings", is_flag=True, help="When in use: remove its codings too.")
@pin_option
@pass_context
def codes_delete(context, code, merge_into, remove_codings, pin) -> None:
    """Delete CODE. A code in use needs --merge-into or --remove-codings."""
    from workbench.cli.common import UserError, guard_pin
    from workbench.coding import codebook
    from workbench.errors import Conflict

    store = context.store()
    row = codebook.find_code(store, code)
    target = codebook.find_code(store, merge_into) if merge_into else None
    guard_pin(store, pin)
    if target is not None:
        codebook.merge_codes(store, row["id"], target["id"])
        echo(t("coding.cli.merged", source=row["name"], target=target["name"]))
    elif remove_codings:
        n = codebook.remove_code(store, row["id"])
        echo(t("coding.cli.removed", name=row["name"], n=n))
    else:
        try:
            codebook.delete_code(store, row["id"])
        except Conflict as error:
            raise UserError(f"{error.message()} {t('coding.cli.delete_choose')}") from None
        echo(t("coding.cli.deleted", name=row["name"]))


@codes_group.command(name="validate")
@click.argument("code")
@click.option("--by", "who", required=True, help="Who reviewed it (e.g. a professional).")
@pass_context
def codes_validate(context, code, who) -> None:
    """Record that CODE was reviewed by a professional (who, and now)."""
    from workbench.coding import codebook

    store = context.store()
    row = codebook.find_code(store, code)
    codebook.validate_code(store, row["id"], who)
    echo(t("coding.cli.validated", name=row["name"], who=who))


@codes_group.command(name="memo")
@click.argument("code")
@click.argument("text")
@click.option("--author", default="")
@pass_context
def codes_memo(context, code, text, author) -> None:
    """Write a memo on CODE."""
    from workbench.coding import codebook

    store = context.store()
    codebook.add_memo(store, text, code_id=codebook.find_code(store, code)["id"],
                      author=author)
    echo(t("coding.cli.memo_saved"))


# -- fragments ----------------------------------------------------------------------

def _selection(store, story, quote, start, end, occurrence=None):
    from workbench.coding import fragments as coding
    from workbench.errors import InvalidInput

    row = coding.find_story(store, story)
    if quote is not None:
        start = _occurrence(row["text"], quote, occurrence)
        end = start + len(quote)
    elif start is None or end is None:
        raise InvalidInput("coding.cli.need_text_or_range")
    elif not 0 <= start <= end <= len(row["text"]):  # start == end: "empty selection"
        raise InvalidInput("safety.bad_range", start=start, end=end,
                           length=len(row["text"]))
    return row, start, end


@click.command(name="code")
@click.argument("story")
@click.option("--code", "code_names", multiple=True,
              help="Code to give (repeatable).")


@click.option("--new-code", "new_codes", multiple=True,
              help="Make this code (inductive) and give it (repeatable).")


@click.option("--category", default=None, help="Where --new-code goes in the codebook.")
@click.option("--text", "quote", default=None, help="The literal text of the fragment.")
@click.option("--occurrence", type=int, default=None,
              help="Which occurrence of --text (1, 2, ...) when it occurs more than once.")


@click.option("--start", type=int, default=None, help="Start offset (characters).")
@click.option("--end", type=int, default=None, help="End offset (exclusive).")
@click.option("--coder", required=True, help="Who codes.")
@pass_context
def code_command(context, story, code_names, new_codes, category, quote, occurrence, start,
                 end, coder) -> None:
    """Code a fragment of STORY (story id, id start, or the storyteller's pseudonym)."""
    from workbench.coding import codebook
    from workbench.coding import fragments as coding
    from workbench.errors import InvalidInput

    store = context.store()
    if not code_names and not new_codes:
        raise InvalidInput("coding.error.no_code_chosen")
    row, start, end = _selection(store, story, quote, start, end, occurrence)
    ids = [codebook.find_code(store, name, category=False)["id"] for name in code_names]
    with store.transaction():
        parent = codebook.find_code(store, category)["id"] if category else None
        for name in new_codes:
            ids.append(codebook.add_code(store, name, parent_id=parent, created_by=coder))
        fragment = coding.get_fragment(
            store, coding.code_selection(store, row["id"], start, end, ids, coder))
    for name in new_codes:
        echo(t("analysis.cli.new_code", name=" ".join(name.split())))
    echo(t("coding.cli.coded", start=fragment["start"], end=fragment["end"],
           codes=", ".join([*code_names, *new_codes])))


@click.command(name="uncode")
@click.argument("story")
@click.option("--code", "code_name", required=True, help="The code to take off.")
@click.option("--text", "quote", default=None, help="The literal text of the fragment.")
@click.option("--occurrence", type=int, default=None,
              help="Which occurrence of --text (1, 2, ...) when it occurs more than once.")


@click.option("--start", type=int, default=None, help="Start offset (characters).")
@click.option("--end", type=int, default=None, help="End offset (exclusive).")
@click.option("--coder", default=None, help="Only this coder's coding (default: all).")
@pass_context
def uncode_command(context, story, code_name, quote, occurrence, start, end,
                   coder) -> None:
    """Take a code off a fragment of STORY; a fragment left without codes goes too."""
    from workbench.coding import codebook
    from workbench.coding import fragments as coding
    from workbench.errors import InvalidInput, NotFound

    store = context.store()
    row, start, end = _selection(store, story, quote, start, end, occurrence)
    start, end = coding.trim_selection(row["text"], start, end)
    fragment = store.one("SELECT * FROM fragments WHERE story_id = ? AND start = ? "
                         "AND end = ?", [row["id"], start, end])
    if fragment is None:
        raise NotFound("coding.error.no_fragment", name=f"{start}–{end}")
    code = codebook.find_code(store, code_name, category=False)
    with store.transaction():
        if not coding.uncode(store, fragment["id"], code["id"], coder):
            raise InvalidInput("analysis.error.not_coded", name=code["name"])
        bare = not store.scalar(
            "SELECT (SELECT count(*) FROM codings WHERE fragment_id = :f) + "
            "(SELECT count(*) FROM memos WHERE fragment_id = :f) + "
            "(SELECT count(*) FROM factor_fragments WHERE fragment_id = :f)",
            {"f": fragment["id"]})
        if bare:
            coding.delete_fragment(store, fragment["id"])
    echo(t("analysis.cli.uncoded", code=code["name"], start=start, end=end))
    if bare:
        echo(t("analysis.cli.fragment_gone"))


def _occurrence(text: str, quote: str, occurrence: int | None) -> int:
    """Where ``quote`` starts in ``text``: it must occur exactly once, or ``occurrence``
    says which one (1, 2, ...)."""
    from workbench.errors import InvalidInput

    if not quote.strip():
        raise InvalidInput("coding.error.text_not_found", text=quote)
    places, at = [], text.find(quote)
    while at >= 0:
        places.append(at)
        at = text.find(quote, at + 1)
    if not places:
        raise InvalidInput("coding.error.text_not_found", text=quote)
    if occurrence is None:
        if len(places) > 1:
            raise InvalidInput("safety.text_ambiguous", text=quote, n=len(places))
        return places[0]
    if not 1 <= occurrence <= len(places):
        raise InvalidInput("safety.bad_occurrence", text=quote, n=len(places),
                           occurrence=occurrence)
    return places[occurrence - 1]


@click.command(name="fragments")
@click.argument("story", required=False)
@click.option("--code", "code_name", default=None,
              help="All fragments of this code (a category: with its sub-codes).")


@click.option("--no-subcodes", is_flag=True, help="Leave out the sub-codes.")
@click.option("--with", "with_code", default=None,
              help="Only where the code goes together with this code.")


@click.option("--mode", type=click.Choice(["fragment", "overlap", "story"]),
              default="fragment", help="How --with goes together.")


@click.option("--report", "report", type=click.Path(dir_okay=False), default=None,
              help="Write a report: .docx (Word) or .md (Markdown).")


@filter_options
@pass_context
def fragments_command(context, story, code_name, no_subcodes, with_code, mode, report,
                      practice, role, by_coder, attribute) -> None:
    """List the coded fragments of STORY, or of a code across stories (--code)."""
    from workbench.coding import fragments as coding

    store = context.reader()
    if code_name:
        _retrieval(store, code_name, no_subcodes, with_code, mode, report,
                   make_filters(store, practice, role, by_coder, attribute))
        return
    if not story:
        from workbench.cli.common import UserError

        raise UserError(t("analysis.cli.story_or_code"))
    fragments = coding.fragments_for_story(store, coding.find_story(store, story)["id"])
    if not fragments:
        echo(t("coding.cli.no_fragments"))
    for f in fragments:
        names = ", ".join(dict.fromkeys(c["name"] for c in f["codes"]))
        echo(f"{f['start']}–{f['end']}  “{f['text']}”  [{names}]")


def _retrieval(store, code_name, no_subcodes, with_code, mode, report, filters) -> None:
    from pathlib import Path

    from workbench.coding import analysis, codebook, reports

    query = analysis.Query(codebook.find_code(store, code_name)["id"],
                           subcodes=not no_subcodes, filters=filters, mode=mode,
                           with_code=codebook.find_code(store, with_code)["id"]
                           if with_code else None)
    if report:
        n = reports.write(store, query, Path(report))
        echo(t("analysis.report.written", path=report,
                     fragments=tn("analysis.n_fragments", n)))
        return
    rows = analysis.retrieve(store, query)
    if not rows:
        echo(t("analysis.cli.no_fragments"))
        return
    for row in rows:
        role = row["role_label"] or t(f"role.{row['role'] or 'unknown'}")
        echo(f"{row['pseudonym']} · {role} · {row['practice'] or '—'}"
                   f"{' · ' + row['title'] if row['title'] else ''}  "
                   f"[{', '.join(row['codes'])}]  ({row['id'][:8]})")
        echo(f"    …{' '.join(row['before'].split()[-8:])} "
                   f"“{' '.join(row['text'].split())}” "
                   f"{' '.join(row['after'].split()[:8])}…")
        for memo in row["memos"]:
            echo("    ✎ " + memo.replace("\n", "\n      "))
    echo(analysis.summary(len(rows), len({r["story_id"] for r in rows})))


# -- calibration --------------------------------------------------------------------

@click.group(name="calibration", cls=FriendlyGroup)
def calibration_group() -> None:
    """Calibration sessions: code the same sentences alone, then compare."""


@calibration_group.command(name="new")
@click.argument("name")
@click.option("--story", "story_refs", multiple=True, required=True,
              help="Story to include (repeatable).")


@click.option("--coder", "coders", multiple=True, required=True,
              help="Coder (repeatable, at least two).")


@pass_context
def calibration_new(context, name, story_refs, coders) -> None:
    """Start a calibration session NAME."""
    from workbench.coding import calibration
    from workbench.coding import fragments as coding

    store = context.store()
    ids = [coding.find_story(store, ref)["id"] for ref in story_refs]
    session = calibration.get_calibration(
        store, calibration.create_calibration(store, name, ids, list(coders)))
    row = next(r for r in calibration.calibrations(store) if r["id"] == session["id"])
    echo(t("coding.cli.calibration_created", name=row["name"], units=row["units"],
                 stories=row["stories"], coders=", ".join(c["coder"] for c in row["coders"])))


@calibration_group.command(name="list")
@pass_context
def calibration_list(context) -> None:
    """List calibration sessions."""
    from workbench.coding import calibration

    rows = calibration.calibrations(context.reader())
    if not rows:
        echo(t("coding.cli.no_calibrations"))
    for row in rows:
        coders = ", ".join(
            c["coder"] + (f" ({t('coding.cli.done_mark')})" if c["done_at"] else "")
            for c in row["coders"])
        echo(t("coding.cli.calibration_line", name=row["name"], units=row["units"],
                     status=t(f"coding.status.{row['status']}"), coders=coders))


def _unit(store, session_id: str, number: int) -> dict:
    from workbench.coding import calibration
    from workbench.errors import NotFound

    units = calibration.units(store, session_id)
    if not 1 <= number <= len(units):
        raise NotFound("coding.cli.no_such_unit", n=number, max=len(units))
    return units[number - 1]


@calibration_group.command(name="units")
@click.argument("session")
@click.option("--coder", required=True, help="Show this coder's own codes only.")
@pass_context
def calibration_units(context, session, coder) -> None:
    """Show the sentences of SESSION with your own codes (never the others')."""
    from workbench.coding import calibration, codebook

    store = context.reader()
    row = calibration.get_calibration(store, session)
    mine = calibration.my_judgements(store, row["id"], coder)
    for number, unit in enumerate(calibration.units(store, row["id"]), start=1):
        given = mine.get(unit["id"])
        label = (t("coding.not_judged") if given is None else
                 ", ".join(codebook.get_code(store, c)["name"] for c in given)
                 or t("coding.no_code_applies"))
        echo(f"{number:>3}. {unit['text']}  → {label}")


@calibration_group.command(name="judge")
@click.argument("session")
@click.argument("number", type=int)
@click.option("--coder", required=True)
@click.option("--code", "code_names", multiple=True, help="Code (repeatable); none = no code.")
@pass_context
def calibration_judge(context, session, number, coder, code_names) -> None:
    """Give sentence NUMBER of SESSION your codes (no --code: no code applies)."""
    from workbench.coding import calibration, codebook

    store = context.store()
    row = calibration.get_calibration(store, session)
    unit = _unit(store, row["id"], number)
    ids = [codebook.find_code(store, n, category=False)["id"] for n in code_names]
    calibration.judge(store, row["id"], unit["id"], coder, ids)
    echo(t("coding.cli.judged", n=number,
                 codes=", ".join(code_names) or t("coding.no_code_applies")))


@calibration_group.command(name="done")
@click.argument("session")
@click.option("--coder", required=True)
@pass_context
def calibration_done(context, session, coder) -> None:
    """Say you have finished coding SESSION."""
    from workbench.coding import calibration

    store = context.store()
    calibration.mark_done(store, calibration.get_calibration(store, session)["id"], coder)
    echo(t("coding.cli.marked_done", coder=coder))


@calibration_group.command(name="compare")
@click.argument("session")
@click.option("--force", is_flag=True, help="Open even if not every coder is done.")
@pass_context
def calibration_compare(context, session, force) -> None:
    """Open the comparison of SESSION and show agreement and disagreements."""
    from workbench.coding import calibration

    store = context.store()
    row = calibration.get_calibration(store, session)
    calibration.open_comparison(store, row["id"], force=force)
    result = calibration.compare(store, row["id"])
    echo(f"{t('coding.cli.overall')}: {_figures(result.overall)}")
    for code in result.per_code:
        echo(f"  {code.name}: {_figures(code.figures)}")
    echo("")
    echo(t("coding.cli.disagreements", n=len(result.disagreements)))
    for unit in result.disagreements:
        echo(f"{unit.position:>3}. {unit.pseudonym}: {unit.text}")
        for coder, labels in unit.labels.items():
            shown = (t("coding.not_judged") if labels is None
                     else ", ".join(labels) or t("coding.no_code_applies"))
            echo(f"       {coder}: {shown}")


def _figures(figures) -> str:
    from workbench.coding.calibration import format_figure

    return t("coding.figures", percent=format_figure(figures.percent, percent=True),
             kappa=format_figure(figures.kappa), alpha=format_figure(figures.alpha),
             units=figures.units)


# -- overview -----------------------------------------------------------------------

@click.command(name="overview")
@click.option("--by", type=click.Choice(["practice", "role"]), default="practice",
              show_default=True)


@click.option("--width", type=int, default=40, show_default=True, help="Bar width.")
@pass_context
def overview_command(context, by, width) -> None:
    """Code frequencies per practice or per role: a table and a bar chart."""
    from workbench.coding import barchart
    from workbench.coding import fragments as coding

    result = coding.overview(context.reader(), by)
    rows = [r for r in result.rows if r.total]
    if not rows:
        echo(t("coding.cli.no_codings"))
        return
    echo(t("coding.cli.overview_title", by=t(f"coding.by.{by}")))
    echo("")
    name_width = max(len(t("coding.column.code")), *(len(r.name) for r in rows))
    widths = [max(len(label), 3) for label in result.labels]
    header = [f"{t('coding.column.code'):<{name_width}}",
              *(f"{label:>{w}}" for label, w in zip(result.labels, widths, strict=True)),
              t("coding.column.total")]
    echo("  ".join(header))
    for r in rows:
        cells = [f"{r.name:<{name_width}}",
                 *(f"{n:>{w}}" for n, w in zip(r.counts, widths, strict=True)), f"{r.total:>5}"]
        echo("  ".join(cells))
    echo("")
    rows.sort(key=lambda r: -r.total)
    for line in barchart.render_text([r.name for r in rows], [r.counts for r in rows],
                                     result.labels, width=width):
        echo(line)
