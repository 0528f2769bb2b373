"""The posters screen: choose what to print, see what stops it, print with progress.

The plan (which factors, what stops printing) is made in a thread worker whenever a
choice changes, because it loads the font; printing runs in another worker that reports
each finished file and stops between files when the user presses Escape.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.message import Message
from textual.screen import Screen
from textual.widgets import (
    Button,
    Checkbox,
    DataTable,
    Footer,
    Header,
    Input,
    Label,
    ProgressBar,
    Select,
    Static,
)
from textual.worker import get_current_worker

from workbench import workshop
from workbench.errors import WorkbenchError
from workbench.i18n import get_language, t
from workbench.posters.model import SIZES, PosterPlan, PrintOptions
from workbench.store import Store
from workbench.textsafe import inert
from workbench.tui.base import WorkbenchScreen

ALL = "all"
COMMON = "common"


@dataclass
class PlanReady(Message):
    plan: PosterPlan | None
    error: str = ""


@dataclass
class PrintProgress(Message):
    done: int
    total: int
    label: str


@dataclass
class PrintFinished(Message):
    posters: int
    files: int
    out_dir: str
    cancelled: bool
    error: str = ""


class PostersScreen(WorkbenchScreen):
    """Print one poster per factor, optionally a symposium bundle and a handout."""

    BINDINGS = [
        Binding("f5", "print", "key.posters_print", id="posters_print"),
        Binding("f6", "guide", "key.posters_guide", id="posters_guide"),
        Binding("escape", "back", "key.back", id="back"),
    ]

    DEFAULT_CSS = """
    PostersScreen #posters-body { height: 1fr; }
    PostersScreen #posters-options {
        width: 35%; min-width: 28; max-width: 35; padding: 0 1;
        border-right: solid $primary-darken-2;
    }
    PostersScreen #posters-options Label { padding: 1 0 0 0; color: $text-muted; }
    PostersScreen #posters-options Select, PostersScreen #posters-options Input,
    PostersScreen #posters-options Checkbox { width: 100%; padding: 0; }
    PostersScreen #posters-print { margin: 1 0 0 0; width: 100%; }
    PostersScreen #posters-guide { margin: 1 0 0 0; width: 100%; }
    PostersScreen #posters-main { width: 1fr; padding: 0 1; }
    PostersScreen #posters-table { height: 1fr; min-height: 6; }
    PostersScreen #posters-problems { height: auto; max-height: 12; }
    PostersScreen .posters-problem { color: $error; }
    PostersScreen .posters-note { color: $warning; }
    PostersScreen .posters-ok { color: $success; }
    PostersScreen #posters-progress-row { height: auto; padding: 1 0 0 0; }
    PostersScreen #posters-status { padding: 0 1; height: auto; }
    PostersScreen #posters-progress { display: none; }
    PostersScreen #posters-progress.-printing { display: block; }
    """

    def __init__(self, store: Store) -> None:
        super().__init__()
        self.store = store
        self.plan: PosterPlan | None = None
        self._rows: list[list[Text]] = []
        self.printing = False

    # -- layout -----------------------------------------------------------------------

    def compose(self) -> ComposeResult:
        practices = workshop.practices(self.store)
        choices = [(t("posters.screen.all"), ALL), (t("posters.screen.common"), COMMON)]
        choices += [(Text(inert(p["name"])), p["id"]) for p in practices]
        folder = self.store.path.parent / "posters" if self.store.path else Path("posters")
        yield Header()
        with Horizontal(id="posters-body"):
            with VerticalScroll(id="posters-options"):
                yield Label(t("posters.screen.which"))
                yield Select(choices, value=ALL, allow_blank=False, id="posters-which")
                yield Static("\n".join(workshop.factor_count_lines(workshop.counts(self.store))),
                             id="posters-factor-counts", classes="muted", markup=False)
                yield Label(t("posters.screen.size"))
                yield Select([(size, size) for size in SIZES], value="A3", allow_blank=False,
                             id="posters-size")
                yield Checkbox(t("posters.screen.landscape"), id="posters-landscape")
                yield Checkbox(t("posters.screen.skip"), id="posters-skip")
                yield Checkbox(t("posters.screen.bundle"), id="posters-bundle")
                yield Checkbox(t("posters.screen.handout"), id="posters-handout")
                yield Checkbox(t("posters.screen.keep_placeholders"),
                               id="posters-keep-placeholders")
                yield Checkbox(t("posters.screen.allow_rare_roles"), id="posters-rare-roles")
                yield Label(t("posters.screen.contact"))
                yield Input("", id="posters-contact")
                yield Label(t("posters.screen.logo"))
                yield Input("", id="posters-logo")
                yield Label(t("posters.screen.folder"))
                yield Input(str(folder), id="posters-folder")
                yield Button(t("posters.screen.print"), id="posters-print", variant="primary")
                yield Button(t("guide.screen.button"), id="posters-guide")
            with Vertical(id="posters-main"):
                yield Static(t("posters.screen.list"), classes="section-title")
                yield DataTable(id="posters-table", cursor_type="row", zebra_stripes=True)
                yield Static(t("posters.screen.problems"), classes="section-title")
                yield VerticalScroll(id="posters-problems")
                with Vertical(id="posters-progress-row"):
                    yield ProgressBar(id="posters-progress", show_eta=False)
                    yield Static("", id="posters-status", markup=False)
        yield Footer()

    def on_mount(self) -> None:
        super().on_mount()
        self.app.sub_title = t("phase.posters")
        self.query_one("#posters-which", Select).focus()
        self.replan()

    async def language_changed(self) -> None:
        await super().language_changed()
        self.on_mount()

    # -- choices ------------------------------------------------------------------------

    def options(self) -> PrintOptions:
        which = self.query_one("#posters-which", Select).value
        return PrintOptions(
            practice=None if which in (ALL, COMMON) else str(which),
            common=which == COMMON,
            size=str(self.query_one("#posters-size", Select).value),
            landscape=self.query_one("#posters-landscape", Checkbox).value,
            language=get_language(),
            skip_unconsented=self.query_one("#posters-skip", Checkbox).value,
            keep_placeholders=self.query_one("#posters-keep-placeholders", Checkbox).value,
            allow_rare_roles=self.query_one("#posters-rare-roles", Checkbox).value,
            contact=self.query_one("#posters-contact", Input).value.strip(),
            logo=str(Path(logo).expanduser()) if (logo := self.query_one(
                "#posters-logo", Input).value.strip()) else None,
        )

    @on(Select.Changed)
    @on(Checkbox.Changed, "#posters-landscape, #posters-skip, #posters-keep-placeholders, "
                          "#posters-rare-roles")
    @on(Input.Submitted, "#posters-contact, #posters-logo")
    @on(Input.Blurred, "#posters-contact, #posters-logo")
    def choice_changed(self) -> None:
        self.replan()

    def replan(self) -> None:
        self.query_one("#posters-status", Static).update(t("posters.screen.checking"))
        self._make_plan(self.options())

    @work(thread=True, exclusive=True, group="posters-plan")
    def _make_plan(self, options: PrintOptions) -> None:
        from workbench.posters.model import plan

        store = self.store.clone()
        try:
            self.post_message(PlanReady(plan(store, options)))
        except WorkbenchError as error:
            self.post_message(PlanReady(None, error.message()))
        finally:
            store.close()

    def on_plan_ready(self, message: PlanReady) -> None:
        self.plan = message.plan
        table = self.query_one("#posters-table", DataTable)
        table.clear(columns=True)
        box = self.query_one("#posters-problems", VerticalScroll)
        box.remove_children()
        status = self.query_one("#posters-status", Static)
        if message.plan is None:
            box.mount(Static(message.error, classes="posters-problem", markup=False))
            status.update("")
            return
        rows = []
        for poster in message.plan.posters:
            results = poster.results
            session = (t("posters.screen.below_quorum") if results and results.below_quorum
                       else t("word.yes") if results else t("word.no"))
            rows.append([Text(inert(poster.name)),
                         Text(inert(poster.practice or ", ".join(poster.practices))),
                         Text(str(len(poster.elements))), Text(str(len(poster.quotes))),
                         Text(session)])
        self._rows = rows
        self._fill_table()
        lines = self._problem_lines(message.plan)
        for text, kind in lines:
            box.mount(Static(inert(text), classes=kind, markup=False))
        status.update(t("posters.screen.ready", n=len(message.plan.posters)))

    def _fill_table(self) -> None:
        table = self.query_one("#posters-table", DataTable)
        table.clear(columns=True)
        shown = self._add_columns(table, self._rows)
        for row in self._rows:
            cells = []
            for i, width in shown:
                cell = row[i].copy()  # the full text stays for a wider terminal later
                cell.truncate(width, overflow="ellipsis")
                cells.append(cell)
            table.add_row(*cells)

    def on_resize(self) -> None:
        self.call_after_refresh(self._fill_table)

    def _add_columns(self, table: DataTable, rows: list[list[Text]]) -> list[tuple[int, int]]:
        """Columns sized to fit: the factor name always (at least 16 wide), then the
        practice, quotes, sounding board and elements as far as they fit; names are
        shortened with … when needed. Returns (index, width) of the columns shown."""
        names = ("factor", "practice", "elements", "quotes", "session")
        widths = [max([len(t(f"posters.screen.col.{n}"))] + [row[i].cell_len for row in rows])
                  for i, n in enumerate(names)]
        available = table.size.width - 2  # room for the scrollbar the rows may bring
        if table.size.width <= 0:  # not laid out yet: what the options column leaves
            options = min(35, max(28, self.size.width * 35 // 100))
            available = self.size.width - options - 5
        padding = 2 * table.cell_padding
        chosen = {0: min(widths[0], 16)}
        left = available - chosen[0] - padding
        for i in (1, 3, 4, 2):  # practice, quotes, sounding board, elements
            need = min(widths[i], 10) if i == 1 else widths[i]
            if need + padding <= left:
                chosen[i] = need
                left -= need + padding
        for i in (0, 1):  # what is left widens the names again
            if i in chosen:
                extra = min(max(0, left), widths[i] - chosen[i])
                chosen[i] += extra
                left -= extra
        shown = sorted(chosen)
        for i in shown:
            table.add_column(t(f"posters.screen.col.{names[i]}"), width=chosen[i],
                             key=names[i])
        return [(i, chosen[i]) for i in shown]

    def _problem_lines(self, plan: PosterPlan) -> list[tuple[str, str]]:
        lines = [(p.describe(), "posters-problem") for p in plan.problems]
        if not plan.posters:
            lines.append((t("posters.error.nothing"), "posters-problem"))
        lines += [(t("posters.left_out", line=p.describe()), "posters-note")
                  for p in plan.left_out]
        lines += [(t("posters.missing_characters", factor=name, chars=" ".join(sorted(chars))),
                   "posters-note") for name, chars in plan.missing_characters.items()]
        lines += [(t("posters.emoji_removed", factor=name, chars=" ".join(sorted(chars))),
                   "posters-note") for name, chars in plan.emoji_removed.items()]
        lines += [(change.describe(), "posters-note") for change in plan.role_changes]
        if not plan.problems and plan.posters:
            lines.insert(0, (t("posters.screen.no_problems"), "posters-ok"))
        elif plan.problems:
            lines.append((t("posters.screen.how_to_skip"), "posters-note"))
        return lines

    # -- printing -------------------------------------------------------------------------

    @on(Button.Pressed, "#posters-print")
    def print_pressed(self) -> None:
        self.action_print()

    @on(Button.Pressed, "#posters-guide")
    def guide_pressed(self) -> None:
        self.action_guide()

    def action_guide(self) -> None:
        """Open the practical guide: tips per factor, the introduction, the PDF."""
        from workbench.tui.screens.posters.guide import GuideScreen

        folder = self.query_one("#posters-folder", Input).value.strip() or "posters"
        self.app.push_screen(GuideScreen(self.store, Path(folder).expanduser()))

    def action_print(self) -> None:
        if self.printing:
            return
        plan = self.plan
        if plan is None or plan.blocked:
            key = "posters.screen.blocked" if plan and plan.problems else "posters.error.nothing"
            self.notify(t(key, n=len(plan.problems) if plan else 0), severity="error")
            return
        folder = self.query_one("#posters-folder", Input).value.strip()
        if not folder:
            self.notify(t("posters.screen.no_folder"), severity="error")
            return
        self.printing = True
        bar = self.query_one("#posters-progress", ProgressBar)
        bar.add_class("-printing")  # hidden until something prints
        bar.update(total=len(plan.posters) + self._bundle() + self._handout(), progress=0)
        self.query_one("#posters-status", Static).update(t("posters.screen.printing"))
        self._print(self.options(), Path(folder).expanduser(), self._bundle(), self._handout())

    def _bundle(self) -> bool:
        return self.query_one("#posters-bundle", Checkbox).value

    def _handout(self) -> bool:
        return self.query_one("#posters-handout", Checkbox).value

    @work(thread=True, exclusive=True, group="posters-print")
    def _print(self, options: PrintOptions, out_dir: Path, bundle: bool, handout: bool) -> None:
        from workbench.posters.model import plan as make_plan
        from workbench.posters.printing import print_plan

        worker = get_current_worker()
        store = self.store.clone()
        try:
            # Planned afresh: a consent withdrawn since the list was shown must still count.
            plan = make_plan(store, options)
            if plan.problems:
                self.post_message(PlanReady(plan))
                self.post_message(PrintFinished(0, 0, str(out_dir), False, t(
                    "posters.screen.blocked", n=len(plan.problems))))
                return
            result = print_plan(
                store, plan, out_dir, bundle=bundle, handout=handout,
                progress=lambda done, total, label: self.post_message(
                    PrintProgress(done, total, label)),
                cancelled=lambda: worker.is_cancelled or not self.printing,
            )
            self.post_message(PrintFinished(result.posters, len(result.files), str(out_dir),
                                            result.cancelled))
        except WorkbenchError as error:
            self.post_message(PrintFinished(0, 0, str(out_dir), False, error.message()))
        except OSError as error:
            self.post_message(PrintFinished(0, 0, str(out_dir), False, t(
                "error.cannot_write", path=error.filename or str(out_dir),
                reason=error.strerror or str(error))))
        finally:
            store.close()

    def on_print_progress(self, message: PrintProgress) -> None:
        self.query_one("#posters-progress", ProgressBar).update(progress=message.done)
        self.query_one("#posters-status", Static).update(
            t("posters.cli.progress", done=message.done, total=message.total,
              label=inert(message.label)))

    def on_print_finished(self, message: PrintFinished) -> None:
        self.printing = False
        status = self.query_one("#posters-status", Static)
        if message.error:
            status.update(message.error)
            self.notify(message.error, severity="error")
            return
        key = "posters.cli.cancelled" if message.cancelled else "posters.screen.done"
        text = t(key, n=message.posters, files=message.files, path=message.out_dir)
        status.update(text)
        self.notify(text, severity="warning" if message.cancelled else "information")

    def action_back(self) -> None:
        if self.printing:
            # Stops between two files: every file already written stays whole.
            self.printing = False
            self.query_one("#posters-status", Static).update(t("posters.screen.stopping"))
            return
        self.app.pop_screen()


def make_screen(store: Store) -> Screen:
    return PostersScreen(store)
