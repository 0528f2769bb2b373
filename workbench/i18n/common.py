"""Messages shared by the CLI, the TUI and the core: errors, roles, phases."""

MESSAGES: dict[str, tuple[str, str]] = {
    # store errors
    "error.not_workbench": (
        "{path} is geen workbench-bestand. Het bestand is niet aangeraakt.",
        "{path} is not a workbench file. The file was left untouched.",
    ),
    "error.newer_schema": (
        "{path} komt uit een nieuwere versie van workbench. Werk workbench bij; "
        "het bestand is niet aangeraakt.",
        "{path} was made by a newer version of workbench. Please upgrade; "
        "the file was left untouched.",
    ),
    "error.folder_not_writable": (
        "In de map {path} mag u niet schrijven. Kies een andere plek met --db.",
        "You may not write in the folder {path}. Choose another place with --db.",
    ),
    "error.no_such_folder": (
        "De map {path} bestaat niet. Maak hem eerst aan of kies een andere plek met --db.",
        "The folder {path} does not exist. Create it first or choose another place with --db.",
    ),
    "error.not_writable": (
        "{path} is alleen-lezen. Vraag de beheerder om schrijfrechten of kopieer het bestand.",
        "{path} is read-only. Ask for write permission or copy the file.",
    ),
    "error.not_readable": (
        "{path} kan niet gelezen worden (geen toegang).",
        "{path} cannot be read (permission denied).",
    ),
    "error.is_directory": (
        "{path} is een map, geen bestand. Geef een bestandsnaam met --db.",
        "{path} is a folder, not a file. Give a file name with --db.",
    ),
    "error.no_such_db": (
        "{path} bestaat niet. Maak een werkplaats met 'workbench init' of 'workbench demo'.",
        "{path} does not exist. Create a workshop with 'workbench init' or 'workbench demo'.",
    ),
    "error.cannot_create": (
        "{path} kan niet gemaakt worden: {reason}.",
        "{path} cannot be created: {reason}.",
    ),
    "error.busy": (
        "De database {path} is bezet door een ander programma. Probeer het zo nog eens.",
        "The database {path} is busy in another program. Please try again in a moment.",
    ),
    "error.exists": (
        "{path} bestaat al. Gebruik --force om het te overschrijven.",
        "{path} already exists. Use --force to overwrite it.",
    ),
    "error.no_workshop": (
        "Dit bestand heeft nog geen kenniswerkplaats. Maak er een met 'workbench init NAAM'.",
        "This file has no workshop yet. Create one with 'workbench init NAME'.",
    ),
    "error.workshop_exists": (
        "Dit bestand heeft al een kenniswerkplaats ({name}). Kies een ander bestand met --db.",
        "This file already holds a workshop ({name}). Choose another file with --db.",
    ),
    "error.no_template": (
        "Topiclijst '{name}' niet gevonden. Beschikbaar: {available}.",
        "Topic list '{name}' not found. Available: {available}.",
    ),
    "error.bad_template": (
        "Topiclijst {path} kan niet gelezen worden: {reason}",
        "Topic list {path} cannot be read: {reason}",
    ),
    "error.no_practice": (
        "Praktijk '{name}' bestaat niet. Praktijken: {available}.",
        "Practice '{name}' does not exist. Practices: {available}.",
    ),
    "error.cannot_write": (
        "{path} kan niet geschreven worden: {reason}.",
        "{path} cannot be written: {reason}.",
    ),
    "error.unexpected": (
        "Er ging iets mis: {reason}. Er is niets verloren gegaan van wat al bewaard was.",
        "Something went wrong: {reason}. Nothing already saved was lost.",
    ),
    # roles
    "role.parent": ("ouder", "parent"),
    "role.caregiver": ("verzorger", "caregiver"),
    "role.volunteer": ("vrijwilliger", "volunteer"),
    "role.professional": ("jeugdprofessional", "youth professional"),
    "role.researcher": ("onderzoeker", "researcher"),
    # a storyteller whose role nobody gave yet (an imported Case with a role word the
    # workbench does not know): never guessed, assigned later by the facilitator
    "role.unknown": ("rol onbekend", "role unknown"),
    # factor types
    "factor_type.substantive": ("inhoudelijk", "substantive"),
    "factor_type.procedural": ("procesmatig", "procedural"),
    # phases
    "phase.collect": ("Verhalen ophalen", "Collect stories"),
    "phase.code": ("Coderen", "Code"),
    "phase.cluster": ("Werkzame factoren", "Working factors"),
    "phase.sessions": ("Klankbordbijeenkomsten", "Sounding-board sessions"),
    "phase.posters": ("Posters", "Posters"),
    "phase.exchange": ("Uitwisselen", "Exchange"),
    # the same names as key hints on the home screen (its keys 1-6)
    "key.phase_collect": ("Verhalen ophalen", "Collect stories"),
    "key.phase_code": ("Coderen", "Code"),
    "key.phase_cluster": ("Werkzame factoren", "Working factors"),
    "key.phase_sessions": ("Klankbordbijeenkomsten", "Sounding-board sessions"),
    "key.phase_posters": ("Posters", "Posters"),
    "key.phase_exchange": ("Uitwisselen", "Exchange"),
    # generic words
    "word.yes": ("ja", "yes"),
    "word.no": ("nee", "no"),
    "word.saved": ("Bewaard", "Saved"),
    "word.cancel": ("Annuleren", "Cancel"),
    "word.ok": ("OK", "OK"),
    "word.back": ("Terug", "Back"),
    "word.quit": ("Afsluiten", "Quit"),
}
MESSAGES.update(
    {
        "error.empty_pseudonym": ("Kies een schuilnaam.", "Choose a pseudonym."),
        "error.bad_role": (
            "Onbekende rol '{role}'. Kies uit: {roles}.",
            "Unknown role '{role}'. Choose from: {roles}.",
        ),
        "error.pseudonym_taken": (
            "De schuilnaam '{pseudonym}' is al in gebruik. Kies een andere.",
            "The pseudonym '{pseudonym}' is already in use. Choose another.",
        ),
        "error.no_storyteller": (
            "Verteller '{name}' niet gevonden.",
            "Storyteller '{name}' not found.",
        ),
        "error.bad_consent_method": (
            "Onbekende manier van toestemming: {method}.",
            "Unknown consent method: {method}.",
        ),
    }
)
MESSAGES.update(
    {
        "cli.error": ("Fout", "Error"),
        "cli.see_help": ("(zie '{command} --help')", "(see '{command} --help')"),
        "error.database": (
            "De database kan niet gelezen worden: {reason}. Controleer het met 'workbench check'.",
            "The database cannot be read: {reason}. Check it with 'workbench check'.",
        ),
    }
)
MESSAGES.update(
    {
        "error.pin_too_short": (
            "De pincode moet minstens 4 tekens hebben.",
            "The PIN must have at least 4 characters.",
        ),
        "error.no_pin_set": (
            "Er is nog geen begeleiderspincode. Stel er een in met 'workbench pin'.",
            "No facilitator PIN has been set. Set one with 'workbench pin'.",
        ),
        "error.wrong_pin": ("Onjuiste pincode.", "Wrong PIN."),
    }
)
