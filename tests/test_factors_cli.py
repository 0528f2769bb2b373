"""``workbench factors`` through the real CLI on a file."""

from __future__ import annotations

from click.testing import CliRunner

from workbench import workshop
from workbench.cli import main
from workbench.factors import model as factors
from workbench.store import Store


def run(path, *args: str):
    return CliRunner().invoke(main, ["--db", str(path), *args])


def test_factors_commands_on_the_demo(demo_file, tmp_path):
    import shutil

    path = tmp_path / "demo.db"
    shutil.copy(demo_file, path)
    listing = run(path, "factors", "list", "--practice", "Speelgroep")
    assert listing.exit_code == 0, listing.output
    assert "◆ Sociale contacten (inhoudelijk)" in listing.output
    assert "    - de deur uit komen" in listing.output
    matrix = run(path, "factors", "matrix")
    assert matrix.exit_code == 0 and "◆ = gemeenschappelijk (in elke praktijk): 5" in matrix.output
    roles = run(path, "--lang", "en", "factors", "roles")
    assert roles.exit_code == 0 and "volunteer" in roles.output
    suggested = run(path, "factors", "suggest", "--practice", "Buurthuiskamer")
    assert suggested.exit_code == 0, suggested.output
    assert "→" in suggested.output and "Bezig…" in suggested.output  # the progress line
    clustered = run(path, "factors", "cluster", "--practice", "Buurthuiskamer", "--k", "2",
                    "--apply")
    assert clustered.exit_code == 0, clustered.output
    assert "kernwoorden:" in clustered.output and "2 nieuwe factoren gemaakt." in clustered.output
    store = Store.open(path)
    oost = workshop.find_practice(store, "Buurthuiskamer")["id"]
    assert len(factors.factors_of(store, oost)) == 8
    store.close()


def test_factors_add_and_errors(tmp_path):
    path = tmp_path / "kwp.db"
    assert run(path, "init", "W", "--practice", "Moederkracht", "--no-pin").exit_code == 0
    added = run(path, "factors", "add", "Eigen inbreng", "--practice", "Moeder",
                "--type", "procedural", "--element", "zelf koken", "--element", "meebeslissen")
    assert added.exit_code == 0 and "Factor ‘Eigen inbreng’ toegevoegd." in added.output
    again = run(path, "factors", "add", "eigen inbreng", "--practice", "Moederkracht")
    assert again.exit_code == 1
    assert "al een factor ‘eigen inbreng’" in again.output and "Traceback" not in again.output
    empty = run(path, "--lang", "en", "factors", "add", "  ", "--practice", "Moederkracht")
    assert empty.exit_code == 1 and "Give the factor a name." in empty.output
    listing = run(path, "factors", "list")
    assert "Eigen inbreng (procesmatig)" in listing.output and "- meebeslissen" in listing.output
    nothing = run(path, "factors", "cluster", "--practice", "Moederkracht")
    assert nothing.exit_code == 0 and "geen niet-ingedeelde kaarten" in nothing.output
