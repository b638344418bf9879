"""installer.spec stays in step with the code: what it leaves out is really unused, what it
names exists (the bundle itself is built and self-tested by scripts/build_bundle.sh in CI)."""

from __future__ import annotations

import ast
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SPEC = ROOT / "installer.spec"


def spec_list(name: str) -> list[str]:
    """A list the spec writes as ``NAME = \"\"\"...\"\"\".split()``."""
    tree = ast.parse(SPEC.read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, ast.Assign) and getattr(node.targets[0], "id", None) == name:
            call = node.value
            while isinstance(call, ast.BinOp):  # "...".split() + [...]
                call = call.left
            assert isinstance(call, ast.Call) and isinstance(call.func, ast.Attribute)
            assert isinstance(call.func.value, ast.Constant)
            return str(call.func.value.value).split()
    raise AssertionError(f"{name} not found in installer.spec")


def qt_modules_imported() -> set[str]:
    found: set[str] = set()
    for path in (ROOT / "src" / "branchdesk").rglob("*.py"):
        found |= set(re.findall(r"PySide6\.(Qt\w+)", path.read_text(encoding="utf-8")))
    return found


def test_the_spec_is_valid_python():
    compile(SPEC.read_text(encoding="utf-8"), str(SPEC), "exec")


def test_no_qt_module_the_app_imports_is_left_out_of_the_bundle():
    imported = qt_modules_imported()
    assert {"QtCore", "QtGui", "QtWidgets"} <= imported
    left_out = set(spec_list("QT_UNUSED"))
    assert not imported & left_out, "remove from QT_UNUSED in installer.spec"
    for module in imported:  # nor its shared library
        assert not any(part in f"Qt6{module[2:]}" for part in spec_list("DROP_BINARIES"))


def test_the_files_the_spec_names_exist():
    text = SPEC.read_text(encoding="utf-8")
    assert '"__main__.py"' in text
    for path in (
        ROOT / "src" / "branchdesk" / "__main__.py",
        ROOT / "src" / "branchdesk" / "store" / "migrations" / "env.py",
        ROOT / "resources" / "icons" / "branchdesk.ico",
        ROOT / "resources" / "icons" / "branchdesk-256.png",
        ROOT / "resources" / "translations" / "branchdesk_zh_CN.qm",
    ):
        assert path.is_file(), path


def test_build_output_is_not_committed():
    ignored = (ROOT / ".gitignore").read_text(encoding="utf-8").split()
    assert "build/" in ignored and "dist/" in ignored
