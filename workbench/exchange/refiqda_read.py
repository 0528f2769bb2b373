"""Read a REFI-QDA project or codebook into plain data, checking every reference.

Reading is separate from writing: a file is read and checked completely (GUIDs valid and
unique, every reference pointing somewhere, every selection inside its text) before one
row is written, so a bad file changes nothing. refiqda_import.py writes the result.
"""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass, field
from typing import Any

from workbench.errors import InvalidInput
from workbench.exchange.refiqda_tree import FACTOR_ROOT_GUID, map_offset, normalise_text
from workbench.exchange.safety import SafeZip, entry_name, parse_xml

_TYPE_LINE = re.compile(r"^\s*(?:soort|type)\s*:\s*(\w+)\s*$", re.IGNORECASE)
_TYPES = {"inhoudelijk": "substantive", "substantive": "substantive",
          "procesmatig": "procedural", "procedural": "procedural"}


@dataclass
class Code:
    guid: str
    name: str
    codable: bool
    color: str | None
    description: str
    parent: str | None
    position: int
    notes: list[str] = field(default_factory=list)


@dataclass
class Factor:
    guid: str
    name: str
    type: str
    description: str
    practice: str | None  # practice name, None = workshop-wide
    position: int
    elements: list[Code] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)  # memos on the factor


@dataclass
class Selection:
    guid: str
    start: int
    end: int
    text: str
    codings: list[tuple[str, str, str | None]]  # (coding guid, code guid, user guid)
    notes: list[str]
    user: str | None
    created: str | None


@dataclass
class Source:
    guid: str
    name: str
    text: str
    selections: list[Selection]
    created: str | None


@dataclass
class Case:
    guid: str
    name: str
    values: dict[str, str]  # variable name (lower case) -> value
    sources: list[str]


@dataclass
class Project:
    name: str
    origin: str
    codes: list[Code] = field(default_factory=list)
    factors: list[Factor] = field(default_factory=list)
    factor_sets: dict[str, list[str]] = field(default_factory=dict)  # factor guid -> codes
    sources: list[Source] = field(default_factory=list)
    cases: list[Case] = field(default_factory=list)
    notes: dict[str, str] = field(default_factory=dict)  # guid -> text
    users: dict[str, str] = field(default_factory=dict)  # guid -> name
    skipped_sources: int = 0
    # Sets other than our own factor sets: guid -> (name, description, member code guids)
    sets: dict[str, tuple[str, str, list[str]]] = field(default_factory=dict)
    links: list[Link] = field(default_factory=list)
    # what was read but cannot come in, each (message key, params) for the import report
    left_out: list[tuple[str, dict[str, Any]]] = field(default_factory=list)
    variable_types: dict[str, str] = field(default_factory=dict)  # name (lower) -> type
    variable_names: dict[str, str] = field(default_factory=dict)  # name (lower) -> as written
    source_notes: dict[str, list[str]] = field(default_factory=dict)  # source name -> notes
    # source (story) guid -> notes on the whole source, and on points in it (no text)
    story_notes: dict[str, list[str]] = field(default_factory=dict)
    project_notes: list[str] = field(default_factory=list)  # note guids


@dataclass
class Link:
    guid: str
    name: str
    origin: str
    target: str
    notes: list[str]


def guid_of(value: str | None, where: str) -> str:
    """A GUID in our form (lower case, hyphenated, no braces); refuses anything else."""
    raw = (value or "").strip()
    try:
        return str(uuid.UUID(raw.strip("{}")))
    except ValueError:
        raise InvalidInput("exchange.error.bad_guid", guid=raw[:60], where=where) from None


class _Reader:
    def __init__(self, root: Any, label: str) -> None:
        self.root = root
        self.label = label
        self.ns = root.nsmap.get(None) or ""
        self.guids: set[str] = set()

    def q(self, tag: str) -> str:
        return f"{{{self.ns}}}{tag}" if self.ns else tag

    def kids(self, node: Any, tag: str) -> list[Any]:
        return node.findall(self.q(tag)) if node is not None else []

    def kid(self, node: Any, tag: str) -> Any:
        return node.find(self.q(tag)) if node is not None else None

    def text_of(self, node: Any, tag: str) -> str:
        child = self.kid(node, tag)
        return (child.text or "") if child is not None else ""

    def own_guid(self, node: Any, where: str) -> str:
        guid = guid_of(node.get("guid"), where)
        if guid in self.guids:
            raise InvalidInput("exchange.error.duplicate_guid", guid=guid)
        self.guids.add(guid)
        return guid

    def ref(self, node: Any, attr: str = "targetGUID") -> str:
        return guid_of(node.get(attr), self.label)

    # -- codes ---------------------------------------------------------------

    def codes(self, codes_el: Any, project: Project, *, note_refs: bool) -> None:
        def walk(node: Any, parent: str | None, depth_path: list[str]) -> None:
            for position, code_el in enumerate(self.kids(node, "Code")):
                guid = self.own_guid(code_el, code_el.get("name") or "Code")
                if guid == FACTOR_ROOT_GUID:
                    self.factor_tree(code_el, project, note_refs=note_refs)
                    continue
                code = Code(guid=guid, name=(code_el.get("name") or "").strip() or "?",
                            codable=code_el.get("isCodable", "true").strip() in ("true", "1"),
                            color=code_el.get("color"),
                            description=self.text_of(code_el, "Description"),
                            parent=parent, position=position)
                if note_refs:
                    code.notes = [self.ref(n) for n in self.kids(code_el, "NoteRef")]
                project.codes.append(code)
                walk(code_el, guid, [*depth_path, guid])

        walk(codes_el, None, [])

    def factor_tree(self, root_el: Any, project: Project, *, note_refs: bool) -> None:
        """Our own factor tree from an earlier export: root -> [practice ->] factor -> elements."""
        for child in self.kids(root_el, "Code"):
            grand = self.kids(child, "Code")
            is_group = bool(grand) and all(g.get("isCodable", "true") == "false" for g in grand)
            if is_group:
                self.own_guid(child, child.get("name") or "Code")
                for factor_el in grand:
                    self.factor(factor_el, project, (child.get("name") or "").strip() or None,
                                note_refs=note_refs)
            else:
                self.factor(child, project, None, note_refs=note_refs)

    def factor(self, node: Any, project: Project, practice: str | None, *,
               note_refs: bool) -> None:
        guid = self.own_guid(node, node.get("name") or "Code")
        lines = self.text_of(node, "Description").rstrip().split("\n")
        kind = "substantive"
        match = _TYPE_LINE.match(lines[-1]) if lines else None
        if match and match.group(1).lower() in _TYPES:
            kind = _TYPES[match.group(1).lower()]
            lines = lines[:-1]
        factor = Factor(guid=guid, name=(node.get("name") or "").strip() or "?", type=kind,
                        description="\n".join(lines).strip(), practice=practice,
                        position=len(project.factors),
                        notes=[self.ref(n) for n in self.kids(node, "NoteRef")]
                        if note_refs else [])
        for position, element_el in enumerate(self.kids(node, "Code")):
            element_guid = self.own_guid(element_el, element_el.get("name") or "Code")
            factor.elements.append(Code(guid=element_guid,
                                        name=(element_el.get("name") or "").strip() or "?",
                                        codable=True, color=None, description="",
                                        parent=guid, position=position))
        project.factors.append(factor)


def read_codebook(data: bytes, label: str) -> Project:
    """A .qdc codebook: codes, our factor tree, and factor Sets."""
    root = parse_xml(data, label)
    reader = _Reader(root, label)
    if root.tag != reader.q("CodeBook"):
        raise InvalidInput("exchange.error.not_refi", name=label, kind="codebook")
    project = Project(name="", origin=root.get("origin") or "")
    codes_el = reader.kid(root, "Codes")
    if codes_el is not None:
        reader.codes(codes_el, project, note_refs=False)
    for set_el in reader.kids(reader.kid(root, "Sets"), "Set"):
        members = [guid_of(m.get("guid"), label) for m in reader.kids(set_el, "MemberCode")]
        project.factor_sets[reader.own_guid(set_el, "Set")] = members
    _check_code_refs(project, [code for members in project.factor_sets.values()
                               for code in members], "Set")
    return project


def _check_code_refs(project: Project, refs: list[str], where: str) -> None:
    known = {c.guid for c in project.codes}
    known.update(e.guid for f in project.factors for e in f.elements)
    for guid in refs:
        if guid not in known:
            raise InvalidInput("exchange.error.dangling_ref", where=where, guid=guid)


def read_project(archive: SafeZip, label: str) -> Project:
    """A .qdpx archive: the project document with every source text loaded and checked."""
    names = [n for n in archive.names() if "/" not in n and n.lower().endswith(".qde")]
    if not names:
        raise InvalidInput("exchange.error.no_project", name=label)
    preferred = [n for n in names if n.lower() == "project.qde"]
    root = parse_xml(archive.read((preferred or names)[0]), label)
    r = _Reader(root, label)
    if root.tag != r.q("Project"):
        raise InvalidInput("exchange.error.not_refi", name=label, kind="project")
    project = Project(name=root.get("name") or "", origin=root.get("origin") or "")
    for user in r.kids(r.kid(root, "Users"), "User"):
        project.users[r.own_guid(user, "User")] = (user.get("name") or "").strip()
    codes_el = r.kid(r.kid(root, "CodeBook"), "Codes")
    if codes_el is not None:
        r.codes(codes_el, project, note_refs=True)
    variables = {}
    for variable in r.kids(r.kid(root, "Variables"), "Variable"):
        written = (variable.get("name") or "").strip()
        variables[r.own_guid(variable, "Variable")] = written.lower()
        project.variable_types[written.lower()] = (variable.get("typeOfVariable") or "Text")
        project.variable_names[written.lower()] = written
    for note in r.kids(r.kid(root, "Notes"), "Note"):
        guid = r.own_guid(note, "Note")
        project.notes[guid] = _note_text(r, archive, note, label)
    project.project_notes = [r.ref(n) for n in r.kids(root, "NoteRef")]
    code_refs: list[tuple[str, str]] = []
    alias: dict[str, str] = {}  # a PDF source's guid -> its text representation's guid
    sources_el = r.kid(root, "Sources")
    for source_el in list(sources_el) if sources_el is not None else []:
        kind = source_el.tag.rsplit("}", 1)[-1]
        name = (source_el.get("name") or "").strip()
        if kind == "TextSource":
            project.sources.append(_source(r, archive, source_el, project, code_refs))
            continue
        representation = r.kid(source_el, "Representation") if kind == "PDFSource" else None
        if representation is not None:
            # The tool's own text of the PDF: imported as the story, with its codings.
            pdf_guid = r.own_guid(source_el, name or "PDFSource")
            story = _source(r, archive, representation, project, code_refs, name=name)
            project.sources.append(story)
            alias[pdf_guid] = story.guid
            _source_notes(r, source_el, project, name or pdf_guid)
            project.story_notes.setdefault(story.guid, []).extend(
                r.ref(n) for n in r.kids(source_el, "NoteRef"))
            lost = len(r.kids(source_el, "PDFSelection")) + len(r.kids(source_el, "Coding"))
            if lost:
                project.left_out.append(("exchange.report.pdf_areas",
                                         {"source": name or pdf_guid, "n": lost}))
            continue
        r.own_guid(source_el, name or kind)  # a Case may still point to it
        project.skipped_sources += 1
        project.left_out.append(("exchange.report.source_skipped",
                                 {"source": name or "-", "kind": kind.replace("Source", "")}))
    source_guids = {s.guid for s in project.sources}
    for case_el in r.kids(r.kid(root, "Cases"), "Case"):
        case = Case(guid=r.own_guid(case_el, "Case"), name=(case_el.get("name") or "").strip(),
                    values={}, sources=[])
        for value in r.kids(case_el, "VariableValue"):
            ref = r.kid(value, "VariableRef")
            variable = r.ref(ref) if ref is not None else ""
            if variable not in variables:
                raise InvalidInput("exchange.error.dangling_ref", where=case.name or "Case",
                                   guid=variable or "-")
            texts = [child.text or "" for child in value if child is not ref]
            case.values[variables[variable]] = (texts[0] if texts else "").strip()
        for ref in r.kids(case_el, "SourceRef"):
            guid = alias.get(r.ref(ref), r.ref(ref))
            if guid not in source_guids and r.ref(ref) not in r.guids:
                raise InvalidInput("exchange.error.dangling_ref", where=case.name or "Case",
                                   guid=guid)
            case.sources.append(guid)
        project.cases.append(case)
    for set_el in r.kids(r.kid(root, "Sets"), "Set"):
        members = [r.ref(m) for m in r.kids(set_el, "MemberCode")]
        set_guid = r.own_guid(set_el, "Set")
        project.factor_sets[set_guid] = members
        project.sets[set_guid] = ((set_el.get("name") or "").strip() or "?",
                                  r.text_of(set_el, "Description").strip(), members)
        code_refs.extend(("Set", guid) for guid in members)
        others = len(r.kids(set_el, "MemberSource")) + len(r.kids(set_el, "MemberNote"))
        if others:
            project.left_out.append(("exchange.report.set_members",
                                     {"name": set_el.get("name") or "?", "n": others}))
    for link_el in r.kids(r.kid(root, "Links"), "Link"):
        project.links.append(Link(
            guid=r.own_guid(link_el, "Link"), name=(link_el.get("name") or "").strip(),
            origin=guid_of(link_el.get("originGUID"), "Link") if link_el.get("originGUID")
            else "", target=guid_of(link_el.get("targetGUID"), "Link")
            if link_el.get("targetGUID") else "",
            notes=[r.ref(n) for n in r.kids(link_el, "NoteRef")]))
    for graph in r.kids(r.kid(root, "Graphs"), "Graph"):
        project.left_out.append(("exchange.report.graph", {"name": graph.get("name") or "?"}))
    known = {c.guid for c in project.codes} | {e.guid for f in project.factors
                                                for e in f.elements}
    for where, guid in code_refs:
        if guid not in known:
            raise InvalidInput("exchange.error.dangling_ref", where=where, guid=guid)
    all_note_refs = [n for c in project.codes for n in c.notes]
    all_note_refs += [n for s in project.sources for sel in s.selections for n in sel.notes]
    all_note_refs += [n for link in project.links for n in link.notes]
    all_note_refs += project.project_notes
    all_note_refs += [n for notes in project.source_notes.values() for n in notes]
    all_note_refs += [n for factor in project.factors for n in factor.notes]
    for guid in all_note_refs:
        if guid not in project.notes:
            raise InvalidInput("exchange.error.dangling_ref", where="NoteRef", guid=guid)
    description = r.text_of(root, "Description").strip()
    if description:
        project.left_out.append(("exchange.report.project_description",
                                 {"start": _start(description)}))
    # notes on the project and on whole sources come in as memos (issue 19): nothing left out
    return project


def _start(text: str, width: int = 60) -> str:
    """The first words of a note, to name it in the report."""
    flat = " ".join(text.split())
    return flat if len(flat) <= width else flat[: width - 1].rstrip() + "…"


def _source_notes(r: _Reader, node: Any, project: Project, name: str) -> None:
    notes = [r.ref(n) for n in r.kids(node, "NoteRef")]
    if notes:
        project.source_notes.setdefault(name, []).extend(notes)


def _load_text(r: _Reader, archive: SafeZip, node: Any, label: str, name: str) -> str:
    content = r.kid(node, "PlainTextContent")
    if content is not None:
        return content.text or ""
    path = (node.get("plainTextPath") or "").strip()
    if not path:
        raise InvalidInput("exchange.error.no_text", source=name)
    if path.startswith("internal://"):
        inner = path[len("internal://"):]
    elif "://" in path:
        raise InvalidInput("exchange.error.external_text", source=name, path=path)
    else:
        inner = path
    # Tools write Sources/ or sources/ (find is case-insensitive), a few the archive root.
    stored = archive.find(entry_name("sources", inner)) or archive.find(inner)
    if stored is None:
        raise InvalidInput("exchange.error.missing_text", source=name, path=path)
    try:
        return archive.read(stored).decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise InvalidInput("exchange.error.text_encoding", source=name) from error


def _note_text(r: _Reader, archive: SafeZip, node: Any, label: str) -> str:
    try:
        return _load_text(r, archive, node, label, node.get("name") or "Note")
    except InvalidInput:
        return ""  # a note without text is still a note; nothing depends on it


def _source(r: _Reader, archive: SafeZip, node: Any, project: Project,
            code_refs: list[tuple[str, str]], *, name: str | None = None) -> Source:
    name = (name if name is not None else node.get("name") or "").strip()
    guid = r.own_guid(node, name or "TextSource")
    _source_notes(r, node, project, name or guid)
    project.story_notes.setdefault(guid, []).extend(r.ref(n) for n in r.kids(node, "NoteRef"))
    raw = _load_text(r, archive, node, r.label, name or guid)
    text, removed = normalise_text(raw)
    selections = []
    for sel in r.kids(node, "PlainTextSelection"):
        sel_guid = r.own_guid(sel, name or "PlainTextSelection")
        try:
            start = int(sel.get("startPosition", ""))
            end = int(sel.get("endPosition", ""))
        except ValueError:
            start, end = -1, -1
        if 0 <= start == end <= len(raw):
            # A point (MAXQDA and ATLAS.ti allow them): no text to make a fragment of.
            project.left_out.append(("exchange.report.point_selection", {
                "source": name or guid, "position": start,
                "codings": len(r.kids(sel, "Coding")), "notes": len(r.kids(sel, "NoteRef"))}))
            for ref in r.kids(sel, "NoteRef"):
                project.source_notes.setdefault(name or guid, []).append(r.ref(ref))
                project.story_notes.setdefault(guid, []).append(r.ref(ref))
            continue
        if not 0 <= start < end <= len(raw):
            raise InvalidInput("exchange.error.bad_offsets", source=name or guid,
                               start=sel.get("startPosition"), end=sel.get("endPosition"),
                               length=len(raw))
        start, end = map_offset(start, removed), map_offset(end, removed)
        codings = []
        for coding in r.kids(sel, "Coding"):
            ref = r.kid(coding, "CodeRef")
            code = r.ref(ref) if ref is not None else ""
            code_refs.append((name or guid, code))
            codings.append((r.own_guid(coding, "Coding"), code, _user(coding, project)))
        selections.append(Selection(
            guid=sel_guid, start=start, end=end, text=text[start:end], codings=codings,
            notes=[r.ref(n) for n in r.kids(sel, "NoteRef")],
            user=_user(sel, project), created=sel.get("creationDateTime")))
    # Codings on the whole source become one fragment spanning the text.
    whole = []
    for coding in r.kids(node, "Coding"):
        ref = r.kid(coding, "CodeRef")
        code = r.ref(ref) if ref is not None else ""
        code_refs.append((name or guid, code))
        whole.append((r.own_guid(coding, "Coding"), code, _user(coding, project)))
    if whole and text:
        selections.append(Selection(
            guid=str(uuid.uuid5(uuid.UUID(guid), "whole")), start=0, end=len(text), text=text,
            codings=whole, notes=[], user=None, created=None))
    return Source(guid=guid, name=name, text=text, selections=selections,
                  created=node.get("creationDateTime"))


def _user(node: Any, project: Project) -> str | None:
    value = node.get("creatingUser")
    if not value:
        return None
    try:
        guid = str(uuid.UUID(value.strip().strip("{}")))
    except ValueError:
        return None
    return project.users.get(guid)  # an unknown user is not worth refusing a file for
