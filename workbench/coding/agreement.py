"""Intercoder agreement for nominal codes: percent agreement, Cohen's κ, Krippendorff's α.

Pure functions over plain Python values, so they can be checked against published worked
examples (tests/test_agreement.py) and used by the CLI, the TUI and exports alike.

Conventions shared by all three:

* A label is any hashable value (a code id, ``True``/``False`` for "code applied", a
  frozenset of code ids). ``None`` means *missing*: that coder did not judge that unit.
* A value is only informative when it can be paired with another coder's value for the
  same unit. Units with fewer than two values are left out (Krippendorff calls them
  "not pairable").
* When a figure is mathematically undefined the result is ``float("nan")``, never a
  made-up 0 or 1: with no pairable units at all, or when every coder used one and the same
  label everywhere (no variation: expected disagreement is zero, so α and κ are 0/0).
  Callers show NaN as "not defined" (see ``is_defined``). Percent agreement is still
  defined in the second case (it is 1.0), which is why the comparison shows it beside them.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Hashable, Sequence

Label = Hashable


def is_defined(value: float | None) -> bool:
    """True for a real number, False for None or NaN (an undefined agreement figure)."""
    return value is not None and not math.isnan(value)


def _pairs(a: Sequence[Label | None], b: Sequence[Label | None]) -> list[tuple[Label, Label]]:
    if len(a) != len(b):
        raise ValueError(f"Both coders must judge the same units ({len(a)} != {len(b)}).")
    return [(x, y) for x, y in zip(a, b, strict=True) if x is not None and y is not None]


def cohen_kappa(a: Sequence[Label | None], b: Sequence[Label | None]) -> float:
    """Cohen's κ for two coders who judged the same units (``a[i]`` and ``b[i]``).

    κ = (p_o − p_e) / (1 − p_e), with p_o the observed share of agreement and p_e the
    agreement expected from each coder's own label frequencies. Units where either coder
    has ``None`` (missing) are left out. Returns NaN when no unit remains, or when
    p_e = 1 (both coders used one and the same label for every unit).
    """
    pairs = _pairs(a, b)
    n = len(pairs)
    if n == 0:
        return math.nan
    observed = sum(1 for x, y in pairs if x == y) / n
    first = Counter(x for x, _ in pairs)
    second = Counter(y for _, y in pairs)
    expected = sum(first[label] * second[label] for label in first) / (n * n)
    if expected == 1:
        return math.nan
    return (observed - expected) / (1 - expected)


def krippendorff_alpha(units: Sequence[Sequence[Label | None]]) -> float:
    """Krippendorff's α for nominal data, any number of coders, missing values allowed.

    ``units`` holds one list per unit with one label (or ``None`` for missing) per coder.
    Built on the coincidence matrix (Krippendorff 2011, "Computing Krippendorff's
    Alpha-Reliability"): each unit with m ≥ 2 values adds every ordered pair of its values
    with weight 1/(m − 1). With n the number of pairable values, n_c how often label c
    occurs among them and o_cc the coincidences of c with itself:

        α = ((n − 1) Σ o_cc − Σ n_c (n_c − 1)) / (n (n − 1) − Σ n_c (n_c − 1))

    Returns NaN when fewer than two pairable values exist or when all pairable values are
    the same label (no variation).
    """
    agree = 0.0  # Σ_c o_cc
    totals: Counter[Label] = Counter()  # n_c
    for unit in units:
        values = [v for v in unit if v is not None]
        m = len(values)
        if m < 2:
            continue
        counts = Counter(values)
        totals.update(counts)
        # ordered pairs of equal values inside the unit: n_uc (n_uc − 1) for each label
        agree += sum(k * (k - 1) for k in counts.values()) / (m - 1)
    n = sum(totals.values())
    if n < 2:
        return math.nan
    chance = sum(k * (k - 1) for k in totals.values())
    denominator = n * (n - 1) - chance
    if denominator == 0:
        return math.nan
    return ((n - 1) * agree - chance) / denominator


def percent_agreement(units: Sequence[Sequence[Label | None]]) -> float:
    """Share of pairable units (two or more values) on which every coder gave the same label.

    For two coders this is the usual observed agreement p_o. Returns NaN without any
    pairable unit.
    """
    judged = [[v for v in unit if v is not None] for unit in units]
    pairable = [values for values in judged if len(values) >= 2]
    if not pairable:
        return math.nan
    return sum(1 for values in pairable if len(set(values)) == 1) / len(pairable)
