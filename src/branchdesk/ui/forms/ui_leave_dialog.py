# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'leave_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDialog,
    QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
    QPlainTextEdit, QSizePolicy, QVBoxLayout, QWidget)

class Ui_LeaveDialog(object):
    def setupUi(self, LeaveDialog):
        if not LeaveDialog.objectName():
            LeaveDialog.setObjectName(u"LeaveDialog")
        LeaveDialog.resize(600, 460)
        self.main_layout = QVBoxLayout(LeaveDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.members_label = QLabel(LeaveDialog)
        self.members_label.setObjectName(u"members_label")
        self.members_label.setWordWrap(True)
        self.members_label.setText(u"")

        self.main_layout.addWidget(self.members_label)

        self.form_layout = QFormLayout()
        self.form_layout.setObjectName(u"form_layout")
        self.kind_combo_label = QLabel(LeaveDialog)
        self.kind_combo_label.setObjectName(u"kind_combo_label")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.kind_combo_label)

        self.kind_combo = QComboBox(LeaveDialog)
        self.kind_combo.setObjectName(u"kind_combo")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.kind_combo)

        self.date_edit_label = QLabel(LeaveDialog)
        self.date_edit_label.setObjectName(u"date_edit_label")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.date_edit_label)

        self.date_edit = QLineEdit(LeaveDialog)
        self.date_edit.setObjectName(u"date_edit")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.date_edit)

        self.reason_edit_label = QLabel(LeaveDialog)
        self.reason_edit_label.setObjectName(u"reason_edit_label")

        self.form_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.reason_edit_label)

        self.reason_edit = QPlainTextEdit(LeaveDialog)
        self.reason_edit.setObjectName(u"reason_edit")
        self.reason_edit.setTabChangesFocus(True)

        self.form_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.reason_edit)

        self.meeting_combo_label = QLabel(LeaveDialog)
        self.meeting_combo_label.setObjectName(u"meeting_combo_label")

        self.form_layout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.meeting_combo_label)

        self.meeting_combo = QComboBox(LeaveDialog)
        self.meeting_combo.setObjectName(u"meeting_combo")

        self.form_layout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.meeting_combo)

        self.approved_on_edit_label = QLabel(LeaveDialog)
        self.approved_on_edit_label.setObjectName(u"approved_on_edit_label")

        self.form_layout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.approved_on_edit_label)

        self.approved_on_edit = QLineEdit(LeaveDialog)
        self.approved_on_edit.setObjectName(u"approved_on_edit")

        self.form_layout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.approved_on_edit)


        self.main_layout.addLayout(self.form_layout)

        self.hint_label = QLabel(LeaveDialog)
        self.hint_label.setObjectName(u"hint_label")
        self.hint_label.setWordWrap(True)
        self.hint_label.setText(u"")

        self.main_layout.addWidget(self.hint_label)

        self.issues_label = QLabel(LeaveDialog)
        self.issues_label.setObjectName(u"issues_label")
        self.issues_label.setWordWrap(True)
        self.issues_label.setText(u"")

        self.main_layout.addWidget(self.issues_label)

        self.button_box = QDialogButtonBox(LeaveDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.main_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.kind_combo_label.setBuddy(self.kind_combo)
        self.date_edit_label.setBuddy(self.date_edit)
        self.reason_edit_label.setBuddy(self.reason_edit)
        self.meeting_combo_label.setBuddy(self.meeting_combo)
        self.approved_on_edit_label.setBuddy(self.approved_on_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.kind_combo, self.date_edit)
        QWidget.setTabOrder(self.date_edit, self.reason_edit)
        QWidget.setTabOrder(self.reason_edit, self.meeting_combo)
        QWidget.setTabOrder(self.meeting_combo, self.approved_on_edit)
        QWidget.setTabOrder(self.approved_on_edit, self.button_box)

        self.retranslateUi(LeaveDialog)

        QMetaObject.connectSlotsByName(LeaveDialog)
    # setupUi

    def retranslateUi(self, LeaveDialog):
        LeaveDialog.setWindowTitle(QCoreApplication.translate("LeaveDialog", u"Leave the League", None))
        self.kind_combo_label.setText(QCoreApplication.translate("LeaveDialog", u"How", None))
        self.date_edit_label.setText(QCoreApplication.translate("LeaveDialog", u"Date", None))
        self.date_edit.setPlaceholderText(QCoreApplication.translate("LeaveDialog", u"e.g. 2026-06-10", None))
        self.reason_edit_label.setText(QCoreApplication.translate("LeaveDialog", u"Reason", None))
        self.meeting_combo_label.setText(QCoreApplication.translate("LeaveDialog", u"Deciding meeting", None))
        self.approved_on_edit_label.setText(QCoreApplication.translate("LeaveDialog", u"Approved on", None))
        self.approved_on_edit.setPlaceholderText(QCoreApplication.translate("LeaveDialog", u"e.g. 2026-06-10", None))
    # retranslateUi

