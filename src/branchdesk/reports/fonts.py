"""The fonts of every PDF: bundled CJK TrueType faces, embedded as subsets, never the viewer's.

Two roles are always filled from ``resources/fonts`` (platform.md §5):

- ``song`` (宋体, tables and body): Noto Serif CJK SC converted to TrueType
  (``noto-serif-cjk-sc.ttf``, OFL-1.1; made by ``scripts/make_serif_font.py``);
- ``hei`` (黑体, titles and table headers): WenQuanYi Micro Hei (``wqy-microhei.ttc`` face 0,
  Apache-2.0) — the same file the UI loads as its Chinese font.

``fang`` (仿宋) falls back to the 宋体 face. With ``prefer_system=True`` the Windows faces
SimSun / SimHei / FangSong are used where ``%WINDIR%\\Fonts`` (or the per-user font folder) has
them; a face that is missing or refuses embedding falls back to the bundled one. Fonts are opened
by absolute path (a PyInstaller bundle is not on reportlab's search path) and registered once per
process. Neither face covers CJK Extension B: :func:`missing_glyphs` lets the services warn
instead of printing a blank.
"""

from __future__ import annotations

import logging
import os
import threading
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal, cast

from reportlab.pdfbase import pdfmetrics  # type: ignore[import-untyped]
from reportlab.pdfbase.ttfonts import TTFError, TTFont  # type: ignore[import-untyped]

from branchdesk.errors import BranchdeskError
from branchdesk.resources import resource_path

logger = logging.getLogger(__name__)

Role = Literal["song", "hei", "fang"]
ROLES: tuple[Role, ...] = ("song", "hei", "fang")
ROLE_NAMES: Mapping[Role, str] = {"song": "宋体", "hei": "黑体", "fang": "仿宋"}


@dataclass(frozen=True)
class BundledFont:
    """A font file shipped in ``resources/fonts``."""

    file: str  # relative to resources/, e.g. "fonts/wqy-microhei.ttc"
    face: int
    family: str
    licence: str


BUNDLED: Mapping[Role, BundledFont] = {
    "song": BundledFont("fonts/noto-serif-cjk-sc.ttf", 0, "Noto Serif CJK SC TT", "OFL-1.1"),
    "hei": BundledFont("fonts/wqy-microhei.ttc", 0, "WenQuanYi Micro Hei", "Apache-2.0"),
}
_BUNDLED_FOR: Mapping[Role, Role] = {"song": "song", "hei": "hei", "fang": "song"}

# Windows system faces (file, face index) by role; TrueType, embeddable (platform.md §5).
SYSTEM_FILES: Mapping[Role, tuple[str, int]] = {
    "song": ("simsun.ttc", 0),
    "hei": ("simhei.ttf", 0),
    "fang": ("simfang.ttf", 0),
}

_INTERNAL_NAMES: Mapping[str, str] = {
    "song": "BD-Song",
    "hei": "BD-Hei",
    "system-song": "BD-SimSun",
    "system-hei": "BD-SimHei",
    "system-fang": "BD-SimFang",
}

# Characters that are never drawn as glyphs (line breaks, tabs and other controls).
_IGNORED = frozenset("\n\r\t\u200b\u200c\u200d\ufeff")


@dataclass(frozen=True)
class FontSet:
    """The registered reportlab font names for each role, and where each came from."""

    song: str
    hei: str
    fang: str
    sources: Mapping[Role, str] = field(default_factory=dict, compare=False, hash=False)

    def name(self, role: Role) -> str:
        """The reportlab font name registered for ``role``."""
        return {"song": self.song, "hei": self.hei, "fang": self.fang}[role]

    @property
    def uses_system(self) -> bool:
        return any(name.startswith("BD-Sim") for name in (self.song, self.hei, self.fang))


_lock = threading.Lock()
_cache: dict[tuple[bool, tuple[str, ...]], FontSet] = {}


def register_fonts(prefer_system: bool = False) -> FontSet:
    """Register the 宋体/黑体/仿宋 roles with reportlab (once per process) and name them.

    Raises:
        BranchdeskError: a bundled font file is missing or unreadable (a damaged install).
    """
    dirs = tuple(str(d) for d in system_font_dirs()) if prefer_system else ()
    key = (prefer_system, dirs)
    with _lock:
        cached = _cache.get(key)
        if cached is None:
            cached = _cache[key] = _register(prefer_system, dirs)
        # <b> inside 宋体 text prints in this set's 黑体 (no bold 宋体 is bundled). The mapping is
        # global in reportlab, so it is set again whenever the other set was used in between.
        pdfmetrics.registerFontFamily(
            cached.song,
            normal=cached.song,
            bold=cached.hei,
            italic=cached.song,
            boldItalic=cached.hei,
        )
        return cached


def _register(prefer_system: bool, dirs: tuple[str, ...]) -> FontSet:
    names: dict[Role, str] = {}
    sources: dict[Role, str] = {}
    for role in ROLES:
        found = _register_system(role, [Path(d) for d in dirs]) if prefer_system else None
        if found is None:
            found = _register_bundled(_BUNDLED_FOR[role])
        names[role], sources[role] = found
    return FontSet(song=names["song"], hei=names["hei"], fang=names["fang"], sources=sources)


def system_font_dirs() -> list[Path]:
    """Where Windows keeps installed fonts: ``%WINDIR%\\Fonts`` and the per-user folder."""
    dirs = []
    windir = os.environ.get("WINDIR") or os.environ.get("SYSTEMROOT")
    if windir:
        dirs.append(Path(windir) / "Fonts")
    local = os.environ.get("LOCALAPPDATA")
    if local:
        dirs.append(Path(local) / "Microsoft" / "Windows" / "Fonts")
    return dirs


def bundled_font_path(role: Role) -> Path:
    """The absolute path of the bundled file for ``role`` (仿宋 uses the 宋体 file)."""
    return resource_path(BUNDLED[_BUNDLED_FOR[role]].file)


def missing_glyphs(text: str, role: Role, fonts: FontSet | None = None) -> set[str]:
    """The characters of ``text`` that the ``role`` face cannot draw (they would print blank).

    Spaces and line breaks are ignored. ``fonts`` defaults to the bundled set.
    """
    chars = set(text) - _IGNORED
    if not chars:
        return set()
    coverage = _coverage((fonts or register_fonts()).name(role))
    return {ch for ch in chars if ord(ch) not in coverage and not ch.isspace()}


def missing_in(texts: Iterable[str], role: Role, fonts: FontSet | None = None) -> set[str]:
    """:func:`missing_glyphs` over several strings at once."""
    coverage = _coverage((fonts or register_fonts()).name(role))
    missing: set[str] = set()
    for text in texts:
        for ch in text:
            if ord(ch) not in coverage and ch not in _IGNORED and not ch.isspace():
                missing.add(ch)
    return missing


def _coverage(font_name: str) -> Mapping[int, int]:
    font = pdfmetrics.getFont(font_name)
    return cast(Mapping[int, int], font.face.charToGlyph)


def _register_bundled(role: Role) -> tuple[str, str]:
    spec = BUNDLED[role]
    name = _INTERNAL_NAMES[role]
    try:
        path = resource_path(spec.file)
    except FileNotFoundError as exc:  # no resources folder at all
        raise BranchdeskError(_missing_message(role, spec.file)) from exc
    if not path.is_file():
        raise BranchdeskError(_missing_message(role, str(path)))
    try:
        pdfmetrics.registerFont(TTFont(name, str(path), subfontIndex=spec.face))
    except (TTFError, OSError) as exc:
        raise BranchdeskError(
            f"内置{ROLE_NAMES[role]}字体文件 {path} 无法读取（{exc}）：请重新安装 branchdesk"
        ) from exc
    logger.debug("registered %s from %s", name, path)
    return name, f"{spec.family}（{path.name}，内置）"


def _register_system(role: Role, dirs: list[Path]) -> tuple[str, str] | None:
    file, face = SYSTEM_FILES[role]
    for folder in dirs:
        path = folder / file
        if not path.is_file():
            continue
        name = _INTERNAL_NAMES[f"system-{role}"]
        try:
            pdfmetrics.registerFont(TTFont(name, str(path), subfontIndex=face))
        except (TTFError, OSError) as exc:  # damaged, or the font forbids embedding
            logger.warning("system font %s not usable, using the bundled one: %s", path, exc)
            continue
        logger.debug("registered %s from %s", name, path)
        return name, f"{path.name}（系统字体）"
    return None


def _missing_message(role: Role, where: str) -> str:
    return (
        f"找不到内置{ROLE_NAMES[role]}字体文件 {where}：安装不完整，请重新安装 branchdesk。"
        "PDF 必须嵌入字体才能在其他电脑上正确显示中文。"
    )
