"""The 团支部工作移交清单 (``branchdesk report handover``): labels, counts, signatures, fonts."""

from __future__ import annotations

import io
import shutil
import subprocess
from pathlib import Path

import pytest

from branchdesk.cli import main
from branchdesk.paths import resolve_paths
from branchdesk.services.container import open_services

pytestmark = pytest.mark.skipif(
    shutil.which("pdftotext") is None or shutil.which("pdffonts") is None,
    reason="poppler-utils (pdftotext, pdffonts) not installed",
)


def run(*args: str) -> tuple[int, str]:
    out = io.StringIO()
    return main(list(args), stdout=out), out.getvalue()


def squeeze(text: str) -> str:
    return "".join(text.split())


def pdf_text(path: Path) -> str:
    done = subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
    )
    return done.stdout


def assert_fonts_embedded(path: Path) -> None:
    done = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True)
    rows = done.stdout.splitlines()[2:]
    assert rows, "no fonts listed"
    for row in rows:
        fields = row.split()
        assert (fields[-5], fields[-4]) == ("yes", "yes"), row
        assert "+" in fields[0], row


def test_handover_list_from_live_counts(tmp_path: Path):
    data = tmp_path / "data"
    assert run("--data-dir", str(data), "demo")[0] == 0
    assert run("--data-dir", str(data), "backup")[0] == 0
    out = tmp_path / "list.pdf"
    code, text = run("--data-dir", str(data), "report", "handover", "--out", str(out))
    assert code == 0 and "共 1 页" in text
    flat = squeeze(pdf_text(out))
    services = open_services(resolve_paths(data))
    try:
        branch = services.branches.current()
    finally:
        services.close()
    assert f"{branch.name}工作移交清单" in flat
    assert "移交日期：" in flat
    # the demo's pending transfers out (issue 6) are 转出中: counted apart, under 其中
    assert "27人在团/共30人" in flat and "其中转出中3人" in flat
    for label in ("团员名册", "会议记录", "团员教育评议", "团籍注册", "会议附件", "数据备份"):
        assert label in flat, label
    assert "1份" in flat  # the one backup
    assert "30条" in flat  # 评议
    assert "支部大会" in flat and "支委会" in flat
    for role in ("移交人（原团支部书记）", "接收人（新任团支部书记）", "监交人（上级团委）"):
        assert role in flat, role
    assert flat.count("日期：") >= 3
    assert "上级团委盖章处" in flat
    assert "SHA-256" not in flat  # nothing exported yet
    assert_fonts_embedded(out)


def test_after_an_export_the_list_names_the_file_checksum_and_secretaries(tmp_path: Path):
    data = tmp_path / "data"
    run("--data-dir", str(data), "demo")
    bundle = tmp_path / "换届.bdh"
    code, text = run(
        "--data-dir", str(data), "handover", "export", str(bundle),
        "--outgoing", "张三", "--incoming", "李四",
    )  # fmt: skip
    assert code == 0
    checksum = text.split("校验值 ")[1][:16]
    out = tmp_path / "list.pdf"
    assert run("--data-dir", str(data), "report", "handover", "--out", str(out))[0] == 0
    flat = squeeze(pdf_text(out))
    assert "换届.bdh" in flat
    assert f"校验值（SHA-256前16位）：{checksum}" in flat
    assert "（张三）" in flat and "（李四）" in flat
    assert_fonts_embedded(out)
