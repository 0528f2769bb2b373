"""Messages of collecting stories: import, pseudonymisation, withdrawal, search, the list."""

MESSAGES: dict[str, tuple[str, str]] = {
    # errors
    "collect.error.too_long": (
        "Deze tekst is te lang ({size} tekens; hooguit {limit}). Plak een kleiner stuk of "
        "verdeel het over meer verhalen. Wat al bewaard was, blijft bewaard.",
        "This text is too long ({size} characters; at most {limit}). Paste a smaller piece or "
        "split it over several stories. What was saved stays saved.",
    ),
    "collect.error.empty_story": (
        "Het verhaal is leeg. Schrijf eerst iets op.",
        "The story is empty. Please write something first.",
    ),
    "collect.error.no_story": ("Verhaal {story} bestaat niet (meer).",
                               "Story {story} does not exist (any more)."),
    "collect.error.bad_status": ("Onbekende status {status}. Kies uit: {statuses}.",
                                 "Unknown status {status}. Choose from: {statuses}."),
    "collect.error.unresolved": (
        "Er staan nog {n} mogelijk herkenbare details in dit verhaal. Vervang ze of markeer ze "
        "als niet herkenbaar.",
        "This story still has {n} possibly identifying details. Replace them or mark them as "
        "not identifying.",
    ),
    "collect.error.unresolved.one": (
        'Er staat nog 1 mogelijk herkenbaar detail in dit verhaal. Vervang het of '
        'markeer het als niet herkenbaar.',
        'This story still has 1 possibly identifying detail. Replace it or mark it as '
        'not identifying.'),
    "collect.error.replacements_pending": (
        "In dit verhaal is {text} nog niet vervangen door {placeholder}. Kies Vervang "
        "overal en probeer het opnieuw.",
        "In this story {text} has not yet been replaced by {placeholder}. Choose Replace "
        "everywhere and try again.",
    ),
    "collect.error.bad_placeholder": (
        "{placeholder} is geen goede vervanging: de haken [ ] kloppen niet. Typ bijvoorbeeld "
        "[naam kind].",
        "{placeholder} is not a proper replacement: the brackets [ ] do not match. Type for "
        "example [naam kind].",
    ),
    "collect.error.not_a_file": ("{path} is geen bestand.", "{path} is not a file."),
    # import
    "collect.import.ok": ("geïmporteerd als {pseudonym} ({chars} {chars|teken|tekens})",
                          "imported as {pseudonym} ({chars} {chars|character|characters})"),
    "collect.import.empty": ("overgeslagen: leeg, er staat geen tekst in",
                             "skipped: empty, there is no text in it"),
    "collect.import.binary": (
        "overgeslagen: dit is geen tekstbestand (bijvoorbeeld Word of PDF). Sla het op als .txt.",
        "skipped: this is not a text file (e.g. Word or PDF). Save it as .txt.",
    ),
    "collect.import.refiqda": (
        "overgeslagen: dit is een REFI-QDA-bestand. Gebruik: {command} BESTAND",
        "skipped: this is a REFI-QDA file. Use: {command} FILE",
    ),
    "collect.import.not_text": (
        "overgeslagen: geen UTF-8 en de tekenset is niet te herkennen. Sla het op als UTF-8.",
        "skipped: not UTF-8 and the character set cannot be recognised. Save it as UTF-8.",
    ),
    "collect.import.too_large": (
        "overgeslagen: te groot ({size} bytes; hooguit {limit}). Verdeel het over meer bestanden.",
        "skipped: too large ({size} bytes; at most {limit}). Split it over several files.",
    ),
    "collect.import.too_long": (
        "overgeslagen: te lang ({size} tekens; hooguit {limit}). Verdeel het over meer bestanden.",
        "skipped: too long ({size} characters; at most {limit}). Split it over several files.",
    ),
    "collect.import.duplicate": (
        "overgeslagen: dit verhaal is al geïmporteerd (zelfde inhoud als {pseudonym})",
        "skipped: this story was imported before (same content as {pseudonym})",
    ),
    "collect.import.missing": ("overgeslagen: bestand niet gevonden",
                               "skipped: file not found"),
    "collect.import.is_folder": ("overgeslagen: dit is een map, geen bestand",
                                 "skipped: this is a folder, not a file"),
    "collect.import.unreadable": ("overgeslagen: kan niet gelezen worden ({reason})",
                                  "skipped: cannot be read ({reason})"),
    "collect.import.csv_columns": (
        "overgeslagen: de CSV heeft geen kolom 'text' en geen kolommen 'topic_1', 'topic_2', ...",
        "skipped: the CSV has no column 'text' and no columns 'topic_1', 'topic_2', ...",
    ),
    "collect.import.bad_role": ("overgeslagen: onbekende rol '{value}'",
                                "skipped: unknown role '{value}'"),
    "collect.import.bad_practice": ("overgeslagen: onbekende praktijk '{value}'",
                                    "skipped: unknown practice '{value}'"),
    "collect.import.bad_date": ("overgeslagen: datum '{value}' is niet JJJJ-MM-DD",
                                "skipped: date '{value}' is not YYYY-MM-DD"),
    "collect.import.bad_yes_no": ("overgeslagen: '{value}' is geen ja of nee",
                                  "skipped: '{value}' is not yes or no"),
    "collect.import.bad_topic": ("overgeslagen: kolom '{value}' hoort bij geen topic",
                                 "skipped: column '{value}' matches no topic"),
    "collect.import.line": ("{source}: {message}", "{source}: {message}"),
    "collect.import.total": ("{imported} geïmporteerd, {skipped} overgeslagen.",
                             "{imported} imported, {skipped} skipped."),
    "collect.import.progress": ("Lezen: {done} van {total}", "Reading: {done} of {total}"),
    # withdrawal
    "collect.withdraw.confirm": (
        "{pseudonym} trekt het verhaal in. Dit wordt verwijderd: verhalen {stories}, "
        "fragmenten {fragments}, coderingen {codings}, citaten op posters {quotes}. "
        "Eerst wordt een reservekopie gemaakt. Doorgaan?",
        "{pseudonym} withdraws. This is removed: stories {stories}, fragments {fragments}, "
        "codings {codings}, quotes on posters {quotes}. A backup is made first. Continue?",
    ),
    "collect.withdraw.done": (
        "De toestemming van {pseudonym} is ingetrokken. Verwijderd: verhalen {stories}, "
        "en alles wat ervan "
        "gemaakt was.",
        "{pseudonym} has withdrawn. Removed: stories {stories}, and everything made from "
        "them.",
    ),
    "collect.withdraw.backup": ("Reservekopie: {path}", "Backup: {path}"),
    "collect.yes_no_hint": ("[j/N]", "[y/N]"),
    "collect.withdraw.cancelled": ("Niets verwijderd.", "Nothing removed."),
    # story list and search (CLI and TUI)
    "collect.list.empty": ("Geen verhalen gevonden.", "No stories found."),
    "collect.list.count": ("{n} verhalen", "{n} stories"),
    "collect.list.count.one": ('1 verhaal',
        '1 story'),
    "collect.list.count_one": ("1 verhaal", "1 story"),
    "collect.list.more": ("De eerste {n} verhalen; zoek of filter om de rest te vinden.",
                          "The first {n} stories; search or filter to find the rest."),
    "collect.status.draft": ("bezig", "in progress"),
    "collect.status.interrupted": ("onderbroken", "interrupted"),
    "collect.status.complete": ("af", "complete"),
    "collect.status.ready": ("codeerklaar", "ready to code"),
    "collect.mode.booth": ("zelf getypt", "typed by the storyteller"),
    "collect.mode.interview": ("interview", "interview"),
    "collect.mode.import": ("geïmporteerd", "imported"),
    "collect.role.parent": ("ouder", "parent"),
    "collect.role.caregiver": ("verzorger", "caregiver"),
    "collect.role.volunteer": ("vrijwilliger", "volunteer"),
    "collect.role.professional": ("jeugdprofessional", "youth professional"),
    "collect.role.researcher": ("onderzoeker", "researcher"),
    "collect.role.unknown": ("rol onbekend", "role unknown"),
    "collect.cli.role_set": ("{pseudonym} heeft nu de rol {role}.",
                             "{pseudonym} now has the role {role}."),
    "collect.role_pick": ("Rol van {pseudonym}", "Role of {pseudonym}"),
    "collect.role_set": ("{pseudonym} heeft nu de rol {role}.",
                         "{pseudonym} now has the role {role}."),
    # pseudonymisation
    "collect.kind.email": ("e-mailadres", "e-mail address"),
    "collect.kind.phone": ("telefoonnummer", "phone number"),
    "collect.kind.online": ("online", "online"),  # a website or an account; short for the table
    "collect.kind.postcode": ("postcode", "postcode"),
    "collect.kind.address": ("adres", "address"),
    "collect.kind.name": ("bekende naam", "known name"),
    "collect.kind.capital": ("naam?", "name?"),
    "collect.kind.person": ("naam", "name"),
    "collect.kind.speaker": ("spreker", "speaker"),
    "collect.kind.place": ("plaats", "place"),
    "collect.kind.institution": ("instelling", "institution"),
    "collect.kind.manual": ("met de hand", "by hand"),
    "collect.pseudo.applied": ("{n} keer vervangen, in alle verhalen.",
                               "Replaced {n} times, in every story."),
    "collect.pseudo.applied.one": ('1 keer vervangen, in alle verhalen.',
        'Replaced once, in every story.'),
    "collect.pseudo.passed": ("Verhaal van {pseudonym} is klaar voor coderen.",
                              "The story of {pseudonym} is ready for coding."),
    "collect.pseudo.none": ("Geen herkenbare details gevonden.", "No identifying details found."),
    # collect screen
    "collect.filter.practice": ("Alle praktijken", "All practices"),
    "collect.filter.role": ("Alle rollen", "All roles"),
    "collect.filter.topic": ("Alle topics", "All topics"),
    "collect.filter.status": ("Elke status", "Any status"),
    "collect.search_placeholder": ("Zoeken in verhalen… ( / )", "Search the stories… ( / )"),
    "collect.col.teller": ("Verteller", "Storyteller"),
    "collect.col.role": ("Rol", "Role"),
    "collect.col.practice": ("Praktijk", "Practice"),
    "collect.col.status": ("Status", "Status"),
    "collect.col.date": ("Datum", "Date"),
    "collect.col.found": ("Gevonden", "Found"),
    "collect.meta": ("{pseudonym} · {role} · {practice} · {status} · {mode} · {chars} "
                     "{chars|teken|tekens}",
                     "{pseudonym} · {role} · {practice} · {status} · {mode} · {chars} "
                     "{chars|character|characters}"),
    "collect.pick_practice": ("Voor welke praktijk?", "For which practice?"),
    "collect.withdraw.title": ("Verhaal intrekken", "Withdraw a story"),
    "collect.withdraw.yes": ("Ja, verwijderen", "Yes, remove"),
    "key.collect_search": ("Zoeken", "Search"),
    "key.collect_booth": ("Verhalenhoek", "Story booth"),
    "key.collect_interview": ("Interview", "Interview"),
    "key.collect_resume": ("Verder vertellen", "Resume"),
    "key.collect_pseudo": ("Pseudonimiseren", "Pseudonymise"),
    "key.collect_withdraw": ("Intrekken", "Withdraw"),
    "key.collect_role": ("Rol geven", "Give role"),
    # interview mode
    "interview.title": ("Nieuw interview", "New interview"),
    "interview.pseudonym": ("Schuilnaam van de verteller", "Storyteller's pseudonym"),
    "interview.pseudonym_hint": ("Leeg laten: er wordt een naam gemaakt",
                                 "Leave empty to have one made up"),
    "interview.role": ("Rol", "Role"),
    "interview.interviewer": ("Naam van de interviewer", "Interviewer's name"),
    "interview.date": ("Datum (JJJJ-MM-DD)", "Date (YYYY-MM-DD)"),
    "interview.interpreter": ("Er hielp een tolk", "An interpreter helped"),
    "interview.consent_store": ("Toestemming: het verhaal mag bewaard worden",
                                "Consent: the story may be kept"),
    "interview.consent_quotes": ("Toestemming: anonieme citaten in verslagen en op posters",
                                 "Consent: anonymous quotes in reports and on posters"),
    "interview.begin": ("Beginnen", "Begin"),
    "interview.bad_date": ("'{value}' is geen datum als 2026-03-14.",
                           "'{value}' is not a date like 2026-03-14."),
    "interview.checklist": ("Topics — {name}", "Topics — {name}"),
    "interview.free_text": ("Verhaal", "Story"),
    "interview.finish": ("Verhaal is af", "Story complete"),
    "interview.finished": ("Het verhaal van {name} is bewaard.", "The story of {name} is saved."),
    "key.telling_leave": ("Later verder", "Continue later"),
    "key.telling_save": ("Bewaren", "Save"),
    "key.telling_next": ("Volgend topic", "Next topic"),
    "key.telling_previous": ("Vorig topic", "Previous topic"),
    # pseudonymisation screen
    "pseudo.title": ("Pseudonimiseren — {name}: {n} mogelijk herkenbare details",
                     "Pseudonymise — {name}: {n} possibly identifying details"),
    "pseudo.title.one": ('Pseudonimiseren — {name}: 1 mogelijk herkenbaar detail',
        'Pseudonymise — {name}: 1 possibly identifying detail'),
    "pseudo.state_passed": (" · gecontroleerd", " · reviewed"),
    "pseudo.findings": ("Gevonden", "Found"),
    "pseudo.placeholder": ("Vervangen door:", "Replace with:"),
    "pseudo.replace": ("Vervang overal", "Replace everywhere"),
    "pseudo.allow": ("Niet herkenbaar", "Not identifying"),
    "pseudo.ready": ("Klaar voor coderen", "Ready for coding"),
    "pseudo.col.text": ("Tekst", "Text"),
    "pseudo.col.kind": ("Soort", "Kind"),
    "pseudo.col.suggestion": ("Voorstel", "Suggestion"),
    "key.pseudo_replace": ("Vervang overal", "Replace everywhere"),
    "key.pseudo_allow": ("Niet herkenbaar", "Not identifying"),
    "key.pseudo_ready": ("Klaar voor coderen", "Ready for coding"),
    "key.pseudo_mark": ("Zelf markeren", "Mark by hand"),
    "pseudo.mark_hint": (
        "Zelf iets vervangen: selecteer het (muis of Shift+pijltjes), druk op Ctrl+E.",
        "To replace something yourself: select it (mouse or Shift+arrows), press Ctrl+E.",
    ),
    "pseudo.mark_empty": ("Selecteer eerst een stuk tekst in het verhaal.",
                          "First select a piece of text in the story."),
    "pseudo.marked": ("Gemarkeerd: {text}. Kies een vervanging en druk op Enter.",
                      "Marked: {text}. Choose a replacement and press Enter."),
    "pseudo.loading": ("Namen- en plaatsenlijsten laden…", "Loading name and place lists…"),
}
