"""Dutch for the command line's help texts, by their English text (see cli/dutch.py)."""

HELP_NL: dict[str, str] = {
    "Workbench: collect, code and cluster stories; run sounding boards; print posters.\n\n"
    "Without a command it opens the workbench on the workshop in --db.": (
        "Workbench: verhalen ophalen, coderen en clusteren; klankbordbijeenkomsten houden; posters "
        "maken.\n\n"
        "Zonder opdracht opent de workbench de kenniswerkplaats in --db."
    ),
    "Show the version and exit.": "Toon de versie en stop.",
    "Workshop database file (default ./workbench.db, or $WORKBENCH_DB).": (
        "Het workbench-bestand (standaard: ./workbench.db, of $WORKBENCH_DB)."
    ),
    "Language of messages and screens (default nl, or $WORKBENCH_LANG).": (
        "Taal van meldingen en schermen (standaard: nl, of $WORKBENCH_LANG)."
    ),
    "Write the workshop (or parts of it) to files for others.": (
        "Schrijf de kenniswerkplaats (of een deel ervan) naar bestanden voor anderen."
    ),
    "Write the whole workshop as one JSON document to OUT.": (
        "Schrijf de hele kenniswerkplaats als één JSON-document naar OUT."
    ),
    "Also write real names and contact details (asks for the PIN).": (
        "Schrijf ook echte namen en contactgegevens mee (vraagt om de pincode)."
    ),
    "Facilitator PIN, for --include-identities.": "Begeleiderspincode, voor --include-identities.",
    "Write the results of a sounding-board SESSION to OUT (CSV or JSON).": (
        "Schrijf de uitkomsten van klankbordbijeenkomst SESSION naar OUT (CSV of JSON)."
    ),
    "Write the workshop as a REFI-QDA project (.qdpx) for ATLAS.ti, NVivo, MAXQDA...": (
        "Schrijf de kenniswerkplaats als REFI-QDA-project (.qdpx) voor ATLAS.ti, NVivo, MAXQDA …"
    ),
    "Also write real names and contact details (asks for the facilitator PIN).": (
        "Schrijf ook echte namen en contactgegevens mee (vraagt om de begeleiderspincode)."
    ),
    "Write the codebook (codes and working factors) as a REFI-QDA codebook (.qdc).": (
        "Schrijf het codeboek (codes en werkzame factoren) als REFI-QDA-codeboek (.qdc)."
    ),
    "Write one table as CSV: stories, fragments, factors, ballots or tallies.": (
        "Schrijf één tabel als CSV: verhalen, fragmenten, factoren, stemformulieren of tellingen."
    ),
    "Start with a byte-order mark, so Excel reads UTF-8.": (
        "Begin met een byte-order mark (BOM), zodat Excel het bestand als UTF-8 leest."
    ),
    "Bring transcripts, questionnaires or REFI-QDA projects into the workshop.": (
        "Importeer transcripten, vragenlijsten of REFI-QDA-projecten in de kenniswerkplaats."
    ),
    "Import transcripts (.txt, .md: one story per file) or a CSV (one story per row).": (
        "Importeer transcripten (.txt, .md: één verhaal per bestand) of een CSV (één verhaal per "
        "regel)."
    ),
    "The practice the stories belong to.": "De praktijk waar de verhalen bij horen.",
    "Role of the storytellers (a CSV can give it per row).": (
        "Rol van de vertellers (een CSV kan die per regel geven)."
    ),
    "Whether the tellers consented to anonymous quotes.": (
        "Of de vertellers toestemming gaven voor anonieme citaten."
    ),
    "Finer role wording for quotes, e.g. 'vader' (a CSV can give it per row).": (
        "Preciezere rolnaam bij citaten, bijvoorbeeld 'vader' (een CSV kan die per regel geven)."
    ),
    "CSV with columns file,name,contact,role_label: who is behind each transcript (kept apart; "
    "needs the PIN).": (
        "CSV met de kolommen file,name,contact,role_label: wie er achter elk transcript zit (apart "
        "bewaard; pincode nodig)."
    ),
    "Write which file got which pseudonym to this CSV (owner-only; needs the PIN).": (
        "Schrijf naar deze CSV welk bestand welke schuilnaam kreeg (alleen voor u leesbaar; "
        "pincode nodig)."
    ),
    "Facilitator PIN (asked for when one is set and not given).": (
        "Begeleiderspincode (wordt gevraagd als er een is ingesteld en u die niet meegeeft)."
    ),
    "Bring stories, codes and codings from a REFI-QDA project (.qdpx) into the workshop.": (
        "Importeer verhalen, codes en coderingen uit een REFI-QDA-project (.qdpx) in de "
        "kenniswerkplaats."
    ),
    "Role for storytellers of sources that have no Case.": (
        "Rol voor de vertellers van bronnen zonder Case."
    ),
    "Bring the codes (and working factors) of a REFI-QDA codebook (.qdc) into the workshop.": (
        "Importeer de codes (en werkzame factoren) van een REFI-QDA-codeboek (.qdc) in de "
        "kenniswerkplaats."
    ),
    "Create a new workshop NAME in --db with a topic list.": (
        "Maak een nieuwe kenniswerkplaats NAME in --db, met een topiclijst."
    ),
    "Topic list: default, life-domains, support-types, or a .toml path.": (
        "Topiclijst: default, life-domains, support-types, of het pad van een .toml-bestand."
    ),
    "Add a practice (repeatable).": "Voeg een praktijk toe (meerdere keren mogelijk).",
    "Facilitator PIN (asked for when omitted).": (
        "Begeleiderspincode (wordt gevraagd als u die weglaat)."
    ),
    "Set no PIN now (set it later with 'workbench pin').": (
        "Stel nu geen pincode in (doe dat later met 'workbench pin')."
    ),
    "Create the demo workshop in --db (refuses to overwrite without --force).": (
        "Maak de demo-kenniswerkplaats in --db (overschrijft niets zonder --force)."
    ),
    "Overwrite an existing file.": "Overschrijf een bestaand bestand.",
    "Open the workbench afterwards.": "Open daarna de workbench.",
    "Facilitator PIN of the demo.": "Begeleiderspincode van de demo.",
    "Add a practice NAME to the workshop.": "Voeg praktijk NAME toe aan de kenniswerkplaats.",
    "Set or change the facilitator PIN.": "Stel de begeleiderspincode in, of verander die.",
    "The new PIN (asked for when omitted).": (
        "De nieuwe pincode (wordt gevraagd als u die weglaat)."
    ),
    "The current PIN, when one is set.": "De huidige pincode, als er een is ingesteld.",
    "Open the story booth (kiosk for parents) for PRACTICE; leaving needs the PIN.": (
        "Open de verhalenhoek (kiosk voor ouders) voor PRACTICE; weggaan kan alleen met de pincode."
    ),
    "Seconds without a key before a story is put away (kept for next time; default 120).": (
        "Aantal seconden zonder toetsaanslag voordat een verhaal wordt weggezet (bewaard voor de "
        "volgende keer; standaard: 120)."
    ),
    "Withdraw storyteller PSEUDONYM: remove their stories and all that was made of them.": (
        "Trek de toestemming van verteller PSEUDONYM in: verwijder diens verhalen en alles wat "
        "ervan gemaakt is."
    ),
    "Do not ask for confirmation.": "Vraag niet om bevestiging.",
    "List and search the stories.": "Toon en doorzoek de verhalen.",
    "List stories, newest first.": "Toon de verhalen, nieuwste eerst.",
    "Give storyteller PSEUDONYM the role ROLE, also when it was unknown.": (
        "Geef verteller PSEUDONYM de rol ROLE (ouder, verzorger, vrijwilliger, "
        "jeugdprofessional of onderzoeker), ook als die nog onbekend was."
    ),
    "Only this practice.": "Alleen deze praktijk.",
    "Topic number or label.": "Nummer of naam van het topic.",
    "Full-text search; hits are shown between « and ».": (
        "Zoek in de volledige tekst; treffers staan tussen « en »."
    ),
    "The codebook: list, seed from the topic list, add, rename, move, merge, delete.": (
        "Het codeboek: tonen, vullen vanuit de topiclijst, toevoegen, hernoemen, verplaatsen, "
        "samenvoegen, verwijderen."
    ),
    "Show the codebook as a tree, with how often each code is used.": (
        "Toon het codeboek als boom, met hoe vaak elke code gebruikt is."
    ),
    "Show the id of each code.": "Toon het id van elke code.",
    "Add one category per topic of the topic list (deductive start).": (
        "Voeg per topic van de topiclijst een categorie toe (deductief begin)."
    ),
    "Add a code NAME (inductive), optionally under --category.": (
        "Voeg een code NAME toe (inductief), eventueel onder --category."
    ),
    "Category (or code) to put it under.": "De categorie (of code) waaronder de code komt.",
    "Colour as #RRGGBB (default: a free one).": "Kleur als #RRGGBB (standaard: een vrije kleur).",
    "Make a category instead of a code.": "Maak een categorie in plaats van een code.",
    "Who adds it.": "Wie de code toevoegt.",
    "Rename CODE to NEW_NAME.": "Geef CODE de nieuwe naam NEW_NAME.",
    "Move CODE under --to (or to the top level without --to).": (
        "Verplaats CODE naar onder --to (of zonder --to naar het bovenste niveau)."
    ),
    "The new category or parent code.": "De nieuwe categorie of bovenliggende code.",
    "Merge SOURCE into TARGET: its codings move along, SOURCE disappears.": (
        "Laat SOURCE opgaan in TARGET: de coderingen gaan mee, SOURCE verdwijnt."
    ),
    "Delete CODE. A code in use needs --merge-into or --remove-codings.": (
        "Verwijder CODE. Voor een code die in gebruik is, is --merge-into of --remove-codings "
        "nodig."
    ),
    "When in use: move its codings here.": (
        "Als de code in gebruik is: verplaats de coderingen hierheen."
    ),
    "When in use: remove its codings too.": (
        "Als de code in gebruik is: haal ook de coderingen weg."
    ),
    "Record that CODE was reviewed by a professional (who, and now).": (
        "Leg vast dat CODE door een professional is beoordeeld (door wie, en wanneer: nu)."
    ),
    "Who reviewed it (e.g. a professional).": (
        "Wie de code beoordeelde (bijvoorbeeld een professional)."
    ),
    "Write a memo on CODE.": "Schrijf een memo bij CODE.",
    "Code a fragment of STORY (story id, id start, or the storyteller's pseudonym).": (
        "Codeer een fragment van STORY (id van het verhaal, begin van het id, of de schuilnaam van "
        "de verteller)."
    ),
    "Code to give (repeatable).": "Code om toe te kennen (meerdere keren mogelijk).",
    "The literal text of the fragment.": "De letterlijke tekst van het fragment.",
    "Start offset (characters).": "Beginpositie (in tekens).",
    "End offset (exclusive).": "Eindpositie (tot, niet tot en met).",
    "Who codes.": "Wie codeert.",
    "List the coded fragments of STORY.": "Toon de gecodeerde fragmenten van STORY.",
    "Calibration sessions: code the same sentences alone, then compare.": (
        "Kalibratiesessies: codeer ieder apart dezelfde zinnen en vergelijk daarna."
    ),
    "Start a calibration session NAME.": "Begin kalibratiesessie NAME.",
    "Story to include (repeatable).": "Verhaal dat meedoet (meerdere keren mogelijk).",
    "Coder (repeatable, at least two).": "Codeur (meerdere keren mogelijk, minstens twee).",
    "List calibration sessions.": "Toon de kalibratiesessies.",
    "Show the sentences of SESSION with your own codes (never the others').": (
        "Toon de zinnen van SESSION met uw eigen codes (nooit die van anderen)."
    ),
    "Show this coder's own codes only.": "Toon alleen de eigen codes van deze codeur.",
    "Give sentence NUMBER of SESSION your codes (no --code: no code applies).": (
        "Ken uw codes toe aan zin NUMBER van SESSION (zonder --code: er past geen code)."
    ),
    "Code (repeatable); none = no code.": (
        "Code (meerdere keren mogelijk); zonder --code: geen code."
    ),
    "Say you have finished coding SESSION.": "Meld dat u klaar bent met het coderen van SESSION.",
    "Open the comparison of SESSION and show agreement and disagreements.": (
        "Open de vergelijking van SESSION en toon de overeenstemming en de verschillen."
    ),
    "Open even if not every coder is done.": "Open ook als nog niet elke codeur klaar is.",
    "Code frequencies per practice or per role: a table and a bar chart.": (
        "Hoe vaak elke code voorkomt, per praktijk of per rol: een tabel en een staafdiagram."
    ),
    "Bar width.": "Breedte van de staven.",
    "Working factors: list, add, matrix, roles, suggest, cluster.": (
        "Werkzame factoren: list, add, matrix, roles, suggest, cluster."
    ),
    "Show the factors per practice with their cards, elements and quotes.": (
        "Toon de factoren per praktijk met hun kaarten, kenmerkende elementen en citaten."
    ),
    "Add a factor NAME to a practice, with its elements.": (
        "Voeg factor NAME toe aan een praktijk, met de kenmerkende elementen."
    ),
    "The practice the factor belongs to.": "De praktijk waar de factor bij hoort.",
    "A characteristic element (repeatable).": "Een kenmerkend element (meerdere keren mogelijk).",
    "Practices × factors: which factor occurs where; ◆ marks common factors.": (
        "Praktijken × factoren: welke factor waar voorkomt; ◆ = gemeenschappelijke factor."
    ),
    "Fragments per storyteller role per factor, to compare perspectives.": (
        "Fragmenten per rol van de verteller en per factor, om perspectieven te vergelijken."
    ),
    "Only this practice (default: all).": "Alleen deze praktijk (standaard: alle).",
    "For each unsorted card, the factors it most resembles (they only suggest).": (
        "Per niet-ingedeelde kaart de factoren die er het meest op lijken (alleen een voorstel)."
    ),
    "The practice whose wall to look at.": "De praktijk waarvan u de muur bekijkt.",
    "Suggestions per card.": "Aantal voorstellen per kaart.",
    "Cards are codes instead of fragments.": "Kaarten zijn codes in plaats van fragmenten.",
    "Propose a first grouping of the unsorted cards, each group with key terms.": (
        "Stel een eerste indeling van de niet-ingedeelde kaarten voor, elke groep met kernwoorden."
    ),
    "The practice whose unsorted cards to group.": (
        "De praktijk waarvan u de niet-ingedeelde kaarten groepeert."
    ),
    "Number of groups (default: chosen).": "Aantal groepen (standaard: automatisch gekozen).",
    "Make a factor of every group (one undo step on the wall).": (
        "Maak van elke groep een factor (op de muur in één stap ongedaan te maken)."
    ),
    "Sounding-board sessions: set up, take ballots, close, show and export results.": (
        "Klankbordbijeenkomsten: klaarzetten, laten stemmen, sluiten, uitkomsten tonen en "
        "exporteren."
    ),
    "List the sessions, newest first.": "Toon de klankbordbijeenkomsten, nieuwste eerst.",
    "Create a session NAME (a draft until it is opened).": (
        "Maak een klankbordbijeenkomst NAME (een concept tot hij geopend wordt)."
    ),
    "Practice (name or id); omit for a session across practices.": (
        "Praktijk (naam of id); laat weg voor een bijeenkomst over alle praktijken heen."
    ),
    "A factor to present (repeatable; default: all of the practice).": (
        "Een factor om voor te leggen (meerdere keren mogelijk; standaard: alle factoren van de "
        "praktijk)."
    ),
    "How participants set priorities.": "Hoe deelnemers prioriteiten aangeven.",
    "Dots per participant (default: a quarter of the factors, at least 1).": (
        "Stippen per deelnemer (standaard: een kwart van het aantal factoren, minstens 1)."
    ),
    "How many people must take part for the results to count.": (
        "Minimum aantal aanwezigen: zoveel mensen moeten meedoen om de uitkomsten te laten tellen."
    ),
    "Also rate each element.": "Vraag ook de herkenning van elk kenmerkend element.",
    "Date of the meeting, e.g. 2025-03-12 (default: today).": (
        "Datum van de bijeenkomst, bijvoorbeeld 2025-03-12 (standaard: vandaag)."
    ),
    "Open it right away.": "Open de bijeenkomst meteen.",
    "Open SESSION for check-in and ballots.": (
        "Open SESSION: deelnemers kunnen zich aanmelden en stemmen."
    ),
    "Close SESSION: read-only from now on; results are revealed.": (
        "Sluit SESSION: vanaf nu alleen-lezen; de uitkomsten worden zichtbaar."
    ),
    "Reveal (or hide) the results of SESSION.": (
        "Maak de uitkomsten van SESSION zichtbaar (of verberg ze)."
    ),
    "Hide the results again (open sessions only).": (
        "Verberg de uitkomsten weer (alleen bij open bijeenkomsten)."
    ),
    "Show the results of SESSION (once revealed): priorities and recognition.": (
        "Toon de uitkomsten van SESSION (als ze zichtbaar zijn): prioriteiten en herkenning."
    ),
    "Write the results of SESSION to OUT (.csv: one row per factor; .json: all).": (
        "Schrijf de uitkomsten van SESSION naar OUT (.csv: één regel per factor; .json: alles)."
    ),
    "Default: from the file extension.": "Standaard: volgens de bestandsextensie.",
    "Cast one participant's ballot in SESSION, all at once.": (
        "Vul het stemformulier van één deelnemer van SESSION in één keer in."
    ),
    "Pseudonym; empty for an anonymous code.": "Schuilnaam; leeg voor een anonieme code.",
    "parent, caregiver, volunteer, professional, ...": (
        "Rol: parent, caregiver, volunteer, professional, …"
    ),
    "Recognition of a factor (number in the list or name).": (
        "Herkenning van een factor (nummer in de lijst of naam)."
    ),
    "Why.": "Waarom.",
    "An addition.": "Een aanvulling.",
    "Dots.": "Stippen.",
    "Ranking, most important first.": "Rangorde, belangrijkste eerst.",
    "Save without confirming.": "Bewaar zonder te bevestigen.",
    "Enter a show of hands for SESSION.": "Voer het handopsteken bij SESSION in.",
    "Raised hands for a factor (repeatable).": (
        "Opgestoken handen voor een factor (meerdere keren mogelijk)."
    ),
    "How many people are present.": "Hoeveel mensen aanwezig zijn.",
    "Delete SESSION and its ballots (an automatic backup is made first).": (
        "Verwijder SESSION en de stemformulieren (eerst wordt automatisch een reservekopie "
        "gemaakt)."
    ),
    "Open the ballot (kiosk for members) of SESSION; leaving needs the PIN.": (
        "Open het stemformulier (kiosk voor leden) van SESSION; weggaan kan alleen met de pincode."
    ),
    "Print one poster per working factor as PDF into --out.": (
        "Maak per werkzame factor één poster als PDF in --out."
    ),
    "Only the factors of this practice (name or start of the name).": (
        "Alleen de factoren van deze praktijk (naam of begin van de naam)."
    ),
    "Only the common factors (found in every practice), one poster each.": (
        "Alleen de gemeenschappelijke factoren (gevonden in elke praktijk), elk op een eigen "
        "poster."
    ),
    "Only this factor (id or name); repeatable.": (
        "Alleen deze factor (id of naam); meerdere keren mogelijk."
    ),
    "Paper size of the posters and the bundle.": (
        "Papierformaat van de posters en de symposiumbundel."
    ),
    "Landscape instead of portrait.": "Liggend in plaats van staand.",
    "Language on the posters (default: the language of the workbench).": (
        "Taal op de posters (standaard: de taal van de workbench)."
    ),
    "Leave out quotes that may not be printed, instead of refusing.": (
        "Laat citaten weg die niet op papier mogen, in plaats van te weigeren."
    ),
    "Also write symposium.pdf: cover, overview by priority, all posters.": (
        "Maak ook symposium.pdf: voorblad, overzicht op prioriteit, alle posters."
    ),
    "Also write handout.pdf: an A4 summary for professionals.": (
        "Maak ook handout.pdf: een A4-samenvatting voor professionals."
    ),
    "Only list what would be printed and what stops it; write nothing.": (
        "Toon alleen wat er gemaakt zou worden en wat dat tegenhoudt; schrijf niets."
    ),
    "Folder for the PDF files (made when missing).": (
        "Map voor de PDF-bestanden (wordt gemaakt als die ontbreekt)."
    ),
    "Write this laptop's workshop as one file to merge on another laptop.": (
        "Schrijf de kenniswerkplaats van deze laptop als één bestand (een bundel) om op een andere "
        "laptop samen te voegen."
    ),
    "Merge a bundle from another laptop into this workshop (a backup is made first).\n\n"
    "Newer changes here are never turned back by an older bundle; stories changed on\n"
    "both laptops are kept in both versions and listed.": (
        "Voeg een bundel van een andere laptop samen met deze kenniswerkplaats (eerst wordt een "
        "reservekopie gemaakt).\n\n"
        "Een oudere bundel draait nieuwere wijzigingen hier nooit terug. Verhalen die op beide "
        "laptops veranderd zijn, worden in beide versies bewaard en getoond."
    ),
    "Facilitator PIN; needed only when the bundle holds real names (asked for on a terminal).": (
        "Begeleiderspincode; alleen nodig als de bundel echte namen bevat (wordt in een terminal "
        "gevraagd)."
    ),
    "Merge even though the bundle comes from another workshop.": (
        "Voeg ook samen als de bundel uit een andere kenniswerkplaats komt."
    ),
    "Start this laptop's workshop file from another laptop's bundle (same ids, one\n"
    "topic list); --db names the new file.": (
        "Begin het workbench-bestand van deze laptop met de bundel van een andere laptop (dezelfde "
        "id's, één topiclijst); --db is de naam van het nieuwe bestand."
    ),
    "List the stories a merge kept in two versions; 'conflicts keep' chooses one.": (
        "Toon de verhalen die bij het samenvoegen in twee versies bewaard zijn; met 'conflicts "
        "keep' kiest u er één."
    ),
    "Keep one version of conflict NUMBER: 'first' (the story as it is) or 'second'\n"
    "(the second story's text); the other goes (a backup is made first).": (
        "Behoud één versie van conflict NUMBER: 'first' (het verhaal zoals het is) of 'second' (de "
        "tekst van het tweede verhaal); de andere verdwijnt (eerst wordt een reservekopie gemaakt)."
    ),
    "Facilitator PIN (asked for on a terminal when one is set).": (
        "Begeleiderspincode (wordt in een terminal gevraagd als er een is ingesteld)."
    ),
    "Check the workshop file: integrity, orphaned rows, schema, search index.\n\n"
    "Exits with status 1 when something is wrong, and says what to do.": (
        "Controleer het workbench-bestand: integriteit, verweesde rijen, schema, zoekindex.\n\n"
        "Stopt met status 1 als er iets mis is, en zegt wat u dan moet doen."
    ),
    "Rebuild the story search index when it is out of step.": (
        "Bouw de zoekindex van de verhalen opnieuw op als die niet meer klopt."
    ),
    "Write a copy of the workshop to OUT (a file, or a folder to put it in).\n\n"
    "Without OUT the copy goes to the automatic backups beside the file.": (
        "Schrijf een reservekopie van de kenniswerkplaats naar OUT (een bestand, of een map om die "
        "in te zetten).\n\n"
        "Zonder OUT komt de reservekopie bij de automatische reservekopieën naast het bestand."
    ),
    "Overwrite OUT when it exists.": "Overschrijf OUT als die al bestaat.",
    "List the automatic backups (newest first); --keep N sets how many are kept.": (
        "Toon de automatische reservekopieën (nieuwste eerst); --keep N stelt in hoeveel er "
        "bewaard blijven."
    ),
    "How many automatic backups to keep from now on.": (
        "Hoeveel automatische reservekopieën er vanaf nu bewaard blijven."
    ),
    "Replace the workshop with the backup SOURCE (the current state is backed up first).": (
        "Vervang de kenniswerkplaats door reservekopie SOURCE (eerst wordt van de huidige stand "
        "een reservekopie gemaakt)."
    ),
    "Facilitator PIN (asked for when one is set).": (
        "Begeleiderspincode (wordt gevraagd als er een is ingesteld)."
    ),
    "Read TEXT aloud, or write it to a WAV file with --out (to check the voice).": (
        "Lees TEXT voor, of schrijf het met --out naar een WAV-bestand (om de stem te controleren)."
    ),
    "Write a WAV file instead of playing it.": (
        "Schrijf een WAV-bestand in plaats van af te spelen."
    ),
    "Words a minute (default: the workshop's setting, 135).": (
        "Woorden per minuut (standaard: de instelling van de kenniswerkplaats, 135)."
    ),
    "Read aloud in the booth and the ballot: check, settings, audio export.": (
        "Voorlezen in de verhalenhoek en op het stemformulier: controleren, instellingen, geluid "
        "exporteren."
    ),
    "Say whether sound can be played on this computer, and what to do if not.": (
        "Zeg of deze computer geluid kan afspelen, en wat u kunt doen als dat niet kan."
    ),
    "Show or change how the booth and the ballot read aloud.": (
        "Toon of verander hoe de verhalenhoek en het stemformulier voorlezen."
    ),
    "Words a minute (80-260).": "Woorden per minuut (80-260).",
    "Read each new booth or ballot screen aloud at once.": (
        "Lees elk nieuw scherm van de verhalenhoek of het stemformulier meteen voor."
    ),
    "eSpeak NG voice for Dutch, e.g. nl+f3.": "eSpeak NG-stem voor Nederlands, bijvoorbeeld nl+f3.",
    "eSpeak NG voice for English, e.g. en+f3.": "eSpeak NG-stem voor Engels, bijvoorbeeld en+f3.",
    "Write every booth and ballot question as a WAV file into FOLDER.": (
        "Schrijf elke vraag van de verhalenhoek en het stemformulier als WAV-bestand in FOLDER."
    ),
    "Make the consent form and the information letter (A4 PDFs) in --out.": (
        "Maak het toestemmingsformulier en de informatiebrief (PDF's op A4) in --out."
    ),
    "Folder for the PDFs (made, readable by you only, if new).": (
        "Map voor de PDF's (wordt gemaakt als die nieuw is, alleen voor u leesbaar)."
    ),
    "Language of the forms (default: the language of the messages).": (
        "Taal van de formulieren (standaard: de taal van de meldingen)."
    ),
    "Name this practice on the forms (default: the workshop's name).": (
        "Noem deze praktijk op de formulieren (standaard: de naam van de kenniswerkplaats)."
    ),
    "Facilitator contact to print (default: 'workbench settings contact').": (
        "Contactgegevens van de begeleider op de formulieren (standaard: 'workbench settings "
        "contact')."
    ),
    "Settings of this workshop file.": "Instellingen van dit workbench-bestand.",
    "Show or set how participants reach the facilitator (printed on the forms).": (
        "Toon of stel in hoe deelnemers de begeleider bereiken (staat op de formulieren)."
    ),
    "Show and manage the topic list: list, add, edit, retire, export.": (
        "Toon en beheer de topiclijst: list, add, edit, retire, export."
    ),
    "The topics in order, with how many stories each has; retired ones marked.": (
        "De topics op volgorde, met het aantal verhalen per topic; topics die niet meer gevraagd "
        "worden, zijn gemarkeerd."
    ),
    "Also show each topic's example question.": "Toon ook de voorbeeldvraag van elk topic.",
    "Add topic LABEL at the end of the list; it is asked from now on.": (
        "Voeg topic LABEL toe aan het eind van de lijst; het wordt vanaf nu gevraagd."
    ),
    "Example question (Dutch).": "Voorbeeldvraag (Nederlands).",
    "The topic's name in English.": "De naam van het topic in het Engels.",
    "Example question in English.": "Voorbeeldvraag in het Engels.",
    "Ask only storytellers of this role (repeatable; default everyone).": (
        "Vraag het alleen aan vertellers met deze rol (meerdere keren mogelijk; standaard: "
        "iedereen)."
    ),
    "Reword TOPIC (its number or name); stories told under it keep it.": (
        "Formuleer TOPIC (nummer of naam) anders; verhalen die eronder verteld zijn, houden het."
    ),
    "New name (Dutch).": "Nieuwe naam (Nederlands).",
    "New example question (Dutch).": "Nieuwe voorbeeldvraag (Nederlands).",
    "New name in English.": "Nieuwe naam in het Engels.",
    "New example question in English.": "Nieuwe voorbeeldvraag in het Engels.",
    "Ask only these roles from now on (repeatable).": (
        "Vraag het vanaf nu alleen aan deze rollen (meerdere keren mogelijk)."
    ),
    "Ask every role from now on.": "Vraag het vanaf nu aan elke rol.",
    "Stop asking TOPIC in the booth and the interview; its stories keep it.": (
        "Vraag TOPIC niet meer in de verhalenhoek en in interviews; de verhalen erbij houden het."
    ),
    "Ask the topic again.": "Vraag het topic weer.",
    "Write the topics still asked to OUT: a .toml template for 'workbench init\n"
    "--template', or a .pdf sheet (A4) for interviewers.": (
        "Schrijf de topics die nog gevraagd worden naar OUT: een .toml-sjabloon voor 'workbench "
        "init --template', of een .pdf-blad (A4) voor interviewers."
    ),
    "Language of the PDF (default: the language of the messages).": (
        "Taal van de PDF (standaard: de taal van de meldingen)."
    ),
    "Real names and contacts, kept apart from the stories (PIN).": (
        "Echte namen en contactgegevens, apart van de verhalen bewaard (pincode)."
    ),
    "Show who is behind PSEUDONYM (for a withdrawal or a question).": (
        "Toon wie er achter PSEUDONYM zit (bij het intrekken van toestemming of bij een vraag)."
    ),
    "Keep a real name and contact for PSEUDONYM, apart from the stories.": (
        "Bewaar een echte naam en contactgegevens bij PSEUDONYM, apart van de verhalen."
    ),
    "The real name.": "De echte naam.",
    "Phone or e-mail.": "Telefoonnummer of e-mailadres.",
    "Where each practice stands, the last backup and merge, and what to do today.": (
        "Hoe elke praktijk ervoor staat, de laatste reservekopie en samenvoeging, en wat er "
        "vandaag te doen is."
    ),
    'Create a new workshop NAME in --db with a topic list.\n\nAll or nothing: every question '
    'is asked before anything is written, and when a\nstep fails the new file is removed again.':
        'Maak een nieuwe kenniswerkplaats NAME in --db, met een topiclijst.\n\nAlles of niets: '
        'alle vragen komen eerst, daarna wordt er pas geschreven; mislukt een\nstap, dan wordt '
        'het nieuwe bestand weer verwijderd.',
    'Create the demo workshop in --db.\n\nAn existing file is only replaced with --force, only '
    'when it is itself a demo, after\nits PIN and with an automatic backup first. A real '
    'workshop is never replaced.':
        'Maak de demo-kenniswerkplaats in --db.\n\nEen bestaand bestand wordt alleen vervangen '
        'met --force, alleen als het zelf een demo\nis, na de pincode ervan en met eerst een '
        'automatische reservekopie. Een echte\nkenniswerkplaats wordt nooit vervangen.',
    'Replace an existing demo workshop.':
        'Vervang een bestaande demo-kenniswerkplaats.',
    'PIN of the demo being replaced (asked for when it has one).':
        'Pincode van de demo die vervangen wordt (wordt gevraagd als die er een heeft).',
    'Which occurrence of --text (1, 2, ...) when it occurs more than once.':
        'Welke keer dat --text voorkomt (1, 2, ...), als het vaker voorkomt.',
    'Print placeholders such as [naam vrijwilliger] as they are, instead of in plain '
    'words (de vrijwilliger).':
        'Print plaatshouders zoals [naam vrijwilliger] zoals ze zijn, in plaats van in '
        'gewone woorden (de vrijwilliger).',
    'Sign quotes with their role even when few storytellers of the practice have it '
    '(by default such roles are made more general).':
        'Zet bij citaten de eigen rol, ook als weinig vertellers van de praktijk die rol '
        'hebben (standaard worden zulke rollen algemener gemaakt).',
    'A role held by at most this many storytellers of a practice counts as rare.':
        'Een rol die hooguit zoveel vertellers van een praktijk hebben, telt als zeldzaam.',
    "The organisation's logo (PNG or JPEG) on every poster.":
        'Het logo van de organisatie (PNG of JPEG) op elke poster.',
    'Web address or contact line, printed with a QR code.':
        'Webadres of contactregel, geprint met een QR-code.',
    'The practical guide: with --out write it as PDF; tip, tips, untip, intro edit it.':
        'De handreiking: met --out maakt u de PDF; met tip, tips, untip en intro past u hem aan.',
    'Write the guide (A4 booklet PDF) to this file.':
        'Schrijf de handreiking (A4-boekje als PDF) naar dit bestand.',
    'Language of the guide (default: the language of the workbench).':
        'Taal van de handreiking (standaard: de taal van de workbench).',
    'Sign quotes with their role even when it is rare in the practice.':
        'Zet bij citaten de eigen rol, ook als die zeldzaam is in de praktijk.',
    'Print placeholders such as [naam vrijwilliger] as they are.':
        'Print plaatshouders zoals [naam vrijwilliger] zoals ze zijn.',
    'Add a tip for professionals to FACTOR (name or id).':
        'Voeg een tip voor professionals toe aan FACTOR (naam of id).',
    'List the tips of FACTOR, or of every factor.':
        'Toon de tips van FACTOR, of van elke factor.',
    "Remove tip NUMBER (as listed by 'guide tips') from FACTOR.":
        "Verwijder tip NUMBER (zoals 'guide tips' ze nummert) bij FACTOR.",
    "Set the guide's introduction (TEXT or --file); without either, show it.":
        'Stel de inleiding van de handreiking in (TEXT of --file); zonder een van beide: '
        'toon hem.',
    'Read the introduction from this text file.':
        'Lees de inleiding uit dit tekstbestand.',
    "Field separator. Default with --lang nl: ';' and a byte-order mark, as a Dutch"
    " Excel opens it on a double-click; otherwise ','.":
        "Scheidingsteken. Standaard met --lang nl: ';' en een byte-order mark, zodat "
        "een Nederlandse Excel het bestand met een dubbelklik goed opent; anders ','.",
    'Write one spreadsheet workbook: stories, fragments, codes, factors, session\n'
    'results and ballots, with headers in the UI language.':
        'Schrijf één werkmap voor een rekenblad: verhalen, fragmenten, codes, factoren,'
        '\nuitkomsten van bijeenkomsten en stemformulieren, met kopjes in de taal van de'
        ' workbench.',
    'Roles for role words the workbench does not know, e.g. mother=parent,vader=parent.':
        'Rollen voor rolwoorden die de workbench niet kent, bijvoorbeeld '
        'mother=parent,vader=parent.',
    'A memo on the whole workshop.':
        'Een memo bij de hele kenniswerkplaats.',
    'All fragments of this code (a category: with its sub-codes).':
        'Alle fragmenten van deze code (een categorie: met haar subcodes).',
    'An allowed value (repeatable).':
        'Een toegestane waarde (meerdere keren mogelijk).',
    'Case attributes of storytellers: define, give values, import from CSV.':
        'Kenmerken van vertellers: maken, waarden geven, importeren uit CSV.',
    'Code name or id.':
        'Naam of id van de code.',
    'Code the whole sentence of each hit.':
        'Codeer de hele zin van elke treffer.',
    'Define an attribute NAME.':
        'Maak een kenmerk NAME.',
    'Fragment id.':
        'Id van het fragment.',
    'Give STORYTELLER (pseudonym) the VALUE of attribute NAME ("" takes it away).':
        'Geef STORYTELLER (schuilnaam) de waarde VALUE voor kenmerk NAME ("" haalt hem weg).',
    'How --with goes together.':
        'Hoe --with samengaat.',
    'Leave out the sub-codes.':
        'Laat de subcodes weg.',
    'List every memo, newest first.':
        'Toon alle memo’s, nieuwste eerst.',
    'List the coded fragments of STORY, or of a code across stories (--code).':
        'Toon de gecodeerde fragmenten van STORY, of van een code in alle verhalen (--code).',
    'Make this code (inductive) and give it (repeatable).':
        'Maak deze code (inductief) en ken hem toe (meerdere keren mogelijk).',
    'Memos on the workshop, stories, codes, fragments and factors.':
        'Memo’s bij de kenniswerkplaats, verhalen, codes, fragmenten en factoren.',
    'Only codings by this coder.':
        'Alleen coderingen van deze codeur.',
    'Only memos containing this text.':
        'Alleen memo’s met deze tekst.',
    'Only show the hits.':
        'Toon alleen de treffers.',
    'Only storytellers with this role.':
        'Alleen vertellers met deze rol.',
    'Only storytellers with this value: NAME=VALUE.':
        'Alleen vertellers met deze waarde: NAME=VALUE.',
    'Only these stories.':
        'Alleen deze verhalen.',
    "Only this coder's coding (default: all).":
        'Alleen de codering van deze codeur (standaard: alle).',
    'Only where the code goes together with this code.':
        'Alleen waar de code samengaat met deze code.',
    'Search QUERY across stories and give every hit a code, in one step.\n\nTerms '
    'separated by | (or OF/OR); * stands for any letters, ? for one.':
        'Zoek QUERY in alle verhalen en ken elke treffer in één stap een code toe.\n\n'
        'Zoektermen gescheiden door | (of OF/OR); * staat voor letters, ? voor één '
        'letter.',
    "Show the attributes and every storyteller's values.":
        'Toon de kenmerken en de waarden van elke verteller.',
    'Story (id, id start or pseudonym).':
        'Verhaal (id, begin van het id of schuilnaam).',
    'Take a code off a fragment of STORY; a fragment left without codes goes too.':
        'Haal een code weg bij een fragment van STORY; een fragment zonder codes gaat ook weg.',
    'The code the hits get.':
        'De code die de treffers krijgen.',
    'The code to take off.':
        'De code die weg moet.',
    'Together in one fragment, in overlapping fragments, or in one story.':
        'Samen in één fragment, in overlappende fragmenten, of in één verhaal.',
    'Undo the last auto-coding.':
        'Maak de laatste automatische codering ongedaan.',
    'Values from a CSV: a column schuilnaam (or pseudonym), one column per attribute.':
        'Waarden uit een CSV: een kolom schuilnaam (of pseudonym), één kolom per kenmerk.',
    'Where --new-code goes in the codebook.':
        'Waar --new-code in het codeboek komt.',
    'Which codes go together: a code-by-code table.':
        'Welke codes samengaan: een tabel code bij code.',
    'Working factor name or id.':
        'Naam of id van de werkzame factor.',
    'Write a memo TEXT (several lines: use \\n or quotes over lines).':
        'Schrijf een memo TEXT (meer regels: gebruik \\n of aanhalingstekens over regels heen).',
    'Write a report: .docx (Word) or .md (Markdown).':
        'Schrijf een verslag: .docx (Word) of .md (Markdown).',
}
