"""The start-up passphrase: only a salted scrypt hash is stored, changing it needs the old one."""

from __future__ import annotations

import base64

import pytest
from sqlmodel import Session, select

from branchdesk.errors import ValidationError
from branchdesk.services.security import (
    PASSPHRASE_KEY,
    SecurityService,
    WrongPassphraseError,
    check_passphrase,
)
from branchdesk.store.engine import make_engine
from branchdesk.store.models import Setting, SQLModel

SECRET = "open sesame 2026"


@pytest.fixture
def engine():
    engine = make_engine(None)
    SQLModel.metadata.create_all(engine)
    yield engine
    engine.dispose()


@pytest.fixture
def security(engine) -> SecurityService:
    return SecurityService(engine)


def stored(engine) -> str | None:
    with Session(engine) as session:
        row = session.get(Setting, PASSPHRASE_KEY)
        return row.value if row is not None else None


def test_no_passphrase_at_first_and_anything_verifies(security, engine):
    assert not security.has_passphrase()
    assert security.verify("")
    assert stored(engine) is None


def test_the_stored_value_is_scrypt_with_its_parameters_salt_and_hash(security, engine):
    security.set_passphrase(SECRET, None)

    value = stored(engine)
    assert value is not None
    scheme, n, r, p, salt, digest = value.split("$")
    assert (scheme, n, r, p) == ("scrypt", str(2**14), "8", "1")
    assert len(base64.b64decode(salt, validate=True)) == 16
    assert len(base64.b64decode(digest, validate=True)) >= 32
    assert security.has_passphrase()


def test_the_stored_value_never_contains_the_passphrase(security, engine):
    security.set_passphrase(SECRET, None)
    value = stored(engine)
    assert value is not None
    for text in (SECRET, SECRET.encode().hex(), base64.b64encode(SECRET.encode()).decode()):
        assert text not in value
    with Session(engine) as session:
        everything = " ".join(row.value for row in session.exec(select(Setting)))
    assert SECRET not in everything


def test_the_salt_differs_each_time_it_is_set(security, engine):
    security.set_passphrase(SECRET, None)
    first = stored(engine)
    security.set_passphrase(SECRET, SECRET)
    second = stored(engine)
    assert first is not None and second is not None
    assert first.split("$")[4] != second.split("$")[4]
    assert first.split("$")[5] != second.split("$")[5]
    assert security.verify(SECRET)


def test_verify_right_and_wrong(security):
    security.set_passphrase(SECRET, None)
    assert security.verify(SECRET)
    assert not security.verify("open sesame 2025")
    assert not security.verify("")
    assert not security.verify(SECRET + " ")


def test_too_short_is_refused(security):
    with pytest.raises(ValidationError, match="6"):
        security.set_passphrase("abc12", None)
    assert not security.has_passphrase()
    security.set_passphrase("abc123", None)
    assert security.verify("abc123")


def test_changing_needs_the_current_passphrase(security):
    security.set_passphrase(SECRET, None)
    with pytest.raises(WrongPassphraseError):
        security.set_passphrase("another one", None)
    with pytest.raises(WrongPassphraseError):
        security.set_passphrase("another one", "wrong guess")
    assert security.verify(SECRET)

    security.set_passphrase("another one", SECRET)
    assert security.verify("another one")
    assert not security.verify(SECRET)


def test_clearing_needs_the_current_passphrase(security, engine):
    security.set_passphrase(SECRET, None)
    with pytest.raises(WrongPassphraseError):
        security.clear_passphrase("wrong guess")
    assert security.has_passphrase()

    security.clear_passphrase(SECRET)
    assert not security.has_passphrase()
    assert stored(engine) is None
    assert security.verify("anything")


def test_a_non_ascii_passphrase_works(security):
    security.set_passphrase("团支部口令一二三", None)
    assert security.verify("团支部口令一二三")
    assert not security.verify("团支部口令一二")


@pytest.mark.parametrize(
    "value",
    ["", "plain text", "scrypt$x$8$1$AAAA$AAAA", "scrypt$16384$8$1$!!$AAAA", "bcrypt$1$2$3$4$5"],
)
def test_a_malformed_stored_value_never_matches(value):
    assert not check_passphrase("anything", value)


def test_compare_is_constant_time(monkeypatch, security):
    import hmac

    calls: list[tuple[bytes, bytes]] = []
    real = hmac.compare_digest

    def spy(a, b):
        calls.append((a, b))
        return real(a, b)

    monkeypatch.setattr(hmac, "compare_digest", spy)
    security.set_passphrase(SECRET, None)
    calls.clear()
    assert security.verify(SECRET)
    assert len(calls) == 1
