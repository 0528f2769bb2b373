"""Messages of the coding phase: codebook, fragments, calibration, overview."""

MESSAGES: dict[str, tuple[str, str]] = {
    # errors
    "coding.error.empty_code_name": ("Geef de code een naam.", "Give the code a name."),
    "coding.error.code_name_too_long": (
        "Een codenaam mag hoogstens {limit} tekens hebben.",
        "A code name may have at most {limit} characters.",
    ),
    "coding.error.bad_color": (
        "'{color}' is geen kleur. Gebruik de vorm #RRGGBB, bijvoorbeeld #E07A5F.",
        "'{color}' is not a colour. Use the form #RRGGBB, for example #E07A5F.",
    ),
    "coding.error.bad_origin": ("Onbekende herkomst '{origin}'.", "Unknown origin '{origin}'."),
    "coding.error.code_exists": (
        "Er is al een code '{name}' op deze plek in het codeboek.",
        "There is already a code '{name}' at this place in the codebook.",
    ),
    "coding.error.no_code": ("Code '{name}' niet gevonden.", "Code '{name}' not found."),
    "coding.error.code_ambiguous": (
        "Er zijn meerdere codes '{name}'. Gebruik het id (zie 'workbench codes list --ids').",
        "There are several codes '{name}'. Use the id (see 'workbench codes list --ids').",
    ),
    "coding.error.move_into_itself": (
        "'{name}' kan niet onder zichzelf of een eigen subcode komen.",
        "'{name}' cannot go under itself or one of its own sub-codes.",
    ),
    "coding.error.merge_into_itself": (
        "Kies een andere code om mee samen te voegen.",
        "Choose another code to merge with.",
    ),
    "coding.error.code_in_use": (
        "'{name}' is in gebruik (coderingen: {codings}, subcodes: {children}). "
        "Voeg de code samen met een andere, of verwijder hem met zijn coderingen.",
        "'{name}' is in use (codings: {codings}, sub-codes: {children}). "
        "Merge it into another code, or remove it with its codings.",
    ),
    "coding.error.validator_needed": (
        "Vul in wie de code heeft beoordeeld.",
        "Fill in who reviewed the code.",
    ),
    "coding.error.empty_memo": ("Het memo is leeg.", "The memo is empty."),
    "coding.error.no_story": ("Verhaal '{name}' niet gevonden.", "Story '{name}' not found."),
    "coding.error.story_ambiguous": (
        "'{name}' past bij {n} verhalen. Gebruik het begin van het verhaal-id.",
        "'{name}' matches {n} stories. Use the start of the story id.",
    ),
    "coding.error.story_ambiguous.one": (
        "'{name}' past bij 1 verhaal. Gebruik het begin van het verhaal-id.",
        "'{name}' matches 1 story. Use the start of the story id."),
    "coding.error.out_of_range": (
        "De selectie {start}–{end} valt buiten het verhaal ({length} tekens).",
        "The selection {start}–{end} is outside the story ({length} characters).",
    ),
    "coding.error.empty_selection": (
        "Selecteer eerst een stukje tekst (een lege selectie kan geen fragment worden).",
        "Select some text first (an empty selection cannot become a fragment).",
    ),
    "coding.error.no_fragment": ("Fragment niet gevonden.", "Fragment not found."),
    "coding.error.category_not_code": (
        "'{name}' is een categorie. Kies een code eronder, of maak er een.",
        "'{name}' is a category. Choose a code under it, or make one.",
    ),
    "coding.error.coder_needed": (
        "Vul in wie er codeert.",
        "Fill in who is coding.",
    ),
    "coding.error.no_code_chosen": ("Kies minstens één code.", "Choose at least one code."),
    "coding.error.text_not_found": (
        "Deze tekst staat niet letterlijk in het verhaal: '{text}'.",
        "This text does not appear literally in the story: '{text}'.",
    ),
    "coding.error.bad_overview": (
        "Overzicht per '{by}' bestaat niet; kies practice of role.",
        "There is no overview per '{by}'; choose practice or role.",
    ),
    "coding.error.edit_removes_fragment": (
        "Deze wijziging zou het gecodeerde fragment '{fragment}' helemaal wissen. "
        "Verwijder eerst het fragment bij Coderen, of laat die tekst staan.",
        "This change would wipe out the coded fragment '{fragment}'. "
        "Delete the fragment under Code first, or keep that text.",
    ),
    "coding.error.edit_removes_unit": (
        "Deze wijziging zou de zin '{fragment}' van een kalibratiesessie wissen. "
        "Laat die tekst staan tot de sessie klaar is.",
        "This change would wipe out the sentence '{fragment}' of a calibration session. "
        "Keep that text until the session is over.",
    ),
}
MESSAGES.update({
    "coding.error.two_coders_needed": (
        "Een kalibratiesessie heeft minstens twee verschillende codeurs nodig.",
        "A calibration session needs at least two different coders.",
    ),
    "coding.error.empty_calibration_name": (
        "Geef de kalibratiesessie een naam.", "Give the calibration session a name."),
    "coding.error.no_stories_chosen": ("Kies minstens één verhaal.", "Choose at least one story."),
    "coding.error.no_sentences": (
        "De gekozen verhalen zijn leeg; er valt niets te coderen.",
        "The chosen stories are empty; there is nothing to code.",
    ),
    "coding.error.no_calibration": (
        "Kalibratiesessie '{name}' niet gevonden.", "Calibration session '{name}' not found."),
    "coding.error.not_a_coder": (
        "{coder} codeert niet mee in deze kalibratiesessie.",
        "{coder} is not a coder in this calibration session.",
    ),
    "coding.error.no_unit": ("Deze zin hoort niet bij de sessie.",
                             "This sentence is not part of the session."),
    "coding.error.calibration_closed": (
        "De vergelijking van '{name}' is al geopend; de codes liggen nu vast.",
        "The comparison of '{name}' has been opened; the codes are now fixed.",
    ),
    "coding.error.coders_not_done": (
        "Nog niet iedereen is klaar: {coders}. Wacht op hen, of open de vergelijking toch.",
        "Not everyone is done yet: {coders}. Wait for them, or open the comparison anyway.",
    ),
    "coding.error.comparison_not_open": (
        "De vergelijking van '{name}' is nog niet geopend; iedereen codeert nog alleen.",
        "The comparison of '{name}' has not been opened; everyone still codes alone.",
    ),
})
MESSAGES.update({
    "coding.undefined": ("n.v.t.", "n/a"),
    "coding.undefined_help": (
        "n.v.t. = niet te berekenen: te weinig zinnen of geen variatie in de codes.",
        "n/a = cannot be computed: too few sentences or no variation in the codes.",
    ),
    # CLI
    "coding.cli.seeded": ("{n} categorieën uit de topiclijst toegevoegd.",
                          "{n} categories added from the topic list."),
    "coding.cli.seeded.one": ('1 categorie uit de topiclijst toegevoegd.',
        '1 category added from the topic list.'),
    "coding.cli.empty_codebook": (
        "Het codeboek is leeg. Begin met 'workbench codes seed' (uit de topiclijst).",
        "The codebook is empty. Start with 'workbench codes seed' (from the topic list).",
    ),
    "coding.cli.added": ("Code '{name}' toegevoegd.", "Code '{name}' added."),
    "coding.cli.renamed": ("Code heet nu '{name}'.", "Code is now called '{name}'."),
    "coding.cli.moved": ("'{name}' staat nu onder '{parent}'.",
                         "'{name}' is now under '{parent}'."),
    "coding.cli.top": ("bovenaan", "the top level"),
    "coding.cli.merged": ("'{source}' is samengevoegd met '{target}'.",
                          "'{source}' was merged into '{target}'."),
    "coding.cli.deleted": ("Code '{name}' verwijderd.", "Code '{name}' deleted."),
    "coding.cli.removed": ("Code '{name}' verwijderd, met zijn coderingen ({n}).",
                           "Code '{name}' removed, with its codings ({n})."),
    "coding.cli.delete_choose": (
        "Kies --merge-into ANDERE_CODE (coderingen gaan mee) of --remove-codings "
        "(coderingen verdwijnen).",
        "Choose --merge-into OTHER_CODE (codings move along) or --remove-codings "
        "(codings are removed).",
    ),
    "coding.cli.validated": ("'{name}' beoordeeld door {who}.", "'{name}' reviewed by {who}."),
    "coding.cli.memo_saved": ("Memo bewaard.", "Memo saved."),
    "coding.cli.coded": ("Fragment {start}–{end} gecodeerd met {codes}.",
                         "Fragment {start}–{end} coded with {codes}."),
    "coding.cli.need_text_or_range": (
        "Geef --text \"letterlijke tekst\" of --start en --end.",
        "Give --text \"literal text\" or --start and --end.",
    ),
    "coding.cli.no_fragments": ("Dit verhaal heeft nog geen fragmenten.",
                                "This story has no fragments yet."),
    "coding.cli.calibration_created": (
        "Kalibratiesessie '{name}' gemaakt: {units} zinnen uit {stories} "
        "{stories|verhaal|verhalen}, "
        "codeurs {coders}.",
        "Calibration session '{name}' created: {units} sentences from {stories} "
        "{stories|story|stories}, "
        "coders {coders}.",
    ),
    "coding.cli.no_calibrations": ("Nog geen kalibratiesessies.", "No calibration sessions yet."),
    "coding.cli.calibration_line": (
        "{name} — {status} — {units} zinnen — codeurs: {coders}",
        "{name} — {status} — {units} sentences — coders: {coders}",
    ),
    "coding.status.coding": ("iedereen codeert alleen", "everyone codes alone"),
    "coding.status.compared": ("vergelijking geopend", "comparison open"),
    "coding.cli.done_mark": ("klaar", "done"),
    "coding.cli.no_such_unit": ("Zin {n} bestaat niet in deze sessie (1–{max}).",
                                "Sentence {n} does not exist in this session (1–{max})."),
    "coding.cli.judged": ("Zin {n}: {codes}.", "Sentence {n}: {codes}."),
    "coding.cli.marked_done": ("{coder} is klaar.", "{coder} is done."),
    "coding.no_code_applies": ("geen code", "no code"),
    "coding.not_judged": ("niet gecodeerd", "not coded"),
    "coding.cli.overall": ("Totaal", "Overall"),
    "coding.figures": (
        "overeenstemming {percent} · Cohens κ {kappa} · Krippendorffs α {alpha} · {units} zinnen",
        "agreement {percent} · Cohen's κ {kappa} · Krippendorff's α {alpha} · {units} sentences",
    ),
    "coding.cli.disagreements": ("Verschillen ({n}):", "Disagreements ({n}):"),
    "coding.cli.no_codings": ("Nog niets gecodeerd.", "Nothing coded yet."),
    "coding.cli.overview_title": ("Codes per {by} (aantal fragmenten)",
                                  "Codes per {by} (number of fragments)"),
    "coding.by.practice": ("praktijk", "practice"),
    "coding.by.role": ("rol", "role"),
    "coding.column.code": ("Code", "Code"),
    "coding.column.total": ("Totaal", "Total"),
})
MESSAGES.update({
    # key hints
    "key.coding_sentence": ("Zin kiezen", "Select sentence"),
    "key.coding_cancel": ("Annuleren", "Cancel"),
    "key.coding_save": ("Bewaren", "Save"),
    "key.coding_code": ("Coderen", "Code"),
    "key.coding_remove": ("Weghalen", "Remove"),
    "key.coding_memo": ("Memo", "Memo"),
    "key.coding_who": ("Wie codeert", "Who codes"),
    "key.coding_open": ("Openen", "Open"),
    "key.coding_codebook": ("Codeboek", "Codebook"),
    "key.coding_calibration": ("Kalibratie", "Calibration"),
    "key.coding_overview": ("Overzicht", "Overview"),
    # dialogs
    "coding.picker.title": ("Welke code past bij dit fragment?",
                            "Which code fits this fragment?"),
    "coding.picker.placeholder": ("Typ om te zoeken, of typ een nieuwe code",
                                  "Type to search, or type a new code"),
    "coding.picker.hint": ("↑/↓ kiezen · Enter = geven · Escape = annuleren",
                           "↑/↓ choose · Enter = give · Escape = cancel"),
    "coding.picker.new": ("+ Nieuwe code maken: {name}", "+ Make a new code: {name}"),
    "coding.checklist.title": ("Welke codes passen bij deze zin?",
                               "Which codes fit this sentence?"),
    "coding.checklist.hint": (
        "Spatie = aan/uit · Enter = bewaren (niets aangevinkt: geen code) · Escape = annuleren",
        "Space = tick/untick · Enter = save (nothing ticked: no code) · Escape = cancel",
    ),
    "coding.ask_coder": ("Wie codeert er? (uw naam of schuilnaam)",
                         "Who is coding? (your name or pseudonym)"),
    "coding.ask_coder_example": ("bijvoorbeeld Onderzoeker Lisa", "for example Researcher Lisa"),
    # coding screen
    "coding.story_title": ("Verhaal van {name} ({role})", "Story of {name} ({role})"),
    "coding.codebook": ("Codeboek", "Codebook"),
    "coding.fragments": ("Fragmenten in dit verhaal", "Fragments in this story"),
    "coding.selection": ('Selectie: {n} tekens — “{text}” — druk op c om te coderen',
        'Selection: {n} characters — “{text}” — press c to code'),
    "coding.selection.one": ('Selectie: 1 teken — “{text}” — druk op c om te coderen',
        'Selection: 1 character — “{text}” — press c to code'),
    "coding.select_hint": (
        "Kies tekst: Shift+pijltjes per woord, s = hele zin, of sleep met de muis. "
        "Tab = naar codeboek en fragmenten.",
        "Select text: Shift+arrows by word, s = whole sentence, or drag with the mouse. "
        "Tab = to codebook and fragments.",
    ),
    "coding.coded": ("Gecodeerd: {name}", "Coded: {name}"),
    "coding.no_fragment_here": ("Hier staat geen fragment. Kies eerst een fragment.",
                                "There is no fragment here. Choose a fragment first."),
    "coding.remove_title": ("Wat wilt u weghalen?", "What do you want to remove?"),
    "coding.remove_code": ("Code '{name}' van dit fragment", "Code '{name}' from this fragment"),
    "coding.remove_fragment": ("Het hele fragment met al zijn codes",
                               "The whole fragment with all its codes"),
    "coding.memo_title": ("Memo bij “{text}”", "Memo on “{text}”"),
    "coding.coder_is": ("U codeert als {name}.", "You code as {name}."),
    # story list
    "coding.stories_hint": (
        "Kies een verhaal en druk Enter om te coderen. b = codeboek, k = kalibratie, "
        "o = overzicht.",
        "Choose a story and press Enter to code it. b = codebook, k = calibration, "
        "o = overview.",
    ),
    "coding.col.teller": ("Verteller", "Storyteller"),
    "coding.col.role": ("Rol", "Role"),
    "coding.col.practice": ("Praktijk", "Practice"),
    "coding.col.fragments": ("Fragmenten", "Fragments"),
    "coding.col.start": ("Begin van het verhaal", "Opening of the story"),
})
MESSAGES.update({
    "key.coding_add_code": ("Nieuwe code", "New code"),
    "key.coding_add_category": ("Nieuwe categorie", "New category"),
    "key.coding_rename": ("Hernoemen", "Rename"),
    "key.coding_describe": ("Omschrijving", "Description"),
    "key.coding_colour": ("Kleur", "Colour"),
    "key.coding_move": ("Verplaatsen", "Move"),
    "key.coding_merge": ("Samenvoegen", "Merge"),
    "key.coding_delete": ("Verwijderen", "Delete"),
    "key.coding_validate": ("Beoordeeld", "Reviewed"),
    "key.coding_code_memo": ("Memo", "Memo"),
    "key.coding_seed": ("Uit topiclijst", "From topic list"),
    "coding.codebook_empty": (
        "Het codeboek is leeg. Druk t om te beginnen met de topics uit de topiclijst, "
        "of a voor een nieuwe code.",
        "The codebook is empty. Press t to start from the topic list, or a for a new code.",
    ),
    "coding.codebook_hint": ("Kies een code om de details te zien.",
                             "Choose a code to see its details."),
    "coding.no_description": ("(nog geen omschrijving — druk op e)",
                              "(no description yet — press e)"),
    "coding.origin.topic": ("Uit de topiclijst (deductief)", "From the topic list (deductive)"),
    "coding.origin.inductive": ("Eigen code, niet uit de topiclijst (inductief)",
                                "Own code, not from the topic list (inductive)"),
    "coding.origin.import": ("Geïmporteerd", "Imported"),
    "coding.detail_uses": ("keer gegeven: {codings} · subcodes: {children}",
                           "times given: {codings} · sub-codes: {children}"),
    "coding.validated_by": ("✓ Beoordeeld door {who} op {when}", "✓ Reviewed by {who} on {when}"),
    "coding.not_validated": ("Nog niet beoordeeld door professionals (druk op v)",
                             "Not yet reviewed by professionals (press v)"),
    "coding.choose_code_first": ("Kies eerst een code in de lijst.",
                                 "Choose a code in the list first."),
    "coding.new_category": ("Naam van de nieuwe categorie", "Name of the new category"),
    "coding.new_code_in": ("Naam van de nieuwe code (in: {place})",
                           "Name of the new code (in: {place})"),
    "coding.rename_title": ("Nieuwe naam", "New name"),
    "coding.describe_title": ("Omschrijving van '{name}'", "Description of '{name}'"),
    "coding.colour_title": ("Kleur voor '{name}'", "Colour for '{name}'"),
    "coding.to_top": ("(bovenaan, zonder categorie)", "(top level, no category)"),
    "coding.move_title": ("Waar moet '{name}' komen?", "Where should '{name}' go?"),
    "coding.merge_title": ("Met welke code samenvoegen? '{name}' gaat erin op.",
                           "Merge into which code? '{name}' becomes part of it."),
    "coding.delete_in_use_title": ("'{name}' is in gebruik", "'{name}' is in use"),
    "coding.delete_merge": ("Samenvoegen met een andere code (coderingen gaan mee)",
                            "Merge into another code (codings move along)"),
    "coding.delete_remove": ("Verwijderen met al zijn coderingen",
                             "Remove it with all its codings"),
    "coding.validate_title": (
        "Wie heeft '{name}' beoordeeld? (leeg laten = beoordeling weghalen)",
        "Who reviewed '{name}'? (leave empty to remove the review)",
    ),
    "coding.validate_example": ("bijvoorbeeld Jeugdprofessional Anouk",
                                "for example Youth professional Anouk"),
    "coding.code_memo_title": ("Memo bij '{name}'", "Memo on '{name}'"),
})
MESSAGES.update({
    "key.coding_new_calibration": ("Nieuwe sessie", "New session"),
    "key.coding_create": ("Maken", "Create"),
    "key.coding_done": ("Ik ben klaar", "I am done"),
    "key.coding_all_units": ("Alle zinnen / verschillen", "All sentences / differences"),
    "key.coding_by_practice": ("Per praktijk", "Per practice"),
    "key.coding_by_role": ("Per rol", "Per role"),
    "coding.calibration_title": ("Kalibratiesessies", "Calibration sessions"),
    "coding.calibration_hint": (
        "Twee of meer codeurs coderen dezelfde zinnen, ieder alleen, en vergelijken daarna. "
        "n = nieuwe sessie, Enter = coderen of vergelijken.",
        "Two or more coders code the same sentences, each alone, and compare afterwards. "
        "n = new session, Enter = code or compare.",
    ),
    "coding.col.name": ("Naam", "Name"),
    "coding.col.status": ("Stand", "Status"),
    "coding.col.units": ("Zinnen", "Sentences"),
    "coding.col.coders": ("Codeurs (✓ = klaar)", "Coders (✓ = done)"),
    "coding.col.sentence": ("Zin", "Sentence"),
    "coding.col.your_codes": ("Uw codes", "Your codes"),
    "coding.col.agreement": ("Overeenstemming", "Agreement"),
    "coding.code_as": ("Coderen als {name}", "Code as {name}"),
    "coding.open_comparison": ("Vergelijking openen (daarna liggen de codes vast)",
                               "Open the comparison (the codes are fixed afterwards)"),
    "coding.not_everyone_done": ("Nog niet iedereen is klaar", "Not everyone is done"),
    "coding.open_anyway": ("Toch openen (niet gecodeerde zinnen tellen niet mee)",
                           "Open anyway (sentences not coded do not count)"),
    "coding.wait": ("Wachten", "Wait"),
    "coding.new_calibration": ("Nieuwe kalibratiesessie", "New calibration session"),
    "coding.calibration_name": ("Naam, bijvoorbeeld Kalibratie voorjaar",
                                "Name, for example Spring calibration"),
    "coding.calibration_coders": ("Codeurs, met komma's: Lisa, Omar",
                                  "Coders, separated by commas: Lisa, Omar"),
    "coding.calibration_stories": (
        "Kies de verhalen met Spatie; Ctrl+S maakt de sessie. Elk verhaal wordt in zinnen "
        "verdeeld die iedereen codeert.",
        "Choose the stories with Space; Ctrl+S creates the session. Each story is split into "
        "sentences that everyone codes.",
    ),
    "coding.n_characters": ("{n} tekens", "{n} characters"),
    "coding.n_characters.one": ('1 teken',
        '1 character'),
    "coding.calibration_made": ("Kalibratiesessie '{name}' gemaakt.",
                                "Calibration session '{name}' created."),
    "coding.coding_alone": (
        "{name} — u codeert als {coder}; de codes van de anderen ziet u pas bij de vergelijking",
        "{name} — you code as {coder}; you see the others' codes only in the comparison",
    ),
    "coding.progress": ("{n} van {total} zinnen gecodeerd. {done}",
                        "{n} of {total} sentences coded. {done}"),
    "coding.you_are_done": ("U bent klaar.", "You are done."),
    "coding.done_with_gaps": (
        "Nog {n} van de {total} zinnen zonder oordeel: die tellen in de vergelijking als "
        "ontbrekend. Codeer ze alsnog, of kies ‘geen code’ (Enter zonder vinkje).",
        "{n} of the {total} sentences have no judgement yet: they count as missing in the "
        "comparison. Code them still, or choose ‘no code’ (Enter with nothing ticked).",
    ),
    "coding.done_with_gaps.one": (
        'Nog 1 van de {total} zinnen zonder oordeel: die telt in de vergelijking als '
        'ontbrekend. Codeer hem alsnog, of kies ‘geen code’ (Enter zonder vinkje).',
        '1 of the {total} sentences has no judgement yet: it counts as missing in the '
        'comparison. Code it still, or choose ‘no code’ (Enter with nothing ticked).'),
    "coding.comparison_title": ("Vergelijking: {name}", "Comparison: {name}"),
    "coding.all_units": ("Alle zinnen naast elkaar ({n}):", "All sentences side by side ({n}):"),
})
MESSAGES.update({
    "coding.codebook_keys": (
        "Toetsen: a nieuwe code · k nieuwe categorie · r hernoemen · e omschrijving · f kleur · "
        "m verplaatsen · g samenvoegen · d verwijderen · v beoordeeld door · n memo · "
        "t categorieën uit de topiclijst",
        "Keys: a new code · k new category · r rename · e description · f colour · m move · "
        "g merge · d delete · v reviewed by · n memo · t categories from the topic list",
    ),
    "coding.col.checked": ("Gecontroleerd", "Checked"),
    "coding.checked_yes": ("ja", "yes"),
    "coding.checked_no": ("nog niet", "not yet"),
    "coding.not_checked_warning": (
        "Dit verhaal is nog niet op namen en adressen gecontroleerd. "
        "Doe dat eerst bij Verhalen ophalen (p).",
        "This story has not been checked for names and addresses yet. "
        "Do that first under Collect stories (p).",
    ),
})
