"""The member record and its rules: what a valid 团员 entry is, ages, 超龄, 团员发展编号.

Checks return :class:`Issue` values instead of raising, so that a form can show every problem at
once and an import can list them per row. ``error`` issues block saving; ``warning`` issues are
shown and may be accepted.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date, timedelta
from enum import StrEnum

from branchdesk.domain import idcard, vocab
from branchdesk.domain.dates import YearMonth, age_on, nth_birthday
from branchdesk.domain.text import compact, fold


class Severity(StrEnum):
    ERROR = "error"
    WARNING = "warning"


@dataclass(frozen=True)
class Issue:
    """One problem with one field. ``message`` is Chinese and names the field."""

    field: str
    message: str
    severity: Severity = Severity.ERROR

    @property
    def is_error(self) -> bool:
        return self.severity is Severity.ERROR


# Field keys and their Chinese labels; the keys are the attribute names of MemberInput.
FIELD_LABELS: dict[str, str] = {
    "name": "姓名",
    "gender": "性别",
    "ethnicity": "民族",
    "birth_date": "出生日期",
    "id_type": "证件类型",
    "id_number": "身份证号",
    "political_status": "政治面貌",
    "join_month": "入团年月",
    "dev_number": "团员发展编号",
    "card_number": "团员证编号",
    "fulltime_education": "全日制学历",
    "highest_education": "最高学历",
    "occupation": "职业",
    "league_post": "团内职务",
    "post_since": "任职年月",
    "cadre_nature": "团干部性质",
    "group_name": "团小组",
    "phone": "手机号码",
    "household": "户籍所在地",
    "unit_at_join": "入团时所在单位",
    "note": "备注",
    "status": "团籍状态",
}


@dataclass(frozen=True)
class MemberRules:
    """The numbers the member checks need, taken from the branch's rule profile."""

    min_join_age: int = 14
    max_join_age: int = 28
    leave_age: int = 28
    retire_remind_days: int = 60
    # 入团 on or after this year needs a 团员发展编号 (rules.md §6).
    dev_number_required_from: int = 2017


@dataclass(frozen=True)
class MemberInput:
    """A member as entered: codes from :mod:`vocab`, typed dates, stripped text (None = empty)."""

    name: str
    gender: str | None = None
    ethnicity: str | None = None
    birth_date: date | None = None
    id_type: str = vocab.RESIDENT_ID
    id_number: str | None = None
    political_status: str | None = vocab.LEAGUE_MEMBER
    join_month: YearMonth | None = None
    dev_number: str | None = None
    card_number: str | None = None
    fulltime_education: str | None = None
    highest_education: str | None = None
    occupation: str | None = None
    league_post: str | None = None
    post_since: YearMonth | None = None
    cadre_nature: str | None = None
    group_name: str | None = None
    phone: str | None = None
    household: str | None = None
    unit_at_join: str | None = None
    note: str | None = None
    status: str = "active"


_CODE_FIELDS: dict[str, vocab.CodeList] = {
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

_MOBILE = re.compile(r"^1\d{10}$")
_LANDLINE = re.compile(r"^0\d{2,3}-?\d{7,8}(-\d{1,6})?$")
_NAME_BAD = re.compile(r"[0-9@#$%^&*_=+<>{}\[\]|\\/?!！？]")


def _clean(text: str | None) -> str | None:
    if text is None:
        return None
    cleaned = fold(text)
    return cleaned or None


def normalise(member: MemberInput, today: date) -> MemberInput:
    """Tidy what was typed and fill what the ID implies: birth date and sex.

    The ID is normalised (full-width digits, lower-case x, 15 → 18 digits) when it is valid; an
    invalid ID is left as typed so that :func:`validate` can explain it.
    """
    changes: dict[str, object] = {}
    for key in ("name", "household", "unit_at_join", "note", "group_name"):
        changes[key] = _clean(getattr(member, key))
    if changes["name"] is not None:
        changes["name"] = (
            str(changes["name"]).replace(" ", "")
            if _is_chinese(str(changes["name"]))
            else changes["name"]
        )
    for key in ("dev_number", "card_number", "phone"):
        value = getattr(member, key)
        changes[key] = compact(value) or None if value is not None else None
    if member.id_number is not None:
        number = idcard.normalise(member.id_number) or None
        if number and member.id_type == vocab.RESIDENT_ID:
            try:
                card = idcard.parse(number, today=today)
            except idcard.IdCardError:
                pass
            else:
                number = card.number
                if member.birth_date is None:
                    changes["birth_date"] = card.birth_date
                if member.gender is None:
                    changes["gender"] = card.gender_code
        changes["id_number"] = number
    return replace(member, **changes)  # type: ignore[arg-type]


def _is_chinese(text: str) -> bool:
    return any("\u4e00" <= ch <= "\u9fff" for ch in text)


def validate(member: MemberInput, today: date, rules: MemberRules) -> list[Issue]:
    """Check one (normalised) member on its own; duplicates are checked against the roster."""
    issues: list[Issue] = []

    def error(field: str, message: str) -> None:
        issues.append(Issue(field, message))

    def warn(field: str, message: str) -> None:
        issues.append(Issue(field, message, Severity.WARNING))

    if not member.name:
        error("name", "姓名不能为空")
    elif len(member.name) > 40 or _NAME_BAD.search(member.name):
        error("name", f"姓名“{member.name}”含有数字或符号，或过长")

    for key, codes in _CODE_FIELDS.items():
        value = getattr(member, key)
        if value is not None and value not in codes:
            error(key, f"{FIELD_LABELS[key]}“{value}”不在代码表中")

    card: idcard.IdCard | None = None
    if member.id_number:
        if member.id_type == vocab.RESIDENT_ID:
            try:
                card = idcard.parse(member.id_number, today=today)
            except idcard.IdCardError as exc:
                error("id_number", exc.reason)
        elif len(member.id_number) > 30:
            error("id_number", "证件号码过长")
    else:
        warn("id_number", "身份证号未填写（智慧团建录入时必填）")

    if member.birth_date is None:
        error("birth_date", "出生日期不能为空（可由身份证号自动得出）")
    else:
        if member.birth_date > today:
            error("birth_date", "出生日期晚于今天")
        if card is not None and card.birth_date != member.birth_date:
            error(
                "birth_date",
                f"出生日期{member.birth_date.isoformat()}与身份证号中的"
                f"{card.birth_date.isoformat()}不一致",
            )
    if member.gender is None:
        error("gender", "性别不能为空（可由身份证号自动得出）")
    elif (
        card is not None
        and member.gender in vocab.GENDER  # an unknown code is reported above
        and card.gender_code != member.gender
    ):
        error(
            "gender",
            f"性别“{vocab.GENDER.name(member.gender)}”与身份证号"
            f"（{vocab.GENDER.name(card.gender_code)}）不一致",
        )
    if member.political_status is None:
        error("political_status", "政治面貌不能为空")
    if member.ethnicity is None:
        warn("ethnicity", "民族未填写")

    issues.extend(_check_join(member, today, rules))
    issues.extend(check_dev_number(member.dev_number, member.join_month, rules))

    if member.card_number and not member.card_number.isdigit():
        error("card_number", "团员证编号只能包含数字")
    if member.phone and not (_MOBILE.match(member.phone) or _LANDLINE.match(member.phone)):
        error("phone", f"手机号码“{member.phone}”格式不正确，应为11位手机号")
    if member.post_since is not None:
        if member.league_post is None:
            error("post_since", "填写了任职年月，但没有团内职务")
        elif member.post_since > YearMonth.of(today):
            error("post_since", "任职年月晚于本月")
    if member.cadre_nature is not None and member.league_post is None:
        error("cadre_nature", "填写了团干部性质，但没有团内职务")
    if (
        member.birth_date is not None
        and member.status in vocab.ACTIVE_STATUSES
        and overage(member.birth_date, member.league_post, today, rules) is Overage.OVER
    ):
        warn("birth_date", f"已满{rules.leave_age}周岁且无团内职务，应办理超龄离团")
    return issues


def _check_join(member: MemberInput, today: date, rules: MemberRules) -> list[Issue]:
    issues: list[Issue] = []
    month = member.join_month
    if month is None:
        return [Issue("join_month", "入团年月不能为空")]
    if month > YearMonth.of(today):
        issues.append(Issue("join_month", "入团年月晚于本月"))
    if member.birth_date is not None:
        if month < YearMonth.of(member.birth_date):
            issues.append(Issue("join_month", "入团年月早于出生日期"))
            return issues
        # 入团年月 names a month: the member was old enough if the age was reached by its end.
        last_day = _last_day(month)
        if age_on(member.birth_date, last_day) < rules.min_join_age:
            issues.append(
                Issue("join_month", f"入团时（{month.chinese()}）未满{rules.min_join_age}周岁")
            )
        first_day = month.first_day()
        if age_on(member.birth_date, first_day) >= rules.max_join_age:
            issues.append(
                Issue("join_month", f"入团时（{month.chinese()}）已满{rules.max_join_age}周岁")
            )
    return issues


def _last_day(month: YearMonth) -> date:
    following = YearMonth(month.year + month.month // 12, month.month % 12 + 1)
    return following.first_day() - timedelta(days=1)


def check_dev_number(number: str | None, join: YearMonth | None, rules: MemberRules) -> list[Issue]:
    """The 团员发展编号 rules of the national system (rules.md §6), as warnings except the format.

    12 digits whose first four are the 入团 year; 2017 and 2018 prefixes are interchangeable (the
    numbering started mid-way through that period); 16-digit numbers starting 201516 or 201617 come
    from one 山东 batch and are accepted. Before the year the number became required the national
    system is lenient: more than 4 digits, the first four being the 入团 year.
    """
    field = "dev_number"
    lenient = join is not None and join.year < rules.dev_number_required_from
    if not number:
        if join is not None and join.year >= rules.dev_number_required_from:
            return [
                Issue(
                    field,
                    f"{rules.dev_number_required_from}年以后发展的团员，团员发展编号必填",
                    Severity.WARNING,
                )
            ]
        return []
    if not number.isdigit():
        return [Issue(field, "团员发展编号只能包含数字")]
    if len(number) == 16 and number[:6] in ("201516", "201617"):
        return []
    if lenient and len(number) <= 4:
        return [Issue(field, f"团员发展编号位数不对（{len(number)}位），应多于4位")]
    if not lenient and len(number) != 12:
        return [Issue(field, f"团员发展编号应为12位数字，实际为{len(number)}位")]
    if join is not None:
        prefix = int(number[:4])
        allowed = {join.year}
        if join.year in (2017, 2018):
            allowed = {2017, 2018}
        if prefix not in allowed:
            return [
                Issue(
                    field,
                    f"团员发展编号前四位（{prefix}）与入团年份（{join.year}）不一致",
                    Severity.WARNING,
                )
            ]
    return []


class Overage(StrEnum):
    """Where a member stands against the leaving age."""

    OVER = "over"  # reached the age with no post: 应办理超龄离团
    SOON = "soon"  # reaches it within the reminder window


def overage(
    birth: date, league_post: str | None, today: date, rules: MemberRules
) -> Overage | None:
    """超龄 state: post holders keep 团籍 past the age and are never flagged."""
    if league_post:
        return None
    turns = nth_birthday(birth, rules.leave_age)
    if turns <= today:
        return Overage.OVER
    if (turns - today).days <= rules.retire_remind_days:
        return Overage.SOON
    return None


def leave_date(birth: date, rules: MemberRules) -> date:
    """The day the member reaches the leaving age."""
    return nth_birthday(birth, rules.leave_age)


def errors_only(issues: list[Issue]) -> list[Issue]:
    return [issue for issue in issues if issue.is_error]


def describe(issues: list[Issue]) -> str:
    """One line listing the issues, e.g. for a CLI or a tooltip."""
    return "；".join(issue.message for issue in issues)
