"""Help → About branchdesk: version, licence, where the data lives, third-party licences."""

from __future__ import annotations

import html
import platform
from pathlib import Path

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QUrl, qVersion
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QWidget

from branchdesk import __version__
from branchdesk.paths import AppPaths
from branchdesk.resources import resource_path
from branchdesk.ui.forms.ui_about_dialog import Ui_AboutDialog

# (component, licence): what the installed program carries besides the fonts.
THIRD_PARTY = (
    ("Python", "PSF License 2.0"),
    ("Qt 6 / PySide6", "LGPL-3.0"),
    ("SQLAlchemy, SQLModel, Alembic", "MIT"),
    ("pydantic", "MIT"),
    ("ReportLab", "BSD-3-Clause"),
    ("openpyxl", "MIT"),
    ("Pillow", "MIT-CMU (HPND)"),
    ("platformdirs", "MIT"),
    ("pypinyin", "MIT"),
    ("SQLite", "Public domain"),
)
# (font, licence, licence file under resources/fonts/)
FONTS = (
    ("WenQuanYi Micro Hei 文泉驿微米黑", "Apache-2.0", "wqy-microhei.LICENSE-Apache-2.0.txt"),
    ("Noto Serif CJK SC (思源宋体, TrueType)", "OFL-1.1", "noto-serif-cjk-sc.LICENSE-OFL-1.1.txt"),
)


class AboutDialog(QDialog):
    """Read-only; "Open the data folder" shows the data directory in the file manager."""

    def __init__(self, paths: AppPaths, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_AboutDialog()
        self.ui.setupUi(self)
        self._paths = paths
        self.ui.button_box.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        self.ui.button_box.rejected.connect(self.reject)
        self.ui.open_folder_button.clicked.connect(self.open_data_folder)
        icon = QApplication.windowIcon()
        if not icon.isNull():
            self.ui.icon_label.setPixmap(icon.pixmap(64, 64))
        tagline = self.tr("The offline ledger of a Communist Youth League branch")
        self.ui.title_label.setText(
            "<p><span style='font-size:16pt; font-weight:bold'>branchdesk</span> "
            f"{html.escape(__version__)}<br>{html.escape(tagline)}</p>"
        )
        self.ui.about_browser.setHtml(self.about_html())
        self.ui.licences_browser.setPlainText(self.licences_text())

    @classmethod
    def show_for(cls, parent: QWidget | None, paths: AppPaths) -> None:
        cls(paths, parent).exec()

    def about_html(self) -> str:
        paths = self._paths
        rows = "".join(
            f"<tr><td>{html.escape(label)}</td><td><code>{html.escape(str(path))}</code></td></tr>"
            for label, path in (
                (self.tr("Data directory"), paths.data_dir),
                (self.tr("Data file"), paths.database),
                (self.tr("Backups"), paths.backups),
                (self.tr("Logs"), paths.logs),
            )
        )
        parts = [
            "<h3>{}</h3>".format(html.escape(self.tr("Licence"))),
            "<p>{}</p>".format(
                html.escape(
                    self.tr(
                        "branchdesk is free software: you may use, share and change it under "
                        "the GNU General Public License, version 3 or later "
                        "(GPL-3.0-or-later). It comes with no warranty."
                    )
                )
            ),
            "<h3>{}</h3>".format(html.escape(self.tr("Where your data lives"))),
            "<p>{}</p>".format(
                html.escape(
                    self.tr(
                        "Everything is kept on this computer in one file; nothing is sent "
                        "anywhere. Back it up, and hand it over to your successor with "
                        "File → Handover."
                    )
                )
            ),
            f"<table cellpadding='3'>{rows}</table>",
            "<h3>{}</h3>".format(html.escape(self.tr("Fonts"))),
            "<ul>"
            + "".join(
                f"<li>{html.escape(name)} — {licence} "
                f"(<code>{html.escape(self._font_licence_path(file))}</code>)</li>"
                for name, licence, file in FONTS
            )
            + "</ul>",
            "<h3>{}</h3>".format(html.escape(self.tr("Third-party components"))),
            "<ul>"
            + "".join(
                f"<li>{html.escape(name)} — {html.escape(licence)}</li>"
                for name, licence in THIRD_PARTY
            )
            + "</ul>",
            f"<p><small>Python {platform.python_version()} · Qt {qVersion()} · "
            f"PySide6 {pyside_version} · {html.escape(platform.platform(terse=True))}</small></p>",
        ]
        return "".join(parts)

    def licences_text(self) -> str:
        """The full licence texts of the bundled fonts (shipped next to them)."""
        sections = []
        for name, licence, file in FONTS:
            path = resource_path(f"fonts/{file}")
            try:
                text = path.read_text(encoding="utf-8")
            except OSError:
                text = self.tr("(the licence file %1 is missing)").replace("%1", str(path))
            sections.append(f"{name} — {licence}\n{'=' * 60}\n\n{text.strip()}\n")
        return "\n\n".join(sections)

    def _font_licence_path(self, file: str) -> str:
        path = resource_path(f"fonts/{file}")
        return str(path) if path.is_file() else file

    def open_data_folder(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(Path(self._paths.data_dir))))
