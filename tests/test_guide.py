"""The practical guide for professionals: content, privacy, pages, tips in the CLI."""

from __future__ import annotations

from datetime import date

import pytest
from click.testing import CliRunner
from posters_data import add_factor, add_quote, practice_id
from pypdf import PdfReader

from workbench import workshop
from workbench.cli import main
from workbench.collect import stories
from workbench.errors import InvalidInput
from workbench.posters import guide
from workbench.posters.printing.guide import page_count, write_guide
from workbench.store import Store

VLINDER = "Speelgroep De Vlinder"
OOST = "Buurthuiskamer Oost"


def fill(store: Store) -> dict[str, str]:
    """Two common factors (linked in both practices), one only in De Vlinder."""
    social = add_factor(store, "Sociale contacten", ["de deur uit komen", "elkaar helpen"],
                        practice=VLINDER, link_id="link-social",
                        description="Ouders vinden elkaar en helpen elkaar.")
    social_oost = add_factor(store, "Sociale contacten", ["samen eten"], practice=OOST,
                             link_id="link-social",
                             description="Ouders vinden elkaar en helpen elkaar.")
    trust = add_factor(store, "Vertrouwen", ["een begeleider die luistert"], practice=VLINDER,
                       link_id="link-trust", type="procedural")
    add_factor(store, "Vertrouwen", ["niemand oordeelt"], practice=OOST, link_id="link-trust")
    only = add_factor(store, "Ruimte voor het kind", ["een eigen hoek"], practice=VLINDER)
    pid = practice_id(store, VLINDER)
    for name in ("Anouk", "Fatma", "Sanne"):
        stories.add_storyteller(store, name, "parent", practice_id=pid, role_label="moeder")
    add_quote(store, social, "Hier heb ik voor het eerst een andere moeder gesproken.",
              pseudonym="Roos", practice=VLINDER)
    add_quote(store, social_oost, "We eten na afloop samen, dat is het mooiste.",
              pseudonym="Latifa", practice=OOST)
    add_quote(store, trust, "Mijn kleinzoon mag hier gewoon zijn wie hij is.",
              pseudonym="Henk", role_label="opa", practice=VLINDER)
    add_quote(store, trust, "Dit wil ik liever niet op papier.", pseudonym="Mila",
              consent=False, practice=VLINDER)
    add_quote(store, only, "Hij rent meteen naar de blokken.", pseudonym="Eva",
              practice=VLINDER)
    return {"social": social, "social_oost": social_oost, "trust": trust, "only": only}


@pytest.fixture
def factors(store):
    return fill(store)


def flat(path) -> list[str]:
    return [" ".join(p.extract_text().split()) for p in PdfReader(path).pages]


@pytest.mark.slow  # long: left out of the quick loop
def test_guide_holds_every_common_factor_its_tips_and_consented_quotes(store, factors,
                                                                       tmp_path):
    guide.add_tip(store, factors["social"], "Vraag bij de intake wie een ouder al kent.")
    # A tip on the other practice's linked factor belongs to the same common factor.
    guide.add_tip(store, factors["social_oost"], "Zet een nieuwe ouder naast een bekende.")
    guide.set_tips(store, factors["trust"], ["Neem tijd voor het eerste gesprek.", "",
                                             "Bel terug wanneer u dat belooft."])
    guide.set_intro(store, "In onze kenniswerkplaats vertelden ouders over de speelgroep.")
    # An unconsented quote stops the guide, as it stops the posters.
    assert guide.guide_plan(store).blocked
    plan = guide.guide_plan(store, skip_unconsented=True, today=date(2025, 11, 4))
    assert [f.poster.name for f in plan.factors] == ["Sociale contacten", "Vertrouwen"]
    path = tmp_path / "handreiking.pdf"
    write_guide(plan, path)
    pages = flat(path)
    assert len(pages) == page_count(plan) == 3 + 2 * 2 + 1
    text = " ".join(pages)
    assert "Handreiking voor professionals" in pages[0]
    assert "In onze kenniswerkplaats vertelden ouders over de speelgroep." in pages[1]
    for name in ("Sociale contacten", "Vertrouwen"):
        assert name in pages[2]  # the factors in short
    # Spreads: the left page has the factor and its quotes, the right page its tips.
    left, right = pages[3], pages[4]
    # The common factor's poster data is one member's (elements) with every member's quotes.
    assert "Sociale contacten" in left and ("de deur uit komen" in left or "samen eten" in left)
    assert "Ouders vinden elkaar en helpen elkaar." in left
    assert "Hier heb ik voor het eerst een andere moeder gesproken." in left
    assert "We eten na afloop samen, dat is het mooiste." in left  # from the other practice
    assert "Wat kunt u als professional doen?" in right
    assert "Vraag bij de intake wie een ouder al kent." in right
    assert "Zet een nieuwe ouder naast een bekende." in right
    assert "Neem tijd voor het eerste gesprek." in pages[6]
    assert "Bel terug wanneer u dat belooft." in pages[6]
    assert "Mijn kleinzoon mag hier gewoon zijn wie hij is." in pages[5]
    # Only consented quotes, and a rare role is printed as the general role.
    assert "Dit wil ik liever niet op papier." not in text
    assert "— opa" not in text and "— ouder" in pages[5]
    # Not a common factor: not in the guide.
    assert "Ruimte voor het kind" not in text and "blokken" not in text
    # The closing page counts how the knowledge was gathered.
    assert "Hoe deze kennis is verzameld" in pages[-1]
    assert "Aantal verhalen: 5." in pages[-1] and "Aantal praktijken: 2." in pages[-1]
    assert "Deze factor is nog niet besproken in een klankbordbijeenkomst." in pages[4]


def test_without_common_factors_the_guide_shows_every_factor(store, tmp_path):
    add_factor(store, "Ruimte voor het kind", ["een eigen hoek"], practice=VLINDER)
    plan = guide.guide_plan(store)
    assert not plan.common and [f.poster.name for f in plan.factors] == ["Ruimte voor het kind"]
    path = tmp_path / "g.pdf"
    write_guide(plan, path)
    pages = flat(path)
    assert len(pages) == page_count(plan) == 6
    assert "Nog geen tips ingevuld." in pages[4]


def test_tips_are_checked_and_removed_by_number(store, factors):
    with pytest.raises(InvalidInput):
        guide.add_tip(store, factors["social"], "   ")
    with pytest.raises(InvalidInput):
        guide.add_tip(store, factors["social"], "x" * 401)
    guide.add_tip(store, factors["social"], "Eerste tip.")
    guide.add_tip(store, factors["social"], "Tweede tip.")
    assert guide.remove_tip(store, factors["social_oost"], 1) == "Eerste tip."
    assert [t["text"] for t in guide.tips(store, factors["social"])] == ["Tweede tip."]


@pytest.fixture
def db(tmp_path):
    path = tmp_path / "kwp.db"
    s = Store.open(path)
    workshop.create_workshop(s, "Kenniswerkplaats Noord")
    workshop.add_practice(s, VLINDER)
    workshop.add_practice(s, OOST)
    fill(s)
    s.close()
    return path


def run(db, *args):
    return CliRunner().invoke(main, ["--db", str(db), *args])


def test_guide_cli_tips_intro_and_pdf(db, tmp_path):
    assert run(db, "guide", "tip", "Sociale contacten", "Vraag naar het netwerk.").exit_code == 0
    assert run(db, "guide", "tip", "Vertrouwen", "Bel terug.").exit_code == 0
    listed = run(db, "guide", "tips")
    assert "Sociale contacten" in listed.output and "1. Vraag naar het netwerk." in listed.output
    assert "Ruimte voor het kind: nog geen tips." in listed.output
    assert run(db, "guide", "intro", "Wij zijn de kenniswerkplaats Noord.").exit_code == 0
    assert "Wij zijn de kenniswerkplaats Noord." in run(db, "guide", "intro").output
    out = tmp_path / "uit" / "handreiking.pdf"
    refused = run(db, "guide", "--out", str(out))
    assert refused.exit_code != 0 and "Traceback" not in refused.output
    assert not out.exists()
    result = run(db, "guide", "--skip-unconsented", "--out", str(out))
    assert result.exit_code == 0, result.output
    assert "8 pagina’s" in result.output
    assert out.stat().st_mode & 0o077 == 0 and out.parent.stat().st_mode & 0o077 == 0
    text = " ".join(flat(out))
    assert "Vraag naar het netwerk." in text and "Bel terug." in text
    assert "Wij zijn de kenniswerkplaats Noord." in text
    removed = run(db, "guide", "untip", "Vertrouwen", "1")
    assert removed.exit_code == 0 and "Bel terug." in removed.output
    missing = run(db, "guide", "untip", "Vertrouwen", "3")
    assert missing.exit_code != 0 and "Er is geen tip nummer 3." in missing.output
