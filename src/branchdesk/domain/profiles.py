"""Rule profiles (rules.md §17): every number the checks use, each with its tag and source.

A profile is TOML text: a ``[profile]`` table (``key``, ``name``, ``version``, optional
``description`` and ``inherits``) and one table per setting, named by the setting key::

    [fazhan.min_age]
    value = 14
    label = "入团最低年龄"
    unit = "岁"
    tag = "[N]"
    source = "团章 第一条"

Setting fields: ``value``, ``label``, ``tag``, ``source`` (required once a setting is defined),
``unit``, ``note``, ``type``, ``optional``, ``choices``. ``type`` is inferred from the value
(int, number, bool, text, threshold, frequency, table, ranges) except for ``ratio`` (a share
written as 0.30) and ``decimal`` (money written as a string, ``"0.20"``), which must be named. A
setting with ``optional = true`` may be off: ``value = false`` (its Python value is then None).

A child profile (``inherits = "national"``) repeats only what it changes. ``tag``, ``source`` and
``note`` describe where a value comes from, so a child that changes a value gives its own tag and
source, and the parent's note is dropped unless the child repeats one. ``label``, ``unit`` and the
type are inherited. User overrides (the branch's own values) are applied last and type-checked
against the setting; they keep the tag and source of the profile value they replace, which stays
available as :attr:`Setting.default`.

Pure: the caller reads the files (``resources.resource_path("profiles/national.toml")``) and hands
the text to :func:`parse_profile`.
"""

from __future__ import annotations

import math
import re
import tomllib
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from decimal import Decimal, InvalidOperation
from fractions import Fraction
from types import MappingProxyType
from typing import Final, TypeGuard

from branchdesk.domain.members import MemberRules

# --- value types ------------------------------------------------------------------------------

KIND_LABELS: Final[Mapping[str, str]] = MappingProxyType(
    {
        "int": "非负整数",
        "number": "数值",
        "ratio": "0 到 1 之间的比例（如 0.30 表示 30%）",
        "decimal": '金额或小数（如 "0.20"）',
        "bool": "是/否（true/false）",
        "text": "文字",
        "threshold": '分数门槛（如 { base = "expected", op = ">", num = 1, den = 2 }）',
        "frequency": '频次（如 { count = 1, per = "month" }）',
        "table": "表",
        "ranges": "区间列表（如 [[14, 17], [18, 22]]）",
    }
)

# Who a threshold counts against (rules.md §2.3).
THRESHOLD_BASES: Final[Mapping[str, str]] = MappingProxyType(
    {
        "total_members": "支部团员总数",
        "expected": "应到人数",
        "voting_expected": "应到有表决权人数",
        "present": "实到人数",
        "present_voters": "实到有表决权人数",
        "expected_voters": "应到有表决权人数",
    }
)
THRESHOLD_OPS: Final[Mapping[str, str]] = MappingProxyType({">": "超过", ">=": "不少于"})

PERIODS: Final[Mapping[str, str]] = MappingProxyType(
    {
        "month": "每月",
        "quarter": "每季度",
        "half_year": "每半年",
        "semester": "每学期",
        "school_year": "每学年",
        "year": "每年",
    }
)

_TAG = r"\[(?:N|N\?|L|L-JL21|P|U|设计)\]"
TAG_PATTERN: Final = re.compile(rf"^{_TAG}(?:/{_TAG})*$")
_KEY_PATTERN = re.compile(r"^[a-z0-9][a-z0-9_-]*(?:\.[a-z0-9][a-z0-9_-]*)*$")
_PROFILE_KEY_PATTERN = re.compile(r"^[a-z0-9][a-z0-9-]*$")

SETTING_FIELDS: Final = frozenset(
    {"value", "label", "tag", "source", "unit", "note", "type", "optional", "choices"}
)
_PROFILE_FIELDS = frozenset({"key", "name", "version", "description", "inherits"})
_PROVENANCE = ("tag", "source", "note")
USER: Final = "user"


class ProfileError(ValueError):
    """A malformed profile or a bad override; ``reason`` is Chinese."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


@dataclass(frozen=True)
class Threshold:
    """A "more than a fraction of" rule: ``> 1/2`` of ``expected`` (应到)."""

    op: str
    fraction: Fraction
    base: str

    def met(self, count: int, of: int) -> bool:
        """True when ``count`` satisfies the rule against a base of ``of`` people."""
        if self.op == ">":
            return count > self.fraction * of
        return count >= self.fraction * of

    def minimum(self, of: int) -> int:
        """The smallest count that satisfies the rule (e.g. > 1/2 of 9 → 5, of 10 → 6)."""
        limit = self.fraction * of
        if self.op == ">":
            return math.floor(limit) + 1
        return math.ceil(limit)

    def describe(self) -> str:
        """Chinese wording: ``超过应到人数的1/2``."""
        return f"{THRESHOLD_OPS[self.op]}{THRESHOLD_BASES[self.base]}的{self.fraction}"


@dataclass(frozen=True)
class Frequency:
    """``count`` times per period (``month``, ``quarter``, ``half_year``, …)."""

    count: int
    per: str

    def describe(self) -> str:
        return f"{PERIODS[self.per]}{self.count}次"


@dataclass(frozen=True)
class Setting:
    """One resolved setting. ``value`` is None when an optional setting is off."""

    key: str
    value: object
    label: str
    tag: str
    source: str
    note: str = ""
    unit: str = ""
    kind: str = "int"
    optional: bool = False
    choices: tuple[object, ...] = ()
    origin: str = ""  # the profile key that set the value, or "user"
    default: object = None  # the profile's value, before any user override

    @property
    def is_set(self) -> bool:
        return self.value is not None

    @property
    def is_overridden(self) -> bool:
        return self.origin == USER

    @property
    def unconfirmed(self) -> bool:
        """[U]: the UI shows a "check with your 上级团委" hint."""
        return "[U]" in self.tag


@dataclass(frozen=True)
class ProfileData:
    """One parsed profile file, before inheritance: only the fields that file sets."""

    key: str
    name: str
    version: str
    description: str
    parent: str | None
    settings: Mapping[str, Mapping[str, object]]


@dataclass(frozen=True)
class Profile:
    """A resolved, read-only profile: parent → child → user overrides."""

    key: str
    name: str
    version: str
    description: str
    parent: str | None
    settings: Mapping[str, Setting]
    lineage: tuple[str, ...] = field(default=())  # root first, this profile last

    @property
    def display_name(self) -> str:
        """For report footers: ``吉林 2021（版本 1.0）``."""
        return f"{self.name}（版本 {self.version}）"

    def __contains__(self, key: object) -> bool:
        return key in self.settings

    def keys(self) -> tuple[str, ...]:
        return tuple(self.settings)

    def get(self, key: str) -> Setting:
        try:
            return self.settings[key]
        except KeyError:
            raise ProfileError(f"规则配置“{self.name}”中没有设置项“{key}”") from None

    def value(self, key: str) -> object:
        """The value (None when an optional setting is off)."""
        return self.get(key).value

    def is_set(self, key: str) -> bool:
        return self.get(key).is_set

    def _typed(self, key: str, *kinds: str) -> object:
        setting = self.get(key)
        if setting.kind not in kinds:
            raise ProfileError(
                f"设置项“{setting.label}”（{key}）是{KIND_LABELS[setting.kind]}，"
                f"不是{KIND_LABELS[kinds[0]]}"
            )
        if setting.value is None:
            raise ProfileError(f"设置项“{setting.label}”（{key}）未设定")
        return setting.value

    def int_value(self, key: str) -> int:
        value = self._typed(key, "int")
        assert isinstance(value, int)
        return value

    def number_value(self, key: str) -> float:
        """A number or ratio as a float."""
        value = self._typed(key, "number", "ratio", "int")
        assert isinstance(value, int | float)
        return float(value)

    def ratio(self, key: str) -> Fraction:
        """A share as an exact fraction: 0.30 → 3/10."""
        value = self._typed(key, "ratio")
        assert isinstance(value, float)
        return Fraction(repr(value))

    def decimal_value(self, key: str) -> Decimal:
        value = self._typed(key, "decimal")
        assert isinstance(value, Decimal)
        return value

    def text_value(self, key: str) -> str:
        value = self._typed(key, "text")
        assert isinstance(value, str)
        return value

    def bool_value(self, key: str) -> bool:
        value = self._typed(key, "bool")
        assert isinstance(value, bool)
        return value

    def fraction(self, key: str) -> Threshold:
        """A threshold: the fraction, the operator (``>`` or ``>=``) and the base counted."""
        value = self._typed(key, "threshold")
        assert isinstance(value, Threshold)
        return value

    def frequency(self, key: str) -> Frequency:
        value = self._typed(key, "frequency")
        assert isinstance(value, Frequency)
        return value

    def table(self, key: str) -> Mapping[str, object]:
        value = self._typed(key, "table")
        assert isinstance(value, Mapping)
        return value

    def ranges(self, key: str) -> tuple[tuple[int, int], ...]:
        value = self._typed(key, "ranges")
        assert isinstance(value, tuple)
        return value


# --- parsing ----------------------------------------------------------------------------------


def parse_profile(text: str) -> ProfileData:
    """Parse one profile's TOML text.

    Raises:
        ProfileError: with a Chinese reason for bad TOML, a missing or malformed ``[profile]``
            table, unknown fields, or fields of the wrong type.
    """
    try:
        document = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ProfileError(f"规则配置不是有效的 TOML：{exc}") from None
    header = document.pop("profile", None)
    if not isinstance(header, dict):
        raise ProfileError("规则配置缺少 [profile] 表（key、name、version）")
    unknown = sorted(set(header) - _PROFILE_FIELDS)
    if unknown:
        raise ProfileError(f"[profile] 表含有未知字段：{'、'.join(unknown)}")
    key = _header_text(header, "key", "")
    if not _PROFILE_KEY_PATTERN.match(key):
        raise ProfileError(f"配置标识“{key}”无效：只能使用小写字母、数字和连字符")
    name = _header_text(header, "name", key)
    version = _header_text(header, "version", key)
    description = _header_text(header, "description", key, required=False)
    parent = _header_text(header, "inherits", key, required=False) or None
    if parent == key:
        raise ProfileError(f"配置“{key}”不能继承自身")
    settings: dict[str, Mapping[str, object]] = {}
    _collect(document, "", key, settings)
    return ProfileData(
        key=key,
        name=name,
        version=version,
        description=description,
        parent=parent,
        settings=MappingProxyType(settings),
    )


def _header_text(header: Mapping[str, object], name: str, where: str, required: bool = True) -> str:
    value = header.get(name)
    if value is None and not required:
        return ""
    if not isinstance(value, str) or (required and not value.strip()):
        place = f"配置“{where}”的" if where else ""
        raise ProfileError(f"{place}[profile] 表缺少文字字段 {name}")
    return value.strip()


def _collect(
    table: Mapping[str, object], prefix: str, where: str, out: dict[str, Mapping[str, object]]
) -> None:
    for name, item in table.items():
        path = f"{prefix}{name}"
        if not isinstance(item, dict):
            raise ProfileError(f"配置“{where}”：“{path}”不在任何设置项的表中")
        if not item:
            raise ProfileError(f"配置“{where}”：设置项“{path}”是空表")
        if not any(part in SETTING_FIELDS for part in item):
            _collect(item, f"{path}.", where, out)
            continue
        unknown = sorted(set(item) - SETTING_FIELDS)
        if unknown:
            raise ProfileError(f"配置“{where}”：设置项“{path}”含有未知字段：{'、'.join(unknown)}")
        if not _KEY_PATTERN.match(path):
            raise ProfileError(f"配置“{where}”：设置项名称“{path}”无效")
        _check_fields(item, path, where)
        out[path] = MappingProxyType(dict(item))


def _check_fields(item: Mapping[str, object], path: str, where: str) -> None:
    place = f"配置“{where}”：设置项“{path}”"
    for name in ("label", "tag", "source", "unit", "note", "type"):
        if name in item and not isinstance(item[name], str):
            raise ProfileError(f"{place}的 {name} 应为文字")
    for name in ("label", "source"):
        if name in item and not str(item[name]).strip():
            raise ProfileError(f"{place}的 {name} 不能为空")
    tag = item.get("tag")
    if isinstance(tag, str) and not TAG_PATTERN.match(tag):
        raise ProfileError(
            f"{place}的 tag“{tag}”无效，应为 [N]、[N?]、[L]、[L-JL21]、[P]、[U]、[设计] 或其组合"
        )
    kind = item.get("type")
    if kind is not None and kind not in KIND_LABELS:
        raise ProfileError(f"{place}的 type“{kind}”无效，可用：{'、'.join(KIND_LABELS)}")
    if "optional" in item and not isinstance(item["optional"], bool):
        raise ProfileError(f"{place}的 optional 应为 true 或 false")
    if "choices" in item and not (isinstance(item["choices"], list) and item["choices"]):
        raise ProfileError(f"{place}的 choices 应为非空列表")


def index_profiles(profiles: Iterable[ProfileData]) -> dict[str, ProfileData]:
    """Key parsed profiles by their ``key``; two files with the same key are an error."""
    index: dict[str, ProfileData] = {}
    for data in profiles:
        if data.key in index:
            raise ProfileError(f"有两个规则配置使用了同一标识“{data.key}”")
        index[data.key] = data
    return index


# --- resolving --------------------------------------------------------------------------------


@dataclass
class _Draft:
    key: str
    kind: str
    optional: bool
    fields: dict[str, object]
    value: object = None
    origin: str = ""


def resolve(
    profiles: Mapping[str, ProfileData],
    key: str,
    overrides: Mapping[str, object] | None = None,
) -> Profile:
    """Merge a profile with its ancestors (parent first) and then the user's overrides.

    Raises:
        ProfileError: unknown profile or parent, an inheritance cycle, a setting without a value
            (or label, tag, source), a value of the wrong type, an unknown override key.
    """
    chain = _lineage(profiles, key)
    drafts: dict[str, _Draft] = {}
    for data in chain:
        for setting_key, fields in data.settings.items():
            draft = drafts.get(setting_key)
            if draft is None:
                drafts[setting_key] = _define(setting_key, fields, data.key)
            else:
                _refine(draft, fields, data.key)
    for draft in drafts.values():
        for name in ("label", "tag", "source"):
            if name not in draft.fields:
                raise ProfileError(f"配置“{key}”：设置项“{draft.key}”缺少 {name}")
    settings: dict[str, Setting] = {}
    for setting_key, draft in drafts.items():
        settings[setting_key] = _setting(draft)
    for setting_key, raw in (overrides or {}).items():
        base = settings.get(setting_key)
        if base is None:
            raise ProfileError(f"未知的设置项“{setting_key}”，无法覆盖")
        place = f"设置项“{base.label}”（{setting_key}）"
        value = _coerce(base.kind, raw, base.optional, base.choices, base.default, place)
        settings[setting_key] = replace(base, value=value, origin=USER)
    top = chain[-1]
    return Profile(
        key=top.key,
        name=top.name,
        version=top.version,
        description=top.description,
        parent=top.parent,
        settings=MappingProxyType(settings),
        lineage=tuple(data.key for data in chain),
    )


def _lineage(profiles: Mapping[str, ProfileData], key: str) -> list[ProfileData]:
    chain: list[ProfileData] = []
    seen: list[str] = []
    current: str | None = key
    while current is not None:
        if current in seen:
            loop = " → ".join([*seen[seen.index(current) :], current])
            raise ProfileError(f"规则配置的继承关系出现循环：{loop}")
        data = profiles.get(current)
        if data is None:
            if not seen:
                raise ProfileError(f"没有名为“{current}”的规则配置")
            raise ProfileError(f"配置“{seen[-1]}”继承的上级配置“{current}”不存在")
        if data.key != current:
            raise ProfileError(f"规则配置“{current}”的 [profile] key 写作“{data.key}”，两者应一致")
        seen.append(current)
        chain.append(data)
        current = data.parent
    chain.reverse()
    return chain


def _define(key: str, fields: Mapping[str, object], origin: str) -> _Draft:
    place = f"配置“{origin}”：设置项“{key}”"
    optional = bool(fields.get("optional", False))
    if "value" not in fields:
        raise ProfileError(f"{place}缺少 value")
    raw = fields["value"]
    kind = fields.get("type")
    if kind is None:
        if optional and raw is False:
            raise ProfileError(f"{place}可不设定（value = false），须用 type 注明值的类型")
        kind = _infer_kind(raw, place)
    assert isinstance(kind, str)
    if optional and kind == "bool":
        raise ProfileError(f"{place}：是/否类型的设置项不能设为 optional")
    choices = _choices(fields)
    draft = _Draft(key=key, kind=kind, optional=optional, fields=dict(fields))
    draft.value = _coerce(kind, raw, optional, choices, None, place)
    draft.origin = origin
    return draft


def _refine(draft: _Draft, fields: Mapping[str, object], origin: str) -> None:
    place = f"配置“{origin}”：设置项“{draft.key}”"
    changed = [
        name
        for name, same in (
            ("type", fields.get("type", draft.kind) == draft.kind),
            ("optional", fields.get("optional", draft.optional) == draft.optional),
            ("choices", _choices(fields) in ((), _choices(draft.fields))),
        )
        if not same
    ]
    if changed:
        raise ProfileError(f"{place}不能改变上级配置定义的 {'、'.join(changed)}")
    if "value" in fields:
        missing = [name for name in ("tag", "source") if name not in fields]
        if missing:
            raise ProfileError(f"{place}改变了 value，须同时写明 {'、'.join(missing)}")
        draft.value = _coerce(
            draft.kind, fields["value"], draft.optional, _choices(draft.fields), draft.value, place
        )
        draft.origin = origin
        for name in _PROVENANCE:
            draft.fields.pop(name, None)
    draft.fields.update({name: item for name, item in fields.items() if name != "value"})


def _choices(fields: Mapping[str, object]) -> tuple[object, ...]:
    choices = fields.get("choices")
    return tuple(choices) if isinstance(choices, list) else ()


def _setting(draft: _Draft) -> Setting:
    def text(name: str) -> str:
        value = draft.fields.get(name, "")
        return value if isinstance(value, str) else ""

    return Setting(
        key=draft.key,
        value=draft.value,
        label=text("label"),
        tag=text("tag"),
        source=text("source"),
        note=text("note"),
        unit=text("unit"),
        kind=draft.kind,
        optional=draft.optional,
        choices=_choices(draft.fields),
        origin=draft.origin,
        default=draft.value,
    )


# --- values -----------------------------------------------------------------------------------


def _infer_kind(raw: object, place: str) -> str:
    if isinstance(raw, bool):
        return "bool"
    if isinstance(raw, int):
        return "int"
    if isinstance(raw, float):
        return "number"
    if isinstance(raw, str):
        return "text"
    if isinstance(raw, Mapping):
        if set(raw) == {"base", "op", "num", "den"}:
            return "threshold"
        if set(raw) == {"count", "per"}:
            return "frequency"
        return "table"
    if isinstance(raw, list):
        return "ranges"
    raise ProfileError(f"{place}的 value 类型无法识别")


def _coerce(
    kind: str,
    raw: object,
    optional: bool,
    choices: tuple[object, ...],
    base: object,
    place: str,
) -> object:
    """Check ``raw`` against the setting's type and return the stored form."""
    if raw is None or (raw is False and kind != "bool"):
        if optional:
            return None
        raise ProfileError(f"{place}必须有值，应为{KIND_LABELS[kind]}")
    value = _convert(kind, raw, base)
    if value is None:
        raise ProfileError(f"{place}应为{KIND_LABELS[kind]}，不能设为 {raw!r}")
    if choices and value not in choices:
        allowed = "、".join(map(str, choices))
        raise ProfileError(f"{place}只能是以下值之一：{allowed}；不能设为 {raw!r}")
    return value


def _convert(kind: str, raw: object, base: object) -> object | None:
    """The stored form of ``raw``, or None when it does not fit ``kind``."""
    if kind == "bool":
        return raw if isinstance(raw, bool) else None
    if isinstance(raw, bool):
        return None
    if kind == "int":
        return raw if isinstance(raw, int) and raw >= 0 else None
    if kind in ("number", "ratio"):
        if not isinstance(raw, int | float | Fraction | Decimal):
            return None
        number = float(raw)
        if not math.isfinite(number) or (kind == "ratio" and not 0 <= number <= 1):
            return None
        return number
    if kind == "decimal":
        return _decimal(raw)
    if kind == "text":
        return raw.strip() or None if isinstance(raw, str) else None
    if kind == "threshold":
        return _threshold(raw)
    if kind == "frequency":
        return _frequency(raw)
    if kind == "table":
        return _table(raw, base)
    if kind == "ranges":
        return _ranges(raw)
    return None


def _decimal(raw: object) -> Decimal | None:
    if isinstance(raw, Decimal):
        value = raw
    elif isinstance(raw, int):
        value = Decimal(raw)
    elif isinstance(raw, float | str):
        try:
            value = Decimal(repr(raw) if isinstance(raw, float) else raw.strip())
        except InvalidOperation:
            return None
    else:
        return None
    return value if value.is_finite() and value >= 0 else None


def _threshold(raw: object) -> Threshold | None:
    if isinstance(raw, Threshold):
        return raw
    if not isinstance(raw, Mapping) or set(raw) != {"base", "op", "num", "den"}:
        return None
    base, op, num, den = raw["base"], raw["op"], raw["num"], raw["den"]
    if not (isinstance(base, str) and base in THRESHOLD_BASES):
        return None
    if not (isinstance(op, str) and op in THRESHOLD_OPS):
        return None
    if not (_plain_int(num) and _plain_int(den)) or not 0 < num <= den:
        return None
    return Threshold(op=op, fraction=Fraction(num, den), base=base)


def _frequency(raw: object) -> Frequency | None:
    if isinstance(raw, Frequency):
        return raw
    if not isinstance(raw, Mapping) or set(raw) != {"count", "per"}:
        return None
    count, per = raw["count"], raw["per"]
    if not (_plain_int(count) and count >= 1 and isinstance(per, str) and per in PERIODS):
        return None
    return Frequency(count=count, per=per)


def _table(raw: object, base: object) -> Mapping[str, object] | None:
    if not isinstance(raw, Mapping) or not raw:
        return None
    entries: dict[str, object] = {}
    for name, item in raw.items():
        if not isinstance(name, str) or isinstance(item, Mapping | list | tuple):
            return None
        entries[name] = item
    if isinstance(base, Mapping):
        if set(entries) != set(base):
            return None
        for name, item in entries.items():
            expected = base[name]
            if isinstance(expected, bool) or isinstance(item, bool):
                if type(expected) is not type(item):
                    return None
            elif isinstance(expected, float):
                if not isinstance(item, int | float):
                    return None
                entries[name] = float(item)
            elif type(expected) is not type(item):
                return None
    return MappingProxyType(entries)


def _ranges(raw: object) -> tuple[tuple[int, int], ...] | None:
    if not isinstance(raw, Sequence) or isinstance(raw, str) or not raw:
        return None
    pairs: list[tuple[int, int]] = []
    for item in raw:
        if not isinstance(item, Sequence) or isinstance(item, str) or len(item) != 2:
            return None
        low, high = item
        if not (_plain_int(low) and _plain_int(high)) or low > high:
            return None
        if pairs and low <= pairs[-1][1]:
            return None  # ranges must ascend without overlapping
        pairs.append((low, high))
    return tuple(pairs)


def _plain_int(value: object) -> TypeGuard[int]:
    return isinstance(value, int) and not isinstance(value, bool)


# --- consumers --------------------------------------------------------------------------------


def member_rules(profile: Profile) -> MemberRules:
    """The numbers the member checks use (domain/members.py)."""
    return MemberRules(
        min_join_age=profile.int_value("fazhan.min_age"),
        max_join_age=profile.int_value("fazhan.max_age"),
        leave_age=profile.int_value("retire.age"),
        retire_remind_days=profile.int_value("retire.remind_days"),
        dev_number_required_from=profile.int_value("fazhan.dev_number_required_from"),
    )
