"""The scan of the pseudonymisation assistant: likely identifying details in one text.

Rules in order; the first rule to claim a stretch of text keeps it:
1. contact details by pattern: e-mail, website or account, phone, postcode;
2. schools, playgroups, foundations and services by name ("basisschool De Regenboog"),
   also in one word ("Sint-Jozefschool", "Bonifatiuskerk");
3. the workshop's own people (``names``);
4. speaker labels at the start of a line ("Fatima: ik kwam …");
5. a name after "juf", "meester", "mevrouw", "tante", "opa", … ("oma Aaltje");
6. places and neighbourhoods from the lists ("Zwolle", "Kanaleneiland"), parts of
   listed towns ("Amsterdam-Noord") and neighbourhoods by their ending ("Vogelbuurt");
7. street addresses by pattern ("Kerkstraat 12a");
8. first names and surnames from the lists, wherever they stand in a sentence;
9. any other capitalised word inside a sentence (a name no list knows); after "in",
   "uit", "naar" or "woont" it is a place ("uit Homs").
Ordinary words are left alone: languages, nationalities, countries, feasts, brands, days
and months (``COMMON_WORDS``), services every town has ("Centrum voor Jeugd en Gezin"),
frequent Dutch words at the start of a sentence, and what the facilitator marked as not
identifying (``allowed``).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from workbench.collect import namelists

PLACEHOLDERS = {
    "email": "[e-mailadres]",
    "online": "[account]",
    "phone": "[telefoonnummer]",
    "postcode": "[postcode]",
    "address": "[adres]",
    "name": "[naam]",
    "person": "[naam]",
    "speaker": "[naam]",
    "place": "[plaats]",
    "institution": "[organisatie]",
    "capital": "[naam]",
    "manual": "[weggelaten]",
}
KIND_ORDER = ("email", "online", "phone", "postcode", "address", "institution", "place", "speaker",
              "name", "person", "capital", "manual")

_EMAIL = re.compile(r"(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
# Dutch numbers: 06-12345678, 020 123 4567, +31 6 1234 5678, 0031 6..., ten digits in all.
_PHONE = re.compile(r"(?<![\d+])(?:\+31[\s.-]?(?:\(0\))?|0031[\s.-]?|0)(?:\d[\s.-]?){8}\d(?!\d)")
# Online: a website ("www.buurtmoeders-zwolle.nl", "https://…") or an account ("@fatima_88").
_WEBSITE = re.compile(
    r"(?<![\w@.-])(?:(?:https?://|www\.)[^\s<>\"'()]+|[\w-]+(?:\.[\w-]+)*\."
    r"(?:nl|be|com|org|net|eu|info|nu|online)(?:/[^\s<>\"'()]*)?)(?<![.,;:!?])")
_HANDLE = re.compile(r"(?<![\w@.])@[A-Za-z0-9_](?:[A-Za-z0-9_.]*[A-Za-z0-9_])?")
_POSTCODE = re.compile(r"(?<!\w)[1-9]\d{3} ?[A-Z]{2}(?!\w)")
_STREET = (r"straat|laan|weg|plein|gracht|kade|singel|dijk|hof|park|steeg|dreef|pad|"
           r"plantsoen|markt|boulevard|erf|veld")
_ADDRESS = re.compile(
    rf"(?<!\w)[A-Z][\w'-]*(?:\s[A-Z][\w'-]*)*(?:{_STREET})(?:\s\d+(?:\s?[a-zA-Z](?!\w))?)?(?!\w)"
)
_CAP = r"[A-ZÀ-ÖØ-Þ][\wÀ-ÖØ-öø-ÿ'’-]*"
_WORD = re.compile(rf"(?<![\w\[]){_CAP}(?: (?:& )?{_CAP})*")
_TOKEN = re.compile(r"[\wÀ-ÖØ-öø-ÿ][\wÀ-ÖØ-öø-ÿ'’-]*")
_PLACEHOLDER = re.compile(r"\[[^\[\]\n]{1,60}\]")
# After these a capital starts a sentence; "]" too, since a transcript note such as
# "[via tolk]" usually stands before a new sentence.
_SENTENCE_END = set(".!?:;\"'“”‘’()«»…—–-•*>]\n")

# Institutions: a word saying what it is, then its name ("stichting Samen Sterk", "obs De
# Springplank"), or a name then "College"/"Lyceum". Keyword -> placeholder.
_INSTITUTION_WORDS = {
    "[school]": ("basisschool", "school", "obs", "cbs", "rkbs", "pcbs", "ikc", "kindcentrum",
                 "montessorischool", "daltonschool", "middelbare school", "mavo", "vmbo",
                 "taalschool"),
    "[kinderopvang]": ("peuterspeelzaal", "psz", "peutergroep", "speelgroep", "speelzaal",
                       "kinderopvang", "kinderdagverblijf", "kdv", "bso", "crèche", "creche",
                       "gastouderbureau", "peuteropvang"),
    "[buurthuis]": ("buurthuis", "wijkcentrum", "buurtcentrum", "wijkhuis", "inloophuis",
                    "speeltuin", "bibliotheek", "huiskamer", "buurtkamer"),
    "[gebedshuis]": ("moskee", "kerk", "tempel", "synagoge"),
    "[organisatie]": ("stichting", "vereniging", "vv", "sv", "voetbalclub", "sportclub",
                      "zwemclub", "consultatiebureau", "wijkteam", "jeugdteam", "ziekenhuis",
                      "huisartsenpraktijk", "praktijk", "zorgcentrum", "welzijn"),
}
_INSTITUTION_KEY = {w: p for p, words in _INSTITUTION_WORDS.items() for w in words}
_NAMEWORD = r"(?:[A-ZÀ-ÖØ-Þ][\wÀ-ÖØ-öø-ÿ'’&-]*|\d+)"
_INSTITUTION = re.compile(
    r"(?<![\w-])(?P<key>(?i:" + "|".join(sorted((re.escape(w) for w in _INSTITUTION_KEY),
                                                key=len, reverse=True)) + r"))"
    + rf"(?: (?:[Dd]e|[Hh]et|'[tT]))? {_NAMEWORD}(?: {_NAMEWORD})*")
_COLLEGE = re.compile(rf"(?<!\w){_CAP}(?: {_CAP})* (?:College|Lyceum|Gymnasium|Academie)(?!\w)")

# A name follows these words ("juf Ilse", "Oom Kemal"); the word says which placeholder.
_TITLES = {
    "[naam leerkracht]": ("juf", "juffrouw", "meester"),
    "[naam]": ("meneer", "mevrouw", "mw.", "dhr."),
    "[naam familielid]": ("tante", "oom", "opa", "oma", "nicht", "neef", "schoonmoeder",
                          "schoonvader", "schoonzus", "zwager"),
    "[naam buur]": ("buurvrouw", "buurman"),
    "[naam hulpverlener]": ("dokter", "zuster", "huisarts"),
}
_TITLE_KEY = {w: p for p, words in _TITLES.items() for w in words}
_TITLE = re.compile(
    r"(?<![\w-])(?P<key>(?i:" + "|".join(re.escape(w) for w in _TITLE_KEY) + r")) "
    rf"(?P<name>{_CAP}(?: (?:(?:van|de|der|den|ter|ten|el|al) )*{_CAP})*)")

_SPEAKER = re.compile(rf"(?m)^[ \t]*(?P<name>{_CAP}(?:[ -]{_CAP}){{0,2}})[ \t]*:")
# Speaker labels that say a role, not a person.
ROLE_WORDS = {
    "interviewer", "interviewster", "begeleider", "begeleidster", "onderzoeker", "tolk",
    "moeder", "vader", "ouder", "verzorger", "vrijwilliger", "deelnemer", "respondent",
    "verteller", "vraag", "antwoord", "opmerking", "noot", "transcript", "datum", "plaats",
    "locatie", "aanwezig", "aanwezigen", "tijd", "duur", "thema", "onderwerp", "topic",
    "groep", "allen", "iedereen", "man", "vrouw", "kind", "jongen", "meisje", "professional",
    "jeugdprofessional", "student", "coach", "facilitator", "gespreksleider", "notulist",
    "i", "r", "v", "a", "b", "m", "o", "t", "p", "int", "resp", "beg", "ond", "vr", "antw",
}

# Capitalised in Dutch without naming anyone: languages, nationalities, countries, feasts,
# brands, days and months, well-known services. The facilitator can add more (``allow``).
COMMON_WORDS = set("""
nederlands nederland nederlandse nederlander nederlanders engels engelse arabisch arabische
turks turkse turk turken turkije marokkaans marokkaanse marokkaan marokkanen marokko berbers
amazigh pools poolse polen somalisch somalische somaliër somalië tigrinya eritrees eritrese
eritrea syrisch syrische syriër syrië surinaams surinaamse surinamer suriname antilliaans
antilliaanse antillen curaçao curaçaos aruba bonaire frans franse frankrijk duits duitse
duitsland spaans spaanse spanje portugees portugese oekraïens oekraïense oekraïne russisch
russische rusland koerdisch koerdische koerdistan farsi perzisch dari pashto afghaans
afghaanse afghanistan irak iraaks iraakse iran iraans iraanse ethiopië ethiopisch
ethiopische amhaars europa europees europese afrika afrikaans afrikaanse azië aziatisch
belgië belgisch belgische vlaams ghana ghanees ghanese nigeria indonesië indonesisch
indonesische indisch indische hindi hindoestaans hindoestaanse javaans javaanse sranan
sranantongo papiaments kaapverdisch chinees chinese china bulgaars bulgaarse bulgarije
roemeens roemeense roemenië hongaars hongaarse islam islamitisch islamitische moslim
moslims christelijk christelijke christen katholiek katholieke protestants hindoe
god allah jezus koran bijbel profeet
ramadan suikerfeest offerfeest eid bayram kerst kerstmis kerstfeest pasen pinksteren
hemelvaart sinterklaas sint piet koningsdag bevrijdingsdag carnaval divali diwali holi
keti koti chanoeka nieuwjaar oudejaarsavond moederdag vaderdag halloween
maandag dinsdag woensdag donderdag vrijdag zaterdag zondag januari februari maart april mei
juni juli augustus september oktober november december
whatsapp facebook instagram tiktok google youtube snapchat netflix zoom teams signal
albert heijn ah jumbo lidl aldi action kruidvat hema etos zeeman primark ikea bol
marktplaats blokker gamma praxis coolblue ns ov-chipkaart postnl dhl rabobank ing abn
amro kpn ziggo vodafone lebara odido apple samsung iphone android mcdonald's kfc lego nike
cjg ggd uwv ind azc coa wmo svb duo jgz mbo hbo wo vmbo havo vwo mavo pabo roc ok oké tv
gemeente belastingdienst toeslagen jeugdzorg
ik i ict covid corona dr mw dhr
""".split())

# Services every town has, named in full: they say nothing about who or where ("het Centrum
# voor Jeugd en Gezin"); a place after them is still a place ("Veilig Thuis Utrecht").
_SERVICES = re.compile(
    r"(?<!\w)(?:Centrum voor Jeugd en Gezin|Veilig Thuis|Raad voor de Kinderbescherming|"
    r"Leger des Heils|Rode Kruis|Sociale Verzekeringsbank|Sociaal Wijkteam)(?!\w)")
# A name and what it is in one word: "Sint-Jozefschool", "Bonifatiuskerk", "Mevlana-moskee".
_NAMED_INSTITUTION = re.compile(
    r"(?<![\w-])[A-ZÀ-Þ][\wÀ-ÿ'’-]*?(?P<key>school|college|lyceum|kerk|moskee)(?!\w)")
_NAMED_INSTITUTION_KEY = {"school": "[school]", "college": "[school]", "lyceum": "[school]",
                          "kerk": "[gebedshuis]", "moskee": "[gebedshuis]"}
# After these a capitalised word no list knows is most likely a place: "uit Homs", "in
# Beiroet", "naar Gaziantep" (people are found by the name lists before this).
_PLACE_BEFORE = {"in", "uit", "naar", "te", "woon", "woont", "wonen", "woonde", "woonden"}
# A part of a town after its name: "Amsterdam-Noord", "Zwolle-Zuid".
_TOWN_PARTS = {"noord", "zuid", "oost", "west", "noordoost", "noordwest", "zuidoost",
               "zuidwest", "centrum", "midden", "binnenstad"}

_CONTEXT = {
    "[naam kind]": {"zoon", "dochter", "kind", "kindje", "baby", "zoontje", "dochtertje",
                    "jongste", "oudste", "broertje", "zusje", "kleine", "peuter",
                    "kleinkind", "kleinzoon", "kleindochter"},
    "[naam partner]": {"man", "vrouw", "partner", "vriend", "vriendin", "ex", "echtgenoot",
                       "echtgenote"},
    "[naam vrijwilliger]": {"vrijwilliger", "vrijwilligster"},
    "[naam begeleider]": {"begeleider", "begeleidster", "coach", "leidster", "hulpverlener",
                          "buurtcoach", "gezinscoach", "jeugdcoach", "maatje", "mentor"},
    "[naam familielid]": {"zus", "broer", "moeder", "vader", "schoonzus", "zwager",
                          "schoonmoeder", "schoonvader", "nicht", "neef"},
    "[plaats]": {"in", "uit", "naar", "te", "bij", "wonen", "woon", "woonde", "van"},
}
_PARTICLES = {"de", "van", "der", "den", "het", "ten", "ter", "te", "el", "al", "bin", "ben",
              "da", "di", "du", "la", "le", "von", "op", "in", "'t"}
_POSSESSIVE = re.compile(r"(?:['’]s|s['’])$")
_APOSTROPHE_NAME = re.compile(r"^[A-ZÀ-Þ][a-zà-ÿ]+['’][a-zà-ÿ]{2,}$")
_SURNAME_AFTER_PARTICLE = re.compile(
    r"(?:Van der|Van den|Van de|Van 't|Van|De|Den|Ter|Ten|El|Al) (?:(?:der|den|de) )?"
    rf"(?P<surname>{_CAP})")
_NAME_PARTICLES = ("van der", "van den", "van de", "van", "de", "den", "der", "ter", "ten",
                   "el", "al", "ben", "bin")


@dataclass(frozen=True)
class Finding:
    """One likely identifying detail: where it is, what kind, and a placeholder to offer."""

    start: int
    end: int
    text: str
    kind: str
    suggestion: str


def scan(text: str, names: Iterable[str] = (), *, allowed: Iterable[str] = (),
         knowledge: namelists.Knowledge | None = None) -> list[Finding]:
    """Likely identifying details in ``text``, in reading order, without overlaps.

    ``names`` are people the workshop knows; ``allowed`` are words the facilitator said
    are not identifying; ``knowledge`` the name and place lists (loaded on first use when
    not given). Text inside placeholders such as ``[naam kind]`` is never flagged.
    """
    know = knowledge if knowledge is not None else namelists.get()
    allowed_set = {w.casefold() for w in allowed if w.strip()}
    harmless = COMMON_WORDS | allowed_set
    taken: list[tuple[int, int]] = [m.span() for m in _PLACEHOLDER.finditer(text)]
    found: list[Finding] = []

    def free(start: int, end: int) -> bool:
        return not any(start < e and s < end for s, e in taken)

    def add(start: int, end: int, kind: str, suggestion: str) -> None:
        word = text[start:end]
        if end - start < 2 or not free(start, end) or word.casefold() in allowed_set:
            return
        taken.append((start, end))
        found.append(Finding(start, end, word, kind, suggestion))

    for match in _EMAIL.finditer(text):
        add(match.start(), match.end(), "email", PLACEHOLDERS["email"])
    for match in _WEBSITE.finditer(text):
        add(match.start(), match.end(), "online", "[website]")
    for match in _HANDLE.finditer(text):
        add(match.start(), match.end(), "online", PLACEHOLDERS["online"])
    for kind, pattern in (("phone", _PHONE), ("postcode", _POSTCODE)):
        for match in pattern.finditer(text):
            add(match.start(), match.end(), kind, PLACEHOLDERS[kind])
    _institutions(text, add, harmless, know)
    for match in _SERVICES.finditer(text):
        if free(*match.span()):
            taken.append(match.span())  # nothing to replace
    name_pattern = names_pattern(names)
    if name_pattern is not None:
        for match in name_pattern.finditer(text):
            add(match.start(), match.end(), "name",
                suggest(text, match.start(), match.end(), person=True))
    _speakers(text, add, know, harmless)
    for match in _TITLE.finditer(text):
        name = match.group("name")
        first = next((w for w in name.split() if w.casefold() not in _PARTICLES), name)
        if first.casefold() not in harmless:
            placeholder = _TITLE_KEY[match.group("key").casefold()]
            add(match.start("name"), match.end("name"), "person", placeholder)
    _places(text, add, know, harmless)
    for match in _ADDRESS.finditer(text):
        add(match.start(), match.end(), "address", PLACEHOLDERS["address"])
    _people(text, add, free, know, harmless)
    _capitals(text, add, free, harmless)
    found.sort(key=lambda f: f.start)
    return _same_suggestion_everywhere(found)


def _same_suggestion_everywhere(found: list[Finding]) -> list[Finding]:
    """'mijn zoon Amir … Amir is vijf': the second Amir gets [naam kind] too."""
    best: dict[str, str] = {}
    for f in found:
        if f.suggestion != PLACEHOLDERS[f.kind]:
            best.setdefault(f.text.casefold(), f.suggestion)
    return [Finding(f.start, f.end, f.text, f.kind, best.get(f.text.casefold(), f.suggestion))
            if f.suggestion == PLACEHOLDERS[f.kind] else f for f in found]


def _institutions(text: str, add: Callable[..., None], harmless: set[str],
                  know: namelists.Knowledge) -> None:
    for match in _INSTITUTION.finditer(text):
        words = text[match.end("key"):match.end()].split()
        if all(w.casefold() in harmless for w in words if w[0].isupper()):
            continue  # "school Nederlands", "kerk Pasen"
        add(match.start(), match.end(), "institution",
            _INSTITUTION_KEY[match.group("key").casefold()])
    for match in _COLLEGE.finditer(text):
        add(match.start(), match.end(), "institution", "[school]")
    for match in _NAMED_INSTITUTION.finditer(text):
        word = match.group().casefold()
        if word in _INSTITUTION_KEY or word in know.vocabulary or word in harmless:
            continue  # "Basisschool", "Zondagsschool", "Dorpskerk": what, not which
        add(match.start(), match.end(), "institution",
            _NAMED_INSTITUTION_KEY[match.group("key")])


def _speakers(text: str, add: Callable[..., None], know: namelists.Knowledge,
              harmless: set[str]) -> None:
    for match in _SPEAKER.finditer(text):
        label = match.group("name")
        words = [w.casefold() for w in re.split(r"[ -]", label)]
        if words[0] in ROLE_WORDS or all(w in harmless | know.common for w in words):
            continue
        if all(w in know.vocabulary and not know.is_first_name(w) for w in words):
            continue  # "Belangrijk: …", "Tip: …" open a line without naming anyone
        add(match.start("name"), match.end("name"), "speaker", PLACEHOLDERS["speaker"])


def _tokens(text: str) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(text)]


def _places(text: str, add: Callable[..., None], know: namelists.Knowledge,
            harmless: set[str]) -> None:
    for match in _S_PLACE.finditer(text):  # "'s-Hertogenbosch", "’s-Gravenhage"
        if ("'" + match.group()[1:]).casefold() in know.places:
            add(match.start(), match.end(), "place", "[plaats]")
    tokens = _tokens(text)
    for i, (start, _end, word) in enumerate(tokens):
        if not word[0].isupper() or word.casefold() in harmless:
            continue
        if _after_first_name(tokens, i, know):
            continue  # "Henk de Vries", "Anna Wijk": a surname, not the village
        for place in know.places.get(word.casefold(), ()):
            window = tokens[i:i + len(place)]
            if len(window) < len(place) or not all(
                _same_place_word(t[2], p) for t, p in zip(window, place, strict=True)
            ):
                continue
            if len(place) == 1 and starts_sentence(text, start) and (
                word.casefold() in know.common or word.casefold() in know.vocabulary
                and not _after_preposition(text, start)
            ):
                break  # "Best", "Hoorn" or "Lent" opening a sentence are words
            end = window[-1][1]
            folded = tuple(w.casefold() for w in place)
            add(start, end, "place", "[wijk]" if folded in know.neighbourhoods else "[plaats]")
            break
        else:
            _town_part(start, word, add, know)
            _neighbourhood_word(start, word, add, know)


def _town_part(start: int, word: str, add: Callable[..., None],
               know: namelists.Knowledge) -> None:
    """'Amsterdam-Noord', 'Utrecht-Overvecht': a listed town, a hyphen, a capitalised part."""
    town, _, rest = word.partition("-")
    if not rest or not rest[0].isupper() or know.is_first_name(word):
        return  # "Anne-Marie"
    if not any(len(place) == 1 for place in know.places.get(town.casefold(), ())):
        return  # the part before the hyphen is no listed town of one word
    part = rest.casefold()
    wijk = part in _TOWN_PARTS or (part,) in know.neighbourhoods
    add(start, start + len(word), "place", "[wijk]" if wijk else "[plaats]")


_NEIGHBOURHOOD_WORD = re.compile(r"[A-ZÀ-Þ][\wÀ-ÿ'’-]{2,}(?:buurt|wijk|kwartier)")


def _neighbourhood_word(start: int, word: str, add: Callable[..., None],
                        know: namelists.Knowledge) -> None:
    """'Vogelbuurt', 'Schilderswijk': a neighbourhood no list knows, not a Dutch word
    such as 'Nieuwbouwwijk' opening a sentence."""
    if _NEIGHBOURHOOD_WORD.fullmatch(word) and word.casefold() not in know.vocabulary:
        add(start, start + len(word), "place", "[wijk]")


_S_PLACE = re.compile(r"(?<!\w)['’][sS]-[A-ZÀ-Þ][\wÀ-ÿ-]+")


def _after_first_name(tokens: list[tuple[int, int, str]], i: int,
                      know: namelists.Knowledge) -> bool:
    j = i - 1
    while j >= 0 and tokens[j][2].casefold() in {"de", "van", "der", "den", "ter", "ten",
                                                  "el", "al"}:
        if tokens[j][2][0].isupper() and j == i - 1 or tokens[j][2] in ("Van", "Ter", "Ten"):
            return True  # "Van der Berg", "De Vries"
        j -= 1
    return (j >= 0 and tokens[j][2][0].isupper() and know.is_first_name(tokens[j][2])
            and tokens[j][2].casefold() not in COMMON_WORDS)


def _same_place_word(word: str, place_word: str) -> bool:
    if place_word.casefold() in namelists.PLACE_PARTICLES:
        return word.casefold() == place_word.casefold()
    return word[0].isupper() and word.casefold() == place_word.casefold()


def _word_before(text: str, start: int) -> str:
    before = re.findall(r"[\wÀ-ÿ]+", text[max(0, start - 20):start])
    return before[-1].casefold() if before else ""


def _after_preposition(text: str, start: int) -> bool:
    return _word_before(text, start) in {"in", "uit", "naar", "te", "bij", "van"}


def _people(text: str, add: Callable[..., None], free: Callable[[int, int], bool],
            know: namelists.Knowledge, harmless: set[str]) -> None:
    tokens = _tokens(text)
    i = 0
    while i < len(tokens):
        start, end, word = tokens[i]
        i += 1
        if not word[0].isupper() or not free(start, end):
            continue
        folded = word.casefold()
        if folded in _PARTICLES:
            # "Van der Berg", "De Vries": a capitalised particle before a listed surname
            after = _SURNAME_AFTER_PARTICLE.match(text, start)
            if after and know.is_surname(after.group("surname")) and free(start, after.end()):
                add(start, after.end(), "person",
                    suggest(text, start, after.end(), person=True))
                while i < len(tokens) and tokens[i][0] < after.end():
                    i += 1
            continue
        base = _POSSESSIVE.sub("", word)  # "Fatima's man"
        if folded in harmless or base.casefold() in harmless:
            continue
        if not (know.is_first_name(base) or know.is_surname(base)):
            if _APOSTROPHE_NAME.match(word):  # "Ma'ruf", "Sa'id": no Dutch word looks so
                add(start, end, "person", suggest(text, start, end, person=True))
            continue
        if starts_sentence(text, start) and not _name_at_sentence_start(text, end, base, know):
            continue
        # "Henk de Vries", "Fatima Yilmaz": a surname after a first name belongs to it.
        while True:
            rest = text[end:]
            particle = next((p for p in _NAME_PARTICLES if rest.startswith(f" {p} ")), "")
            j = i + len(particle.split())
            if j >= len(tokens):
                break
            s2, e2, w2 = tokens[j]
            expected = end + 1 + (len(particle) + 1 if particle else 0)
            if s2 != expected or not w2[0].isupper() or w2.casefold() in harmless:
                break
            end, i = e2, j + 1
        add(start, end, "person", suggest(text, start, end, person=True))


def _name_at_sentence_start(text: str, end: int, word: str, know: namelists.Knowledge) -> bool:
    """A listed name opening a sentence is a name unless it is also an ordinary word
    ("Toen", "Klaar"); then only a comma or colon after it ("Roos, de vrijwilliger")
    says it is a name."""
    folded = word.casefold()
    if text[end:end + 1] == ",":
        return folded not in know.common or folded in know.first_names
    if folded in know.common:
        return False
    if not know.is_first_name(word) and folded in know.vocabulary:
        return False  # a surname that is also a Dutch word: "Daarna", "Bakker"
    return True


def _capitals(text: str, add: Callable[..., None], free: Callable[[int, int], bool],
              harmless: set[str]) -> None:
    runs: list[tuple[int, str]] = []
    for match in _WORD.finditer(text):
        start, words = match.start(), match.group().split(" ")
        if starts_sentence(text, start):
            start += len(words[0]) + 1  # the first word is capitalised for the sentence
            words = words[1:]
        while words and words[0].casefold().rstrip("'’-") in harmless:
            start += len(words[0]) + 1
            words = words[1:]
        # Words another rule took split the run: "bij Humanitas Deventer" leaves
        # "Humanitas" once the place is taken.
        pieces: list[tuple[int, list[str]]] = []
        position, joined = start, False
        for word in words:
            was_joined, joined = joined, free(position, position + len(word))
            if joined and was_joined:
                pieces[-1][1].append(word)
            elif joined:
                pieces.append((position, [word]))
            position += len(word) + 1
        for piece_start, piece in pieces:
            run = " ".join(piece).rstrip("'’-")
            if len(run) >= 2 and not all(_harmless(w, harmless) for w in piece):
                runs.append((piece_start, run))
    # A name seen mid-sentence is a name at the start of a sentence too ("Fatima kwam."):
    # mark every occurrence, longest names first.
    places = {run for start, run in runs if " " not in run and _after_place_word(text, start)}
    seen_pattern = names_pattern(run for _, run in runs)
    if seen_pattern is not None:
        for match in seen_pattern.finditer(text):
            if any(match.group() == run for _, run in runs):
                _add_capital(text, match.start(), match.group(), add, places)
    for start, run in runs:
        _add_capital(text, start, run, add, places)


def _add_capital(text: str, start: int, run: str, add: Callable[..., None],
                 places: set[str]) -> None:
    if run in places:
        add(start, start + len(run), "place", PLACEHOLDERS["place"])
    else:
        add(start, start + len(run), "capital", suggest(text, start, start + len(run)))


def _after_place_word(text: str, start: int) -> bool:
    return _word_before(text, start) in _PLACE_BEFORE and not starts_sentence(text, start)


def _harmless(word: str, harmless: set[str]) -> bool:
    """'Turks', 'WhatsApp-groep', 'Ramadan-maaltijd': a harmless word or compound."""
    folded = word.casefold().rstrip("'’-")
    return folded in harmless or folded.split("-")[0] in harmless


def names_pattern(names: Iterable[str]) -> re.Pattern[str] | None:
    """One pattern matching any of ``names`` as whole words, longest first."""
    unique = sorted({n.strip() for n in names if len(n.strip()) >= 2}, key=len, reverse=True)
    if not unique:
        return None
    return re.compile(
        r"(?<!\w)(?:" + "|".join(re.escape(n) for n in unique) + r")(?!\w)", re.IGNORECASE
    )


def starts_sentence(text: str, start: int) -> bool:
    i = start - 1
    while i >= 0 and text[i] in " \t\u00a0":
        i -= 1
    return i < 0 or text[i] in _SENTENCE_END


def suggest(text: str, start: int, end: int | None = None, *, person: bool = False) -> str:
    """A placeholder from the words around: 'mijn zoon Amir' -> [naam kind]; 'Karin, de
    begeleider' -> [naam begeleider]; 'uit Homs' -> [plaats]. For a known ``person`` a
    preposition says nothing ('bij Kees thuis' is [naam], not [plaats])."""
    window = re.split(r"[.!?\n:;]", text[max(0, start - 40):start])[-1]  # this sentence
    before = re.findall(r"[\wÀ-ÿ]+", window)
    if before:
        previous = before[-1].casefold()
        for placeholder, words in _CONTEXT.items():
            if previous in words and not (person and placeholder == "[plaats]"):
                return placeholder
    if end is not None:
        after = re.match(r",\s+(?:de|het|mijn|onze|haar|zijn|ons|een)\s+([\wÀ-ÿ]+)", text[end:])
        if after:
            noun = after.group(1).casefold()
            for placeholder, words in _CONTEXT.items():
                if noun in words and placeholder != "[plaats]":
                    return placeholder
    return PLACEHOLDERS["name"]
