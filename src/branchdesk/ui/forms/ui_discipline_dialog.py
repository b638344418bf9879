# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'discipline_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
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
    QHeaderView, QLabel, QLineEdit, QPlainTextEdit,
    QPushButton, QSizePolicy, QSpacerItem, QTableWidget,
    QTableWidgetItem, QVBoxLayout, QWidget)

class Ui_DisciplineDialog(object):
    def setupUi(self, DisciplineDialog):
        if not DisciplineDialog.objectName():
            DisciplineDialog.setObjectName(u"DisciplineDialog")
        DisciplineDialog.resize(720, 600)
        self.main_layout = QVBoxLayout(DisciplineDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.member_label = QLabel(DisciplineDialog)
        self.member_label.setObjectName(u"member_label")
        self.member_label.setWordWrap(True)
        self.member_label.setText(u"")

        self.main_layout.addWidget(self.member_label)

        self.records_table = QTableWidget(DisciplineDialog)
        if (self.records_table.columnCount() < 5):
            self.records_table.setColumnCount(5)
        __qtablewidgetitem = QTableWidgetItem()
        self.records_table.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.records_table.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.records_table.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        __qtablewidgetitem3 = QTableWidgetItem()
        self.records_table.setHorizontalHeaderItem(3, __qtablewidgetitem3)
        __qtablewidgetitem4 = QTableWidgetItem()
        self.records_table.setHorizontalHeaderItem(4, __qtablewidgetitem4)
        self.records_table.setObjectName(u"records_table")
        self.records_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.records_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.records_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.records_table.setColumnCount(5)

        self.main_layout.addWidget(self.records_table)

        self.close_layout = QHBoxLayout()
        self.close_layout.setObjectName(u"close_layout")
        self.outcome_combo = QComboBox(DisciplineDialog)
        self.outcome_combo.setObjectName(u"outcome_combo")

        self.close_layout.addWidget(self.outcome_combo)

        self.close_date_edit = QLineEdit(DisciplineDialog)
        self.close_date_edit.setObjectName(u"close_date_edit")

        self.close_layout.addWidget(self.close_date_edit)

        self.close_button = QPushButton(DisciplineDialog)
        self.close_button.setObjectName(u"close_button")

        self.close_layout.addWidget(self.close_button)

        self.close_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.close_layout.addItem(self.close_spacer)


        self.main_layout.addLayout(self.close_layout)

        self.form_layout = QFormLayout()
        self.form_layout.setObjectName(u"form_layout")
        self.kind_combo_label = QLabel(DisciplineDialog)
        self.kind_combo_label.setObjectName(u"kind_combo_label")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.kind_combo_label)

        self.kind_combo = QComboBox(DisciplineDialog)
        self.kind_combo.setObjectName(u"kind_combo")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.kind_combo)

        self.months_combo_label = QLabel(DisciplineDialog)
        self.months_combo_label.setObjectName(u"months_combo_label")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.months_combo_label)

        self.months_combo = QComboBox(DisciplineDialog)
        self.months_combo.setObjectName(u"months_combo")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.months_combo)

        self.decided_on_edit_label = QLabel(DisciplineDialog)
        self.decided_on_edit_label.setObjectName(u"decided_on_edit_label")

        self.form_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.decided_on_edit_label)

        self.decided_on_edit = QLineEdit(DisciplineDialog)
        self.decided_on_edit.setObjectName(u"decided_on_edit")

        self.form_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.decided_on_edit)

        self.reason_edit_label = QLabel(DisciplineDialog)
        self.reason_edit_label.setObjectName(u"reason_edit_label")

        self.form_layout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.reason_edit_label)

        self.reason_edit = QPlainTextEdit(DisciplineDialog)
        self.reason_edit.setObjectName(u"reason_edit")
        self.reason_edit.setTabChangesFocus(True)

        self.form_layout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.reason_edit)

        self.meeting_combo_label = QLabel(DisciplineDialog)
        self.meeting_combo_label.setObjectName(u"meeting_combo_label")

        self.form_layout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.meeting_combo_label)

        self.meeting_combo = QComboBox(DisciplineDialog)
        self.meeting_combo.setObjectName(u"meeting_combo")

        self.form_layout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.meeting_combo)

        self.approved_on_edit_label = QLabel(DisciplineDialog)
        self.approved_on_edit_label.setObjectName(u"approved_on_edit_label")

        self.form_layout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.approved_on_edit_label)

        self.approved_on_edit = QLineEdit(DisciplineDialog)
        self.approved_on_edit.setObjectName(u"approved_on_edit")

        self.form_layout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.approved_on_edit)


        self.main_layout.addLayout(self.form_layout)

        self.issues_label = QLabel(DisciplineDialog)
        self.issues_label.setObjectName(u"issues_label")
        self.issues_label.setWordWrap(True)
        self.issues_label.setText(u"")

        self.main_layout.addWidget(self.issues_label)

        self.button_box = QDialogButtonBox(DisciplineDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Close|QDialogButtonBox.StandardButton.Save)

        self.main_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.kind_combo_label.setBuddy(self.kind_combo)
        self.months_combo_label.setBuddy(self.months_combo)
        self.decided_on_edit_label.setBuddy(self.decided_on_edit)
        self.reason_edit_label.setBuddy(self.reason_edit)
        self.meeting_combo_label.setBuddy(self.meeting_combo)
        self.approved_on_edit_label.setBuddy(self.approved_on_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.kind_combo, self.months_combo)
        QWidget.setTabOrder(self.months_combo, self.decided_on_edit)
        QWidget.setTabOrder(self.decided_on_edit, self.reason_edit)
        QWidget.setTabOrder(self.reason_edit, self.meeting_combo)
        QWidget.setTabOrder(self.meeting_combo, self.approved_on_edit)
        QWidget.setTabOrder(self.approved_on_edit, self.button_box)
        QWidget.setTabOrder(self.button_box, self.records_table)
        QWidget.setTabOrder(self.records_table, self.outcome_combo)
        QWidget.setTabOrder(self.outcome_combo, self.close_date_edit)
        QWidget.setTabOrder(self.close_date_edit, self.close_button)

        self.retranslateUi(DisciplineDialog)

        QMetaObject.connectSlotsByName(DisciplineDialog)
    # setupUi

    def retranslateUi(self, DisciplineDialog):
        DisciplineDialog.setWindowTitle(QCoreApplication.translate("DisciplineDialog", u"Discipline", None))
        ___qtablewidgetitem = self.records_table.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("DisciplineDialog", u"Kind", None))
        ___qtablewidgetitem1 = self.records_table.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("DisciplineDialog", u"Decided on", None))
        ___qtablewidgetitem2 = self.records_table.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("DisciplineDialog", u"Ends on", None))
        ___qtablewidgetitem3 = self.records_table.horizontalHeaderItem(3)
        ___qtablewidgetitem3.setText(QCoreApplication.translate("DisciplineDialog", u"Outcome", None))
        ___qtablewidgetitem4 = self.records_table.horizontalHeaderItem(4)
        ___qtablewidgetitem4.setText(QCoreApplication.translate("DisciplineDialog", u"Reason", None))
        self.close_date_edit.setPlaceholderText(QCoreApplication.translate("DisciplineDialog", u"e.g. 2026-06-10", None))
        self.close_button.setText(QCoreApplication.translate("DisciplineDialog", u"Conclude probation", None))
        self.kind_combo_label.setText(QCoreApplication.translate("DisciplineDialog", u"Kind", None))
        self.months_combo_label.setText(QCoreApplication.translate("DisciplineDialog", u"Probation", None))
        self.decided_on_edit_label.setText(QCoreApplication.translate("DisciplineDialog", u"Decided on", None))
        self.decided_on_edit.setPlaceholderText(QCoreApplication.translate("DisciplineDialog", u"e.g. 2026-06-10", None))
        self.reason_edit_label.setText(QCoreApplication.translate("DisciplineDialog", u"Facts and reasons", None))
        self.meeting_combo_label.setText(QCoreApplication.translate("DisciplineDialog", u"Deciding meeting", None))
        self.approved_on_edit_label.setText(QCoreApplication.translate("DisciplineDialog", u"Approved on", None))
        self.approved_on_edit.setPlaceholderText(QCoreApplication.translate("DisciplineDialog", u"e.g. 2026-06-10", None))
    # retranslateUi

