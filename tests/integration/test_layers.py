"""Imports go one way: ui -> services -> store / io / reports -> domain (style.md point 1).

Every module under ``src/branchdesk`` is parsed with ``ast`` (nothing is imported) and each of
its imports, including those inside functions and ``if TYPE_CHECKING:`` blocks, is checked
against the allow-list of its layer. The standard library is always allowed. A layer may
import itself. ``branchdesk`` alone (the root ``__init__``: version and app name, stdlib only) is
allowed wherever the table names it. A new top-level module or subpackage needs a rule here.
"""

from __future__ import annotations

import ast
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parents[2] / "src"
ROOT = "branchdesk"
QT_PACKAGES = ("PySide6", "shiboken6")


@dataclass(frozen=True)
class Rule:
    """What the modules of one layer may import besides the standard library and themselves."""

    allow: tuple[str, ...] = ()
    anything: bool = False
    module_level_only: bool = False  # only imports that run when the module is imported


RULES: dict[str, Rule] = {
    "branchdesk": Rule(),  # the root __init__ only; runs before every branchdesk import
    "branchdesk.errors": Rule(),
    "branchdesk.domain": Rule(("pypinyin", "branchdesk.errors")),
    "branchdesk.store": Rule(
        (
            "branchdesk",
            "branchdesk.domain",
            "branchdesk.errors",
            "branchdesk.paths",
            "sqlmodel",
            "sqlalchemy",
            "alembic",
        )
    ),
    "branchdesk.io": Rule(("branchdesk", "branchdesk.domain", "branchdesk.errors", "openpyxl")),
    "branchdesk.reports": Rule(
        (
            "branchdesk",
            "branchdesk.domain",
            "branchdesk.errors",
            "branchdesk.resources",
            "reportlab",
        )
    ),
    # Services own the unit of work: they query with sqlmodel/SQLAlchemy and return sqlmodel
    # read models (style.md point 3), but reach Excel and PDF only through io/ and reports/.
    "branchdesk.services": Rule(
        (
            "branchdesk",
            "branchdesk.domain",
            "branchdesk.store",
            "branchdesk.io",
            "branchdesk.reports",
            "branchdesk.errors",
            "branchdesk.paths",
            "branchdesk.resources",
            "sqlmodel",
            "sqlalchemy",
            "pydantic",
        )
    ),
    "branchdesk.ui": Rule(anything=True),
    "branchdesk.app": Rule(anything=True),
    "branchdesk.__main__": Rule(anything=True),
    # `branchdesk --self-test` (issue 8): a front end like app.py, it drives services and window.
    "branchdesk.selftest": Rule(anything=True),
    # The command line must start without Qt; its functions may open the window lazily.
    "branchdesk.cli": Rule(
        (
            "branchdesk",
            "branchdesk.services",
            "branchdesk.domain",
            "branchdesk.errors",
            "branchdesk.paths",
            "branchdesk.io",
        ),
        module_level_only=True,
    ),
    "branchdesk.paths": Rule(("branchdesk", "branchdesk.errors", "platformdirs")),
    "branchdesk.resources": Rule(("branchdesk", "branchdesk.errors")),
    # Logs must never hold a full ID: the file handler masks them with domain.idcard.
    "branchdesk.logging_setup": Rule(
        ("branchdesk", "branchdesk.domain", "branchdesk.errors", "branchdesk.paths")
    ),
    # The Qt-free half of the crash path (report, excepthook, faulthandler file); the dialog is
    # in ui/. It learns whether a QApplication exists from sys.modules, never by importing Qt.
    "branchdesk.crash": Rule(
        ("branchdesk", "branchdesk.domain", "branchdesk.errors", "branchdesk.logging_setup")
    ),
}

# Qt is allowed only here (style.md point 1); checked on every import, inside functions too.
QT_ALLOWED = ("branchdesk.ui", "branchdesk.app", "branchdesk.__main__", "branchdesk.selftest")


@dataclass(frozen=True)
class Import:
    """One imported module, fully resolved."""

    name: str
    line: int
    module_level: bool


def _matches(name: str, prefix: str) -> bool:
    """Return whether module ``name`` is ``prefix`` or inside it; the root matches only itself."""
    if prefix == ROOT:
        return name == ROOT
    return name == prefix or name.startswith(prefix + ".")


def module_name(path: Path, src: Path = SRC) -> str:
    """Return the dotted name of a module file under ``src``."""
    parts = path.relative_to(src).with_suffix("").parts
    if parts[-1] == "__init__":
        parts = parts[:-1]
    return ".".join(parts)


def all_modules(src: Path = SRC) -> dict[str, Path]:
    """Return every module of the package by dotted name."""
    return {module_name(path, src): path for path in sorted((src / ROOT).rglob("*.py"))}


def imports_in(source: str, module: str, is_package: bool, known: set[str]) -> Iterator[Import]:
    """Yield the imports of one module's source, relative ones resolved against ``module``.

    ``from package import name`` counts as importing ``package.name`` when that is one of the
    ``known`` modules, and as importing ``package`` otherwise.
    """
    package = module if is_package else module.rpartition(".")[0]

    def resolve(node: ast.ImportFrom) -> str:
        if not node.level:
            return node.module or ""
        base = package.split(".")
        base = base[: len(base) - (node.level - 1)]
        return ".".join([*base, *([node.module] if node.module else [])])

    def walk(node: ast.AST, in_function: bool) -> Iterator[Import]:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.Import):
                for alias in child.names:
                    yield Import(alias.name, child.lineno, not in_function)
            elif isinstance(child, ast.ImportFrom):
                target = resolve(child)
                for alias in child.names:
                    submodule = f"{target}.{alias.name}"
                    name = submodule if submodule in known else target
                    yield Import(name, child.lineno, not in_function)
            nested = isinstance(child, ast.FunctionDef | ast.AsyncFunctionDef | ast.Lambda)
            yield from walk(child, in_function or nested)

    yield from walk(ast.parse(source), False)


def rule_for(module: str) -> tuple[str, Rule] | None:
    """Return the layer of ``module`` and its rule (the longest matching key)."""
    keys = [key for key in RULES if _matches(module, key)]
    if not keys:
        return None
    key = max(keys, key=len)
    return key, RULES[key]


def layer_violations(module: str, imports: list[Import]) -> list[str]:
    """Return "module imports X" for each import the module's layer does not allow."""
    found = rule_for(module)
    if found is None:
        return [f"{module} has no layer rule in tests/integration/test_layers.py"]
    layer, rule = found
    if rule.anything:
        return []
    violations = []
    for imp in imports:
        if rule.module_level_only and not imp.module_level:
            continue
        if imp.name.partition(".")[0] in sys.stdlib_module_names:
            continue
        if _matches(imp.name, layer) or any(_matches(imp.name, ok) for ok in rule.allow):
            continue
        violations.append(f"{module} imports {imp.name}  (line {imp.line})")
    return violations


def qt_violations(module: str, imports: list[Import]) -> list[str]:
    """Return "module imports X" for each Qt import outside ui/, app.py and __main__.py."""
    if any(_matches(module, allowed) for allowed in QT_ALLOWED):
        return []
    return [
        f"{module} imports {imp.name}  (line {imp.line})"
        for imp in imports
        if imp.name.partition(".")[0] in QT_PACKAGES
    ]


def _scan(check: str) -> list[str]:
    modules = all_modules()
    known = set(modules)
    problems: list[str] = []
    for module, path in modules.items():
        source = path.read_text(encoding="utf-8")
        imports = list(imports_in(source, module, path.name == "__init__.py", known))
        checker = layer_violations if check == "layers" else qt_violations
        problems += checker(module, imports)
    return problems


def test_source_tree_is_found() -> None:
    modules = all_modules()
    assert {"branchdesk", "branchdesk.errors", "branchdesk.domain"} <= set(modules)


def test_layers_import_one_way() -> None:
    violations = _scan("layers")
    assert not violations, "layer violations (style.md point 1):\n" + "\n".join(violations)


def test_qt_only_in_ui() -> None:
    violations = _scan("qt")
    assert not violations, "Qt outside ui/, app.py, __main__.py:\n" + "\n".join(violations)


# The checker itself, on made-up modules.

KNOWN = {
    "branchdesk",
    "branchdesk.errors",
    "branchdesk.domain",
    "branchdesk.domain.idcard",
    "branchdesk.domain.vocab",
    "branchdesk.store",
    "branchdesk.store.models",
    "branchdesk.services",
    "branchdesk.services.members",
}


def _violations(module: str, source: str, *, is_package: bool = False) -> list[str]:
    imports = list(imports_in(source, module, is_package, KNOWN))
    return [v.split("  (line")[0] for v in layer_violations(module, imports)]


def test_relative_and_from_imports_are_resolved() -> None:
    source = (
        "from . import vocab\n"
        "from .. import errors\n"
        "from ..store import models\n"
        "from branchdesk import __version__\n"
    )
    imports = list(imports_in(source, "branchdesk.domain.idcard", False, KNOWN))
    assert [i.name for i in imports] == [
        "branchdesk.domain.vocab",
        "branchdesk.errors",
        "branchdesk.store.models",
        "branchdesk",
    ]


@pytest.mark.parametrize(
    ("module", "source", "expected"),
    [
        ("branchdesk.domain.idcard", "import re\nfrom pypinyin import lazy_pinyin\n", []),
        (
            "branchdesk.domain.idcard",
            "from ..store import models\nimport sqlmodel\nfrom branchdesk import APP_NAME\n",
            [
                "branchdesk.domain.idcard imports branchdesk.store.models",
                "branchdesk.domain.idcard imports sqlmodel",
                "branchdesk.domain.idcard imports branchdesk",
            ],
        ),
        ("branchdesk.errors", "import pydantic\n", ["branchdesk.errors imports pydantic"]),
        (
            "branchdesk.services.members",
            "from sqlmodel import select\nfrom branchdesk.store import models\n"
            "def f():\n    from PySide6.QtCore import QObject\n",
            ["branchdesk.services.members imports PySide6.QtCore"],
        ),
        (
            "branchdesk.cli",
            "from branchdesk.services import members\n"
            "def gui():\n    from branchdesk.app import run_app\n",
            [],
        ),
        (
            "branchdesk.cli",
            "import PySide6.QtWidgets\n",
            ["branchdesk.cli imports PySide6.QtWidgets"],
        ),
        ("branchdesk.ui.main_window", "from PySide6 import QtWidgets\nimport sqlmodel\n", []),
        ("branchdesk.gadgets", "import os\n", ["branchdesk.gadgets has no layer rule"]),
    ],
)
def test_layer_rules(module: str, source: str, expected: list[str]) -> None:
    found = _violations(module, source)
    assert [v.split(" in tests/")[0] for v in found] == expected


def test_qt_inside_a_cli_function_is_still_reported() -> None:
    source = "def gui():\n    from PySide6.QtWidgets import QApplication\n"
    imports = list(imports_in(source, "branchdesk.cli", False, KNOWN))
    assert [v.split("  (line")[0] for v in qt_violations("branchdesk.cli", imports)] == [
        "branchdesk.cli imports PySide6.QtWidgets"
    ]
    assert qt_violations("branchdesk.__main__", imports) == []
