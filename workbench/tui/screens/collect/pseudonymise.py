"""The pseudonymisation assistant for one story: findings, placeholders, ready for coding.

The story is shown with every finding marked. For the chosen finding the facilitator
types (or accepts) a placeholder and replaces it in every story, or marks the word as
not identifying. Anything the scan missed can be selected in the story (mouse, or
Shift+arrows) and marked by hand (Ctrl+E); its replacement joins the workshop's list
like any other. When nothing is left, the story is marked ready for coding.

The name and place lists load in a worker thread the first time, with a progress bar.
The replacement field has the focus from the start (↑/↓ move through the findings from
there), so typing never races a change of focus; a suggestion is only put in the field
while it still holds the previous suggestion untouched, so nothing overwrites what a
facilitator is typing, however fast.
"""

from __future__ import annotations

from dataclasses import dataclass

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.message import Message
from textual.widgets import Button, DataTable, Footer, Header, Input, ProgressBar, Static
from textual.widgets.input import Selection

from workbench.collect import namelists, pseudonyms, stories
from workbench.collect.pseudonym_scan import suggest
from workbench.errors import WorkbenchError
from workbench.i18n import t
from workbench.store import Store
from workbench.textsafe import inert
from workbench.tui.base import WorkbenchScreen
from workbench.tui.widgets.fragment_text import FragmentText, Mark

FACILITATOR = "begeleider"
FINDING_COLOUR = "#f2c744"


@dataclass
class ListsProgress(Message):
    """The worker loading the name and place lists got ``done`` of ``total`` steps."""

    done: int
    total: int


class ListsLoaded(Message):
    """The name and place lists are in memory: scans are instant from now on."""


class PseudonymiseScreen(WorkbenchScreen):
    DEFAULT_CSS = """
    PseudonymiseScreen #pseudo-body { height: 1fr; }
    PseudonymiseScreen #pseudo-left { width: 1fr; border-right: solid $primary; }
    PseudonymiseScreen #pseudo-story { height: 1fr; }
    PseudonymiseScreen #pseudo-hint { height: auto; color: $text-muted; padding: 0 1; }
    PseudonymiseScreen #pseudo-side { width: 56; padding: 0 1; }
    PseudonymiseScreen #findings { height: 1fr; }
    PseudonymiseScreen #pseudo-progress { height: auto; }
    PseudonymiseScreen #pseudo-buttons { height: auto; }
    PseudonymiseScreen #pseudo-buttons Button { margin-right: 1; }
    """
    BINDINGS = [
        Binding("escape", "app.pop_screen", "key.back", id="back"),
        Binding("ctrl+r", "replace", "key.pseudo_replace", id="pseudo_replace"),
        Binding("ctrl+n", "allow", "key.pseudo_allow", id="pseudo_allow"),
        # priority: the replacement field has the focus, and Input uses these keys itself
        Binding("ctrl+e", "mark", "key.pseudo_mark", id="pseudo_mark", priority=True),
        Binding("ctrl+k", "ready", "key.pseudo_ready", id="pseudo_ready", priority=True),
        Binding("up", "finding(-1)", show=False),
        Binding("down", "finding(1)", show=False),
    ]

    def __init__(self, store: Store, story_id: str) -> None:
        super().__init__()
        self.store = store
        self.story_id = story_id
        self.findings: list[pseudonyms.Finding] = []
        self.manual: str | None = None  # a span marked by hand, waiting for its placeholder
        self._offered = ""  # the last suggestion put in the field

    def compose(self) -> ComposeResult:
        yield Header()
        yield Static("", id="pseudo-meta", classes="section-title", markup=False)
        with Horizontal(id="pseudo-body"):
            with Vertical(id="pseudo-left"):
                yield FragmentText("", id="pseudo-story")
                yield Static(t("pseudo.mark_hint"), id="pseudo-hint", markup=False)
            with Vertical(id="pseudo-side"):
                yield Static(t("pseudo.findings"), classes="section-title")
                yield ProgressBar(id="pseudo-progress", show_eta=False)
                yield DataTable(id="findings", cursor_type="row", zebra_stripes=True)
                yield Static(t("pseudo.placeholder"))
                yield Input(id="placeholder", max_length=60)
                with Horizontal(id="pseudo-buttons"):
                    yield Button(t("pseudo.replace"), variant="primary", id="pseudo-replace")
                    yield Button(t("pseudo.allow"), id="pseudo-allow")
                yield Button(t("pseudo.ready"), variant="success", id="pseudo-ready")
        yield Footer()

    def on_mount(self) -> None:
        super().on_mount()
        table = self.query_one("#findings", DataTable)
        table.add_columns(t("pseudo.col.text"), t("pseudo.col.kind"), t("pseudo.col.suggestion"))
        self.query_one("#placeholder", Input).focus()
        if pseudonyms.pending(self.store, self.story_id):
            # added after some replacements were made (imported, merged): bring it in line
            n = pseudonyms.apply(self.store, by=FACILITATOR)
            self.notify(t("collect.pseudo.applied", n=n))
        progress = self.query_one("#pseudo-progress", ProgressBar)
        if namelists.loaded():
            progress.display = False
            self.refresh_findings()
        else:
            self._show_story([])  # the text at once; the findings follow the lists
            self.query_one("#pseudo-meta", Static).update(t("pseudo.loading"))
            self.load_lists()

    @work(thread=True, exclusive=True, group="pseudonym-lists")
    def load_lists(self) -> None:
        namelists.get(lambda done, total: self.post_message(ListsProgress(done, total)))
        self.post_message(ListsLoaded())

    def on_lists_progress(self, message: ListsProgress) -> None:
        self.query_one("#pseudo-progress", ProgressBar).update(total=message.total,
                                                                progress=message.done)

    def on_lists_loaded(self, message: ListsLoaded) -> None:
        self.query_one("#pseudo-progress", ProgressBar).display = False
        self.refresh_findings()

    # -- showing --------------------------------------------------------------------

    def _show_story(self, findings: list[pseudonyms.Finding]) -> None:
        text = stories.get_story(self.store, self.story_id)["text"]
        marks = [Mark(f.start, f.end, FINDING_COLOUR) for f in findings]
        view = self.query_one("#pseudo-story", FragmentText)
        if view.text != text:
            view.set_text(text, marks)
        else:
            view.set_marks(marks)

    def refresh_findings(self) -> None:
        story = stories.get_story(self.store, self.story_id)
        teller = stories.find_storyteller(self.store, story["storyteller_id"])
        self.findings = pseudonyms.scan_story(self.store, self.story_id)
        state = t("pseudo.state_passed") if pseudonyms.passed(self.store, self.story_id) else ""
        self.query_one("#pseudo-meta", Static).update(
            t("pseudo.title", name=inert(teller["pseudonym"] if teller else "?"),
              n=len(self.findings)) + state)
        self._show_story(self.findings)
        table = self.query_one("#findings", DataTable)
        table.clear()
        for i, finding in enumerate(self.findings):
            table.add_row(Text(inert(finding.text)), t(f"collect.kind.{finding.kind}"),
                          Text(finding.suggestion), key=str(i))
        if not self.findings:
            self._fill("")
            self.notify(t("collect.pseudo.none"), timeout=3)
        else:
            self._choose(0)

    def _current(self) -> pseudonyms.Finding | None:
        table = self.query_one("#findings", DataTable)
        if not self.findings or table.cursor_row is None:
            return None
        return self.findings[min(table.cursor_row, len(self.findings) - 1)]

    def _fill(self, value: str, *, force: bool = False) -> None:
        """Offer a placeholder, selected so that typing replaces it; but never over
        something the facilitator typed: a late highlight or refresh must not garble it."""
        field = self.query_one("#placeholder", Input)
        if force or field.value == self._offered:
            self._offered = value
            field.value = value
            field.selection = Selection(0, len(value))

    def action_finding(self, step: int) -> None:
        """↑/↓ in the replacement field: the previous or next finding."""
        table = self.query_one("#findings", DataTable)
        if self.findings:
            table.move_cursor(row=max(0, min(table.cursor_row + step, len(self.findings) - 1)))
            self._fill(self.findings[table.cursor_row].suggestion, force=True)

    def _choose(self, index: int) -> None:
        if 0 <= index < len(self.findings):
            self._fill(self.findings[index].suggestion)

    @on(DataTable.RowHighlighted, "#findings")
    def highlighted(self, event: DataTable.RowHighlighted) -> None:
        self.manual = None
        self._choose(event.cursor_row)

    @on(DataTable.RowSelected, "#findings")
    def selected(self) -> None:
        field = self.query_one("#placeholder", Input)
        field.focus()
        field.selection = Selection(0, len(field.value))

    # -- actions --------------------------------------------------------------------

    def action_mark(self) -> None:
        """Take the span selected in the story as a detail to replace."""
        view = self.query_one("#pseudo-story", FragmentText)
        if view.selection is None:
            self.notify(t("pseudo.mark_empty"), severity="warning")
            return
        start, end = view.selection
        raw = view.text[start:end]
        span = raw.strip(" \t\n.,;:!?\"'“”‘’()")
        if not span:
            self.notify(t("pseudo.mark_empty"), severity="warning")
            return
        start += raw.index(span)
        self.manual = span
        self._fill(suggest(view.text, start, start + len(span)), force=True)
        self.notify(t("pseudo.marked", text=f"“{inert(span)}”"))
        self.query_one("#placeholder", Input).focus()

    @on(Input.Submitted, "#placeholder")
    @on(Button.Pressed, "#pseudo-replace")
    def action_replace(self) -> None:
        finding = self._current()
        if self.manual is not None:
            original, kind = self.manual, "manual"
        elif finding is not None:
            original, kind = finding.text, finding.kind
        else:
            return
        placeholder = self.query_one("#placeholder", Input).value
        try:
            n = pseudonyms.apply(self.store, {original: placeholder}, by=FACILITATOR, kind=kind)
        except WorkbenchError as error:
            self.notify(error.message(), severity="error")
            return
        self.manual = None
        self.notify(t("collect.pseudo.applied", n=n))
        self._offered = self.query_one("#placeholder", Input).value  # done: offer the next
        self.refresh_findings()

    @on(Button.Pressed, "#pseudo-allow")
    def action_allow(self) -> None:
        finding = self._current()
        if finding is not None:
            pseudonyms.allow(self.store, finding.text, by=FACILITATOR)
            self.refresh_findings()

    @on(Button.Pressed, "#pseudo-ready")
    def action_ready(self) -> None:
        try:
            pseudonyms.mark_passed(self.store, self.story_id, FACILITATOR)
        except WorkbenchError as error:
            self.notify(error.message(), severity="error")
            return
        teller = stories.teller_of(self.store, self.story_id)
        self.notify(t("collect.pseudo.passed", pseudonym=inert(teller["pseudonym"])))
        self.app.pop_screen()
