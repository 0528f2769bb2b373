"""The README stays true: built from its fragments, every command documented with an example."""

from __future__ import annotations

import re
from pathlib import Path

import click

from workbench.cli import main

REPO = Path(__file__).resolve().parent.parent


def command_paths(group: click.Group, prefix: tuple[str, ...] = ()) -> list[tuple[str, ...]]:
    paths = []
    for name, command in group.commands.items():
        path = (*prefix, name)
        if isinstance(command, click.Group):
            paths.extend(command_paths(command, path))
        else:
            paths.append(path)
    return paths


def test_readme_is_built_from_its_fragments():
    import importlib.util

    spec = importlib.util.spec_from_file_location("build", REPO / "docs" / "readme" / "build.py")
    build = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(build)
    assert (REPO / "README.md").read_text(encoding="utf-8") == build.build(), (
        "README.md is out of date: run python docs/readme/build.py")


def test_every_command_has_an_example_in_the_readme():
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    examples = "\n".join(re.findall(r"workbench[^\n`|]*", readme))
    missing = []
    for path in command_paths(main):
        words = [w for w in path if w != "files"]  # `import FILES` is the default subcommand
        pattern = r"workbench( --?\S+( \S+)?)* " + r" ".join(map(re.escape, words)) + r"\b"
        if not re.search(pattern, examples):
            missing.append(" ".join(path))
    assert not missing, f"commands without an example in README.md: {missing}"


def test_quick_start_has_exactly_two_commands_and_ci_runs_the_second():
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    quick = readme.split("## Quick start", 1)[1].split("\n## ", 1)[0]
    blocks = re.findall(r"```bash\n(.*?)```", quick, flags=re.S)
    assert len(blocks) == 2
    assert all(len(b.strip().splitlines()) == 1 for b in blocks)
    ci = (REPO / ".ci" / "run").read_text(encoding="utf-8")
    assert blocks[1].strip() in ci
