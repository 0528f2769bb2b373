"""Crash and concurrency harness: real workbench processes, killed or run side by side.

Workers are separate Python processes (``python bench/harness.py worker KIND DB SEED
SECONDS``) that write through the workbench core exactly as the booth, the ballot screen,
the coding screen and an import do, and print one line per committed write. A line on
stdout is an acknowledgement: the write it names must survive anything, a SIGKILL
included. CLI workloads run the real ``workbench`` command.

Used by tests/test_crash.py and tests/test_concurrency.py (short runs) and by
bench/bench_crash.py and bench/bench_concurrency.py (long runs).
"""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
WORDS = (
    "ik", "kwam", "met", "mijn", "dochter", "naar", "de", "speelgroep", "en", "daar",
    "voelde", "het", "meteen", "warm", "koffie", "vrijwilliger", "buurvrouw", "één",
    "café", "ruzie", "geholpen", "moeilijk", "samen", "gezellig", "Zoë", "crèche",
)


def story_text(seed: int, index: int, topic: int, length: int = 400) -> str:
    """The text worker ``seed`` types for story ``index``, topic ``topic`` (deterministic)."""
    rng = random.Random(f"{seed}-{index}-{topic}")
    words: list[str] = []
    while sum(len(w) + 1 for w in words) < length:
        words.append(rng.choice(WORDS))
        if rng.random() < 0.08:
            words[-1] += ".\n"
    return " ".join(words)[:length]


# -- the workshop the workers write into ---------------------------------------------------


def prepare(db: Path) -> dict[str, str]:
    """A small workshop with a story to code, two codes and an open session."""
    from workbench import access, workshop
    from workbench.coding import codebook
    from workbench.collect import booth
    from workbench.sessions import model as sessions
    from workbench.store import Store, new_id, now

    store = Store.open(db)
    workshop.create_workshop(store, "Stresstest-werkplaats")
    access.set_pin(store, "2468")  # the booth refuses to open without one
    practice = workshop.add_practice(store, "Speelgroep De Vlinder")
    telling = booth.start(store, practice, role="parent", pseudonym="Codeerverhaal",
                          consent_store=True, consent_quotes=True)
    booth.save_part(store, telling.story_id, telling.topics[0]["id"], story_text(0, 0, 0, 3000))
    codes = [codebook.add_code(store, name) for name in ("Erbij horen", "Praktische hulp")]
    factor = new_id()
    store.db["factors"].insert({"id": factor, "practice_id": practice, "name": "Sociale contacten",
                                "created_at": now(), "updated_at": now()})
    session = sessions.create_session(store, "Klankbord stresstest", practice_id=practice,
                                      factor_ids=[factor], quorum=1)
    sessions.open_session(store, session)
    ids = {"practice": practice, "story": telling.story_id, "codes": codes,
           "factor": factor, "session": session}
    store.close()
    ids_file(db).write_text(json.dumps(ids))
    return ids  # type: ignore[return-value]


def ids_file(db: Path) -> Path:
    return db.with_name(db.name + ".ids.json")


def load_ids(db: Path) -> dict:
    return json.loads(ids_file(db).read_text())


# -- workers (run in their own process) -----------------------------------------------------


def _say(*parts: object) -> None:
    print(*parts, flush=True)


class _Pace:
    """Pause between writes like a (very fast) person, and time each write.

    Without a pause one process would take the write lock back the instant it let go
    and starve the others, which is not how a booth or a coder behaves.
    """

    def __init__(self, rng: random.Random, low: float = 0.005, high: float = 0.03) -> None:
        self.rng, self.low, self.high = rng, low, high
        self.started = 0.0

    def __enter__(self) -> _Pace:
        time.sleep(self.rng.uniform(self.low, self.high))
        self.started = time.perf_counter()
        return self

    def __exit__(self, *exc: object) -> None:
        self.ms = (time.perf_counter() - self.started) * 1000

    def tag(self) -> str:
        return f"@{self.ms:.1f}"


def work_booth(db: Path, seed: int, seconds: float) -> None:
    """Tell stories the booth way: start (consent + draft), then autosave as text grows."""
    from workbench.collect import booth
    from workbench.store import Store

    store = Store.open(db)
    practice = load_ids(db)["practice"]
    rng = random.Random(seed)
    pace = _Pace(rng)
    end = time.monotonic() + seconds
    index = 0
    while time.monotonic() < end:
        index += 1
        telling = booth.start(store, practice, role="parent", pseudonym=f"W{seed}-{index}",
                              consent_store=True, consent_quotes=rng.random() < 0.5)
        _say("start", telling.story_id, index)
        for t, topic in enumerate(telling.topics[:3]):
            full = story_text(seed, index, t)
            typed = 0
            while typed < len(full) and time.monotonic() < end:
                typed = min(len(full), typed + rng.randint(5, 40))
                with pace:
                    booth.save_part(store, telling.story_id, topic["id"], full[:typed])
                _say("saved", telling.story_id, index, t, topic["id"], typed, pace.tag())
        booth.finish(store, telling.story_id)
        _say("finished", telling.story_id)


def work_ballots(db: Path, seed: int, seconds: float) -> None:
    """Participants fill in ballots in a sounding-board session, each in one go."""
    from workbench.sessions import ballots
    from workbench.store import Store

    store = Store.open(db)
    ids = load_ids(db)
    rng = random.Random(seed)
    pace = _Pace(rng)
    end = time.monotonic() + seconds
    i = 0
    while time.monotonic() < end:
        i += 1
        label = f"B{seed}-{i}"
        answer = ballots.FactorAnswer(score=rng.randint(1, 5), reason="herken ik")
        with pace:
            ballot_id = ballots.cast(store, ids["session"], label,
                                     ballots.Ballot(answers={ids["factor"]: answer}))
        _say("ballot", ballot_id, label, pace.tag())


def work_coding(db: Path, seed: int, seconds: float) -> None:
    """A coder marks fragments of the prepared story and gives them codes."""
    from workbench.coding import fragments as coding
    from workbench.store import Store

    store = Store.open(db)
    ids = load_ids(db)
    text = coding.get_story(store, ids["story"])["text"]
    rng = random.Random(seed)
    pace = _Pace(rng)
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        start = rng.randrange(0, len(text) - 40)
        stop = start + rng.randint(10, 40)
        if not text[start:stop].strip():
            continue
        code = rng.choice(ids["codes"])
        with pace:
            fragment = coding.code_selection(store, ids["story"], start, stop, [code],
                                             f"coder{seed}")
        _say("coded", fragment, code, f"coder{seed}", pace.tag())


def work_import(db: Path, seed: int, seconds: float) -> None:
    """Transcripts arrive: each is one storyteller, their consent and the story, together."""
    from workbench.collect import stories
    from workbench.store import Store

    store = Store.open(db)
    practice = load_ids(db)["practice"]
    pace = _Pace(random.Random(seed), 0.05, 0.2)
    end = time.monotonic() + seconds
    i = 0
    while time.monotonic() < end:
        i += 1
        text = story_text(seed, i, 9, 1500)
        with pace, store.transaction():
            teller = stories.add_storyteller(store, f"I{seed}-{i}", "volunteer",
                                             practice_id=practice)
            story = stories.add_story(store, storyteller_id=teller, practice_id=practice,
                                      text=text, mode="import", source=f"interview-{i}.txt")
            stories.record_consent(store, teller, store_story=True, quotes=False,
                                   method="import", story_id=story)
        _say("imported", story, i, pace.tag())


def work_cli(db: Path, seed: int, seconds: float) -> None:
    """The real ``workbench`` command, as a facilitator types it in a second window:
    ``practice``, ``codes add``, ``code`` and ``sessions vote``, one after another. Every
    command must succeed (waiting for the others is fine); its line is the acknowledgement.
    A failure goes to stderr, where the run looks for "locked" and "busy"."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("WORKBENCH_")}
    end = time.monotonic() + seconds
    failed = 0
    i = 0
    bundle = _other_laptop_bundle(db, seed)
    while time.monotonic() < end:
        i += 1
        name = f"cli{seed}-{i}"
        start = (i * 37) % 2500
        _new_storyteller(db, seed * 1000 + i)  # someone to withdraw
        steps = [
            ("practice", name, ["practice", f"Praktijk {name}"]),
            ("code_added", name, ["codes", "add", f"Code {name}"]),
            ("coded", name, ["code", "Codeerverhaal", "--start", str(start), "--end",
                             str(start + 40), "--code", f"Code {name}", "--coder", "cli"]),
            ("voted", name, ["sessions", "vote", "Klankbord stresstest", "--as", name,
                             "--rate", "1=4"]),
            ("withdrawn", str(seed * 1000 + i), ["withdraw", f"Terug {seed * 1000 + i}",
                                                 "--yes", "--pin", "2468"]),
        ]
        if i % 3 == 1:  # now and then a laptop's bundle (the same one: the later ones add
            # nothing, but each takes the write lock for its whole transaction)
            steps.append(("merged", str(seed), ["merge", str(bundle), "--pin", "2468"]))
        for kind, key, args in steps:
            result = subprocess.run(cli_command(db, *args), capture_output=True, text=True,
                                    env=env, timeout=120)
            if result.returncode != 0:
                failed += 1
                print(f"{kind} {key}: {result.stderr.strip()}", file=sys.stderr, flush=True)
                break
            _say("cli", kind, key)  # no "@ms": a new process each time is not a write time
    sys.exit(1 if failed else 0)


WORKERS = {"booth": work_booth, "ballots": work_ballots, "coding": work_coding,
           "import": work_import, "cli": work_cli}


def worker_command(kind: str, db: Path, seed: int, seconds: float) -> list[str]:
    return [sys.executable, str(Path(__file__).resolve()), "worker", kind, str(db), str(seed),
            str(seconds)]


def cli_command(db: Path, *args: str) -> list[str]:
    return [sys.executable, "-m", "workbench", "--db", str(db), *args]


# -- verification -----------------------------------------------------------------------------


@dataclass
class Outcome:
    """What a run left behind: problems found (empty = all good) and what was acknowledged."""

    problems: list[str] = field(default_factory=list)
    acknowledged: int = 0


def verify(db: Path, logs: dict[str, list[str]], seeds: dict[str, int]) -> Outcome:
    """Check the file and every acknowledged write of every worker's log."""
    from workbench.check import check_file
    from workbench.i18n import t
    from workbench.store import Store

    outcome = Outcome()
    report = check_file(db)
    for finding in report.problems():
        outcome.problems.append(f"check: {t(finding.key, **finding.params)} {finding.details}")
    if outcome.problems:
        return outcome
    store = Store.open(db)
    try:
        for kind, lines in logs.items():
            checker = VERIFIERS.get(kind.split(":")[0])
            if checker:
                outcome.acknowledged += checker(store, lines, seeds.get(kind, 0), outcome.problems)
    finally:
        store.close()
    return outcome


def _verify_booth(store, lines: list[str], seed: int, problems: list[str]) -> int:
    from workbench.collect import stories

    acked: dict[tuple[str, str], tuple[int, int, int]] = {}
    started: dict[str, int] = {}
    for line in lines:
        words = line.split()
        if words[:1] == ["start"] and len(words) == 3:
            started[words[1]] = int(words[2])
        elif words[:1] == ["saved"] and len(words) >= 6:
            acked[(words[1], words[4])] = (int(words[2]), int(words[3]), int(words[5]))
    for story_id, index in started.items():
        story = store.one("SELECT * FROM stories WHERE id = ?", [story_id])
        if story is None:
            problems.append(f"booth: acknowledged story {index} is gone")
            continue
        parts = store.all("SELECT topic_id, text FROM story_parts WHERE story_id = ? "
                          "ORDER BY position, updated_at", [story_id])
        for part in parts:
            key = (story_id, part["topic_id"])
            if key not in acked:
                continue  # saved but killed before the acknowledgement: any prefix is fine
            index, t, typed = acked.pop(key)
            full = story_text(seed, index, t)
            if not full.startswith(part["text"]) or len(part["text"]) < typed:
                problems.append(f"booth: story {index} topic {t}: saved text damaged or "
                                f"shorter than acknowledged ({len(part['text'])} < {typed})")
        if story["text"] != stories.compose_text(p["text"] for p in parts):
            problems.append(f"booth: story {index}: text differs from its parts")
    for (_story, _topic), (index, t, _typed) in acked.items():
        problems.append(f"booth: story {index} topic {t}: acknowledged autosave missing")
    return len(started)


def _verify_rows(kind: str, sql: str, column: int):
    def check(store, lines: list[str], _seed: int, problems: list[str]) -> int:
        n = 0
        for line in lines:
            words = line.split()
            if words[:1] == [kind]:
                n += 1
                if not store.scalar(sql, [words[column]]):
                    problems.append(f"{kind}: acknowledged {words[column]} is missing")
        return n
    return check


def _other_laptop_bundle(db: Path, seed: int) -> Path:
    """A bundle from another laptop of this workshop, holding one story not here."""
    other = db.with_name(f"cli-other-{seed}.db")
    bundle = db.with_name(f"cli-other-{seed}.wbb")
    if not bundle.exists():
        subprocess.run(cli_command(db, "backup", str(other)), check=True, capture_output=True)
        _new_storyteller(other, 10**9 + seed, load_ids(db)["practice"])
        subprocess.run(cli_command(other, "bundle", str(bundle)), check=True,
                       capture_output=True)
    return bundle


def _verify_cli(store, lines: list[str], _seed: int, problems: list[str]) -> int:
    checks = {
        "withdrawn": "SELECT CASE WHEN EXISTS (SELECT 1 FROM storytellers WHERE pseudonym = "
                     "'Terug ' || ?) THEN NULL ELSE 1 END",
        "merged": "SELECT 1 FROM storytellers WHERE pseudonym = 'Terug ' || (1000000000 + ?)",
        "practice": "SELECT 1 FROM practices WHERE name = 'Praktijk ' || ?",
        "code_added": "SELECT 1 FROM codes WHERE name = 'Code ' || ?",
        "coded": "SELECT 1 FROM codings c JOIN codes k ON k.id = c.code_id "
                 "WHERE k.name = 'Code ' || ?",
        "voted": "SELECT 1 FROM participants p JOIN ballots b ON b.participant_id = p.id "
                 "WHERE p.label = ? AND b.confirmed_at != ''",
    }
    n = 0
    for line in lines:
        words = line.split()
        if words[:1] == ["cli"] and len(words) >= 3 and words[1] in checks:
            n += 1
            if not store.scalar(checks[words[1]], [words[2]]):
                problems.append(f"cli: acknowledged {words[1]} {words[2]} is missing")
    return n


VERIFIERS = {
    "cli": _verify_cli,
    "booth": _verify_booth,
    "ballots": _verify_rows("ballot", "SELECT 1 FROM ballots b JOIN ratings r ON "
                            "r.ballot_id = b.id WHERE b.id = ? AND b.confirmed_at != ''", 1),
    "coding": _verify_rows("coded", "SELECT 1 FROM codings WHERE fragment_id = ?", 1),
    "import": _verify_rows("imported", "SELECT 1 FROM stories s JOIN consents c ON "
                           "c.story_id = s.id WHERE s.id = ?", 1),
}


# -- crash rounds --------------------------------------------------------------------------------


@dataclass
class Kill:
    kind: str
    delay: float
    problems: list[str]
    exited_first: bool


def _kill_after(command: list[str], delay: float, cwd: Path) -> tuple[str, bool]:
    env = dict(os.environ, PYTHONPATH=str(REPO))
    proc = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            cwd=cwd, env=env, text=True)
    try:
        proc.wait(timeout=delay)
        exited = True
    except subprocess.TimeoutExpired:
        os.kill(proc.pid, signal.SIGKILL)
        exited = False
    out, _err = proc.communicate()
    return out, exited


def crash_round(db: Path, kind: str, rng: random.Random) -> Kill:
    """Start one workload, SIGKILL it at a random moment, then verify the file."""
    seed = rng.randrange(1, 10**9)
    workdir = db.parent
    if kind == "booth":
        delay = rng.uniform(0.3, 2.0)
        out, exited = _kill_after(worker_command("booth", db, seed, 60), delay, workdir)
        outcome = verify(db, {"booth": out.splitlines()}, {"booth": seed})
    elif kind == "import":
        delay = rng.uniform(0.3, 1.5)
        out, exited = _kill_after(worker_command("import", db, seed, 60), delay, workdir)
        outcome = verify(db, {"import": out.splitlines()}, {})
    elif kind == "practice":
        delay = rng.uniform(0.1, 1.2)
        name = f"Praktijk {seed}"
        _out, exited = _kill_after(cli_command(db, "practice", name), delay, workdir)
        outcome = verify(db, {}, {})
        store_n = _count(db, "SELECT count(*) FROM practices WHERE name = ?", [name])
        if exited and store_n != 1:
            outcome.problems.append(f"practice: finished but {store_n} rows")
    elif kind == "codes":
        delay = rng.uniform(0.1, 1.2)
        name = f"Code {seed}"
        _out, exited = _kill_after(cli_command(db, "codes", "add", name), delay, workdir)
        outcome = verify(db, {}, {})
        store_n = _count(db, "SELECT count(*) FROM codes WHERE name = ?", [name])
        if exited and store_n != 1:
            outcome.problems.append(f"codes add: finished but {store_n} rows")
    elif kind == "vote":
        delay = rng.uniform(0.1, 1.2)
        label = f"v{seed}"
        _out, exited = _kill_after(cli_command(db, "sessions", "vote", "Klankbord stresstest",
                                               "--as", label, "--rate", "1=4"), delay, workdir)
        outcome = verify(db, {}, {})
        store_n = _count(db, "SELECT count(*) FROM participants p JOIN ballots b ON "
                         "b.participant_id = p.id JOIN ratings r ON r.ballot_id = b.id "
                         "WHERE p.label = ? AND b.confirmed_at != ''", [label])
        if exited and store_n != 1:
            outcome.problems.append(f"sessions vote: finished but {store_n} rated ballots")
        elif store_n not in (0, 1):
            outcome.problems.append(f"sessions vote: {store_n} rated ballots")
    elif kind == "export":
        delay = rng.uniform(0.1, 1.5)
        out_file = workdir / f"export-{seed}.json"
        _out, exited = _kill_after(cli_command(db, "export", "json", str(out_file)), delay,
                                   workdir)
        outcome = verify(db, {}, {})
        if out_file.exists():
            try:
                json.loads(out_file.read_text(encoding="utf-8"))
            except ValueError:
                outcome.problems.append("export: a half-written export file was left")
            out_file.unlink()
    elif kind == "code":
        delay = rng.uniform(0.1, 1.2)
        coder = f"crash{seed}"
        start = rng.randrange(0, 2500)
        _out, exited = _kill_after(cli_command(db, "code", "Codeerverhaal", "--start",
                                               str(start), "--end", str(start + 30), "--code",
                                               "Erbij horen", "--coder", coder), delay, workdir)
        outcome = verify(db, {}, {})
        store_n = _count(db, "SELECT count(*) FROM codings WHERE coder = ?", [coder])
        if (exited and store_n != 1) or store_n not in (0, 1):
            outcome.problems.append(f"code: {store_n} codings (finished: {exited})")
    elif kind == "withdraw":
        return withdraw_round(db, rng, seed)
    elif kind == "merge":
        return merge_round(db, rng, seed)
    elif kind == "restore":
        return restore_round(db, rng, seed)
    elif kind == "booth-tui":
        return booth_tui_round(db, rng)
    else:
        raise ValueError(kind)
    return Kill(kind, delay, outcome.problems, exited)


# -- destructive commands: all or nothing when killed -------------------------------------------


def _new_storyteller(db: Path, seed: int, practice: str | None = None) -> str:
    from workbench.collect import stories
    from workbench.store import Store

    store = Store.open(db)
    try:
        practice = practice or load_ids(db)["practice"]
        with store.transaction():
            teller = stories.add_storyteller(store, f"Terug {seed}", "parent",
                                             practice_id=practice)
            stories.add_story(store, storyteller_id=teller, practice_id=practice,
                              text=story_text(seed, 0, 0), language="nl", mode="import")
    finally:
        store.close()
    return f"Terug {seed}"


def withdraw_round(db: Path, rng: random.Random, seed: int) -> Kill:
    """``workbench withdraw`` killed at a random moment: the storyteller is either all
    there or all gone (with its tombstone), and the file is sound."""
    pseudonym = _new_storyteller(db, seed)
    delay = rng.uniform(0.1, 2.0)
    _out, exited = _kill_after(cli_command(db, "withdraw", pseudonym, "--yes", "--pin", "2468"),
                               delay, db.parent)
    outcome = verify(db, {}, {})
    tellers = _count(db, "SELECT count(*) FROM storytellers WHERE pseudonym = ?", [pseudonym])
    stories_left = _count(db, "SELECT count(*) FROM stories WHERE text = ?",
                          [story_text(seed, 0, 0)])
    if tellers != stories_left:
        outcome.problems.append(f"withdraw: half done ({tellers} storytellers, "
                                f"{stories_left} stories)")
    if exited and tellers:
        outcome.problems.append("withdraw: finished but the storyteller is still there")
    return Kill("withdraw", delay, outcome.problems, exited)


def merge_round(db: Path, rng: random.Random, seed: int) -> Kill:
    """``workbench merge`` of another laptop's bundle killed at a random moment: the
    bundle's new story is either in or out, and the file is sound."""
    other = db.with_name(f"other-{seed}.db")
    bundle = db.with_name(f"other-{seed}.wbb")
    subprocess.run(cli_command(db, "backup", str(other)), check=True, capture_output=True)
    _new_storyteller(other, seed, load_ids(db)["practice"])
    subprocess.run(cli_command(other, "bundle", str(bundle)), check=True, capture_output=True)
    delay = rng.uniform(0.2, 3.0)
    _out, exited = _kill_after(cli_command(db, "merge", str(bundle), "--pin", "2468"), delay,
                               db.parent)
    outcome = verify(db, {}, {})
    arrived = _count(db, "SELECT count(*) FROM stories WHERE text = ?", [story_text(seed, 0, 0)])
    if arrived not in (0, 1):
        outcome.problems.append(f"merge: the story arrived {arrived} times")
    if exited and arrived != 1:
        outcome.problems.append("merge: finished but the story is not there")
    for leftover in (other, bundle):
        leftover.unlink(missing_ok=True)
    return Kill("merge", delay, outcome.problems, exited)


def restore_round(db: Path, rng: random.Random, seed: int) -> Kill:
    """``workbench restore`` killed at a random moment: the file is the old state or the
    restored one, never a mix, and sound."""
    saved = db.with_name(f"saved-{seed}.db")
    subprocess.run(cli_command(db, "backup", str(saved)), check=True, capture_output=True)
    name = f"Na de kopie {seed}"
    subprocess.run(cli_command(db, "practice", name), check=True, capture_output=True)
    delay = rng.uniform(0.1, 2.0)
    _out, exited = _kill_after(cli_command(db, "restore", str(saved), "--yes", "--pin", "2468"),
                               delay, db.parent)
    outcome = verify(db, {}, {})
    present = _count(db, "SELECT count(*) FROM practices WHERE name = ?", [name])
    if exited and present:
        outcome.problems.append("restore: finished but the later practice is still there")
    saved.unlink(missing_ok=True)
    return Kill("restore", delay, outcome.problems, exited)


# -- the real booth, in a pseudo-terminal ------------------------------------------------------


def _booth_part(db: Path, pseudonym_before: set[str]) -> tuple[str | None, str]:
    """The story the booth is writing (the one draft that was not there before), and its text."""
    import sqlite3

    conn = sqlite3.connect(f"{db.resolve().as_uri()}?mode=ro", uri=True, timeout=5)
    try:
        rows = conn.execute("SELECT s.id, t.pseudonym FROM stories s JOIN storytellers t "
                            "ON t.id = s.storyteller_id WHERE s.mode = 'booth'").fetchall()
        fresh = [r[0] for r in rows if r[1] not in pseudonym_before]
        if not fresh:
            return None, ""
        part = conn.execute("SELECT text FROM story_parts WHERE story_id = ? "
                            "ORDER BY position LIMIT 1", [fresh[0]]).fetchone()
        return fresh[0], part[0] if part else ""
    finally:
        conn.close()


def booth_tui_round(db: Path, rng: random.Random) -> Kill:
    """Tell a story in the real booth (``workbench booth``) in a pseudo-terminal, typing in
    bursts; wait for some autosaves to reach the file, then SIGKILL it mid-typing.

    Afterwards the saved answer must be exactly a beginning of what was typed, at least as
    long as the last autosave seen in the file before the kill.
    """
    import sqlite3

    conn = sqlite3.connect(db)
    before = {r[0] for r in conn.execute("SELECT pseudonym FROM storytellers")}
    conn.close()
    practice = load_ids(db)["practice"]
    sys.path.insert(0, str(REPO / "tests"))
    from terminal import Terminal  # tests/terminal.py: a pty read by a terminal emulator

    term = Terminal(["--db", str(db), "booth", "--practice", practice], width=120, height=40)
    problems: list[str] = []
    typed = ""
    confirmed = 0
    delay = 0.0
    try:
        term.wait_for("Welkom")
        for marker in ("Eerst even dit", "bewaren?", "laten zien?", "Wie bent u?",
                       "Welke naam", "Ik ben klaar"):  # the main button has the focus
            term.press("enter")
            term.wait_for(marker)
        text = story_text(rng.randrange(10**6), 0, 0, 600).replace("\n", " ")
        bursts = rng.randint(1, 4)
        for burst in range(bursts + 1):
            chunk = text[len(typed):len(typed) + rng.randint(15, 60)]
            if burst == bursts:  # the last burst is cut off by the kill
                began = time.monotonic()
                for ch in chunk[: rng.randint(0, len(chunk))]:
                    term.send(ch)
                    time.sleep(0.01)
                    typed += ch
                time.sleep(rng.uniform(0.0, 0.9))  # sometimes while the autosave runs
                delay = time.monotonic() - began
                break
            term.send(chunk)
            typed += chunk
            deadline = time.monotonic() + 30  # wait for the autosave, not a fixed time
            while time.monotonic() < deadline:
                _story, saved = _booth_part(db, before)
                if saved == typed:
                    confirmed = len(typed)
                    break
                time.sleep(0.05)
    finally:
        term.kill()
    story, saved = _booth_part(db, before)
    if story is None:
        problems.append("booth-tui: no story was started (navigation failed?)")
    elif not typed.startswith(saved) or len(saved) < confirmed:
        problems.append(f"booth-tui: saved text is not what was typed "
                        f"({len(saved)} chars saved, {confirmed} confirmed, {len(typed)} typed)")
    if confirmed == 0:
        problems.append("booth-tui: no autosave reached the file before the kill")
    outcome = verify(db, {}, {})
    return Kill("booth-tui", delay, problems + outcome.problems, False)


def _count(db: Path, sql: str, params: list) -> int:
    import sqlite3

    conn = sqlite3.connect(db)
    try:
        return conn.execute(sql, params).fetchone()[0]
    finally:
        conn.close()


# -- concurrency --------------------------------------------------------------------------------


@dataclass
class ConcurrencyResult:
    seconds: float
    writes: dict[str, int]
    problems: list[str]
    worst_ms: float = 0.0  # the longest any single write took, waiting for the lock included


def run_concurrency(db: Path, seconds: float, kinds=("booth", "ballots", "coding", "import"),
                    seed: int = 1) -> ConcurrencyResult:
    """Run one process per kind against ``db`` at once; verify nothing was lost or refused."""
    env = dict(os.environ, PYTHONPATH=str(REPO))
    seeds = {kind: seed * 100 + i for i, kind in enumerate(kinds)}
    procs = {kind: subprocess.Popen(worker_command(kind, db, seeds[kind], seconds),
                                    stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                                    cwd=db.parent, env=env)
             for kind in kinds}
    problems: list[str] = []
    logs: dict[str, list[str]] = {}
    for kind, proc in procs.items():
        out, err = proc.communicate(timeout=seconds + 120)
        logs[kind] = out.splitlines()
        if proc.returncode != 0:
            problems.append(f"{kind}: exit {proc.returncode}: {err.strip()[-400:]}")
        for bad in ("locked", "bezet", "bezig", "busy"):
            if bad in err.lower():
                problems.append(f"{kind}: '{bad}' reached the user")
    outcome = verify(db, logs, seeds)
    writes = {kind: len(lines) for kind, lines in logs.items()}
    times = [float(line.rsplit("@", 1)[1]) for lines in logs.values() for line in lines
             if "@" in line]
    return ConcurrencyResult(seconds, writes, problems + outcome.problems,
                             max(times, default=0.0))


def main(argv: list[str]) -> int:
    if len(argv) >= 5 and argv[0] == "worker":
        kind, db, seed, seconds = argv[1], Path(argv[2]), int(argv[3]), float(argv[4])
        WORKERS[kind](db, seed, seconds)
        return 0
    print("usage: harness.py worker KIND DB SEED SECONDS", file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
