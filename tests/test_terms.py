"""One word for each thing, everyday Dutch for participants, every count right
(../shared/TERMS.md). Reads every catalogue key."""

from __future__ import annotations

import re

import pytest
from click.testing import CliRunner

from workbench.i18n import catalog, t

# What parents and members read in the booth and the ballot (not the facilitator's PIN
# question, not the errors of interview mode, which the facilitator sees).
PARTICIPANT_PREFIXES = ("booth.", "ballot.", "key.kiosk_", "speech.no_sound")
FACILITATOR_KEYS = re.compile(r"^(booth\.error\.|booth\.pin\.|ballot\.pin_text$)")
BANNED_FOR_PARTICIPANTS = ("schuilnaam", "kenniswerkplaats", "hooguit", "hoogstens", "deels",
                           "grotendeels", "n.v.t.", "factor", "tekens", "opgeslagen",
                           "anoniem", "aangemeld", "verhalenhoek")
# TERMS.md: the alternatives that must not be used (Dutch, English).
NOT_OUR_WORDS_NL = ("stembriefje", "opslaan", "opgeslagen", "suggestie", "beschrijving",
                    "teruggetrokken", "toestemming om daar")
NOT_OUR_WORDS_EN = (" teller", "take on", "taken on")
# Keys with {n} that is not a count of things (an ordinal, a list number, "n = 3").
NOT_A_COUNT = {
    "booth.topic.count", "coding.cli.no_such_unit", "coding.cli.judged",
    "coding.cli.disagreements", "coding.progress", "coding.all_units", "coding.cli.removed",
    "exchange.refi.imported_pseudonym", "maintenance.advice.restore",
    "maintenance.advice.help", "posters.chart.n", "posters.chart.na",
    "posters.recognition_mean", "sessions.report.dots_extra", "sessions.report.recognition",
    "sessions.cli.hands_saved", "sessions.cli.line", "sessions.cli.closed",
    "sessions.report.participants", "sessions.below_quorum_note",
    "sessions.report.unconfirmed", "wall.cell", "collect.list.more",
    "safety.participant_n", "safety.text_ambiguous",  # ambiguous means at least two
    "topics.cli.added", "topics.cli.edited", "topics.cli.retired", "topics.cli.restored",
    "guide.factor_kicker", "guide.error.no_tip",  # numbers, not counts
    "guide.error.long_tip", "guide.error.long_intro",  # a limit of characters
    "posters.role_changed", "posters.note_shortened", "posters.note_left_out",  # "aantal: n"
    "xlsx.participant", "exchange.report.role_unknown", "exchange.report.role_mapped",
    "exchange.report.link_kept", "factors.count.linked", "analysis.cli.imported",
    "analysis.hit_status",
    # the same for one and for more
    "exchange.error.no_conflict", "status.unfinished", "status.unchecked",
}


def participant_keys() -> list[str]:
    return sorted(k for k in catalog() if k.startswith(PARTICIPANT_PREFIXES)
                  and not FACILITATOR_KEYS.match(k))


def sentences(text: str) -> list[str]:
    text = re.sub(r"\{[a-z_]+\}", "X", text)
    parts = re.split(r"(?<=[.?!:])\s+|\n+", text)
    return [p for p in (part.strip(" •-") for part in parts) if p]


def test_there_are_participant_keys():
    keys = participant_keys()
    assert "booth.consent.store" in keys and "ballot.recognise_question" in keys
    assert "booth.pin.text" not in keys


@pytest.mark.parametrize("language", [0, 1])
def test_participant_sentences_are_short(language):
    long = [(key, s) for key in participant_keys()
            for s in sentences(catalog()[key][language]) if len(s.split()) > 12]
    assert long == []


def test_participant_texts_avoid_hard_words():
    found = [(key, word) for key in participant_keys() for word in BANNED_FOR_PARTICIPANTS
             if word in catalog()[key][0].lower()]
    assert found == []


def test_one_word_for_each_thing():
    found = []
    for key, (nl, en) in catalog().items():
        found += [(key, w) for w in NOT_OUR_WORDS_NL if w in nl.lower()]
        found += [(key, w) for w in NOT_OUR_WORDS_EN if w in en.lower()]
    assert found == []


def test_every_count_has_a_singular():
    missing = [key for key, (nl, _) in catalog().items()
               if "{n}" in nl and not key.endswith(".one") and key not in NOT_A_COUNT
               and f"{key}.one" not in catalog()]
    assert missing == []
    bracket = [key for key, (nl, en) in catalog().items()
               if re.search(r"\w\((en|s|e|len|men)\)|a\)l\(|\(y/ies\)|\(s\)", nl + en)]
    assert bracket == []


# Words that follow a number in our texts; a number other than {n} before one of them is a
# second count in the text and takes the inline form {x} {x|one|other}.
COUNTED_WORDS = (
    "verhalen|fragmenten|kaarten|factoren|codes|stemmen|stemformulieren|deelnemers|"
    "vertellers|citaten|posters|treffers|bestanden|regels|rijen|sessies|praktijken|topics|"
    "tips|coderingen|notities|groepen|seconden|minuten|dagen|tekens|woorden|stories|fragments|"
    "cards|factors|votes|ballots|participants|storytellers|quotes|pages|hits|files|lines|"
    "rows|sessions|practices|codings|notes|groups|seconds|minutes|days|characters|words|"
    "times")
# ("keer" is one word for one time and for more)
# numbers that are limits or sizes, never one of something
NOT_COUNTED = {"n", "limit", "max", "high", "low", "length", "size", "rate"}


def test_every_other_count_reads_right_for_one():
    bare = re.compile(r"\{(\w+)\}\s+(" + COUNTED_WORDS + r")\b")
    found = [(key, match[0]) for key, texts in catalog().items() for text in texts
             for match in bare.finditer(text) if match[1] not in NOT_COUNTED]
    assert found == []


def test_an_inline_count_reads_right():
    question = t("maintenance.restore_question", path="a", source="b", workshop="c", stories=1)
    assert "1 verhaal)" in question
    question = t("maintenance.restore_question", "en", path="a", source="b", workshop="c",
                 stories=3)
    assert "3 stories)" in question


def test_counts_of_one_read_right():
    assert t("wall.cards", n=1) == "1 kaart" and t("wall.cards", n=2) == "2 kaarten"
    assert t("wall.cards", "en", n=1) == "1 card"
    assert t("check.orphans_bad", n=1).startswith("1 rij verwijst")


def test_a_dutch_confirmation_takes_j(tmp_path):
    from workbench.cli import main

    db = tmp_path / "kwp.db"
    runner = CliRunner()
    assert runner.invoke(main, ["--db", str(db), "init", "K", "--practice", "Vlinder",
                                "--no-pin"]).exit_code == 0
    assert runner.invoke(main, ["--db", str(db), "sessions", "create", "Mei"]).exit_code == 0
    result = runner.invoke(main, ["--db", str(db), "sessions", "delete", "Mei"], input="j\n")
    assert result.exit_code == 0, result.output
    assert "[j/N]" in result.output
    assert runner.invoke(main, ["--db", str(db), "sessions", "list"]).output.strip() == t(
        "sessions.cli.none")
    assert runner.invoke(main, ["--db", str(db), "sessions", "create", "Juni"]).exit_code == 0
    result = runner.invoke(main, ["--db", str(db), "sessions", "delete", "Juni"], input="nee\n")
    assert result.exit_code == 0 and "Niets verwijderd" in result.output


def test_withdraw_and_restore_take_j_and_nee(tmp_path):
    from workbench.cli import main
    from workbench.collect import stories
    from workbench.store import Store

    db = tmp_path / "kwp.db"
    runner = CliRunner()
    assert runner.invoke(main, ["--db", str(db), "init", "K", "--practice", "Vlinder",
                                "--no-pin"]).exit_code == 0
    store = Store.open(db)
    stories.add_storyteller(store, "Reiger 5", "parent")
    store.close()
    assert runner.invoke(main, ["--db", str(db), "backup", str(tmp_path / "b.db")]).exit_code == 0
    kept = runner.invoke(main, ["--db", str(db), "withdraw", "Reiger 5"], input="nee\n")
    assert kept.exit_code == 0 and "[j/N]" in kept.output
    gone = runner.invoke(main, ["--db", str(db), "withdraw", "Reiger 5"], input="j\n")
    assert gone.exit_code == 0 and "De toestemming van Reiger 5 is ingetrokken" in gone.output
    back = runner.invoke(main, ["--db", str(db), "restore", str(tmp_path / "b.db")],
                         input="ja\n")
    assert back.exit_code == 0, back.output
    assert "[j/N]" in back.output
