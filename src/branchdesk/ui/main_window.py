"""The main window: navigation on the left, the current area on the right."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QFileDialog, QLabel, QListWidgetItem, QMainWindow, QWidget

from branchdesk.errors import BranchdeskError
from branchdesk.paths import AppPaths
from branchdesk.services.container import Services
from branchdesk.services.schemas import BranchRead
from branchdesk.services.security import SecurityService
from branchdesk.ui import messages
from branchdesk.ui.dialogs.about_dialog import AboutDialog
from branchdesk.ui.dialogs.branch_dialog import BranchDialog
from branchdesk.ui.dialogs.handover_dialog import HandoverDialog
from branchdesk.ui.dialogs.history_dialog import HistoryDialog
from branchdesk.ui.dialogs.import_preview_dialog import ImportPreviewDialog
from branchdesk.ui.dialogs.meeting_dialog import MeetingDialog
from branchdesk.ui.dialogs.member_activity_dialog import MemberActivityDialog
from branchdesk.ui.dialogs.member_dialog import MemberDialog
from branchdesk.ui.dialogs.passphrase_dialog import Outcome, PassphraseDialog
from branchdesk.ui.dialogs.restore_dialog import RestoreDialog
from branchdesk.ui.dialogs.rule_settings_dialog import RuleSettingsDialog
from branchdesk.ui.dialogs.settings_dialog import SettingsDialog
from branchdesk.ui.events import AppEvents
from branchdesk.ui.forms.ui_main_window import Ui_MainWindow
from branchdesk.ui.home_page import HomePage
from branchdesk.ui.i18n import join_names
from branchdesk.ui.lifecycle_actions import LifecycleActions
from branchdesk.ui.meetings_page import MeetingsPage
from branchdesk.ui.member_page import MemberPage
from branchdesk.ui.models.member_table_model import MemberTableModel
from branchdesk.ui.rating_page import RatingPage
from branchdesk.ui.recruitment_page import RecruitmentPage
from branchdesk.ui.reports_page import ReportsPage
from branchdesk.ui.reviews_page import ReviewsPage
from branchdesk.ui.transfers_page import TransfersPage
from branchdesk.ui.undo_stack import UndoStack

log = logging.getLogger(__name__)


class MainWindow(QMainWindow):
    """One window per data directory, working on one branch."""

    def __init__(
        self,
        services: Services,
        paths: AppPaths,
        branch: BranchRead,
        events: AppEvents | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_MainWindow()
        self.ui.setupUi(self)
        self.services = services
        self.paths = paths
        self.events = events or AppEvents(self)
        self.branch = branch
        self.member_model = MemberTableModel(services.members, self)
        self.home_page = HomePage(services, branch.id, parent=self)
        self.member_page = MemberPage(self.member_model, self)
        self.meetings_page = MeetingsPage(services, branch.id, parent=self)
        self.reviews_page = ReviewsPage(services, branch.id, parent=self)
        self.recruitment_page = RecruitmentPage(services, branch.id, parent=self)
        # 组织关系转接 (issue 6): "New transfer out" ticks the members selected on the roster.
        self.transfers_page = TransfersPage(
            services, branch.id, roster_selection=self.member_page.selected_ids, parent=self
        )
        self.rating_page = RatingPage(services, branch.id, parent=self)
        self.reports_page = ReportsPage(services, branch.id, parent=self)
        for title, page in (
            (self.tr("Home"), self.home_page),
            (self.tr("Member roster"), self.member_page),
            (self.tr("Meetings and classes"), self.meetings_page),
            (self.tr("Evaluation and registration"), self.reviews_page),
            (self.tr("Recruitment"), self.recruitment_page),
            (self.tr("Transfers"), self.transfers_page),
            (self.tr("Star rating"), self.rating_page),
            (self.tr("Forms and returns"), self.reports_page),
        ):
            self.ui.pages.addWidget(page)
            self.ui.nav_list.addItem(QListWidgetItem(title))
        self.ui.nav_list.setCurrentRow(0)
        self.branch_label = QLabel(self)
        self.ui.status_bar.addPermanentWidget(self.branch_label)
        self.ui.delete_member_action.setShortcuts([QKeySequence(QKeySequence.StandardKey.Delete)])
        # Edit → Undo / Redo / History… (issue 7): the steps done in this window.
        self.undo_stack = UndoStack(
            services.history, self.events, self.ui.undo_action, self.ui.redo_action, self
        )
        self.ui.redo_action.setShortcuts([QKeySequence("Ctrl+Y"), QKeySequence("Ctrl+Shift+Z")])
        self.ui.edit_menu.aboutToShow.connect(self.undo_stack.sync)
        self.ui.history_action.triggered.connect(self.show_history)
        self.undo_stack.set_branch(branch.id)
        self._connect_signals()
        self._show_branch()
        self._update_actions()
        self._restore_geometry()

    # ---- setup -----------------------------------------------------------------------------

    def _connect_signals(self) -> None:
        ui = self.ui
        ui.nav_list.currentRowChanged.connect(ui.pages.setCurrentIndex)
        ui.new_member_action.triggered.connect(self.new_member)
        ui.edit_member_action.triggered.connect(self.edit_current_member)
        # A lambda: triggered(bool) would otherwise land in member_id.
        ui.member_activity_action.triggered.connect(lambda: self.show_member_activity())
        self.home_page.member_requested.connect(self.show_member_activity)
        ui.delete_member_action.triggered.connect(self.delete_selected_members)
        ui.restore_member_action.triggered.connect(self.restore_selected_members)
        ui.find_action.triggered.connect(self.member_page.focus_search)
        ui.show_trash_action.toggled.connect(self._on_trash_toggled)
        ui.import_action.triggered.connect(self.import_roster)
        ui.export_zhtj_action.triggered.connect(lambda: self.export_roster("zhtj"))
        ui.export_full_action.triggered.connect(lambda: self.export_roster("full"))
        ui.branch_settings_action.triggered.connect(self.edit_branch)
        ui.reports_action.triggered.connect(self.show_reports)
        ui.rule_settings_action.triggered.connect(self.edit_rule_settings)
        ui.backups_action.triggered.connect(self.show_backups)
        ui.handover_action.triggered.connect(self.show_handover)
        ui.passphrase_action.triggered.connect(self.edit_passphrase)
        ui.show_full_ids_action.toggled.connect(self._on_full_ids_toggled)
        ui.quit_action.triggered.connect(self.close)
        ui.about_action.triggered.connect(self._on_about)
        # File → Settings… (Ctrl+,), before Branch details (issue 8)
        self.settings_action = QAction(self.tr("&Settings…"), self)
        self.settings_action.setShortcut(QKeySequence("Ctrl+,"))
        self.settings_action.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.settings_action.triggered.connect(self.open_settings)
        ui.file_menu.insertAction(ui.branch_settings_action, self.settings_action)
        self.member_page.open_requested.connect(self.edit_member)
        self.meetings_page.open_requested.connect(self.open_meeting)
        self.meetings_page.new_requested.connect(self.record_meeting)
        ui.record_meeting_action.triggered.connect(self.record_meeting)
        self.reviews_page.saved.connect(self.events.reviews_changed)
        self.transfers_page.changed.connect(self.events.members_changed)
        # Members → Transfer out… (issue 6): the selected members, on the transfers page
        self.transfer_out_action = QAction(self.tr("Transfer out…"), self)
        self.transfer_out_action.triggered.connect(self.transfer_out_selected)
        ui.members_menu.insertAction(ui.delete_member_action, self.transfer_out_action)
        self.events.meetings_changed.connect(self._on_meetings_changed)
        self.events.reviews_changed.connect(self.home_page.reload)
        self.member_page.selection_changed.connect(self._update_actions)
        self.member_model.modelReset.connect(self._update_actions)
        self.events.members_changed.connect(self._on_members_changed)
        self.lifecycle_actions = LifecycleActions(self)  # 离团, 超龄离团, 处分, 推优 (issue 6)

    def _show_branch(self) -> None:
        self.setWindowTitle(self.tr("%1 — branchdesk").replace("%1", self.branch.name))
        self.branch_label.setText(self.tr("Data: %1").replace("%1", str(self.paths.data_dir)))
        self.member_page.set_groups(self.services.members.groups(self.branch.id))
        self.member_model.set_branch(self.branch.id)
        self.member_page.reload()
        for page in (self.home_page, self.meetings_page, self.reviews_page, self.reports_page):
            page.set_branch(self.branch.id)
        self.transfers_page.set_branch(self.branch.id)
        self.rating_page.set_branch(self.branch.id)

    def _update_actions(self) -> None:
        selected = bool(self.member_page.selected_ids())
        trash = self.ui.show_trash_action.isChecked()
        self.ui.edit_member_action.setEnabled(selected and not trash)
        self.ui.member_activity_action.setEnabled(
            len(self.member_page.selected_ids()) == 1 and not trash
        )
        self.ui.delete_member_action.setEnabled(selected and not trash)
        self.ui.restore_member_action.setEnabled(selected and trash)
        self.ui.new_member_action.setEnabled(not trash)
        self.transfer_out_action.setEnabled(selected and not trash)

    # ---- member actions --------------------------------------------------------------------

    def new_member(self) -> None:
        groups = self.services.members.groups(self.branch.id)
        saved = MemberDialog.create_member(
            self, self.services.members, self.branch.id, groups, drafts_dir=self.paths.drafts
        )
        if saved is not None:
            self.events.members_changed.emit()
            self.member_page.select_member(saved.id)
            self.statusBar().showMessage(self.tr("Saved %1").replace("%1", saved.name), 5000)

    def edit_current_member(self) -> None:
        member_id = self.member_page.current_id()
        if member_id is not None:
            self.edit_member(member_id)

    def edit_member(self, member_id: int) -> None:
        if self.ui.show_trash_action.isChecked():
            return
        groups = self.services.members.groups(self.branch.id)
        try:
            saved = MemberDialog.edit(
                self,
                self.services.members,
                member_id,
                groups,
                show_activity=self.show_member_activity,
                show_history=self.show_member_history,
                drafts_dir=self.paths.drafts,
            )
        except BranchdeskError as exc:
            messages.error(self, self.tr("Cannot open member"), exc.message)
            self.events.members_changed.emit()
            return
        if saved is not None:
            self.events.members_changed.emit()
            self.member_page.select_member(saved.id)
            self.statusBar().showMessage(self.tr("Saved %1").replace("%1", saved.name), 5000)

    def transfer_out_selected(self) -> None:
        """The selected roster members, ticked in a new transfer out (组织关系转接 page)."""
        ids = self.member_page.selected_ids()
        if not ids:
            return
        self.ui.nav_list.setCurrentRow(self.ui.pages.indexOf(self.transfers_page))
        self.transfers_page.new_transfer_out(ids)

    def show_member_activity(self, member_id: int | None = None) -> None:
        """Show a member's attendance, 团课学时, 评议 and 注册 (read-only); without an id,
        the one member selected in the roster."""
        if member_id is None:
            ids = self.member_page.selected_ids()
            if len(ids) != 1:
                return
            member_id = ids[0]
        try:
            MemberActivityDialog.show_for(
                self, self.services, member_id, self.paths.drafts, events=self.events
            )
        except BranchdeskError as exc:
            messages.error(self, self.tr("Cannot open member"), exc.message)

    def delete_selected_members(self) -> None:
        ids = self.member_page.selected_ids()
        if not ids:
            return
        rows = self.services.members.rows(ids[:5])
        names = join_names(row.name for row in rows) + ("…" if len(ids) > 5 else "")
        question = self.tr(
            "Move %n member(s) to the recycle bin?\n%1\n\nThey can be restored from "
            "Members → Show recycle bin.",
            "",
            len(ids),
        ).replace("%1", names)
        if not messages.confirm(self, self.tr("Delete members"), question, self.tr("Delete")):
            return
        try:
            count = self.services.members.delete(ids)
        except BranchdeskError as exc:
            messages.error(self, self.tr("Not deleted"), exc.message)
            return
        self.events.members_changed.emit()
        self.statusBar().showMessage(
            self.tr("%n member(s) moved to the recycle bin", "", count), 8000
        )

    def restore_selected_members(self) -> None:
        ids = self.member_page.selected_ids()
        if not ids:
            return
        try:
            count = self.services.members.restore(ids)
        except BranchdeskError as exc:
            messages.error(self, self.tr("Not restored"), exc.message)
            return
        self.events.members_changed.emit()
        self.statusBar().showMessage(self.tr("%n member(s) restored", "", count), 8000)

    def _on_trash_toggled(self, on: bool) -> None:
        self.member_page.set_trash(on)
        self._update_actions()

    def _on_members_changed(self) -> None:
        self.member_page.set_groups(self.services.members.groups(self.branch.id))
        self.member_page.reload()
        self.home_page.reload()
        self.reviews_page.reload()
        self.transfers_page.reload()

    # ---- meetings --------------------------------------------------------------------------

    def record_meeting(self) -> None:
        saved = MeetingDialog.record(self, self.services, self.branch.id, self.paths.drafts)
        if saved is not None:
            self.events.meetings_changed.emit()
            self.ui.nav_list.setCurrentRow(self.ui.pages.indexOf(self.meetings_page))
            self.meetings_page.select_meeting(saved.id)
            self.statusBar().showMessage(self.tr("Saved %1").replace("%1", saved.data.title), 5000)

    def open_meeting(self, meeting_id: int) -> None:
        try:
            saved = MeetingDialog.open_meeting(self, self.services, meeting_id, self.paths.drafts)
        except BranchdeskError as exc:
            messages.error(self, self.tr("Cannot open the record"), exc.message)
            return
        if saved is not None:
            self.events.meetings_changed.emit()
            self.meetings_page.select_meeting(saved.id)

    def show_reports(self) -> None:
        self.ui.nav_list.setCurrentRow(self.ui.pages.indexOf(self.reports_page))
        self.reports_page.ui.reports_list.setFocus()

    def _on_meetings_changed(self) -> None:
        self.meetings_page.reload()
        self.reports_page.set_branch(self.branch.id)
        self.home_page.reload()

    # ---- files -----------------------------------------------------------------------------

    def import_roster(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Import roster"),
            str(self._last_dir()),
            self.tr("Excel workbook (*.xlsx);;All files (*)"),
        )
        if not path:
            return
        self._remember_dir(Path(path))
        result = ImportPreviewDialog.run(self, self.services.imports, self.branch.id, Path(path))
        if result is None:
            return
        self.events.members_changed.emit()
        messages.info(
            self,
            self.tr("Import finished"),
            self.tr("New: %1\nUpdated: %2\nUnchanged: %3\nSkipped (errors): %4")
            .replace("%1", str(result.created))
            .replace("%2", str(result.updated))
            .replace("%3", str(result.unchanged))
            .replace("%4", str(result.rejected)),
        )

    def export_roster(self, layout: str) -> None:
        suffix = self.tr("Smart League layout") if layout == "zhtj" else self.tr("all fields")
        default = self._last_dir() / (
            self.tr("%1 roster (%2).xlsx").replace("%1", self.branch.name).replace("%2", suffix)
        )
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export roster"), str(default), self.tr("Excel workbook (*.xlsx)")
        )
        if not path:
            return
        if not path.lower().endswith(".xlsx"):
            path += ".xlsx"
        self._remember_dir(Path(path))
        try:
            count = self.services.imports.export(self.branch.id, Path(path), layout)
        except BranchdeskError as exc:
            messages.error(self, self.tr("Not exported"), exc.message)
            return
        messages.info(
            self,
            self.tr("Export finished"),
            self.tr(
                "%n member(s) written to\n%1\n\nThe file contains personal data (ID numbers, "
                "phone numbers): share it only with those who need it.",
                "",
                count,
            ).replace("%1", path),
        )

    def edit_branch(self) -> None:
        saved = BranchDialog.edit(self, self.services, self.branch)
        if saved is not None:
            self.branch = saved
            self._show_branch()
            self.events.branch_changed.emit()

    def edit_rule_settings(self) -> None:
        """The branch's own rule values (rules.md §17); every page re-reads them after a change."""
        if RuleSettingsDialog.edit(self, self.services, self.branch.id):
            self.events.branch_changed.emit()
            self._show_branch()

    # ---- backups ---------------------------------------------------------------------------

    def show_backups(self) -> None:
        """Backups and restore; after a restore every page re-reads the database."""
        if RestoreDialog.run(self, self.services):
            self.reload_after_restore()

    def show_handover(self) -> None:
        """换届 export / import; after an import the window closes and the user starts again."""
        if HandoverDialog.run(self, self.services, self.paths, self.branch.id) is not None:
            self.close()

    def reload_after_restore(self) -> None:
        branch = self.services.branches.current()
        if branch is not None:
            self.branch = branch
        self.undo_stack.set_branch(self.branch.id)  # the restored file has its own history
        self._show_branch()
        self.events.branch_changed.emit()
        self.events.members_changed.emit()
        self.events.meetings_changed.emit()
        self.events.reviews_changed.emit()

    # ---- privacy ---------------------------------------------------------------------------

    def edit_passphrase(self) -> None:
        """Set, change or remove the start-up passphrase (File → Passphrase…)."""
        outcome = PassphraseDialog.manage(self, SecurityService(self.services.engine))
        texts = {
            Outcome.SET: self.tr("Passphrase set: branchdesk asks for it at the next start."),
            Outcome.CHANGED: self.tr("Passphrase changed."),
            Outcome.REMOVED: self.tr("Passphrase removed."),
        }
        if outcome in texts:
            self.statusBar().showMessage(texts[outcome], 8000)

    def _on_full_ids_toggled(self, on: bool) -> None:
        """Whole 身份证号 in the roster list while checked; masked again at every start."""
        self.member_model.set_full_ids(on)
        if on:
            self.statusBar().showMessage(
                self.tr("Full ID numbers are shown. Members → Show full ID numbers hides them."),
                8000,
            )
        else:
            self.statusBar().clearMessage()

    # ---- history (issue 7) -----------------------------------------------------------------

    def show_history(self) -> None:
        """Edit → History…: the branch's recent changes."""
        HistoryDialog.show_recent(self, self.services, self.branch.id)

    def show_member_history(self, member_id: int) -> None:
        """One member's change history (from the member editor)."""
        try:
            name = self.services.members.get(member_id).data.name
        except BranchdeskError as exc:
            messages.error(self, self.tr("Cannot open member"), exc.message)
            return
        title = self.tr("Changes of %1").replace("%1", name)
        HistoryDialog.show_for(self, self.services, "member", member_id, title)

    def _backup_on_close(self) -> None:
        """Back up when the window closes (and rotate); a failure is logged, not shown."""
        backups = self.services.backups
        if backups is None:
            return
        try:
            backups.backup("close")
            backups.rotate()
        except (BranchdeskError, OSError) as exc:
            log.warning("backup on close failed: %s", exc)

    def _last_dir(self) -> Path:
        value = QSettings().value("last_dir", "")
        path = Path(str(value)) if value else Path.home()
        return path if path.is_dir() else Path.home()

    def _remember_dir(self, path: Path) -> None:
        QSettings().setValue("last_dir", str(path.parent))

    # ---- window ----------------------------------------------------------------------------

    def _on_about(self) -> None:
        AboutDialog.show_for(self, self.paths)

    def open_settings(self) -> None:
        """File → Settings…: branch, profile, printing, privacy, backups, language."""
        outcome = SettingsDialog.run(
            self,
            self.services,
            self.paths if self.services.backups is not None else None,
            self.branch,
            self.ui.show_full_ids_action.isChecked(),
        )
        if outcome.branch_changed:
            self.branch = outcome.branch
            self._show_branch()
            self.events.branch_changed.emit()
        if outcome.saved:
            self.ui.show_full_ids_action.setChecked(outcome.full_ids)
            self.reports_page.ui.system_fonts_check.setChecked(
                self.services.reports.prefer_system_fonts
            )
            text = (
                self.tr("Settings saved. The new language applies the next time branchdesk starts.")
                if outcome.language_changed
                else self.tr("Settings saved.")
            )
            self.statusBar().showMessage(text, 8000)

    def _restore_geometry(self) -> None:
        geometry = QSettings().value("main_window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)

    def closeEvent(self, event: QCloseEvent) -> None:
        QSettings().setValue("main_window/geometry", self.saveGeometry())
        self._backup_on_close()
        super().closeEvent(event)
