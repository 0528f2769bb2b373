"""Demo step: one closed sounding-board session per practice, with invented ballots.

Ballots come from a seeded random generator, so every demo build is the same: each
practice has a "true" recognition level per factor, and participants vary around it.
Moederkracht's session stayed below quorum (four mothers came), so the demo shows how
such results are marked. All words are invented for the demo.
"""

from __future__ import annotations

import random
from typing import TYPE_CHECKING

from workbench.sessions import ballots
from workbench.sessions import floor as session_floor
from workbench.sessions import model as sessions
from workbench.sessions.ballots import Ballot, FactorAnswer

if TYPE_CHECKING:
    from workbench.demo import DemoIds
    from workbench.store import Store

# practice key -> (session name, date, people present, method, rate elements)
PLAN = {
    "vlinder": ("Klankbord najaar", "2026-09-16", 8, "both", True),
    "huiskamer": ("Klankbord in de huiskamer", "2026-09-23", 7, "both", False),
    "moederkracht": ("Klankbord Moederkracht", "2026-09-30", 4, "dots", False),
}

NAMES = [
    "Yasmina", "Roos", "Hatice", "Mirjam", "Samira", "Dewi", "Karin", "Nadia", "Esra",
    "Ilse", "Fatma", "Joyce", "Malika", "Anouk",
]

REASONS = {
    "high": [
        "Dit is precies waarom ik elke week kom.",
        "Ja, dit herken ik echt, vooral in het begin.",
        "Zonder dit was ik allang gestopt.",
        "Dat merk ik thuis ook, mijn man zegt het zelfs.",
        "Hier voel ik me gewoon mezelf.",
    ],
    "mid": [
        "Soms wel, soms niet. Het hangt af van wie er die dag is.",
        "Voor mij geldt dit voor een deel.",
        "Ik herken het, maar het is niet het belangrijkste voor mij.",
    ],
    "low": [
        "Bij ons gaat dat eigenlijk anders.",
        "Dit heb ik zelf niet zo meegemaakt.",
        "Ik kom vooral voor mijn kind, dit speelt voor mij minder.",
    ],
}

ADDITIONS = {
    "Sociale contacten": ["samen naar de markt", "verjaardagen van elkaars kinderen vieren"],
    "Herkenning en erkenning": ["samen lachen om dezelfde dingen",
                                "ook over geldzorgen kunnen praten"],
    "Groeien als ouder": ["durven nee zeggen tegen je kind", "thuis dingen uitproberen"],
    "Een open en vertrouwde plek": ["de koffie staat altijd klaar",
                                    "ook welkom met je zus of moeder"],
    "Begeleiding die aansluit": ["een begeleider die ook je eigen taal spreekt",
                                 "hulp bij brieven van instanties"],
    "Eigen inbreng": ["zelf een uitje organiseren"],
    "Ruimte voor het kind": ["buiten spelen in de tuin"],
}

CARDS = [
    ("claim", "Je wordt hier nooit weggestuurd, ook niet als je te laat bent."),
    ("claim", "De kinderen kijken de hele week uit naar de ochtend."),
    ("concern", "Als het druk is, kom je er als nieuwe moeder moeilijk tussen."),
    ("concern", "Na de zomer zijn veel vaste gezichten weg."),
    ("issue", "Een keer per maand ook op zaterdag, voor werkende ouders."),
    ("issue", "Een uitwisseling met de andere groepen in de wijk."),
]


def populate(store: Store, ids: DemoIds) -> None:
    """Add a closed session per practice that has factors (none when there are none)."""
    for index, (key, practice_id) in enumerate(sorted(ids.practices.items())):
        if key not in PLAN:
            continue
        factors = sessions.candidate_factors(store, practice_id)
        if not factors:
            continue
        _run_session(store, practice_id, [f["id"] for f in factors], PLAN[key],
                     random.Random(f"sessions-{key}-{index}"))


def _run_session(store: Store, practice_id: str, factor_ids: list[str],
                 plan: tuple[str, str, int, str, bool], rng: random.Random) -> None:
    name, held_on, present, method, rate_elements = plan
    session_id = sessions.create_session(
        store, name, practice_id=practice_id, priority_method=method,
        rate_elements=rate_elements, held_on=held_on)
    sessions.open_session(store, session_id)
    session = sessions.get_session(store, session_id)
    names = {f: store.scalar("SELECT name FROM factors WHERE id = ?", [f]) for f in factor_ids}
    elements = {f: [e["id"] for e in sessions.factor_elements(store, f)] for f in factor_ids}
    # Members mostly recognise the factors (they came from their own stories); some less.
    level = {f: rng.uniform(3.2, 4.8) for f in factor_ids}
    labels = rng.sample(NAMES, k=present)
    for number, label in enumerate(labels):
        if number % 4 == 3:
            label = "#" + "".join(rng.choice("ABCDEFGHJKMNPQRSTUVWXYZ23456789") for _ in range(4))
        ballot = Ballot()
        for factor_id in factor_ids:
            if rng.random() < 0.06:
                score = None  # not applicable for this person
            else:
                score = min(5, max(1, round(rng.gauss(level[factor_id], 0.9))))
            answer = FactorAnswer(score=score)
            if score is not None and rng.random() < 0.45:
                band = "high" if score >= 4 else "mid" if score == 3 else "low"
                answer.reason = rng.choice(REASONS[band])
            if rate_elements:
                for element_id in elements[factor_id]:
                    if rng.random() < 0.8:
                        answer.elements[element_id] = min(
                            5, max(1, round(rng.gauss(level[factor_id], 1.0))))
            pool = ADDITIONS.get(names[factor_id], [])
            if pool and rng.random() < 0.12:
                answer.additions.append(rng.choice(pool))
            ballot.answers[factor_id] = answer
        preference = sorted(factor_ids, key=lambda f: level[f] + rng.gauss(0, 0.8), reverse=True)
        if method in ("ranking", "both"):
            ballot.ranking = preference[: min(len(preference), rng.choice((3, 3, 4, 5)))]
        if method in ("dots", "both"):
            budget = session["dot_budget"]
            ballot.dots = {}
            second = min(1, len(preference) - 1)
            for i in range(budget):
                choice = preference[0 if i == 0 or rng.random() < 0.4 else second]
                ballot.dots[choice] = ballot.dots.get(choice, 0) + 1
        ballots.cast(store, session_id, label, ballot, role="parent" if number % 5 else "volunteer")
    for kind, text in rng.sample(CARDS, k=3):
        session_floor.add_card(store, session_id, kind, text)
    sessions.close_session(store, session_id)
    # the facilitator took the first addition on board as a new element
    first = session_floor.additions(store, session_id)
    if first:
        session_floor.accept_addition(store, first[0]["id"])
