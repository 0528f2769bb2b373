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
    "collect.error.not_a_file": ("{path} is geen bestand.", "{path} is not a file."),
    # import
    "collect.import.ok": ("geïmporteerd als {pseudonym} ({chars} tekens)",
                          "imported as {pseudonym} ({chars} characters)"),
    "collect.import.empty": ("overgeslagen: leeg, er staat geen tekst in",
                             "skipped: empty, there is no text in it"),
    "collect.import.binary": (
        "overgeslagen: dit is geen tekstbestand (bijvoorbeeld Word of PDF). Sla het op als .txt.",
        "skipped: this is not a text file (e.g. Word or PDF). Save it as .txt.",
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
        "{pseudonym} trekt het verhaal in. Dit verwijdert {stories} verhaal/verhalen, "
        "{fragments} fragmenten, {codings} coderingen en {quotes} citaten op posters. "
        "Eerst wordt een reservekopie gemaakt. Doorgaan?",
        "{pseudonym} withdraws. This removes {stories} story/stories, {fragments} fragments, "
        "{codings} codings and {quotes} quotes on posters. A backup is made first. Continue?",
    ),
    "collect.withdraw.done": (
        "{pseudonym} is teruggetrokken: {stories} verhaal/verhalen en alles wat ervan gemaakt "
        "was zijn verwijderd.",
        "{pseudonym} has withdrawn: {stories} story/stories and everything made from them "
        "were removed.",
    ),
    "collect.withdraw.backup": ("Reservekopie: {path}", "Backup: {path}"),
    "collect.withdraw.cancelled": ("Niets verwijderd.", "Nothing removed."),
    # story list and search (CLI and TUI)
    "collect.list.empty": ("Geen verhalen gevonden.", "No stories found."),
    "collect.list.count": ("{n} verhalen", "{n} stories"),
    "collect.status.draft": ("bezig", "in progress"),
    "collect.status.interrupted": ("onderbroken", "interrupted"),
    "collect.status.complete": ("af", "complete"),
    "collect.status.ready": ("klaar voor coderen", "ready for coding"),
    "collect.mode.booth": ("zelf getypt", "typed by teller"),
    "collect.mode.interview": ("interview", "interview"),
    "collect.mode.import": ("geïmporteerd", "imported"),
    "collect.role.parent": ("ouder", "parent"),
    "collect.role.caregiver": ("verzorger", "caregiver"),
    "collect.role.volunteer": ("vrijwilliger", "volunteer"),
    "collect.role.professional": ("jeugdprofessional", "youth professional"),
    "collect.role.researcher": ("onderzoeker", "researcher"),
    # pseudonymisation
    "collect.kind.email": ("e-mailadres", "e-mail address"),
    "collect.kind.phone": ("telefoonnummer", "phone number"),
    "collect.kind.postcode": ("postcode", "postcode"),
    "collect.kind.address": ("adres", "address"),
    "collect.kind.name": ("bekende naam", "known name"),
    "collect.kind.capital": ("hoofdletter midden in een zin", "capital mid-sentence"),
    "collect.pseudo.applied": ("{n} keer vervangen, in alle verhalen.",
                               "Replaced {n} times, in every story."),
    "collect.pseudo.passed": ("Verhaal van {pseudonym} is klaar voor coderen.",
                              "The story of {pseudonym} is ready for coding."),
    "collect.pseudo.none": ("Geen herkenbare details gevonden.", "No identifying details found."),
}
