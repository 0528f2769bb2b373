"""Messages of the facilitator's project work: paperwork, the topic list, the status
overview, identities on import and interview."""

MESSAGES: dict[str, tuple[str, str]] = {
    # paperwork (forms): what the printed sheets say
    "forms.consent.title": ("Toestemmingsformulier", "Consent form"),
    "forms.letter.title": ("Informatiebrief", "Information letter"),
    "forms.contact": (
        "Vragen? Of wilt u later uw verhaal laten weghalen? Neem contact op met: {contact}",
        "Questions? Or do you want your story removed later? Please contact: {contact}",
    ),
    "forms.no_contact": ("de begeleider van de bijeenkomst",
                         "the facilitator of the meeting"),
    "forms.consent.sign_intro": (
        "Ik heb de uitleg gelezen of gehoord. Ik doe mee omdat ik dat zelf wil.",
        "I have read or heard the explanation. I take part because I want to.",
    ),
    "forms.sign.name": ("Naam", "Name"),
    "forms.sign.date": ("Datum", "Date"),
    "forms.sign.signature": ("Handtekening", "Signature"),
    "forms.consent.office": (
        "In te vullen door de begeleider. Bewaar dit formulier apart van de verhalen.",
        "For the facilitator to fill in. Keep this form apart from the stories.",
    ),
    "forms.sign.pseudonym": ("Verzonnen naam", "Made-up name"),
    "forms.sign.taken_by": ("Ingevuld door", "Filled in by"),
    "forms.letter.greeting": ("Beste lezer,", "Dear reader,"),
    "forms.letter.how.title": ("Hoe gaat het?", "How does it work?"),
    "forms.letter.how": (
        "U vertelt over uw ervaringen. U typt het zelf, of iemand typt voor u. "
        "Wij stellen een paar vragen. U kiest zelf wat u vertelt.",
        "You tell about your experiences. You type it yourself, or someone types for you. "
        "We ask a few questions. You choose what you tell.",
    ),
    "forms.letter.name.title": ("Uw naam", "Your name"),
    "forms.letter.name": (
        "Uw verhaal krijgt een verzonnen naam. Namen van anderen halen wij eruit. "
        "Uw echte naam bewaren wij apart, alleen om u te kunnen bereiken.",
        "Your story gets a made-up name. We take out the names of others. "
        "We keep your real name apart, only to be able to reach you.",
    ),
    "forms.letter.store.title": ("Wie leest uw verhaal?", "Who reads your story?"),
    "forms.letter.store": (
        "Alleen de mensen van dit onderzoek lezen het. Het staat op een beveiligde laptop.",
        "Only the people of this research read it. It is kept on a secured laptop.",
    ),
    "forms.letter.quotes.title": ("Stukjes uit uw verhaal", "Small parts of your story"),
    "forms.letter.quotes": (
        "Wij laten alleen stukjes zien als u dat goed vindt. Dan staat uw naam er niet bij.",
        "We only show small parts if you agree. Your name is not shown with them.",
    ),
    "forms.letter.stop.title": ("Stoppen", "Stopping"),
    "forms.letter.stop": (
        "U mag altijd stoppen. Ook later kunt u uw verhaal laten weghalen. "
        "Noem dan uw verzonnen naam. U hoeft niet te zeggen waarom.",
        "You can always stop. Later you can still have your story removed. "
        "Then give your made-up name. You do not have to say why.",
    ),
    "forms.letter.thanks": ("Dank u wel dat u wilt meedoen!", "Thank you for taking part!"),
    "forms.topics.intro": (
        "De topics die nu gevraagd worden, elk met een voorbeeldvraag.",
        "The topics asked now, each with an example question.",
    ),
    "forms.topics.only_for": ("Alleen voor: {roles}", "Only for: {roles}"),
    "forms.error.contact_too_long": (
        "Het contact is te lang (meer dan 200 tekens). Geef één korte regel.",
        "The contact is too long (over 200 characters). Give one short line.",
    ),
    "forms.cli.written": ("PDF gemaakt: {path}", "PDF made: {path}"),
    "forms.cli.no_contact_hint": (
        "Let op: er staat nog geen contact op de formulieren. Zet het met "
        "'workbench settings contact \"…\"'.",
        "Note: the forms show no contact yet. Set it with "
        "'workbench settings contact \"…\"'.",
    ),
    "settings.contact_set": ("Contact bewaard: {contact}", "Contact saved: {contact}"),
    "settings.contact_show": ("Contact: {contact}", "Contact: {contact}"),
    "settings.contact_none": ("Nog geen contact ingesteld.", "No contact set yet."),
    # topic list
    "topics.error.no_list": ("Deze kenniswerkplaats heeft geen topiclijst.",
                             "This workshop has no topic list."),
    "topics.error.not_found": ("Geen topic '{ref}'. Nummers: {available}.",
                               "No topic '{ref}'. Numbers: {available}."),
    "topics.error.empty_label": ("Een topic heeft een naam nodig.", "A topic needs a name."),
    "topics.error.bad_label": ("De naam van een topic is één regel van hooguit 120 tekens.",
                               "A topic's name is one line of at most 120 characters."),
    "topics.error.bad_field": ("Onbekend veld: {field}.", "Unknown field: {field}."),
    "topics.retired_mark": ("niet meer gevraagd", "no longer asked"),
    "topics.asked_mark": ("gevraagd", "asked"),
    "topics.col.topic": ("Topic", "Topic"),
    "topics.col.stories": ("Verhalen", "Stories"),
    "topics.only_for": ("alleen: {roles}", "only: {roles}"),
    "topics.n_stories": ("{n} verhalen", "{n} stories"),
    "topics.n_stories.one": ("1 verhaal", "1 story"),
    "topics.cli.added": ("Topic {n} toegevoegd: {label}", "Topic {n} added: {label}"),
    "topics.cli.edited": ("Topic {n} gewijzigd: {label}", "Topic {n} changed: {label}"),
    "topics.cli.retired": (
        "Topic {n} wordt niet meer gevraagd: {label}. De verhalen erbij blijven.",
        "Topic {n} is no longer asked: {label}. Its stories stay.",
    ),
    "topics.cli.restored": ("Topic {n} wordt weer gevraagd: {label}",
                            "Topic {n} is asked again: {label}"),
    "topics.cli.exported": ("Topiclijst geschreven: {path}", "Topic list written: {path}"),
    "topics.screen.title": ("Topiclijst", "Topic list"),
    "topics.screen.hint": (
        "n nieuw topic · e wijzigen · r niet meer vragen / weer vragen · Esc terug",
        "n new topic · e edit · r stop / resume asking · Esc back",
    ),
    "topics.screen.new_label": ("Naam van het nieuwe topic", "Name of the new topic"),
    "topics.screen.new_question": ("Voorbeeldvraag (mag leeg)", "Example question (may be empty)"),
    "topics.screen.edit_label": ("Naam van het topic", "Name of the topic"),
    "topics.screen.edit_question": ("Voorbeeldvraag", "Example question"),
    "key.topics": ("Topics", "Topics"),
    "key.topics_new": ("Nieuw", "New"),
    "key.topics_edit": ("Wijzigen", "Edit"),
    "key.topics_retire": ("Niet meer vragen", "Stop asking"),
    # status
    "status.title": ("Stand van zaken", "Status"),
    "status.practice": ("{name}: {stories}", "{name}: {stories}"),
    "status.no_practice": ("(zonder praktijk)", "(no practice)"),
    "status.unfinished": ("{n} onaf", "{n} unfinished"),
    "status.unchecked": ("{n} niet gecontroleerd", "{n} not checked"),
    "status.quotes_blocked": ("{n} citaten geblokkeerd", "{n} quotes blocked"),
    "status.quotes_blocked.one": ("1 citaat geblokkeerd", "1 quote blocked"),
    "status.sessions_open": ("{n} bijeenkomsten open", "{n} sessions open"),
    "status.sessions_open.one": ("1 bijeenkomst open", "1 session open"),
    "status.all_clear": ("alles bij", "all up to date"),
    "status.last_backup": ("Laatste reservekopie: {when}", "Last backup: {when}"),
    "status.never": ("nog nooit", "never"),
    "status.last_merge": ("Laatst samengevoegd: {when}", "Last merged: {when}"),
    "status.last_merge_from": ("Laatst samengevoegd van {laptop}: {when}",
                               "Last merged from {laptop}: {when}"),
    "status.no_merge": ("Nog niet samengevoegd.", "Not merged yet."),
    "status.conflicts": ("! {n} verhalen zijn op twee laptops veranderd: kies welke blijft.",
                         "! {n} stories were changed on two laptops: choose which stays."),
    "status.conflicts.one": ("! 1 verhaal is op twee laptops veranderd: kies welke blijft.",
                             "! 1 story was changed on two laptops: choose which stays."),
    "status.backup_due": (
        "! Maak een reservekopie: er is gewerkt sinds de laatste. Typ 'workbench backup'.",
        "! Make a backup: work was done since the last one. Type 'workbench backup'.",
    ),
    # identities on import and interview
    "identity.button": ("Echte naam en contact…", "Real name and contact…"),
    "identity.button_filled": ("✓ Echte naam en contact", "✓ Real name and contact"),
    "identity.title": ("Echte naam en contact", "Real name and contact"),
    "identity.apart": (
        "Wordt apart van het verhaal bewaard. Alleen met de pincode te zien. Mag leeg.",
        "Kept apart from the story. Only shown with the PIN. May be empty.",
    ),
    "identity.keep": ("Bewaren", "Save"),
    "identity.real_name": ("Echte naam", "Real name"),
    "identity.contact": ("Telefoon of e-mail", "Phone or e-mail"),
    "identity.error.csv": (
        "Het identiteitenbestand {path} mist de kolom 'file' (of 'bestand').",
        "The identities file {path} lacks the column 'file'.",
    ),
    "identity.error.unknown_file": (
        "Het identiteitenbestand noemt {file}, maar dat bestand wordt niet geïmporteerd.",
        "The identities file names {file}, but that file is not being imported.",
    ),
    "identity.cli.saved": ("{n} identiteiten apart bewaard.", "{n} identities kept apart."),
    "identity.cli.saved.one": ("1 identiteit apart bewaard.", "1 identity kept apart."),
    "identity.cli.show": ("{pseudonym}: {name}, {contact}", "{pseudonym}: {name}, {contact}"),
    "identity.cli.set": ("Identiteit van {pseudonym} apart bewaard.",
                         "Identity of {pseudonym} kept apart."),
    "identity.cli.map": ("Welk bestand welke schuilnaam kreeg: {path} (alleen voor u leesbaar).",
                         "Which file got which pseudonym: {path} (readable by you only)."),
}
