"""公民身份号码 (GB 11643-1999): normalise, check, decode.

18 characters = 6-digit address code + 8-digit birth date + 3-digit sequence (odd = male) + check
character (ISO 7064 MOD 11-2). The old 15-digit form (GB 11643-1989) has a 2-digit year and no
check character; it is upgraded by inserting "19" and computing the check character.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from branchdesk.domain.text import compact

WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
CHECK_CHARS = "10X98765432"

_EXCEL_FLOAT = re.compile(r"^\d(\.\d+)?[eE]\+?\d+$")


class IdCardError(ValueError):
    """An ID that cannot be accepted; ``reason`` is Chinese and says what is wrong."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


@dataclass(frozen=True)
class IdCard:
    """A valid 18-character 身份证号 and what it encodes."""

    number: str

    @property
    def birth_date(self) -> date:
        return date(int(self.number[6:10]), int(self.number[10:12]), int(self.number[12:14]))

    @property
    def gender_code(self) -> str:
        """GB/T 2261.1 code: "1" 男 for an odd sequence digit, "2" 女 for an even one."""
        return "1" if int(self.number[16]) % 2 else "2"

    @property
    def region_code(self) -> str:
        return self.number[:6]


def check_char(first17: str) -> str:
    """Return the MOD 11-2 check character for the first 17 digits."""
    total = sum(int(digit) * weight for digit, weight in zip(first17, WEIGHTS, strict=True))
    return CHECK_CHARS[total % 11]


def normalise(raw: str) -> str:
    """Strip spaces and invisible marks, fold full-width digits, upper-case the x."""
    return compact(raw).upper()


def mask(number: str) -> str:
    """Hide the middle of an ID for lists, logs and shared prints: ``2201**********123X``."""
    if len(number) <= 8:
        return "*" * len(number)
    return number[:4] + "*" * (len(number) - 8) + number[-4:]


# 17 digits and a digit or X, or exactly 15 digits, not inside a longer run of digits (letters
# around it do not matter: "ID110105…" is still an ID).
_ID_IN_TEXT = re.compile(r"(?<![0-9])(?:[0-9]{17}[0-9Xx]|[0-9]{15})(?![0-9])")


def mask_in_text(text: str) -> str:
    """Mask every ID-shaped number (15 digits, or 17 digits and a digit or X) inside ``text``.

    For logs and crash reports, which must never hold a full 身份证号: any such run is masked,
    valid check character or not, because a mistyped ID is still somebody's ID.
    """
    return _ID_IN_TEXT.sub(lambda found: mask(found.group(0)), text)


def looks_mangled_by_excel(raw: str) -> bool:
    """True for the shapes Excel gives an 18-digit number typed into a numeric cell.

    Excel keeps 15 significant digits: it shows ``1.10105E+17`` or pads with ``000``. Those digits
    are gone; the only honest answer is to ask for the original.
    """
    text = normalise(raw)
    if _EXCEL_FLOAT.match(text):
        return True
    if re.fullmatch(r"\d{18}\.0", text):
        text = text[:-2]
    # Compare the check character directly: calling is_valid() here would recurse through parse().
    return (
        len(text) == 18
        and text.isdigit()
        and text.endswith("000")
        and check_char(text[:17]) != text[17]
    )


def is_valid(number: str) -> bool:
    try:
        parse(number, today=None)
    except IdCardError:
        return False
    return True


def parse(raw: str, today: date | None = None) -> IdCard:
    """Normalise and validate an ID, upgrading a 15-digit one.

    Args:
        raw: what was typed or read from a file.
        today: the birth date must not be after this day; None skips that check.

    Raises:
        IdCardError: with a Chinese reason naming what is wrong.
    """
    if looks_mangled_by_excel(raw):
        raise IdCardError(
            "身份证号已被 Excel 转成数字、丢失了末尾数字，请将该列设为文本格式后重新填写原号码"
        )
    number = normalise(raw)
    # A numeric cell read as a float: "110105491231002.0" (15 digits survive Excel intact).
    if re.fullmatch(r"(\d{15}|\d{17}[\dX])\.0", number):
        number = number[:-2]
    if len(number) == 15:
        if not number.isdigit():
            raise IdCardError("15位身份证号只能包含数字")
        number = number[:6] + "19" + number[6:]
        number += check_char(number)
    if len(number) != 18:
        raise IdCardError(f"身份证号应为18位，实际为{len(number)}位")
    if not (number[:17].isdigit() and (number[17].isdigit() or number[17] == "X")):
        raise IdCardError("身份证号前17位应为数字，末位为数字或X")
    try:
        born = date(int(number[6:10]), int(number[10:12]), int(number[12:14]))
    except ValueError:
        raise IdCardError(f"身份证号中的出生日期{number[6:14]}不是有效日期") from None
    if today is not None and born > today:
        raise IdCardError("身份证号中的出生日期晚于今天")
    expected = check_char(number[:17])
    if number[17] != expected:
        raise IdCardError(f"身份证号校验位错误，应为{expected}")
    return IdCard(number)
