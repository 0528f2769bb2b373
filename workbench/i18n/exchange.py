"""Messages of the exchange area: REFI-QDA, CSV, bundles and merging laptops."""

MESSAGES: dict[str, tuple[str, str]] = {
    # --- what goes into a REFI-QDA file
    "exchange.refi.factors": ("Werkzame factoren", "Working factors"),
    "exchange.refi.factors_description": (
        "Werkzame factoren uit de kenniswerkplaats, per praktijk. Onder elke factor staan "
        "de kenmerkende elementen; de codes van een factor staan in de set met dezelfde naam.",
        "Working factors from the knowledge workshop, per practice. Under each factor are its "
        "characteristic elements; a factor's codes are in the set with the same name.",
    ),
    "exchange.refi.type.substantive": ("inhoudelijk", "substantive"),
    "exchange.refi.type.procedural": ("procesmatig", "procedural"),
    "exchange.refi.type_line": ("Soort: {type}", "Type: {type}"),
    "exchange.refi.set_description": (
        "De codes en verhalen die bij deze werkzame factor op de muur liggen.",
        "The codes and stories placed on the wall with this working factor.",
    ),
    "exchange.refi.memo": ("Memo", "Memo"),
    "exchange.refi.rating_note": (
        "Klankbord {session}: herkenning {score} van 5",
        "Sounding board {session}: recognition {score} of 5",
    ),
    "exchange.refi.addition_note": (
        "Klankbord {session}: aanvulling", "Sounding board {session}: addition"),
    "exchange.refi.card.claim": (
        "Klankbord {session}: wat is goed",
        "Sounding board {session}: claim",
    ),
    "exchange.refi.card.concern": (
        "Klankbord {session}: wat is lastig", "Sounding board {session}: concern"),
    "exchange.refi.card.issue": (
        "Klankbord {session}: idee voor later", "Sounding board {session}: issue"),
    "exchange.refi.var.role": ("Rol", "Role"),
    "exchange.refi.var.role.help": (
        "Rol van de verteller: ouder, verzorger, vrijwilliger, jeugdprofessional of onderzoeker.",
        "The storyteller's role: parent, caregiver, volunteer, youth professional or researcher.",
    ),
    "exchange.refi.var.role_label": ("Rol in eigen woorden", "Role in own words"),
    "exchange.refi.var.role_label.help": (
        "Fijnere omschrijving van de rol, bijvoorbeeld moeder of vader.",
        "A finer wording of the role, for example mother or father.",
    ),
    "exchange.refi.var.practice": ("Praktijk", "Practice"),
    "exchange.refi.var.practice.help": (
        "De praktijk waar het verhaal is opgehaald.",
        "The practice where the story was collected.",
    ),
    "exchange.refi.source_name": (
        "Verhaal van {pseudonym}, {date}",
        "Story by {pseudonym}, {date}",
    ),
    "exchange.refi.identity": (
        "Naam: {name}; contact: {contact}",
        "Name: {name}; contact: {contact}",
    ),
    "exchange.refi.imported_pseudonym": ("Verteller {n}", "Storyteller {n}"),
    "exchange.refi.conflict_title": (
        "{title} (versie uit {source})",
        "{title} (version from {source})",
    ),
    "exchange.merge.conflict_title": (
        "{title} (andere versie, uit {source})", "{title} (other version, from {source})"),
    # --- command line
    "exchange.cli.stories": ("Verhalen", "Stories"),
    "exchange.cli.sources": ("Bronnen", "Sources"),
    "exchange.cli.exported_qdpx": (
        "Geschreven: {path} ({stories} {stories|verhaal|verhalen}, {codes} {codes|code|codes}, "
        "{fragments} {fragments|fragment|fragmenten}, "
        "{notes} {notes|notitie|notities}).",
        "Written: {path} ({stories} {stories|story|stories}, {codes} {codes|code|codes}, "
        "{fragments} {fragments|fragment|fragments}, "
        "{notes} {notes|note|notes}).",
    ),
    "exchange.cli.exported_qdc": (
        "Geschreven: {path} ({codes} "
        "{codes|code|codes}).", "Written: {path} ({codes} {codes|code|codes})."),
    "exchange.cli.exported_csv": (
        "Geschreven: {path} ({rows} "
        "{rows|regel|regels}).", "Written: {path} ({rows} {rows|row|rows})."),
    "exchange.cli.imported_qdpx": (
        "Ingelezen uit {name}: {stories} nieuwe verhalen ({known} waren er al), {codes} nieuwe "
        "codes, {fragments} {fragments|fragment|fragmenten}, {codings} "
        "{codings|codering|coderingen}.",
        "Imported from {name}: {stories} new stories ({known} were here already), {codes} new "
        "codes, {fragments} {fragments|fragment|fragments}, {codings} {codings|coding|codings}.",
    ),
    "exchange.cli.changed_story": (
        "Let op: '{title}' was elders veranderd en staat nu als tweede verhaal naast het "
        "origineel.",
        "Note: '{title}' was changed elsewhere and is now kept as a second story beside the "
        "original.",
    ),
    "exchange.cli.skipped_sources": (
        "{n} bronnen zonder platte tekst (pdf, beeld, geluid) zijn overgeslagen.",
        "{n} sources without plain text (PDF, picture, audio) were skipped.",
    ),
    "exchange.cli.skipped_sources.one": (
        '1 bron zonder platte tekst (pdf, beeld, geluid) is overgeslagen.',
        '1 source without plain text (PDF, picture, audio) was skipped.'),
    "exchange.cli.report_in": ("{n} notities bewaard als memo.", "{n} notes kept as memos."),
    "exchange.cli.report_in.one": ("1 notitie bewaard als memo.", "1 note kept as a memo."),
    "exchange.cli.report_left_out": ("Niet of anders overgenomen, en waarom:",
                                     "Left out or brought in differently, and why:"),
    "exchange.cli.report_all_in": ("Niets is weggelaten.", "Nothing was left out."),
    "exchange.report.point_selection": (
        "‘{source}’, positie {position}: een selectie zonder tekst (lengte 0, {codings} "
        "{codings|codering|coderingen}, {notes} {notes|notitie|notities}) is overgeslagen; "
        "een fragment heeft tekst nodig.",
        "‘{source}’, position {position}: a selection without text (length 0, {codings} "
        "{codings|coding|codings}, {notes} {notes|note|notes}) was skipped; a fragment needs "
        "text.",
    ),
    "exchange.report.pdf_areas": (
        "‘{source}’: de tekst van de pdf is ingelezen; {n} coderingen van gebieden op de "
        "pagina (zonder tekst) niet.",
        "‘{source}’: the PDF's text came in; {n} codings of areas on the page (without "
        "text) did not.",
    ),
    "exchange.report.source_skipped": (
        "‘{source}’ ({kind}) is overgeslagen: de workbench leest alleen tekst.",
        "‘{source}’ ({kind}) was skipped: the workbench reads text only.",
    ),
    "exchange.report.set_members": (
        "Set ‘{name}’: {n} bronnen of notities in de set niet overgenomen (alleen codes).",
        "Set ‘{name}’: {n} sources or notes in the set left out (codes only).",
    ),
    "exchange.report.set_kept": (
        "Set ‘{name}’ bewaard als memo bij {n} codes.",
        "Set ‘{name}’ kept as a memo on {n} codes.",
    ),
    "exchange.report.set_empty": (
        "Set ‘{name}’ niet overgenomen: er zit geen code in.",
        "Set ‘{name}’ left out: it holds no code.",
    ),
    "exchange.report.link_kept": (
        "Koppeling ‘{name}’ bewaard als memo ({n} keer, bij elke code of elk fragment).",
        "Link ‘{name}’ kept as a memo ({n} times, on each code or fragment).",
    ),
    "exchange.report.link_left_out": (
        "Koppeling ‘{name}’ niet overgenomen: geen van beide kanten is een code of fragment.",
        "Link ‘{name}’ left out: neither end is a code or a fragment.",
    ),
    "exchange.report.graph": (
        "Schema ‘{name}’ niet overgenomen: de workbench tekent geen schema’s.",
        "Graph ‘{name}’ left out: the workbench draws no graphs.",
    ),
    "exchange.report.project_description": (
        "Omschrijving van het project (“{start}”) niet overgenomen: daar is geen plek voor.",
        "The project's description (“{start}”) left out: there is no place for it.",
    ),
    "exchange.report.project_note": (
        "Notitie bij het hele project (“{start}”) niet overgenomen: memo’s horen bij een "
        "code of een fragment.",
        "Note on the whole project (“{start}”) left out: memos belong to a code or a "
        "fragment.",
    ),
    "exchange.report.source_note": (
        "Notitie bij ‘{source}’ (“{start}”) niet overgenomen: memo’s horen bij een code of "
        "een fragment, niet bij een heel verhaal.",
        "Note on ‘{source}’ (“{start}”) left out: memos belong to a code or a fragment, "
        "not to a whole story.",
    ),
    "exchange.report.attribute_value": (
        "Waarde ‘{value}’ van ‘{name}’ bij ‘{case}’ niet overgenomen: die past niet bij het "
        "kenmerk.",
        "Value ‘{value}’ of ‘{name}’ for ‘{case}’ left out: it does not fit the attribute.",
    ),
    "exchange.report.variable": (
        "Variabele ‘{name}’ ({kind}, {n} waarden) niet overgenomen: kenmerken van "
        "vertellers komen nog niet mee.",
        "Variable ‘{name}’ ({kind}, {n} values) left out: storytellers' attributes do not "
        "come in yet.",
    ),
    "exchange.report.role_unknown": (
        "Rol ‘{value}’ is onbekend ({n}: {names}): niet geraden; de rol blijft open "
        "(‘rol onbekend’), met ‘{value}’ als eigen woorden. Geef de rol later met "
        "'workbench stories role', of importeer met --role-map {value}=ROL.",
        "Role ‘{value}’ is unknown ({n}: {names}): not guessed; the role is left unassigned "
        "(‘role unknown’), with ‘{value}’ as own words. Assign it later with "
        "'workbench stories role', or import with --role-map {value}=ROLE.",
    ),
    "exchange.report.role_mapped": (
        "Rol ‘{value}’ ingevoerd als ‘{role}’ (--role-map), {n} keer.",
        "Role ‘{value}’ entered as ‘{role}’ (--role-map), {n} times.",
    ),
    "exchange.refi.set_memo": ("Set ‘{name}’: {codes}", "Set ‘{name}’: {codes}"),
    "exchange.refi.link_memo": ("Koppeling ‘{name}’: {origin} → {target}",
                                "Link ‘{name}’: {origin} → {target}"),
    "exchange.error.role_map": (
        "‘{part}’ in --role-map begrijp ik niet. Schrijf woord=rol, bv. mother=ouder; "
        "rollen: {roles}.",
        "‘{part}’ in --role-map is not understood. Write word=role, e.g. mother=parent; "
        "roles: {roles}.",
    ),
    "exchange.cli.imported_qdc": (
        "Ingelezen uit {name}: {codes} nieuwe codes ({known} waren er al), {factors} werkzame "
        "factoren.",
        "Imported from {name}: {codes} new codes ({known} were here already), {factors} "
        "working factors.",
    ),
    "exchange.cli.bundled": (
        "Bundel geschreven: {path} ({rows} {rows|rij|rijen}, schemaversie {version}). Neem hem "
        "mee en "
        "voeg hem samen met: workbench merge {path}",
        "Bundle written: {path} ({rows} {rows|row|rows}, schema version {version}). Take it along "
        "and "
        "merge it with: workbench merge {path}",
    ),
    "exchange.cli.merged": (
        "Samengevoegd uit '{source}': {added} nieuw, {updated} bijgewerkt, {withdrawn} "
        "terugtrekkingen doorgevoerd.",
        "Merged from '{source}': {added} new, {updated} updated, {withdrawn} withdrawals "
        "carried out.",
    ),
    "exchange.cli.conflict": (
        "Conflict: '{title}' is op beide laptops veranderd; beide versies zijn bewaard.",
        "Conflict: '{title}' was changed on both laptops; both versions are kept.",
    ),
    "exchange.cli.renamed": (
        "De schuilnaam '{old}' bestond al voor iemand anders; de verteller uit de bundel "
        "heet nu '{new}'.",
        "The pseudonym '{old}' was already taken by someone else; the storyteller from the "
        "bundle is now '{new}'.",
    ),
    "exchange.cli.backup_before_choice": (
        "Reservekopie van voor deze keuze: {path}", "Backup from before this choice: {path}"),
    "exchange.cli.backup": (
        "Reservekopie van voor het samenvoegen: {path}", "Backup from before the merge: {path}"),
    # --- the exchange screen
    "key.exchange_export": ("Exporteren", "Export"),
    "key.exchange_cancel": ("Stoppen", "Stop"),
    "exchange.tui.choose": ("Wat wilt u exporteren?", "What do you want to export?"),
    "exchange.tui.included": ("Wat gaat erin", "What is included"),
    "exchange.tui.where": ("Waar komt het bestand", "Where the file goes"),
    "exchange.tui.export": ("Exporteren", "Export"),
    "exchange.tui.cancel": ("Stoppen", "Stop"),
    "exchange.tui.busy": ("Bezig met schrijven …", "Writing …"),
    "exchange.tui.still_busy": (
        "De export loopt nog; stop hem eerst (Ctrl+X) of wacht even.",
        "The export is still running; stop it first (Ctrl+X) or wait a moment.",
    ),
    "exchange.tui.done": ("Klaar.", "Done."),
    "exchange.tui.cancelled": (
        "Gestopt; er is geen half bestand achtergebleven.",
        "Stopped; no half-written file was left behind.",
    ),
    "exchange.tui.no_path": ("Geef een bestandsnaam op.", "Give a file name."),
    "exchange.tui.no_folder": (
        "De map {folder} bestaat niet.", "The folder {folder} does not exist."),
    "exchange.tui.anonymous": (
        "Zonder echte namen of contactgegevens (die kunnen alleen via de opdrachtregel, met "
        "de pincode).",
        "Without real names or contact details (those only via the command line, with the "
        "PIN).",
    ),
    "exchange.tui.choice.qdpx": ("REFI-QDA-project (.qdpx)", "REFI-QDA project (.qdpx)"),
    "exchange.tui.choice.qdc": ("REFI-QDA-codeboek (.qdc)", "REFI-QDA codebook (.qdc)"),
    "exchange.tui.choice.csv-stories": ("Verhalen (CSV)", "Stories (CSV)"),
    "exchange.tui.choice.csv-fragments": (
        "Fragmenten met codes (CSV)", "Fragments with codes (CSV)"),
    "exchange.tui.choice.csv-factors": (
        "Factoren met elementen (CSV)", "Factors with elements (CSV)"),
    "exchange.tui.choice.csv-ballots": ("Stemformulieren (CSV)", "Ballots (CSV)"),
    "exchange.tui.choice.csv-tallies": ("Telling klankbord (CSV)", "Sounding-board tallies (CSV)"),
    "exchange.tui.choice.json": ("Alles als JSON", "Everything as JSON"),
    "exchange.tui.choice.bundle": (
        "Bundel voor een andere laptop", "Bundle for another laptop"),
    "exchange.tui.about.qdpx": (
        "Voor ATLAS.ti, NVivo, MAXQDA of QualCoder: verhalen, vertellers met rol en "
        "praktijk, codes, fragmenten, werkzame factoren en notities.",
        "For ATLAS.ti, NVivo, MAXQDA or QualCoder: stories, storytellers with role and "
        "practice, codes, fragments, working factors and notes.",
    ),
    "exchange.tui.about.qdc": (
        "Alleen het codeboek, met de werkzame factoren en hun elementen.",
        "The codebook only, with the working factors and their elements.",
    ),
    "exchange.tui.about.csv-stories": (
        "Eén regel per verhaal, met praktijk, rol en tekst. Opent in Excel.",
        "One row per story, with practice, role and text. Opens in Excel.",
    ),
    "exchange.tui.about.csv-fragments": (
        "Eén regel per fragment, met de codes erbij. Opent in Excel.",
        "One row per fragment, with its codes. Opens in Excel.",
    ),
    "exchange.tui.about.csv-factors": (
        "Eén regel per kenmerkend element van elke werkzame factor. Opent in Excel.",
        "One row per characteristic element of each working factor. Opens in Excel.",
    ),
    "exchange.tui.about.csv-ballots": (
        "Wat elke deelnemer van een klankbordbijeenkomst gaf: herkenning, reden, stippen, "
        "rangorde.",
        "What each sounding-board participant gave: recognition, reason, dots, ranking.",
    ),
    "exchange.tui.about.csv-tallies": (
        "De telling per bijeenkomst en factor, alleen bevestigde stemformulieren.",
        "The tally per session and factor, confirmed ballots only.",
    ),
    "exchange.tui.about.json": (
        "De hele kenniswerkplaats in één bestand, voor eigen analyses.",
        "The whole workshop in one file, for your own analyses.",
    ),
    "exchange.tui.about.bundle": (
        "Alles van deze laptop, om op een andere laptop samen te voegen met "
        "'workbench merge'.",
        "Everything on this laptop, to merge on another laptop with 'workbench merge'.",
    ),
    "exchange.tui.has.stories": ("{n} verhalen", "{n} stories"),
    "exchange.tui.has.stories.one": ('1 verhaal',
        '1 story'),
    "exchange.tui.has.storytellers": ("{n} vertellers", "{n} storytellers"),
    "exchange.tui.has.storytellers.one": ('1 verteller',
        '1 storyteller'),
    "exchange.tui.has.codes": ("{n} codes en categorieën", "{n} codes and categories"),
    "exchange.tui.has.codes.one": ('1 code of categorie',
        '1 code or category'),
    "exchange.tui.has.fragments": ("{n} fragmenten", "{n} fragments"),
    "exchange.tui.has.fragments.one": ('1 fragment',
        '1 fragment'),
    "exchange.tui.has.codings": ("{n} coderingen", "{n} codings"),
    "exchange.tui.has.codings.one": ('1 codering',
        '1 coding'),
    "exchange.tui.has.factors": ("{n} werkzame factoren", "{n} working factors"),
    "exchange.tui.has.factors.one": ('1 werkzame factor',
        '1 working factor'),
    "exchange.tui.has.elements": ("{n} kenmerkende elementen", "{n} characteristic elements"),
    "exchange.tui.has.elements.one": ('1 kenmerkend element',
        '1 characteristic element'),
    "exchange.tui.has.sessions": ("{n} klankbordbijeenkomsten", "{n} sounding-board sessions"),
    "exchange.tui.has.sessions.one": ('1 klankbordbijeenkomst',
        '1 sounding-board session'),
    "exchange.tui.has.ballots": ('{n} stemformulieren',
        '{n} ballots'),
    "exchange.tui.has.ballots.one": ('1 stemformulier',
        '1 ballot'),
    "exchange.tui.has.notes": (
        "{n} notities (memo's en opmerkingen van klankborden)",
        "{n} notes (memos and sounding-board remarks)",
    ),
    "exchange.tui.has.notes.one": ('1 notitie (memo of opmerking van een klankbord)',
        '1 note (a memo or a sounding-board remark)'),
    # --- errors
    "exchange.error.not_zip": (
        "'{name}' is geen geldig zip-bestand of is beschadigd.",
        "'{name}' is not a valid zip file or it is damaged.",
    ),
    "exchange.error.unsafe_path": (
        "'{name}' bevat een onveilige bestandsnaam ({entry}); er is niets ingelezen.",
        "'{name}' contains an unsafe file name ({entry}); nothing was imported.",
    ),
    "exchange.error.encrypted": (
        "'{name}' is met een wachtwoord beveiligd; pak het eerst uit zonder wachtwoord.",
        "'{name}' is password-protected; remove the password first.",
    ),
    "exchange.error.too_many_entries": (
        "'{name}' bevat meer dan {limit} bestanden; dat is te veel om veilig in te lezen.",
        "'{name}' holds more than {limit} files; that is too many to read safely.",
    ),
    "exchange.error.zip_bomb": (
        "'{name}' pakt uit tot veel te veel gegevens (mogelijk een zip-bom); er is niets "
        "ingelezen.",
        "'{name}' unpacks to far too much data (possibly a zip bomb); nothing was imported.",
    ),
    "exchange.error.bad_xml": (
        "'{name}' is geen geldige XML: {reason}", "'{name}' is not valid XML: {reason}"),
    "exchange.error.xml_dtd": (
        "'{name}' bevat een DTD-declaratie; die lezen we om veiligheidsredenen niet in.",
        "'{name}' contains a DTD declaration; it is refused for safety.",
    ),
    "exchange.error.not_refi": (
        "'{name}' is geen REFI-QDA-{kind}.", "'{name}' is not a REFI-QDA {kind}."),
    "exchange.error.no_project": (
        "In '{name}' staat geen project.qde; is het wel een .qdpx-bestand?",
        "'{name}' holds no project.qde; is it really a .qdpx file?",
    ),
    "exchange.error.bad_guid": (
        "'{guid}' in {where} is geen geldige GUID.", "'{guid}' in {where} is not a valid GUID."),
    "exchange.error.duplicate_guid": (
        "De GUID {guid} komt twee keer voor in het bestand.",
        "The GUID {guid} occurs twice in the file.",
    ),
    "exchange.error.dangling_ref": (
        "{where} verwijst naar {guid}, maar dat staat niet in het bestand.",
        "{where} refers to {guid}, which is not in the file.",
    ),
    "exchange.error.bad_offsets": (
        "Een fragment in '{source}' valt buiten de tekst ({start}-{end}, de tekst is {length} "
        "tekens lang).",
        "A fragment in '{source}' lies outside the text ({start}-{end}, the text is {length} "
        "characters long).",
    ),
    "exchange.error.missing_text": (
        "De tekst van '{source}' ontbreekt in het archief ({path}).",
        "The text of '{source}' is missing from the archive ({path}).",
    ),
    "exchange.error.external_text": (
        "De tekst van '{source}' staat buiten het archief ({path}); exporteer het project "
        "opnieuw met de teksten erin.",
        "The text of '{source}' is outside the archive ({path}); export the project again "
        "with the texts included.",
    ),
    "exchange.error.no_text": (
        "'{source}' heeft geen platte tekst (PlainTextContent of plainTextPath).",
        "'{source}' has no plain text (PlainTextContent or plainTextPath).",
    ),
    "exchange.error.text_encoding": (
        "De tekst van '{source}' is geen UTF-8.", "The text of '{source}' is not UTF-8."),
    "exchange.error.empty_codebook": (
        "Het codeboek is nog leeg; er is niets om te exporteren.",
        "The codebook is still empty; there is nothing to export.",
    ),
    "exchange.error.bad_kind": (
        "Onbekende soort '{kind}'. Kies uit: {kinds}.",
        "Unknown kind '{kind}'. Choose from: {kinds}.",
    ),
    "exchange.error.not_bundle": (
        "'{name}' is geen workbench-bundel.", "'{name}' is not a workbench bundle."),
    "exchange.error.newer_bundle": (
        "'{name}' komt van een nieuwere workbench (schemaversie {version}); werk deze "
        "workbench eerst bij.",
        "'{name}' comes from a newer workbench (schema version {version}); update this "
        "workbench first.",
    ),
    "exchange.error.bad_bundle": (
        "'{name}' is beschadigd: {reason}", "'{name}' is damaged: {reason}"),
    "exchange.error.identities_not_declared": (
        "'{name}' is beschadigd: volgens de inhoudsopgave zitten er geen echte namen in, maar "
        "die staan er wel in. Er is niets veranderd.",
        "'{name}' is damaged: its manifest says it holds no real names, but it does. Nothing "
        "was changed.",
    ),
    "exchange.error.other_workshop": (
        "'{name}' hoort bij de kenniswerkplaats '{theirs}', niet bij deze ('{ours}'). Er is "
        "niets veranderd. Een nieuwe laptop begint u met 'workbench join'. Wilt u echt twee "
        "kenniswerkplaatsen samenvoegen? Gebruik dan --other-workshop.",
        "'{name}' belongs to the workshop '{theirs}', not to this one ('{ours}'). Nothing "
        "was changed. Start a new laptop with 'workbench join'. Do you really want to merge "
        "two workshops? Then use --other-workshop.",
    ),
    "exchange.error.no_bundle_file": (
        "De bundel '{path}' bestaat niet.", "The bundle '{path}' does not exist."),
    "exchange.error.join_has_workshop": (
        "'{path}' heeft al een kenniswerkplaats ('{name}'). 'join' begint een nieuw "
        "workbench-bestand; gebruik 'workbench merge' om een bundel in deze samen te voegen.",
        "'{path}' already holds a workshop ('{name}'). 'join' starts a new workshop file; "
        "use 'workbench merge' to merge a bundle into this one.",
    ),
    "exchange.error.pin_no_terminal": (
        "Hiervoor is de begeleiderspincode nodig ({why}). Er is geen terminal om ernaar te "
        "vragen: geef hem mee met --pin.",
        "This needs the facilitator PIN ({why}). There is no terminal to ask for it: give it "
        "with --pin.",
    ),
    "exchange.pin_why.identities": (
        "de bundel bevat echte namen", "the bundle holds real names"),
    "exchange.pin_why.restore": (
        "terugzetten vervangt de kenniswerkplaats", "restoring replaces the workshop"),
    "exchange.merge.older_bundle": (
        "Let op: deze bundel van '{laptop}' is ouder dan een bundel van die laptop die hier "
        "al eerder is samengevoegd (gemaakt {date}). Er is niets teruggezet: nieuwere "
        "wijzigingen blijven staan.",
        "Note: this bundle from '{laptop}' is older than a bundle from that laptop merged "
        "here before (made {date}). Nothing was turned back: newer changes stay.",
    ),
    "exchange.merge.already_merged": (
        "Deze bundel van '{laptop}' was hier al samengevoegd.",
        "This bundle from '{laptop}' had been merged here already.",
    ),
    "exchange.merge.kept_newer": (
        "{n} rijen in de bundel waren ouder dan wat hier staat; de nieuwere zijn gebleven.",
        "{n} rows in the bundle were older than what is here; the newer ones stayed.",
    ),
    "exchange.merge.left_out": (
        "{n} vertellers uit de bundel zijn weggelaten: zij hebben hun toestemming "
        "ingetrokken.",
        "{n} storytellers in the bundle were left out: they withdrew their consent.",
    ),
    "exchange.merge.conflicts_header": (
        "Op beide laptops veranderd; kies welke versie blijft met 'workbench conflicts keep "
        "NUMMER first' (het verhaal zoals het nu is) of '… second' (de andere versie):",
        "Changed on both laptops; choose which version stays with 'workbench conflicts keep "
        "NUMBER first' (the story as it is now) or '… second' (the other version):",
    ),
    "exchange.merge.conflict_line": (
        "  {number}. '{title}' en '{copy}' (uit {source}, {date})",
        "  {number}. '{title}' and '{copy}' (from {source}, {date})",
    ),
    "exchange.pin_why.conflict": (
        "een versie van een verhaal gaat weg", "one version of a story goes"),
    "exchange.error.bad_keep": (
        "Kies '{choices}', niet '{keep}'.", "Choose '{choices}', not '{keep}'."),
    "exchange.error.no_conflict": (
        "Er is geen conflict {number}; 'workbench conflicts' toont er {n}.",
        "There is no conflict {number}; 'workbench conflicts' shows {n}.",
    ),
    "exchange.cli.kept_first": (
        "'{title}': de eerste versie blijft; de tweede is weggehaald, met "
        "{n} fragmenten die daarop gecodeerd waren.",
        "'{title}': the first version stays; the second was removed, with "
        "{n} fragments coded on it.",
    ),
    "exchange.cli.kept_second": (
        "'{title}': de tweede versie blijft, als dit verhaal; {n} fragmenten zijn "
        "meeverhuisd en het tweede verhaal is weggehaald.",
        "'{title}': the second version stays, as this story; {n} fragments moved along "
        "and the second story was removed.",
    ),
    "exchange.merge.no_conflicts": (
        "Er zijn geen verhalen met twee versies.", "There are no stories with two versions."),
    "exchange.cli.joined": (
        "Deze laptop doet nu mee met '{name}' ({stories} {stories|verhaal|verhalen}, dezelfde ids "
        "en "
        "topiclijst). Stel een begeleiderspincode in met: workbench pin",
        "This laptop now takes part in '{name}' ({stories} {stories|story|stories}, the same ids "
        "and topic "
        "list). Set a facilitator PIN with: workbench pin",
    ),
    "exchange.merge.kept_newer.one": (
        "1 rij in de bundel was ouder dan wat hier staat; de nieuwere is gebleven.",
        "1 row in the bundle was older than what is here; the newer one stayed.",
    ),
    "exchange.merge.left_out.one": (
        "1 verteller uit de bundel is weggelaten: die heeft de toestemming ingetrokken.",
        "1 storyteller in the bundle was left out: they withdrew their consent.",
    ),
    "exchange.cli.kept_first.one": (
        "'{title}': de eerste versie blijft; de tweede is weggehaald, met "
        "1 fragment dat daarop gecodeerd was.",
        "'{title}': the first version stays; the second was removed, with "
        "1 fragment coded on it.",
    ),
    "exchange.cli.kept_second.one": (
        "'{title}': de tweede versie blijft, als dit verhaal; 1 fragment is meeverhuisd en "
        "het tweede verhaal is weggehaald.",
        "'{title}': the second version stays, as this story; 1 fragment moved along and the "
        "second story was removed.",
    ),
    "exchange.damage.unknown_table": (
        "onbekende tabel '{table}'", "unknown table '{table}'"),
    "exchange.damage.columns": (
        "onbekende kolommen in '{table}'", "unknown columns in '{table}'"),
    "exchange.damage.key": (
        "de sleutel van '{table}' ontbreekt", "the key of '{table}' is missing"),
    "exchange.damage.missing": ("{entry} ontbreekt", "{entry} is missing"),
    "exchange.damage.duplicate": (
        "regel {line} van '{table}' herhaalt een sleutel die al eerder in de tabel staat",
        "line {line} of '{table}' repeats a key already in the table"),
    "exchange.damage.line": (
        "regel {line} van '{table}' is onleesbaar", "line {line} of '{table}' is unreadable"),
    "exchange.damage.count": (
        "'{table}' heeft {rows} {rows|rij|rijen}, de inhoudsopgave zegt {declared}",
        "'{table}' has {rows} {rows|row|rows}, the manifest says {declared}",
    ),
    "exchange.damage.clock_line": (
        "versie op regel {line} van '{table}' is onleesbaar",
        "version on line {line} of '{table}' is unreadable",
    ),
    "exchange.damage.clocks": (
        "de versies van '{table}' passen niet bij de rijen",
        "the versions of '{table}' do not match its rows",
    ),
    "exchange.cli.first_fragments_removed": (
        "{n} fragmenten van de eerste versie pasten niet in de tweede en zijn weggehaald.",
        "{n} fragments of the first version did not fit the second and were removed.",
    ),
    "exchange.cli.first_fragments_removed.one": (
        "1 fragment van de eerste versie paste niet in de tweede en is weggehaald.",
        "1 fragment of the first version did not fit the second and was removed.",
    ),
    "exchange.error.story_without_consent": (
        "De bundel is beschadigd: bij {n} verhalen hoort geen toestemming. Er is niets "
        "samengevoegd.",
        "The bundle is damaged: {n} stories come without consent. Nothing was merged.",
    ),
    "exchange.error.story_without_consent.one": (
        "De bundel is beschadigd: bij 1 verhaal hoort geen toestemming. Er is niets "
        "samengevoegd.",
        "The bundle is damaged: 1 story comes without consent. Nothing was merged.",
    ),
    "exchange.error.merge_failed": (
        "Samenvoegen lukte niet, er is niets veranderd: {reason}",
        "Merging failed and nothing was changed: {reason}",
    ),
    "exchange.report.pdf_areas.one": (
        '‘{source}’: de tekst van de pdf is ingelezen; 1 codering van een gebied op '
        'de pagina (zonder tekst) niet.',
        "‘{source}’: the PDF's text came in; 1 coding of an area on the page (without"
        ' text) did not.',
    ),
    "exchange.report.set_members.one": (
        'Set ‘{name}’: 1 bron of notitie in de set niet overgenomen (alleen codes).',
        'Set ‘{name}’: 1 source or note in the set left out (codes only).',
    ),
    "exchange.report.set_kept.one": (
        'Set ‘{name}’ bewaard als memo bij 1 code.',
        'Set ‘{name}’ kept as a memo on 1 code.',
    ),
    "exchange.report.variable.one": (
        'Variabele ‘{name}’ ({kind}, 1 waarde) niet overgenomen: kenmerken van '
        'vertellers komen nog niet mee.',
        "Variable ‘{name}’ ({kind}, 1 value) left out: storytellers' attributes do "
        'not come in yet.',
    ),
}
