"""The topic list, reachable from the collect phase (key t): add, reword, retire."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.widgets import DataTable, Footer, Header, Static

from workbench.collect import topic_list
from workbench.errors import WorkbenchError
from workbench.i18n import get_language, t
from workbench.store import Store
from workbench.textsafe import inert
from workbench.tui.base import WorkbenchScreen
from workbench.tui.dialogs.ask_text import AskText
from workbench.tui.messages import DataChanged


class TopicsScreen(WorkbenchScreen):
    """Every topic with its stories; retired ones stay listed, marked."""

    DEFAULT_CSS = """
    TopicsScreen #topics-table { height: 1fr; }
    TopicsScreen #topics-question { height: auto; padding: 0 1; color: $text-muted; }
    """
    BINDINGS = [
        Binding("escape", "app.pop_screen", "key.back", id="back"),
        Binding("n", "new", "key.topics_new", id="topics_new"),
        Binding("e", "edit", "key.topics_edit", id="topics_edit"),
        Binding("r", "retire", "key.topics_retire", id="topics_retire"),
    ]

    def __init__(self, store: Store) -> None:
        super().__init__()
        self.store = store
        self.rows: list[topic_list.TopicRow] = []

    def compose(self) -> ComposeResult:
        yield Header()
        yield Static(t("topics.screen.title"), classes="section-title")
        yield DataTable(id="topics-table", cursor_type="row", zebra_stripes=True)
        yield Static("", id="topics-question", markup=False)
        yield Static(t("topics.screen.hint"), classes="muted", markup=False)
        yield Footer()

    def on_mount(self) -> None:
        super().on_mount()
        self.reload()
        self.query_one("#topics-table", DataTable).focus()

    async def language_changed(self) -> None:
        await super().language_changed()
        self.on_mount()

    def on_data_changed(self, _message: DataChanged) -> None:
        self.reload()

    def _label(self, row: topic_list.TopicRow) -> str:
        return row.label_en if get_language() == "en" and row.label_en else row.label

    def reload(self, select: str | None = None) -> None:
        table = self.query_one("#topics-table", DataTable)
        keep = select or self.current_id()
        self.rows = topic_list.list_topics(self.store)
        table.clear(columns=True)
        table.add_column("#", key="number")
        table.add_column(t("topics.col.topic"), key="label")
        table.add_column(t("collect.col.status"), key="state")
        table.add_column(t("topics.col.stories"), key="stories")
        for row in self.rows:
            state = t("topics.retired_mark") if row.retired else t("topics.asked_mark")
            table.add_row(str(row.number), Text(inert(self._label(row))[:44]),
                          Text(state, style="italic"), str(row.stories),
                          key=row.id)
        ids = [row.id for row in self.rows]
        if keep in ids:
            table.move_cursor(row=ids.index(keep))
        self.show_question()

    def current_id(self) -> str | None:
        table = self.query_one("#topics-table", DataTable)
        if not self.rows or table.cursor_row is None or table.cursor_row >= len(self.rows):
            return None
        return self.rows[table.cursor_row].id

    def current(self) -> topic_list.TopicRow | None:
        found = self.current_id()
        return next((row for row in self.rows if row.id == found), None)

    def show_question(self) -> None:
        row = self.current()
        text = ""
        if row is not None:
            question = row.question_en if get_language() == "en" and row.question_en \
                else row.question
            text = inert(question)
        self.query_one("#topics-question", Static).update(text)

    def on_data_table_row_highlighted(self, _event: DataTable.RowHighlighted) -> None:
        self.show_question()

    def _do(self, work) -> topic_list.TopicRow | None:
        try:
            return work()
        except WorkbenchError as error:
            self.notify(error.message(), severity="error")
            return None

    def action_new(self) -> None:
        def got_label(label: str | None) -> None:
            if not label or not label.strip():
                return

            def got_question(question: str | None) -> None:
                if question is None:
                    return
                row = self._do(lambda: topic_list.add_topic(self.store, label, question))
                if row is not None:
                    self.notify(t("topics.cli.added", n=row.number, label=inert(row.label)))
                    self.reload(select=row.id)

            self.app.push_screen(AskText(t("topics.screen.new_question")), got_question)

        self.app.push_screen(AskText(t("topics.screen.new_label")), got_label)

    def action_edit(self) -> None:
        row = self.current()
        if row is None:
            return
        english = get_language() == "en"
        label_field, question_field = ("label_en", "question_en") if english \
            else ("label", "question")

        def got_label(label: str | None) -> None:
            if label is None:
                return

            def got_question(question: str | None) -> None:
                if question is None:
                    return
                changed = self._do(lambda: topic_list.edit_topic(
                    self.store, row.id, **{label_field: label, question_field: question}))
                if changed is not None:
                    self.notify(t("topics.cli.edited", n=changed.number,
                                  label=inert(changed.label)))
                    self.reload(select=changed.id)

            self.app.push_screen(AskText(t("topics.screen.edit_question"),
                                         getattr(row, question_field)), got_question)

        self.app.push_screen(AskText(t("topics.screen.edit_label"),
                                     getattr(row, label_field)), got_label)

    def action_retire(self) -> None:
        row = self.current()
        if row is None:
            return
        changed = self._do(lambda: topic_list.retire_topic(self.store, row.id,
                                                           retired=not row.retired))
        if changed is not None:
            key = "topics.cli.retired" if changed.retired else "topics.cli.restored"
            self.notify(t(key, n=changed.number, label=inert(changed.label)))
            self.reload(select=changed.id)
