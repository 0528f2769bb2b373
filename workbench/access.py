"""The facilitator PIN: salted scrypt hash in the store, checked before protected actions."""

from __future__ import annotations

import hashlib
import hmac
import secrets

from workbench.errors import AccessDenied, InvalidInput
from workbench.store import Store

SCRYPT_N, SCRYPT_R, SCRYPT_P = 2**14, 8, 1
PIN_KEY = "facilitator_pin"


def hash_pin(pin: str) -> str:
    """``scrypt$N$r$p$salt$hash`` with a fresh random salt."""
    salt = secrets.token_bytes(16)
    digest = hashlib.scrypt(pin.encode("utf-8"), salt=salt, n=SCRYPT_N, r=SCRYPT_R, p=SCRYPT_P)
    return f"scrypt${SCRYPT_N}${SCRYPT_R}${SCRYPT_P}${salt.hex()}${digest.hex()}"


def check_hash(pin: str, stored: str) -> bool:
    try:
        scheme, n, r, p, salt, digest = stored.split("$")
    except ValueError:
        return False
    if scheme != "scrypt":
        return False
    candidate = hashlib.scrypt(
        pin.encode("utf-8"), salt=bytes.fromhex(salt), n=int(n), r=int(r), p=int(p)
    )
    return hmac.compare_digest(candidate.hex(), digest)


def set_pin(store: Store, pin: str) -> None:
    """Set or change the facilitator PIN (at least 4 characters)."""
    if len(pin.strip()) < 4:
        raise InvalidInput("error.pin_too_short")
    store.meta_set(PIN_KEY, hash_pin(pin.strip()))


def has_pin(store: Store) -> bool:
    return bool(store.meta_get(PIN_KEY))


def verify_pin(store: Store, pin: str) -> bool:
    stored = store.meta_get(PIN_KEY)
    return bool(stored) and check_hash(pin.strip(), stored or "")


def require_pin(store: Store, pin: str | None) -> None:
    """Raise ``AccessDenied`` unless ``pin`` is the facilitator PIN."""
    if not has_pin(store):
        raise AccessDenied("error.no_pin_set")
    if pin is None or not verify_pin(store, pin):
        raise AccessDenied("error.wrong_pin")
