"""What a kiosk vetoes, on its own so both the lock (``lock.py``) and the PIN dialog it
opens (``booth_widgets.PinDialog``) can use it without importing each other."""

from __future__ import annotations

# App-wide actions a kiosk must not allow: quitting, the command palette (which can quit or
# open other phases), switching phases or screens, suspending the process, the key panel.
KIOSK_VETOED = frozenset({
    "quit", "help_quit", "command_palette", "open_phase", "go_home", "switch_language",
    "suspend_process", "pop_screen", "push_screen", "switch_screen", "switch_mode", "back",
    "screenshot", "toggle_dark", "change_theme", "show_help_panel", "hide_help_panel",
    "simple_screenshot", "bell",
})
