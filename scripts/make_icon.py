#!/usr/bin/env python3
"""Draw branchdesk's application icon: ``resources/icons/branchdesk.svg``, PNGs and a Windows .ico.

A simple emblem of our own (not any official emblem): a red disc with a gold ring, a gold
five-pointed star over an open gold book — the branch's ledger. The SVG is written from the
same geometry the PNGs are painted from (QPainter, antialiased, each size drawn directly rather
than scaled, so small sizes stay sharp); the ``.ico`` holds the 16–256 px PNGs.

    python scripts/make_icon.py           # rewrite the files
    python scripts/make_icon.py --check   # exit 1 when the committed files differ
"""

from __future__ import annotations

import argparse
import math
import os
import struct
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "resources" / "icons"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)

RED = "#c8102e"
DARK_RED = "#8f0b20"
GOLD = "#ffd24a"
# Geometry on a 256 × 256 canvas.
CENTRE = 128.0
RADIUS = 120.0
RING = 104.0
RING_WIDTH = 8.0


def star_points(cx: float, cy: float, outer: float, inner: float) -> list[tuple[float, float]]:
    """A five-pointed star, one point straight up."""
    points = []
    for i in range(10):
        radius = outer if i % 2 == 0 else inner
        angle = math.radians(-90 + i * 36)
        points.append((cx + radius * math.cos(angle), cy + radius * math.sin(angle)))
    return points


STAR = star_points(CENTRE, 98.0, 50.0, 20.0)
# The open book: two pages meeting at the spine, slightly raised at the outer corners.
LEFT_PAGE = [(128.0, 168.0), (66.0, 150.0), (66.0, 192.0), (128.0, 208.0)]
RIGHT_PAGE = [(128.0, 168.0), (190.0, 150.0), (190.0, 192.0), (128.0, 208.0)]


def _pts(points: list[tuple[float, float]]) -> str:
    return " ".join(f"{x:.2f},{y:.2f}" for x, y in points)


def svg() -> str:
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<!-- branchdesk application icon; drawn by scripts/make_icon.py (GPL-3.0-or-later) -->
<svg xmlns="http://www.w3.org/2000/svg" width="256" height="256" viewBox="0 0 256 256">
  <circle cx="{CENTRE}" cy="{CENTRE}" r="{RADIUS}" fill="{RED}"
          stroke="{DARK_RED}" stroke-width="4"/>
  <circle cx="{CENTRE}" cy="{CENTRE}" r="{RING}" fill="none"
          stroke="{GOLD}" stroke-width="{RING_WIDTH}"/>
  <polygon points="{_pts(STAR)}" fill="{GOLD}"/>
  <polygon points="{_pts(LEFT_PAGE)}" fill="{GOLD}"/>
  <polygon points="{_pts(RIGHT_PAGE)}" fill="{GOLD}"/>
  <line x1="128" y1="168" x2="128" y2="208" stroke="{RED}" stroke-width="4"/>
</svg>
"""


def paint(size: int) -> bytes:
    """The icon at ``size`` pixels as PNG bytes, painted from the geometry above."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, Qt
    from PySide6.QtGui import QBrush, QColor, QImage, QPainter, QPen, QPolygonF

    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.scale(size / 256.0, size / 256.0)
    small = size < 32  # thin lines vanish at 16 px: thicker ring, no spine line
    painter.setPen(QPen(QColor(DARK_RED), 4))
    painter.setBrush(QBrush(QColor(RED)))
    painter.drawEllipse(QPointF(CENTRE, CENTRE), RADIUS, RADIUS)
    painter.setPen(QPen(QColor(GOLD), RING_WIDTH * (1.6 if small else 1.0)))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawEllipse(QPointF(CENTRE, CENTRE), RING, RING)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QBrush(QColor(GOLD)))
    for shape in (STAR, LEFT_PAGE, RIGHT_PAGE):
        painter.drawPolygon(QPolygonF([QPointF(x, y) for x, y in shape]))
    if not small:
        painter.setPen(QPen(QColor(RED), 4))
        painter.drawLine(QPointF(128, 168), QPointF(128, 208))
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data.data())


def ico(images: dict[int, bytes]) -> bytes:
    """A Windows .ico whose entries are PNG images (Windows Vista and later read these)."""
    sizes = sorted(images)
    header = struct.pack("<HHH", 0, 1, len(sizes))
    offset = len(header) + 16 * len(sizes)
    entries = b""
    body = b""
    for size in sizes:
        data = images[size]
        edge = 0 if size >= 256 else size  # 0 means 256
        entries += struct.pack("<BBBBHHII", edge, edge, 0, 0, 1, 32, len(data), offset)
        offset += len(data)
        body += data
    return header + entries + body


def outputs() -> dict[Path, bytes]:
    from PySide6.QtGui import QGuiApplication

    _app = QGuiApplication.instance() or QGuiApplication(["make_icon"])
    pngs = {size: paint(size) for size in PNG_SIZES}
    files = {OUT / "branchdesk.svg": svg().encode("utf-8")}
    files.update({OUT / f"branchdesk-{size}.png": data for size, data in pngs.items()})
    files[OUT / "branchdesk.ico"] = ico({size: pngs[size] for size in ICO_SIZES})
    return files


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--check", action="store_true", help="report stale files, write nothing")
    args = parser.parse_args(argv)
    files = outputs()
    if args.check:
        stale = [p for p, data in files.items() if not p.is_file() or p.read_bytes() != data]
        for path in stale:
            sys.stderr.write(f"stale: {path.relative_to(ROOT)} (run scripts/make_icon.py)\n")
        return 1 if stale else 0
    OUT.mkdir(parents=True, exist_ok=True)
    for path, data in files.items():
        path.write_bytes(data)
    sys.stdout.write(f"icons written to {OUT.relative_to(ROOT)}: {len(files)} files\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
