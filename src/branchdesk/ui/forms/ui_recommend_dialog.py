# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'recommend_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QComboBox,
    QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout,
    QHeaderView, QLabel, QLineEdit, QPushButton,
    QSizePolicy, QSpacerItem, QTableWidget, QTableWidgetItem,
    QVBoxLayout, QWidget)

class Ui_RecommendDialog(object):
    def setupUi(self, RecommendDialog):
        if not RecommendDialog.objectName():
            RecommendDialog.setObjectName(u"RecommendDialog")
        RecommendDialog.resize(640, 520)
        self.main_layout = QVBoxLayout(RecommendDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.member_label = QLabel(RecommendDialog)
        self.member_label.setObjectName(u"member_label")
        self.member_label.setWordWrap(True)
        self.member_label.setText(u"")

        self.main_layout.addWidget(self.member_label)

        self.records_table = QTableWidget(RecommendDialog)
        if (self.records_table.columnCount() < 4):
            self.records_table.setColumnCount(4)
        __qtablewidgetitem = QTableWidgetItem()
        self.records_table.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.records_table.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.records_table.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        __qtablewidgetitem3 = QTableWidgetItem()
        self.records_table.setHorizontalHeaderItem(3, __qtablewidgetitem3)
        self.records_table.setObjectName(u"records_table")
        self.records_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.records_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.records_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.records_table.setColumnCount(4)

        self.main_layout.addWidget(self.records_table)

        self.record_layout = QHBoxLayout()
        self.record_layout.setObjectName(u"record_layout")
        self.record_date_edit = QLineEdit(RecommendDialog)
        self.record_date_edit.setObjectName(u"record_date_edit")

        self.record_layout.addWidget(self.record_date_edit)

        self.confirm_button = QPushButton(RecommendDialog)
        self.confirm_button.setObjectName(u"confirm_button")

        self.record_layout.addWidget(self.confirm_button)

        self.joined_button = QPushButton(RecommendDialog)
        self.joined_button.setObjectName(u"joined_button")

        self.record_layout.addWidget(self.joined_button)

        self.record_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.record_layout.addItem(self.record_spacer)


        self.main_layout.addLayout(self.record_layout)

        self.form_layout = QFormLayout()
        self.form_layout.setObjectName(u"form_layout")
        self.applied_on_edit_label = QLabel(RecommendDialog)
        self.applied_on_edit_label.setObjectName(u"applied_on_edit_label")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.applied_on_edit_label)

        self.applied_on_edit = QLineEdit(RecommendDialog)
        self.applied_on_edit.setObjectName(u"applied_on_edit")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.applied_on_edit)

        self.recommended_on_edit_label = QLabel(RecommendDialog)
        self.recommended_on_edit_label.setObjectName(u"recommended_on_edit_label")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.recommended_on_edit_label)

        self.recommended_on_edit = QLineEdit(RecommendDialog)
        self.recommended_on_edit.setObjectName(u"recommended_on_edit")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.recommended_on_edit)

        self.confirmed_on_edit_label = QLabel(RecommendDialog)
        self.confirmed_on_edit_label.setObjectName(u"confirmed_on_edit_label")

        self.form_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.confirmed_on_edit_label)

        self.confirmed_on_edit = QLineEdit(RecommendDialog)
        self.confirmed_on_edit.setObjectName(u"confirmed_on_edit")

        self.form_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.confirmed_on_edit)

        self.meeting_combo_label = QLabel(RecommendDialog)
        self.meeting_combo_label.setObjectName(u"meeting_combo_label")

        self.form_layout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.meeting_combo_label)

        self.meeting_combo = QComboBox(RecommendDialog)
        self.meeting_combo.setObjectName(u"meeting_combo")

        self.form_layout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.meeting_combo)


        self.main_layout.addLayout(self.form_layout)

        self.issues_label = QLabel(RecommendDialog)
        self.issues_label.setObjectName(u"issues_label")
        self.issues_label.setWordWrap(True)
        self.issues_label.setText(u"")

        self.main_layout.addWidget(self.issues_label)

        self.button_box = QDialogButtonBox(RecommendDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Close|QDialogButtonBox.StandardButton.Save)

        self.main_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.applied_on_edit_label.setBuddy(self.applied_on_edit)
        self.recommended_on_edit_label.setBuddy(self.recommended_on_edit)
        self.confirmed_on_edit_label.setBuddy(self.confirmed_on_edit)
        self.meeting_combo_label.setBuddy(self.meeting_combo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.applied_on_edit, self.recommended_on_edit)
        QWidget.setTabOrder(self.recommended_on_edit, self.confirmed_on_edit)
        QWidget.setTabOrder(self.confirmed_on_edit, self.meeting_combo)
        QWidget.setTabOrder(self.meeting_combo, self.button_box)
        QWidget.setTabOrder(self.button_box, self.records_table)
        QWidget.setTabOrder(self.records_table, self.record_date_edit)
        QWidget.setTabOrder(self.record_date_edit, self.confirm_button)
        QWidget.setTabOrder(self.confirm_button, self.joined_button)

        self.retranslateUi(RecommendDialog)

        QMetaObject.connectSlotsByName(RecommendDialog)
    # setupUi

    def retranslateUi(self, RecommendDialog):
        RecommendDialog.setWindowTitle(QCoreApplication.translate("RecommendDialog", u"Recommendation to the Party", None))
        ___qtablewidgetitem = self.records_table.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("RecommendDialog", u"Recommended", None))
        ___qtablewidgetitem1 = self.records_table.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("RecommendDialog", u"Confirmed", None))
        ___qtablewidgetitem2 = self.records_table.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("RecommendDialog", u"Admitted to the Party", None))
        ___qtablewidgetitem3 = self.records_table.horizontalHeaderItem(3)
        ___qtablewidgetitem3.setText(QCoreApplication.translate("RecommendDialog", u"Applied to the Party", None))
        self.record_date_edit.setPlaceholderText(QCoreApplication.translate("RecommendDialog", u"e.g. 2026-06-10", None))
        self.confirm_button.setText(QCoreApplication.translate("RecommendDialog", u"Confirmed by the Party branch", None))
        self.joined_button.setText(QCoreApplication.translate("RecommendDialog", u"Joined the Party", None))
        self.applied_on_edit_label.setText(QCoreApplication.translate("RecommendDialog", u"Applied to the Party on", None))
        self.applied_on_edit.setPlaceholderText(QCoreApplication.translate("RecommendDialog", u"e.g. 2026-06-10", None))
        self.recommended_on_edit_label.setText(QCoreApplication.translate("RecommendDialog", u"Recommended on", None))
        self.recommended_on_edit.setPlaceholderText(QCoreApplication.translate("RecommendDialog", u"e.g. 2026-06-10", None))
        self.confirmed_on_edit_label.setText(QCoreApplication.translate("RecommendDialog", u"Confirmed on", None))
        self.confirmed_on_edit.setPlaceholderText(QCoreApplication.translate("RecommendDialog", u"e.g. 2026-06-10", None))
        self.meeting_combo_label.setText(QCoreApplication.translate("RecommendDialog", u"Meeting", None))
    # retranslateUi

