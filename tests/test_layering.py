"""Every module can be imported on its own, first, in a fresh process: no import cycles
hide behind a lucky import order.

One helper process loads the third-party libraries once (the heavy ones too), then forks
a child per module; each child imports just that module (``import workbench.<m>`` as the
first workbench import) and reports. Forking keeps this quick; the children are as fresh
as ``python -c`` for our own code."""

from __future__ import annotations

import json
import subprocess
import sys

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
