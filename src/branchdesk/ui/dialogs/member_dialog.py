"""The member editor: every field of the record, checked as you type, saved explicitly."""

from __future__ import annotations

import html
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from branchdesk.domain import idcard, vocab
from branchdesk.domain.dates import DateParseError, parse_date, parse_year_month
from branchdesk.domain.members import FIELD_LABELS, Issue, MemberInput, Severity
from branchdesk.errors import BranchdeskError, ValidationError
from branchdesk.services.history import member_input, member_input_state
from branchdesk.services.members import MemberService
from branchdesk.services.schemas import MemberRead
from branchdesk.ui import drafts, messages
from branchdesk.ui.forms.ui_member_dialog import Ui_MemberDialog
from branchdesk.ui.i18n import labelled
from branchdesk.ui.text import fmt_date, fmt_month

CHECK_DELAY_MS = 250
_NONE = ""

_STYLE = """
QLineEdit[severity="error"], QComboBox[severity="error"] {
    border: 1px solid #d93025; background: #fdecea;
}
QLineEdit[severity="warning"], QComboBox[severity="warning"] {
    border: 1px solid #e8a400; background: #fff8e1;
}
"""


class MemberDialog(QDialog):
    """Create or edit one member. Use :meth:`create_member` or :meth:`edit`."""

    def __init__(
        self,
        service: MemberService,
        branch_id: int,
        member: MemberRead | None = None,
        groups: list[str] | None = None,
        parent: QWidget | None = None,
        show_activity: Callable[[int], None] | None = None,
        show_history: Callable[[int], None] | None = None,
        drafts_dir: Path | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_MemberDialog()
        self.ui.setupUi(self)
        self.setStyleSheet(_STYLE)
        self._service = service
        self._branch_id = branch_id
        self._member = member
        self._saved: MemberRead | None = None
        # Opens the member's League activity (the caller owns the services it needs).
        self._show_activity = show_activity
        self._show_history = show_history  # the member's change history, likewise
        self._check_timer = QTimer(self)
        self._check_timer.setSingleShot(True)
        self._check_timer.setInterval(CHECK_DELAY_MS)
        self._issues: list[Issue] = []
        self._fields: dict[str, QWidget] = self._field_widgets()
        self._fill_code_lists(groups or [])
        save = self.ui.button_box.button(QDialogButtonBox.StandardButton.Save)
        save.setText(self.tr("Save"))
        save.setDefault(True)
        self.ui.button_box.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        if member is None:
            self.setWindowTitle(self.tr("New member"))
        else:
            self.setWindowTitle(self.tr("Edit member: %1").replace("%1", member.name))
            self._fill_form(member.data)
            # 团籍状态 changes only through transfers and the Members menu's lifecycle actions,
            # which record the event (services/member_events.change_status).
            self.ui.status_combo.setEnabled(False)
            self.ui.status_label.setToolTip(
                self.tr(
                    "The membership status changes through Transfers or Members → Leave the "
                    "League / Discipline, which record it in the status history."
                )
            )
        self.ui.activity_button.setVisible(member is not None and show_activity is not None)
        self.ui.history_button.setVisible(member is not None and show_history is not None)
        self._draft_path = (
            drafts.draft_path(drafts_dir, "member", branch_id, member.id if member else None)
            if drafts_dir
            else None
        )
        self._connect_signals()
        self._offer_draft()
        self._run_check()

    # ---- entry points ----------------------------------------------------------------------

    @classmethod
    def create_member(
        cls,
        parent: QWidget | None,
        service: MemberService,
        branch_id: int,
        groups: list[str],
        *,
        drafts_dir: Path | None = None,
    ) -> MemberRead | None:
        dialog = cls(service, branch_id, None, groups, parent, drafts_dir=drafts_dir)
        dialog.exec()
        return dialog.saved

    @classmethod
    def edit(
        cls,
        parent: QWidget | None,
        service: MemberService,
        member_id: int,
        groups: list[str],
        *,
        show_activity: Callable[[int], None] | None = None,
        show_history: Callable[[int], None] | None = None,
        drafts_dir: Path | None = None,
    ) -> MemberRead | None:
        member = service.get(member_id)
        dialog = cls(
            service,
            member.branch_id,
            member,
            groups,
            parent,
            show_activity,
            show_history,
            drafts_dir=drafts_dir,
        )
        dialog.exec()
        return dialog.saved

    @property
    def saved(self) -> MemberRead | None:
        return self._saved

    @property
    def issues(self) -> list[Issue]:
        return list(self._issues)

    # ---- form <-> data ---------------------------------------------------------------------

    def _field_widgets(self) -> dict[str, QWidget]:
        ui = self.ui
        return {
            "name": ui.name_edit,
            "gender": ui.gender_combo,
            "ethnicity": ui.ethnicity_combo,
            "birth_date": ui.birth_date_edit,
            "id_type": ui.id_type_combo,
            "id_number": ui.id_number_edit,
            "political_status": ui.political_status_combo,
            "join_month": ui.join_month_edit,
            "dev_number": ui.dev_number_edit,
            "card_number": ui.card_number_edit,
            "fulltime_education": ui.fulltime_education_combo,
            "highest_education": ui.highest_education_combo,
            "occupation": ui.occupation_combo,
            "league_post": ui.league_post_combo,
            "post_since": ui.post_since_edit,
            "cadre_nature": ui.cadre_nature_combo,
            "group_name": ui.group_name_combo,
            "phone": ui.phone_edit,
            "household": ui.household_edit,
            "unit_at_join": ui.unit_at_join_edit,
            "note": ui.note_edit,
            "status": ui.status_combo,
        }

    def _fill_code_lists(self, groups: list[str]) -> None:
        optional = {
            "fulltime_education",
            "highest_education",
            "occupation",
            "league_post",
            "cadre_nature",
            "gender",
        }
        lists: dict[str, vocab.CodeList] = {
            "gender": vocab.GENDER,
            "ethnicity": vocab.ETHNICITY,
            "id_type": vocab.ID_TYPE,
            "political_status": vocab.POLITICAL_STATUS,
            "fulltime_education": vocab.FULLTIME_EDUCATION,
            "highest_education": vocab.HIGHEST_EDUCATION,
            "occupation": vocab.OCCUPATION,
            "league_post": vocab.LEAGUE_POST,
            "cadre_nature": vocab.CADRE_NATURE,
            "status": vocab.MEMBER_STATUS,
        }
        for key, codes in lists.items():
            combo = self._fields[key]
            assert isinstance(combo, QComboBox)
            if key in optional or key == "ethnicity":
                combo.addItem(self.tr("(not set)") if key != "ethnicity" else "", _NONE)
            for entry in codes:
                combo.addItem(entry.name, entry.code)
        ethnicity = self.ui.ethnicity_combo
        ethnicity.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        completer = QCompleter(list(vocab.ETHNICITY.names), ethnicity)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        ethnicity.setCompleter(completer)
        ethnicity.setCurrentIndex(ethnicity.findData(vocab.HAN))
        group = self.ui.group_name_combo
        group.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        group.addItem("")
        group.addItems(groups)
        group.setCurrentIndex(0)

    def _fill_form(self, member: MemberInput) -> None:
        for key, widget in self._fields.items():
            value = getattr(member, key)
            if isinstance(widget, QComboBox):
                if key == "group_name":
                    widget.setCurrentText(value or "")
                else:
                    index = widget.findData(value if value is not None else _NONE)
                    widget.setCurrentIndex(max(index, 0))
            elif isinstance(widget, QPlainTextEdit):
                widget.setPlainText(value or "")
            elif isinstance(widget, QLineEdit):
                if key == "birth_date":
                    widget.setText(fmt_date(value))
                elif key in ("join_month", "post_since"):
                    widget.setText(fmt_month(value))
                else:
                    widget.setText(value or "")

    def _read_form(self) -> tuple[MemberInput, list[Issue]]:
        """The form as a MemberInput, plus the problems found just reading it."""
        issues: list[Issue] = []
        values: dict[str, object] = {}
        for key, widget in self._fields.items():
            if isinstance(widget, QPlainTextEdit):
                values[key] = widget.toPlainText().strip() or None
            elif isinstance(widget, QComboBox):
                if key == "group_name":
                    values[key] = widget.currentText().strip() or None
                elif key == "ethnicity":
                    text = widget.currentText().strip()
                    code = vocab.ETHNICITY.lookup(text) if text else None
                    if text and code is None:
                        message = self.tr("Ethnicity “%1” is not in the code list")
                        issues.append(Issue(key, message.replace("%1", text)))
                    values[key] = code
                else:
                    data = widget.currentData()
                    values[key] = data if data not in (None, _NONE) else None
            elif isinstance(widget, QLineEdit):
                text = widget.text().strip()
                if key == "birth_date":
                    values[key] = self._parse(key, text, parse_date, issues)
                elif key in ("join_month", "post_since"):
                    values[key] = self._parse(key, text, parse_year_month, issues)
                else:
                    values[key] = text or None
        values["id_type"] = values.get("id_type") or vocab.RESIDENT_ID
        values["status"] = values.get("status") or "active"
        name = str(values.pop("name") or "")
        return MemberInput(name=name, **values), issues  # type: ignore[arg-type]

    @staticmethod
    def _parse(
        key: str, text: str, parser: Callable[[str], object], issues: list[Issue]
    ) -> object | None:
        if not text:
            return None
        try:
            return parser(text)
        except DateParseError as exc:
            issues.append(Issue(key, labelled(FIELD_LABELS[key], exc.reason)))
            return None

    # ---- behaviour -------------------------------------------------------------------------

    def _connect_signals(self) -> None:
        for widget in self._fields.values():
            if isinstance(widget, QLineEdit):
                widget.textChanged.connect(self._check_timer.start)
            elif isinstance(widget, QComboBox):
                widget.currentTextChanged.connect(self._check_timer.start)
            elif isinstance(widget, QPlainTextEdit):
                widget.textChanged.connect(self._check_timer.start)
        self._check_timer.timeout.connect(self._on_check_timer)
        self.ui.activity_button.clicked.connect(self._on_activity_clicked)
        self.ui.history_button.clicked.connect(self._on_history_clicked)
        self.ui.id_number_edit.textChanged.connect(self._on_id_changed)
        self.ui.id_number_edit.editingFinished.connect(self._on_id_finished)
        self.ui.birth_date_edit.editingFinished.connect(self._tidy_dates)
        self.ui.join_month_edit.editingFinished.connect(self._tidy_dates)
        self.ui.post_since_edit.editingFinished.connect(self._tidy_dates)
        self.ui.button_box.accepted.connect(self._on_save)
        self.ui.button_box.rejected.connect(self.reject)

    def _on_activity_clicked(self) -> None:
        if self._show_activity is not None and self._member is not None:
            self._show_activity(self._member.id)

    def _on_history_clicked(self) -> None:
        if self._show_history is not None and self._member is not None:
            self._show_history(self._member.id)

    def _on_id_changed(self) -> None:
        self._fill_from_id(tidy=False)

    def _on_id_finished(self) -> None:
        self._fill_from_id(tidy=True)

    def _fill_from_id(self, tidy: bool) -> None:
        """A valid ID fills the date of birth and the sex when they are still empty.

        With ``tidy`` the ID itself is shown normalised (full-width digits, lower-case x, 15 → 18
        digits); while typing it is left alone so the cursor does not jump.
        """
        text = self.ui.id_number_edit.text()
        if not text.strip() or self.ui.id_type_combo.currentData() != vocab.RESIDENT_ID:
            return
        if not tidy and len(idcard.normalise(text)) != 18:
            return  # 15 typed characters are usually an 18-digit ID half-way, not an old one
        try:
            card = idcard.parse(text)
        except idcard.IdCardError:
            return
        if tidy and self.ui.id_number_edit.text() != card.number:
            self.ui.id_number_edit.setText(card.number)
        if not self.ui.birth_date_edit.text().strip():
            self.ui.birth_date_edit.setText(card.birth_date.isoformat())
        if self.ui.gender_combo.currentData() in (None, _NONE):
            self.ui.gender_combo.setCurrentIndex(self.ui.gender_combo.findData(card.gender_code))

    def _tidy_dates(self) -> None:
        """Show a date that was read in its normal form (2004.3 → 2004-03)."""
        for edit, parser, fmt in (
            (self.ui.birth_date_edit, parse_date, fmt_date),
            (self.ui.join_month_edit, parse_year_month, fmt_month),
            (self.ui.post_since_edit, parse_year_month, fmt_month),
        ):
            text = edit.text().strip()
            if not text:
                continue
            try:
                value = parser(text)
            except DateParseError:
                continue
            normal = fmt(value)  # type: ignore[arg-type]
            if normal != text:
                edit.setText(normal)

    def _run_check(self) -> list[Issue]:
        self._check_timer.stop()
        member, issues = self._read_form()
        member_id = self._member.id if self._member else None
        if member.name or self._member is not None:
            _normalised, found = self._service.check(self._branch_id, member, member_id)
            issues.extend(found)
        else:
            # An empty new form: do not shout before the user has typed anything.
            issues = []
        self._show_issues(issues)
        return issues

    def _show_issues(self, issues: list[Issue]) -> None:
        self._issues = issues
        worst: dict[str, Severity] = {}
        for issue in issues:
            if worst.get(issue.field) is not Severity.ERROR:
                worst[issue.field] = issue.severity
        for key, widget in self._fields.items():
            severity = worst.get(key)
            value = severity.value if severity else ""
            if widget.property("severity") != value:
                widget.setProperty("severity", value)
                widget.style().unpolish(widget)
                widget.style().polish(widget)
            tips = [i.message for i in issues if i.field == key]
            widget.setToolTip("\n".join(tips))
        lines = []
        for issue in issues:
            colour = "#d93025" if issue.is_error else "#9a6b00"
            mark = "✖" if issue.is_error else "⚠"
            lines.append(f'<span style="color:{colour}">{mark} {html.escape(issue.message)}</span>')
        self.ui.issues_label.setText("<br>".join(lines))

    def done(self, result: int) -> None:
        self._check_timer.stop()
        if self._draft_path is not None:  # saved or deliberately cancelled: nothing to offer back
            drafts.discard(self._draft_path)
        super().done(result)

    # ---- drafts ------------------------------------------------------------------------------

    def _on_check_timer(self) -> None:
        if self.isVisible():  # a closed or never-shown editor has nothing to check or keep
            self._run_check()
            self._write_draft()

    def _write_draft(self) -> None:
        """Keep what is typed until it is saved, so a crash or power cut loses nothing."""
        if self._draft_path is None:
            return
        member, _issues = self._read_form()
        unchanged = member == self._member.data if self._member else not member.name
        if unchanged:
            drafts.discard(self._draft_path)
        else:
            drafts.save_json_draft(self._draft_path, member_input_state(member))

    def _offer_draft(self) -> None:
        if self._draft_path is None or not self._draft_path.exists():
            return
        state = drafts.load_json_draft(self._draft_path)
        try:
            draft = member_input(state) if state is not None else None
        except (TypeError, ValueError):
            draft = None
        if draft is None:
            return
        if messages.confirm(
            self,
            self.tr("Unsaved entry found"),
            self.tr(
                "The entry for “%1” was being typed and not saved, probably because branchdesk "
                "or the computer stopped. Restore it?"
            ).replace("%1", draft.name or self.tr("(no name)")),
            self.tr("Restore"),
        ):
            self._fill_form(draft)
        else:
            drafts.discard(self._draft_path)

    def _on_save(self) -> None:
        issues = self._run_check()
        errors = [i for i in issues if i.is_error]
        if errors:
            widget = self._fields.get(errors[0].field)
            if widget is not None:
                widget.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        warnings = [i for i in issues if not i.is_error]
        if warnings and not messages.confirm(
            self,
            self.tr("Save with warnings?"),
            self.tr("Please check:") + "\n" + "\n".join("• " + w.message for w in warnings),
            self.tr("Save anyway"),
        ):
            return
        member, _ = self._read_form()
        try:
            if self._member is None:
                result = self._service.create(self._branch_id, member)
            else:
                result = self._service.update(self._member.id, member)
        except ValidationError as exc:
            self._show_issues([i for i in exc.issues if isinstance(i, Issue)])
            return
        except BranchdeskError as exc:
            messages.error(self, self.tr("Not saved"), exc.message)
            return
        self._saved = result.member
        self.accept()
