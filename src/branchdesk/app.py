"""The composition root of the window: QApplication, font, translations, services, main window."""

from __future__ import annotations

import logging
import os
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, Qt, QTranslator
from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication

from branchdesk import APP_NAME, __version__, logging_setup
from branchdesk.errors import BranchdeskError
from branchdesk.paths import AppPaths
from branchdesk.resources import resource_path
from branchdesk.services.container import Services
from branchdesk.services.schemas import BranchRead
from branchdesk.services.settings import (
    DEFAULT_LANGUAGE,
    ENV_LANGUAGE,
    LANGUAGES,
    choose_language,
    read_language,
)
from branchdesk.ui import bench_hook, messages
from branchdesk.ui.crash_dialog import install_crash_handler, offer_previous_crash
from branchdesk.ui.dialogs.branch_dialog import BranchDialog
from branchdesk.ui.fonts import install_app_font
from branchdesk.ui.main_window import MainWindow
from branchdesk.ui.single_instance import InstanceServer, bring_to_front
from branchdesk.ui.startup import ask_passphrase, open_data_directory

logger = logging.getLogger(__name__)

__all__ = [  # the language names are re-exported from services.settings
    "DEFAULT_LANGUAGE",
    "ENV_LANGUAGE",
    "LANGUAGES",
    "app_icon",
    "build_main_window",
    "current_language",
    "install_translations",
    "make_application",
    "run_app",
]

ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def current_language(database: Path | None = None) -> str:
    """The UI language: ``BRANCHDESK_LANG``, else the one saved in the data file (File →
    Settings; read before the file is opened), else Chinese."""
    stored = read_language(database) if database is not None else None
    return choose_language(os.environ.get(ENV_LANGUAGE), stored)


def app_icon() -> QIcon:
    """The application icon in every drawn size (sharp at any scale, resources/icons/)."""
    icon = QIcon()
    for size in ICON_SIZES:
        path = resource_path(f"icons/branchdesk-{size}.png")
        if path.is_file():
            icon.addFile(str(path))
    return icon


def install_translations(app: QApplication, language: str) -> list[QTranslator]:
    """Load branchdesk's and Qt's own translations; English needs none."""
    translators: list[QTranslator] = []
    if language == "en":
        return translators
    ours = QTranslator(app)
    if ours.load(str(resource_path(f"translations/branchdesk_{language}.qm"))):
        app.installTranslator(ours)
        translators.append(ours)
    else:
        logger.warning("translation %s not found", language)
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    qt_own = QTranslator(app)
    if qt_own.load(QLocale(language), "qtbase", "_", qt_dir):
        app.installTranslator(qt_own)
        translators.append(qt_own)
    return translators


def make_application(argv: list[str] | None = None) -> QApplication:
    """The QApplication with our identity and font (reuses one that already exists)."""
    QCoreApplication.setOrganizationName(APP_NAME)
    QCoreApplication.setApplicationName(APP_NAME)
    existing = QApplication.instance()
    if existing is None:
        # High-DPI: Qt 6 scales by the screen's factor; PassThrough (Qt's default, stated here)
        # keeps fractional factors such as 1.25 or 1.5 instead of rounding them, so text is not
        # too small or too big. Icons come in drawn sizes up to 512 px, the fonts are outlines.
        QGuiApplication.setHighDpiScaleFactorRoundingPolicy(
            Qt.HighDpiScaleFactorRoundingPolicy.PassThrough
        )
    app = existing if isinstance(existing, QApplication) else QApplication(argv or sys.argv)
    app.setApplicationVersion(__version__)
    app.setWindowIcon(app_icon())
    install_app_font(app)
    return app


def build_main_window(services: Services, paths: AppPaths, branch: BranchRead) -> MainWindow:
    return MainWindow(services, paths, branch)


def run_app(paths: AppPaths) -> int:
    """Open the window on a data directory; returns the process exit code."""
    app = make_application()
    install_translations(app, current_language(paths.database))
    try:
        paths.ensure()
        logging_setup.configure(paths.logs)
        install_crash_handler(paths.logs)
        # One instance per data directory, quick_check, recovery offer, the daily backup.
        opened = open_data_directory(paths)
    except (BranchdeskError, OSError) as exc:
        text = exc.message if isinstance(exc, BranchdeskError) else str(exc)
        messages.error(None, QCoreApplication.translate("app", "branchdesk cannot start"), text)
        return 2
    if opened is None:
        return 2
    services, _instance_lock = opened  # held until the app exits
    try:
        if not ask_passphrase(services):  # the optional start-up passphrase (issue 7)
            return 0
        branch = services.branches.current()
        if branch is None:
            branch = BranchDialog.setup(None, services)
            if branch is None:
                return 0
        window = build_main_window(services, paths, branch)
        window.show()
        bench_hook.arm(window)  # bench/: BRANCHDESK_BENCH_SHOWN reports and quits
        # a second start on this data directory brings this window to the front
        instance_server = InstanceServer(paths.data_dir, window)
        instance_server.activated.connect(lambda: bring_to_front(window))
        offer_previous_crash(window, paths.logs)
        return app.exec()
    finally:
        services.close()
