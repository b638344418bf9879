#!/usr/bin/env python3
"""Compile the Qt Designer forms ``forms/<name>.ui`` into ``src/branchdesk/ui/forms/ui_<name>.py``.

Usage::

    python scripts/build_forms.py          # regenerate changed modules, delete orphaned ones
    python scripts/build_forms.py --check  # exit 1 listing stale, missing or orphaned modules

The generated modules are committed, so the app needs neither ``.ui`` files nor ``uic`` at run
time (installed or frozen). ``pyside6-uic`` is taken from the running interpreter's environment,
so the check uses the pinned PySide6 version. Comparisons ignore the generated header comment,
which carries the uic version. ``tests/integration/test_forms_fresh.py`` runs the same check.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
FORMS_DIR = REPO_ROOT / "forms"
OUTPUT_DIR = REPO_ROOT / "src" / "branchdesk" / "ui" / "forms"
INIT_TEXT = '"""Generated from ``forms/*.ui`` by ``scripts/build_forms.py``: do not edit."""\n'

# Used when the venv has no pyside6-uic launcher: the same entry point the launcher calls.
_UIC_FALLBACK = (
    "import sys; from PySide6.scripts.pyside_tool import uic; "
    "sys.argv[0] = 'pyside6-uic'; sys.exit(uic())"
)


class FormError(RuntimeError):
    """A form that cannot be compiled."""


def uic_command() -> list[str]:
    """Return the command that runs the venv's ``pyside6-uic``."""
    scripts_dir = Path(sys.executable).parent
    for name in ("pyside6-uic", "pyside6-uic.exe"):
        candidate = scripts_dir / name
        if candidate.is_file():
            return [str(candidate)]
    return [sys.executable, "-c", _UIC_FALLBACK]


def module_path(ui_file: Path, output_dir: Path) -> Path:
    """Return where the module generated from ``ui_file`` lives."""
    return output_dir / f"ui_{ui_file.stem}.py"


def compile_form(ui_file: Path, output: Path) -> None:
    """Run uic on one ``.ui`` file, writing the Python module to ``output``.

    Raises:
        FormError: when the file name is not a module name or uic fails.
    """
    if not ui_file.stem.isidentifier():
        raise FormError(f"{_show(ui_file)}: the name must be a Python identifier (use snake_case)")
    result = subprocess.run(
        [*uic_command(), str(ui_file), "-o", str(output)],
        capture_output=True,
        text=True,
        check=False,
    )
    if result.stderr.strip():
        sys.stderr.write(result.stderr)
    if result.returncode != 0 or not output.is_file():
        raise FormError(f"pyside6-uic failed for {_show(ui_file)} (exit {result.returncode})")


def body(text: str) -> list[str]:
    """Return the module's lines without the leading comment block (it names the uic version)."""
    lines = text.splitlines()
    start = 0
    while start < len(lines) and (not lines[start].strip() or lines[start].startswith("#")):
        start += 1
    return [line.rstrip() for line in lines[start:]]


def _same_module(generated: Path, committed: Path) -> bool:
    return body(generated.read_text(encoding="utf-8")) == body(
        committed.read_text(encoding="utf-8")
    )


def _show(path: Path) -> str:
    try:
        return path.resolve().relative_to(REPO_ROOT).as_posix()
    except ValueError:
        return str(path)


def _forms(forms_dir: Path) -> list[Path]:
    return sorted(forms_dir.glob("*.ui")) if forms_dir.is_dir() else []


def _orphans(forms: list[Path], output_dir: Path) -> list[Path]:
    expected = {module_path(ui, output_dir).name for ui in forms}
    existing = sorted(output_dir.glob("ui_*.py")) if output_dir.is_dir() else []
    return [module for module in existing if module.name not in expected]


def check(forms_dir: Path = FORMS_DIR, output_dir: Path = OUTPUT_DIR) -> list[str]:
    """Return one line per stale, missing or orphaned generated module (empty when fresh)."""
    forms = _forms(forms_dir)
    problems: list[str] = []
    with tempfile.TemporaryDirectory(prefix="build_forms_") as tmp:
        for ui_file in forms:
            committed = module_path(ui_file, output_dir)
            generated = Path(tmp) / committed.name
            try:
                compile_form(ui_file, generated)
            except FormError as error:
                problems.append(f"broken: {error}")
                continue
            if not committed.is_file():
                problems.append(f"missing: {_show(committed)} (from {_show(ui_file)})")
            elif not _same_module(generated, committed):
                problems.append(f"stale: {_show(committed)} differs from {_show(ui_file)}")
    for orphan in _orphans(forms, output_dir):
        problems.append(f"orphan: {_show(orphan)} has no {_show(forms_dir)}/{orphan.stem[3:]}.ui")
    init = output_dir / "__init__.py"
    if forms and (not init.is_file() or init.read_text(encoding="utf-8") != INIT_TEXT):
        problems.append(f"stale: {_show(init)} is missing or edited")
    return problems


def build(forms_dir: Path = FORMS_DIR, output_dir: Path = OUTPUT_DIR) -> list[str]:
    """Regenerate every changed module and delete orphans; return one line per change.

    A module whose code is unchanged is left alone, even when only the header (uic version)
    would differ, so a rebuild does not churn files.
    """
    forms = _forms(forms_dir)
    changes: list[str] = []
    if forms:
        output_dir.mkdir(parents=True, exist_ok=True)
        init = output_dir / "__init__.py"
        if not init.is_file() or init.read_text(encoding="utf-8") != INIT_TEXT:
            init.write_text(INIT_TEXT, encoding="utf-8", newline="\n")
            changes.append(f"wrote {_show(init)}")
    with tempfile.TemporaryDirectory(prefix="build_forms_") as tmp:
        for ui_file in forms:
            target = module_path(ui_file, output_dir)
            generated = Path(tmp) / target.name
            compile_form(ui_file, generated)
            if target.is_file() and _same_module(generated, target):
                continue
            shutil.copyfile(generated, target)
            changes.append(f"compiled {_show(ui_file)} -> {_show(target)}")
    for orphan in _orphans(forms, output_dir):
        orphan.unlink()
        changes.append(f"deleted {_show(orphan)} (its .ui is gone)")
    return changes


def main(argv: list[str] | None = None) -> int:
    """Run the command line; return the exit status."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument(
        "--check", action="store_true", help="only report stale modules (exit 1 if any)"
    )
    args = parser.parse_args(argv)
    if args.check:
        problems = check()
        if problems:
            sys.stderr.write("Generated forms are out of date:\n")
            sys.stderr.writelines(f"  {line}\n" for line in problems)
            sys.stderr.write("Run: .venv/bin/python scripts/build_forms.py\n")
            return 1
        sys.stdout.write(f"forms: {len(_forms(FORMS_DIR))} up to date\n")
        return 0
    try:
        changes = build()
    except FormError as error:
        sys.stderr.write(f"{error}\n")
        return 1
    sys.stdout.writelines(f"{line}\n" for line in changes)
    sys.stdout.write(f"forms: {len(_forms(FORMS_DIR))} compiled, {len(changes)} file(s) changed\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
