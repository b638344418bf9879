"""The optional start-up passphrase (issue 7, "Privacy").

Only a salted scrypt hash is stored, in the ``setting`` table under ``security.passphrase``::

    scrypt$16384$8$1$<salt, base64>$<hash, base64>

The passphrase keeps casual users of the computer out of the app. It does not encrypt the data
file: anyone who can copy ``branchdesk.db`` can read it with other tools. The UI says so.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import secrets

from sqlalchemy.engine import Engine

from branchdesk.errors import ValidationError
from branchdesk.store.engine import session_scope
from branchdesk.store.models import Setting

PASSPHRASE_KEY = "security.passphrase"
MIN_LENGTH = 6
SCRYPT_N = 2**14
SCRYPT_R = 8
SCRYPT_P = 1
SALT_BYTES = 16
HASH_BYTES = 32
_MAXMEM = 64 * 1024 * 1024  # n=2**14, r=8 needs 16 MiB; room for a stored value with larger n


class WrongPassphraseError(ValidationError):
    """The current passphrase given to change or remove it is not the stored one."""


def hash_passphrase(passphrase: str, salt: bytes | None = None) -> str:
    """The storable form ``scrypt$n$r$p$salt$hash`` of ``passphrase`` with a fresh random salt."""
    salt = secrets.token_bytes(SALT_BYTES) if salt is None else salt
    digest = _scrypt(passphrase, salt, SCRYPT_N, SCRYPT_R, SCRYPT_P)
    return "$".join(
        (
            "scrypt",
            str(SCRYPT_N),
            str(SCRYPT_R),
            str(SCRYPT_P),
            base64.b64encode(salt).decode("ascii"),
            base64.b64encode(digest).decode("ascii"),
        )
    )


def check_passphrase(candidate: str, stored: str) -> bool:
    """True when ``candidate`` hashes to ``stored``; a malformed stored value never matches."""
    parts = stored.split("$")
    if len(parts) != 6 or parts[0] != "scrypt":
        return False
    try:
        n, r, p = int(parts[1]), int(parts[2]), int(parts[3])
        salt = base64.b64decode(parts[4], validate=True)
        expected = base64.b64decode(parts[5], validate=True)
    except ValueError:
        return False
    if not expected or n < 2 or r < 1 or p < 1:
        return False
    try:
        actual = _scrypt(candidate, salt, n, r, p, len(expected))
    except ValueError:
        return False
    return hmac.compare_digest(actual, expected)


def _scrypt(
    passphrase: str, salt: bytes, n: int, r: int, p: int, length: int = HASH_BYTES
) -> bytes:
    return hashlib.scrypt(
        passphrase.encode("utf-8"), salt=salt, n=n, r=r, p=p, maxmem=_MAXMEM, dklen=length
    )


class SecurityService:
    """Set, change, remove and check the start-up passphrase."""

    def __init__(self, engine: Engine) -> None:
        self._engine = engine

    def has_passphrase(self) -> bool:
        return bool(self._stored())

    def verify(self, candidate: str) -> bool:
        """True when ``candidate`` is the passphrase (always True when none is set)."""
        stored = self._stored()
        if not stored:
            return True
        return check_passphrase(candidate, stored)

    def set_passphrase(self, new: str, current: str | None = None) -> None:
        """Set or change the passphrase; changing it needs the ``current`` one.

        Raises:
            WrongPassphraseError: a passphrase is set and ``current`` is not it.
            ValidationError: ``new`` is shorter than :data:`MIN_LENGTH` characters.
        """
        self._require_current(current)
        if len(new) < MIN_LENGTH:
            raise ValidationError(f"口令至少需要{MIN_LENGTH}个字符")
        self._write(hash_passphrase(new))

    def clear_passphrase(self, current: str) -> None:
        """Remove the passphrase; the app then starts without asking.

        Raises:
            WrongPassphraseError: ``current`` is not the passphrase.
        """
        self._require_current(current)
        self._write(None)

    def _require_current(self, current: str | None) -> None:
        stored = self._stored()
        if stored and (current is None or not check_passphrase(current, stored)):
            raise WrongPassphraseError("当前口令不正确")

    def _stored(self) -> str | None:
        with session_scope(self._engine) as session:
            row = session.get(Setting, PASSPHRASE_KEY)
            return row.value if row is not None and row.value else None

    def _write(self, value: str | None) -> None:
        with session_scope(self._engine) as session:
            row = session.get(Setting, PASSPHRASE_KEY)
            if value is None:
                if row is not None:
                    session.delete(row)
                return
            if row is None:
                row = Setting(key=PASSPHRASE_KEY, value=value)
            else:
                row.value = value
            session.add(row)
