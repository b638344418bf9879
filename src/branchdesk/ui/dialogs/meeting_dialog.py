"""Recording a meeting: type, time, people, attendance, agenda, content, votes, attachments.

Built for speed: everyone on the expected roster starts 出席, the previous meeting's setup can be
copied, choosing a 团小组 fills its members, and what is typed is kept as a draft until saved.
"""

from __future__ import annotations

import html
from dataclasses import dataclass
from datetime import date, time
from decimal import Decimal, InvalidOperation
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHeaderView,
    QListWidgetItem,
    QTableWidgetItem,
    QWidget,
)

from branchdesk.domain import meetings as rules
from branchdesk.domain.dates import DateParseError, parse_date
from branchdesk.domain.meetings import (
    AGENDA_TYPES,
    MEETING_KINDS,
    VOTE_KINDS,
    MeetingKind,
    Presence,
)
from branchdesk.domain.members import Issue, Severity
from branchdesk.domain.profiles import Profile
from branchdesk.errors import BranchdeskError, ValidationError
from branchdesk.services.container import Services
from branchdesk.services.meeting_schemas import (
    AgendaInput,
    AttendanceInput,
    MeetingInput,
    MeetingRead,
    NewAttachment,
    ResolutionInput,
    RosterEntry,
)
from branchdesk.ui import drafts, messages
from branchdesk.ui.forms.ui_meeting_dialog import Ui_MeetingDialog
from branchdesk.ui.models.attendance_model import AttendanceEntry, AttendanceModel

CHECK_DELAY_MS = 400
DRAFT_DELAY_MS = 1000
_NONE = -1

VOTE_COLUMNS = (
    "text",
    "kind",
    "subject",
    "expected",
    "present",
    "voters",
    "yes",
    "no",
    "abstain",
    "result",
)
_NUMBER_COLUMNS = range(3, 9)


@dataclass
class _AttachmentItem:
    attachment_id: int | None
    filename: str
    data: bytes | None = None


class MeetingDialog(QDialog):
    """Create or edit one meeting record. Use :meth:`record` or :meth:`open_meeting`."""

    def __init__(
        self,
        services: Services,
        branch_id: int,
        meeting: MeetingRead | None = None,
        drafts_dir: Path | None = None,
        today: date | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_MeetingDialog()
        self.ui.setupUi(self)
        self._services = services
        self._branch_id = branch_id
        self._meeting = meeting
        self._today = today or date.today()
        self._saved: MeetingRead | None = None
        self._roster: list[RosterEntry] = []
        self._branch_size = 0
        self._loading = False
        self._draft_path = (
            drafts.draft_path(drafts_dir, "meeting", branch_id, meeting.id if meeting else None)
            if drafts_dir
            else None
        )
        self.attendance = AttendanceModel(self)
        self._check_timer = self._timer(CHECK_DELAY_MS, self._on_check_timer)
        self._draft_timer = self._timer(DRAFT_DELAY_MS, self._write_draft)
        self._setup_widgets()
        self._connect_signals()
        self._loading = True
        if meeting is not None:
            self.setWindowTitle(self.tr("Meeting record: %1").replace("%1", meeting.data.title))
            self._fill(meeting.data, attachments=[(a.id, a.filename) for a in meeting.attachments])
        else:
            self.setWindowTitle(self.tr("Record a meeting"))
            self.ui.date_edit.setText(self._today.isoformat())
            self._refresh_people()
        self._loading = False
        self._offer_draft()
        self._update_kind_fields()
        self._run_check()

    # ---- entry points ----------------------------------------------------------------------

    @classmethod
    def record(
        cls, parent: QWidget | None, services: Services, branch_id: int, drafts_dir: Path | None
    ) -> MeetingRead | None:
        dialog = cls(services, branch_id, None, drafts_dir, parent=parent)
        dialog.exec()
        return dialog.saved

    @classmethod
    def open_meeting(
        cls, parent: QWidget | None, services: Services, meeting_id: int, drafts_dir: Path | None
    ) -> MeetingRead | None:
        meeting = services.meetings.get(meeting_id)
        dialog = cls(services, meeting.branch_id, meeting, drafts_dir, parent=parent)
        dialog.exec()
        return dialog.saved

    @property
    def saved(self) -> MeetingRead | None:
        return self._saved

    # ---- setup -----------------------------------------------------------------------------

    def _timer(self, interval: int, slot: object) -> QTimer:
        timer = QTimer(self)
        timer.setSingleShot(True)
        timer.setInterval(interval)
        timer.timeout.connect(slot)
        return timer

    def _setup_widgets(self) -> None:
        ui = self.ui
        for entry in MEETING_KINDS:
            ui.kind_combo.addItem(entry.name, entry.code)
        for entry in AGENDA_TYPES:
            ui.agenda_topic_combo.addItem(entry.name, entry.code)
        ui.group_combo.addItem(self.tr("(whole branch)"), "")
        for group in self._services.members.groups(self._branch_id):
            ui.group_combo.addItem(group, group)
        ui.attendance_table.setModel(self.attendance)
        ui.attendance_table.installEventFilter(self)
        header = ui.attendance_table.horizontalHeader()
        header.setSectionResizeMode(
            AttendanceModel.COL_NAME, QHeaderView.ResizeMode.ResizeToContents
        )
        ui.attendance_table.setColumnWidth(AttendanceModel.COL_GROUP, 140)
        ui.attendance_table.setColumnWidth(AttendanceModel.COL_PRESENCE, 120)
        ui.agenda_table.setColumnCount(2)
        ui.agenda_table.setHorizontalHeaderLabels(
            [self.tr("Agenda type"), self.tr("Agenda item text")]
        )
        ui.agenda_table.setColumnWidth(0, 160)
        ui.votes_table.setColumnCount(len(VOTE_COLUMNS))
        ui.votes_table.setHorizontalHeaderLabels(
            [
                self.tr("Resolution"),
                self.tr("Vote type"),
                self.tr("Candidate / subject"),
                self.tr("Expected"),
                self.tr("Present"),
                self.tr("Entitled"),
                self.tr("For"),
                self.tr("Against"),
                self.tr("Abstain"),
                self.tr("Result"),
            ]
        )
        for column, width in enumerate((200, 110, 110, 50, 50, 60, 50, 50, 50)):
            ui.votes_table.setColumnWidth(column, width)
        ui.votes_table.horizontalHeader().setStretchLastSection(True)
        save = ui.button_box.button(QDialogButtonBox.StandardButton.Save)
        save.setText(self.tr("Save"))
        ui.button_box.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))

    def _connect_signals(self) -> None:
        ui = self.ui
        ui.kind_combo.currentIndexChanged.connect(self._on_kind_changed)
        ui.group_combo.currentIndexChanged.connect(self._on_people_changed)
        ui.date_edit.editingFinished.connect(self._on_people_changed)
        for edit in (
            ui.title_edit,
            ui.date_edit,
            ui.start_edit,
            ui.end_edit,
            ui.place_edit,
            ui.lecturer_edit,
            ui.hours_edit,
        ):
            edit.textChanged.connect(self._on_edited)
        for combo in (ui.chair_combo, ui.recorder_combo):
            combo.currentIndexChanged.connect(self._on_edited)
        ui.online_check.toggled.connect(self._on_edited)
        ui.content_edit.textChanged.connect(self._on_edited)
        ui.decisions_edit.textChanged.connect(self._on_edited)
        ui.agenda_table.itemChanged.connect(self._on_edited)
        ui.votes_table.itemChanged.connect(self._on_vote_item_changed)
        self.attendance.dataChanged.connect(self._on_attendance_changed)
        self.attendance.rowsInserted.connect(self._on_attendance_changed)
        self.attendance.rowsRemoved.connect(self._on_attendance_changed)
        self.attendance.modelReset.connect(self._on_attendance_changed)
        ui.all_present_button.clicked.connect(self.attendance.all_present)
        ui.add_observer_button.clicked.connect(self._on_add_observer)
        ui.observer_edit.returnPressed.connect(self._on_add_observer)
        ui.remove_observer_button.clicked.connect(self._on_remove_observer)
        ui.add_agenda_button.clicked.connect(self._on_add_agenda)
        ui.remove_agenda_button.clicked.connect(self._on_remove_agenda)
        ui.add_vote_button.clicked.connect(lambda: self._add_vote_row(ResolutionInput(text="")))
        ui.remove_vote_button.clicked.connect(self._on_remove_vote)
        ui.add_attachment_button.clicked.connect(self._on_add_attachments)
        ui.save_attachment_button.clicked.connect(self._on_save_attachment)
        ui.remove_attachment_button.clicked.connect(self._on_remove_attachment)
        ui.copy_previous_button.clicked.connect(self._on_copy_previous)
        ui.button_box.accepted.connect(self._on_save)
        ui.button_box.rejected.connect(self.reject)

    # ---- keyboard in the attendance grid -----------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.ui.attendance_table and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            index = self.ui.attendance_table.currentIndex()
            if index.isValid() and index.column() != AttendanceModel.COL_REASON:
                row = index.row()
                key = event.key()
                if key == Qt.Key.Key_Space:
                    self.attendance.cycle_presence(row)
                    return True
                chosen = {
                    Qt.Key.Key_1: Presence.PRESENT,
                    Qt.Key.Key_2: Presence.LEAVE,
                    Qt.Key.Key_3: Presence.ABSENT,
                }.get(Qt.Key(key))
                if chosen is not None:
                    self.attendance.set_presence(row, chosen)
                    following = self.attendance.index(
                        min(row + 1, self.attendance.rowCount() - 1), index.column()
                    )
                    self.ui.attendance_table.setCurrentIndex(following)
                    return True
        return super().eventFilter(watched, event)

    # ---- filling the form --------------------------------------------------------------------

    def _kind(self) -> str:
        return str(self.ui.kind_combo.currentData())

    def _parse_time(self, text: str, label: str, issues: list[Issue]) -> time | None:
        """A time from the editor, or an issue naming the field (``label``)."""
        try:
            return _parse_time(text)
        except ValueError:
            message = self.tr("%1 “%2” is not a time; write it as 14:30")
            issues.append(Issue("time", message.replace("%1", label).replace("%2", text.strip())))
            return None

    def _held_on(self) -> date | None:
        try:
            return parse_date(self.ui.date_edit.text())
        except DateParseError:
            return None

    def _refresh_people(self) -> None:
        """Fill chair/recorder choices and the attendance grid from the roster on that day."""
        held_on = self._held_on() or self._today
        group = self.ui.group_combo.currentData() or None
        kind = self._kind()
        self._roster = self._services.meetings.expected_roster(
            self._branch_id, kind, held_on, group if kind == MeetingKind.XIAOZU else None
        )
        everyone = self._services.meetings.expected_roster(
            self._branch_id, MeetingKind.DAHUI, held_on
        )
        self._branch_size = len(everyone)
        for combo in (self.ui.chair_combo, self.ui.recorder_combo):
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(self.tr("(choose)"), _NONE)
            for person in everyone:
                combo.addItem(person.name, person.member_id)
            combo.setCurrentIndex(max(combo.findData(current), 0))
            combo.blockSignals(False)
        old = {e.member_id: e for e in self.attendance.entries() if not e.observer}
        observers = [e for e in self.attendance.entries() if e.observer]
        entries = []
        for person in self._roster:
            kept = old.get(person.member_id)
            entries.append(
                AttendanceEntry(
                    member_id=person.member_id,
                    name=person.name,
                    group_name=person.group_name or "",
                    presence=kept.presence if kept else Presence.PRESENT,
                    reason=kept.reason if kept else "",
                )
            )
        self.attendance.set_entries(entries + observers)

    def _fill(self, data: MeetingInput, attachments: list[tuple[int, str]]) -> None:
        ui = self.ui
        ui.kind_combo.setCurrentIndex(max(ui.kind_combo.findData(data.kind), 0))
        ui.title_edit.setText(data.title)
        ui.date_edit.setText(data.held_on.isoformat())
        ui.start_edit.setText(data.start_time.strftime("%H:%M") if data.start_time else "")
        ui.end_edit.setText(data.end_time.strftime("%H:%M") if data.end_time else "")
        ui.place_edit.setText(data.place)
        ui.online_check.setChecked(data.online)
        ui.group_combo.setCurrentIndex(max(ui.group_combo.findData(data.group_name or ""), 0))
        ui.lecturer_edit.setText(data.lecturer)
        ui.hours_edit.setText(str(data.hours) if data.hours is not None else "")
        self._refresh_people()
        ui.chair_combo.setCurrentIndex(max(ui.chair_combo.findData(data.chair_id or _NONE), 0))
        ui.recorder_combo.setCurrentIndex(
            max(ui.recorder_combo.findData(data.recorder_id or _NONE), 0)
        )
        if data.attendance:
            groups = {p.member_id: p.group_name or "" for p in self._roster}
            self.attendance.set_entries(
                [
                    AttendanceEntry(
                        member_id=line.member_id,
                        name=line.name,
                        group_name=groups.get(line.member_id or -1, ""),
                        presence=Presence(line.presence) if line.presence else None,
                        reason=line.reason or "",
                        observer=line.observer,
                    )
                    for line in data.attendance
                ]
            )
        ui.agenda_table.setRowCount(0)
        for item in data.agenda:
            self._add_agenda_row(item.topic, item.text)
        ui.content_edit.setPlainText(data.content)
        ui.decisions_edit.setPlainText(data.decisions)
        ui.votes_table.setRowCount(0)
        for resolution in data.resolutions:
            self._add_vote_row(resolution)
        ui.attachments_list.clear()
        for attachment_id, filename in attachments:
            self._add_attachment_item(_AttachmentItem(attachment_id, filename))

    def _update_kind_fields(self) -> None:
        kind = self._kind()
        self.ui.group_combo.setEnabled(kind == MeetingKind.XIAOZU)
        for widget in (self.ui.lecturer_edit, self.ui.hours_edit):
            widget.setEnabled(kind == MeetingKind.TUANKE)
        if not self.ui.title_edit.text().strip() and self._meeting is None:
            self.ui.title_edit.setPlaceholderText(MEETING_KINDS.name(kind))

    # ---- agenda, votes, attachments ----------------------------------------------------------

    def _add_agenda_row(self, topic: str, text: str) -> None:
        table = self.ui.agenda_table
        row = table.rowCount()
        table.insertRow(row)
        topic_item = QTableWidgetItem(AGENDA_TYPES.name(topic) or topic)
        topic_item.setData(Qt.ItemDataRole.UserRole, topic)
        topic_item.setFlags(topic_item.flags() & ~Qt.ItemFlag.ItemIsEditable)
        table.setItem(row, 0, topic_item)
        table.setItem(row, 1, QTableWidgetItem(text))

    def _on_add_agenda(self) -> None:
        self._add_agenda_row(str(self.ui.agenda_topic_combo.currentData()), "")
        row = self.ui.agenda_table.rowCount() - 1
        self.ui.agenda_table.setCurrentCell(row, 1)
        item = self.ui.agenda_table.item(row, 1)
        if item is not None:
            self.ui.agenda_table.editItem(item)
        self._on_edited()

    def _on_remove_agenda(self) -> None:
        row = self.ui.agenda_table.currentRow()
        if row >= 0:
            self.ui.agenda_table.removeRow(row)
            self._on_edited()

    def _add_vote_row(self, resolution: ResolutionInput) -> None:
        table = self.ui.votes_table
        table.blockSignals(True)
        row = table.rowCount()
        table.insertRow(row)
        table.setItem(row, 0, QTableWidgetItem(resolution.text))
        combo = QComboBox(table)
        for entry in VOTE_KINDS:
            combo.addItem(entry.name, entry.code)
        combo.setCurrentIndex(
            max(combo.findData(resolution.vote_kind or rules.VoteKind.GENERAL), 0)
        )
        combo.currentIndexChanged.connect(self._on_edited)
        table.setCellWidget(row, 1, combo)
        table.setItem(row, 2, QTableWidgetItem(resolution.subject))
        counts = rules.count_attendance(self._attendance_lines())
        defaults = (counts.expected, counts.present, counts.voters_present, None, None, None)
        values = (
            resolution.expected,
            resolution.present,
            resolution.voters,
            resolution.yes,
            resolution.no,
            resolution.abstain,
        )
        for column, value, default in zip(_NUMBER_COLUMNS, values, defaults, strict=True):
            shown = value if value is not None else default
            item = QTableWidgetItem("" if shown is None else str(shown))
            item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
            table.setItem(row, column, item)
        result = QTableWidgetItem("")
        result.setFlags(result.flags() & ~Qt.ItemFlag.ItemIsEditable)
        table.setItem(row, 9, result)
        table.blockSignals(False)
        self._on_edited()

    def _on_remove_vote(self) -> None:
        row = self.ui.votes_table.currentRow()
        if row >= 0:
            self.ui.votes_table.removeRow(row)
            self._on_edited()

    def _on_vote_item_changed(self, item: QTableWidgetItem) -> None:
        if item.column() != 9:
            self._on_edited()

    def _add_attachment_item(self, attachment: _AttachmentItem) -> None:
        item = QListWidgetItem(attachment.filename)
        item.setData(Qt.ItemDataRole.UserRole, attachment)
        self.ui.attachments_list.addItem(item)

    def _attachments(self) -> list[_AttachmentItem]:
        items = []
        for row in range(self.ui.attachments_list.count()):
            value = self.ui.attachments_list.item(row).data(Qt.ItemDataRole.UserRole)
            assert isinstance(value, _AttachmentItem)
            items.append(value)
        return items

    def _on_add_attachments(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(
            self,
            self.tr("Add attachments"),
            str(Path.home()),
            self.tr("Photos and scans (*.jpg *.jpeg *.png *.pdf);;All files (*)"),
        )
        for name in paths:
            path = Path(name)
            try:
                data = path.read_bytes()
            except OSError as exc:
                messages.error(self, self.tr("Cannot read the file"), f"{path}\n{exc}")
                continue
            self._add_attachment_item(_AttachmentItem(None, path.name, data))
        self._on_edited()

    def _on_save_attachment(self) -> None:
        item = self.ui.attachments_list.currentItem()
        if item is None:
            return
        attachment = item.data(Qt.ItemDataRole.UserRole)
        assert isinstance(attachment, _AttachmentItem)
        data = attachment.data
        if data is None and attachment.attachment_id is not None:
            _name, data = self._services.meetings.attachment_data(attachment.attachment_id)
        target, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save a copy"), str(Path.home() / attachment.filename)
        )
        if not target or data is None:
            return
        try:
            Path(target).write_bytes(data)
        except OSError as exc:
            messages.error(self, self.tr("Not saved"), str(exc))

    def _on_remove_attachment(self) -> None:
        row = self.ui.attachments_list.currentRow()
        if row >= 0:
            self.ui.attachments_list.takeItem(row)
            self._on_edited()

    # ---- attendance ----------------------------------------------------------------------------

    def _on_add_observer(self) -> None:
        name = self.ui.observer_edit.text().strip()
        if name:
            self.attendance.add_observer(name)
            self.ui.observer_edit.clear()

    def _on_remove_observer(self) -> None:
        index = self.ui.attendance_table.currentIndex()
        if index.isValid():
            self.attendance.remove_row(index.row())

    def _attendance_lines(self) -> list[rules.AttendanceLine]:
        return [
            rules.AttendanceLine(
                member_id=e.member_id,
                name=e.name,
                presence=e.presence,
                reason=e.reason or None,
                observer=e.observer,
            )
            for e in self.attendance.entries()
        ]

    def _on_attendance_changed(self, *_args: object) -> None:
        counts = rules.count_attendance(self._attendance_lines())
        self.ui.counts_label.setText(
            self.tr(
                "Expected %1 · present %2 · on leave %3 · absent %4 · observers %5 · attendance %6"
            )
            .replace("%1", str(counts.expected))
            .replace("%2", str(counts.present))
            .replace("%3", str(counts.leave))
            .replace("%4", str(counts.absent))
            .replace("%5", str(counts.observers))
            .replace("%6", counts.rate_text)
        )
        self._on_edited()

    # ---- reading the form and checking ---------------------------------------------------------

    def _read_form(self) -> tuple[MeetingInput | None, list[Issue]]:
        ui = self.ui
        issues: list[Issue] = []

        def error(field: str, message: str) -> None:
            issues.append(Issue(field, message))

        held_on = self._held_on()
        if held_on is None:
            error("held_on", self.tr("The meeting date is not a date; write it as 2026-03-15"))
        start = self._parse_time(ui.start_edit.text(), self.tr("Start time"), issues)
        end = self._parse_time(ui.end_edit.text(), self.tr("End time"), issues)
        hours: Decimal | None = None
        if ui.hours_edit.text().strip():
            try:
                hours = Decimal(ui.hours_edit.text().strip())
            except InvalidOperation:
                error("hours", self.tr("Study hours must be a number, e.g. 1.5"))
        agenda = []
        for row in range(ui.agenda_table.rowCount()):
            topic_item = ui.agenda_table.item(row, 0)
            text_item = ui.agenda_table.item(row, 1)
            agenda.append(
                AgendaInput(
                    topic=str(topic_item.data(Qt.ItemDataRole.UserRole)) if topic_item else "other",
                    text=text_item.text().strip() if text_item else "",
                )
            )
        resolutions = []
        for row in range(ui.votes_table.rowCount()):
            resolutions.append(self._read_vote_row(row, issues))
        attendance = tuple(
            AttendanceInput(
                member_id=e.member_id,
                name=e.name,
                presence=e.presence.value if e.presence else None,
                reason=e.reason or None,
                observer=e.observer,
            )
            for e in self.attendance.entries()
        )
        attachments = self._attachments()
        if held_on is None:
            return None, issues
        chair = ui.chair_combo.currentData()
        recorder = ui.recorder_combo.currentData()
        group = ui.group_combo.currentData() or None
        kind = self._kind()
        meeting = MeetingInput(
            kind=kind,
            title=ui.title_edit.text().strip() or MEETING_KINDS.name(kind),
            held_on=held_on,
            start_time=start,
            end_time=end,
            place=ui.place_edit.text().strip(),
            online=ui.online_check.isChecked(),
            chair_id=chair if chair not in (None, _NONE) else None,
            recorder_id=recorder if recorder not in (None, _NONE) else None,
            lecturer=ui.lecturer_edit.text().strip() if kind == MeetingKind.TUANKE else "",
            hours=hours if kind == MeetingKind.TUANKE else None,
            group_name=group if kind == MeetingKind.XIAOZU else None,
            agenda=tuple(agenda),
            content=ui.content_edit.toPlainText().strip(),
            decisions=ui.decisions_edit.toPlainText().strip(),
            attendance=attendance,
            resolutions=tuple(resolutions),
            new_attachments=tuple(
                NewAttachment(a.filename, a.data)
                for a in attachments
                if a.data is not None and a.attachment_id is None
            ),
            keep_attachment_ids=tuple(
                a.attachment_id for a in attachments if a.attachment_id is not None
            ),
        )
        return meeting, issues

    def _read_vote_row(self, row: int, issues: list[Issue]) -> ResolutionInput:
        table = self.ui.votes_table
        combo = table.cellWidget(row, 1)
        kind = combo.currentData() if isinstance(combo, QComboBox) else None
        numbers: list[int | None] = []
        for column in _NUMBER_COLUMNS:
            item = table.item(row, column)
            text = item.text().strip() if item else ""
            if not text:
                numbers.append(None)
            elif text.isdigit():
                numbers.append(int(text))
            else:
                message = self.tr("Vote %1: “%2” is not a number of people")
                issues.append(
                    Issue("resolutions", message.replace("%1", str(row + 1)).replace("%2", text))
                )
                numbers.append(None)
        text_item = table.item(row, 0)
        subject_item = table.item(row, 2)
        expected, present, voters, yes, no, abstain = numbers
        return ResolutionInput(
            text=text_item.text().strip() if text_item else "",
            vote_kind=str(kind) if kind and yes is not None else None,
            subject=subject_item.text().strip() if subject_item else "",
            expected=expected,
            present=present,
            voters=voters,
            yes=yes,
            no=no,
            abstain=abstain,
        )

    def _on_edited(self, *_args: object) -> None:
        if self._loading:
            return
        self._check_timer.start()
        self._draft_timer.start()

    def _on_kind_changed(self) -> None:
        self._update_kind_fields()
        self._on_people_changed()

    def _on_people_changed(self) -> None:
        if self._loading:
            return
        self._refresh_people()
        self._on_edited()

    def _on_check_timer(self) -> None:
        if self.isVisible():
            self._run_check()

    def _run_check(self) -> list[Issue]:
        self._check_timer.stop()
        meeting, issues = self._read_form()
        if meeting is not None:
            issues = issues + self._services.meetings.check(
                self._branch_id, meeting, self._meeting.id if self._meeting else None
            )
            self._show_vote_results(meeting)
        self._show_issues(issues)
        return issues

    def _show_vote_results(self, meeting: MeetingInput) -> None:
        profile = self._services.profiles.for_branch(self._branch_id)
        table = self.ui.votes_table
        lines = []
        table.blockSignals(True)
        for row, resolution in enumerate(meeting.resolutions):
            check = _vote_check(resolution, profile, self._branch_size)
            item = table.item(row, 9)
            if check is None:
                text = self.tr("no vote")
            elif check.passed:
                text = self.tr("passed")
            elif check.quorum_met:
                text = self.tr("not passed")
            else:
                text = self.tr("no quorum")
            if item is not None:
                item.setText(text)
            if check is not None:
                colour = "#1e7b34" if check.passed else "#b3261e"
                lines.append(
                    f'<span style="color:{colour}">{row + 1}. '
                    f"{html.escape(check.explanation)}</span>"
                )
        table.blockSignals(False)
        self.ui.vote_checks_label.setText("<br>".join(lines))

    def _show_issues(self, issues: list[Issue]) -> None:
        lines = []
        for issue in issues:
            colour = "#d93025" if issue.severity is Severity.ERROR else "#9a6b00"
            mark = "✖" if issue.severity is Severity.ERROR else "⚠"
            lines.append(f'<span style="color:{colour}">{mark} {html.escape(issue.message)}</span>')
        self.ui.issues_label.setText("<br>".join(lines))

    # ---- drafts ----------------------------------------------------------------------------------

    def _write_draft(self) -> None:
        if self._draft_path is None:
            return
        meeting, _issues = self._read_form()
        if meeting is not None:
            drafts.save_meeting_draft(self._draft_path, meeting)

    def _offer_draft(self) -> None:
        if self._draft_path is None or not self._draft_path.exists():
            return
        draft = drafts.load_meeting_draft(self._draft_path)
        if draft is None:
            return
        if messages.confirm(
            self,
            self.tr("Unsaved record found"),
            self.tr(
                "A record of “%1” (%2) was being typed and not saved, probably because branchdesk "
                "or the computer stopped. Restore it?"
            )
            .replace("%1", draft.title)
            .replace("%2", draft.held_on.isoformat()),
            self.tr("Restore"),
        ):
            self._loading = True
            existing = (
                [(a.id, a.filename) for a in self._meeting.attachments] if self._meeting else []
            )
            keep = set(draft.keep_attachment_ids or [a for a, _ in existing])
            self._fill(draft, [(a, name) for a, name in existing if a in keep])
            self._loading = False
        else:
            drafts.discard(self._draft_path)

    def _discard_draft(self) -> None:
        self._draft_timer.stop()
        if self._draft_path is not None:
            drafts.discard(self._draft_path)

    # ---- buttons -------------------------------------------------------------------------

    def _on_copy_previous(self) -> None:
        previous = self._services.meetings.previous_setup(self._branch_id, self._kind())
        if previous is None:
            messages.info(
                self,
                self.tr("Nothing to copy"),
                self.tr("No earlier meeting of this type has been recorded."),
            )
            return
        self._loading = True
        self._fill(previous, attachments=[])
        self.ui.date_edit.setText(self._today.isoformat())
        self._refresh_people()
        self.attendance.all_present()
        self._loading = False
        self._on_edited()

    def _on_save(self) -> None:
        issues = self._run_check()
        if any(issue.severity is Severity.ERROR for issue in issues):
            return
        meeting, _ = self._read_form()
        assert meeting is not None
        warnings = [issue for issue in issues if issue.severity is Severity.WARNING]
        if warnings and not messages.confirm(
            self,
            self.tr("Save with warnings?"),
            self.tr("The record will keep what actually happened. Please check:")
            + "\n"
            + "\n".join("• " + w.message for w in warnings),
            self.tr("Save anyway"),
        ):
            return
        try:
            if self._meeting is None:
                self._saved = self._services.meetings.create(self._branch_id, meeting)
            else:
                self._saved = self._services.meetings.update(self._meeting.id, meeting)
        except ValidationError as exc:
            self._show_issues(
                [i for i in exc.issues if isinstance(i, Issue)] or [Issue("", exc.message)]
            )
            return
        except BranchdeskError as exc:
            messages.error(self, self.tr("Not saved"), exc.message)
            return
        self._discard_draft()
        self.accept()

    def done(self, result: int) -> None:
        self._check_timer.stop()
        self._draft_timer.stop()
        super().done(result)

    def reject(self) -> None:
        unsaved = self.isVisible() and self._meeting is None and self._has_content()
        if unsaved and not messages.confirm(
            self,
            self.tr("Discard this record?"),
            self.tr("What you typed has not been saved. Discard it?"),
            self.tr("Discard"),
        ):
            return
        self._discard_draft()
        super().reject()

    def _has_content(self) -> bool:
        ui = self.ui
        return bool(
            ui.title_edit.text().strip()
            or ui.content_edit.toPlainText().strip()
            or ui.agenda_table.rowCount()
            or ui.votes_table.rowCount()
        )


def _parse_time(text: str) -> time | None:
    """``14:30``, ``14：30`` or ``14``; raises ValueError for anything else."""
    text = text.strip().replace("：", ":")
    if not text:
        return None
    return time.fromisoformat(text if len(text) > 2 else f"{int(text):02d}:00")


def _vote_check(
    resolution: ResolutionInput, profile: Profile, total_members: int
) -> rules.VoteCheck | None:
    if resolution.vote_kind is None or resolution.yes is None:
        return None
    numbers = (resolution.expected, resolution.present, resolution.voters)
    if any(n is None for n in numbers):
        return None
    record = rules.VoteRecord(
        kind=rules.VoteKind(resolution.vote_kind),
        subject=resolution.subject,
        expected=resolution.expected or 0,
        present=resolution.present or 0,
        voters=resolution.voters or 0,
        yes=resolution.yes or 0,
        no=resolution.no or 0,
        abstain=resolution.abstain or 0,
        total_members=total_members,
    )
    return rules.check_vote(record, profile)
