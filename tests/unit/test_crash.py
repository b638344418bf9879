"""The Qt-free crash path: report, ID masking in logs, excepthook, faulthandler file."""

from __future__ import annotations

import io
import logging
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from branchdesk import __version__, crash, logging_setup

ID = "110105194912310021"
MASKED = "1101**********0021"


def _raise_with_id() -> None:
    raise ValueError(f"duplicate ID {ID}")


def _exc_info() -> tuple[type[BaseException], BaseException, object]:
    try:
        _raise_with_id()
    except ValueError:
        info = sys.exc_info()
        assert info[0] is not None and info[1] is not None
        return info[0], info[1], info[2]
    raise AssertionError("not raised")


# ---- format_report -------------------------------------------------------------------------


def test_report_has_versions_and_the_traceback_with_ids_masked():
    exc_type, exc, tb = _exc_info()
    report = crash.format_report(exc_type, exc, tb)
    assert f"branchdesk {__version__}" in report
    assert "Python: 3." in report
    assert "System: " in report
    assert "Time: " in report
    assert "Traceback (most recent call last):" in report
    assert "_raise_with_id" in report
    assert f"ValueError: duplicate ID {MASKED}" in report
    assert ID not in report


def test_report_masks_an_id_ending_in_x_and_an_old_15_digit_one():
    try:
        raise KeyError("11010519491231002X / 110105491231002")
    except KeyError as exc:
        report = crash.format_report(KeyError, exc, exc.__traceback__)
    assert "1101**********002X" in report
    assert "1101*******1002" in report
    assert "11010519491231002X" not in report


# ---- the logging filter --------------------------------------------------------------------


def _masked_logger() -> tuple[logging.Logger, io.StringIO]:
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    handler.addFilter(logging_setup.MaskIds())
    handler.setFormatter(logging.Formatter("%(levelname)s %(message)s"))
    log = logging.getLogger("tests.crash.masked")
    log.handlers[:] = [handler]
    log.propagate = False
    log.setLevel(logging.INFO)
    return log, stream


def test_log_filter_masks_ids_in_arguments_message_and_traceback():
    log, stream = _masked_logger()
    log.info("member %s saved", ID)
    log.info(f"inline {ID}")
    try:
        _raise_with_id()
    except ValueError:
        log.info("failed", exc_info=True)
    text = stream.getvalue()
    assert f"member {MASKED} saved" in text
    assert f"inline {MASKED}" in text
    assert f"ValueError: duplicate ID {MASKED}" in text
    assert ID not in text


def test_the_rotating_file_handler_masks_ids(tmp_path):
    logger = logging.getLogger("branchdesk")
    before = list(logger.handlers)
    level = logger.level
    try:
        logging_setup.configure(tmp_path)
        logging.getLogger("branchdesk.tests").info("id %s", ID)
    finally:
        for handler in logger.handlers:
            if handler not in before:
                logger.removeHandler(handler)
                handler.close()
        logger.setLevel(level)
    text = (tmp_path / logging_setup.LOG_FILE).read_text(encoding="utf-8")
    assert f"id {MASKED}" in text
    assert ID not in text


# ---- the crash log of a hard crash ---------------------------------------------------------


def test_no_pending_crash_log_when_the_file_is_missing_or_blank(tmp_path):
    assert crash.pending_crash_log(tmp_path) is None
    (tmp_path / crash.CRASH_LOG).write_text("\n  \n", encoding="utf-8")
    assert crash.pending_crash_log(tmp_path) is None


def test_pending_crash_log_is_offered_masked_then_cleared(tmp_path):
    log = tmp_path / crash.CRASH_LOG
    log.write_text(f"Fatal Python error: Segmentation fault\n  id {ID}\n", encoding="utf-8")
    text = crash.pending_crash_log(tmp_path)
    assert text is not None
    assert "Segmentation fault" in text
    assert MASKED in text and ID not in text
    crash.clear_crash_log(tmp_path)
    assert log.exists() and log.read_text(encoding="utf-8") == ""
    assert crash.pending_crash_log(tmp_path) is None
    crash.clear_crash_log(tmp_path / "missing")  # nothing to clear is fine


def test_a_hard_crash_leaves_its_stack_in_crash_log(tmp_path):
    # In a child process: faulthandler is process-wide, and pytest has its own.
    code = textwrap.dedent(
        f"""
        import faulthandler
        from pathlib import Path
        from branchdesk import crash
        crash.enable_faulthandler(Path({str(tmp_path)!r}))
        faulthandler._sigsegv()
        """
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=False, timeout=60
    )
    assert result.returncode != 0
    text = crash.pending_crash_log(tmp_path)
    assert text is not None
    assert "Fatal Python error" in text


# ---- the excepthook ------------------------------------------------------------------------


@pytest.fixture
def hook_env(monkeypatch):
    """Keep the real excepthook; pretend a QApplication exists (tests can say otherwise)."""
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(crash, "_qapplication_exists", lambda: True)
    return monkeypatch


def test_hook_logs_at_critical_and_shows_the_report_once(hook_env, tmp_path, expected_warnings):
    shown: list[str] = []
    hook = crash.install_excepthook(tmp_path, shown.append)
    assert sys.excepthook is hook
    hook(*_exc_info())
    assert len(shown) == 1
    assert "_raise_with_id" in shown[0] and MASKED in shown[0] and ID not in shown[0]
    assert [r.levelno for r in expected_warnings] == [logging.CRITICAL]
    assert expected_warnings[0].exc_info is not None
    assert expected_warnings[0].exc_info[0] is ValueError


def test_hook_writes_to_stderr_before_the_application_exists(
    hook_env, tmp_path, capsys, expected_warnings
):
    hook_env.setattr(crash, "_qapplication_exists", lambda: False)
    shown: list[str] = []
    hook = crash.install_excepthook(tmp_path, shown.append)
    hook(*_exc_info())
    assert shown == []
    err = capsys.readouterr().err
    assert "Traceback (most recent call last):" in err
    assert f"ValueError: duplicate ID {MASKED}" in err
    assert str(tmp_path) in err
    assert len(expected_warnings) == 1


def test_hook_does_not_recurse_when_showing_fails(hook_env, tmp_path, capsys, expected_warnings):
    calls: list[str] = []

    def broken_show(details: str) -> None:
        calls.append(details)
        raise RuntimeError("the dialog is broken")

    hook = crash.install_excepthook(tmp_path, broken_show)
    hook(*_exc_info())  # must not raise
    assert len(calls) == 1
    err = capsys.readouterr().err
    assert "ValueError: duplicate ID" in err
    assert "RuntimeError: the dialog is broken" in err
    assert [r.getMessage() for r in expected_warnings] == [
        "uncaught exception",
        "the crash dialog failed",
    ]


def test_an_exception_while_the_dialog_is_open_is_not_shown_again(
    hook_env, tmp_path, capsys, expected_warnings
):
    calls: list[str] = []

    def show(details: str) -> None:
        calls.append(details)
        try:  # as if a slot raised while the dialog's event loop runs
            raise OSError("second failure")
        except OSError as second:
            sys.excepthook(OSError, second, second.__traceback__)

    hook = crash.install_excepthook(tmp_path, show)
    hook(*_exc_info())
    assert len(calls) == 1
    assert "OSError: second failure" in capsys.readouterr().err
    assert len(expected_warnings) == 2
    # and the hook is ready again afterwards
    hook(*_exc_info())
    assert len(calls) == 2


def test_keyboard_interrupt_keeps_pythons_handling(hook_env, tmp_path):
    passed: list[type[BaseException]] = []
    hook_env.setattr(sys, "__excepthook__", lambda t, e, tb: passed.append(t))
    shown: list[str] = []
    hook = crash.install_excepthook(tmp_path, shown.append)
    hook(KeyboardInterrupt, KeyboardInterrupt(), None)
    assert passed == [KeyboardInterrupt]
    assert shown == []


def test_crash_module_does_not_import_qt():
    code = "import sys, branchdesk.crash; print(any(m.startswith('PySide6') for m in sys.modules))"
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60
    )
    assert result.stdout.strip() == "False"


def test_enable_faulthandler_returns_the_open_file(tmp_path, monkeypatch):
    enabled: list[object] = []
    monkeypatch.setattr(
        crash.faulthandler, "enable", lambda file, all_threads: enabled.append(file)
    )
    file = crash.enable_faulthandler(tmp_path / "logs")
    try:
        assert enabled == [file]
        assert not file.closed
        assert Path(file.name) == tmp_path / "logs" / crash.CRASH_LOG
    finally:
        file.close()
