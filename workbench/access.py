"""The facilitator PIN: salted scrypt hash in the store, checked before protected actions.

Wrong PINs are counted in the ``meta`` table, so the count survives a restart and is
shared by the CLI and the TUI on the same file. From the fifth wrong PIN in a row the
workbench refuses every PIN for a growing time (30 s, 60 s, 120 s, ... up to 15 min).
Nothing here ever sleeps: a refusal says how many seconds to wait, so the TUI stays
responsive and the CLI returns at once.
"""

from __future__ import annotations

import math
import time
from dataclasses import dataclass

from workbench.errors import AccessDenied, InvalidInput
from workbench.store import Store

SCRYPT_N, SCRYPT_R, SCRYPT_P = 2**14, 8, 1
PIN_KEY = "facilitator_pin"
FAILURES_KEY = "pin_failures"
NOT_BEFORE_KEY = "pin_not_before"
FREE_ATTEMPTS = 5
FIRST_DELAY_S = 30
MAX_DELAY_S = 15 * 60

# Wall-clock seconds the lockout reads; public so tests and tools can inject a clock.
clock = time.time


def hash_pin(pin: str) -> str:
    """``scrypt$N$r$p$salt$hash`` with a fresh random salt."""
    import hashlib  # these load when a PIN is first set or checked, not at start-up
    import secrets

    salt = secrets.token_bytes(16)
    digest = hashlib.scrypt(pin.encode("utf-8"), salt=salt, n=SCRYPT_N, r=SCRYPT_R, p=SCRYPT_P)
    return f"scrypt${SCRYPT_N}${SCRYPT_R}${SCRYPT_P}${salt.hex()}${digest.hex()}"


def check_hash(pin: str, stored: str) -> bool:
    import hashlib
    import hmac

    try:
        scheme, n, r, p, salt, digest = stored.split("$")
        if scheme != "scrypt":
            return False
        candidate = hashlib.scrypt(
            pin.encode("utf-8"), salt=bytes.fromhex(salt), n=int(n), r=int(r), p=int(p),
            maxmem=64 * 1024 * 1024,
        )
    except (ValueError, MemoryError):
        return False  # a damaged hash never matches; it must not crash the PIN dialog
    return hmac.compare_digest(candidate.hex(), digest)


def set_pin(store: Store, pin: str) -> None:
    """Set or change the facilitator PIN (at least 4 characters); clears any lockout."""
    if len(pin.strip()) < 4:
        raise InvalidInput("error.pin_too_short")
    with store.transaction():
        store.meta_set(PIN_KEY, hash_pin(pin.strip()))
        _reset(store)


def has_pin(store: Store) -> bool:
    return bool(store.meta_get(PIN_KEY))


def verify_pin(store: Store, pin: str) -> bool:
    """Whether ``pin`` matches, without counting or lockout. Prefer ``require_pin``."""
    stored = store.meta_get(PIN_KEY)
    return bool(stored) and check_hash(pin.strip(), stored or "")


@dataclass(frozen=True)
class PinState:
    """How many wrong PINs in a row, and how long until the next attempt is accepted."""

    failures: int
    wait_seconds: int


def pin_state(store: Store) -> PinState:
    """The lockout as it stands now (for a PIN dialog that wants to show it up front)."""
    failures = _int(store.meta_get(FAILURES_KEY))
    not_before = _float(store.meta_get(NOT_BEFORE_KEY))
    wait = max(0, math.ceil(not_before - clock())) if not_before else 0
    return PinState(failures=failures, wait_seconds=wait)


def delay_after(failures: int) -> int:
    """Seconds of lockout after ``failures`` wrong PINs in a row (0 for the first four)."""
    if failures < FREE_ATTEMPTS:
        return 0
    return min(MAX_DELAY_S, FIRST_DELAY_S * 2 ** (failures - FREE_ATTEMPTS))


def require_pin(store: Store, pin: str | None) -> None:
    """Raise ``AccessDenied`` unless ``pin`` is the facilitator PIN.

    A wrong PIN is counted; after five in a row every attempt is refused for a growing
    time with ``error.pin_locked`` (parameter ``seconds``), even a correct one, so
    guessing does not pay. A correct PIN resets the count.
    """
    if not has_pin(store):
        raise AccessDenied("error.no_pin_set")
    state = pin_state(store)
    if state.wait_seconds > 0:
        raise AccessDenied("error.pin_locked", seconds=state.wait_seconds)
    if pin is not None and verify_pin(store, pin):
        if state.failures:
            with store.transaction():
                _reset(store)
        return
    with store.transaction():
        # Read again inside the write lock: another process may have counted meanwhile.
        failures = _int(store.meta_get(FAILURES_KEY)) + 1
        store.meta_set(FAILURES_KEY, str(failures))
        delay = delay_after(failures)
        if delay:
            store.meta_set(NOT_BEFORE_KEY, repr(clock() + delay))
    if delay:
        raise AccessDenied("error.pin_locked", seconds=delay)
    raise AccessDenied("error.wrong_pin")


def guard(store: Store, pin: str | None) -> None:
    """Protect a destructive action: require the PIN when one is set, else let it pass."""
    if has_pin(store):
        require_pin(store, pin)


def _reset(store: Store) -> None:
    store.db.execute("DELETE FROM meta WHERE key IN (?, ?)", [FAILURES_KEY, NOT_BEFORE_KEY])


def _int(value: str | None) -> int:
    try:
        return max(0, int(value or 0))
    except ValueError:
        return 0


def _float(value: str | None) -> float:
    try:
        return float(value or 0)
    except ValueError:
        return 0.0
