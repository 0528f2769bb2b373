"""Messages of the practical guide for professionals (handreiking)."""

MESSAGES: dict[str, tuple[str, str]] = {
    "guide.title": ("Handreiking voor professionals", "A practical guide for professionals"),
    "guide.subject": (
        "Werkzame factoren en wat u als professional kunt doen",
        "Working factors and what you can do as a professional",
    ),
    "guide.cover_kicker": ("Uit de kenniswerkplaats", "From the knowledge workshop"),
    "guide.cover_sub": (
        "{n} werkzame factoren, met uitspraken van ouders en wat u ermee kunt doen",
        "{n} working factors, with quotes from parents and what you can do with them",
    ),
    "guide.intro_title": ("Over deze handreiking", "About this guide"),
    "guide.intro_default": (
        "In {workshop} deden ouders, vrijwilligers, professionals en onderzoekers samen "
        "onderzoek. Ouders vertelden wat zij meemaakten. Samen zochten wij in die verhalen "
        "naar wat werkt: de werkzame factoren.\n\nIn klankbordbijeenkomsten keken de "
        "deelnemers of zij de factoren herkenden en wat zij het belangrijkst vonden. Deze "
        "handreiking zet de factoren op een rij, met wat u als professional ermee kunt doen.",
        "In {workshop}, parents, volunteers, professionals and researchers did research "
        "together. Parents told what they experienced. Together we looked in those stories "
        "for what works: the working factors.\n\nIn sounding-board sessions the participants "
        "said whether they recognised the factors and which mattered most. This guide lists "
        "the factors, with what you as a professional can do with them.",
    ),
    "guide.reading": (
        "Elke factor heeft twee pagina’s: links wat de factor is, met uitspraken uit de "
        "verhalen; rechts wat de klankbordgroep zei en wat u kunt doen.",
        "Each factor has two pages: on the left what the factor is, with quotes from the "
        "stories; on the right what the sounding board said and what you can do.",
    ),
    "guide.overview_title": ("De factoren in het kort", "The factors in short"),
    "guide.not_common": (
        "Er zijn (nog) geen factoren die in elke praktijk voorkomen; deze handreiking toont "
        "alle factoren.",
        "No factor occurs in every practice (yet); this guide shows every factor.",
    ),
    "guide.on_page": ("pagina {page}", "page {page}"),
    "guide.factor_kicker": ("Factor {n}", "Factor {n}"),
    "guide.voice_title": ("Wat de klankbordgroep zei", "What the sounding board said"),
    "guide.voice_none": (
        "Deze factor is nog niet besproken in een klankbordbijeenkomst.",
        "This factor has not yet been discussed in a sounding-board session.",
    ),
    "guide.voice_session": (
        "Op de klankbordbijeenkomst ‘{session}’ ({date}) waren {n} deelnemers.",
        "{n} participants took part in the sounding-board session ‘{session}’ ({date}).",
    ),
    "guide.voice_recognition": (
        "Zij herkenden deze factor gemiddeld met een {mean} op een schaal van 1 (herken ik "
        "niet) tot 5 (herken ik helemaal). {high} van de {n} antwoorden waren een 4 of 5.",
        "They recognised this factor on average with {mean} on a scale from 1 (do not "
        "recognise) to 5 (fully recognise). {high} of the {n} answers were a 4 or 5.",
    ),
    "guide.voice_priority": (
        "Zij zetten deze factor op plaats {rank} van de {total} {total|factor|factoren}.",
        "They put this factor in place {rank} of the {total} {total|factor|factors}.",
    ),
    "guide.voice_quorum": (
        "Er waren minder mensen dan het minimum aantal aanwezigen ({quorum}). Lees dit als "
        "een eerste indruk.",
        "Fewer people took part than the minimum present ({quorum}). Read this as a first "
        "impression.",
    ),
    "guide.tips_title": ("Wat kunt u als professional doen?", "What can you do as a professional?"),
    "guide.no_tips": (
        "Nog geen tips ingevuld. Vul ze in met ‘workbench guide tip’ of op het scherm Posters.",
        "No tips entered yet. Enter them with ‘workbench guide tip’ or on the Posters screen.",
    ),
    "guide.closing_title": ("Hoe deze kennis is verzameld", "How this knowledge was gathered"),
    "guide.closing_method": (
        "Vertellers vertelden hun verhaal aan de hand van een topiclijst. Onderzoekers gaven "
        "fragmenten een code en bundelden die tot werkzame factoren. In klankbordbijeenkomsten "
        "gaven de deelnemers aan wat zij herkenden en wat zij het belangrijkst vonden.",
        "Storytellers told their story guided by a topic list. Researchers coded fragments "
        "and grouped them into working factors. In sounding-board sessions the participants "
        "said what they recognised and what mattered most to them.",
    ),
    "guide.closing_stories": (
        "Aantal verhalen: {stories}. Aantal vertellers: {storytellers}. Aantal praktijken: "
        "{practices}.",
        "Stories: {stories}. Storytellers: {storytellers}. Practices: {practices}.",
    ),
    "guide.closing_roles": ("Vertellers naar rol: {roles}.", "Storytellers by role: {roles}."),
    "guide.closing_practices": ("Praktijken: {names}.", "Practices: {names}."),
    "guide.closing_sessions": (
        "Afgesloten klankbordbijeenkomsten: {sessions}, met samen {participants} "
        "{participants|deelnemer|deelnemers}.",
        "Closed sounding-board sessions: {sessions}, with {participants} "
        "{participants|participant|participants} in all.",
    ),
    "guide.closing_privacy": (
        "Alle uitspraken zijn gebruikt met toestemming van de verteller en zonder namen. Een "
        "rol die weinig voorkomt, staat er algemener bij, zodat niemand herkenbaar is.",
        "Every quote is used with the storyteller’s consent and without names. A role that is "
        "rare is given more generally, so nobody can be recognised.",
    ),
    "guide.error.empty_tip": ("Een tip mag niet leeg zijn.", "A tip cannot be empty."),
    "guide.error.long_tip": (
        "Een tip mag hoogstens {n} tekens hebben.", "A tip can have at most {n} characters."),
    "guide.error.long_intro": (
        "De inleiding mag hoogstens {n} tekens hebben.",
        "The introduction can have at most {n} characters.",
    ),
    "guide.error.no_tip": ("Er is geen tip nummer {n}.", "There is no tip number {n}."),
    "guide.cli.written": ("Handreiking geschreven: {path} ({pages} pagina’s).",
                          "Guide written: {path} ({pages} {pages|page|pages})."),
    "guide.cli.tip_added": ("Tip bewaard bij {factor}.", "Tip saved for {factor}."),
    "guide.cli.tip_removed": ("Tip weggehaald: {text}", "Tip removed: {text}"),
    "guide.cli.no_tips": ("{factor}: nog geen tips.", "{factor}: no tips yet."),
    "guide.cli.intro_saved": ("Inleiding bewaard.", "Introduction saved."),
    "guide.cli.intro_empty": ("Nog geen inleiding geschreven.", "No introduction written yet."),
    "guide.screen.title": ("Handreiking", "Guide"),
    "guide.screen.factor": ("Factor", "Factor"),
    "guide.screen.tips_label": (
        "Wat kunt u als professional doen? Eén tip per regel.",
        "What can you do as a professional? One tip per line.",
    ),
    "guide.screen.intro_label": (
        "Inleiding over de kenniswerkplaats en de werkwijze (lege regel = nieuwe alinea).",
        "Introduction about the workshop and its method (blank line = new paragraph).",
    ),
    "guide.screen.save": ("Bewaren", "Save"),
    "guide.screen.make": ("PDF maken", "Make PDF"),
    "guide.screen.close": ("Terug", "Back"),
    "guide.screen.saved": ("Bewaard: {n} tips bij {factor}.", "Saved: {n} tips for {factor}."),
    "guide.screen.written": ("Handreiking gemaakt: {path}", "Guide made: {path}"),
    "guide.screen.no_factors": ("Er zijn nog geen factoren.", "There are no factors yet."),
    "guide.screen.button": ("Handreiking…", "Guide…"),
    "key.guide_save": ("Bewaren", "Save"),
    "key.guide_make": ("PDF maken", "Make PDF"),
    "key.posters_guide": ("Handreiking", "Guide"),
    "guide.cover_sub.one": (
        '1 werkzame factor, met uitspraken van ouders en wat u ermee kunt doen',
        '1 working factor, with quotes from parents and what you can do with it',
    ),
    "guide.voice_session.one": (
        'Op de klankbordbijeenkomst ‘{session}’ ({date}) was 1 deelnemer.',
        '1 participant took part in the sounding-board session ‘{session}’ ({date}).',
    ),
    "guide.voice_recognition.one": (
        'Er was 1 antwoord: een {mean} op een schaal van 1 (herken ik niet) '
        'tot 5 (herken ik helemaal).',
        'There was 1 answer: {mean} on a scale from 1 (do not recognise) to 5 (fully recognise).',
    ),
    "guide.screen.saved.one": (
        'Bewaard: 1 tip bij {factor}.',
        'Saved: 1 tip for {factor}.',
    ),
}
