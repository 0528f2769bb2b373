"""Dialogs of the sessions area: a new session. (Yes/no and one line of text are the
shared ``workbench.tui.dialogs``.)"""

from __future__ import annotations

from datetime import date
from typing import Any

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.widgets import Button, Checkbox, Footer, Input, Select, SelectionList, Static

from workbench import workshop
from workbench.errors import WorkbenchError
from workbench.i18n import t
from workbench.sessions import model as sessions
from workbench.sessions.tally import default_dot_budget
from workbench.store import Store
from workbench.textsafe import inert
from workbench.tui.base import WorkbenchModal

DIALOG_CSS = """
{name} {{ align: center middle; }}
{name} > .session-dialog {{ width: 90; height: auto; max-height: 95%; border: thick $accent;
                            padding: 1 2; background: $surface; }}
{name} .dialog-title {{ text-style: bold; color: $accent; margin-bottom: 1; }}
{name} .dialog-label {{ margin-top: 0; }}
{name} .dialog-error {{ color: $error; height: auto; }}
{name} Horizontal {{ height: auto; }}
{name} Horizontal > * {{ margin-right: 2; }}
{name} Horizontal > Vertical {{ height: auto; }}
{name} Button {{ margin-right: 2; }}
{name} SelectionList {{ height: auto; max-height: 12; }}
{name} .short {{ width: 16; }}
"""

ACROSS = "__across__"


class NewSessionDialog(WorkbenchModal[str]):
    """Name, practice, factors, priority method, dots, quorum; dismisses the new id."""

    DEFAULT_CSS = DIALOG_CSS.format(name="NewSessionDialog")
    BINDINGS = [
        Binding("ctrl+s", "create", "key.sessions_save", id="sessions_save", priority=True),
        Binding("escape", "cancel", "key.sessions_cancel", id="sessions_cancel"),
    ]

    def __init__(self, store: Store) -> None:
        super().__init__()
        self.store = store

    def compose(self) -> ComposeResult:
        practices = workshop.practices(self.store)
        with VerticalScroll(classes="session-dialog"):
            yield Static(t("sessions.new_title"), classes="dialog-title")
            yield Input(placeholder=t("sessions.name_placeholder"), id="name",
                        max_length=sessions.MAX_NAME)
            yield Static(t("sessions.practice_label"), classes="dialog-label")
            options = [(Text(inert(p["name"])), p["id"]) for p in practices]
            options.append((Text(t("sessions.across_practices")), ACROSS))
            # start on a practice that has factors to discuss
            with_factors = [p["id"] for p in practices
                            if sessions.candidate_factors(self.store, p["id"])]
            start = with_factors[0] if with_factors else options[0][1]
            yield Select(options, allow_blank=False, value=start, id="practice")
            yield Static(t("sessions.factors_label"), classes="dialog-label")
            yield SelectionList[str](id="factors")
            yield Static(t("sessions.method_label"), classes="dialog-label")
            yield Select([(t(f"sessions.method.{m}"), m) for m in sessions.METHODS],
                         allow_blank=False, value="both", id="method")
            with Horizontal():
                with Vertical(classes="short"):
                    yield Static(t("sessions.budget_label"), classes="dialog-label")
                    yield Input(id="budget", type="integer", classes="short")
                with Vertical(classes="short"):
                    yield Static(t("sessions.quorum_label"), classes="dialog-label")
                    yield Input(str(sessions.DEFAULT_QUORUM), id="quorum", type="integer",
                                classes="short")
                with Vertical():
                    yield Static(t("sessions.date_label"), classes="dialog-label")
                    yield Input(date.today().isoformat(), id="date")  # editable
            yield Checkbox(t("sessions.rate_elements_label"), id="rate-elements")
            yield Static("", classes="dialog-error", id="dialog-error", markup=False)
            with Horizontal():
                yield Button(t("sessions.create"), variant="primary", id="create")
                yield Button(t("sessions.cancel"), id="cancel")
        yield Footer()

    def on_mount(self) -> None:
        super().on_mount()
        self.fill_factors()
        self.query_one("#name", Input).focus()

    def practice_id(self) -> str | None:
        value = self.query_one("#practice", Select).value
        return None if value == ACROSS or not isinstance(value, str) else value

    def fill_factors(self) -> None:
        factors = sessions.candidate_factors(self.store, self.practice_id())
        chooser = self.query_one("#factors", SelectionList)
        chooser.clear_options()
        chooser.add_options([(Text(inert(f["name"])), f["id"], True) for f in factors])
        self.query_one("#budget", Input).placeholder = str(default_dot_budget(len(factors)))

    @on(Select.Changed, "#practice")
    def practice_changed(self) -> None:
        self.fill_factors()

    @on(SelectionList.SelectedChanged, "#factors")
    def factors_changed(self) -> None:
        n = len(self.query_one("#factors", SelectionList).selected)
        self.query_one("#budget", Input).placeholder = str(default_dot_budget(n))

    @on(Button.Pressed, "#create")
    @on(Input.Submitted)
    def action_create(self) -> None:
        if not self.query_one("#factors", SelectionList).selected:
            self.query_one("#dialog-error", Static).update(t("sessions.choose_factors"))
            return
        budget = self.query_one("#budget", Input).value.strip()
        quorum = self.query_one("#quorum", Input).value.strip() or str(sessions.DEFAULT_QUORUM)
        try:
            session_id = sessions.create_session(
                self.store,
                self.query_one("#name", Input).value,
                practice_id=self.practice_id(),
                factor_ids=list(self.query_one("#factors", SelectionList).selected),
                priority_method=str(self.query_one("#method", Select).value),
                dot_budget=int(budget) if budget else None,
                quorum=int(quorum),
                rate_elements=self.query_one("#rate-elements", Checkbox).value,
                held_on=self.query_one("#date", Input).value,
            )
        except WorkbenchError as error:
            self.query_one("#dialog-error", Static).update(error.message())
            return
        except ValueError:
            self.query_one("#dialog-error", Static).update(t("sessions.error.bad_count"))
            return
        self.dismiss(session_id)

    @on(Button.Pressed, "#cancel")
    def action_cancel(self) -> None:
        self.dismiss(None)


def session_summary(session: dict[str, Any]) -> str:
    """One line about a session's settings, for titles and lists."""
    return t(
        "sessions.summary",
        state=t(f"sessions.state.{session['state']}"),
        method=t(f"sessions.method.{session['priority_method']}"),
        budget=session["dot_budget"],
        quorum=session["quorum"],
    )
