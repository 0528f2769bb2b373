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
        "Geschreven: {path} ({stories} verhalen, {codes} codes, {fragments} fragmenten, "
        "{notes} notities).",
        "Written: {path} ({stories} stories, {codes} codes, {fragments} fragments, "
        "{notes} notes).",
    ),
    "exchange.cli.exported_qdc": (
        "Geschreven: {path} ({codes} codes).", "Written: {path} ({codes} codes)."),
    "exchange.cli.exported_csv": (
        "Geschreven: {path} ({rows} regels).", "Written: {path} ({rows} rows)."),
    "exchange.cli.imported_qdpx": (
        "Ingelezen uit {name}: {stories} nieuwe verhalen ({known} waren er al), {codes} nieuwe "
        "codes, {fragments} fragmenten, {codings} coderingen.",
        "Imported from {name}: {stories} new stories ({known} were here already), {codes} new "
        "codes, {fragments} fragments, {codings} codings.",
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
    "exchange.cli.imported_qdc": (
        "Ingelezen uit {name}: {codes} nieuwe codes ({known} waren er al), {factors} werkzame "
        "factoren.",
        "Imported from {name}: {codes} new codes ({known} were here already), {factors} "
        "working factors.",
    ),
    "exchange.cli.bundled": (
        "Bundel geschreven: {path} ({rows} rijen, schemaversie {version}). Neem hem mee en "
        "voeg hem samen met: workbench merge {path}",
        "Bundle written: {path} ({rows} rows, schema version {version}). Take it along and "
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
    "exchange.cli.backup": (
        "Reservekopie van voor het samenvoegen: {path}", "Backup from before the merge: {path}"),
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
    "exchange.error.merge_failed": (
        "Samenvoegen lukte niet, er is niets veranderd: {reason}",
        "Merging failed and nothing was changed: {reason}",
    ),
}
