"""Pinyin search keys for names."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from branchdesk.domain.names import full_pinyin, initials

LETTERS = re.compile(r"^[a-z]+$")


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("张三", "zs"),
        ("李四", "ls"),
        ("欧阳娜娜", "oynn"),
        ("张 三", "zs"),
        (" 张三 ", "zs"),
        ("张\u200b三", "zs"),
        ("阿依古丽·买买提", "ayglmmt"),
        ("Tom Smith", "ts"),
        ("tom smith", "ts"),
        ("ＴＯＭ 李", "tl"),
        ("Anna李", "al"),
        ("李Anna", "la"),
        ("李 Anna Maria", "lam"),
        ("J.K.罗琳", "jkll"),
        ("", ""),
    ],
)
def test_initials(name: str, expected: str) -> None:
    assert initials(name) == expected


@pytest.mark.parametrize(
    "name", ["单于", "曾", "解", "仇", "朴", "区", "查", "盖", "乐", "尉迟", "万俟"]
)
def test_polyphonic_surnames_are_best_effort(name: str) -> None:
    result = initials(name)
    assert LETTERS.match(result)
    assert len(result) == len(name)


@pytest.mark.parametrize(
    ("name", "expected"),
    [("张三", "zhangsan"), ("欧阳娜娜", "ouyangnana"), ("张 三", "zhangsan"), ("Tom", "tom")],
)
def test_full_pinyin(name: str, expected: str) -> None:
    assert full_pinyin(name) == expected


@settings(database=None, deadline=None)
@given(st.text(alphabet=st.characters(min_codepoint=0x4E00, max_codepoint=0x9FA5), max_size=6))
def test_initials_of_chinese_text_are_lower_case_letters(name: str) -> None:
    result = initials(name)
    assert result == "" or LETTERS.match(result)
    assert len(result) <= len(name)


@settings(database=None, deadline=None)
@given(st.text(max_size=12))
def test_initials_never_fail_and_are_lower_case_ascii(name: str) -> None:
    result = initials(name)
    assert re.fullmatch(r"[a-z0-9]*", result)
