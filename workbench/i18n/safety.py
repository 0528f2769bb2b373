"""Messages of the safety rules: PIN questions, overwriting, read-only opening, locks."""

MESSAGES: dict[str, tuple[str, str]] = {
    "cli.pin_give": (
        "Deze opdracht vraagt de begeleiderspincode, maar er is geen terminal om die te "
        "vragen: geef {option}.",
        "This command needs the facilitator PIN, but there is no terminal to ask for it: "
        "give {option}.",
    ),
    "safety.yes_no_hint": ("[j/N]", "[y/N]"),
    "safety.overwrite_ask": (
        "{path} bestaat al. Overschrijven?",
        "{path} already exists. Overwrite it?",
    ),
    "safety.exists_no_terminal": (
        "{path} bestaat al. Gebruik --force om het te overschrijven.",
        "{path} already exists. Use --force to overwrite it.",
    ),
    "safety.not_overwritten": (
        "{path} is niet overschreven.",
        "{path} was not overwritten.",
    ),
    "safety.out_is_folder": (
        "{path} is een map. Geef een bestandsnaam.",
        "{path} is a folder. Give a file name.",
    ),
    "safety.no_workshop_here": (
        "Er is geen kenniswerkplaats in {path}. Maak er een met 'workbench init' of "
        "'workbench demo', of kies een ander bestand met --db.",
        "There is no workshop in {path}. Create one with 'workbench init' or "
        "'workbench demo', or choose another file with --db.",
    ),
    "error.busy_write": (
        "De kenniswerkplaats is bezig in een ander venster; dit is niet bewaard. "
        "Probeer het zo nog eens.",
        "The workshop is busy in another window; this was not saved. Try again in a moment.",
    ),
    "error.busy_read": (
        "De kenniswerkplaats is bezig in een ander venster. Probeer het zo nog eens.",
        "The workshop is busy in another window. Try again in a moment.",
    ),
}
MESSAGES.update(
    {
        "safety.init_give_pin": (
            "Zonder terminal kan de pincode niet gevraagd worden: geef --pin of --no-pin. "
            "Er is niets gemaakt.",
            "Without a terminal the PIN cannot be asked for: give --pin or --no-pin. "
            "Nothing was created.",
        ),
        "safety.demo_not_demo": (
            "{path} bevat een echte kenniswerkplaats ({name}), geen demo. 'workbench demo' "
            "vervangt alleen een demo; kies een ander bestand met --db.",
            "{path} holds a real workshop ({name}), not a demo. 'workbench demo' only "
            "replaces a demo; choose another file with --db.",
        ),
        "safety.demo_backup": (
            "Reservekopie van de vorige demo: {path}",
            "Backup of the previous demo: {path}",
        ),
    }
)
MESSAGES.update({"maintenance.reason.demo": ("voor een nieuwe demo", "before a new demo")})
MESSAGES.update(
    {
        "collect.import.not_regular": (
            "overgeslagen: dit is geen gewoon bestand (maar een pijp, apparaat of socket)",
            "skipped: not a regular file (a pipe, device or socket)",
        ),
    }
)
MESSAGES.update(
    {
        "safety.practice_exists": (
            "De praktijk '{name}' bestaat al.",
            "The practice '{name}' already exists.",
        ),
        "safety.bad_date": (
            "'{value}' is geen geldige datum. Schrijf hem als JJJJ-MM-DD, bijvoorbeeld "
            "2026-03-12.",
            "'{value}' is not a valid date. Write it as YYYY-MM-DD, for example 2026-03-12.",
        ),
        "safety.bad_range": (
            "--start {start} en --end {end} passen niet: het begin moet voor het eind liggen, "
            "binnen het verhaal (0 tot {length} tekens).",
            "--start {start} and --end {end} do not fit: the start must come before the end, "
            "within the story (0 to {length} characters).",
        ),
        "safety.text_ambiguous": (
            "'{text}' staat {n} keer in dit verhaal. Kies er een met --occurrence 1 tot {n}, "
            "of geef een langer stuk tekst.",
            "'{text}' occurs {n} times in this story. Choose one with --occurrence 1 to {n}, "
            "or give a longer piece of text.",
        ),
        "safety.bad_occurrence": (
            "'{text}' staat {n} keer in dit verhaal; --occurrence {occurrence} bestaat niet.",
            "'{text}' occurs {n} times in this story; there is no --occurrence {occurrence}.",
        ),
        "safety.bad_occurrence.one": (
            "'{text}' staat 1 keer in dit verhaal; --occurrence {occurrence} bestaat niet.",
            "'{text}' occurs once in this story; there is no --occurrence {occurrence}.",
        ),
    }
)
MESSAGES.update({"safety.participant_n": ("deelnemer {n}", "participant {n}")})
