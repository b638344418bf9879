"""Every generated form builds on a bare widget (the same check the frozen app's self-test does)."""

from __future__ import annotations

import importlib
import pkgutil

from PySide6.QtWidgets import QDialog, QMainWindow, QWidget

import branchdesk.ui.forms as forms_package


def test_every_form_sets_up(qtbot):
    modules = [
        m.name for m in pkgutil.iter_modules(forms_package.__path__) if m.name.startswith("ui_")
    ]
    assert len(modules) >= 5
    for name in modules:
        module = importlib.import_module(f"branchdesk.ui.forms.{name}")
        cls = next(getattr(module, attr) for attr in dir(module) if attr.startswith("Ui_"))
        host: QWidget
        if "main_window" in name:
            host = QMainWindow()
        elif "dialog" in name:
            host = QDialog()
        else:
            host = QWidget()
        qtbot.addWidget(host)
        cls().setupUi(host)
