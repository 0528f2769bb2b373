"""The package's layers and imports.

Every module can be imported on its own, first, in a fresh process: no import cycles
hide behind a lucky import order. One helper process loads the third-party libraries once,
then forks a child per module; each child imports just that module (``import workbench.<m>``
as the first workbench import) and reports. Forking keeps this quick; the children are as
fresh as ``python -c`` for our own code.

Then, read from the source with ``ast`` (so an import inside a function counts): no import
cycles at all, every module imports only from its own layer or below, the CLI imports the
TUI only where it opens it, no module takes another's private name, and no module finds a
workbench module with ``importlib.util.find_spec``.
"""

from __future__ import annotations

import ast
import functools
import json
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow  # a real process forking one child per module

PROBE = r"""
import json, os, pkgutil, sys, traceback
import click, rich, sqlite_utils, textual.app, textual.widgets  # shared, loaded once
for heavy in ("spacy", "sklearn", "reportlab", "pypdf", "espeakng_loader", "miniaudio",
              "openpyxl", "xlsxwriter", "docx", "deduce"):
    try:  # third-party, so loading them once here hides no cycle in our own code
        __import__(heavy)
    except ImportError:
        pass
import importlib.util
spec = importlib.util.find_spec("workbench")
names = sorted(i.name for i in pkgutil.walk_packages(spec.submodule_search_locations,
                                                     prefix="workbench."))
names = [n for n in names if not n.endswith("__main__")]
failures = {}
for name in names:
    read, write = os.pipe()
    pid = os.fork()
    if pid == 0:
        os.close(read)
        try:
            __import__(name)
            os.write(write, b"")
            os._exit(0)
        except BaseException:
            os.write(write, traceback.format_exc().strip().splitlines()[-1].encode())
            os._exit(1)
    os.close(write)
    message = b""
    while chunk := os.read(read, 65536):
        message += chunk
    os.close(read)
    _, status = os.waitpid(pid, 0)
    if status:
        failures[name] = message.decode()
print(json.dumps({"checked": len(names), "failures": failures}))
"""


def test_every_module_imports_on_its_own():
    done = subprocess.run([sys.executable, "-c", PROBE], capture_output=True, text=True,
                          check=True)
    result = json.loads(done.stdout.strip().splitlines()[-1])
    assert result["checked"] > 100
    assert result["failures"] == {}


# -- the layers, read from the source -------------------------------------------------------
#
# Every ``import`` and ``from ... import`` in workbench/ counts, at the top of a module or
# inside a function (a lazy import is still a dependency); only the body of an
# ``if TYPE_CHECKING:`` block is left out, as it never runs. ``importlib.import_module`` with
# a literal "workbench..." name counts as an import too. docs/ENGINEERING.md ("Layers")
# explains the rules.

PACKAGE = Path(__file__).resolve().parent.parent / "workbench"

# Lowest first. A module belongs to the layer of the longest prefix that names it; it may
# import from its own layer and the layers before it, never from a later one.
LAYERS: list[tuple[str, tuple[str, ...]]] = [
    ("shared", ("workbench", "workbench.errors", "workbench.textsafe", "workbench.i18n",
                "workbench.migrations", "workbench.store", "workbench.access",
                "workbench.backups", "workbench.check", "workbench.watch",
                "workbench.drafts")),
    # The workshop is created with its topic list, so it is the collect layer's base.
    ("collect", ("workbench.workshop", "workbench.collect")),
    ("coding", ("workbench.coding",)),
    ("factors", ("workbench.factors",)),
    ("sessions", ("workbench.sessions",)),
    ("posters", ("workbench.posters",)),
    ("over-all", ("workbench.exchange", "workbench.status", "workbench.speech",
                  "workbench.demo")),
    ("interfaces", ("workbench.cli", "workbench.tui", "workbench.launch",
                    "workbench.__main__")),
]

# The CLI commands that open a TUI (the workbench itself, the story booth, the ballot) are
# the only places the CLI may import from workbench.tui: (CLI module, TUI module).
CLI_OPENS_TUI = {
    ("workbench.cli.workshop", "workbench.tui.app"),
    ("workbench.cli.workshop", "workbench.tui.terminal_input"),
    ("workbench.cli.collect", "workbench.tui.app"),
    ("workbench.cli.collect", "workbench.tui.kiosk.booth"),
    ("workbench.cli.sessions", "workbench.tui.app"),
    ("workbench.cli.sessions", "workbench.tui.kiosk.ballot_app"),
}


@dataclass(frozen=True)
class Import:
    source: str  # the importing module
    target: str  # the workbench module imported (a package's __init__ for its names)
    name: str | None  # for ``from module import name`` where name is not a module
    where: str  # "workbench/x.py:12", for the failure message

    def __str__(self) -> str:
        what = f"{self.target}.{self.name}" if self.name else self.target
        return f"{self.where}: {self.source} imports {what}"


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def all_modules() -> dict[str, Path]:
    return {_module_name(p): p for p in sorted(PACKAGE.rglob("*.py"))}


def _type_checking(test: ast.expr) -> bool:
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or \
        (isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING")


def _literal(node: ast.Call) -> str | None:
    if node.args and isinstance(node.args[0], ast.Constant) and \
            isinstance(node.args[0].value, str):
        return node.args[0].value
    return None


def _called(node: ast.Call) -> str:
    """``importlib.util.find_spec`` for a call of that, else the last name called."""
    parts = []
    func: ast.expr = node.func
    while isinstance(func, ast.Attribute):
        parts.append(func.attr)
        func = func.value
    if isinstance(func, ast.Name):
        parts.append(func.id)
    return ".".join(reversed(parts))


@dataclass
class ModuleFacts:
    imports: list[Import]
    find_specs: list[str]  # "workbench/x.py:3 find_spec('workbench.y')"
    private_attributes: list[str]  # "workbench/x.py:9 uses workbench.y._z"


def read_module(name: str, path: Path, modules: dict[str, Path]) -> ModuleFacts:
    tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    rel = path.relative_to(PACKAGE.parent).as_posix()
    facts = ModuleFacts([], [], [])
    aliases: dict[str, str] = {}  # local name -> workbench module it stands for

    def resolve(dotted: str) -> str:
        while dotted and dotted not in modules:
            dotted = dotted.rpartition(".")[0]
        return dotted

    def add(target: str, imported: str | None, line: int) -> None:
        facts.imports.append(Import(name, target, imported, f"{rel}:{line}"))

    def visit(node: ast.AST) -> None:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.If) and _type_checking(child.test):
                for other in child.orelse:
                    visit_node(other)
                continue
            visit_node(child)

    def visit_node(node: ast.AST) -> None:
        if isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name == "workbench" or alias.name.startswith("workbench."):
                    target = resolve(alias.name)
                    add(target, None, node.lineno)
                    if alias.asname:
                        aliases[alias.asname] = target
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")[:len(package.split(".")) - (node.level - 1)]
                origin = ".".join(base + ([node.module] if node.module else []))
            else:
                origin = node.module or ""
            if origin == "workbench" or origin.startswith("workbench."):
                for alias in node.names:
                    full = f"{origin}.{alias.name}"
                    if full in modules:
                        add(full, None, node.lineno)
                        aliases[alias.asname or alias.name] = full
                    else:
                        add(resolve(origin), alias.name, node.lineno)
        elif isinstance(node, ast.Call):
            called, literal = _called(node), _literal(node)
            if literal and (literal == "workbench" or literal.startswith("workbench.")):
                if called.endswith("find_spec"):
                    facts.find_specs.append(f"{rel}:{node.lineno} {called}({literal!r})")
                elif called.endswith("import_module"):
                    add(resolve(literal), None, node.lineno)
        elif isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name):
            module = aliases.get(node.value.id)
            if module and module != name and _private(node.attr):
                facts.private_attributes.append(
                    f"{rel}:{node.lineno}: {name} uses {module}.{node.attr}")
        visit(node)

    visit(tree)
    return facts


def _private(name: str) -> bool:
    return name.startswith("_") and not (name.startswith("__") and name.endswith("__"))


@functools.cache
def facts() -> dict[str, ModuleFacts]:
    modules = all_modules()
    return {name: read_module(name, path, modules) for name, path in modules.items()}


def layer_of(module: str) -> int | None:
    best: tuple[int, int] | None = None  # (prefix length, layer)
    for index, (_label, prefixes) in enumerate(LAYERS):
        for prefix in prefixes:
            if module == prefix or (prefix != "workbench" and module.startswith(prefix + ".")):
                if best is None or len(prefix) > best[0]:
                    best = (len(prefix), index)
    return best[1] if best else None


def import_graph() -> dict[str, dict[str, Import]]:
    """module -> {module it needs loaded: the import that needs it}. Importing ``a.b.c``
    also runs the packages ``a.b`` and ``a``, unless they contain the importer (then they
    are being imported already)."""
    graph: dict[str, dict[str, Import]] = {name: {} for name in facts()}
    for name, found in facts().items():
        for imp in found.imports:
            if imp.target != name:
                graph[name].setdefault(imp.target, imp)
            parent = imp.target.rpartition(".")[0]
            while parent:
                if not name.startswith(parent + "."):
                    graph[name].setdefault(parent, imp)
                parent = parent.rpartition(".")[0]
    return graph


def import_cycles() -> list[list[str]]:
    """Strongly connected parts of the import graph with more than one module (Tarjan)."""
    graph = import_graph()
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    cycles: list[list[str]] = []

    def strong(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        on_stack.add(v)
        for w in graph[v]:
            if w not in index:
                strong(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            part = []
            while True:
                w = stack.pop()
                on_stack.discard(w)
                part.append(w)
                if w == v:
                    break
            if len(part) > 1:
                cycles.append(sorted(part))

    for v in sorted(graph):
        if v not in index:
            strong(v)
    return cycles


def test_the_import_reader_sees_lazy_imports_and_skips_type_checking():
    found = facts()
    assert len(found) > 100
    # posters.model imports quotes inside functions only; backups imports store only for
    # type checking.
    lazy = {i.target for i in found["workbench.posters.model"].imports}
    assert "workbench.posters.quotes" in lazy
    assert "workbench.store" not in {i.target for i in found["workbench.backups"].imports}


def _cycle_report(parts: list[list[str]]) -> list[str]:
    graph = import_graph()
    problems = []
    for part in parts:
        edges = [str(graph[a][b]) for a in part for b in graph[a] if b in part]
        problems.append(" <-> ".join(part) + ":\n    " + "\n    ".join(edges))
    return problems


def test_no_import_cycles_between_workbench_modules():
    problems = _cycle_report(import_cycles())
    assert not problems, "import cycles (break them; see docs/ENGINEERING.md, Layers):\n" + \
        "\n".join(problems)


def test_every_module_has_a_layer():
    missing = sorted(m for m in facts() if layer_of(m) is None)
    assert not missing, f"modules in no layer (add them to LAYERS): {missing}"


def test_modules_import_only_from_their_own_layer_or_below():
    problems = []
    for name, found in facts().items():
        own = layer_of(name)
        for imp in found.imports:
            theirs = layer_of(imp.target)
            if own is not None and theirs is not None and theirs > own:
                problems.append(f"{imp} (layer {LAYERS[own][0]} may not import from "
                                f"{LAYERS[theirs][0]})")
    assert not problems, "imports upwards through the layers:\n" + "\n".join(problems)


def test_cli_imports_tui_only_where_it_opens_the_tui():
    problems = [
        str(imp)
        for name, found in facts().items() if name.startswith("workbench.cli")
        for imp in found.imports
        if (imp.target == "workbench.tui" or imp.target.startswith("workbench.tui."))
        and (name, imp.target) not in CLI_OPENS_TUI
    ]
    assert not problems, "the CLI imports the TUI outside its launch points:\n" + \
        "\n".join(problems)


def test_no_module_imports_a_private_name_of_another():
    problems = [str(imp) for found in facts().values() for imp in found.imports
                if imp.name is not None and _private(imp.name)]
    problems += [line for found in facts().values() for line in found.private_attributes]
    assert not problems, "private names used across modules (make them public or move " \
        "them):\n" + "\n".join(problems)


def test_no_module_looks_for_a_workbench_module_with_find_spec():
    problems = [line for found in facts().values() for line in found.find_specs]
    assert not problems, "import workbench modules normally:\n" + "\n".join(problems)


def test_the_tui_reads_and_writes_only_through_the_core():
    # No SQL in a screen: every read and write goes through a public core function, so
    # the CLI and the TUI meet the same rules (and the same queries).
    import re
    from pathlib import Path

    sql = re.compile(r"\bstore\.(one|all|scalar|execute|db|table)\b")
    tui = Path(__file__).resolve().parent.parent / "workbench" / "tui"
    problems = [f"{path.relative_to(tui.parent.parent)}:{number}: {line.strip()}"
                for path in sorted(tui.rglob("*.py"))
                for number, line in enumerate(path.read_text().splitlines(), start=1)
                if sql.search(line)]
    assert not problems, "SQL in the TUI (add a core function):\n" + "\n".join(problems)
