"""Issue 16: a role the import does not know is left unassigned (NULL), shown as "rol
onbekend" / "role unknown" wherever roles are read, exported as such, and assigned later
by the facilitator (CLI and TUI)."""

from __future__ import annotations

import csv
import json
import zipfile
from pathlib import Path

import pytest
from click.testing import CliRunner

from workbench import workshop
from workbench.cli import main
from workbench.collect import stories
from workbench.errors import InvalidInput
from workbench.exchange.refiqda_import import import_qdpx
from workbench.i18n import t
from workbench.store import Store

CASES = Path(__file__).parent / "data" / "refi-import"


def qdpx(tmp_path: Path, name: str = "cases") -> Path:
    out = tmp_path / f"{name}.qdpx"
    with zipfile.ZipFile(out, "w") as zf:
        zf.writestr("project.qde", (CASES / f"{name}.qde").read_bytes())
    return out


@pytest.fixture
def imported(tmp_path):
    """A workshop file with the hand-written Cases imported: Hanna ('mother') and Karim
    ('vader') unassigned, Ilse ('ouder') a parent."""
    db = tmp_path / "w.db"
    store = Store.open(db)
    workshop.create_workshop(store, "Import-werkplaats")
    import_qdpx(store, qdpx(tmp_path))
    store.close()
    return db


def tellers(store: Store) -> dict[str, dict]:
    return {r["pseudonym"]: r for r in store.all("SELECT * FROM storytellers")}


def test_role_map_still_maps_and_the_rest_stays_unassigned(store, tmp_path):
    from workbench.exchange.refiqda_import import parse_role_map

    report = import_qdpx(store, qdpx(tmp_path), role_map=parse_role_map("mother=ouder"))
    roles = {name: row["role"] for name, row in tellers(store).items()}
    assert roles == {"Hanna": "parent", "Karim": None, "Ilse": "parent"}
    assert [k for k, _ in report.left_out].count("exchange.report.role_unknown") == 1


def test_unassigned_is_said_in_both_languages():
    assert t("role.unknown", "nl") == "rol onbekend"
    assert t("role.unknown", "en") == "role unknown"
    assert t("collect.role.unknown", "nl") == "rol onbekend"
    assert t("factors.role.unknown", "en") == "role unknown"


def test_exports_say_unassigned(imported, tmp_path):
    runner = CliRunner()
    out = tmp_path / "w.json"
    result = runner.invoke(main, ["--db", str(imported), "export", "json", str(out)])
    assert result.exit_code == 0, result.output
    doc = json.loads(out.read_text(encoding="utf-8"))
    roles = {s["storyteller"]["pseudonym"]: s["storyteller"]["role"] for s in doc["stories"]}
    assert roles["Hanna"] is None and roles["Ilse"] == "parent"

    path = tmp_path / "stories.csv"
    result = runner.invoke(main, ["--db", str(imported), "export", "csv", "--sep", ",",
                                  "stories", str(path)])
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(path.read_text(encoding="utf-8-sig").splitlines()))
    by_name = {r["pseudonym"]: r for r in rows}
    assert by_name["Hanna"]["role"] == "" and by_name["Ilse"]["role"] == "parent"

    xlsx = tmp_path / "w.xlsx"
    result = runner.invoke(main, ["--db", str(imported), "export", "xlsx", str(xlsx)])
    assert result.exit_code == 0, result.output
    from openpyxl import load_workbook

    sheet = load_workbook(xlsx).worksheets[0]
    values = [[c.value for c in row] for row in sheet.iter_rows()]
    header = values[0]
    hanna = next(row for row in values if "Hanna" in row)
    role_column = next(i for i, h in enumerate(header) if str(h).lower() in ("rol", "role"))
    assert hanna[role_column] in (None, "")

    # REFI-QDA: written as 'rol onbekend', and read back as unassigned, without a line
    refi = tmp_path / "w.qdpx"
    result = runner.invoke(main, ["--db", str(imported), "export", "qdpx", str(refi)])
    assert result.exit_code == 0, result.output
    with zipfile.ZipFile(refi) as zf:
        assert "rol onbekend" in zf.read("project.qde").decode("utf-8")
    other = Store.memory()
    workshop.create_workshop(other, "Andere werkplaats")
    report = import_qdpx(other, refi)
    assert tellers(other)["Hanna"]["role"] is None
    assert tellers(other)["Ilse"]["role"] == "parent"
    assert "exchange.report.role_unknown" not in [k for k, _ in report.left_out]


def test_lists_reports_and_posters_read_unassigned(imported):
    from workbench.coding import fragments
    from workbench.collect import search
    from workbench.factors import comparison
    from workbench.posters.model import _signature

    store = Store.open(imported)
    found = search.find_stories(store, search.Filters(role="unknown"))
    assert {r["pseudonym"] for r in found} == {"Hanna", "Karim"}
    overview = fragments.overview(store, "role")
    assert "unknown" in overview.groups and t("role.unknown") in overview.labels
    assert comparison.roles_in_use([comparison.GroupRow("k", "f", "inhoudelijk",
                                                        roles={"unknown": 1})]) == ["unknown"]
    # a quote of an unassigned storyteller without own words is signed in general words
    assert _signature({"role": None, "role_label": ""}, "nl") == t(
        "posters.role_general.other", "nl")
    assert _signature({"role": None, "role_label": "mother"}, "nl") == "mother"


def test_a_session_check_in_of_an_unassigned_storyteller(imported):
    from workbench.factors import model as factors
    from workbench.sessions import model as sessions

    store = Store.open(imported)
    factor = factors.create_factor(store, "Samen eten")
    session = sessions.create_session(store, "Klankbord", factor_ids=[factor])
    sessions.open_session(store, session)
    participant = sessions.check_in(store, session, "Hanna")
    assert participant["role"] == ""  # no perspective known: left open, not guessed


def test_the_facilitator_assigns_the_role_later(imported):
    runner = CliRunner()
    result = runner.invoke(main, ["--db", str(imported), "stories", "list"])
    assert result.exit_code == 0, result.output
    assert "rol onbekend" in result.output
    result = runner.invoke(main, ["--db", str(imported), "stories", "role", "Hanna", "ouder"])
    assert result.exit_code == 0, result.output
    assert "Hanna heeft nu de rol ouder." in result.output
    result = runner.invoke(main, ["--db", str(imported), "--lang", "en", "stories", "role",
                                  "karim", "Volunteer"])
    assert result.exit_code == 0, result.output
    store = Store.open(imported)
    assert {n: r["role"] for n, r in tellers(store).items()} == {
        "Hanna": "parent", "Karim": "volunteer", "Ilse": "parent"}
    with pytest.raises(InvalidInput):
        stories.set_role(store, tellers(store)["Ilse"]["id"], "mother")
    result = runner.invoke(main, ["--db", str(imported), "stories", "role", "Ilse", "oma"])
    assert result.exit_code != 0 and "Traceback" not in result.output
    assert "Onbekende rol 'oma'" in result.output


async def test_the_story_list_shows_role_unknown_and_o_assigns_it(store):
    from textual.widgets import DataTable, OptionList, Select

    from workbench.tui.app import make_app
    from workbench.tui.dialogs.pick import Pick
    from workbench.tui.screens.collect.story_list import CollectScreen

    practice = workshop.practices(store)[0]["id"]
    teller = stories.add_storyteller(store, "Hanna", "parent", practice_id=practice)
    store.write("UPDATE storytellers SET role = NULL WHERE id = ?", [teller])  # as imported
    stories.add_story(store, storyteller_id=teller, practice_id=practice,
                      text="Wij drinken koffie.", status="complete")
    async with make_app(store).run_test(size=(120, 40)) as pilot:
        await pilot.press("1")
        await pilot.pause()
        screen = pilot.app.screen
        assert isinstance(screen, CollectScreen)
        table = screen.query_one("#stories", DataTable)
        assert "rol onbekend" in [str(c) for c in table.get_row_at(0)]
        screen.query_one("#f-role", Select).value = "unknown"  # find who still needs one
        await pilot.pause()
        assert [r["pseudonym"] for r in screen.rows] == ["Hanna"]
        screen.query_one("#f-role", Select).clear()
        await pilot.pause()
        await pilot.press("o")
        await pilot.pause()
        assert isinstance(pilot.app.screen, Pick)
        options = pilot.app.screen.query_one(OptionList)
        options.highlighted = 1  # verzorger
        await pilot.press("enter")
        await pilot.pause()
        assert store.scalar("SELECT role FROM storytellers WHERE id = ?", [teller]) == "caregiver"
        assert "verzorger" in [str(c) for c in table.get_row_at(0)]
