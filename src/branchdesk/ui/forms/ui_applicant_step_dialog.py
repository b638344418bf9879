# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'applicant_step_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDialog,
    QDialogButtonBox, QFormLayout, QGroupBox, QLabel,
    QLineEdit, QSizePolicy, QVBoxLayout, QWidget)

class Ui_ApplicantStepDialog(object):
    def setupUi(self, ApplicantStepDialog):
        if not ApplicantStepDialog.objectName():
            ApplicantStepDialog.setObjectName(u"ApplicantStepDialog")
        ApplicantStepDialog.resize(560, 420)
        self.main_layout = QVBoxLayout(ApplicantStepDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.intro_label = QLabel(ApplicantStepDialog)
        self.intro_label.setObjectName(u"intro_label")
        self.intro_label.setWordWrap(True)
        self.intro_label.setText(u"")

        self.main_layout.addWidget(self.intro_label)

        self.form_layout = QFormLayout()
        self.form_layout.setObjectName(u"form_layout")
        self.date_edit_label = QLabel(ApplicantStepDialog)
        self.date_edit_label.setObjectName(u"date_edit_label")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.date_edit_label)

        self.date_edit = QLineEdit(ApplicantStepDialog)
        self.date_edit.setObjectName(u"date_edit")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.date_edit)

        self.meeting_combo_label = QLabel(ApplicantStepDialog)
        self.meeting_combo_label.setObjectName(u"meeting_combo_label")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.meeting_combo_label)

        self.meeting_combo = QComboBox(ApplicantStepDialog)
        self.meeting_combo.setObjectName(u"meeting_combo")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.meeting_combo)

        self.approved_on_edit_label = QLabel(ApplicantStepDialog)
        self.approved_on_edit_label.setObjectName(u"approved_on_edit_label")

        self.form_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.approved_on_edit_label)

        self.approved_on_edit = QLineEdit(ApplicantStepDialog)
        self.approved_on_edit.setObjectName(u"approved_on_edit")

        self.form_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.approved_on_edit)

        self.dev_number_edit_label = QLabel(ApplicantStepDialog)
        self.dev_number_edit_label.setObjectName(u"dev_number_edit_label")

        self.form_layout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.dev_number_edit_label)

        self.dev_number_edit = QLineEdit(ApplicantStepDialog)
        self.dev_number_edit.setObjectName(u"dev_number_edit")
        self.dev_number_edit.setMaxLength(20)

        self.form_layout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.dev_number_edit)


        self.main_layout.addLayout(self.form_layout)

        self.checks_group = QGroupBox(ApplicantStepDialog)
        self.checks_group.setObjectName(u"checks_group")
        self.checks_layout = QVBoxLayout(self.checks_group)
        self.checks_layout.setObjectName(u"checks_layout")
        self.checks_label = QLabel(self.checks_group)
        self.checks_label.setObjectName(u"checks_label")
        self.checks_label.setWordWrap(True)
        self.checks_label.setText(u"")

        self.checks_layout.addWidget(self.checks_label)


        self.main_layout.addWidget(self.checks_group)

        self.button_box = QDialogButtonBox(ApplicantStepDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.main_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.date_edit_label.setBuddy(self.date_edit)
        self.meeting_combo_label.setBuddy(self.meeting_combo)
        self.approved_on_edit_label.setBuddy(self.approved_on_edit)
        self.dev_number_edit_label.setBuddy(self.dev_number_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.date_edit, self.meeting_combo)
        QWidget.setTabOrder(self.meeting_combo, self.approved_on_edit)
        QWidget.setTabOrder(self.approved_on_edit, self.dev_number_edit)
        QWidget.setTabOrder(self.dev_number_edit, self.button_box)

        self.retranslateUi(ApplicantStepDialog)

        QMetaObject.connectSlotsByName(ApplicantStepDialog)
    # setupUi

    def retranslateUi(self, ApplicantStepDialog):
        ApplicantStepDialog.setWindowTitle(QCoreApplication.translate("ApplicantStepDialog", u"Next stage", None))
        self.date_edit_label.setText(QCoreApplication.translate("ApplicantStepDialog", u"Date", None))
        self.date_edit.setPlaceholderText(QCoreApplication.translate("ApplicantStepDialog", u"e.g. 2026-06-10", None))
        self.meeting_combo_label.setText(QCoreApplication.translate("ApplicantStepDialog", u"Branch general meeting", None))
        self.approved_on_edit_label.setText(QCoreApplication.translate("ApplicantStepDialog", u"Approved on", None))
        self.approved_on_edit.setPlaceholderText(QCoreApplication.translate("ApplicantStepDialog", u"e.g. 2026-06-10", None))
        self.dev_number_edit_label.setText(QCoreApplication.translate("ApplicantStepDialog", u"Development number", None))
        self.dev_number_edit.setPlaceholderText(QCoreApplication.translate("ApplicantStepDialog", u"12 digits, starting with the year of the branch general meeting", None))
        self.checks_group.setTitle(QCoreApplication.translate("ApplicantStepDialog", u"Checks", None))
    # retranslateUi

