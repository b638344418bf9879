"""Render the README screenshots offscreen from the demo data.

    python scripts/screenshots.py            # Chinese and English (``*_en.png``)
    python scripts/screenshots.py zh_CN      # one language

Windows are grabbed with QWidget.grab(), so no display is needed; the bundled font makes Chinese
render on any machine. Writes PNGs to docs/screenshots/.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))


def main() -> int:
    from branchdesk.app import install_translations, make_application

    languages = sys.argv[1:] or ["zh_CN", "en"]
    out = ROOT / "docs" / "screenshots"
    out.mkdir(parents=True, exist_ok=True)
    app = make_application(["screenshots"])
    for language in languages:
        translators = install_translations(app, language)
        try:
            shoot(app, language, out)
        finally:
            for translator in translators:
                app.removeTranslator(translator)
    print(f"screenshots written to {out}")  # noqa: T201 - a developer script
    return 0


def shoot(app, language: str, out: Path) -> None:
    """Every screenshot in one language (file names end in ``_<language>`` but for Chinese)."""
    from helpers.roster_files import write_messy_roster
    from PySide6.QtWidgets import QApplication

    from branchdesk.paths import AppPaths
    from branchdesk.services.container import open_services
    from branchdesk.services.demo import load_demo
    from branchdesk.services.schemas import MemberFilter
    from branchdesk.ui.dialogs.about_dialog import AboutDialog
    from branchdesk.ui.dialogs.branch_dialog import BranchDialog
    from branchdesk.ui.dialogs.import_preview_dialog import ImportPreviewDialog
    from branchdesk.ui.dialogs.meeting_dialog import MeetingDialog
    from branchdesk.ui.dialogs.member_activity_dialog import MemberActivityDialog
    from branchdesk.ui.dialogs.member_dialog import MemberDialog
    from branchdesk.ui.dialogs.settings_dialog import SettingsDialog
    from branchdesk.ui.main_window import MainWindow

    suffix = "" if language == "zh_CN" else f"_{language}"
    with tempfile.TemporaryDirectory() as tmp:
        paths = AppPaths(Path(tmp) / "data")
        services = open_services(paths)
        try:
            setup = BranchDialog(services)
            setup.show()
            app.processEvents()
            setup.grab().save(str(out / f"first_run{suffix}.png"))
            branch = load_demo(services)
            window = MainWindow(services, paths, branch)
            window.resize(1280, 760)
            window.show()
            app.processEvents()
            window.ui.nav_list.setCurrentRow(1)
            app.processEvents()
            window.grab().save(str(out / f"member_list{suffix}.png"))
            for row, name in ((0, "home"), (2, "meetings"), (3, "reviews")):
                window.ui.nav_list.setCurrentRow(row)
                app.processEvents()
                window.grab().save(str(out / f"{name}{suffix}.png"))
            for page, name in (
                (window.recruitment_page, "recruitment"),
                (window.transfers_page, "transfers"),
                (window.rating_page, "rating"),
            ):
                window.ui.nav_list.setCurrentRow(window.ui.pages.indexOf(page))
                app.processEvents()
                window.grab().save(str(out / f"{name}{suffix}.png"))
            reports_row = window.ui.pages.indexOf(window.reports_page)
            window.ui.nav_list.setCurrentRow(reports_row)
            app.processEvents()
            window.grab().save(str(out / f"reports{suffix}.png"))
            window.ui.nav_list.setCurrentRow(0)

            settings = SettingsDialog(services, paths, branch)
            settings.show()
            app.processEvents()
            settings.grab().save(str(out / f"settings{suffix}.png"))
            settings.close()
            about = AboutDialog(paths)
            about.show()
            app.processEvents()
            about.grab().save(str(out / f"about{suffix}.png"))
            about.close()
            window.reviews_page.ui.tabs.setCurrentIndex(1)
            app.processEvents()
            window.grab().save(str(out / f"registration{suffix}.png"))

            meetings = services.meetings.list(branch.id)
            if meetings:
                dahui = next((m for m in meetings if m.kind == "dahui"), meetings[0])
                record = MeetingDialog(services, branch.id, services.meetings.get(dahui.id))
                record.show()
                for tab in range(record.ui.tabs.count()):
                    record.ui.tabs.setCurrentIndex(tab)
                    app.processEvents()
                    record.grab().save(str(out / f"meeting_editor_tab{tab + 1}{suffix}.png"))
                record.close()

            member_ids = services.members.list_ids(branch.id, MemberFilter())
            attending = next(
                (m for m in member_ids if services.meetings.member_activity(m).attendance), None
            )
            if attending is not None:
                activity = MemberActivityDialog(services, attending, paths.drafts)
                activity.show()
                app.processEvents()
                activity.grab().save(str(out / f"member_activity{suffix}.png"))
                activity.close()

            member_id = services.members.list_ids(branch.id, MemberFilter())[0]
            member = services.members.get(member_id)
            editor = MemberDialog(
                services.members, branch.id, member, services.members.groups(branch.id)
            )
            editor.show()
            app.processEvents()
            editor.grab().save(str(out / f"member_editor{suffix}.png"))
            editor.ui.id_number_edit.setText("110101199003071234")
            editor._run_check()
            app.processEvents()
            editor.grab().save(str(out / f"member_editor_errors{suffix}.png"))

            messy = write_messy_roster(Path(tmp) / "团员花名册.xlsx")
            preview = services.imports.preview(branch.id, messy.path)
            dialog = ImportPreviewDialog(services.imports, branch.id, preview)
            dialog.ui.problems_only_check.setChecked(False)
            dialog.resize(1100, 640)
            dialog.show()
            app.processEvents()
            dialog.grab().save(str(out / f"import_preview{suffix}.png"))
            for widget in (dialog, editor, window, setup):
                widget.close()
        finally:
            services.close()
    QApplication.processEvents()


if __name__ == "__main__":
    raise SystemExit(main())
