"""Every user-visible UI string goes through tr() as English source, Chinese in zh_CN.tsv.

Each ``.py`` under ``src/branchdesk/ui`` (without the generated ``ui/forms/``, whose strings
come from ``forms/*.ui``) is parsed with ``ast`` (nothing is imported). A string literal holding
CJK characters (Chinese, or full-width punctuation such as 、（）：；) fails unless it is a
docstring, an argument of ``tr()`` / ``translate()`` or listed in ``ALLOWED`` with a reason.
Inside ``tr()`` the source text itself must be English too: Chinese belongs in the translation,
or the English UI shows it. The translatable ``<string>`` values of ``forms/*.ui`` are checked
the same way (sample text is marked ``notr="true"``). Code lists from ``domain/vocab`` are data
and live outside ui/, so they are not affected.
"""

from __future__ import annotations

import ast
import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

import pytest

UI_DIR = Path(__file__).resolve().parents[2] / "src" / "branchdesk" / "ui"
GENERATED_DIR = UI_DIR / "forms"
FORMS_DIR = Path(__file__).resolve().parents[2] / "forms"
CJK = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\u3000-\u303f\uff00-\uffef]")
TRANSLATE_FUNCS = frozenset({"tr", "translate", "QT_TRANSLATE_NOOP", "QT_TR_NOOP"})

# (file relative to src/branchdesk/ui, exact literal) -> why it may stay Chinese.
# Keep this list short; everything shown to the user should be English source through tr().
ALLOWED: dict[tuple[str, str], str] = {
    # Font names: the fonts' own names, shown in the licence list of the About box.
    ("dialogs/about_dialog.py", "WenQuanYi Micro Hei 文泉驿微米黑"): "font family name",
    ("dialogs/about_dialog.py", "Noto Serif CJK SC (思源宋体, TrueType)"): "font family name",
    # Each language is named in itself in the language list, so a reader finds their own.
    ("dialogs/settings_dialog.py", "中文（简体）"): "language endonym",
    # Input parsing, not display: a full-width colon typed in a time (14：30) is accepted.
    ("dialogs/meeting_dialog.py", "："): "accepted input character",
    # Data keys, not display: the [设计] basis tag of the rule profiles (resources/profiles),
    # and the rating sheet's own label (resources/rating) already saying it is unofficial.
    ("dialogs/rule_settings_dialog.py", "[设计]"): "profile tag code",
    ("rating_page.py", "非官方"): "compared with the sheet label from resources/rating",
}


@dataclass(frozen=True)
class Violation:
    path: str
    line: int
    text: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.text!r}"


def _call_name(call: ast.Call) -> str | None:
    func = call.func
    if isinstance(func, ast.Attribute):
        return func.attr
    if isinstance(func, ast.Name):
        return func.id
    return None


def _docstring_nodes(tree: ast.AST) -> set[int]:
    found: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef)):
            body = node.body
            if (
                body
                and isinstance(body[0], ast.Expr)
                and isinstance(body[0].value, ast.Constant)
                and isinstance(body[0].value.value, str)
            ):
                found.add(id(body[0].value))
    return found


def find_violations(source: str, path: str = "<snippet>") -> list[Violation]:
    """Return the CJK string literals in ``source`` that do not go through tr()/translate()."""
    tree = ast.parse(source)
    exempt = _docstring_nodes(tree)
    bad_sources: list[Violation] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and _call_name(node) in TRANSLATE_FUNCS:
            for arg in [*node.args, *(k.value for k in node.keywords)]:
                for inner in ast.walk(arg):
                    exempt.add(id(inner))
                    # Chinese as the *source* text of tr() would show Chinese in English too.
                    if (
                        isinstance(inner, ast.Constant)
                        and isinstance(inner.value, str)
                        and CJK.search(inner.value)
                    ):
                        bad_sources.append(Violation(path, inner.lineno, inner.value))
    violations = list(bad_sources)
    for node in ast.walk(tree):
        if (
            isinstance(node, ast.Constant)
            and isinstance(node.value, str)
            and id(node) not in exempt
            and CJK.search(node.value)
            and (path, node.value) not in ALLOWED
        ):
            violations.append(Violation(path, node.lineno, node.value))
    return sorted(violations, key=lambda v: (v.path, v.line, v.text))


def ui_sources() -> list[Path]:
    return sorted(p for p in UI_DIR.rglob("*.py") if GENERATED_DIR not in p.parents)


def test_ui_strings_go_through_tr() -> None:
    violations: list[Violation] = []
    for path in ui_sources():
        rel = path.relative_to(UI_DIR).as_posix()
        violations.extend(find_violations(path.read_text(encoding="utf-8"), rel))
    assert not violations, "Chinese UI text outside tr():\n" + "\n".join(map(str, violations))


def ui_form_violations(text: str, name: str = "<form>") -> list[Violation]:
    """Translatable ``<string>`` values of a Designer form that hold CJK characters."""
    root = ET.fromstring(text)
    return [
        Violation(name, 0, node.text or "")
        for node in root.iter("string")
        if node.get("notr") != "true" and CJK.search(node.text or "")
    ]


def test_designer_forms_have_english_source_text() -> None:
    violations: list[Violation] = []
    for path in sorted(FORMS_DIR.glob("*.ui")):
        violations.extend(ui_form_violations(path.read_text(encoding="utf-8"), path.name))
    assert not violations, "Chinese source text in forms/*.ui:\n" + "\n".join(map(str, violations))


def test_form_checker_flags_chinese_but_not_notr_sample_text() -> None:
    form = (
        '<ui version="4.0"><widget class="QLabel" name="a">'
        '<property name="text"><string>团课</string></property>'
        '<property name="placeholderText"><string notr="true">张三</string></property>'
        '<property name="toolTip"><string>Name</string></property>'
        "</widget></ui>"
    )
    assert ui_form_violations(form) == [Violation("<form>", 0, "团课")]


def test_allow_list_entries_still_exist() -> None:
    """A stale allow-list entry would silently allow the literal elsewhere later."""
    for rel, literal in ALLOWED:
        text = (UI_DIR / rel).read_text(encoding="utf-8")
        assert repr(literal)[1:-1] in text or literal in text, (rel, literal)


def test_checker_finds_bare_chinese_literal() -> None:
    snippet = 'def f(self):\n    self.label.setText("团员")\n'
    assert find_violations(snippet) == [Violation("<snippet>", 2, "团员")]


def test_checker_fails_on_an_injected_violation_in_a_real_file() -> None:
    path = UI_DIR / "transfers_page.py"
    source = path.read_text(encoding="utf-8")
    assert find_violations(source, "transfers_page.py") == []
    injected = source + '\n\ndef _injected(label):\n    label.setText("请选择")\n'
    found = find_violations(injected, "transfers_page.py")
    assert [v.text for v in found] == ["请选择"]


def test_allow_list_is_per_file() -> None:
    """An allowed literal is allowed only in the file it is listed for."""
    assert find_violations('x = "非官方"\n', "rating_page.py") == []
    assert find_violations('x = "非官方"\n', "transfers_page.py") != []


@pytest.mark.parametrize(
    "snippet",
    [
        'x = f"共 {n} 人"\n',  # f-string pieces
        'x = self.tr("Total") + "人"\n',  # concatenated after tr()
        'parse(text, "出生日期")\n',  # field label passed to a helper
        'x = self.tr("团员")\n',  # Chinese source text inside tr()
        'COLUMNS = ("姓名", "性别")\n',  # column headers
    ],
)
def test_checker_flags(snippet: str) -> None:
    assert find_violations(snippet), snippet


@pytest.mark.parametrize(
    "snippet",
    [
        '"""模块说明。"""\n',  # docstring
        'x = self.tr("Member")\n',
        'x = QCoreApplication.translate("Ctx", "Member")\n',
        "# 注释\nx = 1\n",  # comments are not literals
        'x = "Member"\n',
    ],
)
def test_checker_accepts(snippet: str) -> None:
    assert find_violations(snippet) == []
