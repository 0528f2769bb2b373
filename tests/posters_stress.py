"""A crowded poster for layout tests: fifteen elements and three quotes of 600 characters.

Invented Dutch text, written for these tests.
"""

from __future__ import annotations

from datetime import date

from workbench.posters.model import PosterData, Quote
from workbench.posters.results import PosterResults, RankedFactor

ELEMENTS = (
    "de deur uit komen", "gezelligheid aan tafel", "elkaar helpen met kleine dingen",
    "samen boodschappen doen", "contact via de groepsapp", "vriendschap buiten de groep",
    "een vaste plek om koffie te drinken", "nieuwe moeders welkom heten",
    "oppassen voor elkaars kinderen", "samen naar de markt op zaterdag",
    "weten wie je kunt bellen als het even niet gaat", "lachen om dezelfde dingen",
    "verhalen uit het land van herkomst delen", "samen koken voor het buurtfeest",
    "elkaar groeten op het schoolplein",
)


def _long(start: str) -> str:
    filler = (" Dan gaan we met de kinderen naar het park en praten we over van alles, over "
              "school, over het eten en over wat er thuis speelt. Niemand kijkt je raar aan "
              "als je iets niet weet. De vrijwilliger zet thee en vraagt hoe het gaat, en zij "
              "onthoudt wat je vorige keer vertelde. Zo voelt het echt als een plek van jezelf "
              "waar je gewoon mag zijn wie je bent, ook op een slechte dag.")
    text = start + filler
    while len(text) < 600:
        text += " Dat blijft me bij, elke week weer."
    return text[:600].rsplit(" ", 1)[0] + "."


QUOTES = (
    Quote(_long("Eerst durfde ik niet naar binnen, maar nu kom ik elke dinsdag."), "moeder"),
    Quote(_long("Mijn buurvrouw zei: \"kom gewoon mee, het is gezellig\" en dat klopte."),
          "moeder"),
    Quote(_long("Als vrijwilliger zie ik moeders opbloeien in een paar maanden tijd."),
          "vrijwilliger"),
)

RESULTS = PosterResults(
    session_name="Klankbord najaar", held_on="2025-10-08", participants=9,
    below_quorum=False, quorum=5, distribution=(0, 1, 2, 4, 2), n=9, n_na=0, mean=3.8,
    median=4.0, borda=31.0, rank=2, n_factors=6, priority_basis="borda",
    ranking=(RankedFactor("Herkenning en erkenning", 34, rank=1),
             RankedFactor("Sociale contacten", 31, True, rank=2),
             RankedFactor("Groeien als ouder", 26, rank=3),
             RankedFactor("Een open en vertrouwde plek voor iedere ouder", 22, rank=4),
             RankedFactor("Begeleiding die aansluit", 15, rank=5),
             RankedFactor("Eigen inbreng", 9, rank=6)),
)


def stress_poster(**changes) -> PosterData:
    values = dict(
        factor_id="stress", workshop="Kenniswerkplaats Zuid", name="Sociale contacten",
        type="substantive", elements=ELEMENTS, quotes=QUOTES,
        description="Moeders vinden elkaar, helpen elkaar en houden contact, ook buiten de "
                    "bijeenkomsten.",
        practice="Speelgroep De Vlinder", results=RESULTS, printed_on=date(2025, 11, 4),
    )
    values.update(changes)
    return PosterData(**values)


def light_poster(**changes) -> PosterData:
    """A poster with little to say: three elements, one short quote."""
    values = dict(
        factor_id="light", workshop="Kenniswerkplaats Zuid", name="Ruimte voor het kind",
        type="substantive", elements=("spelen terwijl ouders praten", "een eigen hoek",
                                      "vaste juf"),
        quotes=(Quote("Hij rent meteen naar de blokken.", "vader"),),
        description="Kinderen spelen vrij terwijl hun ouders praten.",
        practice="Speelgroep De Vlinder", results=RESULTS, printed_on=date(2025, 11, 4),
    )
    values.update(changes)
    return PosterData(**values)
