"""Ways into the analysis screens shared by the code screen and the command palette."""

from __future__ import annotations

from textual.app import App

from workbench.coding import codebook
from workbench.coding.analysis import Query
from workbench.i18n import t
from workbench.store import Store
from workbench.tui.dialogs.pick import Pick
from workbench.tui.screens.coding.dialogs import code_label


def open_retrieval(app: App, store: Store) -> None:
    """Ask which code (or category), then show its fragments."""
    rows = codebook.codes(store)
    if not rows:
        app.notify(t("analysis.no_codes"), severity="warning")
        return

    def chosen(code_id: str | None) -> None:
        if code_id:
            from workbench.tui.screens.coding.retrieval import RetrievalScreen

            app.push_screen(RetrievalScreen(store, Query(code_id)))

    app.push_screen(Pick(t("analysis.pick_code"),
                                 [(r["id"], code_label(r, "  " * r["depth"])) for r in rows]),
                    chosen)


def screens() -> list[tuple[str, str, str]]:
    """(name key, help key, screen) for the command palette."""
    return [
        ("key.analysis_fragments", "cmd.analysis_fragments_help", "fragments"),
        ("key.analysis_cooccurrence", "cmd.analysis_cooccurrence_help", "cooccurrence"),
        ("key.analysis_memos", "cmd.analysis_memos_help", "memos"),
        ("key.analysis_attributes", "cmd.analysis_attributes_help", "attributes"),
        ("key.analysis_autocode_screen", "cmd.analysis_autocode_help", "autocode"),
    ]


def open_screen(app: App, store: Store, which: str) -> None:
    if which == "fragments":
        open_retrieval(app, store)
    elif which == "cooccurrence":
        from workbench.tui.screens.coding.cooccurrence import CooccurrenceScreen

        app.push_screen(CooccurrenceScreen(store))
    elif which == "memos":
        from workbench.tui.screens.coding.memos import MemoListScreen

        app.push_screen(MemoListScreen(store))
    elif which == "attributes":
        from workbench.tui.screens.coding.attributes import AttributesScreen

        app.push_screen(AttributesScreen(store))
    else:
        from workbench.tui.screens.coding.autocode import AutocodeScreen

        app.push_screen(AutocodeScreen(store))
