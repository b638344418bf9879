"""One frozen-aware lookup for files under ``resources/`` (fonts, profiles, icons, translations).

Three layouts are supported: a PyInstaller bundle (``sys._MEIPASS/resources``), an installed wheel
(``branchdesk/_resources``, force-included by the build backend) and a source checkout
(``<repo>/resources``).
"""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path, PurePosixPath


@cache
def resources_root() -> Path:
    """Return the directory that holds the shipped resources."""
    frozen_base = getattr(sys, "_MEIPASS", None)
    candidates = []
    if frozen_base:
        candidates.append(Path(frozen_base) / "resources")
    package_dir = Path(__file__).resolve().parent
    candidates.append(package_dir / "_resources")
    candidates.append(package_dir.parent.parent / "resources")
    for candidate in candidates:
        if candidate.is_dir():
            return candidate
    looked = ", ".join(map(str, candidates))
    raise FileNotFoundError(f"branchdesk resources not found; looked in: {looked}")


def resource_path(relative: str) -> Path:
    """Return the absolute path of a shipped resource, e.g. ``"fonts/wqy-microhei.ttc"``.

    Raises:
        ValueError: for absolute paths or paths that climb out of the resources directory.
    """
    pure = PurePosixPath(relative)
    if pure.is_absolute() or ".." in pure.parts:
        raise ValueError(f"resource path must be relative and inside resources/: {relative!r}")
    return resources_root().joinpath(*pure.parts)
