"""The suggestion API: suggest, cluster and suggest_elements, edge cases included."""

from __future__ import annotations

import pytest

from workbench.errors import InvalidInput
from workbench.factors.suggest import Clustering, cluster, suggest, suggest_elements
from workbench.factors.textfeatures import TextFeatures, analyse, clean

EXAMPLES = {
    "Sociale contacten": [
        "We drinken koffie en lachen veel, het is gezellig in de groep.",
        "Ik heb nieuwe vriendinnen gemaakt, we spreken ook buiten de groep af.",
        "Via de appgroep houden de moeders contact met elkaar.",
        "Het is gezellig om andere moeders te ontmoeten bij de koffie.",
    ],
    "Begeleiding die aansluit": [
        "De begeleider luistert echt en neemt de tijd voor mij.",
        "De coach oordeelt niet en luistert naar wat ik nodig heb.",
        "De begeleiding neemt ouders serieus en luistert goed.",
    ],
    "Geld en regels": [
        "Het geld is op aan het eind van de maand en de huur is hoog.",
        "Ik snap de brieven van de gemeente over toeslagen niet.",
        "De vrijwilliger hielp met de formulieren voor de toeslag.",
    ],
}


@pytest.mark.slow  # long: left out of the quick loop
def test_suggest_ranks_the_resembling_factor_first_with_scores():
    result = suggest(EXAMPLES, [
        "Gezellig koffie drinken met de andere moeders.",
        "Een begeleider die luistert en de tijd neemt.",
        "Ik kreeg een brief over de huurtoeslag van de gemeente.",
    ])
    assert [row[0][0] for row in result] == [
        "Sociale contacten", "Begeleiding die aansluit", "Geld en regels"]
    for row in result:
        assert len(row) == 3  # top=3 by default, best first
        scores = [s for _, s in row]
        assert scores == sorted(scores, reverse=True)
        assert all(0.0 <= s <= 1.0 for s in scores)


@pytest.mark.slow  # long: loads spaCy and scikit-learn
def test_suggest_top_and_missing_examples():
    assert len(suggest(EXAMPLES, ["gezellig"], top=1)[0]) == 1
    assert suggest(EXAMPLES, ["gezellig"], top=0) == [[]]
    # a factor with no texts yet cannot be suggested; with two factors, at most two pairs
    two = {"Leeg": [], **{k: v for k, v in list(EXAMPLES.items())[:2]}}
    assert {name for name, _ in suggest(two, ["gezellig"], top=5)[0]} <= set(EXAMPLES)
    assert len(suggest(two, ["gezellig"], top=5)[0]) == 2
    with pytest.raises(InvalidInput):
        suggest(EXAMPLES, ["x"], top=-1)


def test_suggest_empty_inputs():
    assert suggest(EXAMPLES, []) == []
    assert suggest({}, ["iets gezelligs"]) == [[]]
    assert suggest({"A": ["", "  "]}, ["iets"]) == [[]]
    # a fragment with nothing to compare (only a placeholder, or digits) gets nothing
    assert suggest(EXAMPLES, ["[naam kind]", "   ", "gezellig koffie"])[:2] == [[], []]


def test_suggest_single_fragment_and_single_example():
    result = suggest({"Alleen": ["koffie drinken"]}, ["koffie"])
    assert result[0][0][0] == "Alleen"


def test_suggest_english_text():
    examples = {
        "Social contact": ["We have coffee and laugh a lot together with other mothers.",
                           "I made new friends in the group."],
        "Money worries": ["The rent is too high and money runs out at the end of the month.",
                          "I did not understand the letters about benefits."],
    }
    result = suggest(examples, ["Money for the rent was a big worry."], language="en")
    assert result[0][0][0] == "Money worries"
    # English text on the Dutch pipeline still works (characters carry the overlap)
    assert suggest(examples, ["new friends in the group"])[0][0][0] == "Social contact"


def test_unknown_language_is_a_clear_error():
    with pytest.raises(InvalidInput) as error:
        suggest(EXAMPLES, ["x"], language="xx-nonsense")
    assert "xx-nonsense" in error.value.message()


def test_cluster_groups_and_key_terms():
    texts = [t for items in EXAMPLES.values() for t in items] * 2
    result = cluster(texts, k=3)
    assert isinstance(result, Clustering)
    assert len(result.labels) == len(texts)
    assert result.k == 3 and set(result.labels) == {0, 1, 2}
    for terms in result.key_terms:
        assert 3 <= len(terms) <= 6
    # identical texts land together
    half = len(texts) // 2
    assert all(result.labels[i] == result.labels[i + half] for i in range(half))


def test_cluster_chooses_k_when_not_given():
    texts = [t for items in EXAMPLES.values() for t in items]
    result = cluster(texts)
    assert 2 <= result.k <= min(10, len(texts) - 1)
    assert all(3 <= len(terms) <= 6 for terms in result.key_terms)
    assert cluster(texts).labels == result.labels  # deterministic


def test_cluster_edge_cases():
    assert cluster([]) == Clustering([], [])
    one = cluster(["De begeleider luistert echt naar wat ik nodig heb."])
    assert one.labels == [0] and len(one.key_terms) == 1 and one.key_terms[0]
    # k larger than the number of fragments is lowered to it
    two = cluster(["koffie drinken met moeders", "brieven van de gemeente"], k=5)
    assert sorted(two.labels) == [0, 1] and two.k == 2
    # the same text three times is one group, whatever k
    same = cluster(["gezellig koffie"] * 3, k=3)
    assert same.labels == [0, 0, 0]
    # only placeholders and punctuation: no crash, one group
    odd = cluster(["[naam kind]", "...", "!!!"])
    assert len(odd.labels) == 3
    with pytest.raises(InvalidInput):
        cluster(["a", "b"], k=0)


def test_cluster_english():
    texts = ["coffee with other mothers is fun", "we laugh and drink coffee together",
             "the rent is too high", "money runs out and the rent is due",
             "coffee and friends on tuesday", "bills and rent and money worries"]
    result = cluster(texts, k=2, language="en")
    assert result.labels[0] == result.labels[1] == result.labels[4]
    assert result.labels[2] == result.labels[3] == result.labels[5]
    assert result.labels[0] != result.labels[2]


def test_suggest_elements_frequent_key_phrases():
    texts = [
        "We drinken samen koffie in de ochtend.",
        "Samen koffie drinken is het fijnste moment.",
        "Ik kom voor de koffie drinken en de gezelligheid.",
        "De gezelligheid met andere moeders doet me goed.",
    ]
    found = suggest_elements(texts, "nl", background=["De brief van de gemeente."])
    assert found, found
    assert any("koffie" in phrase for phrase in found)
    assert any("gezelligheid" in phrase for phrase in found)
    assert len(found) == len({p.casefold() for p in found})
    assert suggest_elements([], "nl") == []
    assert suggest_elements(["[naam kind]"], "nl") == []


def test_text_features_strip_placeholders_and_stop_words():
    assert clean("Ik en [naam kind]  gingen") == "Ik en gingen"
    analysed = analyse(["De kinderen speelden samen met [naam kind]."])[0]
    assert "naam" not in analysed.lemmas and "de" not in analysed.lemmas
    assert "spelen" in analysed.lemmas  # the lookup lemmatizer at work
    features = TextFeatures("nl")
    matrix = features.fit_transform(["speelgroep", "speelgroepje", "brief"])
    similarity = (matrix @ matrix.T).toarray()
    assert similarity[0, 1] > similarity[0, 2]  # character n-grams see the compound
