"""What goes on the posters: factors chosen for printing, gathered into plain poster data.

``plan(store, options)`` picks the factors (all, one practice, the common ones, or named
ones), gathers for each its name, type, elements, up to three quotes that pass the privacy
gate, where it occurs and what the latest closed sounding-board session said. The plan
lists what stops printing (quotes that may not print) and characters the font lacks. The
layout (``workbench.posters.printing``) works on this data alone and never reads the store.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from workbench.errors import InvalidInput, NotFound
from workbench.posters.gate import Gate, QuoteProblem
from workbench.posters.results import PosterResults, latest_results
from workbench.store import Store

SIZES = ("A4", "A3", "A2", "A1", "A0")
MAX_QUOTES = 3


@dataclass(frozen=True)
class Quote:
    """An anonymised quote, signed with the storyteller's role only."""

    text: str
    signature: str  # e.g. "moeder", "vrijwilliger"


@dataclass(frozen=True)
class PosterData:
    """Everything one poster shows. Built by ``plan``; hand-made in layout tests."""

    factor_id: str
    workshop: str
    name: str
    type: str  # 'substantive' | 'procedural'
    elements: tuple[str, ...]
    quotes: tuple[Quote, ...] = ()
    practices: tuple[str, ...] = ()
    common: bool = False
    description: str = ""
    practice: str = ""  # the practice this factor belongs to ('' = whole workshop)
    results: PosterResults | None = None
    printed_on: date = field(default_factory=date.today)
    logo: str | None = None  # the organisation's logo (PNG/JPEG), top right
    contact: str = ""  # web address or contact line, printed with a QR code

    def texts(self) -> list[str]:
        """Every piece of user text on the poster (for the font check)."""
        parts = [self.workshop, self.name, self.description, self.practice, *self.elements,
                 *self.practices]
        parts += [q.text for q in self.quotes] + [q.signature for q in self.quotes]
        if self.results:
            parts += [self.results.session_name] + [r.name for r in self.results.ranking]
        return parts


@dataclass(frozen=True)
class PrintOptions:
    """What the user asked for, on the command line or in the posters screen."""

    practice: str | None = None
    common: bool = False
    factors: tuple[str, ...] = ()
    size: str = "A3"
    landscape: bool = False
    language: str = "nl"
    skip_unconsented: bool = False
    keep_placeholders: bool = False  # print "[naam vrijwilliger]" as it is
    allow_rare_roles: bool = False  # print a role signature even when few people share it
    role_threshold: int = 2  # a signature shared by at most this many is generalised
    logo: str | None = None  # PNG or JPEG for the posters' corner
    contact: str = ""  # web address or contact line, printed with a QR code


@dataclass(frozen=True)
class RoleChange:
    """A quote signature printed as a more general role, so it cannot point at one person."""

    factor_name: str
    practice: str
    original: str
    printed: str
    count: int  # storytellers in the practice with the original signature

    def describe(self, language: str | None = None) -> str:
        from workbench.i18n import t

        return t("posters.role_changed", language, factor=self.factor_name,
                 practice=self.practice or "–", original=self.original, printed=self.printed,
                 n=self.count)


@dataclass
class PosterPlan:
    """The posters to print and what stands in the way."""

    options: PrintOptions
    workshop: str
    posters: list[PosterData]
    problems: list[QuoteProblem] = field(default_factory=list)  # stop printing
    left_out: list[QuoteProblem] = field(default_factory=list)  # skipped on request
    missing_characters: dict[str, set[str]] = field(default_factory=dict)  # factor -> chars
    role_changes: list[RoleChange] = field(default_factory=list)
    emoji_removed: dict[str, set[str]] = field(default_factory=dict)  # factor -> emoji

    @property
    def blocked(self) -> bool:
        return bool(self.problems) or not self.posters


def plan(store: Store, options: PrintOptions, *, today: date | None = None) -> PosterPlan:
    """Choose the factors and gather their poster data; never writes anything."""
    from workbench.workshop import require_workshop

    if options.size not in SIZES:
        raise InvalidInput("posters.error.size", size=options.size, sizes=", ".join(SIZES))
    if options.common and options.practice:
        raise InvalidInput("posters.error.practice_and_common")
    workshop = require_workshop(store)["name"]
    if options.logo:
        check_logo(options.logo)
    factors = _choose(store, options)
    practice_names = {r["id"]: r["name"] for r in store.all("SELECT id, name FROM practices")}
    groups = _link_groups(store)
    gate = Gate(store)
    result = PosterPlan(options=options, workshop=workshop, posters=[])
    tallies: dict[str, object] = {}
    roles = RoleGuard(store, options, practice_names)

    for factor in factors:
        key = factor["link_key"]
        members = groups.get(key, [factor["id"]])
        in_practices = sorted({practice_names[p] for p in _practices_of(store, members)
                               if p in practice_names})
        common = len(practice_names) > 1 and len(in_practices) == len(practice_names)
        # A common-factor poster speaks for the whole group: quotes and results from all.
        sources = members if options.common else [factor["id"]]
        quotes = _quotes(store, gate, factor, sources, options, result)
        elements = tuple(
            r["text"] for r in store.all(
                "SELECT text FROM factor_elements WHERE factor_id = ? ORDER BY position, "
                "created_at", [factor["id"]])
        )
        poster = PosterData(
            factor_id=factor["id"],
            workshop=workshop,
            name=factor["name"],
            type=factor["type"],
            elements=elements,
            quotes=tuple(Quote(_printed_text(q["text"], options),
                               roles.signature(q, factor["name"], result))
                         for q in quotes),
            practices=tuple(in_practices),
            common=common,
            description=factor["description"],
            practice="" if options.common else practice_names.get(factor["practice_id"], ""),
            results=latest_results(store, factor["id"], tallies),
            printed_on=today or date.today(),
            logo=options.logo,
            contact=options.contact.strip(),
        )
        result.posters.append(poster)
        _note_emoji(result, poster, [q["text"] for q in quotes])
    _check_characters(result)
    return result


def check_logo(path: str) -> None:
    """The logo must be a readable PNG or JPEG file."""
    try:
        with open(path, "rb") as handle:
            head = handle.read(8)
    except OSError as error:
        raise InvalidInput("posters.error.logo", path=path) from error
    if not (head.startswith(b"\x89PNG\r\n\x1a\n") or head.startswith(b"\xff\xd8\xff")):
        raise InvalidInput("posters.error.logo", path=path)


def _choose(store: Store, options: PrintOptions) -> list[dict]:
    select = (
        "SELECT f.*, coalesce(f.link_id, f.id) AS link_key, coalesce(p.name, '') AS practice_name "
        "FROM factors f LEFT JOIN practices p ON p.id = f.practice_id "
    )
    order = " ORDER BY practice_name, f.position, f.name"
    if options.factors:
        chosen: dict[str, dict] = {}
        for ref in options.factors:
            rows = store.all(select + "WHERE f.id = ? OR (length(?) >= 6 AND f.id LIKE ? || '%') "
                             "OR f.name = ? COLLATE NOCASE" + order,
                             [ref, ref, ref, ref.strip()])
            if not rows:
                raise NotFound("posters.error.no_factor", name=ref)
            for row in rows:
                chosen.setdefault(row["id"], row)
        return list(chosen.values())
    if options.practice:
        from workbench.workshop import find_practice

        practice = find_practice(store, options.practice)
        return store.all(select + "WHERE f.practice_id = ?" + order, [practice["id"]])
    rows = store.all(select + order)
    if options.common:
        n_practices = store.scalar("SELECT count(*) FROM practices") or 0
        keys = {
            r["k"] for r in store.all(
                "SELECT coalesce(link_id, id) AS k FROM factors WHERE practice_id IS NOT NULL "
                "GROUP BY k HAVING count(DISTINCT practice_id) = ?", [n_practices])
        } if n_practices > 1 else set()
        # One poster per group: the workshop-wide factor if there is one, else the first.
        best: dict[str, dict] = {}
        for row in rows:
            if row["link_key"] in keys:
                current = best.get(row["link_key"])
                if current is None or (current["practice_id"] and not row["practice_id"]):
                    best[row["link_key"]] = row
        rows = sorted(best.values(), key=lambda r: (r["position"], r["name"].casefold()))
    return rows


def _link_groups(store: Store) -> dict[str, list[str]]:
    groups: dict[str, list[str]] = {}
    for row in store.all("SELECT id, coalesce(link_id, id) AS k FROM factors ORDER BY position"):
        groups.setdefault(row["k"], []).append(row["id"])
    return groups


def _practices_of(store: Store, factor_ids: list[str]) -> set[str]:
    marks = ",".join("?" * len(factor_ids))
    return {
        r["practice_id"] for r in store.all(
            f"SELECT DISTINCT practice_id FROM factors WHERE id IN ({marks}) "
            "AND practice_id IS NOT NULL", factor_ids)
    }


def _quotes(store: Store, gate: Gate, factor: dict, sources: list[str],
            options: PrintOptions, result: PosterPlan) -> list[dict]:
    """The factor's chosen quotes that may print; the others become problems."""
    marks = ",".join("?" * len(sources))
    rows = store.all(
        f"""
        SELECT fq.factor_id, fr.id AS fragment_id, fr.text, fr.story_id,
               substr(s.text, fr.start + 1, fr."end" - fr.start) AS story_slice,
               st.id AS storyteller_id, st.pseudonym, st.role, st.role_label,
               st.practice_id AS teller_practice_id
        FROM factor_quotes fq
        JOIN fragments fr ON fr.id = fq.fragment_id
        JOIN stories s ON s.id = fr.story_id
        LEFT JOIN storytellers st ON st.id = s.storyteller_id
        WHERE fq.factor_id IN ({marks})
        ORDER BY fq.factor_id = ? DESC, fq.position, fr.created_at
        """,
        [*sources, factor["id"]],
    )
    printable: list[dict] = []
    for row in rows:
        if len(printable) == MAX_QUOTES:
            break
        reason = gate.reason(row)
        if reason is None:
            printable.append(row)
            continue
        problem = QuoteProblem(
            factor_id=factor["id"], factor_name=factor["name"],
            practice=factor["practice_name"], fragment_id=row["fragment_id"],
            story_id=row["story_id"], storyteller=row["pseudonym"] or "?", reason=reason,
            excerpt=_excerpt(row["text"]),
        )
        (result.left_out if options.skip_unconsented else result.problems).append(problem)
    return printable


def _signature(quote: dict, language: str) -> str:
    from workbench.i18n import t

    label = (quote["role_label"] or "").strip()
    if not label and not quote["role"]:  # unassigned: the general word, never "role unknown"
        return t("posters.role_general.other", language)
    return label or t(f"role.{quote['role']}", language)


def _printed_text(text: str, options: PrintOptions) -> str:
    """The quote as it goes on paper: placeholders in plain words, no emoji."""
    from workbench.posters.quotes import plain_placeholders, without_emoji

    text = without_emoji(text)
    return text if options.keep_placeholders else plain_placeholders(text)


GENERAL_ROLES = {"parent": "parent", "caregiver": "parent", "volunteer": "volunteer",
                 "professional": "professional", "researcher": "researcher"}


class RoleGuard:
    """Signs quotes so that no signature points at one person in a practice.

    A signature ("opa", "pleegmoeder") shared by at most ``role_threshold`` storytellers of
    the quote's practice is printed as the general role ("ouder", "professional"); when
    that too is that rare, as "deelnemer". Every change is listed in the plan.
    """

    def __init__(self, store: Store, options: PrintOptions,
                 practice_names: dict[str, str]) -> None:
        self.options = options
        self.practice_names = practice_names
        self.labels: dict[tuple[str | None, str], int] = {}
        self.generals: dict[tuple[str | None, str], int] = {}
        withdrawn = {r["storyteller_id"] for r in store.all(
            "SELECT storyteller_id FROM withdrawals")}
        for row in store.all("SELECT id, practice_id, role, role_label FROM storytellers"):
            if row["id"] in withdrawn:
                continue
            label = _signature(row, options.language).casefold()
            key = (row["practice_id"], label)
            self.labels[key] = self.labels.get(key, 0) + 1
            general = (row["practice_id"], GENERAL_ROLES.get(row["role"], "other"))
            self.generals[general] = self.generals.get(general, 0) + 1

    def signature(self, quote: dict, factor_name: str, result: PosterPlan) -> str:
        from workbench.i18n import t

        language = self.options.language
        original = _signature(quote, language)
        if self.options.allow_rare_roles:
            return original
        practice = quote.get("teller_practice_id")
        limit = self.options.role_threshold
        count = self.labels.get((practice, original.casefold()), 0)
        if count > limit:
            return original
        general = GENERAL_ROLES.get(quote["role"], "other")
        printed = t(f"posters.role_general.{general}", language)
        if self.generals.get((practice, general), 0) <= limit:
            printed = t("posters.role_general.other", language)
        if printed.casefold() == original.casefold():
            return original
        change = RoleChange(factor_name, self.practice_names.get(practice or "", ""), original,
                            printed, count)
        if change not in result.role_changes:
            result.role_changes.append(change)
        return printed


def _excerpt(text: str, width: int = 48) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= width else flat[: width - 1].rstrip() + "…"


def _note_emoji(result: PosterPlan, poster: PosterData, raw_quotes: list[str]) -> None:
    """Emoji are left out of the print (they would be empty boxes); the report says so."""
    from workbench.posters.quotes import is_emoji

    found = {c for text in [*poster.texts(), *raw_quotes] for c in text
             if is_emoji(c) and c not in "\u200d\ufe0f"}
    if found:
        result.emoji_removed[poster.name] = found


def _check_characters(result: PosterPlan) -> None:
    """Report characters the embedded font cannot draw; they would print as empty boxes."""
    from workbench.posters.fonts import fonts
    from workbench.posters.quotes import is_emoji

    font = fonts()
    for poster in result.posters:
        missing: set[str] = set()
        for text in poster.texts():
            missing |= {c for c in font.missing(text) if not is_emoji(c)}
        if missing:
            result.missing_characters[poster.name] = missing
