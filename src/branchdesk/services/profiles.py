"""Rule profiles: the shipped ones (national default, 吉林 2021), which one a branch uses, and the
branch's own adjustments (overrides, rules.md §17).

An override is stored as the JSON of what the profile TOML would write (0.3 for 30%, ``"0.20"``
for money, ``{base, op, num, den}`` for a fraction, null for "not set") and goes through
:func:`branchdesk.domain.profiles.resolve` on every read, which type-checks it against the
setting. Every change (set, reset, or dropped because the branch switched to a profile without
that setting) writes a line to ``ProfileOverrideLog`` with its date and reason.
"""

from __future__ import annotations

import json
import logging
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal, InvalidOperation
from fractions import Fraction
from functools import cache, cached_property

from sqlalchemy.engine import Engine
from sqlmodel import Session, col, select

from branchdesk.domain.members import MemberRules
from branchdesk.domain.profiles import (
    Frequency,
    Profile,
    ProfileData,
    ProfileError,
    Setting,
    Threshold,
    member_rules,
    parse_profile,
    resolve,
)
from branchdesk.domain.text import fold
from branchdesk.errors import NotFoundError, ValidationError
from branchdesk.resources import resource_path
from branchdesk.store.engine import session_scope
from branchdesk.store.models import Branch, ProfileOverride, ProfileOverrideLog

log = logging.getLogger(__name__)

DEFAULT_PROFILE = "national"

# The groups of the settings list, by the first part of the key (the sections of national.toml).
GROUP_LABELS: Mapping[str, str] = {
    "meeting": "三会两制一课",
    "quorum": "到会与表决",
    "term": "支委任期",
    "pingyi": "团员教育评议",
    "zhuce": "团籍注册",
    "fazhan": "团员发展",
    "tuiyou": "推优入党",
    "transfer": "组织关系转接",
    "fee": "团费",
    "rating": "对标定级",
    "daxuexi": "青年大学习",
    "volunteer": "志愿服务",
    "youth_home": "青年之家（仅作展示）",
    "org": "组织建设（仅作展示）",
    "cadre": "团干部培训（仅作展示）",
    "retire": "超龄离团",
    "stats": "统计",
}

# Kinds a branch can change here. Frequencies and tables need an editor of their own; free text
# (rating.sheet) names a built-in sheet and is chosen where the sheets are.
_EDITABLE_KINDS = frozenset({"int", "number", "ratio", "decimal", "bool", "threshold", "ranges"})
_OFF_WORDS = frozenset({"", "无", "不设定", "未设定", "关闭", "off", "none"})
_YES = frozenset({"是", "true", "yes", "y", "1"})
_NO = frozenset({"否", "false", "no", "n", "0"})
_RANGE = re.compile(r"^(\d+)\s*(?:-|–|—|~|至|到)\s*(\d+)$")
_FRACTION = re.compile(r"^(\d+)\s*/\s*(\d+)$")
_KIND_NAMES: Mapping[str, str] = {
    "frequency": "频次类",
    "table": "表格类",
    "text": "文字类",
    "threshold": "分数类",
}
_MAX_REASON = 500
_CACHE_SIZE = 64


@dataclass(frozen=True)
class SettingRow:
    """One line of the rule settings list: the value in use beside the profile's own."""

    key: str
    group: str  # 分类, e.g. 到会与表决
    label: str
    value_text: str  # the value in use, e.g. 30%, 超过支部团员总数的1/2, 未设定
    default_text: str  # the profile's value (national default or the chosen profile's)
    is_set: bool  # False: an optional setting that is off (value_text 未设定)
    default_is_set: bool
    unit: str
    tag: str
    source: str
    note: str
    kind: str
    optional: bool
    choices: tuple[str, ...]
    overridden: bool
    reason: str  # why the branch changed it ("" when not overridden)
    changed_at: datetime | None
    editable: bool
    edit_text: str  # the value in use, written the way set_override() reads it
    unconfirmed: bool  # [U]: "请与上级团委核实"


@dataclass(frozen=True)
class OverrideLogRow:
    """One change of a branch's rule settings. ``None`` texts mean "the profile's value"."""

    id: int
    key: str
    label: str
    old_text: str | None
    new_text: str | None
    reason: str
    changed_at: datetime


@cache
def shipped_profiles() -> dict[str, ProfileData]:
    """The profile files under ``resources/profiles``, parsed once per process."""
    data = {}
    for path in sorted(resource_path("profiles").glob("*.toml")):
        parsed = parse_profile(path.read_text(encoding="utf-8"))
        data[parsed.key] = parsed
    return data


def _now() -> datetime:
    return datetime.now().replace(microsecond=0)


class ProfileService:
    """Loads the profile files once and hands out resolved, frozen profiles."""

    def __init__(self, engine: Engine, now: Callable[[], datetime] = _now) -> None:
        self._engine = engine
        self._now = now
        self._with_overrides: dict[tuple[str, tuple[tuple[str, str], ...]], Profile] = {}

    @cached_property
    def _data(self) -> dict[str, ProfileData]:
        return shipped_profiles()

    @cached_property
    def _resolved(self) -> dict[str, Profile]:
        return {key: resolve(self._data, key) for key in self._data}

    def keys(self) -> list[str]:
        return list(self._resolved)

    def choices(self) -> list[tuple[str, str]]:
        """(key, display name) pairs, the national default first."""
        ordered = sorted(self._resolved.values(), key=lambda p: (p.key != DEFAULT_PROFILE, p.key))
        return [(p.key, p.name) for p in ordered]

    def get(self, key: str) -> Profile:
        return self._resolved.get(key) or self._resolved[DEFAULT_PROFILE]

    def for_branch(self, branch_id: int) -> Profile:
        """The branch's profile with its overrides applied.

        Opens one short session of its own and closes it before returning: callers call this
        before opening theirs.
        """
        with session_scope(self._engine) as session:
            branch = session.get(Branch, branch_id)
            if branch is None:
                return self.get(DEFAULT_PROFILE)
            key = self._profile_key(branch)
            stored = tuple(
                sorted((row.key, row.value_json) for row in _overrides(session, branch_id))
            )
        return self._profile_with(key, stored)

    def member_rules_for(self, branch_id: int) -> MemberRules:
        return member_rules(self.for_branch(branch_id))

    # ---- the branch's own values -----------------------------------------------------------

    def settings_for(self, branch_id: int) -> list[SettingRow]:
        """Every setting of the branch's profile in the file's order (grouped by section)."""
        with session_scope(self._engine) as session:
            branch = _branch(session, branch_id)
            key = self._profile_key(branch)
            rows = {row.key: row for row in _overrides(session, branch_id)}
            stored = tuple(sorted((k, row.value_json) for k, row in rows.items()))
        profile = self._profile_with(key, stored)
        result = []
        for setting in profile.settings.values():
            row = rows.get(setting.key) if setting.is_overridden else None
            result.append(
                SettingRow(
                    key=setting.key,
                    group=GROUP_LABELS.get(setting.key.split(".")[0], "其他"),
                    label=setting.label,
                    value_text=value_text(setting.kind, setting.value),
                    default_text=value_text(setting.kind, setting.default),
                    is_set=setting.value is not None,
                    default_is_set=setting.default is not None,
                    unit=setting.unit,
                    tag=setting.tag,
                    source=setting.source,
                    note=setting.note,
                    kind=setting.kind,
                    optional=setting.optional,
                    choices=tuple(str(choice) for choice in setting.choices),
                    overridden=row is not None,
                    reason=row.reason if row else "",
                    changed_at=row.changed_at if row else None,
                    editable=_editable(setting),
                    edit_text=edit_text(setting.kind, setting.value),
                    unconfirmed=setting.unconfirmed,
                )
            )
        return result

    def set_override(self, branch_id: int, key: str, raw_text: str, reason: str) -> None:
        """Give one setting the branch's own value, read from ``raw_text`` by the setting's kind.

        Raises:
            NotFoundError: no such branch, or no such setting in its profile.
            ValidationError: a value that does not fit the setting (the message names it), the
                value already in use, a kind not editable here, or an empty reason.
        """
        with session_scope(self._engine) as session:
            branch = _branch(session, branch_id)
            profile_key = self._profile_key(branch)
            rows = {row.key: row for row in _overrides(session, branch_id)}
            stored = tuple(sorted((k, row.value_json) for k, row in rows.items()))
            current = self._profile_with(profile_key, stored)
            setting = _setting(current, key)
            raw = parse_value(setting, raw_text)
            why = _reason(reason)
            overrides = _usable(self._data, profile_key, _decoded(stored))
            overrides[key] = raw
            try:
                changed = resolve(self._data, profile_key, overrides).get(key)
            except ProfileError as exc:
                raise ValidationError(exc.reason) from None
            if changed.value == setting.value:
                shown = value_text(setting.kind, setting.value)
                raise ValidationError(f"{_quoted(setting.label)}已是{shown}，无需修改")
            new_json = json.dumps(raw, ensure_ascii=False)
            now = self._now()
            row = rows.get(key)
            old_json = row.value_json if row else None
            if row is None:
                row = ProfileOverride(branch_id=branch_id, key=key, value_json=new_json, reason=why)
            row.value_json, row.reason, row.changed_at = new_json, why, now
            session.add(row)
            session.add(
                ProfileOverrideLog(
                    branch_id=branch_id,
                    key=key,
                    old_json=old_json,
                    new_json=new_json,
                    reason=why,
                    changed_at=now,
                )
            )

    def reset_override(self, branch_id: int, key: str, reason: str) -> None:
        """Go back to the profile's value for one setting (the change is logged).

        Raises:
            NotFoundError: no such branch or setting.
            ValidationError: the setting was not changed, or the reason is empty.
        """
        with session_scope(self._engine) as session:
            branch = _branch(session, branch_id)
            setting = _setting(self.get(self._profile_key(branch)), key)
            row = session.exec(
                select(ProfileOverride).where(
                    ProfileOverride.branch_id == branch_id, ProfileOverride.key == key
                )
            ).first()
            if row is None:
                raise ValidationError(f"{_quoted(setting.label)}没有修改过，已是配置中的值")
            why = _reason(reason)
            session.add(
                ProfileOverrideLog(
                    branch_id=branch_id,
                    key=key,
                    old_json=row.value_json,
                    new_json=None,
                    reason=why,
                    changed_at=self._now(),
                )
            )
            session.delete(row)

    def override_log(self, branch_id: int) -> list[OverrideLogRow]:
        """Every change of the branch's rule settings, newest first."""
        with session_scope(self._engine) as session:
            branch = _branch(session, branch_id)
            profile = self.get(self._profile_key(branch))
            rows = session.exec(
                select(ProfileOverrideLog)
                .where(ProfileOverrideLog.branch_id == branch_id)
                .order_by(
                    col(ProfileOverrideLog.changed_at).desc(), col(ProfileOverrideLog.id).desc()
                )
            ).all()
            result = []
            for row in rows:
                assert row.id is not None
                setting = profile.settings.get(row.key)
                result.append(
                    OverrideLogRow(
                        id=row.id,
                        key=row.key,
                        label=setting.label if setting else row.key,
                        old_text=_json_text(setting, row.old_json),
                        new_text=_json_text(setting, row.new_json),
                        reason=row.reason,
                        changed_at=row.changed_at,
                    )
                )
            return result

    # ---- helpers ---------------------------------------------------------------------------

    def _profile_key(self, branch: Branch) -> str:
        return branch.profile_key if branch.profile_key in self._data else DEFAULT_PROFILE

    def _profile_with(self, key: str, stored: tuple[tuple[str, str], ...]) -> Profile:
        """``key`` resolved with the stored overrides (cached: this runs on every for_branch)."""
        if not stored:
            return self.get(key)
        cached = self._with_overrides.get((key, stored))
        if cached is None:
            overrides = _usable(self._data, key, _decoded(stored), warn=True)
            cached = resolve(self._data, key, overrides)
            if len(self._with_overrides) >= _CACHE_SIZE:
                self._with_overrides.clear()
            self._with_overrides[(key, stored)] = cached
        return cached


def carry_overrides(
    session: Session, branch_id: int, profile_key: str, now: Callable[[], datetime] = _now
) -> None:
    """After a branch switched to ``profile_key``: keep the overrides that still fit a setting of
    the new profile, drop (and log) the others. Runs inside the caller's transaction."""
    data = shipped_profiles()
    if profile_key not in data:
        return  # an unknown key reads as the default profile; nothing to judge against
    profile = resolve(data, profile_key)
    for row in _overrides(session, branch_id):
        problem = _problem(data, profile, row.key, row.value_json)
        if problem is None:
            continue
        session.add(
            ProfileOverrideLog(
                branch_id=branch_id,
                key=row.key,
                old_json=row.value_json,
                new_json=None,
                reason=f"团支部改用规则配置“{profile.name}”：{problem}",
                changed_at=now(),
            )
        )
        session.delete(row)


# ---- module helpers --------------------------------------------------------------------------


def _branch(session: Session, branch_id: int) -> Branch:
    branch = session.get(Branch, branch_id)
    if branch is None:
        raise NotFoundError(f"找不到编号为{branch_id}的团支部")
    return branch


def _overrides(session: Session, branch_id: int) -> list[ProfileOverride]:
    return list(
        session.exec(
            select(ProfileOverride)
            .where(ProfileOverride.branch_id == branch_id)
            .order_by(col(ProfileOverride.id))
        )
    )


def _setting(profile: Profile, key: str) -> Setting:
    setting = profile.settings.get(key)
    if setting is None:
        raise NotFoundError(f"规则配置“{profile.name}”中没有设置项“{key}”")
    return setting


def _reason(reason: str) -> str:
    text = fold(reason)
    if not text:
        raise ValidationError("请填写修改原因：规则的每次修改都要记录日期和原因")
    if len(text) > _MAX_REASON:
        raise ValidationError(f"修改原因过长（最多{_MAX_REASON}字）")
    return text


def _decoded(stored: tuple[tuple[str, str], ...]) -> dict[str, object]:
    decoded: dict[str, object] = {}
    for key, text in stored:
        try:
            decoded[key] = json.loads(text)
        except ValueError:
            decoded[key] = _Unreadable(text)
    return decoded


@dataclass(frozen=True)
class _Unreadable:
    """A stored value that is not JSON (resolve() refuses it like any other bad value)."""

    text: str


def _problem(data: Mapping[str, ProfileData], profile: Profile, key: str, text: str) -> str | None:
    """Why a stored override cannot apply to ``profile`` (None when it can)."""
    if key not in profile:
        return f"新配置中没有设置项“{key}”，原修改不再适用"
    try:
        raw = json.loads(text)
        resolve(data, profile.key, {key: raw})
    except ValueError as exc:  # ProfileError is a ValueError, and so is bad JSON
        reason = exc.reason if isinstance(exc, ProfileError) else "保存的值无法读取"
        return f"原修改在新配置中不适用（{reason}）"
    return None


def _usable(
    data: Mapping[str, ProfileData], key: str, overrides: Mapping[str, object], warn: bool = False
) -> dict[str, object]:
    """The overrides that resolve against profile ``key``; the others are left out (and logged).

    A stored value can stop fitting when a newer profile file changes a setting; the branch then
    gets the profile's value instead of an app that cannot open its rules.
    """
    try:
        resolve(data, key, overrides)
        return dict(overrides)
    except ProfileError:
        pass
    usable: dict[str, object] = {}
    for setting_key, raw in overrides.items():
        try:
            resolve(data, key, {setting_key: raw})
        except ProfileError as exc:
            if warn:
                log.warning("override %s ignored: %s", setting_key, exc.reason)
            continue
        usable[setting_key] = raw
    return usable


def _editable(setting: Setting) -> bool:
    if setting.kind == "text":
        return bool(setting.choices)
    if setting.kind == "threshold":
        return isinstance(setting.default, Threshold)
    return setting.kind in _EDITABLE_KINDS


# ---- value text ------------------------------------------------------------------------------


def _percent(value: float) -> str:
    number = Decimal(repr(value)) * 100
    return f"{number.normalize():f}%"


def _plain(number: float) -> str:
    return f"{Decimal(repr(number)).normalize():f}"


def value_text(kind: str, value: object) -> str:
    """How a resolved value reads in the list: ``30%``, ``超过应到人数的2/3``, ``未设定``."""
    if value is None:
        return "未设定"
    if kind == "ratio" and isinstance(value, float | int):
        return _percent(float(value))
    if kind == "number" and isinstance(value, float | int):
        return _plain(float(value))
    if kind == "bool":
        return "是" if value else "否"
    if isinstance(value, Threshold | Frequency):
        return value.describe()
    if kind == "table" and isinstance(value, Mapping):
        return "，".join(f"{name} {item}" for name, item in value.items())
    if kind == "ranges" and isinstance(value, tuple):
        return "、".join(f"{low}–{high}" for low, high in value)
    return str(value)


def edit_text(kind: str, value: object) -> str:
    """A resolved value written the way :func:`parse_value` reads it (``""`` when not set)."""
    if value is None:
        return ""
    if isinstance(value, Threshold):
        return f"{value.fraction.numerator}/{value.fraction.denominator}"
    if kind == "ranges" and isinstance(value, tuple):
        return ", ".join(f"{low}-{high}" for low, high in value)
    return value_text(kind, value)


def _json_text(setting: Setting | None, text: str | None) -> str | None:
    """A logged JSON value as list text; None stays None (the profile's value)."""
    if text is None:
        return None
    try:
        raw = json.loads(text)
    except ValueError:
        return text
    if setting is None:
        return text
    try:
        value: object = raw
        if setting.kind == "threshold" and isinstance(raw, dict):
            value = Threshold(
                op=raw["op"], fraction=Fraction(raw["num"], raw["den"]), base=raw["base"]
            )
        elif setting.kind == "frequency" and isinstance(raw, dict):
            value = Frequency(count=raw["count"], per=raw["per"])
        elif setting.kind == "decimal" and isinstance(raw, str):
            value = Decimal(raw)
        elif setting.kind == "ranges" and isinstance(raw, list):
            value = tuple(tuple(pair) for pair in raw)
        return value_text(setting.kind, value)
    except (KeyError, TypeError, ValueError, ArithmeticError):
        return text


# ---- reading what the user typed -------------------------------------------------------------


def parse_value(setting: Setting, raw_text: str) -> object:
    """Read ``raw_text`` by the setting's kind into the form a profile file would hold.

    ``30%`` or ``0.3`` (ratio), ``2/3`` (a fraction: the profile's base and operator are kept),
    ``0.20`` (money), ``是``/``否``, ``14-17, 18-22`` (ranges). An optional setting is switched
    off by an empty text (or 无、不设定). A trailing unit (``6个月``) is ignored.

    Raises:
        ValidationError: text that cannot be read, naming the setting; or a kind that cannot be
            changed here.
    """
    name = _quoted(setting.label)
    if not _editable(setting):
        kind = _KIND_NAMES.get(setting.kind, setting.kind)
        raise ValidationError(f"{name}是{kind}设置，本版本还不能在这里修改")
    text = fold(raw_text)
    if setting.unit and text.endswith(setting.unit):
        text = text[: -len(setting.unit)].strip()
    if text.lower() in _OFF_WORDS:
        if setting.optional:
            return None
        raise ValidationError(f"请填写{name}的新值")
    kind = setting.kind
    if kind == "int":
        if not text.isdigit():
            raise ValidationError(f"{name}应为不小于0的整数（如 3），不能设为“{text}”")
        return int(text)
    if kind in ("number", "ratio", "decimal"):
        percent = kind == "ratio" and text.endswith("%")
        number = _decimal(text[:-1] if percent else text)
        if number is None:
            example = {"ratio": "30% 或 0.3", "decimal": "0.20", "number": "1.5"}[kind]
            raise ValidationError(f"{name}应为数值（如 {example}），不能设为“{text}”")
        if kind == "decimal":
            return str(number)  # money stays a string: "0.20" keeps its two places
        if percent:
            number /= 100
        if kind == "ratio" and not 0 <= number <= 1:
            raise ValidationError(f"{name}应在 0% 到 100% 之间（如 30% 或 0.3），不能设为“{text}”")
        return float(number)
    if kind == "bool":
        word = text.lower()
        if word in _YES or word in _NO:
            return word in _YES
        raise ValidationError(f"{name}应填“是”或“否”，不能设为“{text}”")
    if kind == "threshold":
        assert isinstance(setting.default, Threshold)
        match = _FRACTION.match(text)
        if not match or not 0 < int(match[1]) <= int(match[2]):
            raise ValidationError(f"{name}应为不大于1的分数（如 1/2、2/3），不能设为“{text}”")
        fraction = Fraction(int(match[1]), int(match[2]))
        return {
            "base": setting.default.base,
            "op": setting.default.op,
            "num": fraction.numerator,
            "den": fraction.denominator,
        }
    if kind == "ranges":
        return _parse_ranges(name, text)
    return text  # text with choices: resolve() checks the choice


def _quoted(label: str) -> str:
    return label if label.startswith("“") and label.endswith("”") else f"“{label}”"


def _decimal(text: str) -> Decimal | None:
    try:
        number = Decimal(text.strip())
    except InvalidOperation:
        return None
    return number if number.is_finite() else None


def _parse_ranges(name: str, text: str) -> list[list[int]]:
    pairs: list[list[int]] = []
    text = re.sub(r"\s*(-|–|—|~|至|到)\s*", r"\1", text)
    for part in re.split(r"[,，、;；\s]+", text):
        if not part:
            continue
        match = _RANGE.match(part)
        if not match:
            raise ValidationError(f"{name}应写成“14-17, 18-22”这样的区间，“{part}”无法识别")
        low, high = int(match[1]), int(match[2])
        if low > high or (pairs and low <= pairs[-1][1]):
            raise ValidationError(f"{name}的区间须从小到大排列且互不重叠（“{part}”）")
        pairs.append([low, high])
    return pairs
