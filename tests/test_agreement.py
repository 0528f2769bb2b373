"""Agreement figures checked against published worked examples.

Sources:
- Krippendorff, K. (2011). "Computing Krippendorff's Alpha-Reliability". University of
  Pennsylvania, Annenberg School for Communication, Departmental Papers 43. Worked examples
  A (binary, two observers), B (nominal, two observers) and C (nominal, four observers,
  missing data): α = 0.095, 0.692 and 0.743.
- Wikipedia, "Cohen's kappa", section "Simple example" (50 grant proposals read by two
  readers: κ = 0.4) and "Same percentages but different numbers" (κ = 0.1304 and 0.2593).
"""

from __future__ import annotations

import math
import random

import pytest

from workbench.coding.agreement import (
    cohen_kappa,
    is_defined,
    krippendorff_alpha,
    percent_agreement,
)

# Krippendorff (2011), example C: 4 observers x 12 units, "*" (missing) as None.
KRIPPENDORFF_C = {
    "A": [1, 2, 3, 3, 2, 1, 4, 1, 2, None, None, None],
    "B": [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, None, 3],
    "C": [None, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, None],
    "D": [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, None],
}


def _units(table: dict[str, list]) -> list[list]:
    return [list(values) for values in zip(*table.values(), strict=True)]


def test_krippendorff_example_c_missing_data_four_observers():
    # By hand: unit 12 has one value and is not pairable, so n = 40 pairable values.
    # Σ o_cc (coincidences within units, weighted 1/(m_u-1)):
    #   u1 3 + u2 2 + u3 4 + u4 4 + u5 4 + u6 0 + u7 4 + u8 2 + u9 4 + u10 3 + u11 2 = 32
    # n_c: "1"=9, "2"=13, "3"=10, "4"=5, "5"=3; Σ n_c(n_c-1) = 72+156+90+20+6 = 344
    # α = (39·32 − 344) / (40·39 − 344) = 904 / 1216 = 0.7434  (paper: α = 0.743)
    alpha = krippendorff_alpha(_units(KRIPPENDORFF_C))
    assert alpha == pytest.approx(904 / 1216)
    assert round(alpha, 3) == 0.743


def test_krippendorff_example_a_binary_two_observers():
    # n = 20 values; o_00 = 10, o_11 = 2; n_0 = 14, n_1 = 6
    # α = (19·12 − (14·13 + 6·5)) / (20·19 − 212) = 16 / 168 = 0.095  (paper: 0.095)
    a = [0, 1, 0, 0, 0, 0, 0, 0, 1, 0]
    b = [1, 1, 1, 0, 0, 1, 0, 0, 0, 0]
    alpha = krippendorff_alpha(_units({"A": a, "B": b}))
    assert alpha == pytest.approx(16 / 168)
    assert round(alpha, 3) == 0.095


def test_krippendorff_example_b_nominal_two_observers():
    # 9 of 12 units agree: Σ o_cc = 18, n = 24; n_a=4, n_b=6, n_c=6, n_d=6, n_e=2
    # α = (23·18 − 104) / (24·23 − 104) = 310 / 448 = 0.692  (paper: 0.692)
    a = list("aabbdcccedda")
    b = list("babbbccceddd")
    alpha = krippendorff_alpha(_units({"A": a, "B": b}))
    assert alpha == pytest.approx(310 / 448)
    assert round(alpha, 3) == 0.692


def _from_table(yes_yes: int, yes_no: int, no_yes: int, no_no: int) -> tuple[list, list]:
    """Two coders' labels from a 2x2 table (rows: coder A yes/no, columns: coder B yes/no)."""
    a = ["yes"] * (yes_yes + yes_no) + ["no"] * (no_yes + no_no)
    b = ["yes"] * yes_yes + ["no"] * yes_no + ["yes"] * no_yes + ["no"] * no_no
    return a, b


def test_cohen_kappa_wikipedia_simple_example():
    # 50 proposals: both yes 20, A yes/B no 5, A no/B yes 10, both no 15.
    # p_o = 35/50 = 0.7; A says yes 25/50, B says yes 30/50
    # p_e = 0.5·0.6 + 0.5·0.4 = 0.5; κ = (0.7 − 0.5)/(1 − 0.5) = 0.4
    a, b = _from_table(20, 5, 10, 15)
    assert cohen_kappa(a, b) == pytest.approx(0.4)


@pytest.mark.parametrize(
    ("table", "kappa"),
    [
        # p_o = 0.6, p_e = 0.6·0.7 + 0.4·0.3 = 0.54, κ = 0.06/0.46 = 0.1304
        ((45, 15, 25, 15), 0.1304),
        # p_o = 0.6, p_e = 0.6·0.3 + 0.4·0.7 = 0.46, κ = 0.14/0.54 = 0.2593
        ((25, 35, 5, 35), 0.2593),
    ],
)
def test_cohen_kappa_wikipedia_same_percentages_different_numbers(table, kappa):
    a, b = _from_table(*table)
    assert percent_agreement(_units({"A": a, "B": b})) == pytest.approx(0.6)
    assert cohen_kappa(a, b) == pytest.approx(kappa, abs=5e-5)


@pytest.mark.slow  # long: left out of the quick loop
def test_cohen_kappa_matches_scikit_learn_on_random_nominal_data():
    from sklearn.metrics import cohen_kappa_score

    rng = random.Random(4)
    for _ in range(20):
        a = [rng.choice("abcd") for _ in range(40)]
        b = [x if rng.random() < 0.6 else rng.choice("abcd") for x in a]
        assert cohen_kappa(a, b) == pytest.approx(cohen_kappa_score(a, b))


def test_cohen_kappa_leaves_out_units_with_a_missing_value():
    a, b = _from_table(20, 5, 10, 15)
    assert cohen_kappa(a + [None, "yes"], b + ["no", None]) == pytest.approx(0.4)


def test_cohen_kappa_needs_the_same_units():
    with pytest.raises(ValueError):
        cohen_kappa(["a", "b"], ["a"])


def test_perfect_agreement_with_variation_is_one():
    a = ["x", "y", "z", "x"]
    assert cohen_kappa(a, list(a)) == pytest.approx(1.0)
    assert krippendorff_alpha(_units({"A": a, "B": a, "C": a})) == pytest.approx(1.0)
    assert percent_agreement(_units({"A": a, "B": a})) == 1.0


def test_no_variation_is_undefined_not_zero_or_one():
    # Everyone used the same label everywhere: expected disagreement is 0, so κ and α are
    # 0/0. Percent agreement is still 1.0.
    same = ["x"] * 5
    assert math.isnan(cohen_kappa(same, same))
    assert math.isnan(krippendorff_alpha(_units({"A": same, "B": same})))
    assert percent_agreement(_units({"A": same, "B": same})) == 1.0
    assert not is_defined(cohen_kappa(same, same))
    assert is_defined(0.0)


def test_nothing_pairable_is_undefined():
    assert math.isnan(cohen_kappa([None, "a"], ["b", None]))
    assert math.isnan(krippendorff_alpha([["a", None], [None, "b"], []]))
    assert math.isnan(percent_agreement([["a", None]]))
    assert math.isnan(krippendorff_alpha([]))


def test_systematic_disagreement_is_negative():
    a = ["x", "y"] * 5
    b = ["y", "x"] * 5
    assert cohen_kappa(a, b) == pytest.approx(-1.0)
    assert krippendorff_alpha(_units({"A": a, "B": b})) < 0
