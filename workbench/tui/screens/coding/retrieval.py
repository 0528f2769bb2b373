"""Retrieval: every fragment of a code (a category with its sub-codes) across stories, with
who told it and a line of context; filters by practice, role, coder and attribute; Enter
opens the story at the fragment; w writes a report (Word or Markdown)."""

from __future__ import annotations

from dataclasses import replace

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.message import Message
from textual.widgets import Footer, Header, OptionList, Static
from textual.widgets.option_list import Option

from workbench import workshop
from workbench.coding import analysis, codebook, reports
from workbench.coding import fragments as coding
from workbench.coding.analysis import Filters, Query
from workbench.collect import attributes
from workbench.errors import WorkbenchError
from workbench.i18n import t, tn
from workbench.store import Store
from workbench.textsafe import inert
from workbench.tui.base import WorkbenchScreen
from workbench.tui.dialogs.ask_text import AskText
from workbench.tui.dialogs.pick import Pick


def fragment_option(row: dict) -> Option:
    """Three lines: who told it, the fragment in its context, its codes and memos."""
    role = row["role_label"] or t(f"role.{row['role'] or 'unknown'}")
    label = Text()
    label.append(inert(row["pseudonym"]), style="bold")
    label.append(f" · {inert(role)} · {inert(row['practice'] or '—')}")
    if row["title"]:
        label.append(f" · “{inert(row['title'])}”", style="italic")
    label.append("\n  ")
    before = " ".join(row["before"].split()[-8:])
    after = " ".join(row["after"].split()[:8])
    label.append(("…" + inert(before) + " ") if before else "", style="dim")
    label.append(inert(" ".join(row["text"].split())), style="bold")
    label.append((" " + inert(after) + "…") if after else "", style="dim")
    label.append("\n  " + inert(", ".join(row["codes"])), style="dim")
    for memo in row["memos"]:
        label.append("\n  ✎ " + inert(" ".join(memo.split())), style="italic")
    return Option(label, id=row["id"])


class ReportDone(Message):
    """The report worker is done: what to say (where the report went, or why it failed)."""

    def __init__(self, text: str, *, failed: bool = False) -> None:
        super().__init__()
        self.text = text
        self.failed = failed


class RetrievalScreen(WorkbenchScreen):
    """The fragments of one code across stories."""

    DEFAULT_CSS = """
    RetrievalScreen #retrieval-list { height: 1fr; }
    RetrievalScreen #retrieval-filters { padding: 0 1; color: $text-muted; }
    """
    BINDINGS = [
        Binding("escape", "app.pop_screen", "key.back", id="back"),
        Binding("enter", "open", "key.analysis_open_story", id="analysis_open_story"),
        Binding("s", "subcodes", "key.analysis_subcodes", id="analysis_subcodes"),
        Binding("p", "filter('practice')", "key.analysis_by_practice",
                id="analysis_by_practice"),
        Binding("r", "filter('role')", "key.analysis_by_role", id="analysis_by_role"),
        Binding("c", "filter('coder')", "key.analysis_by_coder", id="analysis_by_coder"),
        Binding("a", "filter('attribute')", "key.analysis_by_attribute",
                id="analysis_by_attribute"),
        Binding("x", "clear", "key.analysis_clear_filters", id="analysis_clear_filters",
                show=False),
        Binding("w", "report", "key.analysis_report", id="analysis_report"),
    ]

    def __init__(self, store: Store, query: Query) -> None:
        super().__init__()
        self.store = store
        self.query_ = query
        self.rows: list[dict] = []

    def compose(self) -> ComposeResult:
        # The list is filled here, before the first frame: Enter works from the first moment.
        self.rows = analysis.retrieve(self.store, self.query_)
        yield Header()
        yield Static(self._title(), id="retrieval-title", classes="section-title")
        yield Static(self._filters_text(), id="retrieval-filters")
        yield OptionList(*(fragment_option(r) for r in self.rows), id="retrieval-list")
        yield Footer()

    def on_mount(self) -> None:
        super().on_mount()
        options = self.query_one(OptionList)
        options.focus()
        if options.option_count:
            options.highlighted = 0

    def _title(self) -> Text:
        name = codebook.path(self.store, self.query_.code_id)
        if self.query_.with_code:
            name = t("analysis.report.with", code=name,
                     other=codebook.path(self.store, self.query_.with_code))
        stories = len({r["story_id"] for r in self.rows})
        return Text(t("analysis.retrieval_title", code=inert(name),
                      summary=analysis.summary(len(self.rows), stories)))

    def _filters_text(self) -> str:
        f = self.query_.filters
        parts = [t("analysis.with_subcodes") if self.query_.subcodes
                 else t("analysis.without_subcodes")]
        if f.practice_id:
            parts.append(workshop.find_practice(self.store, f.practice_id)["name"])
        if f.role:
            parts.append(t(f"role.{f.role}"))
        if f.coder:
            parts.append(t("analysis.coder_is", name=f.coder))
        if f.attribute_id:
            attribute = attributes.find_attribute(self.store, f.attribute_id)
            parts.append(f"{attribute['name']} = "
                         f"{attributes.shown(attribute, f.attribute_value or '')}")
        if self.query_.with_code:
            parts.append(t(f"analysis.mode.{self.query_.mode}"))
        return inert(" · ".join(parts))

    def reload(self) -> None:
        self.rows = analysis.retrieve(self.store, self.query_)
        options = self.query_one(OptionList)
        options.clear_options()
        options.add_options(fragment_option(r) for r in self.rows)
        if options.option_count:
            options.highlighted = 0
        self.query_one("#retrieval-title", Static).update(self._title())
        self.query_one("#retrieval-filters", Static).update(self._filters_text())

    # -- actions ---------------------------------------------------------------------

    @on(OptionList.OptionSelected, "#retrieval-list")
    def selected(self, event: OptionList.OptionSelected) -> None:
        self._open(event.option.id)

    def action_open(self) -> None:
        options = self.query_one(OptionList)
        if options.highlighted is not None:
            self._open(options.get_option_at_index(options.highlighted).id)

    def _open(self, fragment_id: str | None) -> None:
        from workbench.tui.screens.coding.story import CodingScreen

        row = next((r for r in self.rows if r["id"] == fragment_id), None)
        if row:
            self.app.push_screen(CodingScreen(self.store, row["story_id"],
                                              show=(row["start"], row["end"])))

    def on_screen_resume(self) -> None:
        # Back from coding a story: codes and memos may have changed.
        if self.is_mounted and self.rows:
            self.reload()

    def action_subcodes(self) -> None:
        self.query_ = replace(self.query_, subcodes=not self.query_.subcodes)
        self.reload()

    def action_clear(self) -> None:
        self.query_ = replace(self.query_, filters=Filters())
        self.reload()

    @work(exclusive=True, group="retrieval-dialog")
    async def action_filter(self, what: str) -> None:
        f = replace(self.query_.filters)
        everyone = ("", t("analysis.filter_all"))
        if what == "practice":
            choices = [everyone] + [(p["id"], p["name"]) for p in workshop.practices(self.store)]
            value = await self.app.push_screen_wait(Pick(t("key.analysis_by_practice"),
                                                                 choices))
            if value is None:
                return
            f.practice_id = value or None
        elif what == "role":
            from workbench.collect.stories import ROLES

            choices = [everyone] + [(r, t(f"role.{r}")) for r in ROLES]
            value = await self.app.push_screen_wait(Pick(t("key.analysis_by_role"),
                                                                 choices))
            if value is None:
                return
            f.role = value or None
        elif what == "coder":
            coders = coding.coders(self.store)
            value = await self.app.push_screen_wait(Pick(
                t("key.analysis_by_coder"), [everyone] + [(c, c) for c in coders]))
            if value is None:
                return
            f.coder = value or None
        else:
            rows = attributes.attributes(self.store)
            if not rows:
                self.notify(t("analysis.no_attributes_yet"), severity="warning")
                return
            choices = [everyone]
            for row in rows:
                for value in attributes.distinct_values(self.store, row["id"]):
                    choices.append((f"{row['id']}\t{value}",
                                    f"{row['name']} = {attributes.shown(row, value)}"))
            value = await self.app.push_screen_wait(Pick(
                t("key.analysis_by_attribute"), choices))
            if value is None:
                return
            f.attribute_id, f.attribute_value = (value.split("\t", 1) if value
                                                 else (None, None))
        self.query_ = replace(self.query_, filters=f)
        self.reload()

    @work(exclusive=True, group="retrieval-dialog")
    async def action_report(self) -> None:
        from pathlib import Path

        name = codebook.get_code(self.store, self.query_.code_id)["name"]
        default = "fragmenten-" + "-".join(name.lower().split())[:40] + ".docx"
        answer = await self.app.push_screen_wait(AskText(
            t("analysis.report_where"), value=default))
        if not answer or not answer.strip():
            return
        self.write_report(Path(answer.strip()).expanduser())

    @work(thread=True, exclusive=True, group="report")
    def write_report(self, path) -> None:
        store = self.store.clone()
        try:
            n = reports.write(store, self.query_, path)
        except (WorkbenchError, OSError) as error:
            message = error.message() if isinstance(error, WorkbenchError) else str(error)
            self.post_message(ReportDone(message, failed=True))
            return
        finally:
            store.close()
        self.post_message(ReportDone(t("analysis.report.written", path=str(path),
                                       fragments=tn("analysis.n_fragments", n))))

    def on_report_done(self, message: ReportDone) -> None:
        if message.failed:
            self.notify(message.text, severity="error")
        else:
            self.notify(message.text, timeout=5)

