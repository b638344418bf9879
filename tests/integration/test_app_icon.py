"""The application icon (scripts/make_icon.py): every size drawn, a Windows .ico, the SVG."""

from __future__ import annotations

import struct
from pathlib import Path

import pytest

ICONS = Path(__file__).resolve().parents[2] / "resources" / "icons"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def png_size(data: bytes) -> tuple[int, int]:
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    return struct.unpack(">II", data[16:24])


@pytest.mark.parametrize("size", PNG_SIZES)
def test_each_png_has_its_size(size):
    assert png_size((ICONS / f"branchdesk-{size}.png").read_bytes()) == (size, size)


def test_the_ico_holds_png_images_from_16_to_256_pixels():
    data = (ICONS / "branchdesk.ico").read_bytes()
    reserved, kind, count = struct.unpack("<HHH", data[:6])
    assert (reserved, kind) == (0, 1)
    sizes = []
    for index in range(count):
        width, height, _c, _r, _planes, bpp, length, offset = struct.unpack(
            "<BBBBHHII", data[6 + 16 * index : 22 + 16 * index]
        )
        edge = width or 256
        assert (width, height, bpp) == (width, height, 32) and width == height
        assert png_size(data[offset : offset + length]) == (edge, edge)
        sizes.append(edge)
    assert sizes == [16, 24, 32, 48, 64, 128, 256]


def test_the_svg_is_the_same_emblem():
    svg = (ICONS / "branchdesk.svg").read_text(encoding="utf-8")
    assert svg.startswith('<?xml version="1.0" encoding="UTF-8"?>')
    assert svg.count("<polygon") == 3 and svg.count("<circle") == 2  # star, book; disc, ring
