"""``workbench sessions ...``: sounding-board sessions from the command line.

A thin layer over ``workbench.sessions.model`` and ``workbench.sessions.ballots``: create, open,
close, reveal, list, results, export, a show of hands, and casting a ballot (useful when a
second terminal takes ballots, and for scripted tests).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import click

from workbench.cli.common import FriendlyGroup, pass_context, pin_option
from workbench.cli.prompts import echo
from workbench.i18n import t


def _factor_ref(factors: list[dict[str, Any]], ref: str) -> str:
    """A session factor by its number in the list (1, 2, ...) or by (the start of) its name."""
    from workbench.errors import InvalidInput

    ref = ref.strip()
    if ref.isdigit() and 1 <= int(ref) <= len(factors):
        return factors[int(ref) - 1]["id"]
    wanted = ref.casefold()
    exact = [f for f in factors if f["name"].casefold() == wanted or f["id"] == ref]
    prefix = [f for f in factors if f["name"].casefold().startswith(wanted)]
    found = exact or prefix
    if len(found) != 1:
        names = ", ".join(f"{i}={f['name']}" for i, f in enumerate(factors, start=1))
        raise InvalidInput("sessions.cli.bad_factor", ref=ref, factors=names)
    return found[0]["id"]


def _pairs(values: tuple[str, ...], option: str) -> list[tuple[str, str]]:
    from workbench.errors import InvalidInput

    pairs = []
    for value in values:
        if "=" not in value:
            raise InvalidInput("sessions.cli.bad_pair", option=option, value=value)
        key, _, rest = value.partition("=")
        pairs.append((key.strip(), rest.strip()))
    return pairs


def _int(value: str, option: str) -> int:
    from workbench.errors import InvalidInput

    try:
        return int(value)
    except ValueError:
        raise InvalidInput("sessions.cli.bad_number", option=option, value=value) from None


@click.group(name="sessions", cls=FriendlyGroup)
def group() -> None:
    """Sounding-board sessions: set up, take ballots, close, show and export results."""


@click.command(name="ballot")
@click.argument("session")
@pass_context
def ballot_command(context, session: str) -> None:
    """Open the ballot (kiosk for members) of SESSION; leaving needs the PIN."""
    from workbench import access
    from workbench.errors import AccessDenied
    from workbench.sessions import model as sessions

    store = context.store()
    row = sessions.find_session(store, session)
    if not access.has_pin(store):  # a kiosk nobody can lock needs a PIN first
        raise AccessDenied("error.no_pin_set")
    from workbench.tui.app import workshop_language
    from workbench.tui.kiosk.ballot_app import run_ballot

    run_ballot(store, row["id"],
               language=context.lang if context.explicit_lang else workshop_language(store))


@group.command(name="list")
@pass_context
def list_command(context) -> None:
    """List the sessions, newest first."""
    from workbench.sessions import model as sessions

    rows = sessions.list_sessions(context.reader())
    if not rows:
        echo(t("sessions.cli.none"))
    for row in rows:
        echo(t("sessions.cli.line", name=row["name"],
                     practice=row["practice_name"] or t("sessions.across_practices"),
                     state=t(f"sessions.state.{row['state']}"), n=row["n_confirmed"],
                     factors=row["n_factors"]))


@group.command(name="create")
@click.argument("name")
@click.option("--practice", default=None, help="Practice (name or id); omit for a session "
              "across practices.")


@click.option("--factor", "factor_names", multiple=True,
              help="A factor to present (repeatable; default: all of the practice).")


@click.option("--method", type=click.Choice(["dots", "ranking", "both"]), default="both",
              show_default=True, help="How participants set priorities.")


@click.option("--dots", "dot_budget", type=int, default=None,
              help="Dots per participant (default: a quarter of the factors, at least 1).")


@click.option("--quorum", type=int, default=5, show_default=True,
              help="How many people must take part for the results to count.")


@click.option("--rate-elements", is_flag=True, help="Also rate each element.")
@click.option("--date", "held_on", default=None,
              help="Date of the meeting, e.g. 2025-03-12 (default: today).")


@click.option("--open", "open_now", is_flag=True, help="Open it right away.")
@pass_context
def create(context, name: str, practice: str | None, factor_names: tuple[str, ...],
           method: str, dot_budget: int | None, quorum: int, rate_elements: bool,
           held_on: str | None, open_now: bool) -> None:
    """Create a session NAME (a draft until it is opened)."""
    from datetime import date

    from workbench import workshop
    from workbench.sessions import model as sessions

    if held_on is None:
        held_on = date.today().isoformat()
    else:
        try:
            held_on = date.fromisoformat(held_on.strip()).isoformat()
        except ValueError:
            from workbench.errors import InvalidInput

            raise InvalidInput("safety.bad_date", value=held_on) from None

    store = context.store()
    practice_id = workshop.find_practice(store, practice)["id"] if practice else None
    factor_ids = None
    if factor_names:
        candidates = store.all("SELECT * FROM factors ORDER BY position, name")
        if practice_id:
            candidates = [f for f in candidates if f["practice_id"] in (practice_id, None)]
        factor_ids = [_factor_ref(candidates, ref) for ref in factor_names]
    session_id = sessions.create_session(
        store, name, practice_id=practice_id, factor_ids=factor_ids,
        priority_method=method, dot_budget=dot_budget, quorum=quorum,
        rate_elements=rate_elements, held_on=held_on)
    if open_now:
        sessions.open_session(store, session_id)
    session = sessions.get_session(store, session_id)
    echo(t("sessions.cli.created", name=session["name"],
                 factors=len(sessions.session_factors(store, session_id)),
                 budget=session["dot_budget"], quorum=session["quorum"],
                 state=t(f"sessions.state.{session['state']}")))


@group.command(name="open")
@click.argument("session")
@pass_context
def open_command(context, session: str) -> None:
    """Open SESSION for check-in and ballots."""
    from workbench.sessions import model as sessions

    store = context.store()
    row = sessions.find_session(store, session)
    sessions.open_session(store, row["id"])
    echo(t("sessions.cli.opened", name=row["name"]))


@group.command(name="close")
@click.argument("session")
@pass_context
def close_command(context, session: str) -> None:
    """Close SESSION: read-only from now on; results are revealed."""
    from workbench.sessions import model as sessions

    store = context.store()
    row = sessions.find_session(store, session)
    left = sessions.close_session(store, row["id"])
    results = sessions.session_results(store, row["id"])
    echo(t("sessions.cli.closed", name=row["name"], n=results.n_participants))
    if left:
        echo(t("sessions.report.unconfirmed", n=left))
    if results.below_quorum:
        echo(t("sessions.below_quorum_note", n=results.n_participants,
                     quorum=results.quorum))


@group.command(name="reveal")
@click.argument("session")
@click.option("--hide", is_flag=True, help="Hide the results again (open sessions only).")
@pass_context
def reveal_command(context, session: str, hide: bool) -> None:
    """Reveal (or hide) the results of SESSION."""
    from workbench.sessions import model as sessions

    store = context.store()
    row = sessions.find_session(store, session)
    sessions.reveal(store, row["id"], not hide)
    echo(t("sessions.cli.hidden" if hide else "sessions.cli.revealed", name=row["name"]))


@group.command(name="results")
@click.argument("session")
@pass_context
def results_command(context, session: str) -> None:
    """Show the results of SESSION (once revealed): priorities and recognition."""
    from workbench.sessions import model as sessions
    from workbench.sessions.report import report
    from workbench.textsafe import inert

    store = context.reader()
    row = sessions.find_session(store, session)
    sessions.require_revealed(row)
    echo(inert(report(sessions.session_results(store, row["id"]))))


def _export(context, session: str, out: Path, fmt: str | None, force: bool) -> None:
    from workbench.cli.prompts import confirm_overwrite
    from workbench.sessions import model as sessions

    store = context.reader()
    row = sessions.find_session(store, session)
    sessions.require_revealed(row)
    confirm_overwrite(out, force)
    path = sessions.export_results(store, row["id"], out, fmt)
    echo(t("cli.exported", path=str(path)))


@group.command(name="export")
@click.argument("session")
@click.argument("out", type=click.Path(path_type=Path, dir_okay=False))
@click.option("--format", "fmt", type=click.Choice(["csv", "json"]), default=None,
              help="Default: from the file extension.")


@click.option("--force", is_flag=True, help="Overwrite OUT when it exists.")
@pass_context
def export_command(context, session: str, out: Path, fmt: str | None, force: bool) -> None:
    """Write the results of SESSION to OUT (.csv: one row per factor; .json: all)."""
    _export(context, session, out, fmt, force)


@click.command(name="session")
@click.argument("session")
@click.argument("out", type=click.Path(path_type=Path, dir_okay=False))
@click.option("--format", "fmt", type=click.Choice(["csv", "json"]), default=None)
@click.option("--force", is_flag=True, help="Overwrite OUT when it exists.")
@pass_context
def export_session(context, session: str, out: Path, fmt: str | None, force: bool) -> None:
    """Write the results of a sounding-board SESSION to OUT (CSV or JSON)."""
    _export(context, session, out, fmt, force)


@group.command(name="vote")
@click.argument("session")
@click.option("--as", "label", default="", help="Pseudonym; empty for an anonymous code.")
@click.option("--role", default="", help="parent, caregiver, volunteer, professional, ...")
@click.option("--rate", multiple=True, metavar="FACTOR=1..5|na",
              help="Recognition of a factor (number in the list or name).")


@click.option("--reason", multiple=True, metavar="FACTOR=TEXT", help="Why.")
@click.option("--add", "adds", multiple=True, metavar="FACTOR=TEXT", help="An addition.")
@click.option("--dot", "dot_pairs", multiple=True, metavar="FACTOR=N", help="Dots.")
@click.option("--rank", default="", metavar="F1,F2,...", help="Ranking, most important "
              "first.")


@click.option("--no-confirm", is_flag=True, help="Save without confirming.")
@pass_context
def vote(context, session: str, label: str, role: str, rate: tuple[str, ...],
         reason: tuple[str, ...], adds: tuple[str, ...], dot_pairs: tuple[str, ...],
         rank: str, no_confirm: bool) -> None:
    """Cast one participant's ballot in SESSION, all at once."""
    from workbench.sessions import ballots
    from workbench.sessions import model as sessions
    from workbench.sessions.ballots import Ballot, FactorAnswer

    store = context.store()
    row = sessions.find_session(store, session)
    factors = sessions.session_factors(store, row["id"])
    ballot = Ballot()
    for ref, value in _pairs(rate, "--rate"):
        answer = ballot.answers.setdefault(_factor_ref(factors, ref), FactorAnswer())
        answer.score = None if value.lower() in ("na", "nvt", "n.v.t.") else _int(
            value, "--rate")
    for ref, text in _pairs(reason, "--reason"):
        ballot.answers.setdefault(_factor_ref(factors, ref), FactorAnswer()).reason = text
    for ref, text in _pairs(adds, "--add"):
        ballot.answers.setdefault(_factor_ref(factors, ref), FactorAnswer()).additions.append(
            text)
    for ref, value in _pairs(dot_pairs, "--dot"):
        factor_id = _factor_ref(factors, ref)
        ballot.dots[factor_id] = ballot.dots.get(factor_id, 0) + _int(value, "--dot")
    ballot.ranking = [_factor_ref(factors, ref) for ref in rank.split(",") if ref.strip()]
    ballot_id = ballots.cast(store, row["id"], label or None, ballot, role=role,
                             confirm_now=not no_confirm)
    who = store.scalar(
        "SELECT p.label FROM ballots b JOIN participants p ON p.id = b.participant_id "
        "WHERE b.id = ?", [ballot_id])
    echo(t("sessions.cli.voted" if not no_confirm else "sessions.cli.saved",
                 label=who))


@group.command(name="hands")
@click.argument("session")
@click.option("--count", "counts", multiple=True, metavar="FACTOR=N",
              help="Raised hands for a factor (repeatable).")


@click.option("--kind", type=click.Choice(["priority", "recognition"]), default="priority",
              show_default=True)


@click.option("--present", type=int, default=None, help="How many people are present.")
@pass_context
def hands(context, session: str, counts: tuple[str, ...], kind: str,
          present: int | None) -> None:
    """Enter a show of hands for SESSION."""
    from workbench.sessions import floor as session_floor
    from workbench.sessions import model as sessions

    store = context.store()
    row = sessions.find_session(store, session)
    factors = sessions.session_factors(store, row["id"])
    values = {_factor_ref(factors, ref): _int(v, "--count")
              for ref, v in _pairs(counts, "--count")}
    session_floor.set_hand_counts(store, row["id"], values, kind=kind)
    if present is not None:
        sessions.update_session(store, row["id"], present=present)
    echo(t("sessions.cli.hands_saved", n=len(values), name=row["name"]))


@group.command(name="delete")
@click.argument("session")
@click.option("--yes", is_flag=True, help="Do not ask for confirmation.")
@pin_option
@pass_context
def delete(context, session: str, yes: bool, pin: str | None) -> None:
    """Delete SESSION and its ballots (an automatic backup is made first)."""
    from workbench.cli.common import guard_pin
    from workbench.cli.prompts import ask_yes
    from workbench.sessions import model as sessions

    store = context.store()
    row = sessions.find_session(store, session)
    guard_pin(store, pin)
    if not yes and not ask_yes(t("sessions.cli.delete_ask", name=row["name"])):
        echo(t("sessions.cli.delete_cancelled"))
        return
    sessions.delete_session(store, row["id"])
    echo(t("sessions.cli.deleted", name=row["name"]))
