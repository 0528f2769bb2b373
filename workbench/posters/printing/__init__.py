"""Printing posters, the symposium bundle and the handout as PDF files.

``print_plan(store, plan, out_dir)`` writes what a ``workbench.posters.model.plan`` chose, one
file at a time with progress and a way to stop, and records the run in ``poster_runs``
(the home screen counts it). It refuses a plan with quotes that may not print.
reportlab is imported only when something is actually printed.
"""

from __future__ import annotations

import os
import re
import unicodedata
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from workbench.errors import Conflict, InvalidInput, NotFound
from workbench.posters.model import PosterData, PosterPlan
from workbench.store import Store, new_id, now

if TYPE_CHECKING:
    from workbench.posters.printing.poster import Fit

BUNDLE_FILE = "symposium.pdf"
HANDOUT_FILE = "handout.pdf"

Progress = Callable[[int, int, str], None]


@dataclass
class PrintResult:
    """What a print run wrote."""

    files: list[Path] = field(default_factory=list)
    posters: int = 0
    cancelled: bool = False
    run_id: str | None = None
    notes: list[str] = field(default_factory=list)  # quotes shortened or left out for room


def slug(text: str, limit: int = 48) -> str:
    """A file-name-safe version of ``text``: 'Één keer “samen”' -> 'een-keer-samen'."""
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    words = re.sub(r"[^a-z0-9]+", "-", plain.lower()).strip("-")
    return words[:limit].rstrip("-") or "factor"


def poster_file_names(posters: list[PosterData]) -> list[str]:
    """Numbered, unique file names; the practice is added where a name occurs twice."""
    counts = Counter(p.name.casefold() for p in posters)
    names = []
    for number, poster in enumerate(posters, start=1):
        base = slug(poster.name)
        if counts[poster.name.casefold()] > 1 and poster.practice:
            base = f"{base}-{slug(poster.practice, 32)}"
        names.append(f"{number:02d}-{base}.pdf")
    return names


def print_plan(
    store: Store,
    plan: PosterPlan,
    out_dir: Path,
    *,
    bundle: bool = False,
    handout: bool = False,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
    today: date | None = None,
) -> PrintResult:
    """Write the plan's posters (and optionally the bundle and handout) into ``out_dir``."""
    from workbench.posters.printing.documents import write_bundle, write_handout, write_poster

    if plan.problems:
        raise Conflict("posters.error.blocked", n=len(plan.problems))
    if not plan.posters:
        raise NotFound("posters.error.nothing")
    _prepare(out_dir)
    options = plan.options
    day = today or (plan.posters[0].printed_on if plan.posters else date.today())
    total = len(plan.posters) + int(bundle) + int(handout)
    result = PrintResult()
    say = progress or (lambda _done, _total, _label: None)
    stop = cancelled or (lambda: False)
    for done, (poster, name) in enumerate(
        zip(plan.posters, poster_file_names(plan.posters), strict=True), start=1
    ):
        if stop():
            result.cancelled = True
            break
        path = out_dir / name
        fit = write_poster(poster, path, size=options.size, landscape=options.landscape,
                           language=options.language)
        result.notes += _fit_notes(poster, fit, options.language)
        result.files.append(path)
        result.posters += 1
        say(done, total, poster.name)
    done = result.posters
    extras = [(bundle, BUNDLE_FILE), (handout, HANDOUT_FILE)]
    for wanted, name in extras:
        if not wanted or result.cancelled:
            continue
        if stop():
            result.cancelled = True
            break
        path = out_dir / name
        if name == BUNDLE_FILE:
            write_bundle(plan.posters, path, workshop=plan.workshop, size=options.size,
                         landscape=options.landscape, language=options.language, today=day)
        else:
            write_handout(plan.posters, path, workshop=plan.workshop,
                          language=options.language, today=day)
        result.files.append(path)
        done += 1
        say(done, total, name)
    if result.posters:
        result.run_id = record_run(store, out_dir, options.size, options.landscape,
                                   result.posters)
    return result


def _fit_notes(poster: PosterData, fit: Fit | None, language: str) -> list[str]:
    """What the layout had to do to fit the page: quotes shortened or left out."""
    from workbench.i18n import t

    if fit is None:
        return []
    notes = []
    kept = poster.quotes[: fit.quotes]
    shortened = sum(1 for q in kept if len(" ".join(q.text.split())) > fit.limit)
    if shortened:
        notes.append(t("posters.note_shortened", language, factor=poster.name, n=shortened))
    if fit.quotes < len(poster.quotes):
        notes.append(t("posters.note_left_out", language, factor=poster.name,
                       n=len(poster.quotes) - fit.quotes))
    return notes


def _prepare(out_dir: Path) -> None:
    if out_dir.exists() and not out_dir.is_dir():
        raise InvalidInput("posters.error.out_not_dir", path=str(out_dir))
    try:
        if not out_dir.exists():
            # posters carry quotes from stories: a new folder is the owner's only
            out_dir.mkdir(mode=0o700, parents=True)
            os.chmod(out_dir, 0o700)
    except OSError as error:
        raise InvalidInput("posters.error.out_dir", path=str(out_dir),
                           reason=error.strerror or str(error)) from error


def prepare_file(path: Path) -> None:
    """Make sure ``path`` can be written: its folder exists (owner-only when made here)."""
    if path.exists() and path.is_dir():
        raise InvalidInput("posters.error.out_not_file", path=str(path))
    _prepare(path.parent if str(path.parent) else Path("."))


def record_run(store: Store, out_dir: Path, size: str, landscape: bool, count: int) -> str:
    """Note a print run, so the home screen can count the posters printed."""
    run_id = new_id()
    store.table("poster_runs").insert({
        "id": run_id,
        "out_dir": str(out_dir),
        "size": f"{size}-landscape" if landscape else size,
        "count": count,
        "created_at": now(),
    })
    return run_id
