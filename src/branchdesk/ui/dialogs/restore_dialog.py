"""Backups and restore: the list of backups, what the selected one holds against the current
data, "Back up now" and "Restore…" (the current state is backed up first)."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QTableWidgetItem,
    QWidget,
)

from branchdesk.errors import BranchdeskError
from branchdesk.services.backups import COUNTED, MANUAL, BackupInfo, BackupService
from branchdesk.services.container import Services
from branchdesk.ui import messages
from branchdesk.ui.forms.ui_restore_dialog import Ui_RestoreDialog

COUNT_KEYS = tuple(key for key, _table, _where in COUNTED)


class RestoreDialog(QDialog):
    """Lists the backups; restoring one replaces the live database through the backup API."""

    def __init__(self, backups: BackupService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_RestoreDialog()
        self.ui.setupUi(self)
        self._backups = backups
        self.backups: list[BackupInfo] = []
        self.restored = False
        self._current: Mapping[str, int] = {}
        close = self.ui.button_box.button(QDialogButtonBox.StandardButton.Close)
        close.setText(self.tr("Close"))
        self._connect_signals()
        self._setup_tables()
        self.reload()

    @classmethod
    def run(cls, parent: QWidget | None, services: Services) -> bool:
        """Show the dialog; True when a backup was restored (the caller reloads everything)."""
        if services.backups is None:
            return False
        dialog = cls(services.backups, parent)
        dialog.exec()
        return dialog.restored

    # ---- setup -----------------------------------------------------------------------------

    def _connect_signals(self) -> None:
        self.ui.button_box.rejected.connect(self.reject)
        self.ui.backup_now_button.clicked.connect(self.back_up_now)
        self.ui.restore_button.clicked.connect(self.restore_selected)
        self.ui.backups_table.itemSelectionChanged.connect(self._on_selection_changed)
        self.ui.backups_table.itemDoubleClicked.connect(lambda _item: self.restore_selected())

    def _setup_tables(self) -> None:
        table = self.ui.backups_table
        table.verticalHeader().hide()
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)  # the occasion
        header.setMinimumSectionSize(64)
        preview = self.ui.preview_table
        preview.verticalHeader().hide()
        preview.setRowCount(len(COUNT_KEYS))
        for row, key in enumerate(COUNT_KEYS):
            preview.setItem(row, 0, QTableWidgetItem(self._count_label(key)))
        preview.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)

    # ---- public ----------------------------------------------------------------------------

    def reload(self, select: BackupInfo | None = None) -> None:
        """Re-read the backups and the current counts; select ``select`` or the newest."""
        try:
            self.backups = self._backups.list()
            self._current = self._backups.current_counts()
        except BranchdeskError as exc:
            messages.error(self, self.tr("Backups not loaded"), exc.message)
            self.backups = []
        self.ui.folder_label.setText(
            self.tr("Backup folder: %1").replace("%1", str(self._backups.folder()))
        )
        table = self.ui.backups_table
        table.setRowCount(len(self.backups))
        for row, info in enumerate(self.backups):
            values = [
                info.created.strftime("%Y-%m-%d %H:%M"),
                self.reason_label(info.reason),
                self.tr("%1 KB").replace("%1", f"{max(info.size // 1024, 1):,}"),
            ]
            values += [self._count_text(info.counts, key) for key in COUNT_KEYS]
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                if column >= 2:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                item.setToolTip(str(info.path))
                table.setItem(row, column, item)
        index = 0
        if select is not None:
            index = next((i for i, info in enumerate(self.backups) if info.path == select.path), 0)
        if self.backups:
            table.selectRow(index)
        self._on_selection_changed()

    def selected(self) -> BackupInfo | None:
        rows = self.ui.backups_table.selectionModel().selectedRows()
        if not rows:
            return None
        return self.backups[rows[0].row()]

    def select_row(self, row: int) -> None:
        self.ui.backups_table.selectRow(row)

    def back_up_now(self) -> None:
        try:
            info = self._backups.backup(MANUAL)
        except BranchdeskError as exc:
            messages.error(self, self.tr("Not backed up"), exc.message)
            return
        self.reload(select=info)
        self.ui.status_label.setText(self.tr("Backed up to %1").replace("%1", str(info.path)))

    def restore_selected(self) -> None:
        info = self.selected()
        if info is None:
            return
        question = (
            self.tr(
                "Restore the backup of %1 (%2)?\n\nThe current data is replaced by the backup. "
                "Before that, the current state is backed up, so this step can be undone by "
                "restoring that backup."
            )
            .replace("%1", info.created.strftime("%Y-%m-%d %H:%M"))
            .replace("%2", self.reason_label(info.reason))
        )
        if not messages.confirm(self, self.tr("Restore backup"), question, self.tr("Restore")):
            return
        try:
            before = self._backups.restore(info)
        except BranchdeskError as exc:
            messages.error(self, self.tr("Not restored"), exc.message)
            self.reload(select=info)
            return
        self.restored = True
        messages.info(
            self,
            self.tr("Backup restored"),
            self.tr(
                "The backup has been restored. The data as it was before is saved in\n%1"
            ).replace("%1", str(before.path)),
        )
        self.accept()

    def reason_label(self, reason: str) -> str:
        labels = {
            "close": self.tr("On close"),
            "daily": self.tr("Daily"),
            "migration": self.tr("Before upgrade"),
            "restore": self.tr("Before restore"),
            "manual": self.tr("Manual"),
        }
        return labels.get(reason, reason)

    # ---- private ---------------------------------------------------------------------------

    def _on_selection_changed(self) -> None:
        info = self.selected()
        self.ui.restore_button.setEnabled(info is not None)
        preview = self.ui.preview_table
        for row, key in enumerate(COUNT_KEYS):
            now = self._current.get(key, 0)
            then = self._count_text(info.counts, key) if info is not None else ""
            change = ""
            if info is not None and key in info.counts:
                diff = info.counts[key] - now
                change = f"{diff:+d}" if diff else "0"
            for column, value in ((1, then), (2, str(now)), (3, change)):
                item = QTableWidgetItem(value)
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                preview.setItem(row, column, item)

    def _count_text(self, counts: Mapping[str, int], key: str) -> str:
        return str(counts[key]) if key in counts else self.tr("unreadable")

    def _count_label(self, key: str) -> str:
        labels = {
            "members": self.tr("Members"),
            "meetings": self.tr("Meetings"),
            "evaluations": self.tr("Evaluations"),
            "registrations": self.tr("Registrations"),
        }
        return labels[key]
