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
}
