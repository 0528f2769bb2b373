"""The scan's new knowledge (names wherever they stand, speaker labels, places,
institutions, names after juf/oma/…), its false alarms, and the workshop's replacement
list with the rule that a story whose replacements are not applied cannot be ready."""

from __future__ import annotations

import subprocess
import sys

import pytest

from workbench.collect import pseudonyms, stories
from workbench.errors import Conflict, InvalidInput


def _found(text, **kwargs):
    return [(f.text, f.kind, f.suggestion) for f in pseudonyms.scan(text, **kwargs)]


def _texts(text, **kwargs):
    return [f.text for f in pseudonyms.scan(text, **kwargs)]


def test_names_at_the_start_of_a_sentence_or_line_and_speaker_labels():
    found = _found("Karin, de begeleider, schoof een stoel bij. Hanneke vroeg meteen of ik "
                   "koffie wilde.\nFatima: ik kwam hier met mijn buurvrouw.\n"
                   "Interviewer: Hoe was dat?")
    assert ("Karin", "person", "[naam begeleider]") in found
    assert ("Hanneke", "person", "[naam]") in found
    assert ("Fatima", "speaker", "[naam]") in found
    assert "Interviewer" not in [f[0] for f in found]


def test_community_names_that_dutch_lists_miss():
    for name in ("Semhar", "Filmon", "Warsan", "Gülsen", "Yohannes"):
        assert _texts(f"{name} vertelde over haar eerste jaar hier.") == [name], name


def test_a_city_named_once_and_neighbourhoods():
    found = _found("Ik ga elke week naar de vadermiddag in Zwolle.")
    assert found == [("Zwolle", "place", "[plaats]")]
    assert _found("Wij wonen in Kanaleneiland.") == [("Kanaleneiland", "place", "[wijk]")]
    assert _found("Bergen op Zoom is ver weg.")[0][:2] == ("Bergen op Zoom", "place")


def test_schools_playgroups_foundations_and_services_by_name():
    text = ("Mijn dochter zit op basisschool De Regenboog. Stichting Samen Sterk organiseert "
            "de koffieochtend. We kregen hulp van het CJG in Deventer en van "
            "peuterspeelzaal Het Kikkertje.")
    found = _found(text)
    assert ("basisschool De Regenboog", "institution", "[school]") in found
    assert ("Stichting Samen Sterk", "institution", "[organisatie]") in found
    assert ("Deventer", "place", "[plaats]") in found
    assert ("peuterspeelzaal Het Kikkertje", "institution", "[kinderopvang]") in found


def test_a_known_name_after_a_preposition_is_a_name_not_a_place():
    # "bij Kees thuis" used to offer [plaats] for Kees.
    assert _found("Ik was bij Kees thuis.") == [("Kees", "person", "[naam]")]
    assert _found("Het boek van Fatima lag er nog.") == [("Fatima", "person", "[naam]")]
    assert _found("Ik ging naar Joke toe.") == [("Joke", "person", "[naam]")]


def test_towns_abroad_and_parts_of_towns_are_places():
    # No list knows every town the parents come from; "uit", "in", "naar" say it.
    found = _found("Wij komen uit Homs. Mijn broer woont nog in Beiroet, mijn moeder "
                   "verhuisde naar Gaziantep.")
    assert found == [("Homs", "place", "[plaats]"), ("Beiroet", "place", "[plaats]"),
                     ("Gaziantep", "place", "[plaats]")]
    assert _found("Ik woon sinds 2015 in Rotterdam-Zuid.") == [
        ("Rotterdam-Zuid", "place", "[wijk]")]
    assert _found("Bij het consultatiebureau in Amsterdam-Noord.")[-1] == (
        "Amsterdam-Noord", "place", "[wijk]")
    assert _texts("Anne-Marie kwam ook.") == ["Anne-Marie"]
    assert _found("Zij woont in Anne-Marie haar huis.")[0][1] == "person"


def test_a_name_and_what_it_is_in_one_word():
    found = _found("Lieke gaat naar groep 3 van de Sint-Jozefschool. Op zondag gaan we "
                   "naar de Bonifatiuskerk en haar vader naar de Mevlana-moskee.")
    assert ("Sint-Jozefschool", "institution", "[school]") in found
    assert ("Bonifatiuskerk", "institution", "[gebedshuis]") in found
    assert ("Mevlana-moskee", "institution", "[gebedshuis]") in found
    assert _found("Basisschool is een groot woord voor een kind van vier.") == []


def test_websites_and_accounts_are_contact_details():
    found = _found("Volg ons op instagram @buurtmoeders_zwolle of kijk op "
                   "www.buurtmoeders-zwolle.nl. Mail naar info@buurthuis.nl.")
    assert found == [("@buurtmoeders_zwolle", "online", "[account]"),
                     ("www.buurtmoeders-zwolle.nl", "online", "[website]"),
                     ("info@buurthuis.nl", "email", "[e-mailadres]")]
    assert _found("Zie https://example.org/pagina?id=3, daar staat het.") == [
        ("https://example.org/pagina?id=3", "online", "[website]")]
    assert _found("Het kostte 2.50 euro en we spraken om 10.30 uur af.") == []


def test_neighbourhoods_by_their_ending():
    assert _found("Ze woont op nummer 14 in de Vogelbuurt.") == [
        ("Vogelbuurt", "place", "[wijk]")]
    assert _found("In de Schilderswijk is veel te doen.") == [
        ("Schilderswijk", "place", "[wijk]")]
    assert _found("Nieuwbouwwijk is het niet, het is een oude buurt.") == []


def test_services_every_town_has_are_not_flagged_but_their_town_is():
    assert _found("Op Facebook zag ik een oproep van het Centrum voor Jeugd en Gezin.") == []
    assert _found("Toen belde Veilig Thuis Utrecht.") == [("Utrecht", "place", "[plaats]")]


def test_a_place_inside_a_run_of_capitals_leaves_the_rest_flagged():
    # "Humanitas Deventer": the place is taken first; Humanitas used to go unflagged.
    assert _texts("Ze is vrijwilliger bij Humanitas Deventer en helpt met de post.") == [
        "Humanitas", "Deventer"]


@pytest.mark.parametrize("title, placeholder", [
    ("juf", "[naam leerkracht]"), ("meester", "[naam leerkracht]"),
    ("mevrouw", "[naam]"), ("meneer", "[naam]"),
    ("tante", "[naam familielid]"), ("oom", "[naam familielid]"),
    ("opa", "[naam familielid]"), ("oma", "[naam familielid]"),
])
def test_names_after_titles(title, placeholder):
    assert _found(f"Gisteren kwam {title} Bouchtaoui even langs.") == [
        ("Bouchtaoui", "person", placeholder)]
    assert _found(f"{title.capitalize()} Tineke kwam even langs.") == [
        ("Tineke", "person", placeholder)]


def test_ordinary_words_are_no_false_alarms():
    text = ("Toen gingen we met de Marokkaanse en Turkse moeders naar de Albert Heijn. "
            "Samen vierden we het Suikerfeest, Pasen en Koningsdag. Op Maandag spreken we "
            "Nederlands, Arabisch en Tigrinya. Daarna appten we via WhatsApp. Soms is het "
            "zwaar. Klaar was het nooit. Zomer is de mooiste tijd. Eerst kwam het CJG, later "
            "de GGD. Ik kom uit Eritrea en zij uit Syrië.\nBegeleider: Wie wil er thee?\n"
            "Moeder: Ik graag.\nBelangrijk: neem een tas mee.\nTip: kom op tijd.")
    assert _found(text) == []


def test_the_not_identifying_list_still_applies():
    assert _texts("Wij gingen met Ahmed naar buiten.", allowed=["Ahmed"]) == []
    assert _texts("Wij gingen naar Zwolle.", allowed=["zwolle"]) == []


def test_findings_keep_kinds_and_placeholders_for_contact_details():
    found = _found("Bel 06-12345678 of mail a.b@voorbeeld.nl, Kerkstraat 4, 1234 AB Zwolle.")
    assert [f[1] for f in found] == ["phone", "email", "address", "postcode", "place"]


def test_replacements_join_the_list_applied_to_every_story_also_later_ones(store):
    teller = stories.add_storyteller(store, "Merel", "parent")
    a = stories.add_story(store, storyteller_id=teller, practice_id=None,
                          text="Ik ging met sem naar de markt.")
    assert pseudonyms.apply(store, {"sem": "[naam kind]"}, by="t", kind="manual") == 1
    assert pseudonyms.replacements(store) == {"sem": "[naam kind]"}
    assert stories.get_story(store, a)["text"] == "Ik ging met [naam kind] naar de markt."
    later = stories.add_story(store, storyteller_id=teller, practice_id=None,
                              text="Daarna at sem een ijsje.")
    assert pseudonyms.pending(store, later) == [("sem", "[naam kind]")]
    pseudonyms.apply(store)  # the whole list, to every story
    assert stories.get_story(store, later)["text"] == "Daarna at [naam kind] een ijsje."
    assert pseudonyms.pending(store, later) == []


def test_a_story_whose_replacements_are_not_applied_cannot_be_marked_ready(store):
    teller = stories.add_storyteller(store, "Merel", "parent")
    pseudonyms.apply(store, {"sem": "[naam kind]"})
    story = stories.add_story(store, storyteller_id=teller, practice_id=None,
                              text="Ik ging met sem naar de markt.")
    with pytest.raises(Conflict) as caught:
        pseudonyms.mark_passed(store, story, "t", force=True)
    assert "sem" in caught.value.message() and "[naam kind]" in caught.value.message()
    assert not pseudonyms.passed(store, story)
    pseudonyms.apply(store)
    pseudonyms.mark_passed(store, story, "t")
    assert pseudonyms.passed(store, story)


def test_a_garbled_placeholder_is_refused_and_placeholders_are_never_replaced_again(store):
    teller = stories.add_storyteller(store, "Merel", "parent")
    story = stories.add_story(store, storyteller_id=teller, practice_id=None,
                              text="Oma Aaltje en [naam] kwamen.")
    with pytest.raises(InvalidInput):
        pseudonyms.apply(store, {"Aaltje": "[naa[naam klei"})
    assert stories.get_story(store, story)["text"] == "Oma Aaltje en [naam] kwamen."
    pseudonyms.apply(store, {"naam": "[woord]", "Aaltje": "[naam familielid]"})
    assert stories.get_story(store, story)["text"] == "Oma [naam familielid] en [naam] kwamen."


@pytest.mark.slow  # a real process
def test_lists_are_not_loaded_at_import():
    script = ("import sys\nfrom workbench.collect import pseudonyms, namelists\n"
              "from workbench.cli import main\n"
              "print(namelists.loaded(), 'deduce' in sys.modules, 'docdeid' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                         check=True).stdout.split()
    assert out == ["False", "False", "False"]


def test_the_replacement_list_travels_only_with_identities(tmp_path):
    from workbench.exchange.bundle import syncable_tables
    from workbench.store import Store

    store = Store.open(tmp_path / "a.db")
    tables = syncable_tables(store)
    assert "pseudonym_replacements" not in tables  # it holds the real names replaced
    assert "pseudonym_replacements" in syncable_tables(store, include_identities=True)
    store.close()
