# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'rating_page.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QApplication, QComboBox, QFormLayout, QGroupBox,
    QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QPlainTextEdit, QPushButton, QSizePolicy, QSpacerItem,
    QSpinBox, QTabWidget, QTableWidget, QTableWidgetItem,
    QVBoxLayout, QWidget)

class Ui_RatingPage(object):
    def setupUi(self, RatingPage):
        if not RatingPage.objectName():
            RatingPage.setObjectName(u"RatingPage")
        RatingPage.resize(1100, 760)
        self.page_layout = QVBoxLayout(RatingPage)
        self.page_layout.setObjectName(u"page_layout")
        self.header_layout = QHBoxLayout()
        self.header_layout.setObjectName(u"header_layout")
        self.title_label = QLabel(RatingPage)
        self.title_label.setObjectName(u"title_label")

        self.header_layout.addWidget(self.title_label)

        self.state_label = QLabel(RatingPage)
        self.state_label.setObjectName(u"state_label")
        self.state_label.setText(u"")

        self.header_layout.addWidget(self.state_label)

        self.header_spacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.header_layout.addItem(self.header_spacer)

        self.year_label = QLabel(RatingPage)
        self.year_label.setObjectName(u"year_label")

        self.header_layout.addWidget(self.year_label)

        self.year_spin = QSpinBox(RatingPage)
        self.year_spin.setObjectName(u"year_spin")
        self.year_spin.setMinimum(2000)
        self.year_spin.setMaximum(2100)

        self.header_layout.addWidget(self.year_spin)

        self.load_sheet_button = QPushButton(RatingPage)
        self.load_sheet_button.setObjectName(u"load_sheet_button")

        self.header_layout.addWidget(self.load_sheet_button)

        self.preview_button = QPushButton(RatingPage)
        self.preview_button.setObjectName(u"preview_button")

        self.header_layout.addWidget(self.preview_button)

        self.export_filled_button = QPushButton(RatingPage)
        self.export_filled_button.setObjectName(u"export_filled_button")

        self.header_layout.addWidget(self.export_filled_button)


        self.page_layout.addLayout(self.header_layout)

        self.sheet_label = QLabel(RatingPage)
        self.sheet_label.setObjectName(u"sheet_label")
        self.sheet_label.setWordWrap(True)
        self.sheet_label.setText(u"")

        self.page_layout.addWidget(self.sheet_label)

        self.tabs = QTabWidget(RatingPage)
        self.tabs.setObjectName(u"tabs")
        self.self_tab = QWidget()
        self.self_tab.setObjectName(u"self_tab")
        self.self_layout = QVBoxLayout(self.self_tab)
        self.self_layout.setObjectName(u"self_layout")
        self.dates_layout = QHBoxLayout()
        self.dates_layout.setObjectName(u"dates_layout")
        self.founded_on_label = QLabel(self.self_tab)
        self.founded_on_label.setObjectName(u"founded_on_label")

        self.dates_layout.addWidget(self.founded_on_label)

        self.founded_on_edit = QLineEdit(self.self_tab)
        self.founded_on_edit.setObjectName(u"founded_on_edit")
        self.founded_on_edit.setMaximumSize(QSize(120, 16777215))

        self.dates_layout.addWidget(self.founded_on_edit)

        self.election_on_label = QLabel(self.self_tab)
        self.election_on_label.setObjectName(u"election_on_label")

        self.dates_layout.addWidget(self.election_on_label)

        self.election_on_edit = QLineEdit(self.self_tab)
        self.election_on_edit.setObjectName(u"election_on_edit")
        self.election_on_edit.setMaximumSize(QSize(120, 16777215))

        self.dates_layout.addWidget(self.election_on_edit)

        self.save_dates_button = QPushButton(self.self_tab)
        self.save_dates_button.setObjectName(u"save_dates_button")

        self.dates_layout.addWidget(self.save_dates_button)

        self.dates_spacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.dates_layout.addItem(self.dates_spacer)


        self.self_layout.addLayout(self.dates_layout)

        self.score_table = QTableWidget(self.self_tab)
        self.score_table.setObjectName(u"score_table")
        self.score_table.verticalHeader().setVisible(False)

        self.self_layout.addWidget(self.score_table)

        self.result_layout = QHBoxLayout()
        self.result_layout.setObjectName(u"result_layout")
        self.veto_group = QGroupBox(self.self_tab)
        self.veto_group.setObjectName(u"veto_group")
        self.veto_layout = QVBoxLayout(self.veto_group)
        self.veto_layout.setObjectName(u"veto_layout")

        self.result_layout.addWidget(self.veto_group)

        self.result_label = QLabel(self.self_tab)
        self.result_label.setObjectName(u"result_label")
        self.result_label.setWordWrap(True)
        self.result_label.setTextFormat(Qt.TextFormat.RichText)
        self.result_label.setText(u"")

        self.result_layout.addWidget(self.result_label)

        self.next_label = QLabel(self.self_tab)
        self.next_label.setObjectName(u"next_label")
        self.next_label.setWordWrap(True)
        self.next_label.setTextFormat(Qt.TextFormat.RichText)
        self.next_label.setText(u"")

        self.result_layout.addWidget(self.next_label)


        self.self_layout.addLayout(self.result_layout)

        self.self_star_layout = QHBoxLayout()
        self.self_star_layout.setObjectName(u"self_star_layout")
        self.self_star_label = QLabel(self.self_tab)
        self.self_star_label.setObjectName(u"self_star_label")

        self.self_star_layout.addWidget(self.self_star_label)

        self.self_star_combo = QComboBox(self.self_tab)
        self.self_star_combo.setObjectName(u"self_star_combo")

        self.self_star_layout.addWidget(self.self_star_combo)

        self.self_star_reason_label = QLabel(self.self_tab)
        self.self_star_reason_label.setObjectName(u"self_star_reason_label")

        self.self_star_layout.addWidget(self.self_star_reason_label)

        self.self_star_reason_edit = QLineEdit(self.self_tab)
        self.self_star_reason_edit.setObjectName(u"self_star_reason_edit")
        self.self_star_reason_edit.setMinimumSize(QSize(300, 0))
        self.self_star_reason_edit.setMaximumSize(QSize(360, 16777215))

        self.self_star_layout.addWidget(self.self_star_reason_edit)

        self.self_star_hint_label = QLabel(self.self_tab)
        self.self_star_hint_label.setObjectName(u"self_star_hint_label")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.self_star_hint_label.sizePolicy().hasHeightForWidth())
        self.self_star_hint_label.setSizePolicy(sizePolicy)
        self.self_star_hint_label.setWordWrap(True)
        self.self_star_hint_label.setText(u"")

        self.self_star_layout.addWidget(self.self_star_hint_label)


        self.self_layout.addLayout(self.self_star_layout)

        self.sign_layout = QHBoxLayout()
        self.sign_layout.setObjectName(u"sign_layout")
        self.secretary_label = QLabel(self.self_tab)
        self.secretary_label.setObjectName(u"secretary_label")

        self.sign_layout.addWidget(self.secretary_label)

        self.secretary_edit = QLineEdit(self.self_tab)
        self.secretary_edit.setObjectName(u"secretary_edit")

        self.sign_layout.addWidget(self.secretary_edit)

        self.rep_label = QLabel(self.self_tab)
        self.rep_label.setObjectName(u"rep_label")

        self.sign_layout.addWidget(self.rep_label)

        self.rep_edit = QLineEdit(self.self_tab)
        self.rep_edit.setObjectName(u"rep_edit")

        self.sign_layout.addWidget(self.rep_edit)

        self.signed_on_label = QLabel(self.self_tab)
        self.signed_on_label.setObjectName(u"signed_on_label")

        self.sign_layout.addWidget(self.signed_on_label)

        self.signed_on_edit = QLineEdit(self.self_tab)
        self.signed_on_edit.setObjectName(u"signed_on_edit")
        self.signed_on_edit.setMaximumSize(QSize(120, 16777215))

        self.sign_layout.addWidget(self.signed_on_edit)

        self.sign_spacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.sign_layout.addItem(self.sign_spacer)

        self.save_button = QPushButton(self.self_tab)
        self.save_button.setObjectName(u"save_button")

        self.sign_layout.addWidget(self.save_button)

        self.sign_button = QPushButton(self.self_tab)
        self.sign_button.setObjectName(u"sign_button")

        self.sign_layout.addWidget(self.sign_button)

        self.reopen_button = QPushButton(self.self_tab)
        self.reopen_button.setObjectName(u"reopen_button")

        self.sign_layout.addWidget(self.reopen_button)


        self.self_layout.addLayout(self.sign_layout)

        self.tabs.addTab(self.self_tab, "")
        self.review_tab = QWidget()
        self.review_tab.setObjectName(u"review_tab")
        self.review_layout = QVBoxLayout(self.review_tab)
        self.review_layout.setObjectName(u"review_layout")
        self.review_hint_label = QLabel(self.review_tab)
        self.review_hint_label.setObjectName(u"review_hint_label")
        self.review_hint_label.setWordWrap(True)

        self.review_layout.addWidget(self.review_hint_label)

        self.review_form = QFormLayout()
        self.review_form.setObjectName(u"review_form")
        self.reviewer_label = QLabel(self.review_tab)
        self.reviewer_label.setObjectName(u"reviewer_label")

        self.review_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.reviewer_label)

        self.reviewer_edit = QLineEdit(self.review_tab)
        self.reviewer_edit.setObjectName(u"reviewer_edit")

        self.review_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.reviewer_edit)

        self.reviewed_on_label = QLabel(self.review_tab)
        self.reviewed_on_label.setObjectName(u"reviewed_on_label")

        self.review_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.reviewed_on_label)

        self.reviewed_on_edit = QLineEdit(self.review_tab)
        self.reviewed_on_edit.setObjectName(u"reviewed_on_edit")

        self.review_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.reviewed_on_edit)

        self.review_star_label = QLabel(self.review_tab)
        self.review_star_label.setObjectName(u"review_star_label")

        self.review_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.review_star_label)

        self.review_star_combo = QComboBox(self.review_tab)
        self.review_star_combo.setObjectName(u"review_star_combo")

        self.review_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.review_star_combo)

        self.remarks_label = QLabel(self.review_tab)
        self.remarks_label.setObjectName(u"remarks_label")

        self.review_form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.remarks_label)

        self.remarks_edit = QPlainTextEdit(self.review_tab)
        self.remarks_edit.setObjectName(u"remarks_edit")
        self.remarks_edit.setMaximumSize(QSize(16777215, 90))

        self.review_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.remarks_edit)


        self.review_layout.addLayout(self.review_form)

        self.review_buttons_layout = QHBoxLayout()
        self.review_buttons_layout.setObjectName(u"review_buttons_layout")
        self.review_spacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.review_buttons_layout.addItem(self.review_spacer)

        self.review_button = QPushButton(self.review_tab)
        self.review_button.setObjectName(u"review_button")

        self.review_buttons_layout.addWidget(self.review_button)

        self.finalise_button = QPushButton(self.review_tab)
        self.finalise_button.setObjectName(u"finalise_button")

        self.review_buttons_layout.addWidget(self.finalise_button)


        self.review_layout.addLayout(self.review_buttons_layout)

        self.history_title_label = QLabel(self.review_tab)
        self.history_title_label.setObjectName(u"history_title_label")

        self.review_layout.addWidget(self.history_title_label)

        self.history_table = QTableWidget(self.review_tab)
        self.history_table.setObjectName(u"history_table")
        self.history_table.verticalHeader().setVisible(False)

        self.review_layout.addWidget(self.history_table)

        self.tabs.addTab(self.review_tab, "")
        self.ledger_tab = QWidget()
        self.ledger_tab.setObjectName(u"ledger_tab")
        self.ledger_layout = QHBoxLayout(self.ledger_tab)
        self.ledger_layout.setObjectName(u"ledger_layout")
        self.youth_layout = QVBoxLayout()
        self.youth_layout.setObjectName(u"youth_layout")
        self.youth_title_label = QLabel(self.ledger_tab)
        self.youth_title_label.setObjectName(u"youth_title_label")

        self.youth_layout.addWidget(self.youth_title_label)

        self.youth_table = QTableWidget(self.ledger_tab)
        self.youth_table.setObjectName(u"youth_table")
        self.youth_table.verticalHeader().setVisible(False)

        self.youth_layout.addWidget(self.youth_table)

        self.youth_entry_layout = QHBoxLayout()
        self.youth_entry_layout.setObjectName(u"youth_entry_layout")
        self.youth_date_edit = QLineEdit(self.ledger_tab)
        self.youth_date_edit.setObjectName(u"youth_date_edit")
        self.youth_date_edit.setMaximumSize(QSize(110, 16777215))

        self.youth_entry_layout.addWidget(self.youth_date_edit)

        self.youth_label_edit = QLineEdit(self.ledger_tab)
        self.youth_label_edit.setObjectName(u"youth_label_edit")

        self.youth_entry_layout.addWidget(self.youth_label_edit)

        self.youth_participants_spin = QSpinBox(self.ledger_tab)
        self.youth_participants_spin.setObjectName(u"youth_participants_spin")
        self.youth_participants_spin.setMaximum(100000)

        self.youth_entry_layout.addWidget(self.youth_participants_spin)

        self.youth_of_label = QLabel(self.ledger_tab)
        self.youth_of_label.setObjectName(u"youth_of_label")
        self.youth_of_label.setText(u"/")

        self.youth_entry_layout.addWidget(self.youth_of_label)

        self.youth_members_spin = QSpinBox(self.ledger_tab)
        self.youth_members_spin.setObjectName(u"youth_members_spin")
        self.youth_members_spin.setMaximum(100000)

        self.youth_entry_layout.addWidget(self.youth_members_spin)

        self.add_youth_button = QPushButton(self.ledger_tab)
        self.add_youth_button.setObjectName(u"add_youth_button")

        self.youth_entry_layout.addWidget(self.add_youth_button)

        self.delete_youth_button = QPushButton(self.ledger_tab)
        self.delete_youth_button.setObjectName(u"delete_youth_button")

        self.youth_entry_layout.addWidget(self.delete_youth_button)


        self.youth_layout.addLayout(self.youth_entry_layout)


        self.ledger_layout.addLayout(self.youth_layout)

        self.volunteer_layout = QVBoxLayout()
        self.volunteer_layout.setObjectName(u"volunteer_layout")
        self.volunteer_title_label = QLabel(self.ledger_tab)
        self.volunteer_title_label.setObjectName(u"volunteer_title_label")

        self.volunteer_layout.addWidget(self.volunteer_title_label)

        self.volunteer_table = QTableWidget(self.ledger_tab)
        self.volunteer_table.setObjectName(u"volunteer_table")
        self.volunteer_table.verticalHeader().setVisible(False)

        self.volunteer_layout.addWidget(self.volunteer_table)

        self.volunteer_buttons_layout = QHBoxLayout()
        self.volunteer_buttons_layout.setObjectName(u"volunteer_buttons_layout")
        self.volunteer_spacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.volunteer_buttons_layout.addItem(self.volunteer_spacer)

        self.save_volunteer_button = QPushButton(self.ledger_tab)
        self.save_volunteer_button.setObjectName(u"save_volunteer_button")

        self.volunteer_buttons_layout.addWidget(self.save_volunteer_button)


        self.volunteer_layout.addLayout(self.volunteer_buttons_layout)


        self.ledger_layout.addLayout(self.volunteer_layout)

        self.tabs.addTab(self.ledger_tab, "")

        self.page_layout.addWidget(self.tabs)

#if QT_CONFIG(shortcut)
        self.year_label.setBuddy(self.year_spin)
        self.founded_on_label.setBuddy(self.founded_on_edit)
        self.election_on_label.setBuddy(self.election_on_edit)
        self.self_star_label.setBuddy(self.self_star_combo)
        self.self_star_reason_label.setBuddy(self.self_star_reason_edit)
        self.secretary_label.setBuddy(self.secretary_edit)
        self.rep_label.setBuddy(self.rep_edit)
        self.signed_on_label.setBuddy(self.signed_on_edit)
        self.reviewer_label.setBuddy(self.reviewer_edit)
        self.reviewed_on_label.setBuddy(self.reviewed_on_edit)
        self.review_star_label.setBuddy(self.review_star_combo)
        self.remarks_label.setBuddy(self.remarks_edit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(RatingPage)

        QMetaObject.connectSlotsByName(RatingPage)
    # setupUi

    def retranslateUi(self, RatingPage):
        self.title_label.setText(QCoreApplication.translate("RatingPage", u"Star rating", None))
        self.year_label.setText(QCoreApplication.translate("RatingPage", u"Year", None))
        self.load_sheet_button.setText(QCoreApplication.translate("RatingPage", u"Load a committee sheet\u2026", None))
        self.preview_button.setText(QCoreApplication.translate("RatingPage", u"Print preview\u2026", None))
        self.export_filled_button.setText(QCoreApplication.translate("RatingPage", u"Export filled sheet\u2026", None))
#if QT_CONFIG(tooltip)
        self.export_filled_button.setToolTip(QCoreApplication.translate("RatingPage", u"The scored sheet (self scores, evidence, review scores) as .xlsx or JSON for the higher committee", None))
#endif // QT_CONFIG(tooltip)
        self.founded_on_label.setText(QCoreApplication.translate("RatingPage", u"Branch founded on", None))
        self.election_on_label.setText(QCoreApplication.translate("RatingPage", u"Last committee election on", None))
        self.save_dates_button.setText(QCoreApplication.translate("RatingPage", u"Save dates", None))
        self.veto_group.setTitle(QCoreApplication.translate("RatingPage", u"Veto items (any \"yes\" means weak and lax)", None))
        self.self_star_label.setText(QCoreApplication.translate("RatingPage", u"Self-assessed star", None))
        self.self_star_reason_label.setText(QCoreApplication.translate("RatingPage", u"Reason", None))
        self.self_star_reason_edit.setPlaceholderText(QCoreApplication.translate("RatingPage", u"Why the star differs from the computed one", None))
        self.secretary_label.setText(QCoreApplication.translate("RatingPage", u"Secretary", None))
        self.rep_label.setText(QCoreApplication.translate("RatingPage", u"Member representative", None))
        self.signed_on_label.setText(QCoreApplication.translate("RatingPage", u"Signed on", None))
        self.save_button.setText(QCoreApplication.translate("RatingPage", u"Save scores", None))
        self.sign_button.setText(QCoreApplication.translate("RatingPage", u"Sign", None))
        self.reopen_button.setText(QCoreApplication.translate("RatingPage", u"Withdraw signatures", None))
        self.tabs.setTabText(self.tabs.indexOf(self.self_tab), QCoreApplication.translate("RatingPage", u"Self-assessment", None))
        self.review_hint_label.setText(QCoreApplication.translate("RatingPage", u"When the higher committee's review comes back, enter its scores in the review score column of the self-assessment table, then its remarks here.", None))
        self.reviewer_label.setText(QCoreApplication.translate("RatingPage", u"Reviewed by", None))
        self.reviewed_on_label.setText(QCoreApplication.translate("RatingPage", u"Reviewed on", None))
        self.review_star_label.setText(QCoreApplication.translate("RatingPage", u"Review star", None))
        self.remarks_label.setText(QCoreApplication.translate("RatingPage", u"Remarks", None))
        self.review_button.setText(QCoreApplication.translate("RatingPage", u"Record review", None))
        self.finalise_button.setText(QCoreApplication.translate("RatingPage", u"Record final star", None))
        self.history_title_label.setText(QCoreApplication.translate("RatingPage", u"Ratings by year", None))
        self.tabs.setTabText(self.tabs.indexOf(self.review_tab), QCoreApplication.translate("RatingPage", u"Review and final star", None))
        self.youth_title_label.setText(QCoreApplication.translate("RatingPage", u"Youth Study issues of the year", None))
        self.youth_date_edit.setPlaceholderText(QCoreApplication.translate("RatingPage", u"Date", None))
        self.youth_label_edit.setPlaceholderText(QCoreApplication.translate("RatingPage", u"Issue", None))
#if QT_CONFIG(tooltip)
        self.youth_participants_spin.setToolTip(QCoreApplication.translate("RatingPage", u"Participants", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.youth_members_spin.setToolTip(QCoreApplication.translate("RatingPage", u"Members", None))
#endif // QT_CONFIG(tooltip)
        self.add_youth_button.setText(QCoreApplication.translate("RatingPage", u"Add issue", None))
        self.delete_youth_button.setText(QCoreApplication.translate("RatingPage", u"Delete issue", None))
        self.volunteer_title_label.setText(QCoreApplication.translate("RatingPage", u"Volunteer hours of the year", None))
        self.save_volunteer_button.setText(QCoreApplication.translate("RatingPage", u"Save hours", None))
        self.tabs.setTabText(self.tabs.indexOf(self.ledger_tab), QCoreApplication.translate("RatingPage", u"Youth Study and volunteering", None))
        pass
    # retranslateUi

