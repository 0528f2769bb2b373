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
    "tally.dots_rule": (
        "Stippen: iedereen verdeelt {budget} stip(pen) over de factoren; de score is het "
        "totaal aantal stippen.",
        "Dots: everyone spreads {budget} dot(s) over the factors; the score is the total "
        "number of dots.",
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
        "U kunt hoogstens {budget} stip(pen) verdelen.",
        "You can spread at most {budget} dot(s).",
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
        "Let op: onder quorum — {n} deelnemer(s), minimaal {quorum} nodig. De uitkomsten "
        "tellen als indruk, niet als oordeel van de groep.",
        "Note: below quorum — {n} participant(s), at least {quorum} needed. The results "
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
        "{state} · {n} deelnemer(s) · minimaal {quorum} nodig",
        "{state} · {n} participant(s) · at least {quorum} needed",
    ),
    "sessions.report.unconfirmed": (
        "{n} stemformulier(en) niet bevestigd: die tellen niet mee.",
        "{n} ballot(s) not confirmed: those do not count.",
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
    "sessions.report.reasons": ("Waarom:", "Why:"),
    "sessions.report.additions": ("Aanvullingen:", "Additions:"),
    # command line
    "sessions.cli.none": (
        "Nog geen klankbordbijeenkomsten. Maak er een met 'workbench sessions create NAAM'.",
        "No sounding-board sessions yet. Create one with 'workbench sessions create NAME'.",
    ),
    "sessions.cli.line": ("{name} — {practice} — {state} — {factors} factoren, {n} stemmen",
                          "{name} — {practice} — {state} — {factors} factors, {n} ballots"),
    "sessions.cli.created": (
        "Bijeenkomst '{name}' gemaakt ({state}): {factors} factoren, {budget} stip(pen) per "
        "persoon, minimaal {quorum} aanwezigen.",
        "Session '{name}' created ({state}): {factors} factors, {budget} dot(s) per person, "
        "quorum {quorum}.",
    ),
    "sessions.cli.opened": ("Bijeenkomst '{name}' is open: deelnemers kunnen zich aanmelden.",
                            "Session '{name}' is open: participants can check in."),
    "sessions.cli.closed": ("Bijeenkomst '{name}' is gesloten met {n} deelnemer(s).",
                            "Session '{name}' is closed with {n} participant(s)."),
    "sessions.cli.revealed": ("De uitkomsten van '{name}' zijn zichtbaar.",
                              "The results of '{name}' are visible."),
    "sessions.cli.hidden": ("De uitkomsten van '{name}' zijn weer verborgen.",
                            "The results of '{name}' are hidden again."),
    "sessions.cli.voted": ("Stemformulier van {label} is bewaard en bevestigd.",
                           "Ballot of {label} saved and confirmed."),
    "sessions.cli.saved": ("Stemformulier van {label} is bewaard (nog niet bevestigd).",
                           "Ballot of {label} saved (not confirmed yet)."),
    "sessions.cli.hands_saved": ("{n} telling(en) bewaard voor '{name}'.",
                                 "{n} count(s) saved for '{name}'."),
    "sessions.cli.delete_ask": (
        "Bijeenkomst '{name}' met alle stemmen verwijderen? Er wordt eerst een reservekopie "
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
}
