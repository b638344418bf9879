"""团员组织关系介绍信 (forms.md §4.1): 存根 | 介绍信 | 回执联 on one A4 page per letter.

Laid out as the template of forms.md §4.1.1 with the fixed box heights of §4.1.3 (存根 50 mm,
介绍信 100 mm, 回执联 50 mm), so the cut lines fall in the same place on every letter: margins
25.4 mm top and bottom, 31.75 mm left and right; a narrow tear-off strip (第一联 / 第二联 / 第三联)
at the right of each box with its top, bottom and right edges dashed; 0.25 pt dashed cut lines
running a few mm into the margins, the first with "（加盖骑缝章）" at its right end and
"（贴回执联处）" centred under the 存根. Body text is 仿宋 小四 (the 宋体 face stands in when no
仿宋 is installed), titles 14 pt bold 宋体 (drawn with a stroked outline: no bold 宋体 is
bundled), filled values underlined, blanks for the pen printed as underlines. The wording is
forms.md §4.1.2 word for word. The 身份证号码 is printed in full: the one print where it is.

Drawn straight onto the canvas (not platypus): the form is a fixed layout and every line has its
place. No page footer: the letter is a document handed to another organisation.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Final

from reportlab.lib.pagesizes import A4  # type: ignore[import-untyped]
from reportlab.lib.units import mm  # type: ignore[import-untyped]
from reportlab.pdfbase.pdfmetrics import stringWidth  # type: ignore[import-untyped]
from reportlab.pdfgen.canvas import Canvas  # type: ignore[import-untyped]

from branchdesk import __version__
from branchdesk.reports.fonts import FontSet, register_fonts
from branchdesk.reports.transfer_letter_documents import LetterBatch, TransferLetter

PAGE_W, PAGE_H = A4
TOP: Final = 25.4 * mm
SIDE: Final = 31.75 * mm
TEXT_W: Final = PAGE_W - 2 * SIDE  # ≈ 146.5 mm

STUB_H: Final = 50 * mm
LETTER_H: Final = 100 * mm
RECEIPT_H: Final = 50 * mm
STRIP_W: Final = 9.2 * mm
LABEL_W: Final = 10.6 * mm
PAD_TOP: Final = 3 * mm
PAD_SIDE: Final = 5 * mm

BODY: Final = 12.0  # 小四
TITLE: Final = 14.0  # 四号
SMALL: Final = 9.0  # 小五
NOTE: Final = 10.5  # 五号
LEAD_LETTER: Final = BODY * 1.25 * 1.2  # Word's "1.25 lines" of a 12 pt CJK line
LEAD_RECEIPT: Final = BODY * 1.5 * 1.2

TITLE_LETTER: Final = "中国共产主义青年团团员组织关系介绍信"
TITLE_RECEIPT: Final = "中国共产主义青年团团员组织关系介绍信回执联"
STUB_LABEL: Final = "团员介绍信存根"
PASTE_HERE: Final = "（贴回执联处）"
SEAL_JOIN: Final = "（加盖骑缝章）"
SEAL: Final = "（ 盖 章 ）"
RECEIPT_NOTE: Final = (
    "注：回执联由接受团员组织关系的基层团委在接收团员后一个月内寄或传真至团员原所在的基层团委"
)


@dataclass(frozen=True)
class Seg:
    """A run of text: ``plain`` as printed, ``value`` underlined, ``blank`` an empty underline
    ``width`` characters wide (for the pen)."""

    text: str = ""
    kind: str = "plain"  # plain | value | blank
    width: float = 0.0  # blank: in characters of the body size


def P(text: str) -> Seg:  # noqa: N802 - short constructors keep the wording readable
    return Seg(text)


def V(text: str, blank: float = 4.0) -> Seg:  # noqa: N802
    """A filled value; an empty one prints as a blank ``blank`` characters wide."""
    return Seg(text, "value") if text else Seg("", "blank", blank)


def B(width: float) -> Seg:  # noqa: N802
    return Seg("", "blank", width)


def render(batch: LetterBatch, fonts: FontSet | None = None) -> bytes:
    """One page per letter, as PDF bytes."""
    fonts = fonts or register_fonts()
    buffer = io.BytesIO()
    canvas = Canvas(
        buffer,
        pagesize=A4,
        initialFontName=fonts.fang,
        initialFontSize=BODY,
        pageCompression=1,
    )
    canvas.setTitle(batch.title)
    canvas.setAuthor("branchdesk")
    canvas.setSubject("团员组织关系介绍信")
    canvas.setCreator(f"branchdesk {__version__}")
    for letter in batch.letters:
        _Page(canvas, fonts, letter).draw()
        canvas.showPage()
    canvas.save()
    return buffer.getvalue()


class _Page:
    """Draws one letter; ``y`` runs down the page from the top margin."""

    def __init__(self, canvas: Any, fonts: FontSet, letter: TransferLetter) -> None:
        self.c = canvas
        self.body = fonts.fang
        self.title_font = fonts.song
        self.letter = letter
        self.top = PAGE_H - TOP

    # ---- the page --------------------------------------------------------------------------

    def draw(self) -> None:
        c, t = self.c, self.letter
        y = self.top
        # Part 1: 存根
        self._box(y, STUB_H, LABEL_W, "第一联")
        self._vertical(STUB_LABEL, SIDE + LABEL_W / 2, y, STUB_H, bold=True)
        x0 = SIDE + LABEL_W + PAD_SIDE
        x1 = SIDE + TEXT_W - STRIP_W - PAD_SIDE
        line = y - PAD_TOP - BODY
        self._number(line, x1)
        line -= LEAD_LETTER
        line = self._flow(
            [V(t.name), P("同志系共青团员，团员号"), V(t.dev_number, 11), P("，")],
            x0,
            x1,
            line,
            LEAD_LETTER,
        )
        line = self._flow(
            [P("组织关系由"), V(t.from_org, 10), P("转到"), V(t.to_org, 10), P("。")],
            x0,
            x1,
            line,
            LEAD_LETTER,
        )
        self._date(line, x1, t.issued_year, t.issued_month, t.issued_day)
        y -= STUB_H
        c.setFont(self.body, SMALL)
        c.drawCentredString(SIDE + TEXT_W / 2, y - SMALL - 1.5 * mm, PASTE_HERE)
        y -= 9 * mm
        self._cut(y, SEAL_JOIN)
        y -= 4 * mm

        # Part 2: 介绍信
        y = self._title(TITLE_LETTER, y)
        self._box(y, LETTER_H, 0, "第二联")
        x0 = SIDE + PAD_SIDE
        x1 = SIDE + TEXT_W - STRIP_W - PAD_SIDE
        line = y - PAD_TOP - BODY
        self._number(line, x1)
        line -= LEAD_LETTER
        paragraphs = [
            [P("  "), V(t.addressee, 12), P("：")],
            [V(t.name), P("同志系"), *self._gender(), P("，"), V(t.age, 2), P("岁、")]
            + [V(t.ethnicity, 2), P("族，系共青团员")],
            [P("团员编号"), V(t.dev_number, 9), P("，身份证号码"), V(t.id_number, 10), P("，")],
            [P("由"), V(t.from_org, 10), P("去"), V(t.to_org, 10), P("。")],
            [P("请转接组织关系。该同志团费已交到"), V(t.fee_year, 3), P("年")]
            + [V(t.fee_month, 2), P("月。")],
            [P("（有效期"), V(t.valid_days, 3), P("天）")],
        ]
        for runs in paragraphs:
            line = self._flow(runs, x0, x1, line, LEAD_LETTER)
        line -= LEAD_LETTER * 0.5
        c.setFont(self.body, BODY)
        c.drawRightString(x1 - 3 * BODY, line, SEAL)
        line -= LEAD_LETTER
        self._date(line, x1, t.issued_year, t.issued_month, t.issued_day)
        line -= LEAD_LETTER * 1.5
        line = self._flow(
            [P("团员联系电话和其他联系方式："), V(t.phone, 12)], x0, x1, line, LEAD_LETTER
        )
        line = self._flow([P("团员原所在团组织通讯地址："), B(16)], x0, x1, line, LEAD_LETTER)
        self._flow(
            [P("联系电话："), B(6.5), P("  传真："), B(6.5), P("  邮编："), B(4)],
            x0,
            x1,
            line,
            LEAD_LETTER,
        )
        y -= LETTER_H + 5 * mm
        self._cut(y, "")
        y -= 4 * mm

        # Part 3: 回执联
        y = self._title(TITLE_RECEIPT, y)
        self._box(y, RECEIPT_H, 0, "第三联")
        line = y - PAD_TOP - BODY
        self._number(line, x1)
        line -= LEAD_RECEIPT
        # The addressee is bold and underlined, followed by an ASCII colon (as the template).
        line = self._flow(
            [Seg(t.issuer, "bold")] if t.issuer else [B(12)], x0, x1, line, LEAD_RECEIPT, tail=":"
        )
        line = self._flow(
            [P("       "), V(t.name), P("同志的团员关系已转达我处，特此回复。")],
            x0,
            x1,
            line,
            LEAD_RECEIPT,
        )
        c.setFont(self.body, BODY)
        c.drawRightString(x1 - 3 * BODY, line, SEAL)
        line -= LEAD_RECEIPT
        self._date(line, x1, "", "", "")
        line -= LEAD_RECEIPT
        self._flow([P("经办人："), B(9), P("      联系电话："), B(9)], x0, x1, line, LEAD_RECEIPT)
        y -= RECEIPT_H
        # One line as in the template: 五号, a little smaller if the text block is narrower.
        size = min(NOTE, TEXT_W / stringWidth(RECEIPT_NOTE, self.body, 1.0))
        c.setFont(self.body, size)
        c.drawString(SIDE, y - NOTE - 1.5 * mm, RECEIPT_NOTE)
        if t.voided:
            self._void_mark()

    # ---- pieces ------------------------------------------------------------------------------

    def _box(self, top: float, height: float, label_w: float, strip: str) -> None:
        """A bordered box with a tear-off strip at the right (dashed top, bottom, right)."""
        c = self.c
        bottom = top - height
        strip_x = SIDE + TEXT_W - STRIP_W
        c.saveState()
        c.setLineWidth(0.75)
        c.line(SIDE, top, strip_x, top)
        c.line(SIDE, bottom, strip_x, bottom)
        c.line(SIDE, top, SIDE, bottom)
        c.line(strip_x, top, strip_x, bottom)
        if label_w:
            c.line(SIDE + label_w, top, SIDE + label_w, bottom)
        c.setDash(2, 2)
        c.setLineWidth(0.5)
        c.line(strip_x, top, SIDE + TEXT_W, top)
        c.line(strip_x, bottom, SIDE + TEXT_W, bottom)
        c.line(SIDE + TEXT_W, top, SIDE + TEXT_W, bottom)
        c.restoreState()
        self._vertical(strip, strip_x + STRIP_W / 2, top, height, bold=False)

    def _vertical(self, text: str, x_mid: float, top: float, height: float, bold: bool) -> None:
        """Characters stacked top to bottom, centred in the cell."""
        c = self.c
        pitch = BODY * 1.35
        start = top - height / 2 + pitch * len(text) / 2 - BODY
        c.saveState()
        c.setFont(self.body, BODY)
        if bold:
            c.setLineWidth(0.35)
        for index, ch in enumerate(text):
            y = start - index * pitch
            text_obj = c.beginText()
            text_obj.setTextRenderMode(2 if bold else 0)
            text_obj.setFont(self.body, BODY)
            text_obj.setTextOrigin(x_mid - stringWidth(ch, self.body, BODY) / 2, y)
            text_obj.textOut(ch)
            c.drawText(text_obj)
        c.restoreState()

    def _title(self, text: str, y: float) -> float:
        """A centred bold title above a box; returns the box's top."""
        c = self.c
        baseline = y - TITLE - 1 * mm
        c.saveState()
        c.setLineWidth(0.4)
        text_obj = c.beginText()
        text_obj.setTextRenderMode(2)
        text_obj.setFont(self.title_font, TITLE)
        width = stringWidth(text, self.title_font, TITLE)
        text_obj.setTextOrigin(SIDE + (TEXT_W - width) / 2, baseline)
        text_obj.textOut(text)
        c.drawText(text_obj)
        c.restoreState()
        return float(baseline - 3 * mm)

    def _cut(self, y: float, label: str) -> None:
        """A 0.25 pt dashed rule running 8 mm into both margins, a label at its right end."""
        c = self.c
        c.saveState()
        c.setLineWidth(0.25)
        c.setDash(3, 2)
        c.line(SIDE - 8 * mm, y, SIDE + TEXT_W + 8 * mm, y)
        c.restoreState()
        if label:
            c.setFont(self.body, SMALL)
            c.drawRightString(SIDE + TEXT_W + 8 * mm, y + 1.2 * mm, label)

    def _number(self, baseline: float, right: float) -> None:
        self._flow_right([P("第"), V(self.letter.number, 6), P("号")], right, baseline)

    def _date(self, baseline: float, right: float, year: str, month: str, day: str) -> None:
        """``____年__月__日`` right-aligned: filled values underlined, or blanks for the pen."""
        self._flow_right(
            [V(year, 3), P("年"), V(month, 2), P("月"), V(day, 2), P("日")], right, baseline
        )

    def _gender(self) -> list[Seg]:
        """（男/女）: the word that does not apply is ringed (the 党员 form's rule)."""
        gender = self.letter.gender
        if gender == "男":
            return [P("（男/"), Seg("女", "ringed"), P("）")]
        if gender == "女":
            return [P("（"), Seg("男", "ringed"), P("/女）")]
        return [P("（男/女）")]

    # ---- text runs -----------------------------------------------------------------------------

    def _width(self, seg: Seg) -> float:
        if seg.kind == "blank":
            return seg.width * BODY
        return float(stringWidth(seg.text, self.body, BODY))

    def _flow_right(self, segs: Sequence[Seg], right: float, baseline: float) -> None:
        width = sum(self._width(s) for s in segs)
        self._flow(segs, right - width, right + 1, baseline, LEAD_LETTER)

    def _flow(
        self,
        segs: Sequence[Seg],
        left: float,
        right: float,
        baseline: float,
        leading: float,
        tail: str = "",
    ) -> float:
        """Lay ``segs`` from ``left``, wrapping at ``right`` (between any two characters);
        returns the baseline of the next line."""
        c = self.c
        x, y = left, baseline
        if tail:
            segs = [*segs, Seg(tail)]
        for seg in segs:
            if seg.kind == "blank":
                width = seg.width * BODY
                if x + width > right and x > left:
                    x, y = left, y - leading
                self._underline(x, x + width, y)
                x += width
                continue
            for ch in seg.text:
                w = stringWidth(ch, self.body, BODY)
                if x + w > right + 0.01 and x > left:
                    x, y = left, y - leading
                if seg.kind == "bold":
                    c.saveState()
                    c.setLineWidth(0.35)
                    text_obj = c.beginText()
                    text_obj.setTextRenderMode(2)
                    text_obj.setFont(self.body, BODY)
                    text_obj.setTextOrigin(x, y)
                    text_obj.textOut(ch)
                    c.drawText(text_obj)
                    c.restoreState()
                else:
                    c.setFont(self.body, BODY)
                    c.drawString(x, y, ch)
                if seg.kind in ("value", "bold"):
                    self._underline(x, x + w, y)
                if seg.kind == "ringed":
                    c.saveState()
                    c.setLineWidth(0.6)
                    c.ellipse(x - 1.2, y - 3.2, x + w + 1.2, y + BODY * 0.95)
                    c.restoreState()
                x += w
        return y - leading

    def _underline(self, x0: float, x1: float, baseline: float) -> None:
        c = self.c
        c.saveState()
        c.setLineWidth(0.5)
        c.line(x0, baseline - 2.2, x1, baseline - 2.2)
        c.restoreState()

    def _void_mark(self) -> None:
        c = self.c
        c.saveState()
        c.setFillGray(0.6)
        c.setFont(self.title_font, 90)
        c.translate(PAGE_W / 2, PAGE_H / 2)
        c.rotate(35)
        c.drawCentredString(0, 0, "作废")
        c.restoreState()
