"""Commands for collecting stories: booth, import, withdraw, stories list/search."""

from __future__ import annotations

from pathlib import Path

import click

from workbench.cli.common import pass_context, pin_option
from workbench.cli.prompts import echo
from workbench.i18n import t


@click.command()
@click.option("--practice", required=True, help="The practice the stories belong to.")
@click.option("--idle", "idle", type=float, default=None,
              help="Seconds without a key before a story is put away (kept for next time; "
                   "default 120).")


@pass_context
def booth(context, practice: str, idle: float | None) -> None:
    """Open the story booth (kiosk for parents) for PRACTICE; leaving needs the PIN."""
    from workbench import access, workshop
    from workbench.collect import booth as booth_core

    store = context.store()
    found = workshop.find_practice(store, practice)
    if not access.has_pin(store):  # a booth nobody can leave needs a PIN first
        from workbench.errors import AccessDenied

        raise AccessDenied("error.no_pin_set")
    if idle is not None:
        booth_core.set_idle_seconds(store, idle)
    from workbench.tui.app import workshop_language
    from workbench.tui.kiosk.booth import run_booth

    run_booth(store, found["id"],
              language=context.lang if context.explicit_lang else workshop_language(store))


@click.command(name="files")
@click.argument("files", nargs=-1, required=True,
                type=click.Path(path_type=Path, dir_okay=True))


@click.option("--practice", required=True, help="The practice the stories belong to.")
@click.option("--role", default="parent", show_default=True,
              type=click.Choice(["parent", "caregiver", "volunteer", "professional",
                                 "researcher"]),
              help="Role of the storytellers (a CSV can give it per row).")


@click.option("--quotes/--no-quotes", default=False, show_default=True,
              help="Whether the tellers consented to anonymous quotes.")


@click.option("--role-label", default="",
              help="Finer role wording for quotes, e.g. 'vader' (a CSV can give it per row).")


@click.option("--identities", "identities_csv", default=None,
              type=click.Path(path_type=Path, dir_okay=False),
              help="CSV with columns file,name,contact,role_label: who is behind each "
                   "transcript (kept apart; needs the PIN).")


@click.option("--map", "map_out", default=None,
              type=click.Path(path_type=Path, dir_okay=False),
              help="Write which file got which pseudonym to this CSV (owner-only; "
                   "needs the PIN).")


@pin_option
@pass_context
def import_files(context, files: tuple[Path, ...], practice: str, role: str,
                 quotes: bool, role_label: str, identities_csv: Path | None,
                 map_out: Path | None, pin: str | None) -> None:
    """Import transcripts (.txt, .md: one story per file) or a CSV (one story per row)."""
    from workbench import workshop
    from workbench.cli.common import guard_pin
    from workbench.collect import identities, importing

    store = context.store()
    found = workshop.find_practice(store, practice)
    sidecar = None
    if identities_csv is not None or map_out is not None:
        guard_pin(store, pin)  # real names (and file names) are the PIN's to handle
    if identities_csv is not None:
        sidecar = identities.read_sidecar(identities_csv)
        identities.check_sidecar(sidecar, files)
    many = len(files) > 20

    def progress(done: int, total: int) -> None:
        if many and (done % 50 == 0 or done == total):
            echo(t("collect.import.progress", done=done, total=total), err=True)

    summary = importing.import_files(store, files, practice_id=found["id"], role=role,
                                     quotes=quotes, progress=progress,
                                     role_label=role_label.strip(), identities=sidecar)
    for line in summary.lines:
        echo(t("collect.import.line", source=line.source,
                     message=t(line.key, **line.params)))
    echo(t("collect.import.total", imported=len(summary.imported),
                 skipped=len(summary.skipped)))
    if sidecar:
        from workbench.i18n import tn

        kept = sum(1 for line in summary.imported if line.source in sidecar
                   and (sidecar[line.source].real_name or sidecar[line.source].contact))
        echo(tn("identity.cli.saved", kept))
    if map_out is not None:
        identities.write_map(map_out, [(line.source, line.params["pseudonym"])
                                       for line in summary.imported])
        echo(t("identity.cli.map", path=str(map_out)))
    if summary.skipped and not summary.imported:
        click.get_current_context().exit(1)  # scripts can tell nothing came in


@click.command()
@click.argument("pseudonym")
@click.option("--yes", is_flag=True, help="Do not ask for confirmation.")
@pin_option
@pass_context
def withdraw(context, pseudonym: str, yes: bool, pin: str | None) -> None:
    """Withdraw storyteller PSEUDONYM: remove their stories and all that was made of them."""
    from workbench.cli.common import guard_pin
    from workbench.collect import withdrawal

    store = context.store()
    plan = withdrawal.preview(store, pseudonym)  # a name nobody has: said before the PIN
    guard_pin(store, pin)
    question = t("collect.withdraw.confirm", pseudonym=plan.pseudonym, **plan.counts)
    from workbench.cli.prompts import ask_yes

    if not yes and not ask_yes(question):  # j/ja/n/nee, and y/yes
        echo(t("collect.withdraw.cancelled"))
        return
    report = withdrawal.withdraw(store, plan.storyteller_id)
    echo(t("collect.withdraw.done", pseudonym=report.pseudonym, **report.counts))
    if report.backup:
        echo(t("collect.withdraw.backup", path=str(report.backup)))


@click.group(name="stories")
def stories_group() -> None:
    """List and search the stories."""


def _filters(store, practice, role, topic, status):
    from workbench import workshop
    from workbench.collect import search

    topic_id = None
    if topic:
        topic_id = store.scalar(
            "SELECT t.id FROM topics t JOIN workshops w ON w.topic_list_id = t.topic_list_id "
            "WHERE t.position = ? OR t.label = ? COLLATE NOCASE", [topic, topic])
    return search.Filters(
        practice_id=workshop.find_practice(store, practice)["id"] if practice else None,
        role=role, topic_id=topic_id, status=status)


def _print(rows, with_snippet: bool) -> None:
    from workbench.textsafe import inert

    if not rows:
        echo(t("collect.list.empty"))
        return
    for row in rows:
        line = (f"{row['updated_at'][:10]}  {inert(row['pseudonym']):<16} "
                f"{t('collect.role.' + (row['role'] or 'unknown')):<18} "
                f"{inert(row['practice'] or '-'):<24} "
                f"{t('collect.status.' + row['status'])}")
        echo(line)
        if with_snippet and row["snippet"]:
            snippet = "".join(f"«{s}»" if hit else s for s, hit in row["snippet"])
            echo("    " + inert(snippet.replace("\n", " ")))
    echo(t("collect.list.count_one" if len(rows) == 1 else "collect.list.count",
                 n=len(rows)))

story_filter_options = [
    click.option("--practice", default=None, help="Only this practice."),
    click.option("--role", default=None, type=click.Choice(
        ["parent", "caregiver", "volunteer", "professional", "researcher"])),
    click.option("--topic", default=None, help="Topic number or label."),
    click.option("--status", default=None,
                 type=click.Choice(["draft", "interrupted", "complete", "ready"])),
]


def with_filters(func):
    for option in reversed(story_filter_options):
        func = option(func)
    return func


@stories_group.command(name="list")
@with_filters
@pass_context
def list_stories(context, practice, role, topic, status) -> None:
    """List stories, newest first."""
    from workbench.collect import search

    store = context.reader()
    _print(search.find_stories(store, _filters(store, practice, role, topic, status)), False)


@stories_group.command(name="search")
@click.argument("query")
@with_filters
@pass_context
def search_stories(context, query, practice, role, topic, status) -> None:
    """Full-text search; hits are shown between « and »."""
    from workbench.collect import search

    store = context.reader()
    rows = search.find_stories(store, _filters(store, practice, role, topic, status), query)
    _print(rows, True)


@stories_group.command(name="role")
@click.argument("pseudonym")
@click.argument("role")
@pass_context
def storyteller_role(context, pseudonym: str, role: str) -> None:
    """Give storyteller PSEUDONYM the role ROLE, also when it was unknown."""
    from workbench.collect import stories
    from workbench.textsafe import inert

    store = context.store()
    teller = stories.find_storyteller(store, pseudonym)
    key = stories.set_role(store, teller["id"], role)
    echo(t("collect.cli.role_set", pseudonym=inert(teller["pseudonym"]),
           role=t(f"role.{key}")))
