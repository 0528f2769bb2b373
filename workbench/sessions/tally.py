"""Tallies of a sounding-board session, as plain functions so the rules can be checked by hand.

Everything here works on raw ballots (what each participant said) and never on stored
totals, so any tally can be recomputed from the database at any time.

The rules:

* **Dots** (``dots``): each participant spreads a budget of dots over the factors; a
  factor's score is the sum of its dots.
* **Borda count** (``borda``): with *n* options, a ranking's first place scores *n-1*, the
  next *n-2*, and so on down to 0 for the last place; an option a (partial) ranking leaves
  out scores 0 on that ranking. A factor's score is the sum over all rankings.
* **Approval** (``approval``): how many participants named a factor at all (gave it at
  least one dot, or put it in their ranking).
* **Recognition** (``recognition``): ratings on a 5-point scale from 1 "herken ik niet" to
  5 "herken ik helemaal"; ``None`` means "not applicable" and is counted apart, never as
  a score.
* **Ties** (``ranked``, ``positions``): equal scores share a place ("1, 2, 2, 4"); nothing
  breaks a tie behind the user's back.
"""

from __future__ import annotations

import math
import statistics
from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass, field

SCALE: tuple[int, ...] = (1, 2, 3, 4, 5)
# Scores closer than this are the same score (Borda sums are whole numbers, but callers
# may pass averages).
_TIE_TOLERANCE = 1e-9


@dataclass(frozen=True)
class Recognition:
    """How a group recognised one factor or element.

    ``n`` counts ratings on the scale; ``n_na`` counts "not applicable" apart. ``mean`` and
    ``median`` are ``None`` when nobody gave a rating on the scale.
    """

    n: int
    n_na: int
    mean: float | None
    median: float | None
    distribution: dict[int, int] = field(default_factory=lambda: {s: 0 for s in SCALE})

    @property
    def total(self) -> int:
        """Everybody who answered, "not applicable" included."""
        return self.n + self.n_na

    @property
    def recognised(self) -> int:
        """Ratings of 4 or 5: people who (largely or fully) recognise it."""
        return self.distribution.get(4, 0) + self.distribution.get(5, 0)

    def as_dict(self) -> dict[str, object]:
        return {
            "n": self.n,
            "n_na": self.n_na,
            "mean": self.mean,
            "median": self.median,
            "distribution": {str(k): v for k, v in self.distribution.items()},
        }


def recognition(ratings: Sequence[int | None]) -> Recognition:
    """Summarise recognition ratings (1-5, ``None`` = not applicable).

    >>> r = recognition([5, 4, 4, None, 2])
    >>> (r.n, r.n_na, r.mean, r.median, r.distribution[4])
    (4, 1, 3.75, 4.0, 2)
    """
    scores: list[int] = []
    n_na = 0
    for rating in ratings:
        if rating is None:
            n_na += 1
            continue
        if isinstance(rating, bool) or rating not in SCALE:
            raise ValueError(f"recognition rating must be 1-5 or None, got {rating!r}")
        scores.append(int(rating))
    distribution = {s: 0 for s in SCALE}
    for score in scores:
        distribution[score] += 1
    if not scores:
        return Recognition(0, n_na, None, None, distribution)
    return Recognition(
        n=len(scores),
        n_na=n_na,
        mean=statistics.fmean(scores),
        median=float(statistics.median(scores)),
        distribution=distribution,
    )


def dots(
    ballots: Sequence[Mapping[str, int]], options: Iterable[str] | None = None
) -> dict[str, int]:
    """Total dots per option. Options named in ``options`` but given no dots score 0.

    >>> dots([{"a": 2, "b": 1}, {"b": 3}], options=["a", "b", "c"])
    {'a': 2, 'b': 4, 'c': 0}
    """
    totals: dict[str, int] = {option: 0 for option in options or ()}
    for ballot in ballots:
        for option, count in ballot.items():
            if (isinstance(count, bool) or not isinstance(count, (int, float))
                    or not math.isfinite(count) or int(count) != count or count < 0):
                raise ValueError(f"dots must be whole numbers of 0 or more, got {count!r}")
            totals[option] = totals.get(option, 0) + int(count)
    return totals


def borda(rankings: Sequence[Sequence[str]], options: Sequence[str]) -> dict[str, float]:
    """Borda count: first place scores n-1, next n-2, ...; unranked options score 0.

    ``n`` is the number of ``options``, also for partial rankings, so a first place is
    worth the same on every ballot.

    >>> borda([["a", "b", "c"], ["b"]], ["a", "b", "c"])
    {'a': 2.0, 'b': 3.0, 'c': 0.0}
    """
    n = len(options)
    known = set(options)
    if len(known) != n:
        raise ValueError("options must be distinct")
    scores: dict[str, float] = {option: 0.0 for option in options}
    for ranking in rankings:
        if len(set(ranking)) != len(ranking):
            raise ValueError(f"a ranking names an option twice: {list(ranking)!r}")
        for place, option in enumerate(ranking):
            if option not in known:
                raise ValueError(f"ranking names an unknown option: {option!r}")
            scores[option] += float(n - 1 - place)
    return scores


def approval(
    ballots: Sequence[Collection[str]], options: Iterable[str] | None = None
) -> dict[str, int]:
    """How many ballots name each option (a ballot naming it twice still counts once).

    >>> approval([{"a", "b"}, {"b"}], options=["a", "b", "c"])
    {'a': 1, 'b': 2, 'c': 0}
    """
    counts: dict[str, int] = {option: 0 for option in options or ()}
    for ballot in ballots:
        for option in set(ballot):
            counts[option] = counts.get(option, 0) + 1
    return counts


def ranked(scores: Mapping[str, float], *, descending: bool = True) -> list[list[str]]:
    """Options grouped by equal score, best group first. A group of two or more is a tie.

    Within a group the options keep the order of ``scores`` so the caller decides how
    tied options are listed (e.g. in the order the factors were presented).

    >>> ranked({"a": 3, "b": 5, "c": 3})
    [['b'], ['a', 'c']]
    """
    order = sorted(scores, key=lambda o: scores[o], reverse=descending)
    groups: list[list[str]] = []
    last: float | None = None
    for option in order:
        value = float(scores[option])
        if last is not None and math.isclose(value, last, abs_tol=_TIE_TOLERANCE):
            groups[-1].append(option)
        else:
            groups.append([option])
        last = value
    # sorted() is stable, but keep the caller's order inside a tie explicitly
    position = {option: i for i, option in enumerate(scores)}
    return [sorted(group, key=position.__getitem__) for group in groups]


def positions(scores: Mapping[str, float], *, descending: bool = True) -> dict[str, int]:
    """Each option's place, ties sharing the best place ("1, 2, 2, 4").

    >>> positions({"a": 3, "b": 5, "c": 3, "d": 1})
    {'b': 1, 'a': 2, 'c': 2, 'd': 4}
    """
    places: dict[str, int] = {}
    place = 1
    for group in ranked(scores, descending=descending):
        for option in group:
            places[option] = place
        place += len(group)
    return places


def ties(scores: Mapping[str, float]) -> list[list[str]]:
    """Only the groups of options that share a score."""
    return [group for group in ranked(scores) if len(group) > 1]


def borda_rule(n_options: int, language: str | None = None) -> str:
    """The Borda rule in words, printed with every result that uses it."""
    from workbench.i18n import t

    return t("tally.borda_rule", language, n=n_options, top=max(n_options - 1, 0))


def dots_rule(budget: int, language: str | None = None) -> str:
    """The dot rule in words."""
    from workbench.i18n import t

    return t("tally.dots_rule", language, budget=budget)


def scale_label(score: int | None, language: str | None = None) -> str:
    """The words of a recognition score: 1 "herken ik niet" ... 5 "herken ik helemaal"."""
    from workbench.i18n import t

    return t("tally.scale.na" if score is None else f"tally.scale.{score}", language)


def default_dot_budget(n_factors: int) -> int:
    """About a quarter of the factors, at least 1 (5 factors -> 1, 8 -> 2, 10 -> 2 (2.5
    rounds to even), 12 -> 3)."""
    return max(1, round(n_factors / 4))
