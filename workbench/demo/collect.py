"""Demo step for collecting: reviewed stories, one transcript still to pseudonymise, an
interrupted booth story to resume, and (at the very end) a real withdrawal."""

from __future__ import annotations

from typing import TYPE_CHECKING

from workbench.collect import pseudonyms, stories, withdrawal

if TYPE_CHECKING:
    from workbench.demo import DemoIds
    from workbench.store import Store

REVIEWER = "Anouk (begeleider)"
# Countries of origin shared by several members: the facilitator judged them not
# identifying, so the scan leaves them alone (shows the "not identifying" list).
ALLOWED = ("Somalië", "Oekraïne")

# An invented transcript that still holds details the assistant should catch.
TRANSCRIPT = (
    "Transcript gesprek in de huiskamer.\n\n"
    "Ik woon sinds twee jaar in de wijk, op de Dorpsstraat 4. Mijn dochter Lotte gaat nu "
    "naar de peuterspeelzaal. In het begin durfde ik niet naar binnen. Toen zei Gerda, "
    "de vrijwilliger met de rode jas: kom gewoon koffie drinken. Nu kom ik drie keer per "
    "week. Als er iets is, bel ik haar op 06-23456789 of zij stuurt een appje."
)


def populate(store: Store, ids: DemoIds) -> None:
    """Mark clean stories as reviewed (ready for coding) and add one unreviewed transcript.

    The interrupted booth story from stories.toml stays ``interrupted``: the facilitator
    can resume it from the collect screen.
    """
    for word in ALLOWED:
        pseudonyms.allow(store, word, by=REVIEWER)
    for story_id in ids.stories.values():
        story = stories.get_story(store, story_id)
        if story["status"] == "complete" and not pseudonyms.scan_story(store, story_id):
            pseudonyms.mark_passed(store, story_id, REVIEWER)
    practice = ids.practices.get("huiskamer") or next(iter(ids.practices.values()))
    teller = stories.add_storyteller(store, "Tulp 7", "parent", practice_id=practice,
                                     role_label="moeder")
    story_id = stories.add_story(
        store, storyteller_id=teller, practice_id=practice, text=TRANSCRIPT, mode="import",
        recorded_on="2026-03-20", status="complete", source="import",
        topic_list_id=store.scalar("SELECT topic_list_id FROM workshops LIMIT 1"),
    )
    stories.record_consent(store, teller, store_story=True, quotes=False, method="paper",
                           recorded_by=REVIEWER, story_id=story_id)
    ids.storytellers["Tulp 7"] = teller
    ids.stories["transcript"] = story_id


def finish(store: Store, ids: DemoIds) -> None:
    """Withdraw the storytellers marked ``withdrawn`` in stories.toml, for real: their
    fragments, codings, wall cards and poster quotes (made by the later steps) go too."""
    for story in ids.data.get("stories", []):
        if not story.get("withdrawn"):
            continue
        teller = ids.storytellers.pop(story["pseudonym"], None)
        if teller is None:
            continue
        withdrawal.withdraw(store, teller)
        ids.stories.pop(story["key"], None)
        for fragment_key in [k for k in ids.fragments if k[0] == story["key"]]:
            ids.fragments.pop(fragment_key)
