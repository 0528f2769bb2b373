"""Messages of read-aloud (eSpeak NG) in the booth, the ballot and the CLI."""

MESSAGES: dict[str, tuple[str, str]] = {
    "key.kiosk_speak": ("🔊 Voorlezen", "🔊 Read aloud"),
    "speech.no_sound": (
        "Voorlezen lukt niet op deze laptop. Vraag het de begeleider.",
        "Reading aloud does not work on this laptop. Ask the facilitator.",
    ),
    "speech.error.no_library": (
        "Voorlezen kan niet: eSpeak NG ontbreekt. Installeer het pakket opnieuw: "
        "pip install espeakng-loader.",
        "Cannot read aloud: eSpeak NG is missing. Reinstall the package: "
        "pip install espeakng-loader.",
    ),
    "speech.error.no_player": (
        "Afspelen kan niet: miniaudio ontbreekt. Installeer het: pip install miniaudio.",
        "Cannot play sound: miniaudio is missing. Install it: pip install miniaudio.",
    ),
    "speech.error.no_device": (
        "Er is geen geluid te horen: deze computer heeft geen werkend geluidsapparaat. "
        "Sluit een luidspreker of koptelefoon aan, zet het geluid aan (op Linux: ALSA of "
        "PulseAudio) en probeer het opnieuw met 'workbench speech check'. Een WAV-bestand "
        "maken kan altijd: workbench say \"tekst\" --out test.wav.",
        "No sound can be played: this computer has no working audio device. Connect a "
        "speaker or headphones, switch sound on (on Linux: ALSA or PulseAudio) and try again "
        "with 'workbench speech check'. Making a WAV file always works: workbench say "
        "\"text\" --out test.wav.",
    ),
    "speech.error.bad_rate": (
        "De snelheid moet tussen {low} en {high} woorden per minuut liggen.",
        "The rate must be between {low} and {high} words a minute.",
    ),
    "speech.cli.written": ("Geschreven: {path} ({seconds:.1f} s)",
                           "Written: {path} ({seconds:.1f} s)"),
    "speech.cli.played": ("Voorgelezen ({seconds:.1f} s).", "Read aloud ({seconds:.1f} s)."),
    "speech.cli.ok": ("Voorlezen werkt: eSpeak NG en een geluidsapparaat zijn gevonden.",
                      "Reading aloud works: eSpeak NG and an audio device were found."),
    "speech.cli.exported": ("{n} geluidsbestanden geschreven in {folder}.",
                            "{n} audio files written in {folder}."),
    "speech.cli.exported.one": ('1 geluidsbestand geschreven in {folder}.',
        '1 audio file written in {folder}.'),
    "speech.cli.settings": (
        "Voorlezen: {rate} woorden per minuut, automatisch voorlezen {auto}, "
        "stem nl: {voice_nl}, stem en: {voice_en}.",
        "Read aloud: {rate} words a minute, automatic reading {auto}, "
        "voice nl: {voice_nl}, voice en: {voice_en}.",
    ),
    "speech.cli.on": ("aan", "on"),
    "speech.cli.off": ("uit", "off"),
}
