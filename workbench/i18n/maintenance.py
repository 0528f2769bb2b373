"""Messages of maintenance: check, backup, restore, PIN lockout."""

MESSAGES: dict[str, tuple[str, str]] = {
    # PIN lockout
    "error.pin_locked": (
        "Te vaak een onjuiste pincode. Wacht {seconds} {seconds|seconde|seconden} en probeer het "
        "opnieuw.",
        "Too many wrong PINs. Wait {seconds} {seconds|second|seconds} and try again.",
    ),
    # backups
    "error.backup_keep": (
        "Bewaar minstens 1 reservekopie (niet {keep}).",
        "Keep at least 1 backup (not {keep}).",
    ),
    "error.backup_onto_itself": (
        "{path} is het werkplaatsbestand zelf. Kies een andere bestandsnaam.",
        "{path} is the workshop file itself. Choose another file name.",
    ),
    "error.backup_is_folder": (
        "{path} is een map. Geef een bestandsnaam, bijvoorbeeld {path}/kopie.db.",
        "{path} is a folder. Give a file name, for example {path}/copy.db.",
    ),
    "error.backup_exists": (
        "{path} bestaat al. Kies een andere naam of gebruik --force.",
        "{path} already exists. Choose another name or use --force.",
    ),
    "maintenance.restore_left_out": (
        "{n} vertellers uit de reservekopie zijn weggelaten: zij hebben sindsdien hun "
        "toestemming ingetrokken en komen niet terug.",
        "{n} storytellers in the backup were left out: they withdrew their consent since, "
        "and do not come back.",
    ),
    "maintenance.restore_left_out.one": (
        "1 verteller uit de reservekopie is weggelaten: die heeft sindsdien de toestemming "
        "ingetrokken en komt niet terug.",
        "1 storyteller in the backup was left out: they withdrew their consent since, and "
        "do not come back.",
    ),
    "error.no_such_backup": (
        "De reservekopie {path} bestaat niet.",
        "The backup {path} does not exist.",
    ),
    "error.backup_damaged": (
        "De reservekopie {path} is beschadigd en wordt niet teruggezet. Kies een andere.",
        "The backup {path} is damaged and will not be restored. Choose another one.",
    ),
    "error.restore_memory": (
        "Terugzetten kan alleen in een werkplaatsbestand.",
        "Restoring needs a workshop file.",
    ),
    "maintenance.backup_done": ("Reservekopie gemaakt: {path}", "Backup written: {path}"),
    "maintenance.backups_none": (
        "Er zijn nog geen automatische reservekopieën in {folder}.",
        "There are no automatic backups in {folder} yet.",
    ),
    "maintenance.backups_header": (
        "Automatische reservekopieën in {folder} (de nieuwste {keep} worden bewaard):",
        "Automatic backups in {folder} (the newest {keep} are kept):",
    ),
    "maintenance.backups_line": ("{made}  {reason:<10}  {size}  {name}",
                                 "{made}  {reason:<10}  {size}  {name}"),
    "maintenance.keep_set": (
        "Voortaan worden de nieuwste {keep} automatische reservekopieën bewaard.",
        "From now on the newest {keep} automatic backups are kept.",
    ),
    "maintenance.restore_question": (
        "Werkplaats in {path} vervangen door de reservekopie {source} "
        "('{workshop}', {stories} {stories|verhaal|verhalen})? Van de huidige stand wordt eerst "
        "een kopie gemaakt.",
        "Replace the workshop in {path} with the backup {source} "
        "('{workshop}', {stories} {stories|story|stories})? A copy of the current state is made "
        "first.",
    ),
    "maintenance.yes_no": ("j/N", "y/N"),
    "maintenance.restore_cancelled": ("Niets veranderd.", "Nothing changed."),
    "maintenance.restore_done": (
        "Teruggezet uit {source}. De vorige stand staat in {saved}.",
        "Restored from {source}. The previous state is in {saved}.",
    ),
    # reasons of automatic backups, as listed
    "maintenance.reason.migration": ("bijwerken", "upgrade"),
    "maintenance.reason.restore": ("terugzetten", "restore"),
    "maintenance.reason.withdraw": ("intrekken", "withdraw"),
    "maintenance.reason.merge": ("samenvoegen", "merge"),
    "maintenance.reason.manual": ("met de hand", "manual"),
    "maintenance.reason.delete_factor": ("factor weg", "delete factor"),
    "maintenance.reason.merge_factor": ("factoren samen", "merge factors"),
    "maintenance.reason.delete_session": ("bijeenkomst weg", "delete session"),
    # check
    "maintenance.check_title": ("Controle van {path}", "Check of {path}"),
    "maintenance.check_all_ok": (
        "Alles in orde.",
        "Everything is in order.",
    ),
    "maintenance.check_failed": ('Er is iets mis ({n} problemen). Wat u kunt doen:',
        'Something is wrong ({n} problems). What you can do:'),
    "maintenance.check_failed.one": ('Er is iets mis (1 probleem). Wat u kunt doen:',
        'Something is wrong (1 problem). What you can do:'),
    "maintenance.advice.copy": (
        "  1. Maak eerst een kopie van het bestand zoals het nu is: "
        "workbench --db {path} backup kopie.db",
        "  1. First copy the file as it is now: workbench --db {path} backup copy.db",
    ),
    "maintenance.advice.fts": (
        "  2. De zoekindex herstelt u met: workbench --db {path} check --repair-fts",
        "  2. Repair the search index with: workbench --db {path} check --repair-fts",
    ),
    "maintenance.advice.restore": (
        "  {n}. Zet de laatste goede reservekopie terug: workbench --db {path} backups, "
        "daarna workbench --db {path} restore BESTAND",
        "  {n}. Restore the last good backup: workbench --db {path} backups, "
        "then workbench --db {path} restore FILE",
    ),
    "maintenance.advice.help": (
        "  {n}. Lukt dat niet, bewaar dan het bestand en vraag hulp; werk er niet verder in.",
        "  {n}. If that fails, keep the file and ask for help; do not go on working in it.",
    ),
    "check.label.integrity": ("Bestand", "File"),
    "check.label.schema": ("Schema", "Schema"),
    "check.label.orphans": ("Verwijzingen", "References"),
    "check.label.links": ("Samenhang", "Consistency"),
    "check.label.fts": ("Zoekindex", "Search index"),
    "check.integrity_ok": ("SQLite-integriteitscontrole: in orde.", "SQLite integrity check: ok."),
    "check.integrity_bad": ('SQLite meldt {n} beschadigingen in het bestand.',
        'SQLite reports {n} damaged spots in the file.'),
    "check.integrity_bad.one": ('SQLite meldt 1 beschadiging in het bestand.',
        'SQLite reports 1 damaged spot in the file.'),
    "check.unreadable": (
        "Het bestand kan niet gelezen worden: {reason}.",
        "The file cannot be read: {reason}.",
    ),
    "check.not_ours": ("Dit is geen workbench-bestand.", "This is not a workbench file."),
    "check.schema_ok": (
        "versie {version}, gelijk aan deze workbench.",
        "version {version}, matches this workbench.",
    ),
    "check.schema_newer": (
        "Het bestand heeft schemaversies die deze workbench niet kent ({versions}). "
        "Werk workbench bij.",
        "The file has schema versions this workbench does not know ({versions}). "
        "Upgrade workbench.",
    ),
    "check.schema_pending": (
        "versie {version}; bij het openen worden {versions} toegevoegd (er wordt eerst een "
        "reservekopie gemaakt).",
        "version {version}; opening it adds {versions} (a backup is made first).",
    ),
    "check.schema_missing": ('{n} tabellen of kolommen ontbreken.',
        '{n} tables or columns are missing.'),
    "check.schema_missing.one": ('1 tabel of kolom ontbreekt.',
        '1 table or column is missing.'),
    "check.orphans_ok": ("geen verweesde rijen.", "no orphaned rows."),
    "check.orphans_bad": ('{n} rijen verwijzen naar iets dat niet meer bestaat.',
        '{n} rows refer to something that no longer exists.'),
    "check.orphans_bad.one": ('1 rij verwijst naar iets dat niet meer bestaat.',
        '1 row refers to something that no longer exists.'),
    "check.links_ok": ("geen halve gegevens.", "no partial records."),
    "check.link.workshop_topic_list": (
        "De werkplaats verwijst naar een topiclijst die niet bestaat.",
        "The workshop refers to a topic list that does not exist.",
    ),
    "check.link.story_without_consent": ('{n} verhalen zonder toestemming van de verteller.',
        "{n} stories without the storyteller's consent."),
    "check.link.story_without_consent.one": ('1 verhaal zonder toestemming van de verteller.',
        "1 story without the storyteller's consent."),
    "check.link.import_without_consent": (
        '{n} geïmporteerde verhalen zonder vastgelegde toestemming. Leg die vast '
        'voordat er citaten uit gebruikt worden.',
        '{n} imported stories without recorded consent. Record it before quoting them.'),
    "check.link.import_without_consent.one": (
        '1 geïmporteerd verhaal zonder vastgelegde toestemming. Leg die vast voordat er '
        'citaten uit gebruikt worden.',
        '1 imported story without recorded consent. Record it before quoting it.'),
    "check.link.withdrawn_still_present": (
        '{n} vertellers die hun toestemming introkken, staan nog in het bestand.',
        '{n} storytellers who withdrew consent are still in the file.'),
    "check.link.withdrawn_still_present.one": (
        '1 verteller die de toestemming introk, staat nog in het bestand.',
        '1 storyteller who withdrew consent is still in the file.'),
    "check.link.fragment_outside_story": ('{n} fragmenten vallen buiten de tekst van hun verhaal.',
        '{n} fragments lie outside the text of their story.'),
    "check.link.fragment_outside_story.one": ('1 fragment valt buiten de tekst van zijn verhaal.',
        '1 fragment lies outside the text of its story.'),
    "check.fts_ok": ("in orde.", "ok."),
    "check.fts_repaired": ("was niet in orde en is opnieuw opgebouwd.",
                           "was out of step and has been rebuilt."),
    "check.fts_missing": ("De zoekindex ontbreekt.", "The search index is missing."),
    "check.fts_bad": (
        "loopt niet gelijk met de verhalen ({missing} ontbreken, {extra} te veel).",
        "is out of step with the stories ({missing} missing, {extra} extra).",
    ),
    "check.mark.ok": ("in orde", "ok"),
    "check.mark.warning": ("let op", "note"),
    "check.mark.problem": ("FOUT", "PROBLEM"),
}
