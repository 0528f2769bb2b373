"""REFI-QDA import: bring stories, codes and codings made in another tool into the workshop.

The whole file is read and checked first (refiqda_read.py); then everything is written in
one transaction, so a file that fails halfway leaves the workshop as it was.

Matching: a code, story, fragment or coding whose GUID is already here is the same thing
(tools keep GUIDs, so codings made elsewhere on our own export come back onto our stories);
a code with the same name under the same parent is the same code; a Case with the same
pseudonym is the same storyteller. A story whose GUID is known but whose text changed
elsewhere is kept beside ours as a new story, never written over. Importing the same file
twice adds nothing the second time.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from workbench.collect.stories import ROLES, content_hash
from workbench.errors import InvalidInput, WorkbenchError
from workbench.exchange.refiqda_read import Case, Project, read_codebook, read_project
from workbench.exchange.refiqda_tree import derived_guid, normalise_text, qda_color
from workbench.exchange.safety import Limits, SafeZip
from workbench.i18n import t
from workbench.store import Store, new_id, now
from workbench.workshop import require_workshop

_ROLE_NAMES = {"rol", "role"}
_ROLE_LABEL_NAMES = {"rol in eigen woorden", "role in own words", "role_label", "rolomschrijving"}
_PRACTICE_NAMES = {"praktijk", "practice", "location", "locatie"}
MAX_CODEBOOK_BYTES = 64 << 20


@dataclass
class ImportReport:
    """What an import did, for the message the user reads afterwards."""

    stories_added: int = 0
    stories_known: int = 0
    stories_changed: int = 0  # known GUID, other text: kept as a second story
    storytellers_added: int = 0
    practices_added: int = 0
    codes_added: int = 0
    codes_known: int = 0
    factors_added: int = 0
    fragments_added: int = 0
    codings_added: int = 0
    memos_added: int = 0
    skipped_sources: int = 0
    changed_titles: list[str] = field(default_factory=list)
    # what did not come in (or came in differently), and why: (message key, params)
    left_out: list[tuple[str, dict[str, Any]]] = field(default_factory=list)

    def lines(self) -> list[str]:
        """The report's lines about what was left out, in the user's language."""
        return [t(key, **params) for key, params in self.left_out]


def _role_of(value: str, default: str | None) -> str | None:
    wanted = value.strip().casefold()
    for role in ROLES:
        if wanted in (role, t(f"role.{role}", "nl").casefold(),
                      t(f"role.{role}", "en").casefold()):
            return role
    return default


def _unassigned(value: str) -> bool:
    """'rol onbekend' / 'role unknown': how the workbench exports an unassigned role."""
    wanted = value.strip().casefold()
    return bool(wanted) and wanted in (t("role.unknown", "nl").casefold(),
                                       t("role.unknown", "en").casefold())


def parse_role_map(text: str) -> dict[str, str]:
    """``mother=parent,vader=ouder`` as {value (case-folded): role}; roles in either language."""
    found: dict[str, str] = {}
    for part in (text or "").split(","):
        if not part.strip():
            continue
        value, sep, role = part.partition("=")
        known = _role_of(role, None) if sep else None
        if not value.strip() or known is None:
            raise InvalidInput("exchange.error.role_map", part=part.strip(),
                               roles=", ".join(t(f"role.{r}") for r in ROLES))
        found[value.strip().casefold()] = known
    return found


class _Writer:
    def __init__(self, store: Store, report: ImportReport, label: str,
                 role_map: dict[str, str] | None = None) -> None:
        self.role_map = role_map or {}
        self.unknown_roles: dict[str, list[str]] = {}  # value as written -> pseudonyms
        self.mapped_roles: dict[tuple[str, str], int] = {}  # (value, role) -> storytellers
        self.store = store
        self.report = report
        self.label = label
        self.stamp = now()
        self.practices = {row["name"].casefold(): row["id"]
                          for row in store.all("SELECT id, name FROM practices")}
        self.code_map: dict[str, str] = {}
        self.element_factor: dict[str, str] = {}
        # storyteller id -> practice, and pseudonym -> id: looked up once, not per story
        self.tellers: dict[str, str | None] = {}
        self.pseudonyms: dict[str, str] = {}
        for row in store.all("SELECT id, pseudonym, practice_id FROM storytellers"):
            self.tellers[row["id"]] = row["practice_id"]
            self.pseudonyms[row["pseudonym"]] = row["id"]

    def practice(self, name: str | None) -> str | None:
        name = (name or "").strip()
        if not name:
            return None
        found = self.practices.get(name.casefold())
        if found is None:
            found = new_id()
            self.store.table("practices").insert({
                "id": found, "workshop_id": require_workshop(self.store)["id"], "name": name,
                "description": "", "created_at": self.stamp})
            self.practices[name.casefold()] = found
            self.report.practices_added += 1
        return found

    def codes(self, project: Project) -> None:
        local = self.store.all("SELECT id, name, parent_id FROM codes")
        ids = {row["id"] for row in local}
        by_name = {(row["name"].casefold(), row["parent_id"]): row["id"] for row in local}
        for code in project.codes:  # parents come before their children
            parent = self.code_map.get(code.parent) if code.parent else None
            known = code.guid if code.guid in ids else by_name.get((code.name.casefold(), parent))
            if known:
                self.code_map[code.guid] = known
                self.report.codes_known += 1
                continue
            self.store.table("codes").insert({
                "id": code.guid, "parent_id": parent, "name": code.name,
                "description": code.description, "color": qda_color(code.color) or "#888888",
                "is_category": 0 if code.codable else 1, "origin": "import",
                "position": code.position, "created_by": "", "created_at": self.stamp})
            ids.add(code.guid)
            by_name[(code.name.casefold(), parent)] = code.guid
            self.code_map[code.guid] = code.guid
            self.report.codes_added += 1

    def factors(self, project: Project) -> None:
        known = {row["id"] for row in self.store.all("SELECT id FROM factors")}
        known_elements = {row["id"] for row in self.store.all("SELECT id FROM factor_elements")}
        for factor in project.factors:
            if factor.guid not in known:
                self.store.table("factors").insert({
                    "id": factor.guid, "practice_id": self.practice(factor.practice),
                    "name": factor.name, "type": factor.type, "description": factor.description,
                    "position": factor.position, "created_at": self.stamp,
                    "updated_at": self.stamp})
                self.report.factors_added += 1
            for element in factor.elements:
                self.element_factor[element.guid] = factor.guid
                if element.guid not in known_elements:
                    self.store.table("factor_elements").insert({
                        "id": element.guid, "factor_id": factor.guid, "text": element.name,
                        "position": element.position, "origin": "workshop",
                        "created_at": self.stamp})
            members = project.factor_sets.get(derived_guid("factor-set", factor.guid), [])
            for code_guid in members:
                if code_guid in self.code_map:
                    self.store.db.execute(
                        "INSERT OR IGNORE INTO factor_codes (factor_id, code_id, placed_at) "
                        "VALUES (?, ?, ?)", [factor.guid, self.code_map[code_guid], self.stamp])

    def storyteller(self, case: Case | None, fallback_name: str, default_role: str) -> str:
        values = case.values if case else {}
        if case is not None and case.guid in self.tellers:
            return case.guid
        name = (case.name if case else fallback_name).strip()
        if name and case is not None and name in self.pseudonyms:
            return self.pseudonyms[name]  # same pseudonym in the same workshop: the same person
        role: str | None = default_role
        label = practice = ""
        for key, value in values.items():
            if key in _ROLE_NAMES and _unassigned(value):
                role = None  # exported by the workbench as 'rol onbekend': still open
            elif key in _ROLE_NAMES and value.strip():
                known = _role_of(value, None)
                if known is None and value.strip().casefold() in self.role_map:
                    known = self.role_map[value.strip().casefold()]
                    pair = (value.strip(), known)
                    self.mapped_roles[pair] = self.mapped_roles.get(pair, 0) + 1
                if known is None:
                    # Not guessed from the word: the role stays unassigned (NULL) for the
                    # facilitator to give, the word itself kept as the storyteller's own
                    # wording, both said in the report.
                    self.unknown_roles.setdefault(value.strip(), []).append(name or "-")
                    label = label or value.strip()
                role = known
            elif key in _ROLE_LABEL_NAMES:
                label = value
            elif key in _PRACTICE_NAMES:
                practice = value
        pseudonym = self._free_pseudonym(name)
        teller_id = case.guid if case is not None else new_id()
        practice_id = self.practice(practice)
        self.store.db.execute(
            "INSERT INTO storytellers (id, pseudonym, role, role_label, practice_id, created_at)"
            " VALUES (?, ?, ?, ?, ?, ?)",
            [teller_id, pseudonym, role, label, practice_id, self.stamp])
        self.tellers[teller_id] = practice_id
        self.pseudonyms[pseudonym] = teller_id
        self.report.storytellers_added += 1
        return teller_id

    def _free_pseudonym(self, name: str) -> str:
        base = name or t("exchange.refi.imported_pseudonym", n=len(self.pseudonyms) + 1)
        candidate, n = base, 1
        while candidate in self.pseudonyms:
            n += 1
            candidate = f"{base} ({n})"
        return candidate


def _apply_project(store: Store, project: Project, label: str, default_role: str,
                   progress: Callable[[int, int], None] | None,
                   role_map: dict[str, str] | None = None) -> ImportReport:
    report = ImportReport(skipped_sources=project.skipped_sources,
                          left_out=list(project.left_out))
    w = _Writer(store, report, label, role_map)
    w.codes(project)
    w.factors(project)
    case_of: dict[str, Case] = {}
    for case in project.cases:
        for source_guid in case.sources:
            case_of.setdefault(source_guid, case)
    stories = {row["id"]: row for row in store.all("SELECT id, text FROM stories")}
    fragments = {row["id"]: row for row in store.all("SELECT id, story_id, start, end "
                                                     "FROM fragments")}
    memos = {row["id"] for row in store.all("SELECT id FROM memos")}
    tellers: dict[str, str] = {}
    fragment_rows: list[tuple[Any, ...]] = []
    coding_rows: list[tuple[Any, ...]] = []
    placement_rows: list[tuple[Any, ...]] = []
    memo_rows: list[tuple[Any, ...]] = []
    total = len(project.sources)
    story_of_source: dict[str, str] = {}
    for index, source in enumerate(project.sources, start=1):
        story_id = source.guid
        local = stories.get(story_id)
        if local is not None and normalise_text(local["text"])[0] == source.text:
            report.stories_known += 1
        else:
            title = source.name
            if local is not None:
                story_id = new_id()
                title = t("exchange.refi.conflict_title", title=source.name or "-", source=label)
                report.stories_changed += 1
                report.changed_titles.append(source.name or source.guid)
            else:
                report.stories_added += 1
            told_by = case_of.get(source.guid)
            key = told_by.guid if told_by is not None else source.guid
            if key not in tellers:
                tellers[key] = w.storyteller(told_by, source.name or "", default_role)
            store.db.execute(
                "INSERT INTO stories (id, practice_id, storyteller_id, title, text, mode, status,"
                " source, content_hash, created_at, updated_at)"
                " VALUES (?, ?, ?, ?, ?, 'import', 'complete', ?, ?, ?, ?)",
                [story_id, w.tellers.get(tellers[key]), tellers[key], title, source.text,
                 f"refi-qda:{label}", content_hash(source.text) if source.text else "",
                 w.stamp, w.stamp])
            stories[story_id] = {"id": story_id, "text": source.text}
        story_of_source[source.guid] = story_id
        for sel in source.selections:
            if sel.end <= sel.start:
                continue  # the selection held nothing but a CR that became part of a line end
            fragment_id = sel.guid
            existing = fragments.get(fragment_id)
            if existing is not None and (existing["story_id"], existing["start"],
                                         existing["end"]) != (story_id, sel.start, sel.end):
                fragment_id = new_id()
                existing = None
            if existing is None:
                fragment_rows.append((fragment_id, story_id, sel.start, sel.end, sel.text,
                                      sel.user or "", sel.created or w.stamp))
                fragments[fragment_id] = {"id": fragment_id, "story_id": story_id,
                                          "start": sel.start, "end": sel.end}
            for coding_guid, code_guid, user in sel.codings:
                if code_guid in w.element_factor:
                    placement_rows.append((w.element_factor[code_guid], fragment_id, w.stamp))
                elif code_guid in w.code_map:
                    coding_rows.append((coding_guid, fragment_id, w.code_map[code_guid],
                                        user or "", w.stamp))
            for note in sel.notes:
                if note not in memos:
                    memos.add(note)
                    memo_rows.append((note, None, fragment_id, project.notes[note]))
        if progress is not None and (index % 200 == 0 or index == total):
            progress(index, total)
    for code in project.codes:
        for note in code.notes:
            if note not in memos:
                memos.add(note)
                memo_rows.append((note, w.code_map[code.guid], None, project.notes[note]))
    _sets_and_links(project, w, fragments, memos, memo_rows, report)
    _object_memos(store, project, story_of_source, w, report)
    _attributes(store, project, tellers, report)
    _variables_and_roles(project, w, report, default_role)
    conn = store.db.conn
    report.fragments_added = len(fragment_rows)
    conn.executemany(
        "INSERT INTO fragments (id, story_id, start, end, text, created_by, created_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?)", fragment_rows)
    before = conn.total_changes
    # A coding GUID seen before is the same coding; the same code by the same coder on the
    # same fragment is one coding (UNIQUE), so OR IGNORE keeps a re-import from doubling.
    conn.executemany(
        "INSERT OR IGNORE INTO codings (id, fragment_id, code_id, coder, created_at) "
        "VALUES (?, ?, ?, ?, ?)", coding_rows)
    report.codings_added = conn.total_changes - before
    conn.executemany(
        "INSERT OR IGNORE INTO factor_fragments (factor_id, fragment_id, placed_at) "
        "VALUES (?, ?, ?)", placement_rows)
    conn.executemany(
        "INSERT INTO memos (id, code_id, fragment_id, text, author, created_at, updated_at) "
        "VALUES (?, ?, ?, ?, '', ?, ?)", [(*row, w.stamp, w.stamp) for row in memo_rows])
    report.memos_added += len(memo_rows)
    return report


def _sets_and_links(project: Project, w: _Writer, fragments: dict[str, Any], memos: set[str],
                    memo_rows: list[tuple[Any, ...]], report: ImportReport) -> None:
    """Sets become a memo on each member code; a Link a memo on each end that came in
    (a code or a fragment); what has no such place is listed as left out."""
    ours = {derived_guid("factor-set", f.guid) for f in project.factors}
    names = {c.guid: c.name for c in project.codes}
    for set_guid, (name, description, members) in project.sets.items():
        if set_guid in ours:
            continue  # our own factor sets, read back as factors
        codes = [w.code_map[m] for m in members if m in w.code_map]
        text = t("exchange.refi.set_memo", name=name, codes=", ".join(
            names.get(m, "?") for m in members)) + ("\n" + description if description else "")
        for code_id in dict.fromkeys(codes):
            memo_id = derived_guid(f"set-{set_guid}", code_id)
            if memo_id not in memos:
                memos.add(memo_id)
                memo_rows.append((memo_id, code_id, None, text))
        if codes:
            report.left_out.append(("exchange.report.set_kept", {"name": name, "n": len(codes)}))
        else:
            report.left_out.append(("exchange.report.set_empty", {"name": name}))
    for link in project.links:
        ends: list[tuple[str | None, str | None]] = []
        for guid in (link.origin, link.target):
            if guid in w.code_map:
                ends.append((w.code_map[guid], None))
            elif guid in fragments:
                ends.append((None, guid))
        label = link.name or "-"
        if not ends:
            report.left_out.append(("exchange.report.link_left_out", {"name": label}))
            continue
        text = t("exchange.refi.link_memo", name=label, origin=names.get(link.origin, "…"),
                 target=names.get(link.target, "…"))
        notes = "\n".join(project.notes.get(n, "") for n in link.notes).strip()
        if notes:
            text += "\n" + notes
        for end_code, end_fragment in ends:
            memo_id = derived_guid(f"link-{link.guid}", end_code or end_fragment or "")
            if memo_id not in memos:
                memos.add(memo_id)
                memo_rows.append((memo_id, end_code, end_fragment, text))
        report.left_out.append(("exchange.report.link_kept", {"name": label, "n": len(ends)}))


def _object_memos(store: Store, project: Project, story_of_source: dict[str, str],
                  w: _Writer, report: ImportReport) -> None:
    """Notes on the project, on a whole source (or a point in it) and on a working factor
    become memos on the workshop, the story and the factor. A note we wrote ourselves for
    a sounding-board remark (its id is that rating's or addition's) stays where it is."""
    remarks = {row["id"] for row in store.all(
        "SELECT id FROM ratings UNION SELECT id FROM additions UNION SELECT id FROM "
        "session_cards")}
    rows: list[tuple[str, str, str, str]] = []
    rows += [(guid, "project", "", project.notes[guid]) for guid in project.project_notes
             if guid not in remarks]
    for source_guid, notes in project.story_notes.items():
        story_id = story_of_source.get(source_guid)
        if story_id is not None:
            rows += [(guid, "story", story_id, project.notes[guid]) for guid in notes]
    for factor in project.factors:
        rows += [(guid, "factor", factor.guid, project.notes[guid]) for guid in factor.notes
                 if guid not in remarks]
    before = store.db.conn.total_changes
    store.db.conn.executemany(
        "INSERT OR IGNORE INTO object_memos (id, kind, target_id, text, author, created_at, "
        "updated_at) VALUES (?, ?, ?, ?, '', ?, ?)",
        [(*row, w.stamp, w.stamp) for row in rows])
    report.memos_added += store.db.conn.total_changes - before


# REFI-QDA variable types as our attribute kinds
_KINDS = {"text": "text", "integer": "number", "float": "number", "date": "date",
          "datetime": "date", "boolean": "boolean"}


def _attributes(store: Store, project: Project, tellers: dict[str, str],
                report: ImportReport) -> None:
    """Case variables other than role, role label and practice become the storytellers'
    attributes (made when the workshop does not have them yet); a value that does not fit
    its attribute is listed, never guessed."""
    from workbench.collect import attributes

    used = _ROLE_NAMES | _ROLE_LABEL_NAMES | _PRACTICE_NAMES
    known = {a["name"].casefold(): a for a in attributes.attributes(store)}
    for key, kind in project.variable_types.items():
        if key in used:
            continue
        name = project.variable_names.get(key, key)
        if key not in known:
            attributes.add_attribute(store, name, _KINDS.get(kind.lower(), "text"))
            known = {a["name"].casefold(): a for a in attributes.attributes(store)}
        attribute = known[key]
        for case in project.cases:
            value = case.values.get(key, "")
            teller = tellers.get(case.guid)
            if not value or teller is None:
                continue
            if attribute["kind"] == "date":
                value = value[:10]  # a DateTime's date
            try:
                attributes.set_value(store, teller, attribute["id"], value)
            except WorkbenchError:
                report.left_out.append(("exchange.report.attribute_value", {
                    "name": name, "value": value, "case": case.name or case.guid}))
        project.variable_types[key] = ""  # brought in: not listed as left out


def _variables_and_roles(project: Project, w: _Writer, report: ImportReport,
                         default_role: str) -> None:
    used = _ROLE_NAMES | _ROLE_LABEL_NAMES | _PRACTICE_NAMES
    counts: dict[str, int] = {}
    for case in project.cases:
        for key, value in case.values.items():
            if key not in used and value:
                counts[key] = counts.get(key, 0) + 1
    for key, kind in project.variable_types.items():
        if key not in used and kind:  # attributes that came in have no kind left here
            report.left_out.append(("exchange.report.variable", {
                "name": project.variable_names.get(key, key), "kind": kind,
                "n": counts.get(key, 0)}))
    for value, tellers in w.unknown_roles.items():
        report.left_out.append(("exchange.report.role_unknown", {
            "value": value, "n": len(tellers), "names": ", ".join(tellers[:5])}))
    for (value, role), n in w.mapped_roles.items():
        report.left_out.append(("exchange.report.role_mapped", {
            "value": value, "role": t(f"role.{role}"), "n": n}))


def import_qdpx(store: Store, path: str | Path, *, default_role: str = "parent",
                progress: Callable[[int, int], None] | None = None,
                limits: Limits | None = None,
                role_map: dict[str, str] | None = None) -> ImportReport:
    """Import a .qdpx project into the workshop, all or nothing.

    Storytellers come from Cases (role and practice from their Variables); a source
    without a Case gets its own storyteller with ``default_role``.
    """
    path = Path(path)
    require_workshop(store)
    with SafeZip(path, limits) as archive:
        project = read_project(archive, path.name)
    with store.transaction():
        return _apply_project(store, project, path.name, default_role, progress, role_map)


def import_qdc(store: Store, path: str | Path) -> ImportReport:
    """Import a .qdc codebook (codes, and factors when it came from a workbench)."""
    path = Path(path)
    require_workshop(store)
    if path.stat().st_size > MAX_CODEBOOK_BYTES:
        raise InvalidInput("exchange.error.zip_bomb", name=path.name)
    data = path.read_bytes()
    project = read_codebook(data, path.name)
    report = ImportReport()
    with store.transaction():
        w = _Writer(store, report, path.name)
        w.codes(project)
        w.factors(project)
    return report
