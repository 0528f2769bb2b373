"""The pseudonymisation assistant for one story: findings, placeholders, ready for coding.

The story is shown with every finding marked. For the chosen finding the facilitator
types (or accepts) a placeholder and replaces it in every story, or marks the word as
not identifying. When nothing is left, the story is marked ready for coding.
"""

from __future__ import annotations

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.widgets import Button, DataTable, Footer, Header, Input, Static

from workbench import pseudonyms, stories
from workbench.errors import WorkbenchError
from workbench.i18n import t
from workbench.store import Store
from workbench.textsafe import inert
from workbench.tui.base import WorkbenchScreen

FACILITATOR = "begeleider"


class PseudonymiseScreen(WorkbenchScreen):
    DEFAULT_CSS = """
    PseudonymiseScreen #pseudo-body { height: 1fr; }
    PseudonymiseScreen #pseudo-text { width: 1fr; padding: 0 1; border-right: solid $primary; }
    PseudonymiseScreen #pseudo-side { width: 56; padding: 0 1; }
    PseudonymiseScreen #findings { height: 1fr; }
    PseudonymiseScreen #pseudo-buttons { height: auto; }
    PseudonymiseScreen #pseudo-buttons Button { margin-right: 1; }
    """
    BINDINGS = [
        Binding("escape", "app.pop_screen", "key.back", id="back"),
        Binding("ctrl+r", "replace", "key.pseudo_replace", id="pseudo_replace"),
        Binding("ctrl+n", "allow", "key.pseudo_allow", id="pseudo_allow"),
        Binding("ctrl+k", "ready", "key.pseudo_ready", id="pseudo_ready"),
    ]

    def __init__(self, store: Store, story_id: str) -> None:
        super().__init__()
        self.store = store
        self.story_id = story_id
        self.findings: list[pseudonyms.Finding] = []

    def compose(self) -> ComposeResult:
        yield Header()
        yield Static("", id="pseudo-meta", classes="section-title", markup=False)
        with Horizontal(id="pseudo-body"):
            with VerticalScroll(id="pseudo-text"):
                yield Static("", id="pseudo-story", markup=False)
            with Vertical(id="pseudo-side"):
                yield Static(t("pseudo.findings"), classes="section-title")
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
        self.refresh_findings()
        table.focus()

    def refresh_findings(self) -> None:
        story = stories.get_story(self.store, self.story_id)
        teller = self.store.one("SELECT pseudonym FROM storytellers WHERE id = ?",
                                [story["storyteller_id"]])
        self.findings = pseudonyms.scan_story(self.store, self.story_id)
        state = t("pseudo.state_passed") if pseudonyms.passed(self.store, self.story_id) else ""
        self.query_one("#pseudo-meta", Static).update(
            t("pseudo.title", name=inert(teller["pseudonym"] if teller else "?"),
              n=len(self.findings)) + state)
        text = Text()
        position = 0
        for finding in self.findings:
            text.append(inert(story["text"][position:finding.start]))
            text.append(inert(finding.text), style="bold reverse")
            position = finding.end
        text.append(inert(story["text"][position:]))
        self.query_one("#pseudo-story", Static).update(text)
        table = self.query_one("#findings", DataTable)
        table.clear()
        for i, finding in enumerate(self.findings):
            table.add_row(Text(inert(finding.text)), t(f"collect.kind.{finding.kind}"),
                          Text(finding.suggestion), key=str(i))
        if not self.findings:
            self.query_one("#placeholder", Input).value = ""
            self.notify(t("collect.pseudo.none"), timeout=3)
        else:
            self._choose(0)

    def _current(self) -> pseudonyms.Finding | None:
        table = self.query_one("#findings", DataTable)
        if not self.findings or table.cursor_row is None:
            return None
        return self.findings[min(table.cursor_row, len(self.findings) - 1)]

    def _choose(self, index: int) -> None:
        if 0 <= index < len(self.findings):
            self.query_one("#placeholder", Input).value = self.findings[index].suggestion

    @on(DataTable.RowHighlighted, "#findings")
    def highlighted(self, event: DataTable.RowHighlighted) -> None:
        self._choose(event.cursor_row)

    @on(DataTable.RowSelected, "#findings")
    def selected(self) -> None:
        self.query_one("#placeholder", Input).focus()

    @on(Input.Submitted, "#placeholder")
    @on(Button.Pressed, "#pseudo-replace")
    def action_replace(self) -> None:
        finding = self._current()
        placeholder = self.query_one("#placeholder", Input).value.strip()
        if finding is None or not placeholder:
            return
        try:
            n = pseudonyms.apply(self.store, {finding.text: placeholder}, by=FACILITATOR)
        except WorkbenchError as error:
            self.notify(error.message(), severity="error")
            return
        self.notify(t("collect.pseudo.applied", n=n))
        self.refresh_findings()
        self.query_one("#findings", DataTable).focus()

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
        teller = self.store.one(
            "SELECT t.pseudonym FROM stories s JOIN storytellers t ON t.id = s.storyteller_id "
            "WHERE s.id = ?", [self.story_id])
        self.notify(t("collect.pseudo.passed", pseudonym=inert(teller["pseudonym"])))
        self.app.pop_screen()
