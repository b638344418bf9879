"""Root test configuration: environment, the automatic ``gui`` marker, the log guard, ``data_dir``.

- Qt runs offscreen with a UTF-8 locale; both are set here, before any test imports Qt, unless
  the caller set them (``QT_QPA_PLATFORM=xcb`` under Xvfb to watch a test, for instance).
- Tests that use ``qtbot`` or ``qapp`` get the ``gui`` marker, so ``pytest -m "not gui"`` is the
  fast loop without a QApplication.
- A WARNING or worse logged by a ``branchdesk`` logger fails the test (reported as an error at
  teardown). A test that expects one requests the ``expected_warnings`` fixture: the guard is
  then off for that test, and the fixture is the list of captured records to assert on::

      def test_unreadable_row_is_logged(expected_warnings):
          importer.run(bad_file)
          assert "row 3" in expected_warnings[0].getMessage()

This module must not import PySide6: most tests run without Qt.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from branchdesk.paths import ENV_DATA_DIR

# Module level, so it is in place before pytest-qt or any test creates a QApplication.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("LANG", "C.UTF-8")
os.environ.setdefault("LC_ALL", "C.UTF-8")

_QT_FIXTURES = {"qtbot", "qapp"}


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Mark every test that needs a QApplication as ``gui``."""
    for item in items:
        if _QT_FIXTURES & set(getattr(item, "fixturenames", ())):
            item.add_marker(pytest.mark.gui)


class _RecordList(logging.Handler):
    """Keep every record that reaches it."""

    def __init__(self) -> None:
        super().__init__(level=logging.WARNING)
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)


@pytest.fixture(autouse=True)
def _branchdesk_log_guard(request: pytest.FixtureRequest) -> Iterator[list[logging.LogRecord]]:
    """Fail the test if a ``branchdesk`` logger logs WARNING+ and it did not ask for that."""
    # On the "branchdesk" logger itself, not the root: logging_setup may stop propagation.
    logger = logging.getLogger("branchdesk")
    handler = _RecordList()
    logger.addHandler(handler)
    try:
        yield handler.records
    finally:
        logger.removeHandler(handler)
    if handler.records and "expected_warnings" not in request.fixturenames:
        lines = "\n".join(f"  {r.levelname} {r.name}: {r.getMessage()}" for r in handler.records)
        pytest.fail(
            "unexpected warnings logged (request the expected_warnings fixture if they are "
            f"part of the test):\n{lines}",
            pytrace=False,
        )


@pytest.fixture
def expected_warnings(
    _branchdesk_log_guard: list[logging.LogRecord],
) -> list[logging.LogRecord]:
    """Allow WARNING+ records from ``branchdesk`` loggers in this test; return them to check."""
    return _branchdesk_log_guard


@pytest.fixture
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Return a fresh, empty data directory, also set as ``BRANCHDESK_DATA_DIR``."""
    path = tmp_path / "data"
    path.mkdir()
    monkeypatch.setenv(ENV_DATA_DIR, str(path))
    return path
