"""Small translated pieces shared by pages and dialogs: list separators, brackets, labels.

English source text goes through ``QCoreApplication.translate`` like any other UI string, so
the Chinese punctuation (、（）：；) comes from the translation and English shows ", ", "()", ": ".
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication

CONTEXT = "Common"
_PLACEHOLDER = re.compile(r"%([12])")


def _fill(template: str, first: str, second: str) -> str:
    """Put ``first``/``second`` for %1/%2 in one pass (a name containing "%2" stays as typed)."""
    return _PLACEHOLDER.sub(lambda m: first if m[1] == "1" else second, template)


def join_names(names: Iterable[str]) -> str:
    """Names or short items as a list: "甲、乙" in Chinese, "A, B" in English."""
    return QCoreApplication.translate("Common", ", ").join(names)


def join_clauses(clauses: Iterable[str]) -> str:
    """Clauses of a sentence: "…；…" in Chinese, "…; …" in English."""
    return QCoreApplication.translate("Common", "; ").join(clauses)


def bracketed(text: str, note: str) -> str:
    """``text`` followed by ``note`` in brackets: "名称（注）" / "name (note)"."""
    return _fill(QCoreApplication.translate("Common", "%1 (%2)"), text, note)


def labelled(label: str, text: str) -> str:
    """``label`` then ``text`` after a colon: "标签：内容" / "Label: text"."""
    return _fill(QCoreApplication.translate("Common", "%1: %2"), label, text)


def required(label: str) -> str:
    """An empty required field: "请填写申请日期" / "Application date is required"."""
    return QCoreApplication.translate("Common", "%1 is required").replace("%1", label)
