"""Where the project stands, per practice: the facilitator's day checklist.

Per practice: stories unfinished (draft or interrupted), stories not yet checked for
pseudonymisation (their current revision has no review), quotes chosen for a factor that
may not be printed (the poster gate's rules: no consent, not checked, withdrawn, changed),
and sessions still open. For the file: the last backup, the last merge (per laptop where
a merge recorded one), and whether a backup is due: work was done since the last backup
and that backup is more than a day old (or there is none).

The clock is a parameter, so tests need no waiting.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone

from workbench import backups
from workbench.backups import LAST_BACKUP_KEY
from workbench.store import Store

# A merge may note itself per laptop as meta key "last_merge:<laptop>" = ISO time.
MERGE_KEY_PREFIX = "last_merge:"
BACKUP_AFTER = timedelta(days=1)


@dataclass(frozen=True)
class PracticeStatus:
    practice_id: str | None
    name: str
    stories: int
    unfinished: int
    unchecked: int
    quotes_blocked: int
    sessions_open: int

    @property
    def all_clear(self) -> bool:
        return not (self.unfinished or self.unchecked or self.quotes_blocked
                    or self.sessions_open)


@dataclass(frozen=True)
class WorkshopStatus:
    practices: list[PracticeStatus]
    last_backup: datetime | None
    last_work: datetime | None
    merges: list[tuple[str, datetime]] = field(default_factory=list)
    backup_due: bool = False
    conflicts: int = 0  # stories changed on two laptops, waiting for the facilitator


def parse_time(value: str | None) -> datetime | None:
    """An ISO time from the store as an aware datetime (UTC when it carries no zone)."""
    if not value:
        return None
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        return None
    return moment if moment.tzinfo else moment.replace(tzinfo=timezone.utc)


def last_backup(store: Store) -> datetime | None:
    """The newest of: a backup noted in the file, an automatic backup beside it."""
    found = [parse_time(store.meta_get(LAST_BACKUP_KEY))]
    if store.path is not None:
        automatic = backups.list_backups(backups.backup_folder(store), store.path.stem)
        if automatic:
            found.append(automatic[0].made_at)
    moments = [m for m in found if m is not None]
    return max(moments) if moments else None


def _has_table(store: Store, name: str) -> bool:
    return bool(store.scalar(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", [name]))


def last_merges(store: Store) -> list[tuple[str, datetime]]:
    """(laptop, moment) per laptop merged from, newest first; else one ("", last merge).

    Laptops come from the merge's own record (table ``sync_peers``) when this version
    keeps one, or from meta keys ``last_merge:<laptop>``.
    """
    noted = []
    if _has_table(store, "sync_peers"):
        for row in store.all("SELECT laptop_id, name, merged_at FROM sync_peers"):
            moment = parse_time(row["merged_at"])
            if moment is not None:
                noted.append((row["name"] or row["laptop_id"], moment))
    for row in store.all("SELECT key, value FROM meta WHERE key LIKE ?",
                         [MERGE_KEY_PREFIX + "%"]):
        moment = parse_time(row["value"])
        if moment is not None:
            noted.append((row["key"][len(MERGE_KEY_PREFIX):], moment))
    if noted:
        return sorted(noted, key=lambda item: item[1], reverse=True)
    moment = parse_time(store.scalar("SELECT max(merged_at) FROM merge_state"))
    return [("", moment)] if moment else []


def _blocked_quotes(store: Store) -> dict[str | None, int]:
    from workbench.posters.gate import Gate

    gate = Gate(store)
    counts: dict[str | None, int] = {}
    rows = store.all(
        """
        SELECT fr.id AS fragment_id, fr.text, fr.story_id, s.practice_id,
               substr(s.text, fr.start + 1, fr."end" - fr.start) AS story_slice,
               st.id AS storyteller_id
        FROM factor_quotes fq
        JOIN fragments fr ON fr.id = fq.fragment_id
        JOIN stories s ON s.id = fr.story_id
        LEFT JOIN storytellers st ON st.id = s.storyteller_id
        """
    )
    for row in rows:
        if gate.reason(row) is not None:
            counts[row["practice_id"]] = counts.get(row["practice_id"], 0) + 1
    return counts


def practice_status(store: Store) -> list[PracticeStatus]:
    """One line per practice (and one for stories without a practice, if any)."""
    per_story = store.all(
        """
        SELECT s.practice_id,
               count(*) AS stories,
               sum(s.status IN ('draft', 'interrupted')) AS unfinished,
               sum(s.status IN ('complete', 'ready') AND NOT EXISTS (
                   SELECT 1 FROM story_reviews r
                   WHERE r.story_id = s.id AND r.revision = s.revision)) AS unchecked
        FROM stories s GROUP BY s.practice_id
        """
    )
    by_practice = {row["practice_id"]: row for row in per_story}
    open_sessions = {
        row["practice_id"]: row["n"] for row in store.all(
            "SELECT practice_id, count(*) AS n FROM sessions WHERE state = 'open' "
            "GROUP BY practice_id")
    }
    blocked = _blocked_quotes(store)
    places: list[tuple[str | None, str]] = [
        (row["id"], row["name"])
        for row in store.all("SELECT id, name FROM practices ORDER BY name")
    ]
    if None in by_practice or None in open_sessions or None in blocked:
        places.append((None, ""))
    result = []
    for practice_id, name in places:
        row = by_practice.get(practice_id) or {}
        result.append(PracticeStatus(
            practice_id=practice_id, name=name, stories=row.get("stories") or 0,
            unfinished=row.get("unfinished") or 0, unchecked=row.get("unchecked") or 0,
            quotes_blocked=blocked.get(practice_id, 0),
            sessions_open=open_sessions.get(practice_id, 0),
        ))
    return result


def workshop_status(store: Store, *, at: datetime | None = None) -> WorkshopStatus:
    """The whole overview; ``at`` is now (a parameter, so tests choose the moment)."""
    moment = at or datetime.now(timezone.utc)
    backup = last_backup(store)
    work = parse_time(store.scalar(
        "SELECT max(m) FROM (SELECT max(updated_at) AS m FROM stories "
        "UNION ALL SELECT max(updated_at) FROM story_parts)"))
    worked_since = work is not None and (backup is None or work > backup)
    due = worked_since and (backup is None or moment - backup > BACKUP_AFTER)
    conflicts = (store.scalar("SELECT count(*) FROM merge_conflicts") or 0
                 if _has_table(store, "merge_conflicts") else 0)
    return WorkshopStatus(practices=practice_status(store), last_backup=backup,
                          last_work=work, merges=last_merges(store), backup_due=due,
                          conflicts=conflicts)


def practice_detail(row: PracticeStatus) -> str:
    """What is left to do in one practice, in words ("1 onaf, 2 niet gecontroleerd")."""
    from workbench.i18n import t, tn

    parts = []
    if row.unfinished:
        parts.append(t("status.unfinished", n=row.unfinished))
    if row.unchecked:
        parts.append(t("status.unchecked", n=row.unchecked))
    if row.quotes_blocked:
        parts.append(tn("status.quotes_blocked", row.quotes_blocked))
    if row.sessions_open:
        parts.append(tn("status.sessions_open", row.sessions_open))
    return ", ".join(parts) if parts else t("status.all_clear")


def backup_line(report: WorkshopStatus) -> str:
    from workbench.i18n import t

    return t("status.last_backup", when=_when(report.last_backup))


def status_lines(report: WorkshopStatus, inert: Callable[[str], str]) -> list[str]:
    """The status as lines of text, shared by the CLI and the home screen."""
    from workbench.i18n import t, tn

    lines = []
    for row in report.practices:
        name = inert(row.name) if row.name else t("status.no_practice")
        lines.append(f"  {name}: {tn('home.n.stories', row.stories)} — {practice_detail(row)}")
    lines.append(backup_line(report))
    if not report.merges:
        lines.append(t("status.no_merge"))
    for laptop, moment in report.merges:
        if laptop:
            lines.append(t("status.last_merge_from", laptop=inert(laptop), when=_when(moment)))
        else:
            lines.append(t("status.last_merge", when=_when(moment)))
    if report.conflicts:
        lines.append(tn("status.conflicts", report.conflicts))
    if report.backup_due:
        lines.append(t("status.backup_due"))
    return lines


def _when(moment: datetime | None) -> str:
    from workbench.i18n import t

    if moment is None:
        return t("status.never")
    return moment.astimezone().strftime("%Y-%m-%d %H:%M")
