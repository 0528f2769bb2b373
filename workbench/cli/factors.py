"""``workbench factors``: list factors, the practices × factors matrix, roles, and the
suggestion and grouping runs. A thin layer over workbench.factors.model, wall and comparison."""

from __future__ import annotations

import click

from workbench.cli.common import FriendlyGroup, pass_context
from workbench.cli.prompts import echo
from workbench.i18n import t


def _progress(label: str):
    """A progress line on stderr that rewrites itself: '<label> 42%'."""

    def report(fraction: float, _step: str) -> None:
        done = fraction >= 1.0
        echo(f"\r{label} {round(fraction * 100):3d}%", nl=done, err=True)

    return report


def practice_id(store, name: str | None) -> str | None:
    from workbench import workshop

    return workshop.find_practice(store, name)["id"] if name else None


@click.group(name="factors", cls=FriendlyGroup)
def factors_group() -> None:
    """Working factors: list, add, matrix, roles, suggest, cluster."""


@factors_group.command(name="list")
@click.option("--practice", default=None, help="Only this practice.")
@pass_context
def factors_list(context, practice: str | None) -> None:
    """Show the factors per practice with their cards, elements and quotes."""
    from workbench.factors import comparison
    from workbench.factors import model as factors

    store = context.reader()
    wanted = practice_id(store, practice)
    common = {row.key for row in comparison.matrix(store).common}
    rows = [f for f in factors.all_factors(store)
            if practice is None or f["practice_id"] == wanted]
    if not rows:
        echo(t("factors.cli.none"))
    current = None
    for f in rows:
        if f["practice_name"] != current:
            current = f["practice_name"]
            echo(f"\n{current or t('factors.workshop_wide')}")
        mark = "◆" if (f["link_id"] or f["id"]) in common else ("◇" if f["link_id"] else "•")
        echo(t("factors.cli.line", mark=mark, name=f["name"],
                     type=t(f"factors.type.{f['type']}"),
                     cards=len(factors.fragment_ids(store, f["id"])),
                     quotes=len(factors.quotes(store, f["id"]))))
        for element in factors.elements(store, f["id"]):
            echo(f"    - {element['text']}")


@factors_group.command(name="add")
@click.argument("name")
@click.option("--practice", required=True, help="The practice the factor belongs to.")
@click.option("--type", "type_", type=click.Choice(["substantive", "procedural"]),
              default="substantive", show_default=True)


@click.option("--description", default="")
@click.option("--element", "elements", multiple=True, help="A characteristic element "
              "(repeatable).")


@pass_context
def factors_add(context, name, practice, type_, description, elements) -> None:
    """Add a factor NAME to a practice, with its elements."""
    from workbench.factors import model as factors

    store = context.store()
    with store.transaction():
        fid = factors.create_factor(store, name, practice_id=practice_id(store, practice),
                                    type=type_, description=description)
        for text in elements:
            factors.add_element(store, fid, text)
    echo(t("factors.cli.added", name=factors.get_factor(store, fid)["name"]))


@factors_group.command(name="matrix")
@pass_context
def factors_matrix(context) -> None:
    """Practices × factors: which factor occurs where; ◆ marks common factors."""
    from workbench.factors import comparison

    m = comparison.matrix(context.reader())
    if not m.rows:
        echo(t("factors.cli.none"))
        return
    width = max(len(r.name) for r in m.rows) + 2
    heads = [p["name"] for p in m.practices]
    cell = max(8, *(len(h) for h in heads))
    echo(" " * (width + 2) + "  ".join(f"{h:<{cell}}" for h in heads))
    for row in m.rows:
        cells = [(f"✓ {row.cells[p['id']].fragments}" if p["id"] in row.cells else "–")
                 for p in m.practices]
        mark = "◆" if row.common else " "
        echo(f"{mark} {row.name:<{width}}" + "  ".join(f"{c:<{cell}}" for c in cells))
    echo(t("factors.cli.common", n=len(m.common)))


@factors_group.command(name="roles")
@click.option("--practice", default=None, help="Only this practice (default: all).")
@pass_context
def factors_roles(context, practice: str | None) -> None:
    """Fragments per storyteller role per factor, to compare perspectives."""
    from workbench.factors import comparison

    store = context.reader()
    rows = comparison.role_breakdown(store, practice_id(store, practice))
    roles = comparison.roles_in_use(rows)
    if not rows:
        echo(t("factors.cli.none"))
        return
    width = max(len(r.name) for r in rows) + 2
    labels = [t(f"factors.role.{r}") for r in roles]
    cell = max(len(label) for label in labels) + 2 if labels else 8
    echo(" " * width + "".join(f"{label:>{cell}}" for label in labels))
    for row in rows:
        echo(f"{row.name:<{width}}"
                   + "".join(f"{row.roles.get(r, 0):>{cell}}" for r in roles))


@factors_group.command(name="suggest")
@click.option("--practice", required=True, help="The practice whose wall to look at.")
@click.option("--top", default=3, show_default=True, help="Suggestions per card.")
@click.option("--codes", is_flag=True, help="Cards are codes instead of fragments.")
@pass_context
def factors_suggest(context, practice: str, top: int, codes: bool) -> None:
    """For each unsorted card, the factors it most resembles (they only suggest)."""
    from workbench.factors import model as factors
    from workbench.factors import wall

    store = context.store()
    pid = practice_id(store, practice)
    mode = "codes" if codes else "fragments"
    found = wall.suggestions(store, pid, mode, top=top,
                             progress=_progress(t("factors.cli.working")))
    names = {f["id"]: f["name"] for f in factors.factors_of(store, pid)}
    cards = wall.build(store, pid, mode).unsorted.cards
    if not cards:
        echo(t("wall.nothing_unsorted"))
    for card in cards:
        text = " ".join(card.text.split())
        echo(f"• {text[:90]}{'…' if len(text) > 90 else ''}")
        pairs = found.get(card.id) or []
        line = " · ".join(f"{names.get(f, '?')} ({s:.2f})" for f, s in pairs)
        echo(f"    → {line or t('wall.no_suggestions')}")


@factors_group.command(name="cluster")
@click.option("--practice", required=True, help="The practice whose unsorted cards to group.")
@click.option("--k", type=int, default=None, help="Number of groups (default: chosen).")
@click.option("--codes", is_flag=True, help="Cards are codes instead of fragments.")
@click.option("--apply", "apply_", is_flag=True,
              help="Make a factor of every group (one undo step on the wall).")


@pass_context
def factors_cluster(context, practice: str, k: int | None, codes: bool, apply_: bool) -> None:
    """Propose a first grouping of the unsorted cards, each group with key terms."""
    from workbench.factors import wall

    store = context.store()
    pid = practice_id(store, practice)
    proposal = wall.propose(store, pid, "codes" if codes else "fragments", k=k,
                            progress=_progress(t("factors.cli.working")))
    if not proposal.groups:
        echo(t("wall.nothing_unsorted"))
        return
    names = []
    for terms, cards in proposal.groups:
        name = wall.group_name(store, pid, terms)
        while name in names:  # two groups with the same terms still get two names
            name += "'"
        names.append(name)
        echo(t("factors.cli.group", name=name, n=len(cards), terms=", ".join(terms)))
        for card in cards[:3]:
            text = " ".join(card.text.split())
            echo(f"    • {text[:90]}{'…' if len(text) > 90 else ''}")
    if apply_:
        wall.accept_proposal(store, pid, [(n, cards) for n, (_, cards)
                                          in zip(names, proposal.groups, strict=True)])
        echo(t("wall.proposal_accepted", n=len(names)))
