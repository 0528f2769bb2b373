"""The practical guide screen: tips per factor, the introduction, and making the PDF.

Opened from the posters screen. The facilitator picks a factor (one entry per linked group:
a tip belongs to the factor in every practice), writes the tips one per line, writes the
introduction, saves, and makes the PDF in a worker so the screen stays responsive.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.message import Message
from textual.widgets import Button, Footer, Header, Label, ProgressBar, Select, Static, TextArea

from workbench.collect import booth
from workbench.errors import WorkbenchError
from workbench.factors import model as factors
from workbench.i18n import get_language, t
from workbench.posters import guide as core
from workbench.store import Store
from workbench.textsafe import inert
from workbench.tui.base import WorkbenchScreen


@dataclass
class GuideDone(Message):
    path: str
    pages: int
    error: str = ""


class GuideScreen(WorkbenchScreen):
    """Tips per factor and the introduction of the practical guide; F5 makes the PDF."""

    BINDINGS = [
        Binding("ctrl+s", "save", "key.guide_save", id="guide_save"),
        Binding("f5", "make", "key.guide_make", id="guide_make"),
        Binding("escape", "back", "key.back", id="back"),
    ]

    DEFAULT_CSS = """
    GuideScreen #guide-body { height: 1fr; padding: 0 1; }
    GuideScreen Label { padding: 1 0 0 0; color: $text-muted; }
    GuideScreen #guide-tips { height: 1fr; min-height: 5; }
    GuideScreen #guide-intro { height: 1fr; min-height: 5; }
    GuideScreen #guide-buttons { height: auto; padding: 1 0 0 0; }
    GuideScreen #guide-buttons Button { margin: 0 1 0 0; }
    GuideScreen #guide-status { height: auto; padding: 0 1; }
    GuideScreen #guide-progress { display: none; }
    GuideScreen #guide-progress.-making { display: block; }
    """

    def __init__(self, store: Store, folder: Path) -> None:
        super().__init__()
        self.store = store
        self.folder = folder
        self.making = False
        self.factor_id: str | None = None
        # what is typed is saved while typing, like a story in the booth
        self.policy = booth.SavePolicy()

    def compose(self) -> ComposeResult:
        choices = core.factor_choices(self.store)
        yield Header()
        with Vertical(id="guide-body"):
            yield Label(t("guide.screen.factor"))
            if choices:
                yield Select([(Text(inert(label)), fid) for label, fid in choices],
                             value=choices[0][1], allow_blank=False, id="guide-factor")
            else:
                yield Static(t("guide.screen.no_factors"), id="guide-factor-none")
            yield Label(t("guide.screen.tips_label"))
            yield TextArea(id="guide-tips", soft_wrap=True)
            yield Label(t("guide.screen.intro_label"))
            yield TextArea(core.intro(self.store), id="guide-intro", soft_wrap=True)
            with Horizontal(id="guide-buttons"):
                yield Button(t("guide.screen.save"), id="guide-save", variant="primary")
                yield Button(t("guide.screen.make"), id="guide-make")
                yield Button(t("guide.screen.close"), id="guide-close")
            yield ProgressBar(id="guide-progress", show_eta=False, total=None)
            yield Static("", id="guide-status", markup=False)
        yield Footer()

    def on_mount(self) -> None:
        super().on_mount()
        self.set_interval(booth.SAVE_CHECK, self.save_when_due)
        self.app.sub_title = t("guide.screen.title")
        selects = self.query("#guide-factor")
        if selects:
            self.factor_id = str(self.query_one("#guide-factor", Select).value)
            self._load_tips()
            self.query_one("#guide-tips", TextArea).focus()

    def _load_tips(self) -> None:
        texts = [row["text"] for row in core.tips(self.store, self.factor_id)] \
            if self.factor_id else []
        self.query_one("#guide-tips", TextArea).load_text("\n".join(texts))

    @on(Select.Changed, "#guide-factor")
    def factor_changed(self, event: Select.Changed) -> None:
        self.action_save(quiet=True)  # what was typed for the previous factor is kept
        self.factor_id = str(event.value)
        self._load_tips()

    @on(TextArea.Changed)
    def typed(self) -> None:
        self.policy.changed()

    def save_when_due(self) -> None:
        if self.policy.due():
            self.policy.saved()  # a failing save is tried again at the next change
            self.action_save(quiet=True)

    @on(Button.Pressed, "#guide-save")
    def save_pressed(self) -> None:
        self.action_save()

    @on(Button.Pressed, "#guide-make")
    def make_pressed(self) -> None:
        self.action_make()

    @on(Button.Pressed, "#guide-close")
    def close_pressed(self) -> None:
        self.action_back()

    def action_save(self, quiet: bool = False) -> bool:
        status = self.query_one("#guide-status", Static)
        try:
            core.set_intro(self.store, self.query_one("#guide-intro", TextArea).text)
            if self.factor_id:
                lines = self.query_one("#guide-tips", TextArea).text.splitlines()
                n = core.set_tips(self.store, self.factor_id, lines)
                name = factors.get_factor(self.store, self.factor_id)["name"]
                if not quiet:
                    status.update(t("guide.screen.saved", n=n, factor=name))
        except WorkbenchError as error:
            status.update(error.message())
            self.notify(error.message(), severity="error")
            return False
        return True

    def action_make(self) -> None:
        if self.making or not self.action_save(quiet=True):
            return
        self.making = True
        self.query_one("#guide-progress", ProgressBar).add_class("-making")
        self.query_one("#guide-status", Static).update(t("posters.screen.printing"))
        self._make(self.folder / "handreiking.pdf", get_language())

    @work(thread=True, exclusive=True, group="guide-make")
    def _make(self, path: Path, language: str) -> None:
        from workbench.posters.printing import prepare_file
        from workbench.posters.printing.guide import page_count, write_guide

        store = self.store.clone()
        try:
            plan = core.guide_plan(store, language=language, skip_unconsented=True)
            prepare_file(path)
            write_guide(plan, path)
            self.post_message(GuideDone(str(path), page_count(plan)))
        except WorkbenchError as error:
            self.post_message(GuideDone(str(path), 0, error.message()))
        except OSError as error:
            self.post_message(GuideDone(str(path), 0, t(
                "error.cannot_write", path=error.filename or str(path),
                reason=error.strerror or str(error))))
        finally:
            store.close()

    def on_guide_done(self, message: GuideDone) -> None:
        self.making = False
        self.query_one("#guide-progress", ProgressBar).remove_class("-making")
        status = self.query_one("#guide-status", Static)
        if message.error:
            status.update(message.error)
            self.notify(message.error, severity="error")
            return
        text = t("guide.screen.written", path=message.path)
        status.update(text)
        self.notify(text)

    def action_back(self) -> None:
        if self.making:
            return
        self.action_save(quiet=True)
        self.app.pop_screen()
