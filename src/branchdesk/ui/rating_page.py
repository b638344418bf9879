"""对标定级: the year's sheet with the ledger's scores and evidence, 自评 and signatures, the
团委's 复核, the final star; 青年大学习 issues and volunteer hours for the indicators using them."""

from __future__ import annotations

import html
from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QColor, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QFileDialog,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from branchdesk.domain import rating as rd
from branchdesk.domain.dates import DateParseError, parse_date
from branchdesk.errors import BranchdeskError
from branchdesk.services.container import Services
from branchdesk.services.rating import (
    DRAFT,
    SIGNED,
    STATE_LABELS,
    RatingView,
    ScoreInput,
    YouthStudyRow,
)
from branchdesk.ui import messages
from branchdesk.ui.dialogs.pdf_preview_dialog import PdfPreviewDialog
from branchdesk.ui.forms.ui_rating_page import Ui_RatingPage
from branchdesk.ui.i18n import join_names
from branchdesk.ui.style import make_title

# Score table columns.
C_DIM, C_NAME, C_POINTS, C_AUTO, C_EVIDENCE, C_SELF, C_REASON, C_REVIEW = range(8)
_EDITABLE = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEditable
_READONLY = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
_OVERRIDE = QColor("#fff4d6")


class RatingPage(QWidget):
    """One year's 对标定级; every button is one service call (one transaction)."""

    saved = Signal()

    def __init__(
        self,
        services: Services,
        branch_id: int,
        today: date | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_RatingPage()
        self.ui.setupUi(self)
        self._services = services
        self._branch_id = branch_id
        self._today = today or services.today()
        self._view: RatingView | None = None
        self._youth: list[YouthStudyRow] = []
        self._volunteer_ids: list[int] = []
        self._filling = False
        self._dirty = False  # scores typed and not saved: a page switch must not reload them away
        self._veto_boxes: dict[str, QCheckBox] = {}
        make_title(self.ui.title_label)
        self.ui.year_spin.setValue(self._default_year())
        self._setup_tables()
        self.ui.review_star_combo.addItem(self.tr("As the review scores give"), "")
        for code in rd.STAR_ORDER:
            self.ui.review_star_combo.addItem(rd.STAR_LABELS[code], code)
        self.ui.self_star_combo.addItem(self.tr("As computed"), "")
        for code in rd.STAR_ORDER:
            self.ui.self_star_combo.addItem(rd.STAR_LABELS[code], code)
        self.ui.self_star_combo.currentIndexChanged.connect(self._on_self_star_changed)
        self.ui.self_star_reason_edit.textChanged.connect(self._on_self_star_changed)
        self.ui.export_filled_button.clicked.connect(self.export_filled)
        self.ui.year_spin.valueChanged.connect(self.reload)
        self.ui.score_table.cellChanged.connect(self._on_cell_changed)
        self.ui.save_button.clicked.connect(self.save)
        self.ui.sign_button.clicked.connect(self.sign)
        self.ui.reopen_button.clicked.connect(self.reopen)
        self.ui.review_button.clicked.connect(self.review)
        self.ui.finalise_button.clicked.connect(self.finalise)
        self.ui.preview_button.clicked.connect(self.preview)
        self.ui.load_sheet_button.clicked.connect(self.load_sheet)
        self.ui.add_youth_button.clicked.connect(self.add_youth_study)
        self.ui.delete_youth_button.clicked.connect(self.delete_youth_study)
        self.ui.save_volunteer_button.clicked.connect(self.save_volunteer_hours)
        self.ui.save_dates_button.clicked.connect(self.save_dates)
        self.reload()

    def _default_year(self) -> int:
        """The rating is done in Q4 or in January for the year before (rules.md §10.1)."""
        return self._today.year if self._today.month >= 10 else self._today.year - 1

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802  (Qt override)
        """Meetings, 评议 and the roster may have changed on other pages: re-read the ledger,
        unless scores were typed here and not saved."""
        super().showEvent(event)
        if not self._dirty:
            self.reload()

    def set_branch(self, branch_id: int) -> None:
        self._branch_id = branch_id
        self.reload()

    @property
    def year(self) -> int:
        return self.ui.year_spin.value()

    # ---- setup -----------------------------------------------------------------------------

    def _setup_tables(self) -> None:
        table = self.ui.score_table
        table.setColumnCount(8)
        table.setHorizontalHeaderLabels(
            [
                self.tr("Dimension"),
                self.tr("Indicator"),
                self.tr("Points"),
                self.tr("From the ledger"),
                self.tr("Evidence"),
                self.tr("Self score"),
                self.tr("Reason for a change"),
                self.tr("Review score"),
            ]
        )
        for column, width in enumerate((90, 150, 50, 80, 330, 70, 160)):
            table.setColumnWidth(column, width)
        table.horizontalHeader().setSectionResizeMode(C_EVIDENCE, QHeaderView.ResizeMode.Stretch)
        table.setColumnWidth(C_REVIEW, 70)
        table.setWordWrap(True)
        self.ui.self_layout.setStretch(1, 1)
        history = self.ui.history_table
        history.setColumnCount(6)
        history.setHorizontalHeaderLabels(
            [
                self.tr("Year"),
                self.tr("State"),
                self.tr("Sheet"),
                self.tr("Self score"),
                self.tr("Self star"),
                self.tr("Final star"),
            ]
        )
        history.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        history.horizontalHeader().setStretchLastSection(True)
        youth = self.ui.youth_table
        youth.setColumnCount(4)
        youth.setHorizontalHeaderLabels(
            [self.tr("Date"), self.tr("Issue"), self.tr("Participants / members"), self.tr("Rate")]
        )
        for column, width in enumerate((100, 110, 150)):
            youth.setColumnWidth(column, width)
        youth.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        youth.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        youth.horizontalHeader().setStretchLastSection(True)
        volunteer = self.ui.volunteer_table
        volunteer.setColumnCount(3)
        volunteer.setHorizontalHeaderLabels(
            [self.tr("Name"), self.tr("Hours"), self.tr("Platform")]
        )
        volunteer.horizontalHeader().setStretchLastSection(True)

    # ---- loading -----------------------------------------------------------------------------

    def reload(self) -> None:
        if self.parent() is not None and not self.isVisible():
            return  # a hidden page of the main window: showEvent loads it (start-up at scale)
        self._dirty = False
        try:
            view = self._services.rating.view(self._branch_id, self.year)
        except BranchdeskError as exc:
            self._view = None
            self.ui.sheet_label.setText(html.escape(exc.message))
            self.ui.score_table.setRowCount(0)
            return
        self._view = view
        sheet = view.sheet
        unofficial = not sheet.official and "非官方" not in sheet.label
        self.ui.sheet_label.setText(
            sheet.label + (self.tr(" — a reference sheet, not official") if unofficial else "")
        )
        self.ui.state_label.setText(self.tr("(%1)").replace("%1", view.state_label))
        self._fill_scores(view)
        self._fill_vetoes(view)
        founded_on, election_on = self._services.rating.branch_dates(self._branch_id)
        self.ui.founded_on_edit.setText(founded_on.isoformat() if founded_on else "")
        self.ui.election_on_edit.setText(election_on.isoformat() if election_on else "")
        self.ui.secretary_edit.setText(view.secretary_name or self._branch_secretary())
        self.ui.rep_edit.setText(view.rep_name)
        self._filling = True  # the result is updated once, below
        self.ui.self_star_combo.setCurrentIndex(
            max(self.ui.self_star_combo.findData(view.self_star_override or ""), 0)
        )
        self.ui.self_star_reason_edit.setText(view.self_star_reason)
        self._filling = False
        default_day = self._today if self._today.year == self.year else date(self.year + 1, 1, 10)
        default_day = min(default_day, self._today)
        self.ui.signed_on_edit.setText((view.signed_on or default_day).isoformat())
        self.ui.reviewer_edit.setText(view.reviewer or self._parent_committee())
        self.ui.reviewed_on_edit.setText((view.reviewed_on or self._today).isoformat())
        self.ui.remarks_edit.setPlainText(view.review_remarks)
        self.ui.review_star_combo.setCurrentIndex(
            max(self.ui.review_star_combo.findData(view.review_star or ""), 0)
        )
        self._update_buttons(view)
        self._update_result()
        self._fill_history()
        self._fill_youth()
        self._fill_volunteer()

    def _branch_secretary(self) -> str:
        return self._services.branches.get(self._branch_id).secretary

    def _parent_committee(self) -> str:
        return self._services.branches.get(self._branch_id).parent_committee

    def _fill_scores(self, view: RatingView) -> None:
        self._filling = True
        table = self.ui.score_table
        table.setRowCount(0)
        table.setRowCount(len(view.rows))
        draft, signed = view.state == DRAFT, view.state == SIGNED
        previous = ""
        for row, line in enumerate(view.rows):
            item = line.item
            dimension = item.dimension if item.dimension != previous else ""
            previous = item.dimension
            self._cell(row, C_DIM, dimension, False)
            name = self._cell(row, C_NAME, item.name, False)
            name.setToolTip(f"{item.requirement}\n{self.tr('Scoring')}: {item.standard}")
            self._cell(row, C_POINTS, rd.points_text(item.points), False, center=True)
            auto = rd.points_text(line.auto_points) if line.auto_points is not None else "—"
            self._cell(row, C_AUTO, auto, False, center=True)
            evidence = self._cell(row, C_EVIDENCE, line.evidence or item.basis, False)
            evidence.setToolTip(line.evidence)
            self._cell(row, C_SELF, rd.points_text(line.self_points), draft, center=True)
            self._cell(row, C_REASON, line.override_reason, draft)
            self._cell(row, C_REVIEW, rd.points_text(line.review_points), signed, center=True)
            self._mark_override(row)
        table.resizeRowsToContents()
        self._filling = False

    def _cell(
        self, row: int, column: int, value: str, editable: bool, center: bool = False
    ) -> QTableWidgetItem:
        item = QTableWidgetItem(value)
        item.setFlags(_EDITABLE if editable else _READONLY)
        if center:
            item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
        self.ui.score_table.setItem(row, column, item)
        return item

    def _fill_vetoes(self, view: RatingView) -> None:
        layout = self.ui.veto_layout
        if [v.id for v in view.sheet.vetoes] == list(self._veto_boxes):
            # the same items: keep the boxes, only set them
            for veto in view.sheet.vetoes:
                box = self._veto_boxes[veto.id]
                box.blockSignals(True)
                box.setChecked(veto.id in view.vetoed)
                box.blockSignals(False)
                box.setEnabled(view.state == DRAFT)
            return
        for box in self._veto_boxes.values():
            layout.removeWidget(box)
            box.deleteLater()
        self._veto_boxes = {}
        for veto in view.sheet.vetoes:
            box = QCheckBox(f"{veto.id} {veto.text}")
            box.setChecked(veto.id in view.vetoed)
            box.setEnabled(view.state == DRAFT)
            box.toggled.connect(self._on_veto_toggled)
            layout.addWidget(box)
            self._veto_boxes[veto.id] = box

    def _update_buttons(self, view: RatingView) -> None:
        draft = view.state == DRAFT
        self.ui.save_button.setEnabled(draft)
        self.ui.sign_button.setEnabled(draft)
        self.ui.load_sheet_button.setEnabled(draft)
        for edit in (self.ui.secretary_edit, self.ui.rep_edit, self.ui.signed_on_edit):
            edit.setReadOnly(not draft)
        self.ui.self_star_combo.setEnabled(draft)
        self.ui.self_star_reason_edit.setReadOnly(not draft)
        self.ui.reopen_button.setEnabled(view.state == SIGNED)
        self.ui.review_button.setEnabled(view.state == SIGNED)
        self.ui.finalise_button.setEnabled(view.state == "reviewed")

    # ---- live result ---------------------------------------------------------------------------

    def _entered(self, column: int) -> tuple[dict[str, int | None], list[str]]:
        """The scores typed in ``column`` by item id, and the cells that are not numbers."""
        assert self._view is not None
        scores: dict[str, int | None] = {}
        bad: list[str] = []
        for row, line in enumerate(self._view.rows):
            cell = self.ui.score_table.item(row, column)
            value = cell.text().strip() if cell is not None else ""
            if not value:
                scores[line.item.id] = None
                continue
            try:
                scores[line.item.id] = rd.parse_points(value)
            except ValueError:
                scores[line.item.id] = None
                bad.append(line.item.name)
        return scores, bad

    def _on_cell_changed(self, row: int, column: int) -> None:
        if self._filling or self._view is None:
            return
        if column == C_SELF:
            self._mark_override(row)
            line = self._view.rows[row]
            cell = self.ui.score_table.item(row, C_SELF)
            reason = self.ui.score_table.item(row, C_REASON)
            text = cell.text().strip() if cell is not None else ""
            changed = text != rd.points_text(line.auto_points)
            if changed and text and reason is not None and not reason.text().strip():
                # a score other than the ledger's needs a reason: ask for it once the score's
                # editor has closed
                QTimer.singleShot(0, self, lambda: self._ask_reason(row))
        if column in (C_SELF, C_REASON, C_REVIEW):
            self._dirty = True
        if column in (C_SELF, C_REVIEW):
            self._update_result()

    def _ask_reason(self, row: int) -> None:
        table = self.ui.score_table
        reason = table.item(row, C_REASON)
        if not self.isVisible() or reason is None or reason.text().strip():
            return
        if table.state() == QAbstractItemView.State.EditingState:
            return
        table.setCurrentCell(row, C_REASON)
        table.editItem(reason)

    def _mark_override(self, row: int) -> None:
        assert self._view is not None
        line = self._view.rows[row]
        cell = self.ui.score_table.item(row, C_SELF)
        if cell is None:
            return
        text = cell.text().strip()
        differs = bool(text) and text != rd.points_text(line.auto_points)
        cell.setBackground(_OVERRIDE if differs else QColor(0, 0, 0, 0))
        cell.setToolTip(
            self.tr("Differs from the ledger's score: give the reason") if differs else ""
        )

    def _on_veto_toggled(self) -> None:
        self._dirty = True
        self._update_result()

    def _vetoed(self) -> list[str]:
        return [key for key, box in self._veto_boxes.items() if box.isChecked()]

    def _update_result(self) -> None:
        view = self._view
        if view is None or view.conditions is None or view.rules is None:
            return
        scores, bad = self._entered(C_SELF)
        result = rd.assess(view.sheet, scores, self._vetoed(), view.conditions, view.rules)
        lines = [
            self.tr("Total: <b>%1</b> of %2 points")
            .replace("%1", rd.points_text(result.total))
            .replace("%2", rd.points_text(view.sheet.total)),
            self.tr("Band from the score: %1").replace("%1", rd.STAR_LABELS[result.band]),
            self.tr("Star: <b>%1</b>").replace("%1", html.escape(result.star_label)),
        ]
        if result.unscored:
            lines.append(
                "<span style='color:#9a6b00'>"
                + self.tr("%1 indicators not scored yet").replace("%1", str(len(result.unscored)))
                + "</span>"
            )
        if bad:
            lines.append(
                "<span style='color:#b00020'>"
                + self.tr("Not a number: %1").replace("%1", html.escape(join_names(bad)))
                + "</span>"
            )
        lines += [html.escape(cap.reason) for cap in result.caps]
        if not result.eligible:
            lines.append(html.escape(result.eligibility_note))
        if view.review_star:
            lines.append(self.tr("Review star: %1").replace("%1", rd.STAR_LABELS[view.review_star]))
        if view.final_star:
            lines.append(
                self.tr("Final star: <b>%1</b>").replace("%1", rd.STAR_LABELS[view.final_star])
            )
        self.ui.result_label.setText("<br>".join(lines))
        self._update_self_star_hint(result, view.rules)
        nxt = rd.next_band(view.sheet, scores, result, view.rules, view.facts)
        sentences = nxt.sentences()
        if sentences:
            text = "<b>" + self.tr("For the next star") + "</b><br>"
            text += "<br>".join(html.escape(s) for s in sentences)
        else:
            text = ""
        self.ui.next_label.setText(text)

    def _on_self_star_changed(self) -> None:
        if not self._filling:
            self._update_result()

    def _update_self_star_hint(self, result: rd.Assessment, rules: rd.RatingRules) -> None:
        """The hand-set 自评星级 against the live result: a higher star is refused (why, from
        the rules), a different one needs a reason."""
        star = self.ui.self_star_combo.currentData() or ""
        text = ""
        if star and star != result.star:
            refused = rd.check_self_star(star, result, rules)
            if refused:
                text = "<span style='color:#b00020'>" + html.escape(refused) + "</span>"
            elif not self.ui.self_star_reason_edit.text().strip():
                text = (
                    "<span style='color:#9a6b00'>"
                    + self.tr("Lower than computed (%1): give the reason").replace(
                        "%1", html.escape(result.star_label)
                    )
                    + "</span>"
                )
        self.ui.self_star_hint_label.setText(text)

    # ---- actions -------------------------------------------------------------------------------

    def _score_inputs(self) -> list[ScoreInput] | None:
        assert self._view is not None
        scores, bad = self._entered(C_SELF)
        if bad:
            messages.error(
                self,
                self.tr("Scores not saved"),
                self.tr("Not a number: %1").replace("%1", join_names(bad)),
            )
            return None
        inputs = []
        for row, line in enumerate(self._view.rows):
            reason = self.ui.score_table.item(row, C_REASON)
            inputs.append(
                ScoreInput(line.item.id, scores[line.item.id], reason.text() if reason else "")
            )
        return inputs

    def save(self) -> bool:
        if self._view is None:
            return False
        inputs = self._score_inputs()
        if inputs is None:
            return False
        try:
            self._services.rating.save(self._branch_id, self.year, inputs, self._vetoed())
        except BranchdeskError as exc:
            messages.error(self, self.tr("Scores not saved"), exc.message)
            return False
        self.reload()
        self.saved.emit()
        return True

    def _date(self, text: str, what: str) -> date | None:
        try:
            return parse_date(text.strip())
        except DateParseError as exc:
            messages.error(self, what, str(exc))
            return None

    def save_dates(self) -> None:
        """成立时间 and 最近一次换届时间 (2023: confirmed in 智慧团建); empty = unknown."""
        days: list[date | None] = []
        for edit in (self.ui.founded_on_edit, self.ui.election_on_edit):
            if not edit.text().strip():
                days.append(None)
                continue
            day = self._date(edit.text(), self.tr("Dates not saved"))
            if day is None:
                return
            days.append(day)
        try:
            self._services.rating.set_branch_dates(self._branch_id, days[0], days[1])
        except BranchdeskError as exc:
            messages.error(self, self.tr("Dates not saved"), exc.message)
            return
        self.reload()

    def sign(self) -> None:
        day = self._date(self.ui.signed_on_edit.text(), self.tr("Not signed"))
        # saving reloads the page: keep what was typed for the signatures
        secretary, representative = self.ui.secretary_edit.text(), self.ui.rep_edit.text()
        star = self.ui.self_star_combo.currentData() or None
        star_reason = self.ui.self_star_reason_edit.text()
        if day is None or not self.save():
            return
        # put back what was typed, so a refused signing can be corrected rather than retyped
        self.ui.secretary_edit.setText(secretary)
        self.ui.rep_edit.setText(representative)
        self.ui.self_star_combo.setCurrentIndex(
            max(self.ui.self_star_combo.findData(star or ""), 0)
        )
        self.ui.self_star_reason_edit.setText(star_reason)
        try:
            self._services.rating.sign(
                self._branch_id,
                self.year,
                secretary,
                representative,
                day,
                star=star,
                star_reason=star_reason,
            )
        except BranchdeskError as exc:
            messages.error(self, self.tr("Not signed"), exc.message)
            return
        self.reload()
        self.saved.emit()

    def reopen(self) -> None:
        if not messages.confirm(
            self,
            self.tr("Withdraw signatures"),
            self.tr("Withdraw the signatures to correct the self-assessment?"),
        ):
            return
        try:
            self._services.rating.reopen(self._branch_id, self.year)
        except BranchdeskError as exc:
            messages.error(self, self.tr("Not changed"), exc.message)
            return
        self.reload()

    def review(self) -> None:
        day = self._date(self.ui.reviewed_on_edit.text(), self.tr("Review not recorded"))
        if day is None:
            return
        points, bad = self._entered(C_REVIEW)
        if bad:
            messages.error(
                self,
                self.tr("Review not recorded"),
                self.tr("Not a number: %1").replace("%1", join_names(bad)),
            )
            return
        star = self.ui.review_star_combo.currentData() or None
        try:
            self._services.rating.review(
                self._branch_id,
                self.year,
                self.ui.reviewer_edit.text(),
                day,
                points,
                self.ui.remarks_edit.toPlainText(),
                star,
            )
        except BranchdeskError as exc:
            messages.error(self, self.tr("Review not recorded"), exc.message)
            return
        self.reload()
        self.saved.emit()

    def finalise(self) -> None:
        view = self._view
        if view is None or view.review_star is None:
            return
        star = rd.STAR_LABELS[view.review_star]
        if not messages.confirm(
            self,
            self.tr("Record final star"),
            self.tr("Record %1 as the final star of %2?")
            .replace("%1", star)
            .replace("%2", str(self.year)),
        ):
            return
        try:
            self._services.rating.finalise(self._branch_id, self.year)
        except BranchdeskError as exc:
            messages.error(self, self.tr("Not changed"), exc.message)
            return
        self.reload()
        self.saved.emit()

    def preview(self) -> None:
        try:
            result = self._services.reports.preview(
                "star-rating", branch_id=self._branch_id, year=self.year
            )
        except BranchdeskError as exc:
            messages.error(self, self.tr("Cannot print"), exc.message)
            return
        PdfPreviewDialog.show_pdf(
            self, result.pdf, result.title, Path.home() / result.filename, result.warnings
        )

    def export_filled(self, path: str | None = None) -> None:
        """The scored sheet (自评分, 评分依据, 复核分) as .xlsx or JSON for the 团委."""
        view = self._view
        if view is None:
            return
        if self._dirty and view.state == DRAFT and not self.save():
            return  # typed scores go into the file only once saved
        if path is None:
            default = Path.home() / self.tr("Star rating %1.xlsx").replace("%1", str(self.year))
            path, _ = QFileDialog.getSaveFileName(
                self,
                self.tr("Export filled sheet"),
                str(default),
                self.tr("Excel workbook (*.xlsx);;JSON (*.json)"),
            )
            if not path:
                return
        try:
            self._services.rating.export_filled(self._branch_id, self.year, Path(path))
        except BranchdeskError as exc:
            messages.error(self, self.tr("Not exported"), exc.message)
            return
        messages.info(
            self,
            self.tr("Export finished"),
            self.tr("The filled sheet of %1 was saved to %2.")
            .replace("%1", str(self.year))
            .replace("%2", str(path)),
        )

    def load_sheet(self, path: str | None = None) -> None:
        if path is None:
            path, _ = QFileDialog.getOpenFileName(
                self,
                self.tr("Load a committee sheet"),
                "",
                self.tr("Rating sheet (*.json *.xlsx)"),
            )
            if not path:
                return
        try:
            sheet = self._services.rating.import_sheet_file(self._branch_id, self.year, Path(path))
        except BranchdeskError as exc:
            messages.error(self, self.tr("Sheet not loaded"), exc.message)
            return
        self.reload()
        messages.info(
            self,
            self.tr("Sheet loaded"),
            self.tr("%1 is used for %2.").replace("%1", sheet.name).replace("%2", str(self.year)),
        )

    # ---- history, 青年大学习, volunteering ------------------------------------------------------

    def _fill_history(self) -> None:
        rows = self._services.rating.history(self._branch_id)
        table = self.ui.history_table
        table.setRowCount(0)
        table.setRowCount(len(rows))
        for index, row in enumerate(rows):
            values = (
                str(row.year),
                STATE_LABELS[row.state],
                f"{row.sheet_name} {row.sheet_version}",
                rd.points_text(row.self_total),
                rd.STAR_LABELS[row.self_star],
                rd.STAR_LABELS[row.final_star] if row.final_star else "",
            )
            for column, value in enumerate(values):
                table.setItem(index, column, QTableWidgetItem(value))
        table.resizeColumnsToContents()

    def _fill_youth(self) -> None:
        self._youth = self._services.rating.youth_study(self._branch_id, self.year)
        table = self.ui.youth_table
        table.setRowCount(0)
        table.setRowCount(len(self._youth))
        for index, issue in enumerate(self._youth):
            rate = f"{float(issue.rate) * 100:.1f}%"
            values = (
                issue.held_on.isoformat(),
                issue.label,
                f"{issue.participants} / {issue.members}",
                rate,
            )
            for column, value in enumerate(values):
                table.setItem(index, column, QTableWidgetItem(value))

    def _fill_volunteer(self) -> None:
        rows = self._services.rating.volunteer_hours(self._branch_id, self.year)
        self._volunteer_ids = [r.member_id for r in rows]
        table = self.ui.volunteer_table
        table.setRowCount(0)
        table.setRowCount(len(rows))
        for index, row in enumerate(rows):
            name = QTableWidgetItem(row.name)
            name.setFlags(_READONLY)
            table.setItem(index, 0, name)
            table.setItem(index, 1, QTableWidgetItem("" if row.hours is None else str(row.hours)))
            table.setItem(index, 2, QTableWidgetItem(row.platform))
        if not self.ui.youth_members_spin.value():
            self.ui.youth_members_spin.setValue(len(rows))

    def add_youth_study(self) -> None:
        day = self._date(self.ui.youth_date_edit.text(), self.tr("Issue not added"))
        if day is None:
            return
        try:
            self._services.rating.add_youth_study(
                self._branch_id,
                day,
                self.ui.youth_label_edit.text(),
                self.ui.youth_participants_spin.value(),
                self.ui.youth_members_spin.value(),
            )
        except BranchdeskError as exc:
            messages.error(self, self.tr("Issue not added"), exc.message)
            return
        self.ui.youth_label_edit.clear()
        self.reload()

    def delete_youth_study(self) -> None:
        row = self.ui.youth_table.currentRow()
        if not 0 <= row < len(self._youth):
            return
        try:
            self._services.rating.delete_youth_study(self._branch_id, self._youth[row].id)
        except BranchdeskError as exc:
            messages.error(self, self.tr("Not changed"), exc.message)
            return
        self.reload()

    def save_volunteer_hours(self) -> None:
        table = self.ui.volunteer_table
        rows = []
        for index, member_id in enumerate(self._volunteer_ids):
            hours, platform = table.item(index, 1), table.item(index, 2)
            rows.append(
                (member_id, hours.text() if hours else "", platform.text() if platform else "")
            )
        try:
            self._services.rating.save_volunteer_hours(self._branch_id, self.year, rows)
        except BranchdeskError as exc:
            messages.error(self, self.tr("Hours not saved"), exc.message)
            return
        self.reload()
