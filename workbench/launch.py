"""The ``workbench`` command's entry point.

Opening the workbench itself (no command; at most ``--db`` and ``--lang``) is what people
do most, so that path goes straight to the screens: it does not build the click command
tree first (dozens of commands with their help texts in two languages, about 40 ms before
the first frame). Everything else goes to the click CLI in ``workbench.cli``, and so does a
workshop file the store refuses or a screen that cannot be made: the CLI opens it again
and says why in the user's language, exactly as it always has.
"""

from __future__ import annotations

import gc
import os
import sys
from pathlib import Path

from workbench.i18n import LANGUAGES, language_from_env, set_language

GLOBAL_OPTIONS = ("--db", "--lang")  # as workbench.cli.common.MainGroup.GLOBAL


def plain_open(args: list[str]) -> dict[str, str] | None:
    """The options of a plain ``workbench [--db FILE] [--lang nl|en]``, or None when
    ``args`` ask for anything else (a command, ``--help``, a mistake): the CLI's job."""
    found: dict[str, str] = {}
    index = 0
    while index < len(args):
        name, equals, value = args[index].partition("=")
        if name not in GLOBAL_OPTIONS or name in found:
            return None
        if equals:
            index += 1
        elif index + 1 < len(args):
            value = args[index + 1]
            index += 2
        else:
            return None
        if not value or value.startswith("-"):
            return None
        found[name] = value
    if found.get("--lang", LANGUAGES[0]) not in LANGUAGES:
        return None
    return found


def _cli() -> None:
    from workbench.cli import main as cli_main

    cli_main()


def main() -> None:
    """``workbench``: open the workshop's screens, or run a command."""
    found = plain_open(sys.argv[1:])
    if found is None:
        _cli()
        return
    # What start-up makes (modules, classes, styles, the first screen) lives as long as
    # the program: the garbage collector's passes over it meanwhile free nothing and cost
    # about a tenth of the time to the first frame. They wait until that frame is out:
    # WorkbenchApp.on_ready turns the collector back on (after freezing what start-up
    # made), and so does every way out of here.
    gc.disable()
    try:
        opened = _open_screens(found)
    finally:
        gc.enable()
    if not opened:  # the CLI tries again and says why, in the user's words
        _cli()


def _open_screens(found: dict[str, str]) -> bool:
    """Open the screens; False when the store refuses the file or a screen cannot be made
    (the CLI then explains)."""
    from workbench.store import Store, default_db_path

    lang = found.get("--lang")
    language = set_language(lang or language_from_env())  # Dutch when neither says
    # As in the CLI: every file the workbench writes holds personal stories.
    os.umask(0o077)
    path = Path(found["--db"]) if "--db" in found else default_db_path()
    try:
        store = Store.open(path, create=False)
    except Exception:
        return False
    try:
        from workbench import workshop
        from workbench.tui import terminal_input
        from workbench.tui.app import make_app

        workshop.require_workshop(store)
        app = make_app(store, language=language if lang else None)
    except Exception:
        store.close()
        return False
    app.collector_paused = True
    try:
        terminal_input.install()  # pasted text never turns into keys
        app.run()
    finally:
        store.close()
    return True


if __name__ == "__main__":  # pragma: no cover
    main()
