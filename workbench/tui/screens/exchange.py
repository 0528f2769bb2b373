"""The exchange screen: choose an export, see what it includes, write it with progress."""

from __future__ import annotations

from pathlib import Path

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.message import Message
from textual.screen import Screen
from textual.widgets import Button, Footer, Header, Input, OptionList, ProgressBar, Static
from textual.widgets.option_list import Option
from textual.worker import Worker, WorkerState, get_current_worker

from workbench.errors import WorkbenchError
from workbench.exchange import choices
from workbench.i18n import t
from workbench.store import Store
from workbench.textsafe import inert
from workbench.tui.base import WorkbenchScreen


class Cancelled(Exception):
    """Raised inside the worker when the user cancels; the half file is removed."""


class ExportProgress(Message):
    """The export worker has written ``done`` of ``total`` parts."""

    def __init__(self, done: int, total: int) -> None:
        super().__init__()
        self.done = done
        self.total = total


class ExchangeScreen(WorkbenchScreen):
    BINDINGS = [
        Binding("escape", "back", "key.back", id="back"),
        Binding("ctrl+e", "export", "key.exchange_export", id="exchange_export"),
        Binding("ctrl+x", "cancel", "key.exchange_cancel", id="exchange_cancel"),
    ]
    DEFAULT_CSS = """
    ExchangeScreen #exchange { height: 1fr; }
    ExchangeScreen #exchange-choices { width: 40; border-right: solid $primary-darken-2; }
    ExchangeScreen #exchange-detail { width: 1fr; padding: 0 2; }
    ExchangeScreen #exchange-included { height: auto; padding: 1 0; }
    ExchangeScreen #exchange-path { margin: 1 0 0 0; }
    ExchangeScreen #exchange-actions { height: auto; margin: 1 0; }
    ExchangeScreen #exchange-progress { margin: 0 0 1 0; }
    ExchangeScreen #exchange-progress Bar { width: 1fr; max-width: 32; }
    ExchangeScreen #exchange-status { height: auto; }
    """

    def __init__(self, store: Store) -> None:
        super().__init__()
        self.store = store
        self.key = choices.CHOICES[0].key
        self.running = False

    def compose(self) -> ComposeResult:
        yield Header()
        with Horizontal(id="exchange"):
            with Vertical(id="exchange-choices"):
                yield Static(t("exchange.tui.choose"), classes="section-title")
                yield OptionList(*(Option(t(f"exchange.tui.choice.{c.key}"), id=c.key)
                                   for c in choices.CHOICES), id="exchange-list")
            with VerticalScroll(id="exchange-detail"):
                yield Static(t("exchange.tui.included"), classes="section-title")
                yield Static("", id="exchange-included", markup=False)
                yield Static(t("exchange.tui.where"), classes="section-title")
                yield Input(id="exchange-path")
                with Horizontal(id="exchange-actions"):
                    yield Button(t("exchange.tui.export"), id="exchange-go", variant="primary")
                    yield Button(t("exchange.tui.cancel"), id="exchange-stop", disabled=True)
                yield ProgressBar(id="exchange-progress", show_eta=False)
                yield Static("", id="exchange-status", markup=False)
        yield Footer()

    def on_mount(self) -> None:
        super().on_mount()
        self.app.sub_title = t("phase.exchange")
        self.show(self.key)
        self.query_one("#exchange-list", OptionList).focus()

    def show(self, key: str) -> None:
        self.key = key
        lines = choices.included(self.store, key)
        self.query_one("#exchange-included", Static).update(Text("\n".join(lines)))
        path = choices.default_path(self.store, key)
        self.query_one("#exchange-path", Input).value = str(path)
        self.query_one("#exchange-status", Static).update("")
        self.query_one("#exchange-progress", ProgressBar).update(total=100, progress=0)

    @on(OptionList.OptionHighlighted, "#exchange-list")
    def highlighted(self, event: OptionList.OptionHighlighted) -> None:
        if event.option.id and not self.running:
            self.show(event.option.id)

    @on(OptionList.OptionSelected, "#exchange-list")
    def selected(self) -> None:
        self.query_one("#exchange-path", Input).focus()

    @on(Input.Submitted, "#exchange-path")
    @on(Button.Pressed, "#exchange-go")
    def go(self) -> None:
        self.action_export()

    @on(Button.Pressed, "#exchange-stop")
    def stop(self) -> None:
        self.action_cancel()

    def action_export(self) -> None:
        if self.running:
            return
        value = self.query_one("#exchange-path", Input).value.strip()
        if not value:
            self.notify(t("exchange.tui.no_path"), severity="error")
            return
        out = Path(value).expanduser()
        if not out.parent.is_dir():
            self.notify(t("exchange.tui.no_folder", folder=inert(str(out.parent))),
                        severity="error")
            return
        self.running = True
        self.refresh_bindings()
        self.query_one("#exchange-go", Button).disabled = True
        self.query_one("#exchange-stop", Button).disabled = False
        self.query_one("#exchange-status", Static).update(Text(t("exchange.tui.busy")))
        self.query_one("#exchange-progress", ProgressBar).update(total=None, progress=0)
        self.write_export(self.key, out)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "cancel":
            return self.running  # Stop is only offered while an export runs
        return super().check_action(action, parameters)

    def action_cancel(self) -> None:
        if self.running:
            self.workers.cancel_group(self, "exchange")

    def action_back(self) -> None:
        if self.running:
            self.notify(t("exchange.tui.still_busy"), severity="warning")
            return
        self.app.pop_screen()

    @work(thread=True, exclusive=True, group="exchange", exit_on_error=False)
    def write_export(self, key: str, out: Path) -> str:
        worker = get_current_worker()
        store = self.store.clone()

        def progress(done: int, total: int) -> None:
            if worker.is_cancelled:
                raise Cancelled
            self.post_message(ExportProgress(done, total))

        try:
            return choices.run(store, key, out, progress=progress)
        finally:
            store.close()

    def on_export_progress(self, message: ExportProgress) -> None:
        self.query_one("#exchange-progress", ProgressBar).update(total=message.total,
                                                                 progress=message.done)

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        if event.worker.group != "exchange" or event.state in (WorkerState.PENDING,
                                                               WorkerState.RUNNING):
            return
        self.running = False
        self.refresh_bindings()
        self.query_one("#exchange-go", Button).disabled = False
        self.query_one("#exchange-stop", Button).disabled = True
        status = self.query_one("#exchange-status", Static)
        bar = self.query_one("#exchange-progress", ProgressBar)
        if event.state == WorkerState.SUCCESS:
            bar.update(total=100, progress=100)
            status.update(Text(inert(str(event.worker.result))))
            # below the fold on small screens: scroll down, and say it in the toast too
            detail = self.query_one("#exchange-detail")
            self.call_after_refresh(lambda: detail.scroll_end(animate=False))
            self.notify(f"{t('exchange.tui.done')} {inert(str(event.worker.result))}",
                        timeout=6)
            return
        error = event.worker.error
        if event.state == WorkerState.CANCELLED or isinstance(error, Cancelled):
            status.update(Text(t("exchange.tui.cancelled")))
            return
        if isinstance(error, WorkbenchError):
            message = error.message()
        elif isinstance(error, OSError):
            message = t("error.cannot_write", path=str(getattr(error, "filename", "") or "?"),
                        reason=error.strerror or str(error))
        else:
            message = t("error.unexpected", reason=f"{type(error).__name__}: {error}")
        status.update(Text(inert(message)))
        self.notify(inert(message), severity="error")


def make_screen(store: Store) -> Screen:
    return ExchangeScreen(store)
