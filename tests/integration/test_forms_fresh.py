"""The committed ``ui/forms/ui_*.py`` modules match ``forms/*.ui`` (scripts/build_forms.py)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "build_forms.py"

DIALOG_UI = """<?xml version="1.0" encoding="UTF-8"?>
<ui version="4.0">
 <class>NameDialog</class>
 <widget class="QDialog" name="NameDialog">
  <property name="windowTitle">
   <string>{title}</string>
  </property>
  <layout class="QVBoxLayout" name="layout">
   <item>
    <widget class="QLineEdit" name="nameEdit"/>
   </item>
  </layout>
 </widget>
 <resources/>
 <connections/>
</ui>
"""


def _load_script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("build_forms", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault(spec.name, module)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def build_forms() -> ModuleType:
    return _load_script()


@pytest.fixture
def project(tmp_path: Path) -> tuple[Path, Path]:
    """Return (forms dir, output dir) holding one dialog form, not yet compiled."""
    forms, output = tmp_path / "forms", tmp_path / "out"
    forms.mkdir()
    (forms / "name_dialog.ui").write_text(DIALOG_UI.format(title="Name"), encoding="utf-8")
    return forms, output


def test_committed_forms_are_fresh(build_forms: ModuleType) -> None:
    problems = build_forms.check()
    assert not problems, "run scripts/build_forms.py:\n" + "\n".join(problems)


def test_build_then_check_is_clean(build_forms: ModuleType, project: tuple[Path, Path]) -> None:
    forms, output = project
    assert build_forms.check(forms, output) == [
        f"missing: {output / 'ui_name_dialog.py'} (from {forms / 'name_dialog.ui'})",
        f"stale: {output / '__init__.py'} is missing or edited",
    ]

    changes = build_forms.build(forms, output)

    assert len(changes) == 2  # __init__.py and the module
    module = (output / "ui_name_dialog.py").read_text(encoding="utf-8")
    assert "class Ui_NameDialog" in module
    assert "from PySide6.QtWidgets import" in module  # absolute imports, no "from ."
    assert "do not edit" in (output / "__init__.py").read_text(encoding="utf-8")
    assert build_forms.check(forms, output) == []
    assert build_forms.build(forms, output) == []  # nothing to do the second time


def test_header_comment_is_ignored(build_forms: ModuleType, project: tuple[Path, Path]) -> None:
    forms, output = project
    build_forms.build(forms, output)
    module = output / "ui_name_dialog.py"
    text = module.read_text(encoding="utf-8")
    module.write_text(text.replace("Compiler version", "Compiler version 0.0.1 was"), "utf-8")

    assert build_forms.check(forms, output) == []


def test_edited_form_is_stale(build_forms: ModuleType, project: tuple[Path, Path]) -> None:
    forms, output = project
    build_forms.build(forms, output)
    (forms / "name_dialog.ui").write_text(DIALOG_UI.format(title="Full name"), encoding="utf-8")

    problems = build_forms.check(forms, output)

    assert len(problems) == 1
    assert problems[0].startswith("stale:") and "ui_name_dialog.py" in problems[0]
    build_forms.build(forms, output)
    assert build_forms.check(forms, output) == []


def test_orphan_module_is_reported_and_removed(
    build_forms: ModuleType, project: tuple[Path, Path]
) -> None:
    forms, output = project
    build_forms.build(forms, output)
    (output / "ui_gone_dialog.py").write_text("class Ui_GoneDialog: ...\n", encoding="utf-8")

    problems = build_forms.check(forms, output)

    assert len(problems) == 1
    assert problems[0].startswith("orphan:") and "ui_gone_dialog.py" in problems[0]
    build_forms.build(forms, output)
    assert not (output / "ui_gone_dialog.py").exists()


def test_empty_forms_dir_is_fresh(build_forms: ModuleType, tmp_path: Path) -> None:
    (tmp_path / "forms").mkdir()
    assert build_forms.check(tmp_path / "forms", tmp_path / "out") == []
