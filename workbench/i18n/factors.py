"""Messages of the cluster phase: working factors, the factor wall, suggestions, comparison."""

MESSAGES: dict[str, tuple[str, str]] = {
    # errors (core)
    "factors.error.empty_name": (
        "Geef de factor een naam.",
        "Give the factor a name.",
    ),
    "factors.error.long_name": (
        "Een factornaam mag hoogstens {limit} tekens hebben. Maak hem korter.",
        "A factor name can have at most {limit} characters. Make it shorter.",
    ),
    "factors.error.name_taken": (
        "Er is in deze praktijk al een factor ‘{name}’. Kies een andere naam.",
        "This practice already has a factor ‘{name}’. Choose another name.",
    ),
    "factors.error.no_factor": (
        "Factor ‘{name}’ bestaat niet (meer).",
        "Factor ‘{name}’ does not exist (any more).",
    ),
    "factors.error.bad_type": (
        "Onbekend soort factor ‘{type}’. Kies inhoudelijk (substantive) of procesmatig "
        "(procedural).",
        "Unknown factor type ‘{type}’. Choose substantive or procedural.",
    ),
    "factors.error.empty_element": (
        "Een kenmerkend element kan niet leeg zijn.",
        "A characteristic element cannot be empty.",
    ),
    "factors.error.long_element": (
        "Een kenmerkend element is een korte zin: hoogstens {limit} tekens.",
        "A characteristic element is a short phrase: at most {limit} characters.",
    ),
    "factors.error.element_exists": (
        "Deze factor heeft het element ‘{text}’ al.",
        "This factor already has the element ‘{text}’.",
    ),
    "factors.error.no_element": (
        "Dit element bestaat niet meer.",
        "This element no longer exists.",
    ),
    "factors.error.bad_origin": (
        "Onbekende herkomst ‘{origin}’ voor een element.",
        "Unknown origin ‘{origin}’ for an element.",
    ),
    "factors.error.too_many_quotes": (
        "Kies hoogstens {limit} citaten per factor.",
        "Choose at most {limit} quotes per factor.",
    ),
    "factors.error.quote_not_allowed": (
        "Dit fragment kan geen citaat zijn: het hoort niet bij de factor, of de verteller "
        "gaf geen toestemming voor citaten.",
        "This fragment cannot be a quote: it is not in the factor, or its storyteller did "
        "not consent to quotes.",
    ),
    "factors.error.merge_practice": (
        "Alleen factoren van dezelfde praktijk kunnen samengevoegd worden. Koppel ze anders.",
        "Only factors of the same practice can be merged. Link them instead.",
    ),
    "factors.error.split_nothing": (
        "Markeer eerst de kaarten die naar de nieuwe factor gaan (spatie).",
        "First mark the cards that go to the new factor (space).",
    ),
    "factors.error.link_two": (
        "Kies minstens twee factoren om te koppelen.",
        "Choose at least two factors to link.",
    ),
    "factors.error.link_same_practice": (
        "Twee factoren van dezelfde praktijk kunnen niet ‘dezelfde factor’ zijn. Voeg ze samen.",
        "Two factors of one practice cannot be ‘the same factor’. Merge them instead.",
    ),
    "factors.error.other_practice": (
        "Deze factor hoort bij een andere praktijk.",
        "This factor belongs to another practice.",
    ),
    "factors.error.via_code": (
        "Dit fragment staat hier via zijn code. Verplaats de code in de codeweergave (toets c).",
        "This fragment is here through its code. Move the code in the code view (key c).",
    ),
    "factors.error.bad_mode": (
        "Onbekende soort kaart ‘{mode}’: kies fragments of codes.",
        "Unknown kind of card ‘{mode}’: choose fragments or codes.",
    ),
    "factors.error.language": (
        "Taal ‘{code}’ wordt niet ondersteund. Gebruik nl of en.",
        "Language ‘{code}’ is not supported. Use nl or en.",
    ),
    "factors.error.top": (
        "Het aantal suggesties moet 0 of meer zijn (niet {top}).",
        "The number of suggestions must be 0 or more (not {top}).",
    ),
    "factors.error.k": (
        "Het aantal groepen moet 1 of meer zijn (niet {k}).",
        "The number of groups must be 1 or more (not {k}).",
    ),
    # words
    "factors.type.substantive": ("inhoudelijk", "substantive"),
    "factors.type.procedural": ("procesmatig", "procedural"),
    "factors.role.parent": ("ouder", "parent"),
    "factors.role.caregiver": ("verzorger", "caregiver"),
    "factors.role.volunteer": ("vrijwilliger", "volunteer"),
    "factors.role.professional": ("jeugdprofessional", "youth professional"),
    "factors.role.researcher": ("onderzoeker", "researcher"),
    "factors.unsorted": ("Nog niet ingedeeld", "Unsorted"),
    "factors.common": ("gemeenschappelijk", "common"),
    "factors.workshop_wide": ("Alle praktijken (hele werkplaats)",
                              "All practices (whole workshop)"),
}
