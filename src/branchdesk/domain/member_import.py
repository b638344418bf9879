"""Turning one spreadsheet row into a :class:`MemberInput`, tolerantly, explaining what fails.

The io layer hands over raw cell values keyed by field (native types kept: a number stays a
number, a date cell stays a date). This module reads them the way a person would: "汉" is 汉族,
"团员" is 共青团员, ``2004.03`` is a month, and it refuses, with a reason, what cannot be read
without guessing — above all an 身份证号 that Excel has already turned into a number.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, datetime

from branchdesk.domain import idcard, vocab
from branchdesk.domain.dates import DateParseError, YearMonth, parse_date, parse_year_month
from branchdesk.domain.members import FIELD_LABELS, Issue, MemberInput, Severity
from branchdesk.domain.text import fold

CellValue = str | int | float | date | datetime | None

_TEXT_FIELDS = ("name", "group_name", "household", "unit_at_join", "note")
_NUMBER_FIELDS = ("dev_number", "card_number", "phone")
CODE_FIELDS: dict[str, vocab.CodeList] = {
    "gender": vocab.GENDER,
    "ethnicity": vocab.ETHNICITY,
    "id_type": vocab.ID_TYPE,
    "political_status": vocab.POLITICAL_STATUS,
    "fulltime_education": vocab.FULLTIME_EDUCATION,
    "highest_education": vocab.HIGHEST_EDUCATION,
    "occupation": vocab.OCCUPATION,
    "league_post": vocab.LEAGUE_POST,
    "cadre_nature": vocab.CADRE_NATURE,
    "status": vocab.MEMBER_STATUS,
}


def _text(value: CellValue) -> str | None:
    if value is None:
        return None
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, datetime | date):
        return value.isoformat()
    text = fold(str(value))
    return text or None


def _number_text(value: CellValue) -> str | None:
    """Digits typed into a numeric cell come back as int or float; read them as text."""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return _text(value)


def _id_number(value: CellValue, issues: list[Issue]) -> str | None:
    if value is None:
        return None
    if isinstance(value, int | float) and not isinstance(value, bool):
        # The float test first: int() of an infinite cell (1E+309) would raise.
        if (isinstance(value, float) and not value.is_integer()) or len(str(int(value))) >= 16:
            # Excel keeps 15 significant digits: the last ones of an 18-digit ID are gone.
            issues.append(
                Issue(
                    "id_number",
                    "身份证号已被 Excel 存成数字，末尾几位已丢失；"
                    "请把该列设为文本格式，重新填写原号码后再导入",
                )
            )
            return None
        return str(int(value))
    text = _text(value)
    if text is not None and idcard.looks_mangled_by_excel(text):
        issues.append(
            Issue(
                "id_number",
                "身份证号已被 Excel 转成科学计数法或末尾补0，原号码已丢失；"
                "请把该列设为文本格式，重新填写原号码后再导入",
            )
        )
        return None
    return text


def from_row(values: Mapping[str, CellValue]) -> tuple[MemberInput | None, list[Issue]]:
    """Read one row. Returns (None, issues) when the row cannot become a member at all."""
    issues: list[Issue] = []
    fields: dict[str, object] = {}

    for key in _TEXT_FIELDS:
        fields[key] = _text(values.get(key))
    for key in _NUMBER_FIELDS:
        fields[key] = _number_text(values.get(key))
    fields["id_number"] = _id_number(values.get("id_number"), issues)

    for key, codes in CODE_FIELDS.items():
        raw = _text(values.get(key))
        if raw is None:
            continue
        if key == "league_post" and raw in vocab.NO_POST:
            continue
        if key == "political_status" and raw in vocab.NON_MEMBER_POLITICAL:
            # Not a member at all: nothing else about the row matters.
            return None, [Issue(key, f"政治面貌为“{raw}”，不是团员，不能列入团员名册")]
        code = codes.lookup(raw)
        if code is None:
            issues.append(Issue(key, f"{FIELD_LABELS[key]}“{raw}”不在代码表中"))
        else:
            fields[key] = code

    raw_birth = values.get("birth_date")
    if raw_birth is not None and _text(raw_birth) is not None:
        try:
            fields["birth_date"] = parse_date(raw_birth)
        except DateParseError:
            try:
                month = parse_year_month(raw_birth)
            except DateParseError as exc:
                issues.append(Issue("birth_date", f"出生日期“{_text(raw_birth)}”：{exc.reason}"))
            else:
                fields["birth_month"] = month
    for key in ("join_month", "post_since"):
        cell = values.get(key)
        if cell is None or _text(cell) is None:
            continue
        try:
            fields[key] = parse_year_month(cell)
        except DateParseError as exc:
            issues.append(Issue(key, f"{FIELD_LABELS[key]}“{_text(cell)}”：{exc.reason}"))

    birth_month = fields.pop("birth_month", None)
    if isinstance(birth_month, YearMonth):
        fields["birth_date"] = _birth_from_month(birth_month, fields.get("id_number"), issues)

    name = fields.pop("name")
    if not name:
        issues.append(Issue("name", "姓名为空"))
        return None, issues
    for key in ("id_type", "status"):  # absent columns keep MemberInput's defaults
        if fields.get(key) is None:
            fields.pop(key, None)
    fields.setdefault("political_status", None)
    member = MemberInput(name=str(name), **fields)  # type: ignore[arg-type]
    return member, issues


def _birth_from_month(month: YearMonth, id_number: object, issues: list[Issue]) -> date:
    """Only 出生年月 was given (智慧团建 export): take the day from the ID if they agree."""
    if isinstance(id_number, str):
        try:
            card = idcard.parse(id_number)
        except idcard.IdCardError:
            pass
        else:
            if YearMonth.of(card.birth_date) == month:
                return card.birth_date
    issues.append(
        Issue(
            "birth_date",
            f"出生日期只有年月（{month.chinese()}），暂按1日记录；补填身份证号后可得出准确日期",
            Severity.WARNING,
        )
    )
    return month.first_day()
