"""Issue 21: the consent form and the information letter, with the booth's own wording."""

from __future__ import annotations

import stat

import pytest
from click.testing import CliRunner
from pypdf import PdfReader

from workbench.cli import main
from workbench.i18n import t


def run(db, *args):
    return CliRunner().invoke(main, ["--db", str(db), *args])


@pytest.fixture
def db(tmp_path):
    path = tmp_path / "kwp.db"
    assert run(path, "init", "Werkplaats Zuid", "--practice", "Speelgroep De Vlinder",
               "--no-pin").exit_code == 0
    return path


def flat(text: str) -> str:
    """Text without any whitespace: PDF extraction breaks lines where the layout does."""
    return "".join(text.split())


def pdf_text(path) -> str:
    return " ".join((page.extract_text() or "") for page in PdfReader(path).pages)


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_consent_form_carries_the_booths_consent_text(db, tmp_path, lang):
    assert run(db, "settings", "contact", "Anna de Vries, 06-12345678").exit_code == 0
    out = tmp_path / "forms"
    result = run(db, "forms", "--lang", lang, "--out", str(out),
                 "--practice", "vlinder")
    assert result.exit_code == 0, result.output
    consent, letter = sorted(out.glob("toestemming*.pdf")) + sorted(out.glob("informatie*"))
    text = flat(pdf_text(consent))
    # read the booth's strings now: the booth may reword them, the form follows
    expected = [
        t("booth.consent.text", lang, practice="Speelgroep De Vlinder"),
        t("booth.consent.store", lang),
        t("booth.consent.store_help", lang),
        t("booth.consent.quotes", lang),
    ]
    for sentence in expected:
        assert flat(sentence) in text, sentence
    assert "WerkplaatsZuid" in text and flat("Anna de Vries, 06-12345678") in text
    for label in ("forms.sign.name", "forms.sign.date", "forms.sign.signature"):
        assert flat(t(label, lang)) in text
    assert flat(t("booth.consent.text", lang, practice="Speelgroep De Vlinder")) in flat(
        pdf_text(letter))


def test_forms_are_a4_private_one_page_with_an_embedded_font(db, tmp_path):
    out = tmp_path / "nieuw" / "forms"
    result = run(db, "forms", "--out", str(out))
    assert result.exit_code == 0, result.output
    assert "workbench settings contact" in result.output  # no contact yet: say how
    assert stat.S_IMODE(out.stat().st_mode) == 0o700
    files = sorted(out.iterdir())
    assert [f.name for f in files] == ["informatiebrief-nl.pdf", "toestemmingsformulier-nl.pdf"]
    for path in files:
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
        reader = PdfReader(path)
        assert len(reader.pages) == 1
        box = reader.pages[0].mediabox
        assert (float(box.width), float(box.height)) == pytest.approx((595.28, 841.89), abs=0.5)
        embedded = set()
        for ref in reader.pages[0]["/Resources"]["/Font"].values():
            font = ref.get_object()
            descriptor = font.get("/FontDescriptor")
            if descriptor is not None:  # reportlab lists an unused Helvetica without one
                embedded.add("/FontFile2" in descriptor.get_object())
        assert embedded == {True}
    # the workshop's name, not a practice, when none is given
    assert "WerkplaatsZuid" in flat(pdf_text(files[1]))


def test_long_contact_is_refused_in_one_line(db):
    result = run(db, "settings", "contact", "x" * 300)
    assert result.exit_code == 1 and result.output.startswith("Fout: ")
    shown = run(db, "--lang", "en", "settings", "contact")
    assert shown.output.strip() == "No contact set yet."
