"""Messages of the story booth and interview mode. Plain words (B1): sentences of at most
12 words, active voice, "u"; many parents read Dutch as a second language."""

MESSAGES: dict[str, tuple[str, str]] = {
    # welcome
    "booth.welcome.title": ("Welkom", "Welcome"),
    "booth.welcome.text": (
        "Hier kunt u uw verhaal vertellen.\nHet gaat over {practice}.\nU typt het zelf. "
        "Het duurt ongeveer een kwartier.",
        "Here you can tell your story.\nIt is about {practice}.\nYou type it yourself. "
        "It takes about fifteen minutes.",
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
        "• Wij zetten uw echte naam er niet bij.\n"
        "• Later kunt u uw verhaal laten weghalen. U hoeft niet te zeggen waarom.",
        "We want to learn what works well at {practice}.\n"
        "That is why we ask for your story.\n\n"
        "• Taking part is your choice. You do not have to.\n"
        "• You can stop at any time.\n"
        "• We do not put your real name with it.\n"
        "• Later you can have your story removed. You do not have to say why.",
    ),
    "booth.next": ("Verder", "Next"),
    "booth.consent.store": ("Mogen wij uw verhaal bewaren?", "May we keep your story?"),
    "booth.consent.store_help": (
        "Alleen de mensen van dit onderzoek lezen het.",
        "Only the people of this research read it.",
    ),
    "booth.consent.quotes": (
        "Mogen wij stukjes uit uw verhaal laten zien?\n"
        "In verslagen en op posters.\nZonder uw naam.",
        "May we show small parts of your story?\nIn reports and on posters.\nWithout your name.",
    ),
    "booth.yes": ("✓ Ja", "✓ Yes"),
    "booth.no": ("✗ Nee", "✗ No"),
    "booth.refused.title": ("Dat is goed", "That is fine"),
    "booth.refused.text": (
        "Wij hebben niets bewaard.\nDank u wel voor uw komst.\n"
        "Toch meedoen? Kies dan: Toch meedoen.",
        "We have kept nothing.\nThank you for coming.\n"
        "Want to take part after all? Choose: Take part after all.",
    ),
    "booth.refused.undo": ("Toch meedoen", "Take part after all"),
    "booth.to_start": ("Naar het begin", "Back to the start"),
    # role and name
    "booth.role.title": ("Wie bent u?", "Who are you?"),
    "booth.role.parent": ("Ouder", "Parent"),
    "booth.role.caregiver": ("Verzorger", "Caregiver"),
    "booth.role.volunteer": ("Vrijwilliger", "Volunteer"),
    "booth.role.professional": ("Jeugdprofessional", "Youth professional"),
    "booth.role.researcher": ("Onderzoeker", "Researcher"),
    "booth.name.your_role": ("U koos: {role}", "You chose: {role}"),
    "booth.name.other_role": ("Andere keuze", "Change"),
    "booth.name.title": ("Welke naam zetten wij erbij?", "Which name shall we use?"),
    "booth.name.text": (
        "Niet uw echte naam. Typ een verzonnen naam.\n"
        "Of druk meteen op Enter. Dan krijgt u een naam van ons.",
        "Not your real name. Type a made-up name.\n"
        "Or press Enter now. Then we give you a name.",
    ),
    "booth.name.placeholder": ("Een verzonnen naam", "A made-up name"),
    "booth.name.placeholder_suggested": ("Bijvoorbeeld: {name}", "For example: {name}"),
    "booth.name.taken": ("Deze naam kan niet. Kies een andere naam.",
                         "This name cannot be used. Choose another name."),
    # topics
    "booth.topic.count": ("Onderwerp {n} van {total}", "Topic {n} of {total}"),
    "booth.topic.placeholder": ("Typ hier uw verhaal…", "Type your story here…"),
    "booth.back": ("Terug", "Back"),
    "booth.done": ("Ik ben klaar", "I am done"),
    "booth.saved": ("✓ Bewaard om {time}", "✓ Saved at {time}"),
    "booth.kept": ("✓ Bewaard", "✓ Saved"),
    "booth.typing": ("… wij bewaren het zo", "… saving in a moment"),
    "booth.not_saved": ("! Niet bewaard: {reason}", "! Not saved: {reason}"),
    "booth.save_failed": ("Roep de begeleider.", "Please call the facilitator."),
    "booth.nothing_yet": ("Nog niets geschreven", "Nothing written yet"),
    "booth.done.title": ("Bent u klaar met uw verhaal?", "Have you finished your story?"),
    "booth.done.yes": ("✓ Ja, ik ben klaar", "✓ Yes, I am done"),
    "booth.done.no": ("Nee, ik schrijf verder", "No, I will write more"),
    "booth.empty.title": ("U heeft nog niets geschreven", "You have not written anything yet"),
    "booth.empty.text": (
        "Wilt u toch iets vertellen? Of wilt u stoppen?\nStopt u? Dan bewaren wij niets.",
        "Would you like to tell something after all? Or do you want to stop?\n"
        "If you stop, we keep nothing.",
    ),
    "booth.write_more": ("Toch iets schrijven", "Write something"),
    "booth.stop_empty": ("Stoppen", "Stop"),
    "booth.paste_too_long": (
        "Dit stuk is te lang. Wij hebben het niet geplakt.",
        "This piece is too long. We did not paste it.",
    ),
    # key hints in plain words
    "booth.hint.enter_start": ("Druk op Enter om te beginnen.", "Press Enter to start."),
    "booth.hint.enter_next": ("Druk op Enter om verder te gaan.", "Press Enter to go on."),
    "booth.hint.yes_no": ("Kies met de pijltjes. Druk dan op Enter.",
                          "Choose with the arrow keys. Then press Enter."),
    "booth.hint.arrows": ("Kies met de pijltjes. Druk dan op Enter.",
                          "Choose with the arrow keys. Then press Enter."),
    "booth.hint.role": ("Kies met de pijltjes omhoog en omlaag. Druk dan op Enter.",
                        "Choose with the up and down keys. Then press Enter."),
    "booth.hint.name": ("Druk op Enter om verder te gaan.", "Press Enter to go on."),
    "booth.hint.topic": ("Klaar met dit onderwerp? Druk op Tab en dan Enter.",
                         "Done with this topic? Press Tab, then Enter."),
    # thanks
    "booth.thanks.title": ("Dank u wel!", "Thank you!"),
    "booth.thanks.text": (
        "Wij hebben uw verhaal bewaard.\nUw verzonnen naam is: {name}\n"
        "Wilt u uw verhaal later laten weghalen?\nNoem deze naam dan aan de begeleider.",
        "We have kept your story.\nYour made-up name is: {name}\n"
        "Do you want your story removed later?\nTell the facilitator this name.",
    ),
    "booth.idle.title": ("Pauze", "Paused"),
    "booth.idle.text": (
        "Er was een tijd niemand aan het woord.\nWij hebben het verhaal bewaard.\n"
        "De begeleider kan u verder helpen.",
        "Nobody typed for a while.\nWe have kept the story.\n"
        "The facilitator can help you go on.",
    ),
    "booth.idle.warning": ("Bent u er nog? Druk op een toets.",
                           "Are you still there? Press a key."),
    "booth.idle.facilitator": ("Verder (begeleider)", "Go on (facilitator)"),
    # facilitator
    "booth.pin.title": ("Alleen voor de begeleider", "For the facilitator only"),
    "booth.pin.text": ("Typ de pincode om de verhalenhoek te sluiten.",
                       "Type the PIN to close the story booth."),
    "booth.pin.continue": ("Typ de pincode om dit verhaal verder te laten schrijven.",
                           "Type the PIN to let this story go on."),
    "booth.pin.placeholder": ("Pincode", "PIN"),
    "booth.pin.wrong": ("Deze pincode klopt niet.", "This PIN is not right."),
    "key.booth_leave": ("Begeleider", "Facilitator"),
    "key.kiosk_leave": ("Begeleider", "Facilitator"),
    "key.kiosk_language": ("English", "Nederlands"),
    "key.booth_back": ("Terug", "Back"),
    "key.pin_cancel": ("Annuleren", "Cancel"),
    # errors
    "booth.error.no_consent": (
        "Zonder toestemming om te bewaren, bewaren wij niets.",
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
    "booth.error.name_too_long": ("Deze naam is te lang. Gebruik niet meer dan {limit} tekens.",
                                  "This name is too long. At most {limit} characters."),
    "booth.error.bad_idle": (
        "De wachttijd moet tussen {low} en {high} seconden liggen.",
        "The idle time must be between {low} and {high} seconds.",
    ),
}
