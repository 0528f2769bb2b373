"""Issue 21 in a real terminal: the workbench in a pty notices an import made from the
command line while it is open; the topic list screen takes typed and pasted text."""

from __future__ import annotations

import subprocess

import pytest
from terminal import WORKBENCH, Terminal

from workbench import workshop
from workbench.collect import stories, topic_list
from workbench.store import Store

pytestmark = pytest.mark.slow


def make_file(tmp_path):
    path = tmp_path / "kwp.db"
    store = Store.open(path)
    workshop.create_workshop(store, "Werkplaats")
    practice = workshop.add_practice(store, "Speelgroep De Vlinder")
    teller = stories.add_storyteller(store, "Roos", "parent", practice_id=practice)
    stories.add_story(store, storyteller_id=teller, practice_id=practice, text="Een verhaal.")
    store.close()
    return path


def test_open_story_list_shows_an_import_from_the_command_line(tmp_path):
    path = make_file(tmp_path)
    term = Terminal(["--db", str(path)], width=120, height=40)
    try:
        term.wait_for("Fasen")
        term.send("1")
        term.wait_for("1 verhaal")
        story = tmp_path / "nieuw.txt"
        story.write_text("Vandaag was het druk in de groep.", encoding="utf-8")
        done = subprocess.run([*WORKBENCH, "--db", str(path), "import", "--practice",
                               "vlinder", str(story)], capture_output=True, text=True,
                              timeout=60)
        assert done.returncode == 0, done.stderr
        term.wait_for("2 verhalen")  # the open list reloaded by itself
    finally:
        term.kill()


def test_topics_screen_in_a_terminal_with_a_paste(tmp_path):
    path = make_file(tmp_path)
    term = Terminal(["--db", str(path)], width=120, height=40)
    try:
        term.wait_for("Fasen")
        term.send("1")
        term.wait_for("1 verhaal")
        term.send("t")
        term.wait_for("Topiclijst")
        term.send("n")
        term.wait_for("Naam van het nieuwe topic")
        term.send("Vervoer\r")
        term.wait_for("Voorbeeldvraag")
        term.send("\x1b[200~Hoe komt u hier?\x1b[201~")
        term.send("\r")
        term.wait_for("Topic 6")
    finally:
        term.kill()
    store = Store.open(path)
    try:
        row = topic_list.find_topic(store, "6")
        assert (row.label, row.question) == ("Vervoer", "Hoe komt u hier?")
    finally:
        store.close()

