"""Messages of the story booth and interview mode. Short sentences, plain words: many
parents read Dutch as a second language."""

MESSAGES: dict[str, tuple[str, str]] = {
    # welcome
    "booth.welcome.title": ("Welkom", "Welcome"),
    "booth.welcome.text": (
        "Hier kunt u uw verhaal vertellen.\nOver {practice}.\nU typt het zelf. Het duurt "
        "ongeveer een kwartier.",
        "Here you can tell your story.\nAbout {practice}.\nYou type it yourself. It takes "
        "about fifteen minutes.",
    ),
    "booth.start": ("Beginnen", "Start"),
    "booth.other_language": ("English", "Nederlands"),
    # consent
    "booth.consent.title": ("Eerst even dit", "First this"),
    "booth.consent.text": (
        "Wij willen leren wat goed werkt bij {practice}.\n"
        "Daarom vragen wij naar uw verhaal.\n\n"
        "• Meedoen mag. Het hoeft niet.\n"
        "• U mag altijd stoppen.\n"
        "• Uw echte naam komt er niet bij.\n"
        "• Later kunt u uw verhaal laten weghalen. U hoeft niet te zeggen waarom.",
        "We want to learn what works well at {practice}.\n"
        "That is why we ask for your story.\n\n"
        "• Taking part is your choice. You do not have to.\n"
        "• You can stop at any time.\n"
        "• Your real name is not kept with it.\n"
        "• Later you can have your story removed. You do not have to say why.",
    ),
    "booth.next": ("Verder", "Next"),
    "booth.consent.store": ("Mogen wij uw verhaal bewaren?", "May we keep your story?"),
    "booth.consent.store_help": (
        "Alleen de mensen van de kenniswerkplaats lezen het.",
        "Only the people of the knowledge workshop read it.",
    ),
    "booth.consent.quotes": (
        "Mogen wij stukjes uit uw verhaal laten zien?\n"
        "In verslagen en op posters.\nZonder uw naam.",
        "May we show small parts of your story?\nIn reports and on posters.\nWithout your name.",
    ),
    "booth.yes": ("Ja", "Yes"),
    "booth.no": ("Nee", "No"),
    "booth.refused.title": ("Dat is goed", "That is fine"),
    "booth.refused.text": (
        "Er is niets bewaard.\nDank u wel dat u even kwam kijken.",
        "Nothing has been kept.\nThank you for coming to have a look.",
    ),
    "booth.to_start": ("Terug naar het begin", "Back to the start"),
    # role and name
    "booth.role.title": ("Wie bent u?", "Who are you?"),
    "booth.role.parent": ("Ouder", "Parent"),
    "booth.role.caregiver": ("Verzorger", "Caregiver"),
    "booth.role.volunteer": ("Vrijwilliger", "Volunteer"),
    "booth.role.professional": ("Jeugdprofessional", "Youth professional"),
    "booth.role.researcher": ("Onderzoeker", "Researcher"),
    "booth.name.title": ("Welke naam zetten wij erbij?", "Which name shall we use?"),
    "booth.name.text": (
        "Niet uw echte naam. Verzin een naam.\nOf neem deze naam:",
        "Not your real name. Make one up.\nOr take this name:",
    ),
    "booth.name.take": ("Neem {name}", "Take {name}"),
    "booth.name.placeholder": ("Een verzonnen naam", "A made-up name"),
    # topics
    "booth.topic.count": ("Onderwerp {n} van {total}", "Topic {n} of {total}"),
    "booth.topic.placeholder": ("Typ hier uw verhaal…", "Type your story here…"),
    "booth.back": ("Terug", "Back"),
    "booth.skip": ("Overslaan", "Skip"),
    "booth.done": ("Ik ben klaar", "I am done"),
    "booth.saved": ("✓ Bewaard om {time}", "✓ Saved at {time}"),
    "booth.typing": ("… wordt zo bewaard", "… saving in a moment"),
    "booth.not_saved": ("! Niet bewaard: {reason}", "! Not saved: {reason}"),
    "booth.nothing_yet": ("Nog niets geschreven", "Nothing written yet"),
    "booth.empty.title": ("U heeft nog niets geschreven", "You have not written anything yet"),
    "booth.empty.text": (
        "Wilt u toch iets vertellen? Of wilt u stoppen?\nAls u stopt, wordt niets bewaard.",
        "Would you like to tell something after all? Or do you want to stop?\n"
        "If you stop, nothing is kept.",
    ),
    "booth.write_more": ("Toch iets schrijven", "Write something"),
    "booth.stop_empty": ("Stoppen", "Stop"),
    "booth.paste_too_long": (
        "Dit stuk is te lang om te plakken ({size} tekens). Uw verhaal is niet veranderd.",
        "This piece is too long to paste ({size} characters). Your story has not changed.",
    ),
    # thanks
    "booth.thanks.title": ("Dank u wel!", "Thank you!"),
    "booth.thanks.text": (
        "Uw verhaal is bewaard onder de naam {name}.\nDe volgende kan beginnen.",
        "Your story has been kept under the name {name}.\nThe next person can start.",
    ),
    "booth.idle.title": ("Bent u er nog?", "Are you still there?"),
    "booth.idle.text": (
        "Druk op de knop om verder te gaan.\nAnders gaat het scherm zo terug naar het begin.\n"
        "Wat u schreef, is bewaard.",
        "Press the button to carry on.\nOtherwise the screen goes back to the start soon.\n"
        "What you wrote has been kept.",
    ),
    "booth.idle.continue": ("Ik ga verder", "I carry on"),
    # facilitator
    "booth.pin.title": ("Alleen voor de begeleider", "For the facilitator only"),
    "booth.pin.text": ("Typ de pincode om de verhalenhoek te sluiten.",
                       "Type the PIN to close the story booth."),
    "booth.pin.placeholder": ("Pincode", "PIN"),
    "booth.pin.wrong": ("Onjuiste pincode.", "Wrong PIN."),
    "key.booth_leave": ("Begeleider", "Facilitator"),
    "key.booth_back": ("Terug", "Back"),
    "key.pin_cancel": ("Annuleren", "Cancel"),
    # errors
    "booth.error.no_consent": (
        "Zonder toestemming om te bewaren wordt niets opgeslagen.",
        "Without consent to keep it, nothing is stored.",
    ),
    "booth.error.bad_mode": ("Onbekende manier van vertellen: {mode}.", "Unknown mode: {mode}."),
    "booth.error.no_interviewer": ("Vul de naam van de interviewer in.",
                                   "Fill in the interviewer's name."),
    "booth.error.not_resumable": (
        "Dit verhaal is al af; alleen onderbroken verhalen kunnen verder.",
        "This story is complete; only interrupted stories can be resumed.",
    ),
    "booth.error.not_draft": ("Alleen een onafgemaakt verhaal kan weggegooid worden.",
                              "Only an unfinished story can be discarded."),
}
