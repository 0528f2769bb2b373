"""Posters: the printed PDFs hold the factor, its elements and its quotes, on the right paper."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from posters_data import add_factor, add_quote, practice_id
from pypdf import PdfReader

from workbench import workshop
from workbench.collect import withdrawal
from workbench.collect.stories import record_consent
from workbench.errors import Conflict, InvalidInput, NotFound
from workbench.posters.model import (
    PosterData,
    PrintOptions,
    Quote,
    plan,
)
from workbench.posters.printing import poster_file_names, print_plan, slug
from workbench.posters.printing.documents import write_poster
from workbench.posters.results import PosterResults, RankedFactor
from workbench.sessions import model as sessions
from workbench.sessions.ballots import Ballot, FactorAnswer, cast

DUTCH = "Ze zeiden: ‘kom maar’ en “blijf” – één café, geïnteresseerd, overmorgen óók…"
VLINDER = "Speelgroep De Vlinder"
OOST = "Buurthuiskamer Oost"


def text_of(path: Path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


def flat(text: str) -> str:
    """PDF text with line breaks undone, so wrapped sentences can be found whole."""
    return " ".join(text.split())


def sample_results(**changes) -> PosterResults:
    values = dict(
        session_name="Klankbord De Vlinder", held_on="2025-03-12", participants=7,
        below_quorum=False, quorum=5, distribution=(0, 1, 1, 3, 2), n=7, n_na=1, mean=3.86,
        median=4.0, dots=9, borda=20.0, rank=2, n_factors=3, priority_basis="dots",
        ranking=(RankedFactor("Samen koken", 12, rank=1),
                 RankedFactor("Sociale contacten", 9, True, rank=2),
                 RankedFactor("Vertrouwen", 2, rank=3)),
    )
    values.update(changes)
    return PosterResults(**values)


def sample_poster(**changes) -> PosterData:
    values = dict(
        factor_id="f1", workshop="Kenniswerkplaats Noord", name="Sociale contacten",
        type="substantive",
        elements=("Even de deur uit", "Gezelligheid en samen lachen", "Elkaar helpen"),
        quotes=(Quote("Hier heb ik voor het eerst een andere moeder gesproken.", "moeder"),),
        practices=(OOST, VLINDER), common=True, practice=VLINDER, results=sample_results(),
        printed_on=date(2025, 6, 3),
    )
    values.update(changes)
    return PosterData(**values)


@pytest.fixture
def wall(store):
    """A linked factor in both practices (common), one more in De Vlinder, with quotes."""
    social = add_factor(store, "Sociale contacten", ["Even de deur uit", "Gezelligheid"],
                        practice=VLINDER, link_id="link-social")
    add_factor(store, "Sociale contacten", ["Samen eten na afloop"], practice=OOST,
               link_id="link-social")
    trust = add_factor(store, "Vertrouwen in de begeleiding", ["Ze luistert echt"],
                       practice=VLINDER, type="procedural")
    add_quote(store, social, "Hier heb ik voor het eerst gepraat met een andere moeder.",
              pseudonym="Roos", practice=VLINDER)
    add_quote(store, trust, "De juf belt als er iets is, dat geeft rust.", pseudonym="Karim",
              role="volunteer", role_label="", practice=VLINDER)
    return {"social": social, "trust": trust}


def test_poster_pdf_holds_name_elements_quotes_and_metadata(store, wall, tmp_path):
    # One storyteller per role here: the re-identification guard is switched off.
    the_plan = plan(store, PrintOptions(practice=VLINDER, allow_rare_roles=True))
    assert not the_plan.blocked
    result = print_plan(store, the_plan, tmp_path / "out")
    assert [p.name for p in result.files] == ["01-sociale-contacten.pdf",
                                             "02-vertrouwen-in-de-begeleiding.pdf"]
    first = text_of(result.files[0])
    for expected in ("Test-werkplaats", "Sociale contacten", "Even de deur uit", "Gezelligheid",
                     "Hier heb ik voor het eerst gepraat met een andere moeder.", "— moeder",
                     "Gemeenschappelijke factor", "Inhoudelijke werkzame factor",
                     "Buurthuiskamer Oost, Speelgroep De Vlinder", "Geprint op"):
        assert expected in flat(first), expected
    second = flat(text_of(result.files[1]))
    # No role label: the role word, in the poster's language.
    assert "— vrijwilliger" in second and "Procesmatige werkzame factor" in second
    assert "Gemeenschappelijke factor" not in second
    meta = PdfReader(result.files[0]).metadata
    assert meta.title == "Sociale contacten"
    assert meta.author == "Test-werkplaats"
    assert "werkzame factor" in meta.subject and VLINDER in meta.subject


@pytest.mark.parametrize("size", ["A4", "A3", "A2", "A1", "A0"])
@pytest.mark.parametrize("landscape", [False, True])
@pytest.mark.slow  # long: left out of the quick loop
def test_page_size_and_orientation(tmp_path, size, landscape):
    from reportlab.lib import pagesizes

    path = tmp_path / "poster.pdf"
    write_poster(sample_poster(), path, size=size, landscape=landscape, language="nl")
    reader = PdfReader(path)
    assert len(reader.pages) == 1
    box = reader.pages[0].mediabox
    short, long_ = sorted(getattr(pagesizes, size))
    width, height = float(box.width), float(box.height)
    expected = (long_, short) if landscape else (short, long_)
    assert (width, height) == pytest.approx(expected, abs=0.5)
    assert "Sociale contacten" in text_of(path)


def test_three_hundred_word_element_list_fits_on_one_a4_page(tmp_path):
    words = [f"woord{i}" for i in range(300)]
    elements = tuple(" ".join(words[i:i + 25]) for i in range(0, 300, 25))
    poster = sample_poster(elements=elements)
    path = tmp_path / "long.pdf"
    write_poster(poster, path, size="A4", landscape=False, language="nl")
    reader = PdfReader(path)
    assert len(reader.pages) == 1
    text = flat(text_of(path))
    printed = set(text.split())
    assert [w for w in words if w not in printed] == []  # every word printed, none cut off
    assert "Herkenning" in text and "Geprint op 3 juni 2025" in text


def test_text_shrinks_to_fit_rather_than_overflow():
    from workbench.posters.printing.look import page_size
    from workbench.posters.printing.poster import fit_poster

    page = page_size("A4", False)
    long_list = sample_poster(elements=tuple("lang element " * 20 for _ in range(12)))
    # Shrunk to a smaller body size that fits, not cut off and not spilling over.
    assert fit_poster(long_list, page, "nl")[1].body < 1.0
    short = sample_poster(elements=("Samen",))
    assert fit_poster(short, page, "nl")[1].body >= 1.6  # a short list is printed large


def test_a_factor_without_quotes_or_votes_still_prints(tmp_path):
    path = tmp_path / "bare.pdf"
    write_poster(sample_poster(quotes=(), results=None, common=False, practices=()), path,
                 size="A3", landscape=True, language="nl")
    text = flat(text_of(path))
    assert "Sociale contacten" in text and "Even de deur uit" in text
    assert "Nog niet besproken in een klankbordbijeenkomst." in text
    assert "Uit de verhalen" not in text


def test_results_below_quorum_are_marked(tmp_path):
    path = tmp_path / "quorum.pdf"
    write_poster(sample_poster(results=sample_results(below_quorum=True, participants=3)),
                 path, size="A4", landscape=False, language="nl")
    text = flat(text_of(path))
    assert "Onder het quorum: 3 deelnemers, nodig waren er 5." in text
    assert "Herkenning" in text and "Prioriteit" in text and "plaats 2 van 3" in text
    assert "gemiddeld 3,9" in text


def test_dutch_characters_print_with_an_embedded_truetype_font(tmp_path):
    path = tmp_path / "dutch.pdf"
    write_poster(sample_poster(name="Één café", elements=(DUTCH,),
                               quotes=(Quote(DUTCH, "moeder"),)),
                 path, size="A4", landscape=False, language="nl")
    text = flat(text_of(path))
    assert DUTCH in text and "Één café" in text
    fonts = set()
    for page in PdfReader(path).pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            descriptor = font.get("/FontDescriptor")
            if descriptor is not None:
                fonts.add(("/FontFile2" in descriptor.get_object(), str(font["/BaseFont"])))
    assert fonts and all(embedded for embedded, _ in fonts)


def test_characters_the_font_lacks_are_reported(store):
    add_factor(store, "Samen 中文 leren", ["Een element met ☃"], practice=VLINDER)
    the_plan = plan(store, PrintOptions())
    assert {"中", "文"} <= the_plan.missing_characters["Samen 中文 leren"]
    assert "Sociale contacten" not in the_plan.missing_characters


def test_markup_in_user_text_stays_literal(tmp_path):
    path = tmp_path / "markup.pdf"
    element = "<b>vet</b> & <font size=80>groot</font>"
    write_poster(sample_poster(elements=(element,)), path, size="A4", landscape=False,
                 language="nl")
    assert element in flat(text_of(path))


def test_english_posters(store, wall, tmp_path):
    the_plan = plan(store, PrintOptions(practice=VLINDER, language="en", allow_rare_roles=True))
    result = print_plan(store, the_plan, tmp_path)
    text = flat(text_of(result.files[0]))
    assert "Common factor" in text and "Characteristic elements" in text
    assert "— moeder" in text  # the role label the workshop typed stays as written
    assert "— volunteer" in flat(text_of(result.files[1]))


def test_unconsented_withdrawn_and_unchecked_quotes_never_print(store, wall, tmp_path):
    social = wall["social"]
    secret = {
        "no consent": "Dit wil ik niet op een poster zien staan.",
        "withdrawn": "Mijn buurvrouw weet niet dat ik hier kom.",
        "merged tombstone": "Dit verhaal is op een andere laptop teruggetrokken.",
        "unchecked": "Samira van de overkant hielp mij met de formulieren.",
        "consent taken back": "Eerst mocht het wel, nu liever niet meer.",
    }
    add_quote(store, social, secret["no consent"], pseudonym="Anouk", consent=False,
              practice=VLINDER)
    add_quote(store, wall["trust"], secret["withdrawn"], pseudonym="Hatice", practice=VLINDER)
    gone = add_quote(store, wall["trust"], secret["merged tombstone"], pseudonym="Ilse",
                     practice=VLINDER)
    add_quote(store, social, secret["unchecked"], pseudonym="Ymke", checked=False,
              practice=VLINDER)
    later = add_quote(store, wall["trust"], secret["consent taken back"], pseudonym="Noor",
                      practice=VLINDER)
    record_consent(store, later["storyteller"], store_story=True, quotes=False,
                   method="verbal")
    withdrawal.withdraw(store, "Hatice")
    # A tombstone that arrived with a merge while the story is still here.
    withdrawal.record_tombstone(store, gone["storyteller"])

    refused = plan(store, PrintOptions())
    reasons = sorted(p.reason for p in refused.problems)
    assert reasons == ["no_consent", "no_consent", "not_checked", "withdrawn"]
    lines = "\n".join(p.describe() for p in refused.problems)
    assert "Anouk" in lines and "toestemming" in lines
    with pytest.raises(Conflict):
        print_plan(store, refused, tmp_path / "refused", bundle=True, handout=True)
    assert not (tmp_path / "refused").exists() or not any((tmp_path / "refused").iterdir())

    skipped = plan(store, PrintOptions(skip_unconsented=True))
    assert not skipped.problems and len(skipped.left_out) == 4
    result = print_plan(store, skipped, tmp_path / "out", bundle=True, handout=True)
    everything = " ".join(flat(text_of(path)) for path in result.files)
    assert "Hier heb ik voor het eerst gepraat met een andere moeder." in everything
    assert "De juf belt als er iets is, dat geeft rust." in everything
    for text in secret.values():
        assert text not in everything
    for path in result.files:
        raw = path.read_bytes()
        assert b"Samira" not in raw and b"buurvrouw" not in raw


def test_a_quote_whose_story_changed_is_held_back(store, wall):
    ids = add_quote(store, wall["trust"], "Fatma zei dat ik mocht blijven.", pseudonym="Lale",
                    practice=VLINDER)
    # An older copy in the fragment than in the story: the name was removed later.
    store.db.execute("UPDATE stories SET text = replace(text, 'Fatma', '[naam]') WHERE id = ?",
                     [ids["story"]])
    refused = plan(store, PrintOptions(factors=(wall["trust"],)))
    assert [p.reason for p in refused.problems] == ["changed"]


def test_common_factors_give_one_poster_per_group(store, wall):
    common = plan(store, PrintOptions(common=True))
    assert [(p.name, p.common, p.practice) for p in common.posters] == [
        ("Sociale contacten", True, "")]
    assert common.posters[0].practices == (OOST, VLINDER)
    with pytest.raises(InvalidInput):
        plan(store, PrintOptions(common=True, practice=VLINDER))


def test_choosing_factors_by_name_or_id(store, wall):
    by_name = plan(store, PrintOptions(factors=("vertrouwen in de begeleiding",)))
    assert [p.factor_id for p in by_name.posters] == [wall["trust"]]
    by_id = plan(store, PrintOptions(factors=(wall["social"][:8],)))
    assert [p.factor_id for p in by_id.posters] == [wall["social"]]
    with pytest.raises(NotFound):
        plan(store, PrintOptions(factors=("bestaat niet",)))
    with pytest.raises(InvalidInput):
        plan(store, PrintOptions(size="A5"))


def test_file_names_are_unique_and_plain():
    posters = [sample_poster(name="Sociale contacten", practice=VLINDER),
               sample_poster(name="Sociale contacten", practice=OOST),
               sample_poster(name="Één “café” / thuis?", practice=OOST)]
    assert poster_file_names(posters) == [
        "01-sociale-contacten-speelgroep-de-vlinder.pdf",
        "02-sociale-contacten-buurthuiskamer-oost.pdf",
        "03-een-cafe-thuis.pdf",
    ]
    assert slug("???") == "factor"


def test_latest_closed_session_results_reach_the_poster(store, wall, tmp_path):
    social, trust = wall["social"], wall["trust"]
    session = sessions.create_session(store, "Klankbord voorjaar",
                                      practice_id=practice_id(store, VLINDER),
                                      factor_ids=[social, trust], priority_method="dots",
                                      dot_budget=2, quorum=5, held_on="2025-03-12")
    sessions.open_session(store, session)
    for label, (score_social, score_trust), dots in (
        ("A", (5, 3), {social: 2}), ("B", (4, 2), {social: 1, trust: 1}),
        ("C", (4, None), {trust: 2}),
    ):
        cast(store, session, label, Ballot(
            answers={social: FactorAnswer(score=score_social),
                     trust: FactorAnswer(score=score_trust)}, dots=dots))
    sessions.close_session(store, session)
    the_plan = plan(store, PrintOptions(factors=(social,)))
    results = the_plan.posters[0].results
    assert results is not None
    assert results.distribution == (0, 0, 0, 2, 1) and results.participants == 3
    assert results.below_quorum and results.rank == 1
    assert [r.name for r in results.ranking] == ["Sociale contacten",
                                                 "Vertrouwen in de begeleiding"]
    path = print_plan(store, the_plan, tmp_path).files[0]
    text = flat(text_of(path))
    assert "Klankbord voorjaar" in text and "12 maart 2025" in text
    assert "Onder het quorum" in text and "plaats 1 van 2" in text


def test_print_run_is_recorded_and_counted(store, wall, tmp_path):
    result = print_plan(store, plan(store, PrintOptions(size="A2", landscape=True)), tmp_path)
    assert result.posters == 3
    row = store.one("SELECT * FROM poster_runs")
    assert row["count"] == 3 and row["size"] == "A2-landscape"
    assert row["out_dir"] == str(tmp_path)
    assert workshop.counts(store).posters == 3


def test_printing_can_be_stopped_and_leaves_only_whole_files(store, wall, tmp_path):
    done = []
    result = print_plan(store, plan(store, PrintOptions()), tmp_path,
                        progress=lambda n, total, label: done.append((n, total)),
                        cancelled=lambda: len(done) >= 1)
    assert result.cancelled and result.posters == 1
    assert sorted(p.name for p in tmp_path.iterdir()) == [result.files[0].name]
    assert done == [(1, 3)]


def test_bundle_has_cover_overview_by_priority_and_every_poster(tmp_path):
    from workbench.posters.printing.documents import write_bundle, write_handout

    first = sample_poster(name="Vertrouwen", results=sample_results(rank=1))
    second = sample_poster(name="Sociale contacten", results=sample_results(rank=2))
    unvoted = sample_poster(name="Rust in de groep", results=None, common=False)
    path = tmp_path / "bundle.pdf"
    write_bundle([second, unvoted, first], path, workshop="KWP Noord", size="A3",
                 landscape=False, language="nl", today=date(2025, 6, 3))
    reader = PdfReader(path)
    pages = [flat(p.extract_text()) for p in reader.pages]
    assert len(pages) == 2 + 3
    assert "Werkzame factoren" in pages[0] and "3 werkzame factoren" in pages[0]
    overview = pages[1]
    assert overview.index("Vertrouwen") < overview.index("Sociale contacten") < \
        overview.index("Rust in de groep")
    assert "Even de deur uit" in overview
    assert all(float(p.mediabox.height) > float(p.mediabox.width) for p in reader.pages)
    assert reader.metadata.author == "KWP Noord" and reader.metadata.subject
    handout = tmp_path / "handout.pdf"
    write_handout([second, unvoted, first], handout, workshop="KWP Noord", language="nl",
                  today=date(2025, 6, 3))
    hreader = PdfReader(handout)
    box = hreader.pages[0].mediabox
    assert (float(box.width), float(box.height)) == pytest.approx((595.3, 841.9), abs=0.5)
    htext = flat(text_of(handout))
    assert htext.index("Vertrouwen") < htext.index("Sociale contacten")
    assert "Hier heb ik voor het eerst een andere moeder gesproken." in htext
