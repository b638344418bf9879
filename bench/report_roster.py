"""How long the 团员花名册 PDF takes: ``python bench/report_roster.py [--members 2000] [--runs 3]``.

Builds a temporary data directory with one branch of N synthetic members (``member_list.populate``),
then times, in the same run:

- **app**: ``services.reports.render("roster", …)`` — query, document data, layout, file write;
- the two steps of it on their own: ``roster_doc`` (database → document) and
  ``roster_pdf.render`` (document → bytes);
- **raw reportlab**: the same rows, widths and fonts in one ``Table(repeatRows=1)`` of
  ``Paragraph`` cells on a ``SimpleDocTemplate`` — no application code at all; and the same with
  plain string cells (no wrapping: the fastest reportlab can go, not a usable roster).

Prints a table with medians and the ratio app / raw. Not a test and not part of CI.
``--keep DIR`` leaves the app's PDF there (to look at it).
"""

from __future__ import annotations

import argparse
import io
import os
import platform
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))


def timed(fn: Callable[[], object], runs: int) -> tuple[float, object]:
    samples = []
    result: object = None
    for _ in range(runs):
        start = time.perf_counter()
        result = fn()
        samples.append(time.perf_counter() - start)
    return statistics.median(samples), result


def raw_reportlab(rows: list[list[str]], header: list[str], widths_mm: list[float], paras: bool):
    """The roster with reportlab alone: one table, header repeated, the bundled fonts."""
    from reportlab.lib.enums import TA_CENTER
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

    fonts = Path(__file__).resolve().parents[1] / "resources" / "fonts"
    pdfmetrics.registerFont(TTFont("RawSong", str(fonts / "noto-serif-cjk-sc.ttf")))
    pdfmetrics.registerFont(TTFont("RawHei", str(fonts / "wqy-microhei.ttc"), subfontIndex=0))
    cell = ParagraphStyle("c", fontName="RawSong", fontSize=10.5, leading=13.1, wordWrap="CJK")
    head = ParagraphStyle("h", parent=cell, fontName="RawHei", alignment=TA_CENTER)

    def build() -> bytes:
        if paras:
            data = [[Paragraph(text, head) for text in header]]
            data += [[Paragraph(text, cell) for text in row] for row in rows]
        else:
            data = [header, *rows]
        table = Table(
            data,
            colWidths=[w * mm for w in widths_mm],
            repeatRows=1,
            minRowHeights=[8 * mm] * len(data),
            style=TableStyle(
                [
                    ("FONTNAME", (0, 0), (-1, -1), "RawSong"),
                    ("FONTSIZE", (0, 0), (-1, -1), 10.5),
                    ("GRID", (0, 0), (-1, -1), 0.5, "black"),
                    ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ]
            ),
        )
        buffer = io.BytesIO()
        doc = SimpleDocTemplate(
            buffer,
            pagesize=landscape(A4),
            topMargin=20 * mm,
            rightMargin=15 * mm,
            bottomMargin=15 * mm,
            leftMargin=20 * mm,
        )
        doc.build([table])
        return buffer.getvalue()

    return build


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--members", type=int, default=2000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--keep", type=Path, help="copy the app's PDF into this folder")
    args = parser.parse_args()

    from member_list import populate

    from branchdesk.paths import AppPaths
    from branchdesk.reports import base, roster_pdf
    from branchdesk.services.container import open_services

    with tempfile.TemporaryDirectory() as tmp:
        data = Path(tmp)
        start = time.perf_counter()
        branch_id = populate(data, args.members)
        build_s = time.perf_counter() - start
        services = open_services(AppPaths(data))
        out = data / "roster.pdf"
        services.reports.render("roster", branch_id=branch_id, out=out)  # warm: fonts, imports

        app_s, result = timed(
            lambda: services.reports.render("roster", branch_id=branch_id, out=out), args.runs
        )
        doc_s, doc = timed(lambda: services.reports.roster_doc(branch_id), args.runs)
        render_s, pdf = timed(lambda: roster_pdf.render(doc), args.runs)  # type: ignore[arg-type]
        rows = [list(row) for row in doc.rows]  # type: ignore[attr-defined]
        header = list(doc.columns)  # type: ignore[attr-defined]
        widths = list(doc.widths_mm)  # type: ignore[attr-defined]
        raw_s, raw_pdf = timed(raw_reportlab(rows, header, widths, paras=True), args.runs)
        plain_s, plain_pdf = timed(raw_reportlab(rows, header, widths, paras=False), args.runs)
        if args.keep:
            args.keep.mkdir(parents=True, exist_ok=True)
            (args.keep / f"roster-{args.members}.pdf").write_bytes(out.read_bytes())
        pages = result.pages  # type: ignore[attr-defined]
        services.close()

    print(
        f"# 团员花名册 at {args.members:,} members — {datetime.now():%Y-%m-%d %H:%M}, "
        f"{platform.processor() or platform.machine()}, {os.cpu_count()} cores, "
        f"Python {platform.python_version()}; median of {args.runs}"
    )
    print(f"database built in {build_s:.1f} s")
    print(f"{'case':48} {'s':>7} {'pages':>6} {'KB':>6}")
    table = [
        ("app: ReportService.render (query + doc + PDF + write)", app_s, pages, len(pdf)),  # type: ignore[arg-type]
        ("  roster_doc (database → document)", doc_s, None, None),
        ("  roster_pdf.render (document → bytes)", render_s, base.page_count(pdf), len(pdf)),  # type: ignore[arg-type]
        (
            "raw reportlab, one table, Paragraph cells",
            raw_s,
            base.page_count(raw_pdf),
            len(raw_pdf),
        ),  # type: ignore[arg-type]
        (
            "raw reportlab, one table, string cells",
            plain_s,
            base.page_count(plain_pdf),
            len(plain_pdf),
        ),  # type: ignore[arg-type]
    ]
    for label, seconds, page_count, size in table:
        pages_text = "" if page_count is None else str(page_count)
        size_text = "" if size is None else f"{size / 1024:.0f}"
        print(f"{label:48} {seconds:7.2f} {pages_text:>6} {size_text:>6}")
    print(f"ratio app / raw (Paragraph cells): {app_s / raw_s:.2f}")
    print(f"ratio renderer / raw (Paragraph cells): {render_s / raw_s:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
