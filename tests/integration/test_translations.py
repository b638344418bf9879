"""The Chinese translation is complete and compiled (scripts/update_translations.py)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "update_translations.py"

FORM_UI = """<?xml version="1.0" encoding="UTF-8"?>
<ui version="4.0">
 <class>MemberDialog</class>
 <widget class="QDialog" name="MemberDialog">
  <property name="windowTitle">
   <string>Member</string>
  </property>
 </widget>
 <resources/>
 <connections/>
</ui>
"""

WIDGET_PY = """
from PySide6.QtWidgets import QWidget


class MainWindow(QWidget):
    def labels(self):
        return [self.tr("Save"), {extra}]
"""

UNFINISHED_TS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>MainWindow</name>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
"""

GLOSSARY = {"Member": "团员", "Save": "保存", "Delete member": "删除团员", "Unused": "未用"}


def _load_script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("update_translations", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault(spec.name, module)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def tr_script() -> ModuleType:
    return _load_script()


class Project:
    """A throwaway source tree: one form, one widget module, and the translation files."""

    def __init__(self, root: Path) -> None:
        self.form = root / "forms" / "member_dialog.ui"
        self.widget = root / "src" / "ui" / "main_window.py"
        self.ts = root / "translations" / "app_zh_CN.ts"
        self.qm = root / "translations" / "app_zh_CN.qm"
        self.form.parent.mkdir(parents=True)
        self.widget.parent.mkdir(parents=True)
        self.form.write_text(FORM_UI, encoding="utf-8")
        self.set_widget_strings('self.tr("Delete member")')

    def set_widget_strings(self, extra: str) -> None:
        self.widget.write_text(WIDGET_PY.format(extra=extra), encoding="utf-8")

    @property
    def files(self) -> dict[str, object]:
        return {"sources": [self.form, self.widget], "ts_file": self.ts, "qm_file": self.qm}


@pytest.fixture
def project(tmp_path: Path) -> Project:
    return Project(tmp_path)


def test_committed_translations_are_complete(tr_script: ModuleType) -> None:
    problems = tr_script.check()
    assert not problems, "run scripts/update_translations.py and translate:\n" + "\n".join(problems)


def test_unfinished_message_fails_the_check(tr_script: ModuleType, tmp_path: Path) -> None:
    ts = tmp_path / "app_zh_CN.ts"
    ts.write_text(UNFINISHED_TS, encoding="utf-8")
    source = tmp_path / "window.py"
    source.write_text(
        "class MainWindow:\n    def f(self):\n        self.tr('Save'); self.tr('Open')\n",
        encoding="utf-8",
    )
    tr_script.lrelease(ts, tmp_path / "app_zh_CN.qm")

    problems = tr_script.check([source], ts, tmp_path / "app_zh_CN.qm", glossary={})

    assert problems == ["unfinished: MainWindow: 'Open'"]


def test_new_strings_are_unfinished(tr_script: ModuleType, project: Project) -> None:
    problems = tr_script.check(**project.files, glossary={})

    assert problems == [
        f"missing: {project.ts}",
        "unfinished: MainWindow: 'Save'",
        "unfinished: MainWindow: 'Delete member'",
        "unfinished: MemberDialog: 'Member'",
    ]
    assert not project.ts.exists()  # the check writes nothing


def test_update_with_glossary_completes(tr_script: ModuleType, project: Project) -> None:
    filled = tr_script.update(**project.files, glossary=GLOSSARY)

    assert filled == 3
    assert tr_script.check(**project.files, glossary=GLOSSARY) == []
    text = project.ts.read_text(encoding="utf-8")
    assert "<translation>删除团员</translation>" in text
    assert text.startswith('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>')
    assert project.qm.stat().st_size > 0


def test_removed_string_is_reported_as_vanished(tr_script: ModuleType, project: Project) -> None:
    tr_script.update(**project.files, glossary=GLOSSARY)
    project.set_widget_strings('"not translatable"')

    assert tr_script.check(**project.files, glossary=GLOSSARY) == [
        "vanished: MainWindow: 'Delete member'"
    ]
    tr_script.update(**project.files, glossary=GLOSSARY)  # -no-obsolete drops it
    assert tr_script.check(**project.files, glossary=GLOSSARY) == []


def test_stale_qm_and_glossary_drift_are_reported(tr_script: ModuleType, project: Project) -> None:
    tr_script.update(**project.files, glossary=GLOSSARY)
    changed = tr_script.fill({"Save": "存盘"}, project.ts)  # .ts edited, .qm not rebuilt

    problems = tr_script.check(**project.files, glossary=GLOSSARY)

    assert changed == 1
    assert problems == [
        "glossary not applied: the app_zh_CN.ts differs from the glossary",
        f"stale: {project.qm} is not lrelease of app_zh_CN.ts",
    ]


def test_read_glossary(tr_script: ModuleType, tmp_path: Path) -> None:
    good = tmp_path / "good.tsv"
    good.write_text(
        "# reviewed 2025\n\nSave\t保存\nLine one\\nLine two\t第一行\\n第二行\n", encoding="utf-8"
    )
    bad = tmp_path / "bad.tsv"
    bad.write_text("Save 保存\n", encoding="utf-8")

    assert tr_script.read_glossary(good) == {"Save": "保存", "Line one\nLine two": "第一行\n第二行"}
    with pytest.raises(tr_script.TranslationError, match="bad.tsv:1"):
        tr_script.read_glossary(bad)
