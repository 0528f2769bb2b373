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
    "factors.error.long_description": (
        "Een omschrijving mag hoogstens {limit} tekens hebben (nu {size}). Maak haar korter.",
        "A description can have at most {limit} characters (now {size}). Make it shorter.",
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
        "Het aantal voorstellen moet 0 of meer zijn (niet {top}).",
        "The number of suggestions must be 0 or more (not {top}).",
    ),
    "factors.error.k": (
        "Het aantal groepen moet 1 of meer zijn (niet {k}).",
        "The number of groups must be 1 or more (not {k}).",
    ),
    # words
    "factors.type.substantive": ("inhoudelijk", "substantive"),
    "factors.type.procedural": ("procesmatig", "procedural"),
    "factors.type.mixed": ("inhoudelijk én procesmatig", "substantive and procedural"),
    "factors.count.per_practice": ("{n} factoren per praktijk", "{n} factors per practice"),
    "factors.count.per_practice.one": ("1 factor per praktijk", "1 factor per practice"),
    "factors.count.linked": ("{n} na koppelen, {common} gemeenschappelijk",
                             "{n} after linking, {common} common"),
    "factors.error.link_types": (
        "‘{name}’ is {type}, ‘{other}’ is {other_type}. Zet eerst hetzelfde type (t), "
        "dan kunt u ze koppelen.",
        "‘{name}’ is {type}, ‘{other}’ is {other_type}. Give them the same type first (t), "
        "then link them.",
    ),
    "factors.role.parent": ("ouder", "parent"),
    "factors.role.caregiver": ("verzorger", "caregiver"),
    "factors.role.volunteer": ("vrijwilliger", "volunteer"),
    "factors.role.professional": ("jeugdprofessional", "youth professional"),
    "factors.role.researcher": ("onderzoeker", "researcher"),
    "factors.role.unknown": ("rol onbekend", "role unknown"),
    "factors.unsorted": ("Nog niet ingedeeld", "Unsorted"),
    "factors.common": ("gemeenschappelijk", "common"),
    "factors.workshop_wide": ("Alle praktijken (hele werkplaats)",
                              "All practices (whole workshop)"),
    # the factor wall (TUI)
    "wall.cards": ("{n} kaarten", "{n} cards"),
    "wall.cards.one": ('1 kaart',
        '1 card'),
    "wall.cards_one": ("1 kaart", "1 card"),
    "wall.code_fragments": ("{n} fragmenten", "{n} fragments"),
    "wall.code_fragments.one": ('1 fragment',
        '1 fragment'),
    "wall.code_fragments_one": ("1 fragment", "1 fragment"),
    "wall.loose_fragments": ("{n} fragmenten los", "{n} fragments on their own"),
    "wall.loose_fragments.one": ('1 fragment los',
        '1 fragment on its own'),
    "wall.loose_fragments_one": ("1 fragment los", "1 fragment on its own"),
    "wall.via_code": ("via code ‘{code}’", "through code ‘{code}’"),
    "wall.linked": ("gekoppeld", "linked"),
    "wall.mode.fragments": ("fragmenten", "fragments"),
    "wall.mode.codes": ("codes", "codes"),
    "wall.status": (
        "{unsorted} nog niet ingedeeld · {factors} {factors|factor|factoren} · kaarten: {mode}\n"
        "◆ gemeenschappelijk · m verplaats naar… · ? alle toetsen",
        "{unsorted} unsorted · {factors} {factors|factor|factors} · cards: {mode}\n"
        "◆ common · m move to… · ? all keys",
    ),
    "wall.suggestion_line": ("Lijkt op:", "Resembles:"),
    "wall.choose_factor_column": (
        "Ga eerst met de pijltjes naar de kolom van een factor.",
        "First go to a factor's column with the arrow keys.",
    ),
    "wall.no_suggestion_here": (
        "Voor deze kaart is (nog) geen voorstel. Voorstellen staan op niet-ingedeelde kaarten.",
        "There is no suggestion for this card (yet). Suggestions are on unsorted cards.",
    ),
    "wall.more_cards": ("… nog {n} kaarten (pijl omlaag)", "… {n} more cards (arrow down)"),
    "wall.more_cards_one": ("… nog 1 kaart (pijl omlaag)", "… 1 more card (arrow down)"),
    "wall.no_card": ("Deze kolom heeft geen kaart om te kiezen.",
                     "This column has no card to choose."),
    "wall.no_column_there": ("Daar is geen kolom meer.", "There is no column there."),
    "wall.link_workshop_wide": (
        "Factoren van de hele kenniswerkplaats koppelt u niet: kies eerst een praktijk (p).",
        "Workshop-wide factors are not linked: choose a practice first (p).",
    ),
    "wall.suggesting": ("Voorstellen worden berekend…", "Working out suggestions…"),
    "wall.suggestions_ready": ("Voorstellen voor {n} kaarten.", "Suggestions for {n} cards."),
    "wall.suggestions_ready.one": ("Voorstel voor 1 kaart.", "Suggestion for 1 card."),
    "wall.suggestions_none_unsorted": (
        "Geen voorstellen: er zijn geen niet-ingedeelde kaarten.",
        "No suggestions: there are no unsorted cards.",
    ),
    "wall.suggestions_none_factors": (
        "Geen voorstellen: maak eerst een factor met kaarten (n, Shift+pijl).",
        "No suggestions: first make a factor with cards (n, Shift+arrow).",
    ),
    "wall.undone": ("Laatste verplaatsing ongedaan gemaakt.", "Last move undone."),
    "wall.nothing_to_undo": ("Er is niets om ongedaan te maken.", "There is nothing to undo."),
    "wall.nothing_unsorted": (
        "Er zijn geen niet-ingedeelde kaarten om te groeperen.",
        "There are no unsorted cards to group.",
    ),
    "wall.new_title": ("Naam van de nieuwe factor", "Name of the new factor"),
    "wall.rename_title": ("Nieuwe naam van de factor", "New name of the factor"),
    "wall.describe_title": ("Omschrijving van ‘{name}’", "Description of ‘{name}’"),
    "wall.type_set": ("Soort factor: {type}", "Factor type: {type}"),
    "wall.move_to_title": ("Verplaats de kaart naar…", "Move the card to…"),
    "wall.merge_title": (
        "Welke factor voegt u samen met ‘{name}’? Die gaat erin op.",
        "Which factor do you merge into ‘{name}’? It will be folded in.",
    ),
    "wall.split_title": (
        "Naam van de nieuwe factor voor de {n} gemarkeerde kaarten",
        "Name of the new factor for the {n} marked cards",
    ),
    "wall.split_title.one": ('Naam van de nieuwe factor voor de gemarkeerde kaart',
        'Name of the new factor for the marked card'),
    "wall.delete_question": (
        "Factor ‘{name}’ verwijderen? De kaarten gaan terug naar ‘nog niet ingedeeld’. "
        "Er wordt eerst een reservekopie gemaakt.",
        "Delete factor ‘{name}’? Its cards go back to ‘unsorted’. A backup is made first.",
    ),
    "wall.deleted": ("Factor ‘{name}’ verwijderd.", "Factor ‘{name}’ deleted."),
    "wall.quotes_title": (
        "Citaten voor ‘{name}’ (hoogstens {limit}; alleen vertellers die toestemming gaven)",
        "Quotes for ‘{name}’ (at most {limit}; only storytellers who consented)",
    ),
    "wall.quotes_saved": ("{n} citaten bewaard.", "{n} quotes saved."),
    "wall.quotes_saved.one": ('1 citaat bewaard.',
        '1 quote saved.'),
    "wall.no_quote_candidates": (
        "Deze factor heeft nog geen fragmenten van vertellers die toestemming gaven voor citaten.",
        "This factor has no fragments yet from storytellers who consented to quotes.",
    ),
    "wall.link_title": (
        "Welke factoren van andere praktijken zijn dezelfde factor als ‘{name}’?",
        "Which factors of other practices are the same factor as ‘{name}’?",
    ),
    "wall.linked_done": ("‘{name}’ gekoppeld.", "‘{name}’ linked."),
    "wall.nothing_to_link": (
        "Er zijn geen factoren in andere praktijken om te koppelen.",
        "There are no factors in other practices to link.",
    ),
    "wall.unlink_title": ("Welke factor haalt u uit de koppeling?",
                          "Which factor do you take out of the link?"),
    "wall.proposal_title": (
        "Voorstel: groepen van niet-ingedeelde kaarten. Vink aan welke een factor worden.",
        "Proposal: groups of unsorted cards. Tick the ones that become a factor.",
    ),
    "wall.proposal_group": ("{name} — {n} kaarten, bv. “{example}”",
                            "{name} — {n} cards, e.g. “{example}”"),
    "wall.proposal_group.one": ('{name} — 1 kaart, bv. “{example}”',
        '{name} — 1 card, e.g. “{example}”'),
    "wall.proposal_accepted": ("{n} nieuwe factoren gemaakt.", "{n} new factors made."),
    "wall.proposal_accepted.one": ('1 nieuwe factor gemaakt.',
        '1 new factor made.'),
    "wall.elements_title": ("Kenmerkende elementen van ‘{name}’",
                            "Characteristic elements of ‘{name}’"),
    "wall.element_placeholder": ("Nieuw element, bv. ‘elkaar helpen’ (Enter)",
                                 "New element, e.g. ‘helping each other’ (Enter)"),
    "wall.suggested_elements": ("Voorgestelde elementen (Enter neemt over):",
                                "Suggested elements (Enter accepts):"),
    "wall.no_suggestions": ("Geen voorstellen.", "No suggestions."),
    "wall.tab_matrix": ("Praktijken × factoren", "Practices × factors"),
    "wall.tab_roles": ("Per rol", "Per role"),
    "wall.col_factor": ("Factor", "Factor"),
    "wall.col_type": ("Soort", "Type"),
    "wall.col_total": ("Totaal", "Total"),
    "wall.cell": ("✓ {n} fragm.", "✓ {n} fragm."),
    "wall.hint.elements": (
        "Tab wisselt tussen lijst, invoer en voorstellen · in de lijst: Enter wijzigen, "
        "Delete verwijderen, Ctrl+↑/↓ volgorde",
        "Tab moves between list, input and suggestions · in the list: Enter edits, "
        "Delete removes, Ctrl+↑/↓ reorders",
    ),
    "wall.hint.empty": ("Deze kolom is leeg. Zet er kaarten in met Shift+pijl of m.",
                        "This column is empty. Put cards in with Shift+arrow or m."),
    "wall.hint.across": (
        "◆ = gemeenschappelijke factor (in elke praktijk) · ◇ = gekoppeld, nog niet overal"
        " · l koppelen · o ontkoppelen",
        "◆ = common factor (in every practice) · ◇ = linked, not yet everywhere"
        " · l link · o unlink",
    ),
    # key hints
    "key.wall_move": ("Kaart", "Card"),
    "key.wall_move_to": ("Naar…", "To…"),
    "key.wall_accept": ("Overnemen", "Accept"),
    "key.wall_new": ("Nieuw", "New"),
    "key.wall_undo": ("Ongedaan", "Undo"),
    "key.wall_elements": ("Elementen", "Elements"),
    "key.wall_quotes": ("Citaten", "Quotes"),
    "key.wall_propose": ("Groeperen", "Group"),
    "key.wall_across": ("Vergelijk", "Compare"),
    "key.wall_keys": ("Alle toetsen", "All keys"),
    "key.wall_rename": ("Naam wijzigen", "Rename"),
    "key.wall_type": ("Soort", "Type"),
    "key.wall_describe": ("Omschrijving", "Description"),
    "key.wall_merge": ("Samenvoegen", "Merge"),
    "key.wall_mark": ("Markeren", "Mark"),
    "key.wall_split": ("Splitsen", "Split"),
    "key.wall_link": ("Koppelen", "Link"),
    "key.wall_unlink": ("Ontkoppelen", "Unlink"),
    "key.wall_delete": ("Factor verwijderen", "Delete factor"),
    "key.wall_mode": ("Fragmenten/codes", "Fragments/codes"),
    "key.wall_suggest": ("Voorstellen", "Suggestions"),
    "key.wall_practice": ("Praktijk", "Practice"),
    "key.wall_close": ("Sluiten", "Close"),
    "key.wall_remove": ("Verwijderen", "Remove"),
    "key.wall_up": ("Omhoog", "Up"),
    "key.wall_down": ("Omlaag", "Down"),
    "key.wall_suggest_elements": ("Voorstellen", "Suggestions"),
    # command line
    "factors.cli.none": ("Nog geen factoren.", "No factors yet."),
    "factors.cli.line": (
        "  {mark} {name} ({type}) — {cards} {cards|fragment|fragmenten}, {quotes} "
        "{quotes|citaat|citaten}",
        "  {mark} {name} ({type}) — {cards} {cards|fragment|fragments}, {quotes} "
        "{quotes|quote|quotes}",
    ),
    "factors.cli.added": ("Factor ‘{name}’ toegevoegd.", "Factor ‘{name}’ added."),
    "factors.cli.common": (
        "◆ = gemeenschappelijk (in elke praktijk): {n} factoren",
        "◆ = common (in every practice): {n} factors",
    ),
    "factors.cli.common.one": ('◆ = gemeenschappelijk (in elke praktijk): 1 factor',
        '◆ = common (in every practice): 1 factor'),
    "factors.cli.working": ("Bezig…", "Working…"),
    "factors.cli.group": ("{name} — {n} kaarten — kernwoorden: {terms}",
                          "{name} — {n} cards — key terms: {terms}"),
    "factors.cli.group.one": ('{name} — 1 kaart — kernwoorden: {terms}',
        '{name} — 1 card — key terms: {terms}'),
    "wall.more_cards.one": (
        '… nog 1 kaart (pijl omlaag)',
        '… 1 more card (arrow down)',
    ),
}
