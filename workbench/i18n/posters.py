"""Messages of the posters area: the printed posters, the command and the screen."""

MESSAGES: dict[str, tuple[str, str]] = {
    # on paper
    "posters.months": (
        "januari februari maart april mei juni juli augustus september oktober november "
        "december",
        "January February March April May June July August September October November "
        "December",
    ),
    "posters.type.substantive": ("Inhoudelijke werkzame factor", "Substantive working factor"),
    "posters.type.procedural": ("Procesmatige werkzame factor", "Procedural working factor"),
    "posters.occurs_in": ("komt voor in: {practices}", "occurs in: {practices}"),
    "posters.common_badge": ("Gemeenschappelijke factor", "Common factor"),
    "posters.elements": ("Kenmerkende elementen", "Characteristic elements"),
    "posters.no_elements": ("Nog geen kenmerkende elementen.", "No characteristic elements yet."),
    "posters.quotes": ("Uit de verhalen", "From the stories"),
    "posters.results": ("Wat de klankbordgroep zei", "What the sounding board said"),
    "posters.no_results": (
        "Nog niet besproken in een klankbordbijeenkomst.",
        "Not yet discussed in a sounding-board session.",
    ),
    "posters.participants": ("{n} deelnemers", "{n} participants"),
    "posters.participants.one": ('1 deelnemer',
        '1 participant'),
    "posters.below_quorum": (
        "Onder het quorum: {n} deelnemers, nodig waren er {quorum}. Lees dit als een eerste "
        "indruk.",
        "Below quorum: {n} participants, {quorum} were needed. Read this as a first impression.",
    ),
    "posters.below_quorum.one": (
        'Onder het quorum: 1 deelnemer, nodig waren er {quorum}. Lees dit als een '
        'eerste indruk.',
        'Below quorum: 1 participant, {quorum} were needed. Read this as a first impression.'),
    "posters.below_quorum_short": ("onder het quorum", "below quorum"),
    "posters.chart.recognition": ("Herkenning", "Recognition"),
    "posters.chart.n": ("{n} antwoorden", "{n} answers"),
    "posters.chart.mean": ("gemiddeld {mean} van de 5", "on average {mean} out of 5"),
    "posters.chart.median": ("mediaan {median}", "median {median}"),
    "posters.chart.na": ("{n}× n.v.t.", "{n}× n/a"),
    "posters.chart.scale": (
        "1 = herken ik niet   ·   5 = herken ik helemaal",
        "1 = do not recognise   ·   5 = fully recognise",
    ),
    "posters.chart.priority": ("Prioriteit", "Priority"),
    "posters.chart.rank_of": ("plaats {rank} van {total}", "place {rank} of {total}"),
    "posters.chart.rank": ("plaats {rank}", "place {rank}"),
    "posters.chart.tied": ("(gedeeld)", "(shared)"),
    "posters.basis.borda": (
        "De deelnemers zetten de factoren op volgorde. Plaats 1 vonden zij het belangrijkst; "
        "hoe langer de balk, hoe hoger de plaats.",
        "Participants put the factors in order. They found place 1 the most important; the "
        "longer the bar, the higher the place.",
    ),
    "posters.basis.dots": (
        "De deelnemers plakten stippen bij wat zij belangrijk vonden. Plaats 1 kreeg de "
        "meeste; hoe langer de balk, hoe meer stippen.",
        "Participants put dots on what they found important. Place 1 got the most; the "
        "longer the bar, the more dots.",
    ),
    "posters.basis.hands": (
        "De deelnemers staken hun hand op voor wat zij belangrijk vonden. Plaats 1 kreeg de "
        "meeste handen; hoe langer de balk, hoe meer handen.",
        "Participants raised their hands for what they found important. Place 1 got the "
        "most hands; the longer the bar, the more hands.",
    ),
    "posters.chart.no_priority": ("geen prioriteit gevraagd", "no priority asked"),
    "posters.printed_on": ("Geprint op {date}", "Printed on {date}"),
    "posters.not_discussed": ("nog niet besproken", "not yet discussed"),
    "posters.recognition_mean": (
        "herkenning gemiddeld {mean} op een schaal van 1 tot 5 ({n} antwoorden)",
        "recognition on average {mean} on a scale of 1 to 5 ({n} answers)",
    ),
    "posters.subject_poster": ("Poster van een werkzame factor", "Working factor poster"),
    "posters.subject_bundle": (
        "Symposiumbundel: alle werkzame factoren", "Symposium bundle: all working factors"),
    "posters.subject_handout": (
        "Samenvatting van de werkzame factoren voor professionals",
        "Summary of the working factors for professionals",
    ),
    "posters.bundle_title": ("Werkzame factoren", "Working factors"),
    "posters.bundle_summary": (
        "{n} werkzame factoren uit {practices} {practices|praktijk|praktijken}",
        "{n} working factors from {practices} {practices|practice|practices}",
    ),
    "posters.bundle_summary.one": (
        "1 werkzame factor uit {practices} {practices|praktijk|praktijken}",
        "1 working factor from {practices} {practices|practice|practices}"),
    "posters.overview_title": ("Overzicht", "Overview"),
    "posters.overview_intro": (
        "Alle factoren met hun kenmerkende elementen; per praktijk op volgorde van prioriteit "
        "zoals de klankbordgroep die gaf.",
        "All factors with their characteristic elements; per practice in the order of "
        "priority its sounding board gave them.",
    ),
    "posters.col.place": ("#", "#"),
    "posters.col.practice": ("Praktijk", "Practice"),
    "posters.col.factor": ("Werkzame factor", "Working factor"),
    "posters.col.voice": ("Klankbordgroep", "Sounding board"),
    "posters.handout_title": (
        "Werkzame factoren: samenvatting voor professionals",
        "Working factors: a summary for professionals",
    ),
    "posters.handout_intro": (
        "Ouders, vrijwilligers, professionals en onderzoekers hebben samen verhalen verzameld "
        "en geordend. Hieronder staan de werkzame factoren die daaruit kwamen, met hun "
        "kenmerkende elementen, een uitspraak uit de verhalen en hoe de klankbordgroepen ze "
        "herkenden. De belangrijkste staan bovenaan.",
        "Parents, volunteers, professionals and researchers collected and sorted stories "
        "together. Below are the working factors that came out of them, with their "
        "characteristic elements, a quote from the stories and how the sounding boards "
        "recognised them. The most important come first.",
    ),
    # the privacy gate
    "posters.problem_line": (
        "{factor}: citaat van {storyteller} (“{excerpt}”): {reason}",
        "{factor}: quote from {storyteller} (“{excerpt}”): {reason}",
    ),
    "posters.reason.no_consent": (
        "geen toestemming voor citaten. Haal het citaat weg bij de factor of leg nieuwe "
        "toestemming vast.",
        "no consent for quotes. Remove the quote from the factor or record new consent.",
    ),
    "posters.reason.not_checked": (
        "het verhaal is nog niet nagekeken op herkenbare namen. Laat het eerst nakijken "
        "(pseudonimiseren).",
        "the story has not been checked for recognisable names yet. Have it checked first "
        "(pseudonymisation).",
    ),
    "posters.reason.withdrawn": (
        "de verteller heeft de toestemming ingetrokken. Haal het citaat weg bij de factor.",
        "the storyteller has withdrawn. Remove the quote from the factor.",
    ),
    "posters.reason.changed": (
        "het verhaal is veranderd nadat het citaat gekozen werd. Kies het citaat opnieuw.",
        "the story changed after the quote was chosen. Choose the quote again.",
    ),
    # errors
    "posters.error.size": (
        "Onbekend papierformaat '{size}'. Kies uit: {sizes}.",
        "Unknown paper size '{size}'. Choose from: {sizes}.",
    ),
    "posters.error.practice_and_common": (
        "Kies één praktijk of de gemeenschappelijke factoren, niet allebei.",
        "Choose one practice or the common factors, not both.",
    ),
    "posters.error.no_factor": (
        "Werkzame factor '{name}' niet gevonden. Geef de naam of het nummer (id).",
        "Working factor '{name}' not found. Give its name or id.",
    ),
    "posters.error.blocked": (
        "Er is niets geprint: {n} citaten mogen niet op papier. Los de punten hierboven op, of "
        "print zonder die citaten (--skip-unconsented).",
        "Nothing was printed: {n} quotes may not go on paper. Fix the points above, or print "
        "without those quotes (--skip-unconsented).",
    ),
    "posters.error.blocked.one": (
        'Er is niets geprint: 1 citaat mag niet op papier. Los het punt hierboven op, '
        'of print zonder dat citaat (--skip-unconsented).',
        'Nothing was printed: 1 quote may not go on paper. Fix the point above, or '
        'print without that quote (--skip-unconsented).'),
    "posters.error.nothing": (
        "Er zijn geen werkzame factoren om te printen. Maak ze eerst in 'Werkzame factoren'.",
        "There are no working factors to print. Make them first in 'Working factors'.",
    ),
    "posters.error.out_not_dir": (
        "{path} is een bestand, geen map. Kies een map voor de posters.",
        "{path} is a file, not a folder. Choose a folder for the posters.",
    ),
    "posters.error.out_dir": (
        "De map {path} kan niet gemaakt worden: {reason}. Kies een andere map.",
        "The folder {path} cannot be made: {reason}. Choose another folder.",
    ),
    "posters.missing_characters": (
        "Let op: het lettertype mist deze tekens, ze worden als leeg vakje geprint: {chars} "
        "(in '{factor}').",
        "Note: the font lacks these characters, they print as an empty box: {chars} "
        "(in '{factor}').",
    ),
    "posters.left_out": (
        "Weggelaten citaat — {line}",
        "Quote left out — {line}",
    ),
    # the command
    "posters.cli.written": ("Geschreven: {path}", "Written: {path}"),
    "posters.cli.progress": ("[{done}/{total}] {label}", "[{done}/{total}] {label}"),
    "posters.cli.done_one": ("1 poster geprint in {path}.", "1 poster printed in {path}."),
    "posters.cli.done": (
        "{n} posters geprint in {path}.",
        "{n} posters printed in {path}.",
    ),
    "posters.cli.done.one": ('1 poster geprint in {path}.',
        '1 poster printed in {path}.'),
    "posters.cli.cancelled": (
        "Gestopt na {n} posters; wat al geprint was staat in {path}.",
        "Stopped after {n} posters; what was printed is in {path}.",
    ),
    "posters.cli.cancelled.one": ('Gestopt na 1 poster; wat al geprint was staat in {path}.',
        'Stopped after 1 poster; what was printed is in {path}.'),
    "posters.cli.problems": (
        "Deze citaten mogen niet op papier:",
        "These quotes may not go on paper:",
    ),
    "posters.cli.plan": ("Te printen ({size}{orientation}):", "To print ({size}{orientation}):"),
    "posters.cli.landscape": (", liggend", ", landscape"),
    # the screen
    "key.posters_print": ("Printen", "Print"),
    "posters.screen.which": ("Welke factoren", "Which factors"),
    "posters.screen.all": ("Alle factoren", "All factors"),
    "posters.screen.common": ("Gemeenschappelijke factoren", "Common factors"),
    "posters.screen.size": ("Papierformaat", "Paper size"),
    "posters.screen.landscape": ("Liggend", "Landscape"),
    "posters.screen.skip": ("Alleen toegestane citaten", "Only quotes that may print"),
    "posters.screen.bundle": ("Ook symposiumbundel", "Also the symposium bundle"),
    "posters.screen.handout": ("Ook A4-samenvatting", "Also the A4 handout"),
    "posters.screen.folder": ("Map voor de PDF-bestanden", "Folder for the PDF files"),
    "posters.screen.print": ("Printen (F5)", "Print (F5)"),
    "posters.screen.list": ("Wat geprint wordt", "What will be printed"),
    "posters.screen.problems": ("Wat het printen tegenhoudt", "What stops printing"),
    "posters.screen.col.factor": ("Factor", "Factor"),
    "posters.screen.col.practice": ("Praktijk", "Practice"),
    "posters.screen.col.elements": ("Elementen", "Elements"),
    "posters.screen.col.quotes": ("Citaten", "Quotes"),
    "posters.screen.col.session": ("Klankbord", "Sounding board"),
    "posters.screen.below_quorum": ("onder quorum", "below quorum"),
    "posters.screen.checking": ("Bezig met nakijken …", "Checking …"),
    "posters.screen.ready": (
        "{n} posters klaar om te printen.", "{n} posters ready to print."),
    "posters.screen.ready.one": ('1 poster klaar om te printen.',
        '1 poster ready to print.'),
    "posters.screen.no_problems": (
        "Niets: alles mag geprint worden.", "Nothing: everything may be printed."),
    "posters.screen.how_to_skip": (
        "Of vink 'Alleen toegestane citaten' aan om zonder die citaten te printen.",
        "Or tick 'Only quotes that may print' to print without those quotes.",
    ),
    "posters.screen.blocked": (
        "Er is niets geprint: {n} citaten mogen niet op papier. Zie de lijst rechts.",
        "Nothing was printed: {n} quotes may not go on paper. See the list on the right.",
    ),
    "posters.screen.blocked.one": (
        'Er is niets geprint: 1 citaat mag niet op papier. Zie de lijst rechts.',
        'Nothing was printed: 1 quote may not go on paper. See the list on the right.'),
    "posters.screen.no_folder": (
        "Geef een map voor de PDF-bestanden.", "Give a folder for the PDF files."),
    "posters.screen.printing": (
        "Bezig met printen … (Esc stopt na de poster die nu gemaakt wordt)",
        "Printing … (Esc stops after the poster being made now)",
    ),
    "posters.screen.stopping": ("Stoppen …", "Stopping …"),
    "posters.screen.done": (
        "Klaar: {n} posters ({files} {files|bestand|bestanden}) in {path}.",
        "Done: {n} posters ({files} {files|file|files}) in {path}.",
    ),
    "posters.screen.done.one": ('Klaar: 1 poster ({files} {files|bestand|bestanden}) in {path}.',
        'Done: 1 poster ({files} {files|file|files}) in {path}.'),
    # issue 17: layout, practice, privacy of roles, symposium basics
    "posters.practice_label": ("Praktijk", "Practice"),
    "posters.all_practices": ("alle praktijken", "all practices"),
    "posters.contact_heading": ("Meer weten?", "Want to know more?"),
    "posters.role_general.parent": ("ouder", "parent"),
    "posters.role_general.volunteer": ("vrijwilliger", "volunteer"),
    "posters.role_general.professional": ("professional", "professional"),
    "posters.role_general.researcher": ("onderzoeker", "researcher"),
    "posters.role_general.other": ("deelnemer", "participant"),
    "posters.role_changed": (
        "Rol aangepast: {factor} ({practice}): “{original}” wordt “{printed}”, want die rol "
        "is zeldzaam in deze praktijk (aantal vertellers: {n}).",
        "Role changed: {factor} ({practice}): “{original}” becomes “{printed}”, as that role is "
        "rare in this practice (storytellers: {n}).",
    ),
    "posters.cli.role_changes": (
        "Rollen algemener gemaakt, zodat een citaat niet naar één persoon wijst:",
        "Roles made more general, so a quote cannot point at one person:",
    ),
    "posters.emoji_removed": (
        "{factor}: emoji weggelaten (ze printen als lege vakjes): {chars}",
        "{factor}: emoji left out (they print as empty boxes): {chars}",
    ),
    "posters.error.logo": (
        "Het logo {path} kan niet gelezen worden: gebruik een PNG- of JPEG-bestand.",
        "The logo {path} cannot be read: use a PNG or JPEG file.",
    ),
    "posters.overview_legend": (
        "“Plaats 2 van 6” betekent: de klankbordgroep van die praktijk zette deze factor op "
        "de tweede plaats van de zes factoren die zij besprak. Herkenning gaat van 1 (herken "
        "ik niet) tot 5 (herken ik helemaal).",
        "“Place 2 of 6” means: that practice's sounding board put this factor second of the "
        "six factors it discussed. Recognition runs from 1 (do not recognise) to 5 (fully "
        "recognise).",
    ),
    "posters.keyword": ("werkzame factoren", "working factors"),
    "posters.error.out_not_file": (
        "{path} is een map; geef een bestandsnaam, bijvoorbeeld handreiking.pdf.",
        "{path} is a folder; give a file name, for example guide.pdf.",
    ),
    "posters.note_shortened": (
        "{factor}: citaten ingekort om op de poster te passen (aantal: {n}); in de "
        "kenniswerkplaats blijven ze heel.",
        "{factor}: quotes shortened to fit the poster (number: {n}); they stay whole in the "
        "workshop.",
    ),
    "posters.note_left_out": (
        "{factor}: citaten weggelaten omdat de poster vol is (aantal: {n}). Kies groter "
        "papier of minder elementen.",
        "{factor}: quotes left out because the poster is full (number: {n}). Choose larger "
        "paper or fewer elements.",
    ),
    "posters.screen.keep_placeholders": (
        "Plaatshouders laten staan ([naam vrijwilliger])",
        "Keep placeholders ([naam vrijwilliger])",
    ),
    "posters.screen.allow_rare_roles": (
        "Zeldzame rollen toch noemen", "Name rare roles after all"),
    "posters.screen.contact": (
        "Website of contact (met QR-code, mag leeg)",
        "Website or contact (with QR code, may be empty)",
    ),
    "posters.screen.logo": ("Logo (PNG of JPEG, mag leeg)", "Logo (PNG or JPEG, may be empty)"),
}
