"""What a quote reads like on paper: Dutch quotation marks, placeholders, rare roles."""

from __future__ import annotations

from pathlib import Path

import pytest
from posters_data import add_factor, add_quote, practice_id
from pypdf import PdfReader

from workbench.collect import stories
from workbench.posters.model import PrintOptions, plan
from workbench.posters.printing import print_plan
from workbench.posters.quotes import dutch_quote_marks, plain_placeholders, shorten

VLINDER = "Speelgroep De Vlinder"


def flat_text(path: Path) -> str:
    return " ".join(" ".join(p.extract_text() for p in PdfReader(path).pages).split())


@pytest.mark.parametrize(("stored", "printed"), [
    ('Daar komen oproepjes in, maar ook gewoon "wie gaat er mee naar de markt?".',
     "Daar komen oproepjes in, maar ook gewoon ‘wie gaat er mee naar de markt?’"),
    ("“Ze zei “kom maar” en ik ging.”", "Ze zei ‘kom maar’ en ik ging."),
    ('"Gewoon zo."', "Gewoon zo."),
    ("Het is 's avonds druk..", "Het is ’s avonds druk."),
    ("Ik dacht: „mag dat wel?”. Ja dus.", "Ik dacht: ‘mag dat wel?’ Ja dus."),
])
def test_dutch_quote_marks(stored, printed):
    assert dutch_quote_marks(stored) == printed


@pytest.mark.parametrize(("stored", "printed"), [
    ("[naam vrijwilliger] zet de koffie klaar.", "De vrijwilliger zet de koffie klaar."),
    ("Ik bel [naam begeleider] als het niet gaat.", "Ik bel de begeleider als het niet gaat."),
    ("Mijn zoon [naam kind] speelt buiten.", "Mijn zoon speelt buiten."),
    ("Met mijn [naam kind] naar [plaats].", "Met mijn kind naar de woonplaats."),
    ("Toen kwam [naam kind] binnen.", "Toen kwam het kind binnen."),
    ("Dat zei [naam] ook.", "Dat zei iemand ook."),
    ("Hij lachte [verteller lacht].", "Hij lachte [verteller lacht]."),  # not a placeholder
])
def test_placeholders_in_plain_words(stored, printed):
    assert plain_placeholders(stored) == printed


def test_shortening_keeps_whole_words_and_marks_the_cut():
    text = "Eerst durfde ik niet. " + "Daarna ging het steeds beter met mij en de kinderen. " * 5
    short = shorten(text, 120)
    assert len(short) <= 120 and short.endswith("…")
    assert text.startswith(short[:-1])  # cut after a whole word or sentence


@pytest.fixture
def quoted(store):
    factor = add_factor(store, "Sociale contacten", ["Even de deur uit"], practice=VLINDER)
    add_quote(store, factor, 'Daar komen oproepjes in, maar ook gewoon "wie gaat er mee naar '
              'de markt?". [naam vrijwilliger] zet de koffie klaar.', pseudonym="Roos",
              practice=VLINDER)
    return factor


def test_nested_quotes_and_placeholders_on_the_printed_poster(store, quoted, tmp_path):
    result = print_plan(store, plan(store, PrintOptions(practice=VLINDER)), tmp_path / "a")
    text = flat_text(result.files[0])
    assert ("“Daar komen oproepjes in, maar ook gewoon ‘wie gaat er mee naar de markt?’ "
            "De vrijwilliger zet de koffie klaar.”") in text
    assert "[naam" not in text and '"' not in text and "?’." not in text


def test_the_facilitator_can_keep_placeholders(store, quoted, tmp_path):
    options = PrintOptions(practice=VLINDER, keep_placeholders=True)
    result = print_plan(store, plan(store, options), tmp_path / "b")
    assert "[naam vrijwilliger] zet de koffie klaar." in flat_text(result.files[0])


@pytest.fixture
def roles(store):
    """Three mothers, one grandfather, one family coach in De Vlinder."""
    return _roles(store)


def _roles(store):
    pid = practice_id(store, VLINDER)
    for name in ("Anouk", "Fatma"):
        stories.add_storyteller(store, name, "parent", practice_id=pid, role_label="moeder")
    factor = add_factor(store, "Herkenning", ["Je bent niet de enige"], practice=VLINDER)
    add_quote(store, factor, "Hier hoef ik me niet groot te houden.", pseudonym="Roos",
              practice=VLINDER)
    add_quote(store, factor, "Mijn kleindochter kent hier iedereen.", pseudonym="Henk",
              role_label="opa", practice=VLINDER)
    add_quote(store, factor, "Ik zie ouders elkaar opzoeken.", pseudonym="Ilse",
              role="professional", role_label="gezinscoach", practice=VLINDER)
    return factor


def test_rare_roles_are_printed_as_the_general_role(store, roles, tmp_path):
    the_plan = plan(store, PrintOptions(practice=VLINDER))
    signatures = [q.signature for q in the_plan.posters[0].quotes]
    # Three mothers stay "moeder"; the only grandfather becomes "ouder"; the only
    # professional cannot even be "professional" and becomes "deelnemer".
    assert signatures == ["moeder", "ouder", "deelnemer"]
    changes = {(c.original, c.printed) for c in the_plan.role_changes}
    assert changes == {("opa", "ouder"), ("gezinscoach", "deelnemer")}
    result = print_plan(store, the_plan, tmp_path / "c")
    text = flat_text(result.files[0])
    assert "— opa" not in text and "— gezinscoach" not in text and "— ouder" in text


def test_the_facilitator_can_allow_rare_roles_or_set_the_number(store, roles):
    allowed = plan(store, PrintOptions(practice=VLINDER, allow_rare_roles=True))
    assert [q.signature for q in allowed.posters[0].quotes] == ["moeder", "opa", "gezinscoach"]
    assert allowed.role_changes == []
    strict = plan(store, PrintOptions(practice=VLINDER, role_threshold=3))
    assert [q.signature for q in strict.posters[0].quotes][0] == "ouder"


def test_the_cli_lists_every_role_change(tmp_path):
    from click.testing import CliRunner

    from workbench import workshop
    from workbench.cli import main
    from workbench.store import Store

    db = tmp_path / "kwp.db"
    s = Store.open(db)
    workshop.create_workshop(s, "Kenniswerkplaats Noord")
    workshop.add_practice(s, VLINDER)
    _roles(s)
    s.close()
    out = tmp_path / "d"
    result = CliRunner().invoke(main, ["--db", str(db), "posters", "--practice",
                                       VLINDER, "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert "“opa” wordt “ouder”" in result.output
    assert "“gezinscoach” wordt “deelnemer”" in result.output
    allowed = CliRunner().invoke(main, ["--db", str(db), "posters", "--practice",
                                        VLINDER, "--allow-rare-roles", "--out", str(out)])
    assert allowed.exit_code == 0 and "wordt" not in allowed.output


def test_emoji_in_a_quote_are_left_out_and_reported(store, tmp_path):
    from click.testing import CliRunner

    from workbench import workshop
    from workbench.cli import main
    from workbench.store import Store

    factor = add_factor(store, "Blij", ["lachen"], practice=VLINDER)
    add_quote(store, factor, "Ik was zo blij 😀 echt waar.", pseudonym="Roos", practice=VLINDER)
    the_plan = plan(store, PrintOptions(practice=VLINDER))
    assert the_plan.emoji_removed == {"Blij": {"😀"}}
    assert the_plan.posters[0].quotes[0].text == "Ik was zo blij echt waar."
    assert "Blij" not in the_plan.missing_characters
    db = tmp_path / "kwp.db"
    s = Store.open(db)
    workshop.create_workshop(s, "Kenniswerkplaats Noord")
    workshop.add_practice(s, VLINDER)
    f = add_factor(s, "Blij", ["lachen"], practice=VLINDER)
    add_quote(s, f, "Ik was zo blij 😀 echt waar.", pseudonym="Roos", practice=VLINDER)
    s.close()
    result = CliRunner().invoke(main, ["--db", str(db), "posters", "--out",
                                       str(tmp_path / "out")])
    assert result.exit_code == 0, result.output
    assert "Blij: emoji weggelaten (ze printen als lege vakjes): 😀" in result.output
    assert "Ik was zo blij echt waar." in flat_text(tmp_path / "out" / "01-blij.pdf")
