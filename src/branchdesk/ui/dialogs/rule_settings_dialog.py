"""The branch's rule settings (rules.md §17): every number of its profile, where it comes from, and
the branch's own values, each changed with a reason and kept in a change history."""

from __future__ import annotations

import html
import re

from PySide6.QtCore import QCoreApplication, QEvent, QModelIndex, QObject, Qt
from PySide6.QtGui import QBrush, QColor, QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QTableWidgetItem,
    QTreeWidgetItem,
    QWidget,
)

from branchdesk.domain.names import initials
from branchdesk.domain.text import fold
from branchdesk.errors import BranchdeskError, ValidationError
from branchdesk.services.container import Services
from branchdesk.services.profiles import OverrideLogRow, SettingRow
from branchdesk.ui import messages
from branchdesk.ui.forms.ui_rule_settings_dialog import Ui_RuleSettingsDialog
from branchdesk.ui.i18n import join_clauses

KEY_ROLE = Qt.ItemDataRole.UserRole
_UNCONFIRMED_BRUSH = QBrush(QColor("#fff4d6"))
_GROUP_BRUSH = QBrush(QColor("#eef1f5"))
_URL = re.compile(r"https?://[A-Za-z0-9._~:/?#\[\]@!$&'()*+,;=%-]+")

COL_NAME, COL_VALUE, COL_DEFAULT, COL_UNIT, COL_TAG = range(5)


class RuleSettingsDialog(QDialog):
    """A searchable list of the settings; change or restore one at a time, with a reason."""

    def __init__(self, services: Services, branch_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_RuleSettingsDialog()
        self.ui.setupUi(self)
        self._services = services
        self._branch_id = branch_id
        self._rows: dict[str, SettingRow] = {}
        self._haystacks: dict[str, str] = {}
        self._changed = False
        self._resetting = False
        self._editing: str | None = None  # the key whose editor is open
        self.ui.button_box.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        self.ui.button_box.button(QDialogButtonBox.StandardButton.Close).setAutoDefault(False)
        self.ui.error_label.setStyleSheet("color: #d93025")
        self.ui.hint_label.setStyleSheet("color: #5f6368")
        self.ui.editor_group.hide()
        tree = self.ui.settings_tree
        header = tree.header()
        for column, width in (
            (COL_NAME, 250),
            (COL_VALUE, 200),
            (COL_DEFAULT, 200),
            (COL_UNIT, 60),
        ):
            tree.setColumnWidth(column, width)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.ui.splitter.setStretchFactor(0, 3)
        self.ui.splitter.setStretchFactor(1, 1)
        self.ui.splitter.setSizes([860, 360])
        log_table = self.ui.log_table
        for column, width in ((0, 140), (1, 240), (2, 190), (3, 190)):
            log_table.setColumnWidth(column, width)
        tree.installEventFilter(self)
        self._connect()
        self._load()
        self._show_selected()

    @classmethod
    def edit(cls, parent: QWidget | None, services: Services, branch_id: int) -> bool:
        """Show the branch's rule settings; True when anything was changed."""
        try:
            dialog = cls(services, branch_id, parent)
        except BranchdeskError as exc:
            messages.error(
                parent,
                QCoreApplication.translate("RuleSettingsDialog", "Cannot open the rule settings"),
                exc.message,
            )
            return False
        dialog.exec()
        return dialog.changed

    @property
    def changed(self) -> bool:
        return self._changed

    # ---- setup -----------------------------------------------------------------------------

    def _connect(self) -> None:
        ui = self.ui
        ui.filter_edit.textChanged.connect(self._apply_filter)
        ui.changed_only_check.toggled.connect(self._apply_filter)
        ui.settings_tree.currentItemChanged.connect(lambda *_: self._show_selected())
        ui.settings_tree.itemDoubleClicked.connect(lambda _item, _column: self.start_edit())
        ui.edit_button.clicked.connect(self.start_edit)
        ui.reset_button.clicked.connect(self.start_reset)
        ui.apply_button.clicked.connect(self._on_apply)
        ui.cancel_edit_button.clicked.connect(self._close_editor)
        ui.button_box.rejected.connect(self._on_close)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Enter on a setting opens its editor (and must not reach the dialog's default button).
        if watched is self.ui.settings_tree and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.start_edit()
                return True
        return super().eventFilter(watched, event)

    # ---- loading ---------------------------------------------------------------------------

    def _load(self) -> None:
        """Read the settings and the history from the service and fill both tabs."""
        services = self._services
        profile = services.profiles.for_branch(self._branch_id)
        rows = services.profiles.settings_for(self._branch_id)
        history = services.profiles.override_log(self._branch_id)
        changed = sum(row.overridden for row in rows)
        self.ui.profile_label.setText(
            self.tr(
                "Rule profile: <b>%1</b>. Values in <b>bold</b> are this branch's own (%2); "
                "every change is kept with its date and reason."
            )
            .replace("%1", html.escape(profile.display_name))
            .replace("%2", str(changed))
        )
        self._rows = {row.key: row for row in rows}
        self._haystacks = {row.key: _haystack(row) for row in rows}
        self._fill_tree(rows)
        self._fill_log(history)
        self._apply_filter()

    def _fill_tree(self, rows: list[SettingRow]) -> None:
        tree = self.ui.settings_tree
        tree.clear()
        group_item: QTreeWidgetItem | None = None
        for row in rows:
            if group_item is None or group_item.text(COL_NAME) != row.group:
                group_item = QTreeWidgetItem(tree, [row.group])
                group_item.setFlags(Qt.ItemFlag.ItemIsEnabled)
                font = group_item.font(COL_NAME)
                font.setBold(True)
                group_item.setFont(COL_NAME, font)
                for column in range(tree.columnCount()):
                    group_item.setBackground(column, _GROUP_BRUSH)
                group_item.setFirstColumnSpanned(True)
            item = QTreeWidgetItem(
                group_item, [row.label, row.value_text, row.default_text, row.unit, row.tag]
            )
            item.setData(COL_NAME, KEY_ROLE, row.key)
            self._style(item, row)
        tree.expandAll()

    def _style(self, item: QTreeWidgetItem, row: SettingRow) -> None:
        tips: list[str] = [row.label]  # the name column may be elided
        if row.overridden:
            for column in (COL_NAME, COL_VALUE):
                font = item.font(column)
                font.setBold(True)
                item.setFont(column, font)
            when = row.changed_at.strftime("%Y-%m-%d") if row.changed_at else ""
            tips.append(
                self.tr("Changed by this branch on %1. Reason: %2")
                .replace("%1", when)
                .replace("%2", row.reason)
            )
        if row.unconfirmed:
            for column in range(self.ui.settings_tree.columnCount()):
                item.setBackground(column, _UNCONFIRMED_BRUSH)
            tips.append(self._unconfirmed_hint())
        tips.append(self._tag_meaning(row.tag))
        shown = {COL_VALUE: row.value_text, COL_DEFAULT: row.default_text}  # may be elided
        for column in range(self.ui.settings_tree.columnCount()):
            lines = [shown.get(column, ""), *tips]
            item.setToolTip(column, "\n".join(line for line in lines if line))

    def _fill_log(self, history: list[OverrideLogRow]) -> None:
        table = self.ui.log_table
        table.setRowCount(len(history))
        profile_value = self.tr("(profile value)")
        for number, entry in enumerate(history):
            cells = (
                entry.changed_at.strftime("%Y-%m-%d %H:%M"),
                entry.label,
                entry.old_text if entry.old_text is not None else profile_value,
                entry.new_text if entry.new_text is not None else profile_value,
                entry.reason,
            )
            for column, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                cell.setToolTip(text)
                table.setItem(number, column, cell)
        title = self.tr("Change history (%1)").replace("%1", str(len(history)))
        self.ui.tabs.setTabText(self.ui.tabs.indexOf(self.ui.log_tab), title)

    # ---- filter and selection --------------------------------------------------------------

    def _apply_filter(self) -> None:
        words = fold(self.ui.filter_edit.text()).lower().split()
        changed_only = self.ui.changed_only_check.isChecked()
        tree = self.ui.settings_tree
        for group_item in _children(tree.invisibleRootItem()):
            group_text = group_item.text(COL_NAME).lower()
            visible = 0
            for item in _children(group_item):
                key = item.data(COL_NAME, KEY_ROLE)
                haystack = self._haystacks[key] + " " + group_text
                shown = all(word in haystack for word in words) and (
                    not changed_only or self._rows[key].overridden
                )
                item.setHidden(not shown)
                visible += shown
            group_item.setHidden(visible == 0)
        current = tree.currentItem()
        if current is not None and current.isHidden():
            tree.setCurrentIndex(QModelIndex())

    def select_key(self, key: str) -> bool:
        """Make the setting ``key`` current (if it is shown); True when found."""
        item = self._item(key)
        if item is None or item.isHidden():
            return False
        self.ui.settings_tree.setCurrentItem(item)
        self.ui.settings_tree.scrollToItem(item)
        return True

    def current_row(self) -> SettingRow | None:
        item = self.ui.settings_tree.currentItem()
        key = item.data(COL_NAME, KEY_ROLE) if item is not None else None
        return self._rows.get(key) if key else None

    def _item(self, key: str) -> QTreeWidgetItem | None:
        for group_item in _children(self.ui.settings_tree.invisibleRootItem()):
            for item in _children(group_item):
                if item.data(COL_NAME, KEY_ROLE) == key:
                    return item
        return None

    def _show_selected(self) -> None:
        row = self.current_row()
        if self.ui.editor_group.isVisible() and (row is None or row.key != self._editing):
            self._close_editor()
        self.ui.edit_button.setEnabled(row is not None and row.editable)
        self.ui.reset_button.setEnabled(row is not None and row.overridden)
        if row is None:
            self.ui.detail_text.clear()
            return
        self.ui.detail_text.setHtml(self._detail_html(row))

    def _detail_html(self, row: SettingRow) -> str:
        def para(title: str, text: str) -> str:
            return f"<p><b>{html.escape(title)}</b>&emsp;{text}</p>"

        def linked(text: str) -> str:
            return _URL.sub(lambda m: f'<a href="{m[0]}">{m[0]}</a>', html.escape(text))

        unit = f" {html.escape(row.unit)}" if row.unit and row.is_set else ""
        parts = [
            f"<h3>{html.escape(row.label)}</h3>",
            f'<p style="color:#5f6368">{html.escape(row.key)} · {html.escape(row.group)}</p>',
        ]
        if row.unconfirmed:
            parts.append(
                '<table width="100%" cellpadding="6" style="background-color:#fff4d6">'
                f"<tr><td><b>{html.escape(self._unconfirmed_hint())}</b></td></tr></table>"
            )
        value = (
            f"<b>{html.escape(row.value_text)}</b>"
            if row.overridden
            else html.escape(row.value_text)
        )
        parts.append(para(self.tr("Current value"), value + unit))
        default_unit = f" {html.escape(row.unit)}" if row.unit and row.default_is_set else ""
        parts.append(
            para(self.tr("Default / profile value"), html.escape(row.default_text) + default_unit)
        )
        if row.overridden:
            when = row.changed_at.strftime("%Y-%m-%d %H:%M") if row.changed_at else ""
            parts.append(
                para(
                    self.tr("Changed by this branch"),
                    html.escape(
                        self.tr("%1, reason: %2").replace("%1", when).replace("%2", row.reason)
                    ),
                )
            )
        parts.append(
            para(
                self.tr("Basis"),
                html.escape(row.tag) + "&emsp;" + html.escape(self._tag_meaning(row.tag)),
            )
        )
        parts.append(para(self.tr("Source"), linked(row.source)))
        if row.note:
            parts.append(para(self.tr("Note"), linked(row.note)))
        if not row.editable:
            parts.append(
                f'<p style="color:#5f6368"><i>{html.escape(self._not_editable_text())}</i></p>'
            )
        return "".join(parts)

    # ---- editing ---------------------------------------------------------------------------

    def start_edit(self) -> None:
        """Open the editor on the current setting (double-click, Enter or "Change…")."""
        row = self.current_row()
        if row is None:
            return
        if not row.editable:
            self.ui.status_label.setText(self._not_editable_text())
            return
        self._open_editor(row, resetting=False)

    def start_reset(self) -> None:
        """Ask for the reason to go back to the profile's value."""
        row = self.current_row()
        if row is None or not row.overridden:
            return
        self._open_editor(row, resetting=True)

    def _open_editor(self, row: SettingRow, resetting: bool) -> None:
        ui = self.ui
        self._editing = row.key
        self._resetting = resetting
        choices = bool(row.choices) and not resetting
        ui.choice_combo.setVisible(choices)
        ui.value_edit.setVisible(not choices)
        ui.value_edit.setReadOnly(resetting)
        ui.unit_label.setText(row.unit)
        ui.error_label.clear()
        ui.reason_edit.clear()
        if resetting:
            ui.editor_group.setTitle(self.tr("Restore the profile value"))
            ui.value_label.setText(self.tr("Profile value"))
            ui.value_edit.setText(row.default_text)
            ui.hint_label.setText(
                self.tr("The branch's own value %1 is replaced by the profile's.").replace(
                    "%1", row.value_text
                )
            )
            ui.apply_button.setText(self.tr("Restore default"))
        else:
            ui.editor_group.setTitle(self.tr("Change: %1").replace("%1", row.label))
            ui.value_label.setText(self.tr("New value"))
            ui.value_edit.setText(row.edit_text)
            if choices:
                ui.choice_combo.clear()
                ui.choice_combo.addItems(list(row.choices))
                ui.choice_combo.setCurrentIndex(max(ui.choice_combo.findText(row.edit_text), 0))
            ui.hint_label.setText(self._hint(row))
            ui.apply_button.setText(self.tr("Save change"))
        ui.editor_group.show()
        ui.apply_button.setDefault(True)
        if resetting:
            ui.reason_edit.setFocus()
        elif choices:
            ui.choice_combo.setFocus()
        else:
            ui.value_edit.setFocus()
            ui.value_edit.selectAll()

    def _close_editor(self) -> None:
        self._editing = None
        self.ui.apply_button.setDefault(False)
        self.ui.editor_group.hide()
        self.ui.settings_tree.setFocus()

    def _on_apply(self) -> None:
        key = self._editing
        row = self._rows.get(key) if key else None
        if row is None:
            return
        ui = self.ui
        reason = ui.reason_edit.text()
        if not reason.strip() and ui.value_edit.hasFocus():
            ui.reason_edit.setFocus()  # Enter after the value: on to the reason, no error yet
            return
        profiles = self._services.profiles
        value = (
            ui.choice_combo.currentText() if ui.choice_combo.isVisible() else ui.value_edit.text()
        )
        try:
            if self._resetting:
                profiles.reset_override(self._branch_id, row.key, reason)
            else:
                profiles.set_override(self._branch_id, row.key, value, reason)
        except ValidationError as exc:
            ui.error_label.setText(exc.message)
            (ui.reason_edit if not reason.strip() else ui.value_edit).setFocus()
            return
        except BranchdeskError as exc:
            messages.error(self, self.tr("Not saved"), exc.message)
            return
        self._changed = True
        resetting = self._resetting
        self._close_editor()
        self._load()
        self.select_key(row.key)
        new = self._rows[row.key]
        if resetting:
            message = self.tr("%1 is back to the profile value %2.")
        else:
            message = self.tr("%1 changed to %2.")
        self.ui.status_label.setText(
            message.replace("%1", new.label).replace("%2", _with_unit(new))
        )

    def reject(self) -> None:
        # Escape closes an open editor first, the dialog only after that.
        if self.ui.editor_group.isVisible():
            self._close_editor()
            return
        super().reject()

    def _on_close(self) -> None:
        super().reject()

    # ---- texts -----------------------------------------------------------------------------

    def _hint(self, row: SettingRow) -> str:
        hints = {
            "int": self.tr("A whole number, e.g. 3."),
            "number": self.tr("A number, e.g. 1.5."),
            "ratio": self.tr("A percentage, e.g. 30% or 0.3."),
            "decimal": self.tr("An amount, e.g. 0.20."),
            "bool": self.tr("Yes or no: type yes or no."),
            "threshold": self.tr(
                "A fraction such as 1/2 or 2/3; who is counted stays as in the profile (%1)."
            ).replace("%1", row.default_text),
            "ranges": self.tr("Bands from low to high, e.g. 14-17, 18-22."),
            "text": self.tr("Choose one of the values; the note explains them."),
        }
        hint = hints.get(row.kind, "")
        if row.optional:
            hint += " " + self.tr("Leave it empty to switch the setting off.")
        return hint

    def _unconfirmed_hint(self) -> str:
        return self.tr("Unconfirmed value [U]: please check with your higher League committee.")

    def _not_editable_text(self) -> str:
        return self.tr("This kind of setting cannot be changed here yet.")

    def _tag_meaning(self, tag: str) -> str:
        meanings = {
            "[N]": self.tr(
                "national: League constitution, Central Committee document or national standard"
            ),
            "[N?]": self.tr("reported as national, seen only as quoted by a school or handbook"),
            "[L]": self.tr("local practice (a province, city or school)"),
            "[L-JL21]": self.tr("Jilin League work plan 2021"),
            "[P]": self.tr("partly from a source, the rest inferred"),
            "[U]": self.tr("unconfirmed or conflicting"),
            "[设计]": self.tr("software default"),
        }
        return join_clauses(meanings[part] for part in tag.split("/") if part in meanings)


def _children(parent: QTreeWidgetItem) -> list[QTreeWidgetItem]:
    return [child for i in range(parent.childCount()) if (child := parent.child(i)) is not None]


def _haystack(row: SettingRow) -> str:
    """What the search looks in: texts, key, and the pinyin initials of the name."""
    parts = (
        row.label,
        initials(row.label),
        row.key,
        row.value_text,
        row.default_text,
        row.unit,
        row.tag,
        row.source,
        row.note,
        row.reason,
    )
    return fold(" ".join(parts)).lower()


def _with_unit(row: SettingRow) -> str:
    if row.unit and row.is_set:
        return f"{row.value_text} {row.unit}"
    return row.value_text
