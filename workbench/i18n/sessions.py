"""Messages of the sounding-board sessions: tallies, the facilitator's screens, the ballot."""

MESSAGES: dict[str, tuple[str, str]] = {
    # tally rules and scale
    "tally.borda_rule": (
        "Rangorde (Borda): bij {n} factoren krijgt de eerste plaats {top} punten, de volgende "
        "één minder, enzovoort tot 0 voor de laatste; een factor die iemand niet rangschikt "
        "krijgt 0 van die persoon.",
        "Ranking (Borda): with {n} factors the first place scores {top} points, the next one "
        "less, and so on down to 0 for the last; a factor someone leaves out of their ranking "
        "scores 0 from that person.",
    ),
    "tally.borda_rule.one": ('Rangorde (Borda): bij 1 factor krijgt die {top} punten.',
        'Ranking (Borda): with 1 factor it scores {top} points.'),
    "tally.dots_rule": (
        "Stippen: iedereen verdeelt stippen over de factoren (stippen per persoon: {budget}); "
        "de score is het totaal aantal stippen.",
        "Dots: everyone spreads dots over the factors (dots per person: {budget}); the score "
        "is the total number of dots.",
    ),
    "tally.scale.1": ("herken ik niet", "don't recognise it"),
    "tally.scale.2": ("herken ik een beetje", "recognise it a little"),
    "tally.scale.3": ("herken ik deels", "recognise it partly"),
    "tally.scale.4": ("herken ik grotendeels", "recognise it largely"),
    "tally.scale.5": ("herken ik helemaal", "recognise it fully"),
    "tally.scale.na": ("niet van toepassing", "not applicable"),
    "tally.hands_rule": (
        "Handen: de begeleider telde per factor de opgestoken handen; de score is dat aantal.",
        "Hands: the facilitator counted the raised hands per factor; the score is that count.",
    ),
    # errors
    "sessions.error.no_session": (
        "Bijeenkomst '{name}' bestaat niet. Bekijk de lijst met 'workbench sessions list'.",
        "Session '{name}' does not exist. See the list with 'workbench sessions list'.",
    ),
    "sessions.error.no_practice": ("Praktijk '{name}' bestaat niet.",
                                   "Practice '{name}' does not exist."),
    "sessions.error.no_factor": (
        "Factor '{name}' bestaat niet. Maak eerst werkzame factoren (fase 3).",
        "Factor '{name}' does not exist. Make working factors first (phase 3).",
    ),
    "sessions.error.no_factors": (
        "Bijeenkomst '{name}' heeft nog geen factoren om te bespreken. Kies er eerst een of meer.",
        "Session '{name}' has no factors to discuss yet. Choose one or more first.",
    ),
    "sessions.error.closed": (
        "Bijeenkomst '{name}' is gesloten en kan niet meer veranderen.",
        "Session '{name}' is closed and can no longer change.",
    ),
    "sessions.error.not_draft": (
        "Bijeenkomst '{name}' is al geopend: factoren, manier van prioriteren en stippen "
        "liggen vast.",
        "Session '{name}' is already open: factors, priority method and dots are fixed.",
    ),
    "sessions.error.not_open": (
        "Bijeenkomst '{name}' is nog niet geopend. Open hem eerst.",
        "Session '{name}' is not open yet. Open it first.",
    ),
    "sessions.error.not_revealed": (
        "De uitkomsten van '{name}' zijn nog verborgen. De begeleider kan ze tonen.",
        "The results of '{name}' are still hidden. The facilitator can reveal them.",
    ),
    "sessions.error.empty_name": ("Geef de bijeenkomst een naam.", "Give the session a name."),
    "sessions.error.too_long": ("Dat is te lang: hoogstens {max} tekens.",
                                "That is too long: at most {max} characters."),
    "sessions.error.bad_method": (
        "Onbekende manier van prioriteren '{method}'. Kies stippen, rangorde of beide.",
        "Unknown priority method '{method}'. Choose dots, ranking or both.",
    ),
    "sessions.error.bad_budget": ("Het aantal stippen moet 1 of meer zijn.",
                                  "The number of dots must be 1 or more."),
    "sessions.error.bad_quorum": ("Het minimum aantal aanwezigen moet 1 of meer zijn.",
                                  "The quorum must be 1 or more."),
    "sessions.error.bad_count": ("Een aantal moet een heel getal van 0 of meer zijn.",
                                 "A count must be a whole number of 0 or more."),
    "sessions.error.bad_kind": ("Onbekende soort '{kind}'.", "Unknown kind '{kind}'."),
    "sessions.error.bad_role": ("Onbekende rol '{role}'. Kies uit: {roles}.",
                                "Unknown role '{role}'. Choose from: {roles}."),
    "sessions.error.bad_score": (
        "Kies een score van 1 tot 5, of 'niet van toepassing'.",
        "Choose a score from 1 to 5, or 'not applicable'.",
    ),
    "sessions.error.bad_format": ("Onbekend formaat '{format}'. Kies csv of json.",
                                  "Unknown format '{format}'. Choose csv or json."),
    "sessions.error.label_taken": (
        "'{label}' is al aangemeld bij deze bijeenkomst. Kies een andere naam, of laat het "
        "leeg voor een anonieme code.",
        "'{label}' has already checked in to this session. Choose another name, or leave it "
        "empty for an anonymous code.",
    ),
    "sessions.error.label_too_long": ("Een naam mag hoogstens {max} tekens hebben.",
                                      "A name may have at most {max} characters."),
    "sessions.error.empty_card": ("Schrijf eerst iets op de kaart.",
                                  "Write something on the card first."),
    "sessions.error.no_card": ("Die kaart bestaat niet meer.", "That card no longer exists."),
    "sessions.error.no_addition": ("Die aanvulling bestaat niet meer.",
                                   "That addition no longer exists."),
    "sessions.error.no_participant": ("Die deelnemer bestaat niet (meer).",
                                      "That participant does not exist (any more)."),
    "sessions.error.no_ballot": ("Dat stemformulier bestaat niet (meer).",
                                 "That ballot does not exist (any more)."),
    "sessions.error.ballot_confirmed": (
        "Dit stemformulier is al bevestigd en kan niet meer veranderen.",
        "This ballot has been confirmed and can no longer change.",
    ),
    "sessions.error.factor_not_shown": ("Die factor hoort niet bij deze bijeenkomst.",
                                        "That factor is not part of this session."),
    "sessions.error.element_not_shown": ("Dat element hoort niet bij deze factor.",
                                         "That element does not belong to this factor."),
    "sessions.error.over_budget": (
        "Stippen per persoon: hoogstens {budget}.",
        "Dots per person: at most {budget}.",
    ),
    "sessions.error.ranked_twice": ("Een factor staat twee keer in de rangorde.",
                                    "A factor appears twice in the ranking."),
    "sessions.error.method_no_dots": (
        "Bij '{name}' worden geen stippen gegeven.", "Session '{name}' does not use dots."),
    "sessions.error.method_no_ranking": (
        "Bij '{name}' wordt geen rangorde gemaakt.", "Session '{name}' does not use a ranking."),
    # words shown wherever results appear
    "sessions.below_quorum": ("onder quorum", "below quorum"),
    "sessions.below_quorum_note": (
        "Let op: onder quorum — deelnemers: {n}, minimaal {quorum} nodig. De uitkomsten "
        "tellen als indruk, niet als oordeel van de groep.",
        "Note: below quorum — participants: {n}, at least {quorum} needed. The results "
        "count as an impression, not as the group's verdict.",
    ),
    "sessions.across_practices": ("alle praktijken", "all practices"),
    "sessions.state.draft": ("concept", "draft"),
    "sessions.state.open": ("open", "open"),
    "sessions.state.closed": ("gesloten", "closed"),
    "sessions.method.dots": ("stippen", "dots"),
    "sessions.method.ranking": ("rangorde", "ranking"),
    "sessions.method.both": ("stippen en rangorde", "dots and ranking"),
    "sessions.card.claim.title": ("Wat is het beste?", "What is best?"),
    "sessions.card.concern.title": ("Wat is moeilijk?", "What is hard?"),
    "sessions.card.issue.title": ("Ideeën voor de toekomst", "Ideas for the future"),
    # the text report
    "sessions.report.participants": (
        "{state} · deelnemers: {n} · minimaal {quorum} nodig",
        "{state} · participants: {n} · at least {quorum} needed",
    ),
    "sessions.report.unconfirmed": (
        "Niet bevestigde stemformulieren: {n}. Die tellen niet mee.",
        "Ballots not confirmed: {n}. Those do not count.",
    ),
    "sessions.report.priority.borda": ("Prioriteit (rangorde, Borda-punten)",
                                       "Priority (ranking, Borda points)"),
    "sessions.report.priority.dots": ("Prioriteit (stippen)", "Priority (dots)"),
    "sessions.report.priority.hands": ("Prioriteit (handen opgestoken)",
                                       "Priority (show of hands)"),
    "sessions.report.dots_extra": ("stippen: {n}", "dots: {n}"),
    "sessions.report.tied": ("gelijk", "tie"),
    "sessions.report.recognition": (
        "herkenning: n={n}, n.v.t. {na}, gemiddeld {mean}, mediaan {median}",
        "recognition: n={n}, n/a {na}, mean {mean}, median {median}",
    ),
    "sessions.report.hands_recognition": ("{n} handen: herken ik", "{n} hands: recognise it"),
    "sessions.report.hands_recognition.one": ('1 hand: herken ik',
        '1 hand: recognise it'),
    "sessions.report.reasons": ("Waarom:", "Why:"),
    "sessions.report.additions": ("Aanvullingen:", "Additions:"),
    # command line
    "sessions.cli.none": (
        "Nog geen klankbordbijeenkomsten. Maak er een met 'workbench sessions create NAAM'.",
        "No sounding-board sessions yet. Create one with 'workbench sessions create NAME'.",
    ),
    "sessions.cli.line": ("{name} — {practice} — {state} — {factors} {factors|factor|factoren}, "
                          "stemformulieren: {n}",
                          "{name} — {practice} — {state} — {factors} {factors|factor|factors}, "
                          "ballots: {n}"),
    "sessions.cli.created": (
        "Bijeenkomst '{name}' gemaakt ({state}): {factors} {factors|factor|factoren}, stippen per "
        "persoon: "
        "{budget}, minimaal {quorum} aanwezigen.",
        "Session '{name}' created ({state}): {factors} {factors|factor|factors}, dots per person: "
        "{budget}, "
        "quorum {quorum}.",
    ),
    "sessions.cli.opened": ("Bijeenkomst '{name}' is open: deelnemers kunnen zich aanmelden.",
                            "Session '{name}' is open: participants can check in."),
    "sessions.cli.closed": ("Bijeenkomst '{name}' is gesloten (deelnemers: {n}).",
                            "Session '{name}' is closed (participants: {n})."),
    "sessions.cli.revealed": ("De uitkomsten van '{name}' zijn zichtbaar.",
                              "The results of '{name}' are visible."),
    "sessions.cli.hidden": ("De uitkomsten van '{name}' zijn weer verborgen.",
                            "The results of '{name}' are hidden again."),
    "sessions.cli.voted": ("Stemformulier van {label} is bewaard en bevestigd.",
                           "Ballot of {label} saved and confirmed."),
    "sessions.cli.saved": ("Stemformulier van {label} is bewaard (nog niet bevestigd).",
                           "Ballot of {label} saved (not confirmed yet)."),
    "sessions.cli.hands_saved": ("Tellingen bewaard voor '{name}': {n}.",
                                 "Counts saved for '{name}': {n}."),
    "sessions.cli.delete_cancelled": ("Niets verwijderd.", "Nothing was deleted."),
    "sessions.cli.delete_ask": (
        "Bijeenkomst '{name}' met alle stemformulieren verwijderen? Er wordt eerst een "
        "reservekopie "
        "gemaakt.",
        "Delete session '{name}' with all its ballots? A backup is made first.",
    ),
    "sessions.cli.deleted": ("Bijeenkomst '{name}' is verwijderd (reservekopie gemaakt).",
                             "Session '{name}' deleted (backup made)."),
    "sessions.cli.bad_factor": (
        "Welke factor is '{ref}'? Gebruik het nummer of de naam: {factors}.",
        "Which factor is '{ref}'? Use the number or the name: {factors}.",
    ),
    "sessions.cli.bad_pair": ("{option} verwacht FACTOR=WAARDE, niet '{value}'.",
                              "{option} expects FACTOR=VALUE, not '{value}'."),
    "sessions.cli.bad_number": ("{option}: '{value}' is geen getal.",
                                "{option}: '{value}' is not a number."),
    # key hints
    "key.sessions_new": ("Nieuwe bijeenkomst", "New session"),
    "key.sessions_open_one": ("Openen", "Open"),
    "key.sessions_delete": ("Verwijderen", "Delete"),
    "key.sessions_start": ("Bijeenkomst starten", "Start session"),
    "key.sessions_ballot": ("Stemmen", "Take ballots"),
    "key.sessions_hands": ("Handen tellen", "Count hands"),
    "key.sessions_cards": ("Kaarten", "Cards"),
    "key.sessions_reveal": ("Uitkomsten tonen/verbergen", "Reveal/hide results"),
    "key.sessions_results": ("Uitkomsten", "Results"),
    "key.sessions_close": ("Sluiten", "Close"),
    "key.sessions_save": ("Bewaren", "Save"),
    "key.sessions_cancel": ("Annuleren", "Cancel"),
    "key.sessions_export": ("Exporteren", "Export"),
    "key.sessions_accept": ("Aanvulling overnemen", "Accept addition"),
    "key.sessions_delete_card": ("Kaart weg", "Remove card"),
    "key.ballot_next": ("Volgende", "Next"),
    "key.ballot_previous": ("Terug", "Back"),
    "key.ballot_leave": ("Terug naar begeleider", "Back to facilitator"),
    "key.ballot_confirm": ("Bevestigen", "Confirm"),
    "key.ballot_next_person": ("Volgende persoon", "Next person"),
    # facilitator screens
    "sessions.list_hint": (
        "Nog geen bijeenkomsten. Druk op n om er een te maken.",
        "No sessions yet. Press n to create one.",
    ),
    "sessions.list_keys": (
        "Enter opent de gekozen bijeenkomst · n maakt een nieuwe · Del verwijdert (met "
        "reservekopie).",
        "Enter opens the chosen session · n creates a new one · Del deletes (with a backup).",
    ),
    "sessions.col.name": ("Bijeenkomst", "Session"),
    "sessions.col.practice": ("Praktijk", "Practice"),
    "sessions.col.date": ("Datum", "Date"),
    "sessions.col.state": ("Stand", "State"),
    "sessions.col.factors": ("Factoren", "Factors"),
    "sessions.col.ballots": ("Stemmen/minimum", "Ballots/quorum"),
    "sessions.col.participant": ("Deelnemer", "Participant"),
    "sessions.col.role": ("Rol", "Role"),
    "sessions.col.ballot": ("Stemformulier", "Ballot"),
    "sessions.col.factor": ("Factor", "Factor"),
    "sessions.col.addition": ("Aanvulling", "Addition"),
    "sessions.col.accepted": ("Overgenomen", "Accepted"),
    "sessions.col.hands_priority": ("Belangrijkst", "Most important"),
    "sessions.col.hands_recognition": ("Herken ik", "Recognise it"),
    "sessions.deleted": ("Bijeenkomst '{name}' is verwijderd (reservekopie gemaakt).",
                         "Session '{name}' deleted (backup made)."),
    "sessions.delete": ("Verwijderen", "Delete"),
    "sessions.new_title": ("Nieuwe klankbordbijeenkomst", "New sounding-board session"),
    "sessions.name_placeholder": ("Naam, bijvoorbeeld: Klankbord voorjaar",
                                  "Name, for example: Spring sounding board"),
    "sessions.practice_label": ("Praktijk", "Practice"),
    "sessions.factors_label": ("Factoren die we bespreken (spatie kiest)",
                               "Factors to discuss (space selects)"),
    "sessions.method_label": ("Prioriteren met", "Prioritise with"),
    "sessions.budget_label": ("Stippen p.p.", "Dots each"),
    "sessions.quorum_label": ("Minimum", "Quorum"),
    "sessions.date_label": ("Datum", "Date"),
    "sessions.rate_elements_label": ("Ook elk kenmerkend element laten beoordelen",
                                     "Also rate each characteristic element"),
    "sessions.create": ("Maken", "Create"),
    "sessions.choose_factors": (
        "Kies minstens één factor om te bespreken. Nog geen factoren? Maak ze eerst in fase 3.",
        "Choose at least one factor to discuss. No factors yet? Make them first in phase 3.",
    ),
    "sessions.cancel": ("Annuleren", "Cancel"),
    "sessions.save": ("Bewaren", "Save"),
    "sessions.close": ("Sluiten", "Close"),
    "sessions.summary": (
        "{state} · prioriteren met {method} · stippen per persoon: {budget} · minimaal "
        "{quorum} aanwezigen",
        "{state} · prioritise with {method} · dots each: {budget} · quorum {quorum}",
    ),
    "sessions.next.draft": (
        "Concept. Druk op o om de bijeenkomst te starten; daarna kunnen deelnemers stemmen.",
        "Draft. Press o to start the session; then participants can vote.",
    ),
    "sessions.next.open": (
        "Open. b: laptop rondgeven om te stemmen · h: handen tellen · k: kaartenrondes · "
        "r: uitkomsten tonen · c: sluiten.",
        "Open. b: pass the laptop round to vote · h: count hands · k: card rounds · "
        "r: reveal results · c: close.",
    ),
    "sessions.next.closed": (
        "Gesloten: er verandert niets meer. u: uitkomsten bekijken en exporteren.",
        "Closed: nothing changes any more. u: view and export the results.",
    ),
    "sessions.people_title": ("Aangemeld", "Checked in"),
    "sessions.detail.practice": ("Praktijk: {practice} · datum: {date}",
                                 "Practice: {practice} · date: {date}"),
    "sessions.detail.factors": ("{n} factoren:", "{n} factors:"),
    "sessions.detail.factors.one": ('1 factor:',
        '1 factor:'),
    "sessions.detail.count": (
        '{n} bevestigde stemformulieren · {checked} ingecheckt · minimaal {quorum} '
        'nodig',
        '{n} confirmed ballots · {checked} checked in · {quorum} needed'),
    "sessions.detail.count.one": (
        '1 bevestigd stemformulier · {checked} ingecheckt · minimaal {quorum} nodig',
        '1 confirmed ballot · {checked} checked in · {quorum} needed'),
    "sessions.detail.revealed": ("De uitkomsten zijn zichtbaar.", "The results are visible."),
    "sessions.detail.hidden": ("De uitkomsten zijn verborgen tot u ze toont (r).",
                               "The results are hidden until you reveal them (r)."),
    "sessions.ballot_done": ("bevestigd", "confirmed"),
    "sessions.ballot_busy": ("nog bezig", "in progress"),
    "sessions.close_question": (
        "Bijeenkomst '{name}' sluiten? Daarna verandert er niets meer en zijn de uitkomsten "
        "zichtbaar.",
        "Close session '{name}'? After that nothing changes and the results are visible.",
    ),
    "sessions.additions_title": ("Aanvullingen", "Additions"),
    "sessions.additions_hint": (
        "Enter of A neemt een aanvulling over als kenmerkend element van de factor (nog eens: "
        "ongedaan maken).",
        "Enter or A takes an addition on as a characteristic element of the factor (again: "
        "undo).",
    ),
    "sessions.no_additions": ("Geen aanvullingen.", "No additions."),
    "sessions.accepted": ("✓ element", "✓ element"),
    "sessions.addition_accepted": ("'{text}' is nu een kenmerkend element.",
                                   "'{text}' is now a characteristic element."),
    "sessions.addition_undone": ("'{text}' is weer van de factor gehaald.",
                                 "'{text}' was taken off the factor again."),
    "sessions.export_suffix": ("uitkomsten", "results"),
    "sessions.export_title": ("Uitkomsten exporteren naar", "Export results to"),
    "sessions.export_hint": (
        "Eindigt de naam op .csv: één regel per factor (voor Excel). Op .json: alles, met de "
        "ruwe stemmen zonder namen. Enter schrijft, Escape annuleert.",
        "A name ending in .csv: one row per factor (for Excel). In .json: everything, with the "
        "raw ballots without names. Enter writes, Escape cancels.",
    ),
    "sessions.hands_title": ("Handen tellen", "Count hands"),
    "sessions.hands_hint": (
        "Vraag per factor: wie vindt dit het belangrijkst? En: wie herkent dit? Typ het aantal "
        "handen. Vul ook in hoeveel mensen er zijn. Ctrl+S bewaart.",
        "Ask per factor: who finds this most important? And: who recognises this? Type the "
        "number of hands. Also fill in how many people are present. Ctrl+S saves.",
    ),
    "sessions.present_label": ("Aanwezig", "Present"),
    "sessions.hands_saved": ("De tellingen zijn bewaard.", "The counts are saved."),
    "sessions.cards_title": ("Kaartenrondes", "Card rounds"),
    "sessions.card_placeholder": ("Schrijf een kaart en druk op Enter",
                                  "Write a card and press Enter"),
    # the ballot (participants: plain words, sentences of at most 12 words)
    "ballot.welcome": ("Welkom bij {name}", "Welcome to {name}"),
    "ballot.checkin_text": (
        "Typ een verzonnen naam. Niet uw echte naam.\n"
        "Of laat het leeg. Dan krijgt u een nummer.",
        "Type a made-up name. Not your real name.\n"
        "Or leave it empty. Then you get a number.",
    ),
    "ballot.label_placeholder": ("Verzonnen naam (mag leeg blijven)",
                                 "Made-up name (may stay empty)"),
    "ballot.role_prompt": ("Wie bent u? Dit mag u overslaan.",
                           "Who are you? You may skip this."),
    "ballot.role_none": ("Zeg ik liever niet", "I would rather not say"),
    "ballot.label_taken": ("Deze naam kan niet. Kies een andere naam.",
                           "This name cannot be used. Choose another name."),
    "ballot.start": ("Beginnen", "Start"),
    "ballot.problem": ("Dit lukt nu niet. Roep de begeleider.",
                       "This does not work right now. Please call the facilitator."),
    "ballot.hint.checkin": (
        "Druk op Enter om te beginnen. Eerst zeggen wie u bent? Druk op Tab.",
        "Press Enter to start. Want to say who you are first? Press Tab.",
    ),
    "ballot.pin_text": (
        "Typ de pincode om het stemmen te verlaten en terug te gaan naar het "
        "begeleidersscherm. De bijeenkomst blijft open; sluiten doet u daar met c.",
        "Type the PIN to leave the voting and go back to the facilitator screen. The session "
        "stays open; close it there with c.",
    ),
    "ballot.your_code": ("Uw nummer is {label}.", "Your number is {label}."),
    "ballot.step": ("Stap {step} van {steps} · {label}", "Step {step} of {steps} · {label}"),
    "ballot.previous": ("← Terug", "← Back"),
    "ballot.next": ("Verder →", "Next →"),
    "ballot.elements": ("Wat hoort erbij:", "What belongs to it:"),
    "ballot.recognise_question": (
        "Herkent u dit? Kies een cijfer van 1 tot 5.\nGeldt het niet voor u? Kies 0.",
        "Do you recognise this? Choose a number from 1 to 5.\n"
        "Does it not apply to you? Choose 0.",
    ),
    "ballot.hint.factor": (
        "Druk op Enter om verder te gaan. Uitleggen of iets toevoegen? Druk op Tab.",
        "Press Enter to go on. Want to explain or add something? Press Tab.",
    ),
    "ballot.elements_question": ("Herkent u ook elk stukje? Dit mag u overslaan.",
                                 "Do you also recognise each part? You may skip this."),
    "ballot.scale.1": ("herken ik niet", "I don't recognise it"),
    "ballot.scale.2": ("een beetje", "a little"),
    "ballot.scale.3": ("voor een deel", "partly"),
    "ballot.scale.4": ("voor een groot deel", "mostly"),
    "ballot.scale.5": ("helemaal", "fully"),
    "ballot.scale.0": ("geldt niet voor mij", "does not apply to me"),
    "ballot.na_short": ("geldt niet voor mij", "does not apply to me"),
    "ballot.reason_question": ("Waarom? Dit mag leeg blijven.", "Why? This may stay empty."),
    "ballot.add_question": ("Mist er iets? Typ het en druk op Enter.",
                            "Is something missing? Type it and press Enter."),
    "ballot.add_placeholder": ("Wat mist er?", "What is missing?"),
    "ballot.add_remove": ("✗ Weghalen", "✗ Remove"),
    "ballot.choose_first": (
        "Kies eerst een cijfer van 1 tot 5. Of kies 0.",
        "First choose a number from 1 to 5. Or choose 0.",
    ),
    "ballot.priority_title": ("Wat is het belangrijkst?", "What matters most?"),
    "ballot.dots_help": (
        "U mag {budget} keer een stip geven.\n"
        "Kies met pijltje omhoog of omlaag.\n"
        "Pijltje naar rechts geeft een stip. Pijltje naar links haalt hem weg.",
        "You may give a dot {budget} {budget|time|times}.\n"
        "Choose with the up or down arrow.\n"
        "The right arrow gives a dot. The left arrow takes it away.",
    ),
    "ballot.rank_help": (
        "Kies met pijltje omhoog of omlaag.\n"
        "Druk op Enter bij het belangrijkste. Dat wordt nummer 1.\n"
        "Druk dan op Enter bij het volgende. Dat wordt nummer 2.\n"
        "Nog een keer Enter haalt het nummer weg.",
        "Choose with the up or down arrow.\n"
        "Press Enter at what matters most. That becomes number 1.\n"
        "Then press Enter at the next one. That becomes number 2.\n"
        "Enter again takes the number away.",
    ),
    "ballot.tab_hint": ("Druk op Tab om naar de andere lijst te gaan.",
                        "Press Tab to go to the other list."),
    "ballot.dots_left": ("Stippen over: {left} van {budget}",
                         "Dots left: {left} of {budget}"),
    "ballot.no_dots_left": ("Uw stippen zijn op. Haal eerst een stip weg.",
                            "No dots left. First take a dot away."),
    "ballot.rank_title": ("Uw volgorde", "Your order"),
    "ballot.confirm_title": ("Klopt dit?", "Is this right?"),
    "ballot.confirm_hint": (
        "Klopt alles? Druk op Enter. Dan telt uw stem mee.\n"
        "Daarna kunt u niets meer veranderen.\n"
        "Iets veranderen? Kies Terug.",
        "Is everything right? Press Enter. Then your vote counts.\n"
        "After that you cannot change anything.\n"
        "Want to change something? Choose Back.",
    ),
    "ballot.confirm": ("✓ Ja, dit klopt", "✓ Yes, this is right"),
    "ballot.skipped": ("niet ingevuld", "not filled in"),
    "ballot.your_dots": ("Uw stippen", "Your dots"),
    "ballot.your_ranking": ("Uw volgorde", "Your order"),
    "ballot.thanks": ("Dank u wel!", "Thank you!"),
    "ballot.pass_on": ("Wij hebben uw stem bewaard.\nGeef de laptop aan de volgende persoon.",
                       "We have kept your vote.\nPass the laptop to the next person."),
    "ballot.next_person": ("Volgende persoon", "Next person"),
    "ballot.stop_title": ("Wilt u stoppen?", "Do you want to stop?"),
    "ballot.stop_question": (
        "Wij gooien weg wat u invulde. Het telt dan niet mee.",
        "We throw away what you filled in. It will not count.",
    ),
    "ballot.stop_yes": ("Ja, stoppen", "Yes, stop"),
}
