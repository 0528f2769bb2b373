"""The facilitator PIN: scrypt with a random salt, and a growing delay after 5 wrong PINs."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from workbench import access
from workbench.cli import main
from workbench.errors import AccessDenied
from workbench.store import Store


class Clock:
    """Stands in for wall time so lockouts can be tested without sleeping."""

    def __init__(self) -> None:
        self.now = 1_700_000_000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def clock(monkeypatch):
    fake = Clock()
    monkeypatch.setattr(access, "clock", fake)
    return fake


def denied_key(store, pin):
    with pytest.raises(AccessDenied) as caught:
        access.require_pin(store, pin)
    return caught.value


def test_pin_hash_is_salted_scrypt(store):
    access.set_pin(store, "2468")
    stored = store.meta_get(access.PIN_KEY)
    # scheme, cost, salt, hash: never the PIN itself (a hex digest may hold "2468" by
    # chance, about one run in 400, so the fields are compared, not the whole text)
    scheme, n, r, p, salt, digest = stored.split("$")
    assert scheme == "scrypt" and "2468" not in (n, r, p, salt, digest)
    assert len(bytes.fromhex(salt)) == 16 and len(bytes.fromhex(digest)) == 64
    access.set_pin(store, "2468")
    assert store.meta_get(access.PIN_KEY) != stored  # a fresh salt every time
    assert access.verify_pin(store, "2468") and not access.verify_pin(store, "2469")


def test_damaged_hash_never_matches_and_never_crashes(store):
    store.meta_set(access.PIN_KEY, "scrypt$zz$8$1$00$00")
    assert access.verify_pin(store, "2468") is False
    store.meta_set(access.PIN_KEY, "scrypt$1099511627776$8$1$00$00")  # absurd memory cost
    assert access.verify_pin(store, "2468") is False


def test_four_wrong_pins_just_say_wrong(store, clock):
    access.set_pin(store, "2468")
    for _ in range(4):
        assert denied_key(store, "0000").key == "error.wrong_pin"
    access.require_pin(store, "2468")  # the fifth try is still free, and resets the count
    assert access.pin_state(store).failures == 0


def test_fifth_wrong_pin_locks_with_growing_delay(store, clock):
    access.set_pin(store, "2468")
    for _ in range(4):
        denied_key(store, "0000")
    error = denied_key(store, "0000")
    assert error.key == "error.pin_locked" and error.params["seconds"] == 30
    assert "Wacht 30 seconden" in error.message()
    # While locked even the right PIN is refused, and the refusal is not counted.
    clock.now += 10
    error = denied_key(store, "2468")
    assert error.key == "error.pin_locked" and error.params["seconds"] == 20
    assert access.pin_state(store).failures == 5
    # After the wait a wrong PIN doubles the delay ...
    clock.now += 21
    assert denied_key(store, "1111").params["seconds"] == 60
    clock.now += 61
    assert denied_key(store, "1111").params["seconds"] == 120
    # ... and the right one opens and clears the count.
    clock.now += 121
    access.require_pin(store, "2468")
    assert access.pin_state(store) == access.PinState(failures=0, wait_seconds=0)


def test_delay_is_capped():
    assert [access.delay_after(n) for n in (1, 4, 5, 6, 7)] == [0, 0, 30, 60, 120]
    assert access.delay_after(40) == access.MAX_DELAY_S


def test_lockout_survives_a_restart(tmp_path, clock):
    path = tmp_path / "kwp.db"
    store = Store.open(path)
    access.set_pin(store, "2468")
    for _ in range(5):
        denied_key(store, "0000")
    store.close()
    store = Store.open(path)
    assert denied_key(store, "2468").key == "error.pin_locked"
    store.close()


def test_setting_a_new_pin_clears_the_lockout(store, clock):
    access.set_pin(store, "2468")
    for _ in range(6):
        denied_key(store, "0000")
    access.set_pin(store, "1357")
    access.require_pin(store, "1357")


def test_guard_lets_destructive_actions_pass_without_a_pin(store):
    access.guard(store, None)  # nothing to protect with
    access.set_pin(store, "2468")
    with pytest.raises(AccessDenied):
        access.guard(store, None)
    access.guard(store, "2468")


def test_cli_honours_the_lockout_without_waiting(tmp_path):
    """Each CLI run is a new process-like invocation: the count lives in the file."""
    path = tmp_path / "kwp.db"
    runner = CliRunner()
    assert runner.invoke(main, ["--db", str(path), "init", "KWP", "--pin", "2468"]).exit_code == 0
    out = tmp_path / "uit.json"
    args = ["--db", str(path), "export", "json", str(out), "--include-identities"]
    for _ in range(4):
        result = runner.invoke(main, [*args, "--pin", "0000"])
        assert result.exit_code == 1 and "Onjuiste pincode" in result.output
    result = runner.invoke(main, [*args, "--pin", "0000"])
    assert result.exit_code == 1
    assert "Wacht 30 seconden" in result.output
    result = runner.invoke(main, ["--lang", "en", *args, "--pin", "2468"])
    assert result.exit_code == 1
    assert "Too many wrong PINs. Wait" in result.output
    assert not out.exists()


@pytest.mark.slow  # long: left out of the quick loop
async def test_tui_pin_dialog_honours_the_lockout(store, clock):
    """The booth's PIN dialog counts wrong PINs and says how long to wait; it never sleeps."""
    from textual.widgets import Input, Static

    from workbench.tui.app import make_app
    from workbench.tui.dialogs.pin import PinDialog

    access.set_pin(store, "2468")
    app = make_app(store)
    results: list[bool] = []
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        app.push_screen(PinDialog(store), results.append)
        await pilot.pause()
        dialog = app.screen
        for attempt in range(5):
            dialog.query_one("#pin", Input).value = "0000"
            await pilot.press("enter")
            await pilot.pause()
            shown = str(dialog.query_one("#pin-error", Static).render())
            if attempt < 4:
                assert "pincode klopt niet" in shown
        assert "Wacht 30 seconden" in shown
        dialog.query_one("#pin", Input).value = "2468"  # right, but still locked
        await pilot.press("enter")
        await pilot.pause()
        assert app.screen is dialog and results == []
        clock.now += 31
        dialog.query_one("#pin", Input).value = "2468"
        await pilot.press("enter")
        await pilot.pause()
        assert results == [True]
