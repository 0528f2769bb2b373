"""``workbench cooccurrence``, ``autocode``, ``memos`` and ``attributes``: the analysis
commands over workbench.coding.analysis, autocode, memos and attributes. (``fragments --code``,
``code --new-code`` and ``uncode`` live with the other coding commands.)"""

from __future__ import annotations

import click

from workbench.cli.common import FriendlyGroup, pass_context
from workbench.cli.prompts import echo
from workbench.i18n import t, tn


def filter_options(function):
    """--practice, --role, --coder and --attribute NAME=VALUE, shared by the retrievals."""
    for option in reversed([
        click.option("--practice", default=None, help="Only this practice."),
        click.option("--role", default=None, help="Only storytellers with this role."),
        click.option("--coder", "by_coder", default=None, help="Only codings by this coder."),
        click.option("--attribute", default=None,
                     help="Only storytellers with this value: NAME=VALUE."),
    ]):
        function = option(function)
    return function


def make_filters(store, practice, role, by_coder, attribute):
    from workbench import workshop
    from workbench.coding.analysis import Filters
    from workbench.collect import attributes
    from workbench.errors import InvalidInput

    filters = Filters(role=role, coder=by_coder)
    if practice:
        filters.practice_id = workshop.find_practice(store, practice)["id"]
    if attribute:
        if "=" not in attribute:
            raise InvalidInput("analysis.error.attribute_filter")
        name, value = attribute.split("=", 1)
        row = attributes.find_attribute(store, name)
        filters.attribute_id = row["id"]
        filters.attribute_value = attributes.normalise(row, value)
    return filters


@click.command(name="cooccurrence")
@click.option("--mode", type=click.Choice(["fragment", "overlap", "story"]),
              default="fragment", show_default=True,
              help="Together in one fragment, in overlapping fragments, or in one story.")


@filter_options
@pass_context
def cooccurrence_command(context, mode, practice, role, by_coder, attribute) -> None:
    """Which codes go together: a code-by-code table."""
    from workbench.coding import analysis

    store = context.store()
    result = analysis.cooccurrence(
        store, mode, make_filters(store, practice, role, by_coder, attribute))
    if not result.codes:
        echo(t("coding.cli.no_codings"))
        return
    echo(t("analysis.cli.cooc_title", mode=t(f"analysis.mode.{mode}")))
    names = [c["name"] for c in result.codes]
    width = min(34, max(len(f"{i + 1}. {n}") for i, n in enumerate(names)))
    echo(" " * width + "  " + " ".join(f"{i + 1:>4}" for i in range(len(names))))
    for i, (name, row) in enumerate(zip(names, result.counts, strict=True)):
        label = f"{i + 1}. {name}"
        label = label if len(label) <= width else label[: width - 1] + "…"
        echo(f"{label:<{width}}  " + " ".join(f"{n:>4}" for n in row))


@click.command(name="autocode")
@click.argument("query", required=False)
@click.option("--code", "code_name", default=None, help="The code the hits get.")
@click.option("--coder", default=None, help="Who codes.")
@click.option("--sentence", is_flag=True, help="Code the whole sentence of each hit.")
@click.option("--story", "story_refs", multiple=True, help="Only these stories.")
@click.option("--dry-run", is_flag=True, help="Only show the hits.")
@click.option("--undo", is_flag=True, help="Undo the last auto-coding.")
@pass_context
def autocode_command(context, query, code_name, coder, sentence, story_refs, dry_run,
                     undo) -> None:
    """Search QUERY across stories and give every hit a code, in one step.

    Terms separated by | (or OF/OR); * stands for any letters, ? for one."""
    from workbench.cli.common import UserError
    from workbench.coding import autocode, codebook
    from workbench.coding import fragments as coding

    store = context.store()
    if undo:
        n = autocode.undo_run(store)
        echo(t("analysis.cli.autocode_undone", fragments=tn("analysis.n_fragments", n)))
        return
    if not query:
        raise UserError(t("analysis.cli.need_query"))
    ids = [coding.find_story(store, ref)["id"] for ref in story_refs] or None
    hits = autocode.find_hits(store, query, "sentence" if sentence else "hit", ids)
    echo(t("analysis.cli.hits", hits=tn("analysis.n_hits", len(hits)),
                 stories=tn("analysis.n_stories", len({h.story_id for h in hits}))))
    if dry_run or not hits:
        for hit in hits:
            echo(f"  {hit.pseudonym}  {hit.start}–{hit.end}  “{hit.text}”")
        return
    if not code_name or not coder:
        raise UserError(t("analysis.cli.need_code"))
    code = codebook.find_code(store, code_name, category=False)
    run = autocode.autocode(store, hits, code["id"], coder, query)
    echo(t("analysis.cli.autocoded", code=code["name"],
                 fragments=tn("analysis.n_fragments", autocode.run_size(store, run))))


# -- memos ------------------------------------------------------------------------

@click.group(name="memos", cls=FriendlyGroup)
def memos_group() -> None:
    """Memos on the workshop, stories, codes, fragments and factors."""


@memos_group.command(name="list")
@click.option("--search", default="", help="Only memos containing this text.")
@click.option("--kind", type=click.Choice(["project", "story", "code", "fragment",
                                           "factor"]), default=None)


@pass_context
def memos_list(context, search, kind) -> None:
    """List every memo, newest first."""
    from workbench.coding import memos

    rows = memos.memo_list(context.store(), search, kind)
    if not rows:
        echo(t("analysis.cli.no_memos"))
    for row in rows:
        author = f" — {row['author']}" if row["author"] else ""
        echo(f"{row['about']} ({row['updated_at'][:10]}{author})")
        for line in row["text"].splitlines():
            echo(f"    {line}")


@memos_group.command(name="add")
@click.argument("text")
@click.option("--project", is_flag=True, help="A memo on the whole workshop.")
@click.option("--story", default=None, help="Story (id, id start or pseudonym).")
@click.option("--code", "code_name", default=None, help="Code name or id.")
@click.option("--fragment", default=None, help="Fragment id.")
@click.option("--factor", default=None, help="Working factor name or id.")
@click.option("--author", default="")
@pass_context
def memos_add(context, text, project, story, code_name, fragment, factor, author) -> None:
    """Write a memo TEXT (several lines: use \\n or quotes over lines)."""
    from workbench.cli.common import UserError
    from workbench.coding import codebook, memos
    from workbench.coding import fragments as coding
    from workbench.factors import model as factors

    store = context.store()
    text = text.replace("\\n", "\n")
    if project:
        kind, target = "project", ""
    elif story:
        kind, target = "story", coding.find_story(store, story)["id"]
    elif code_name:
        kind, target = "code", codebook.find_code(store, code_name)["id"]
    elif fragment:
        kind, target = "fragment", coding.get_fragment(store, fragment)["id"]
    elif factor:
        kind, target = "factor", factors.find_factor(store, factor)["id"]
    else:
        raise UserError(t("analysis.error.memo_where"))
    memos.add_memo(store, kind, target, text, author)
    echo(t("analysis.cli.memo_saved"))


# -- attributes -------------------------------------------------------------------

@click.group(name="attributes", cls=FriendlyGroup)
def attributes_group() -> None:
    """Case attributes of storytellers: define, give values, import from CSV."""


@attributes_group.command(name="add")
@click.argument("name")
@click.option("--kind", type=click.Choice(["text", "number", "date", "boolean", "choice"]),
              default="text", show_default=True)


@click.option("--choice", "choices", multiple=True, help="An allowed value (repeatable).")
@pass_context
def attributes_add(context, name, kind, choices) -> None:
    """Define an attribute NAME."""
    from workbench.collect import attributes

    attributes.add_attribute(context.store(), name, kind, list(choices))
    echo(t("analysis.cli.attribute_added", name=" ".join(name.split()),
                 kind=t(f"analysis.kind.{kind}")))


@attributes_group.command(name="list")
@pass_context
def attributes_list(context) -> None:
    """Show the attributes and every storyteller's values."""
    from workbench.collect import attributes

    store = context.store()
    rows = attributes.attributes(store)
    if not rows:
        echo(t("analysis.cli.no_attributes"))
        return
    for row in rows:
        extra = f": {', '.join(row['choices'])}" if row["choices"] else ""
        echo(f"• {row['name']} ({t('analysis.kind.' + row['kind'])}{extra})")
    values = attributes.value_table(store)
    echo("")
    for teller in store.all("SELECT id, pseudonym FROM storytellers ORDER BY pseudonym"):
        mine = values.get(teller["id"], {})
        if mine:
            shown = ", ".join(f"{r['name']}={attributes.shown(r, mine[r['id']])}"
                              for r in rows if r["id"] in mine)
            echo(f"{teller['pseudonym']}: {shown}")


@attributes_group.command(name="set")
@click.argument("storyteller")
@click.argument("name")
@click.argument("value")
@pass_context
def attributes_set(context, storyteller, name, value) -> None:
    """Give STORYTELLER (pseudonym) the VALUE of attribute NAME ("" takes it away)."""
    from workbench.collect import attributes

    store = context.store()
    teller = attributes.find_storyteller(store, storyteller)
    row = attributes.find_attribute(store, name)
    attributes.set_value(store, teller["id"], row["id"], value)
    echo(t("analysis.cli.value_set", teller=teller["pseudonym"], name=row["name"],
                 value=value))


@attributes_group.command(name="import")
@click.argument("csv_file", type=click.Path(exists=True, dir_okay=False))
@pass_context
def attributes_import(context, csv_file) -> None:
    """Values from a CSV: a column schuilnaam (or pseudonym), one column per attribute."""
    from pathlib import Path

    from workbench.collect import attributes

    text = Path(csv_file).read_bytes().decode("utf-8-sig", errors="replace")
    n, names = attributes.import_csv(context.store(), text)
    echo(t("analysis.cli.imported", n=n, names=", ".join(names)))
