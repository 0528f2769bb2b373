"""Calibration sessions: fixed sentence units, blind coding, comparison figures."""

from __future__ import annotations

import math

import pytest

from workbench import workshop
from workbench.coding import calibration, codebook
from workbench.coding.agreement import cohen_kappa, krippendorff_alpha
from workbench.collect import stories
from workbench.errors import Conflict, InvalidInput, NotFound


def _texts(text: str) -> list[str]:
    return [text[s:e] for s, e in calibration.split_sentences(text)]


def test_split_dutch_sentences_with_exact_offsets():
    text = ("Ik kom elke week, bijv. op dinsdag. Mevr. J. de Vries helpt ons o.a. met brieven! "
            "Waarom? Weet ik niet…\n\nnieuwe alinea zonder hoofdletter. en dan nog iets")
    assert _texts(text) == [
        "Ik kom elke week, bijv. op dinsdag.",
        "Mevr. J. de Vries helpt ons o.a. met brieven!",
        "Waarom?",
        "Weet ik niet…",
        "nieuwe alinea zonder hoofdletter.",
        "en dan nog iets",
    ]
    for start, end in calibration.split_sentences(text):
        assert text[start:end] == text[start:end].strip() and end > start


def test_split_keeps_pauses_quotes_and_decimals():
    text = 'Toen zei ze: "Kom maar." Het kost 2.50 euro... maar dat is oké. Echt?!'
    assert _texts(text) == ['Toen zei ze: "Kom maar."', "Het kost 2.50 euro... maar dat is oké.",
                            "Echt?!"]
    assert _texts("") == [] and _texts("   \n\n ") == []
    assert _texts("geen punt aan het eind") == ["geen punt aan het eind"]


@pytest.fixture
def session(store):
    practice = workshop.practices(store)[0]["id"]
    ids = []
    for name, text in (
        ("Amal", "Ik kom graag. Het is gezellig. We helpen elkaar."),
        ("Joke", "De kinderen spelen samen. Ik leer veel van anderen."),
    ):
        teller = stories.add_storyteller(store, name, "parent", practice_id=practice)
        ids.append(stories.add_story(store, storyteller_id=teller, practice_id=practice, text=text))
    codes = {n: codebook.add_code(store, n) for n in ("Gezelligheid", "Elkaar helpen", "Tips")}
    cal = calibration.create_calibration(store, "Ronde 1", ids, ["Lisa", "Omar"])
    return store, cal, codes


def test_units_are_fixed_sentences_of_the_chosen_stories(session):
    store, cal, _ = session
    units = calibration.units(store, cal)
    assert [u["text"] for u in units] == [
        "Ik kom graag.", "Het is gezellig.", "We helpen elkaar.",
        "De kinderen spelen samen.", "Ik leer veel van anderen.",
    ]
    assert [u["position"] for u in units] == [1, 2, 3, 4, 5]
    assert units[0]["pseudonym"] == "Amal"


def test_needs_two_coders_a_name_and_stories(store):
    with pytest.raises(InvalidInput):
        calibration.create_calibration(store, "R", ["x"], ["Lisa", " lisa ".strip().title()])
    with pytest.raises(InvalidInput):
        calibration.create_calibration(store, "R", [], ["Lisa", "Omar"])
    with pytest.raises(InvalidInput):
        calibration.create_calibration(store, " ", ["x"], ["Lisa", "Omar"])
    with pytest.raises(NotFound):
        calibration.create_calibration(store, "R", ["nope"], ["Lisa", "Omar"])
    assert store.scalar("SELECT count(*) FROM calibrations") == 0


def test_coders_work_blind_until_the_comparison_is_opened(session):
    store, cal, codes = session
    units = calibration.units(store, cal)
    calibration.judge(store, cal, units[0]["id"], "Lisa", [codes["Gezelligheid"]])
    calibration.judge(store, cal, units[0]["id"], "Omar", [codes["Tips"]])
    mine = calibration.my_judgements(store, cal, "Lisa")
    assert mine == {units[0]["id"]: [codes["Gezelligheid"]]}
    assert calibration.my_judgements(store, cal, "Omar") == {units[0]["id"]: [codes["Tips"]]}
    with pytest.raises(Conflict):
        calibration.compare(store, cal)
    with pytest.raises(Conflict) as error:
        calibration.open_comparison(store, cal)
    assert "Lisa" in error.value.message() and "Omar" in error.value.message()
    calibration.mark_done(store, cal, "Lisa")
    calibration.mark_done(store, cal, "Omar")
    calibration.open_comparison(store, cal)
    assert calibration.compare(store, cal).coders == ["Lisa", "Omar"]
    # frozen after opening
    with pytest.raises(Conflict):
        calibration.judge(store, cal, units[1]["id"], "Lisa", [])


def test_only_listed_coders_may_judge(session):
    store, cal, codes = session
    unit = calibration.units(store, cal)[0]["id"]
    with pytest.raises(NotFound):
        calibration.judge(store, cal, unit, "Iemand anders", [codes["Tips"]])


def test_rejudging_replaces_and_none_means_no_code(session):
    store, cal, codes = session
    unit = calibration.units(store, cal)[0]["id"]
    calibration.judge(store, cal, unit, "Lisa", [codes["Tips"], codes["Gezelligheid"]])
    calibration.judge(store, cal, unit, "Lisa", [])
    assert calibration.my_judgements(store, cal, "Lisa") == {unit: []}
    calibration.clear_judgement(store, cal, unit, "Lisa")
    assert calibration.my_judgements(store, cal, "Lisa") == {}


def test_comparison_figures_overall_and_per_code(session):
    store, cal, codes = session
    g, h, t = codes["Gezelligheid"], codes["Elkaar helpen"], codes["Tips"]
    u = [x["id"] for x in calibration.units(store, cal)]
    lisa = {u[0]: [], u[1]: [g], u[2]: [h], u[3]: [], u[4]: [t]}
    omar = {u[0]: [], u[1]: [g], u[2]: [h, t], u[3]: [g], u[4]: [t]}
    for coder, judgements in (("Lisa", lisa), ("Omar", omar)):
        for unit, code_ids in judgements.items():
            calibration.judge(store, cal, unit, coder, code_ids)
    calibration.open_comparison(store, cal, force=True)
    result = calibration.compare(store, cal)
    # overall: labels are the sets of codes; units 3 and 4 differ → 3 of 5 agree
    assert result.overall.percent == pytest.approx(0.6)
    a = ["-", "g", "h", "-", "t"]
    b = ["-", "g", "ht", "g", "t"]
    assert result.overall.kappa == pytest.approx(cohen_kappa(a, b))
    assert result.overall.alpha == pytest.approx(krippendorff_alpha(list(zip(a, b, strict=True))))
    assert result.overall.units == 5
    per = {c.name: c for c in result.per_code}
    assert set(per) == {"Gezelligheid", "Elkaar helpen", "Tips"}
    # Gezelligheid: Lisa 0,1,0,0,0 / Omar 0,1,0,1,0 → 4/5 agree
    assert per["Gezelligheid"].figures.percent == pytest.approx(0.8)
    assert per["Gezelligheid"].given == {"Lisa": 1, "Omar": 2}
    # Elkaar helpen: identical → κ = α = 1
    assert per["Elkaar helpen"].figures.kappa == pytest.approx(1.0)
    assert per["Elkaar helpen"].figures.alpha == pytest.approx(1.0)
    assert [row.text for row in result.disagreements] == [
        "We helpen elkaar.", "De kinderen spelen samen."]
    row = result.disagreements[0]
    assert row.labels == {"Lisa": ["Elkaar helpen"], "Omar": ["Elkaar helpen", "Tips"]}


def test_three_coders_missing_values_no_kappa(store):
    practice = workshop.practices(store)[0]["id"]
    teller = stories.add_storyteller(store, "Amal", "parent", practice_id=practice)
    story = stories.add_story(store, storyteller_id=teller, practice_id=practice,
                              text="Een. Twee. Drie. Vier.")
    code = codebook.add_code(store, "X")
    cal = calibration.create_calibration(store, "R", [story], ["A", "B", "C"])
    u = [x["id"] for x in calibration.units(store, cal)]
    for coder, given in (("A", [1, 1, 0, 0]), ("B", [1, 1, 0, None]), ("C", [1, 0, 0, None])):
        for unit, value in zip(u, given, strict=True):
            if value is not None:
                calibration.judge(store, cal, unit, coder, [code] if value else [])
    calibration.open_comparison(store, cal, force=True)
    result = calibration.compare(store, cal)
    assert result.overall.kappa is None
    assert result.overall.units == 3  # unit 4 was judged by A only
    expected = krippendorff_alpha([[1, 1, 1], [1, 1, 0], [0, 0, 0], [0, None, None]])
    assert result.per_code[0].figures.alpha == pytest.approx(expected)
    assert result.rows[3].labels == {"A": [], "B": None, "C": None}


def test_nobody_coded_anything_gives_undefined_figures(session):
    store, cal, _ = session
    calibration.open_comparison(store, cal, force=True)
    result = calibration.compare(store, cal)
    assert math.isnan(result.overall.alpha) and result.per_code == []
