"""The poster layout measured on real PDFs: margins, type floor, fill, fonts, metadata.

Every paper size in both orientations, for a crowded poster (15 elements, three quotes of
600 characters) and a light one (three elements, one short quote).
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pdfplumber
import pytest
from posters_stress import QUOTES, light_poster, stress_poster
from pypdf import PdfReader

from workbench.posters.printing.documents import write_bundle, write_handout, write_poster
from workbench.posters.printing.look import page_size, type_floor
from workbench.posters.printing.poster import frame_box, margins

pytestmark = pytest.mark.slow  # many PDFs rendered and inspected

SIZES = ("A4", "A3", "A2", "A1", "A0")
CASES = [(size, landscape) for size in SIZES for landscape in (False, True)]


def measure(path: Path, size: str, landscape: bool) -> dict:
    page = page_size(size, landscape)
    margin, footer = margins(page)
    x, y, width, height = frame_box(page)
    with pdfplumber.open(path) as pdf:
        assert len(pdf.pages) == 1
        chars = pdf.pages[0].chars
    top_of_footer = page[1] - margin - footer  # pdfplumber measures from the top
    body = [c for c in chars if c["bottom"] <= top_of_footer + 0.5]
    return {
        "page": page,
        "margin": margin,
        "chars": chars,
        "outside": [c["text"] for c in chars
                    if c["x0"] < margin - 0.5 or c["x1"] > page[0] - margin + 0.5
                    or c["top"] < margin - 0.5 or c["bottom"] > page[1] - margin + 0.5],
        "smallest": min(c["size"] for c in chars),
        "fill": (max(c["bottom"] for c in body) - margin) / height,
        "italic_sizes": {round(c["size"], 2) for c in chars if "Oblique" in c["fontname"]
                         and c["text"].isalpha()},
        "text": "".join(c["text"] for c in chars),
    }


def element_size(chars: list[dict], element: str) -> float:
    """The type size of the characters of ``element`` (its first letters, upright)."""
    text = "".join(c["text"] for c in chars)
    at = text.index(element)
    return chars[at]["size"]


@pytest.mark.parametrize(("size", "landscape"), CASES)
def test_stress_poster_fits_with_floor_and_fills_the_page(tmp_path, size, landscape):
    path = tmp_path / "stress.pdf"
    write_poster(stress_poster(), path, size=size, landscape=landscape, language="nl")
    m = measure(path, size, landscape)
    assert m["outside"] == []
    floor = type_floor(m["page"])
    assert m["smallest"] >= floor - 0.01, (m["smallest"], floor)
    assert m["fill"] >= 0.70, m["fill"]
    # Quotes are never set smaller than the elements.
    body = element_size(m["chars"], "samen boodschappen doen")
    assert m["italic_sizes"] and min(m["italic_sizes"]) >= body - 0.01
    # Every element is printed; long quotes are shortened with … rather than shrunk.
    for element in stress_poster().elements:
        assert element.replace(" ", "") in m["text"].replace(" ", "")
    assert "…" in m["text"]
    assert len(QUOTES[0].text) == 600 or len(QUOTES[0].text) >= 590  # the data keeps all


@pytest.mark.parametrize(("size", "landscape"), CASES)
def test_light_poster_is_set_large_and_fills_the_page(tmp_path, size, landscape):
    path = tmp_path / "light.pdf"
    write_poster(light_poster(), path, size=size, landscape=landscape, language="nl")
    m = measure(path, size, landscape)
    assert m["outside"] == []
    assert m["smallest"] >= type_floor(m["page"]) - 0.01
    assert m["fill"] >= 0.70, m["fill"]
    # A short list is printed large: well above the floor.
    assert element_size(m["chars"], "een eigen hoek") >= 2 * type_floor(m["page"])
    assert "Hij rent meteen naar de blokken." in m["text"].replace("\u00a0", " ") or \
        "Hijrentmeteennaardeblokken." in m["text"].replace(" ", "")


def test_quotes_are_shortened_not_shrunk_on_a4_landscape(tmp_path):
    path = tmp_path / "a4.pdf"
    write_poster(stress_poster(), path, size="A4", landscape=True, language="nl")
    m = measure(path, "A4", True)
    assert min(m["italic_sizes"]) >= 9 - 0.01
    text = m["text"].replace(" ", "")
    assert text.count("…") >= 3  # every 600-character quote shortened
    assert "Eerstdurfdeikniet" in text


def test_the_practice_is_on_a_per_practice_poster(tmp_path):
    path = tmp_path / "p.pdf"
    write_poster(stress_poster(), path, size="A3", landscape=False, language="nl")
    text = " ".join(PdfReader(path).pages[0].extract_text().split())
    assert "Praktijk: Speelgroep De Vlinder" in text


def test_priority_in_plain_words_without_bare_scores(tmp_path):
    path = tmp_path / "p.pdf"
    write_poster(stress_poster(), path, size="A3", landscape=False, language="nl")
    text = " ".join(PdfReader(path).pages[0].extract_text().split())
    assert "plaats 2 van 6" in text
    assert "Borda" not in text and "rangorde" not in text
    assert "De deelnemers zetten de factoren op volgorde." in text
    # The highlighted label is printed whole, and no bare scores stand beside the bars.
    assert "2. Sociale contacten" in text
    for score in ("34", "31", "26", "22"):
        assert f" {score} " not in f" {text} "


def test_only_embedded_fonts_and_metadata_in_every_file(tmp_path):
    poster = tmp_path / "poster.pdf"
    bundle = tmp_path / "bundle.pdf"
    handout = tmp_path / "handout.pdf"
    write_poster(stress_poster(), poster, size="A3", landscape=True, language="nl")
    write_bundle([stress_poster(), light_poster()], bundle, workshop="Kenniswerkplaats Zuid",
                 size="A3", landscape=False, language="nl", today=stress_poster().printed_on)
    write_handout([stress_poster(), light_poster()], handout,
                  workshop="Kenniswerkplaats Zuid", language="nl",
                  today=stress_poster().printed_on)
    for path in (poster, bundle, handout):
        reader = PdfReader(path)
        fonts = set()
        for page in reader.pages:
            for font in page["/Resources"]["/Font"].values():
                font = font.get_object()
                descriptor = font.get("/FontDescriptor")
                embedded = descriptor is not None and any(
                    k in descriptor.get_object() for k in ("/FontFile", "/FontFile2",
                                                           "/FontFile3"))
                fonts.add((str(font["/BaseFont"]), embedded))
        assert fonts and all(embedded for _, embedded in fonts), fonts
        assert not any("Helvetica" in name for name, _ in fonts)
        info = reader.metadata
        assert info.title and info.author == "Kenniswerkplaats Zuid" and info.subject
        assert "workbench" in info["/Keywords"]
        assert reader.trailer["/Root"]["/Lang"] == "nl"
        xmp = reader.xmp_metadata
        assert xmp is not None
        assert xmp.dc_title["x-default"] == info.title
        assert xmp.dc_creator == ["Kenniswerkplaats Zuid"]
        assert xmp.dc_language == ["nl"] and "workbench" in xmp.dc_subject
    if shutil.which("pdffonts"):
        listing = subprocess.run(["pdffonts", str(poster)], capture_output=True, text=True,
                                 check=True).stdout.splitlines()[2:]
        assert listing and all(line.split()[-5] == "yes" for line in listing), listing


def test_emoji_are_left_out_not_printed_as_boxes(tmp_path):
    from workbench.posters.model import Quote

    poster = light_poster(quotes=(Quote("Ik was zo blij 😀👍🏽 echt waar.", "moeder"),))
    path = tmp_path / "emoji.pdf"
    write_poster(poster, path, size="A4", landscape=False, language="nl")
    text = " ".join(PdfReader(path).pages[0].extract_text().split())
    assert "Ik was zo blij echt waar." in text
    assert "😀" not in text and "👍" not in text


def test_overview_and_handout_rows_carry_their_practice_and_never_split(tmp_path):
    from workbench.posters.results import PosterResults, RankedFactor

    posters = []
    for practice in ("Speelgroep De Vlinder", "Buurthuiskamer Oost", "Moederkracht"):
        for rank, name in enumerate(("Herkenning en erkenning", "Sociale contacten",
                                     "Groeien als ouder", "Eigen inbreng", "Rust in de groep",
                                     "Een open en vertrouwde plek"), start=1):
            results = PosterResults(
                session_name=f"Klankbord {practice}", held_on="2025-10-01", participants=6,
                below_quorum=False, distribution=(0, 0, 2, 2, 2), n=6, mean=4.0, rank=rank,
                n_factors=6, priority_basis="dots",
                ranking=tuple(RankedFactor(f"f{i}", 10 - i, rank=i) for i in range(1, 7)))
            posters.append(stress_poster(name=name, practice=practice, results=results,
                                         factor_id=f"{practice}-{name}"))
    bundle = tmp_path / "bundle.pdf"
    write_bundle(posters, bundle, workshop="Kenniswerkplaats Zuid", size="A4",
                 landscape=False, language="nl", today=posters[0].printed_on)
    with pdfplumber.open(bundle) as pdf:
        overview_pages = [page for page in pdf.pages[1:]
                          if "Praktijk" in (page.extract_text() or "")
                          and "Klankbordgroep" in (page.extract_text() or "")]
        assert len(overview_pages) >= 2
        rows_seen = 0
        for page in overview_pages:
            words = page.extract_words()
            head = next(w for w in words if w["text"] == "Praktijk")
            elements_x = next(w for w in words if w["text"] == "Kenmerkende")["x0"]
            # The header is a filled band; rows are separated by thin lines below them.
            header_bottom = max(r["bottom"] for r in page.rects
                                if r["top"] <= head["top"] <= r["bottom"])
            cuts = sorted({round(ln["top"], 1) for ln in page.lines
                           if header_bottom < ln["top"] < page.height * 0.92})
            bands = list(zip([header_bottom, *cuts[:-1]], cuts, strict=True))
            assert bands
            for top, bottom in bands:
                inside = [w for w in words if top < w["top"] < bottom]
                practice = " ".join(w["text"] for w in inside
                                    if head["x0"] - 1 <= w["x0"] < elements_x - 1)
                factor = " ".join(w["text"] for w in inside if w["x0"] < head["x0"] - 1)
                voice = " ".join(w["text"] for w in inside if w["x0"] > page.width * 0.7)
                # Each row carries its factor and its whole practice: never split.
                assert factor and practice in {"Speelgroep De Vlinder", "Buurthuiskamer Oost",
                                               "Moederkracht"}, (factor, practice)
                assert "plaats" in voice and "van 6" in voice
                assert "schoolplein" in " ".join(w["text"] for w in inside)
                rows_seen += 1
        assert rows_seen == len(posters)
    text = " ".join(" ".join(p.extract_text() for p in PdfReader(bundle).pages).split())
    assert "“Plaats 2 van 6” betekent" in text


def _png(path: Path) -> Path:
    from PIL import Image

    Image.new("RGB", (300, 120), "#1b6b73").save(path)
    return path


@pytest.mark.parametrize(("size", "landscape"), [("A4", False), ("A4", True), ("A3", True),
                                                ("A1", False)])
def test_key_message_logo_qr_code_and_footer(tmp_path, size, landscape):
    logo = _png(tmp_path / "logo.png")
    poster = stress_poster(logo=str(logo), contact="https://example.org/kenniswerkplaats")
    path = tmp_path / "full.pdf"
    write_poster(poster, path, size=size, landscape=landscape, language="nl")
    m = measure(path, size, landscape)
    assert m["outside"] == [] and m["smallest"] >= type_floor(m["page"]) - 0.01
    assert m["fill"] >= 0.70
    with pdfplumber.open(path) as pdf:
        page = pdf.pages[0]
        text = " ".join((page.extract_text() or "").split())
        # The key message: the description on a tinted band near the top.
        assert "Moeders vinden elkaar, helpen elkaar en houden contact" in text
        band = [r for r in page.rects if r["width"] > page.width * 0.8
                and r["top"] < page.height * 0.35]
        assert band
        # The logo, top right and inside the margins.
        assert len(page.images) == 1
        image = page.images[0]
        assert image["x1"] <= page.width - m["margin"] + 0.5
        assert image["top"] < page.height * 0.15 and image["x0"] > page.width / 2
        # The QR code (many small squares) with the contact line beside it.
        assert "Meer weten?" in text and "https://example.org/kenniswerkplaats" in text
        squares = [r for r in page.rects if r["width"] < page.width * 0.02
                   and abs(r["width"] - r["height"]) < 0.01]
        assert len(squares) > 50
        assert all(m["margin"] - 0.5 <= r["x0"] and r["x1"] <= page.width - m["margin"] + 0.5
                   for r in squares)
        # The footer: the date and the workshop with the practice.
        assert "Geprint op 4 november 2025" in text
        assert "Kenniswerkplaats Zuid · Speelgroep De Vlinder" in text


def test_a_logo_that_is_no_image_is_refused(store, tmp_path):
    from workbench.errors import InvalidInput
    from workbench.posters.model import PrintOptions, plan

    fake = tmp_path / "logo.png"
    fake.write_text("geen plaatje")
    with pytest.raises(InvalidInput):
        plan(store, PrintOptions(logo=str(fake)))


def test_a_common_factor_printed_for_one_practice_names_that_practice(tmp_path):
    poster = stress_poster(common=True, practices=("Buurthuiskamer Oost", "Moederkracht"),
                           practice="Moederkracht")
    path = tmp_path / "p.pdf"
    write_poster(poster, path, size="A3", landscape=True, language="nl")
    text = " ".join(PdfReader(path).pages[0].extract_text().split())
    assert "Praktijk: Moederkracht" in text and "Gemeenschappelijke factor" in text


def test_overview_groups_rows_by_practice_in_priority_order():
    from workbench.posters.printing.documents import by_priority
    from workbench.posters.results import PosterResults

    def poster(name, practice, rank):
        return stress_poster(name=name, practice=practice, common=True, factor_id=name + practice,
                             results=PosterResults("K", "", 6, False, rank=rank, n_factors=3))

    rows = by_priority([poster("A", "Oost", 2), poster("B", "Vlinder", 1),
                        poster("C", "Oost", 1), poster("D", "Vlinder", 2)])
    assert [(p.practice, p.name) for p in rows] == [("Oost", "C"), ("Oost", "A"),
                                                     ("Vlinder", "B"), ("Vlinder", "D")]


def test_the_print_report_says_which_quotes_were_shortened(tmp_path):
    from workbench.posters.model import PosterPlan, PrintOptions
    from workbench.posters.printing import print_plan
    from workbench.store import Store

    store = Store.memory()
    options = PrintOptions(size="A4", landscape=True)
    the_plan = PosterPlan(options=options, workshop="Kenniswerkplaats Zuid",
                          posters=[stress_poster(), light_poster()])
    result = print_plan(store, the_plan, tmp_path / "out")
    assert any(n.startswith("Sociale contacten: citaten ingekort") for n in result.notes)
    assert not any(n.startswith("Ruimte voor het kind") for n in result.notes)


def test_the_handout_of_five_factors_fits_one_a4_page(tmp_path):
    from workbench.posters.model import Quote

    posters = [light_poster(name=f"Factor {i}", practice="", common=True,
                            practices=("Buurthuiskamer Oost", "Moederkracht",
                                       "Speelgroep De Vlinder"),
                            elements=stress_poster().elements[i:i + 5],
                            quotes=(Quote("Hier word ik gezien, ook als ik stil ben. " * 3,
                                          "moeder"),))
               for i in range(5)]
    path = tmp_path / "handout.pdf"
    write_handout(posters, path, workshop="Kenniswerkplaats Zuid", language="nl",
                  today=posters[0].printed_on)
    with pdfplumber.open(path) as pdf:
        assert len(pdf.pages) == 1
        chars = pdf.pages[0].chars
        assert min(c["size"] for c in chars) >= 9 - 0.01
    text = " ".join(PdfReader(path).pages[0].extract_text().split())
    assert "op een schaal van 1 tot 5" in text and "Praktijk" in text
