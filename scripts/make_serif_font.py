"""Make the bundled 宋体-role font: Noto Serif CJK SC as a TrueType (glyf) subset.

reportlab embeds only TrueType outlines; Noto Serif CJK (思源宋体) ships as CFF/OpenType, which it
rejects ("postscript outlines are not supported"). This one-off script converts the Simplified
Chinese face of Debian's ``fonts-noto-cjk`` to quadratic TrueType outlines and keeps only what
branchdesk prints. The result, ``resources/fonts/noto-serif-cjk-sc.ttf``, is committed; the script
is **not** run at build time. It records exactly how the file was made so anyone can redo it::

    apt-get install fonts-noto-cjk            # Debian 12: 1:20220127+repack1-1 (Noto CJK 2.001)
    .venv/bin/pip install fonttools           # one-off; not a runtime or dev dependency
    .venv/bin/python scripts/make_serif_font.py [--source PATH] [--out PATH]

Steps (deterministic for the same source file and fontTools version):

1. Open face 2 ("Noto Serif CJK SC") of ``NotoSerifCJK-Regular.ttc``.
2. Subset it (``fontTools.subset``) to :data:`KEEP_RANGES` — Latin, general punctuation and a few
   symbol blocks used on forms, CJK symbols and punctuation (with 〇), CJK Unified Ideographs
   U+4E00–U+9FFF, half- and full-width forms — dropping the OpenType layout, vertical-metrics and
   glyph-name tables (reportlab uses none of them) and hinting (CFF hints do not carry over).
3. Convert every glyph from cubic (CFF) to quadratic (glyf) outlines with ``cu2qu`` at a maximum
   error of :data:`MAX_ERR` font units (of 1000 per em: invisible at print sizes), reversing the
   contour direction as TrueType expects; rebuild ``glyf``/``loca``/``maxp``, ``post`` format 3.
4. Rename the family to "Noto Serif CJK SC TT" (OFL-1.1: a Modified Version; the original's only
   Reserved Font Name is "Source", so "Noto" may stay, but the distinct name keeps it from being
   mistaken for the installed original) and note the conversion in the version string.
5. Check the result loads in reportlab and covers :data:`CHECK_TEXT`.

The licence (OFL-1.1) travels with the font as ``noto-serif-cjk-sc.LICENSE-OFL-1.1.txt``.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from fontTools import subset
from fontTools.pens.cu2quPen import Cu2QuPen
from fontTools.pens.ttGlyphPen import TTGlyphPen
from fontTools.ttLib import TTFont, newTable

SOURCE = Path("/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc")
SOURCE_FAMILY = "Noto Serif CJK SC"
OUT = Path(__file__).resolve().parents[1] / "resources" / "fonts" / "noto-serif-cjk-sc.ttf"

FAMILY = "Noto Serif CJK SC TT"
POSTSCRIPT_NAME = "NotoSerifCJKscTT-Regular"
MAX_ERR = 1.0  # font units (UPM 1000)

KEEP_RANGES: tuple[tuple[int, int, str], ...] = (
    (0x0020, 0x007E, "Basic Latin"),
    (0x00A0, 0x00FF, "Latin-1 Supplement (¥ · × ÷ …)"),
    (0x0100, 0x024F, "Latin Extended-A/B (pinyin with tone marks)"),
    (0x02C6, 0x02DD, "spacing modifiers (ˇ ˉ ˊ ˋ)"),
    (0x0391, 0x03C9, "Greek letters"),
    (0x2000, 0x206F, "General Punctuation (— ‘ ’ “ ” … ‰ ※)"),
    (0x2100, 0x214F, "Letterlike Symbols (℃ № ℡)"),
    (0x2150, 0x218F, "Number Forms (Ⅰ Ⅱ Ⅲ)"),
    (0x2190, 0x21FF, "Arrows"),
    (0x2200, 0x22FF, "Mathematical Operators (≤ ≥ ≠ √)"),
    (0x2460, 0x24FF, "Enclosed Alphanumerics (① ② ③)"),
    (0x2500, 0x257F, "Box Drawing"),
    (0x25A0, 0x25FF, "Geometric Shapes (□ ■ ○ ● △)"),
    (0x2600, 0x26FF, "Miscellaneous Symbols (★ ☆)"),
    (0x3000, 0x303F, "CJK Symbols and Punctuation (、 。 〇 《 》 【 】)"),
    (0x3200, 0x32FF, "Enclosed CJK Letters and Months (㈠ ㈡)"),
    (0x4E00, 0x9FFF, "CJK Unified Ideographs"),
    (0xFE30, 0xFE4F, "CJK Compatibility Forms"),
    (0xFF00, 0xFFEF, "Halfwidth and Fullwidth Forms (，：；（） ￥)"),
)

# Digits, full-width punctuation, ¥/￥, 〇 and rare surname characters (forms.md §13.3).
CHECK_TEXT = (
    "0123456789 ABCxyz 团支部团员花名册（截至2025年3月5日）：，。；、“”《》【】—…"
    "¥12.50 ￥8 〇 二〇二五年 乜亓佘仉冼邝晁禚黢嬛 № ①②③ □■ ★ ℃ ǎ"
)


def _ranges() -> list[int]:
    return [code for low, high, _ in KEEP_RANGES for code in range(low, high + 1)]


def subset_font(font: TTFont) -> None:
    """Keep only the characters branchdesk prints; drop what reportlab does not read."""
    options = subset.Options()
    options.layout_features = []  # no GSUB/GPOS features: reportlab does no shaping
    options.drop_tables += ["BASE", "GDEF", "GSUB", "GPOS", "VORG", "vhea", "vmtx", "DSIG"]
    options.hinting = False
    options.glyph_names = False
    options.notdef_outline = True
    options.name_IDs = ["*"]
    options.name_languages = ["*"]
    options.recalc_bounds = True
    subsetter = subset.Subsetter(options=options)
    subsetter.populate(unicodes=_ranges())
    subsetter.subset(font)


def cff_to_glyf(font: TTFont) -> None:
    """Replace the CFF table by quadratic TrueType outlines (after fontTools' otf2ttf snippet)."""
    assert font.sfntVersion == "OTTO" and "CFF " in font
    order = font.getGlyphOrder()
    glyph_set = font.getGlyphSet()
    quadratic = {}
    for name in order:
        tt_pen = TTGlyphPen(glyph_set)
        glyph_set[name].draw(Cu2QuPen(tt_pen, MAX_ERR, reverse_direction=True))
        quadratic[name] = tt_pen.glyph()
    font["loca"] = newTable("loca")
    glyf = font["glyf"] = newTable("glyf")
    glyf.glyphOrder = order
    glyf.glyphs = quadratic
    del font["CFF "]
    glyf.compile(font)
    hmtx = font["hmtx"]
    for name, glyph in glyf.glyphs.items():  # left side bearing = xMin in TrueType
        if hasattr(glyph, "xMin"):
            hmtx[name] = (hmtx[name][0], glyph.xMin)
    maxp = font["maxp"] = newTable("maxp")
    maxp.tableVersion = 0x00010000
    maxp.maxZones = 1
    maxp.maxTwilightPoints = 0
    maxp.maxStorage = 0
    maxp.maxFunctionDefs = 0
    maxp.maxInstructionDefs = 0
    maxp.maxStackElements = 0
    maxp.maxSizeOfInstructions = 0
    maxp.maxComponentElements = 0
    post = font["post"]
    post.formatType = 3.0
    post.extraNames = []
    post.mapping = {}
    post.glyphOrder = order
    font["head"].glyphDataFormat = 0
    font.sfntVersion = "\x00\x01\x00\x00"


def rename(font: TTFont) -> None:
    table = font["name"]
    version = table.getDebugName(5) or ""
    for record in list(table.names):
        if record.nameID in (16, 17, 18, 21, 22):  # typographic/compatible names of the original
            table.removeNames(nameID=record.nameID)
    for platform, encoding, language in ((3, 1, 0x409), (1, 0, 0)):
        table.setName(FAMILY, 1, platform, encoding, language)
        table.setName("Regular", 2, platform, encoding, language)
        table.setName(f"{POSTSCRIPT_NAME};branchdesk", 3, platform, encoding, language)
        table.setName(FAMILY, 4, platform, encoding, language)
        table.setName(
            f"{version}; TrueType subset converted by branchdesk scripts/make_serif_font.py",
            5,
            platform,
            encoding,
            language,
        )
        table.setName(POSTSCRIPT_NAME, 6, platform, encoding, language)
    # Drop localized family names of the original (e.g. 思源宋体) so they cannot clash with it.
    table.names = [r for r in table.names if r.nameID not in (1, 4) or r.toUnicode() == FAMILY]


def check(path: Path) -> None:
    from reportlab.pdfbase.ttfonts import TTFont as ReportlabFont

    ReportlabFont("check", str(path))
    cmap = TTFont(str(path), lazy=True).getBestCmap()
    missing = sorted({ch for ch in CHECK_TEXT if not ch.isspace() and ord(ch) not in cmap})
    if missing:
        raise SystemExit(f"the converted font lacks: {' '.join(missing)}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--source", type=Path, default=SOURCE)
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args(argv)
    started = time.perf_counter()
    font = TTFont(str(args.source), fontNumber=2, recalcTimestamp=False)
    if font["name"].getDebugName(1) != SOURCE_FAMILY:
        raise SystemExit(f"face 2 of {args.source} is not {SOURCE_FAMILY}")
    subset_font(font)
    sys.stdout.write(
        f"subset: {len(font.getGlyphOrder())} glyphs ({time.perf_counter() - started:.1f} s)\n"
    )
    cff_to_glyf(font)
    rename(font)
    font.save(str(args.out))
    check(args.out)
    size = args.out.stat().st_size / 1e6
    sys.stdout.write(f"wrote {args.out} ({size:.1f} MB) in {time.perf_counter() - started:.1f} s\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
