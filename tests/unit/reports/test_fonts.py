"""The bundled fonts: coverage for names and forms, system-font preference, bad installs."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from branchdesk.errors import BranchdeskError
from branchdesk.reports import fonts
from branchdesk.reports.fonts import (
    BUNDLED,
    bundled_font_path,
    missing_glyphs,
    missing_in,
    register_fonts,
)
from branchdesk.resources import resource_path

# Digits, full-width punctuation, ¥/￥, 〇 and rare surname characters (forms.md §13.3).
FIXTURE = (
    "0123456789 ABCxyz 团支部团员花名册（截至2025年3月5日）：，。；、“”《》【】—…"
    "¥12.50 ￥8 〇 二〇二五年 乜亓佘仉冼邝晁禚黢嬛 № ①②③ □■ ℃ ǎ"
)
EXT_B = "𠀾"  # U+2003E: no bundled face covers CJK Extension B


@pytest.mark.parametrize("role", ["song", "hei", "fang"])
def test_every_role_prints_the_fixture(role):
    assert missing_glyphs(FIXTURE, role) == set()


@pytest.mark.parametrize("role", ["song", "hei"])
def test_extension_b_is_reported_not_printed_blank(role):
    assert missing_glyphs(f"王{EXT_B}明", role) == {EXT_B}
    assert missing_in(["张三", f"李{EXT_B}"], role) == {EXT_B}


def test_spaces_and_line_breaks_are_not_glyphs():
    assert missing_glyphs("张 三\n李\t四\u3000", "song") == set()
    assert missing_glyphs("", "hei") == set()


def test_fonts_are_registered_once():
    first = register_fonts()
    assert register_fonts() is first
    assert first.song != first.hei
    assert first.fang == first.song  # no bundled 仿宋: the 宋体 face stands in
    assert not first.uses_system


def test_bundled_files_and_licences_ship_together():
    for spec in BUNDLED.values():
        path = resource_path(spec.file)
        assert path.is_file()
        licences = list(path.parent.glob(f"{path.stem}.LICENSE-*.txt"))
        assert licences, f"no licence text next to {path.name}"
    assert bundled_font_path("fang") == bundled_font_path("song")
    readme = resource_path("fonts/README.md").read_text(encoding="utf-8")
    for spec in BUNDLED.values():
        assert Path(spec.file).name in readme


def test_system_fonts_are_used_when_preferred_and_usable(tmp_path, monkeypatch, expected_warnings):
    windir = tmp_path / "Windows"
    (windir / "Fonts").mkdir(parents=True)
    shutil.copy(bundled_font_path("hei"), windir / "Fonts" / "simhei.ttf")
    (windir / "Fonts" / "simfang.ttf").write_bytes(b"not a font at all")
    monkeypatch.setenv("WINDIR", str(windir))
    monkeypatch.delenv("LOCALAPPDATA", raising=False)

    chosen = register_fonts(prefer_system=True)
    assert chosen.hei == "BD-SimHei"  # found and embeddable
    assert chosen.song == register_fonts().song  # no simsun.ttc: the bundled 宋体
    assert chosen.fang == register_fonts().song  # damaged simfang.ttf: falls back
    assert chosen.uses_system
    assert "系统字体" in chosen.sources["hei"]
    assert any("simfang.ttf" in record.getMessage() for record in expected_warnings)
    assert missing_glyphs(FIXTURE, "hei", chosen) == set()


def test_without_system_fonts_preferring_them_changes_nothing(tmp_path, monkeypatch):
    monkeypatch.setenv("WINDIR", str(tmp_path))  # no Fonts folder
    monkeypatch.delenv("LOCALAPPDATA", raising=False)
    chosen = register_fonts(prefer_system=True)
    bundled = register_fonts()
    assert (chosen.song, chosen.hei, chosen.fang) == (bundled.song, bundled.hei, bundled.fang)


def test_a_missing_bundled_font_is_a_clear_error(tmp_path, monkeypatch):
    monkeypatch.setattr(fonts, "_cache", {})
    monkeypatch.setattr(fonts, "resource_path", lambda relative: tmp_path / relative)
    with pytest.raises(BranchdeskError) as caught:
        register_fonts()
    message = caught.value.message
    assert "找不到内置" in message and "字体文件" in message and "重新安装" in message


def test_a_damaged_bundled_font_is_a_clear_error(tmp_path, monkeypatch):
    (tmp_path / "fonts").mkdir()
    for spec in BUNDLED.values():
        (tmp_path / spec.file).write_bytes(b"\x00" * 64)
    monkeypatch.setattr(fonts, "_cache", {})
    monkeypatch.setattr(fonts, "resource_path", lambda relative: tmp_path / relative)
    with pytest.raises(BranchdeskError, match="无法读取"):
        register_fonts()
