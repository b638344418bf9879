"""Load the bundled CJK font so Chinese renders on machines that have none."""

from __future__ import annotations

import logging

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from branchdesk.resources import resource_path

logger = logging.getLogger(__name__)

UI_FONT_FILE = "fonts/wqy-microhei.ttc"


def install_app_font(app: QApplication, point_size: float = 10.0) -> str | None:
    """Register the bundled font and make it the application font; returns its family."""
    path = resource_path(UI_FONT_FILE)
    font_id = QFontDatabase.addApplicationFont(str(path))
    if font_id < 0:
        logger.error("could not load the bundled font %s", path)
        return None
    families = QFontDatabase.applicationFontFamilies(font_id)
    if not families:
        return None
    font = QFont(families[0])
    font.setPointSizeF(point_size)
    app.setFont(font)
    return families[0]
