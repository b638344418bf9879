"""Code lists: tolerant lookup of what people type, and the integrity of every list."""

from __future__ import annotations

import pytest

from branchdesk.domain import vocab
from branchdesk.domain.text import compact, fold
from branchdesk.domain.vocab import ALL_LISTS, CodeList


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("汉", "01"),
        ("汉族", "01"),
        ("01", "01"),
        ("1", "01"),
        ("１", "01"),
        (" 汉 族 ", "01"),
        ("汉\u3000族", "01"),
        ("\u200b汉族", "01"),
        ("蒙古", "02"),
        ("维吾尔", "05"),
        ("维吾尔族", "05"),
        ("毛难族", "36"),  # old spelling
        ("毛难", "36"),
        ("毛南族", "36"),
        ("哈呢族", "16"),  # a provincial build's typo
        ("僳僳族", "20"),
        ("基诺族", "56"),
        ("56", "56"),
        ("其他", "97"),
        ("其它", "97"),
        ("外国血统中国籍人士", "98"),
        ("穿青人", "97"),
    ],
)
def test_ethnicity_lookup(text: str, code: str) -> None:
    assert vocab.ETHNICITY.lookup(text) == code


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("团员", "03"),
        ("共青团员", "03"),
        ("共 青 团 员", "03"),
        ("中国共产主义青年团团员", "03"),
        ("预备党员", "02"),
        ("中共预备党员", "02"),
        ("党员", "01"),
        ("中共党员", "01"),
        ("03", "03"),
    ],
)
def test_political_status_lookup(text: str, code: str) -> None:
    assert vocab.POLITICAL_STATUS.lookup(text) == code


@pytest.mark.parametrize(
    ("codes", "text"),
    [
        (vocab.ETHNICITY, "火星族"),
        (vocab.ETHNICITY, "57"),
        (vocab.ETHNICITY, "0"),
        (vocab.POLITICAL_STATUS, "群众"),  # not a member
        (vocab.POLITICAL_STATUS, "13"),
        (vocab.GENDER, "未知"),
        (vocab.GENDER, "0"),
        (vocab.LEAGUE_POST, "主席"),
        (vocab.MEMBER_STATUS, "在团吗"),
    ],
)
def test_unknown_values_give_none(codes: CodeList, text: str) -> None:
    assert codes.lookup(text) is None


@pytest.mark.parametrize("text", [None, "", "   ", "\u200b"])
def test_empty_lookups_give_none(text: str | None) -> None:
    for codes in ALL_LISTS:
        assert codes.lookup(text) is None


@pytest.mark.parametrize(
    ("codes", "text", "code"),
    [
        (vocab.GENDER, "男", "1"),
        (vocab.GENDER, "女性", "2"),
        (vocab.GENDER, "M", "1"),
        (vocab.GENDER, "f", "2"),
        (vocab.GENDER, "２", "2"),
        (vocab.ID_TYPE, "身份证", "1"),
        (vocab.ID_TYPE, "护照", "2"),
        (vocab.FULLTIME_EDUCATION, "本科", "5"),
        (vocab.FULLTIME_EDUCATION, "普通高中在读", "10"),
        (vocab.HIGHEST_EDUCATION, "本科", "4"),
        (vocab.HIGHEST_EDUCATION, "大学本科", "4"),
        (vocab.OCCUPATION, "学生", "6"),
        (vocab.OCCUPATION, "在校学生", "6"),
        (vocab.LEAGUE_POST, "团支书", "1"),
        (vocab.LEAGUE_POST, "团小组长", "10"),
        (vocab.LEAGUE_POST, "10", "10"),
        (vocab.MEMBER_STATUS, "在团", "active"),
        (vocab.MEMBER_STATUS, "满28周岁离团", "aged_out"),
        (vocab.BRANCH_KIND, "学校", "school"),
    ],
)
def test_other_lookups(codes: CodeList, text: str, code: str) -> None:
    assert codes.lookup(text) == code


def test_lookup_accepts_a_non_string() -> None:
    assert vocab.GENDER.lookup(1) == "1"  # type: ignore[arg-type]  # a number cell from a sheet


@pytest.mark.parametrize("codes", ALL_LISTS, ids=lambda codes: codes.key)
def test_codes_and_names_are_unique(codes: CodeList) -> None:
    assert codes.entries
    assert len(set(codes.codes)) == len(codes.codes)
    assert len(set(codes.names)) == len(codes.names)
    assert len({compact(name) for name in codes.names}) == len(codes.names)
    assert all(code and code == compact(code) for code in codes.codes)
    assert all(name and name == fold(name) for name in codes.names)


@pytest.mark.parametrize("codes", ALL_LISTS, ids=lambda codes: codes.key)
def test_every_entry_is_found_by_code_and_by_name(codes: CodeList) -> None:
    for entry in codes:
        assert codes.lookup(entry.code) == entry.code
        assert codes.lookup(entry.name) == entry.code
        assert codes.name(entry.code) == entry.name
        assert entry.code in codes


@pytest.mark.parametrize("codes", ALL_LISTS, ids=lambda codes: codes.key)
def test_aliases_point_at_real_codes_and_are_reachable(codes: CodeList) -> None:
    direct = {entry.code: entry.code for entry in codes} | {
        compact(entry.name): entry.code for entry in codes
    }
    for alias, code in codes.aliases.items():
        assert code in codes, alias
        assert alias == compact(alias), alias  # lookup() compacts what it is given
        # An alias that spells a code or a name is shadowed by it: it must agree.
        assert direct.get(alias, code) == code, alias
        assert codes.lookup(alias) == code


def test_list_keys_are_unique() -> None:
    keys = [codes.key for codes in ALL_LISTS]
    assert len(set(keys)) == len(keys)


def test_ethnicity_list_is_gb_3304() -> None:
    codes = vocab.ETHNICITY.codes
    assert codes[:56] == tuple(f"{n:02d}" for n in range(1, 57))
    assert codes[56:] == ("97", "98")
    assert vocab.ETHNICITY.name("01") == "汉族"
    assert vocab.ETHNICITY.name("36") == "毛南族"
    assert vocab.ETHNICITY.name("56") == "基诺族"
    assert vocab.ETHNICITY.name(vocab.HAN) == "汉族"


def test_political_status_is_limited_to_member_values() -> None:
    assert set(vocab.POLITICAL_STATUS.codes) == {"01", "02", "03"}
    assert vocab.POLITICAL_STATUS.name(vocab.LEAGUE_MEMBER) == "共青团员"
    assert {"01", "02"} == vocab.PARTY_CODES
    for word in vocab.NON_MEMBER_POLITICAL:
        assert vocab.POLITICAL_STATUS.lookup(word) is None


def test_name_of_unknown_code_is_empty() -> None:
    assert vocab.GENDER.name(None) == ""
    assert vocab.GENDER.name("9") == ""


def test_status_sets_are_in_the_list() -> None:
    assert set(vocab.MEMBER_STATUS.codes) >= vocab.ACTIVE_STATUSES
    assert vocab.RESIDENT_ID in vocab.ID_TYPE


def test_no_post_words_are_not_posts() -> None:
    for word in vocab.NO_POST:
        assert vocab.LEAGUE_POST.lookup(word) is None


# --- text.py, which the lookups rely on -------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "folded", "compacted"),
    [
        ("  a   b  ", "a b", "ab"),
        ("ＡＢＣ１２３", "ABC123", "ABC123"),
        ("张\u3000三", "张 三", "张三"),
        ("张\u200b三", "张 三", "张三"),
        ("\ufeff汉族\u00a0", "汉族", "汉族"),
        ("a\tb\nc", "a b c", "abc"),
        ("", "", ""),
    ],
)
def test_fold_and_compact(raw: str, folded: str, compacted: str) -> None:
    assert fold(raw) == folded
    assert compact(raw) == compacted
