"""Messages of the command line."""

MESSAGES: dict[str, tuple[str, str]] = {
    "cli.pin_prompt": (
        "Begeleiderspincode (minstens 4 tekens, leeg = later)",
        "Facilitator PIN (at least 4 characters, empty = later)",
    ),
    "cli.old_pin_prompt": ("Huidige pincode", "Current PIN"),
    "cli.pin_ask": ("Begeleiderspincode", "Facilitator PIN"),
    "cli.pin_set": ("De pincode is ingesteld.", "The PIN has been set."),
    "cli.init_done": (
        "Kenniswerkplaats '{name}' gemaakt in {path}. Open hem met: workbench --db {path}",
        "Workshop '{name}' created in {path}. Open it with: workbench --db {path}",
    ),
    "cli.demo_step": ("Demo: {step} …", "Demo: {step} …"),
    "cli.demo_done": (
        "Demo '{name}' gemaakt in {path} ({stories} {stories|verhaal|verhalen}). "
        "Begeleiderspincode: {pin}",
        "Demo '{name}' created in {path} ({stories} {stories|story|stories}). Facilitator PIN: "
        "{pin}",
    ),
    "cli.demo_exists_opening": (
        "{path} bestaat al; die wordt geopend (gebruik --force om opnieuw te maken).",
        "{path} exists already; opening it (use --force to make it again).",
    ),
    "cli.practice_added": ("Praktijk '{name}' toegevoegd.", "Practice '{name}' added."),
    "cli.exported": ("Geschreven: {path}", "Written: {path}"),
    "error.empty_name": ("Geef een naam.", "Give a name."),
    "os.no_such_folder": ("de map bestaat niet", "the folder does not exist"),
    "os.permission": ("geen schrijfrechten voor die plek", "no permission to write there"),
    "os.disk_full": ("de schijf is vol", "the disk is full"),
    "os.is_folder": ("dat is een map", "that is a folder"),
    "os.read_only": ("die plek is alleen-lezen", "that place is read-only"),
    "cli.pin_no_terminal": (
        "Zonder terminal kan de pincode niet gevraagd worden: geef --new-pin (en --old-pin).",
        "Without a terminal the PIN cannot be asked for: give --new-pin (and --old-pin).",
    ),
}
