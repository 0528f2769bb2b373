"""Build the ``project.qde`` tree of a .qdpx export (see refiqda.py for the mapping)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from workbench.exchange.refiqda_tree import (
    ORIGIN,
    PROJECT_NS,
    ExportSummary,
    Progress,
    TreeBuilder,
    derived_guid,
    map_offset,
    normalise_text,
    qda_datetime,
)
from workbench.i18n import t
from workbench.store import Store
from workbench.workshop import require_workshop

# our attribute kinds as REFI-QDA variable types, and the element each type's value goes in
REFI_TYPES = {"text": "Text", "number": "Float", "date": "Date", "boolean": "Boolean",
              "choice": "Text"}
VALUE_ELEMENTS = {"Text": "TextValue", "Float": "FloatValue", "Date": "DateValue",
                  "Boolean": "BooleanValue", "Integer": "IntegerValue"}


def _notes(store: Store) -> tuple[list[dict[str, Any]], dict[str, list[str]],
                                  dict[str, list[str]], list[str], dict[str, list[str]]]:
    """Every note with where it hangs: on a code/factor/element, a fragment, the project, or
    a story."""
    notes: list[dict[str, Any]] = []
    on_code: dict[str, list[str]] = {}
    on_fragment: dict[str, list[str]] = {}
    on_project: list[str] = []
    on_story: dict[str, list[str]] = {}
    for memo in store.all("SELECT * FROM object_memos ORDER BY created_at, id"):
        # memos on the workshop, a story or a working factor (issue 19)
        notes.append({"guid": memo["id"], "name": t("exchange.refi.memo"), "text": memo["text"],
                      "user": memo["author"], "at": memo["created_at"]})
        if memo["kind"] == "project":
            on_project.append(memo["id"])
        elif memo["kind"] == "story":
            on_story.setdefault(memo["target_id"], []).append(memo["id"])
        else:
            on_code.setdefault(memo["target_id"], []).append(memo["id"])
    for memo in store.all("SELECT * FROM memos ORDER BY created_at, id"):
        notes.append({"guid": memo["id"], "name": t("exchange.refi.memo"), "text": memo["text"],
                      "user": memo["author"], "at": memo["created_at"]})
        if memo["code_id"]:
            on_code.setdefault(memo["code_id"], []).append(memo["id"])
        else:
            on_fragment.setdefault(memo["fragment_id"], []).append(memo["id"])
    for rating in store.all(
        "SELECT r.*, s.name AS session, s.created_at AS at FROM ratings r "
        "JOIN ballots b ON b.id = r.ballot_id JOIN sessions s ON s.id = b.session_id "
        "WHERE trim(r.reason) != '' ORDER BY s.created_at, r.id"
    ):
        score = rating["score"] if rating["score"] is not None else "-"
        notes.append({"guid": rating["id"],
                      "name": t("exchange.refi.rating_note", session=rating["session"],
                                score=score),
                      "text": rating["reason"], "user": None, "at": rating["at"]})
        on_code.setdefault(rating["element_id"] or rating["factor_id"], []).append(rating["id"])
    for addition in store.all(
        "SELECT a.*, s.name AS session FROM additions a JOIN sessions s ON s.id = a.session_id "
        "ORDER BY a.created_at, a.id"
    ):
        notes.append({"guid": addition["id"],
                      "name": t("exchange.refi.addition_note", session=addition["session"]),
                      "text": addition["text"], "user": None, "at": addition["created_at"]})
        on_code.setdefault(addition["factor_id"], []).append(addition["id"])
    for card in store.all(
        "SELECT c.*, s.name AS session FROM session_cards c JOIN sessions s ON s.id = c.session_id "
        "ORDER BY c.created_at, c.id"
    ):
        notes.append({"guid": card["id"],
                      "name": t(f"exchange.refi.card.{card['kind']}", session=card["session"]),
                      "text": card["text"], "user": None, "at": card["created_at"]})
        on_project.append(card["id"])
    return notes, on_code, on_fragment, on_project, on_story


def build_project(
    store: Store,
    summary: ExportSummary,
    add_text: Callable[[str, str], None],
    *,
    include_identities: bool = False,
    progress: Progress | None = None,
) -> Any:
    """The ``<Project>`` element; each story's text is handed to ``add_text(guid, text)``."""
    workshop = require_workshop(store)
    b = TreeBuilder(store, PROJECT_NS)
    root = b.el(None, "Project", name=workshop["name"] or "workbench", origin=ORIGIN,
                creationDateTime=qda_datetime(workshop["created_at"]),
                modifiedDateTime=qda_datetime(workshop["updated_at"]))
    notes, code_notes, fragment_notes, project_notes, story_notes = _notes(store)

    codebook = b.el(root, "CodeBook")
    codes_el = b.el(codebook, "Codes")
    written = b.code_tree(codes_el, with_notes=True, code_notes=code_notes)
    summary.codes = store.scalar("SELECT count(*) FROM codes") or 0
    summary.factors = store.scalar("SELECT count(*) FROM factors") or 0
    if written == 0:
        root.remove(codebook)  # <Codes> may not be empty

    # Variables: what the other tool can sort and compare cases by.
    variables = b.el(root, "Variables")
    variable_guid = {key: derived_guid("variable", key) for key in ("role", "role_label",
                                                                    "practice")}
    for key, guid in variable_guid.items():
        node = b.el(variables, "Variable", guid=guid, name=t(f"exchange.refi.var.{key}"),
                    typeOfVariable="Text")
        b.text_el(node, "Description", t(f"exchange.refi.var.{key}.help"))
    # the facilitator's case attributes (issue 19), each with its REFI type
    attributes = store.all("SELECT * FROM attributes ORDER BY position, name") if store.scalar(
        "SELECT 1 FROM sqlite_master WHERE name = 'attributes'") else []
    for attribute in attributes:
        b.el(variables, "Variable", guid=attribute["id"], name=attribute["name"],
             typeOfVariable=REFI_TYPES.get(attribute["kind"], "Text"))
    attribute_values: dict[str, list[dict[str, Any]]] = {}
    if attributes:
        for row in store.all("SELECT * FROM attribute_values"):
            attribute_values.setdefault(row["storyteller_id"], []).append(row)
    kinds = {a["id"]: a["kind"] for a in attributes}

    tellers = store.all(
        "SELECT s.*, p.name AS practice_name FROM storytellers s "
        "LEFT JOIN practices p ON p.id = s.practice_id ORDER BY s.pseudonym"
    )
    identities = {}
    if include_identities:
        identities = {r["storyteller_id"]: r for r in store.all("SELECT * FROM identities")}
    stories = store.all("SELECT * FROM stories ORDER BY created_at, id")
    stories_of: dict[str, list[str]] = {}
    for story in stories:
        stories_of.setdefault(story["storyteller_id"], []).append(story["id"])
    if tellers:
        cases = b.el(root, "Cases")
        for teller in tellers:
            case = b.el(cases, "Case", guid=teller["id"], name=teller["pseudonym"])
            identity = identities.get(teller["id"])
            if identity:
                b.text_el(case, "Description", t("exchange.refi.identity",
                                                  name=identity["real_name"],
                                                  contact=identity["contact"]))
            values = {"role": t(f"role.{teller['role'] or 'unknown'}"),
                      "role_label": teller["role_label"],
                      "practice": teller["practice_name"] or ""}
            for key, value in values.items():
                vv = b.el(case, "VariableValue")
                b.el(vv, "VariableRef", targetGUID=variable_guid[key])
                b.text_el(vv, "TextValue", value)
            for row in attribute_values.get(teller["id"], []):
                vv = b.el(case, "VariableValue")
                b.el(vv, "VariableRef", targetGUID=row["attribute_id"])
                kind = kinds[row["attribute_id"]]
                b.text_el(vv, VALUE_ELEMENTS.get(REFI_TYPES.get(kind, "Text"), "TextValue"),
                          row["value"])
            for story_id in stories_of.get(teller["id"], []):
                b.el(case, "SourceRef", targetGUID=story_id)
            summary.cases += 1
    else:
        root.remove(variables)

    fragments: dict[str, list[dict[str, Any]]] = {}
    for row in store.all("SELECT * FROM fragments ORDER BY story_id, start, end, id"):
        fragments.setdefault(row["story_id"], []).append(row)
    codings: dict[str, list[dict[str, Any]]] = {}
    for row in store.all("SELECT * FROM codings ORDER BY created_at, id"):
        codings.setdefault(row["fragment_id"], []).append(row)
    tellers_by_id = {teller["id"]: teller for teller in tellers}

    if stories:
        sources = b.el(root, "Sources")
        total = len(stories)
        for index, story in enumerate(stories, start=1):
            text, removed = normalise_text(story["text"] or "")
            told_by = tellers_by_id.get(story["storyteller_id"])
            name = story["title"] or t("exchange.refi.source_name",
                                       pseudonym=told_by["pseudonym"] if told_by else "?",
                                       date=story["recorded_on"] or story["created_at"][:10])
            source = b.el(sources, "TextSource", guid=story["id"], name=name,
                          plainTextPath=f"internal://{story['id']}.txt",
                          creationDateTime=qda_datetime(story["created_at"]),
                          modifiedDateTime=qda_datetime(story["updated_at"]))
            add_text(story["id"], text)
            length = len(text)
            for fragment in fragments.get(story["id"], []):
                start = map_offset(fragment["start"], removed)
                end = map_offset(fragment["end"], removed)
                if not 0 <= start < end <= length:
                    continue  # a fragment that no longer fits its story (stale data)
                selection = b.el(
                    source, "PlainTextSelection", guid=fragment["id"],
                    name=text[start:end][:60], startPosition=str(start), endPosition=str(end),
                    creatingUser=b.user(fragment["created_by"]),
                    creationDateTime=qda_datetime(fragment["created_at"]))
                summary.fragments += 1
                for coding in codings.get(fragment["id"], []):
                    coding_el = b.el(selection, "Coding", guid=coding["id"],
                                     creatingUser=b.user(coding["coder"]),
                                     creationDateTime=qda_datetime(coding["created_at"]))
                    b.el(coding_el, "CodeRef", targetGUID=coding["code_id"])
                    summary.codings += 1
                for note_id in fragment_notes.get(fragment["id"], []):
                    b.el(selection, "NoteRef", targetGUID=note_id)
            for note_id in story_notes.get(story["id"], []):
                b.el(source, "NoteRef", targetGUID=note_id)
            summary.stories += 1
            if progress is not None and (index % 200 == 0 or index == total):
                progress(index, total)

    if notes:
        notes_el = b.el(root, "Notes")
        for note in notes:
            node = b.el(notes_el, "Note", guid=note["guid"], name=note["name"],
                        creatingUser=b.user(note["user"]),
                        creationDateTime=qda_datetime(note["at"]))
            b.text_el(node, "PlainTextContent", note["text"] or "")
        summary.notes = len(notes)

    factor_sets = b.factor_sets()
    if factor_sets:
        sets_el = b.el(root, "Sets")
        for item in factor_sets:
            node = b.el(sets_el, "Set", guid=item["guid"], name=item["name"])
            b.text_el(node, "Description", t("exchange.refi.set_description"))
            for code_id in item["codes"]:
                b.el(node, "MemberCode", targetGUID=code_id)
            for story_id in item["sources"]:
                b.el(node, "MemberSource", targetGUID=story_id)

    if workshop["description"]:
        b.text_el(root, "Description", workshop["description"])
    for note_id in project_notes:
        b.el(root, "NoteRef", targetGUID=note_id)

    if b.users:
        users = b.el(None, "Users")
        for name, guid in sorted(b.users.items()):
            b.el(users, "User", guid=guid, name=name)
        root.insert(0, users)  # Users come first in the schema's sequence
    return root
