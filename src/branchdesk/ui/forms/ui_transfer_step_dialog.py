# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'transfer_step_dialog.ui'
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
    QSizePolicy, QSpinBox, QVBoxLayout, QWidget)

class Ui_TransferStepDialog(object):
    def setupUi(self, TransferStepDialog):
        if not TransferStepDialog.objectName():
            TransferStepDialog.setObjectName(u"TransferStepDialog")
        TransferStepDialog.resize(520, 360)
        TransferStepDialog.setWindowTitle(u"")
        self.main_layout = QVBoxLayout(TransferStepDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.intro_label = QLabel(TransferStepDialog)
        self.intro_label.setObjectName(u"intro_label")
        self.intro_label.setWordWrap(True)
        self.intro_label.setText(u"")

        self.main_layout.addWidget(self.intro_label)

        self.form_layout = QFormLayout()
        self.form_layout.setObjectName(u"form_layout")
        self.date_label = QLabel(TransferStepDialog)
        self.date_label.setObjectName(u"date_label")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.date_label)

        self.date_edit = QLineEdit(TransferStepDialog)
        self.date_edit.setObjectName(u"date_edit")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.date_edit)

        self.text_label = QLabel(TransferStepDialog)
        self.text_label.setObjectName(u"text_label")
        self.text_label.setText(u"")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.text_label)

        self.text_edit = QLineEdit(TransferStepDialog)
        self.text_edit.setObjectName(u"text_edit")
        self.text_edit.setMaxLength(200)

        self.form_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.text_edit)

        self.valid_days_label = QLabel(TransferStepDialog)
        self.valid_days_label.setObjectName(u"valid_days_label")

        self.form_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.valid_days_label)

        self.valid_days_spin = QSpinBox(TransferStepDialog)
        self.valid_days_spin.setObjectName(u"valid_days_spin")
        self.valid_days_spin.setMinimum(0)
        self.valid_days_spin.setMaximum(999)

        self.form_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.valid_days_spin)

        self.number_label = QLabel(TransferStepDialog)
        self.number_label.setObjectName(u"number_label")

        self.form_layout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.number_label)

        self.number_edit = QLineEdit(TransferStepDialog)
        self.number_edit.setObjectName(u"number_edit")
        self.number_edit.setMaxLength(20)

        self.form_layout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.number_edit)

        self.join_label = QLabel(TransferStepDialog)
        self.join_label.setObjectName(u"join_label")

        self.form_layout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.join_label)

        self.join_edit = QLineEdit(TransferStepDialog)
        self.join_edit.setObjectName(u"join_edit")

        self.form_layout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.join_edit)

        self.dev_number_label = QLabel(TransferStepDialog)
        self.dev_number_label.setObjectName(u"dev_number_label")

        self.form_layout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.dev_number_label)

        self.dev_number_edit = QLineEdit(TransferStepDialog)
        self.dev_number_edit.setObjectName(u"dev_number_edit")
        self.dev_number_edit.setMaxLength(20)

        self.form_layout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.dev_number_edit)

        self.ethnicity_label = QLabel(TransferStepDialog)
        self.ethnicity_label.setObjectName(u"ethnicity_label")

        self.form_layout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.ethnicity_label)

        self.ethnicity_combo = QComboBox(TransferStepDialog)
        self.ethnicity_combo.setObjectName(u"ethnicity_combo")

        self.form_layout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.ethnicity_combo)

        self.phone_label = QLabel(TransferStepDialog)
        self.phone_label.setObjectName(u"phone_label")

        self.form_layout.setWidget(7, QFormLayout.ItemRole.LabelRole, self.phone_label)

        self.phone_edit = QLineEdit(TransferStepDialog)
        self.phone_edit.setObjectName(u"phone_edit")
        self.phone_edit.setMaxLength(20)

        self.form_layout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.phone_edit)

        self.fee_label = QLabel(TransferStepDialog)
        self.fee_label.setObjectName(u"fee_label")

        self.form_layout.setWidget(8, QFormLayout.ItemRole.LabelRole, self.fee_label)

        self.fee_edit = QLineEdit(TransferStepDialog)
        self.fee_edit.setObjectName(u"fee_edit")

        self.form_layout.setWidget(8, QFormLayout.ItemRole.FieldRole, self.fee_edit)


        self.main_layout.addLayout(self.form_layout)

        self.error_label = QLabel(TransferStepDialog)
        self.error_label.setObjectName(u"error_label")
        self.error_label.setWordWrap(True)
        self.error_label.setText(u"")

        self.main_layout.addWidget(self.error_label)

        self.button_box = QDialogButtonBox(TransferStepDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.main_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.date_label.setBuddy(self.date_edit)
        self.text_label.setBuddy(self.text_edit)
        self.valid_days_label.setBuddy(self.valid_days_spin)
        self.number_label.setBuddy(self.number_edit)
        self.join_label.setBuddy(self.join_edit)
        self.dev_number_label.setBuddy(self.dev_number_edit)
        self.ethnicity_label.setBuddy(self.ethnicity_combo)
        self.phone_label.setBuddy(self.phone_edit)
        self.fee_label.setBuddy(self.fee_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.date_edit, self.text_edit)
        QWidget.setTabOrder(self.text_edit, self.valid_days_spin)
        QWidget.setTabOrder(self.valid_days_spin, self.number_edit)
        QWidget.setTabOrder(self.number_edit, self.join_edit)
        QWidget.setTabOrder(self.join_edit, self.dev_number_edit)
        QWidget.setTabOrder(self.dev_number_edit, self.ethnicity_combo)
        QWidget.setTabOrder(self.ethnicity_combo, self.phone_edit)
        QWidget.setTabOrder(self.phone_edit, self.fee_edit)
        QWidget.setTabOrder(self.fee_edit, self.button_box)

        self.retranslateUi(TransferStepDialog)

        QMetaObject.connectSlotsByName(TransferStepDialog)
    # setupUi

    def retranslateUi(self, TransferStepDialog):
        self.date_label.setText(QCoreApplication.translate("TransferStepDialog", u"Date", None))
        self.valid_days_label.setText(QCoreApplication.translate("TransferStepDialog", u"Valid for (days)", None))
        self.number_label.setText(QCoreApplication.translate("TransferStepDialog", u"Letter number (empty: next)", None))
        self.join_label.setText(QCoreApplication.translate("TransferStepDialog", u"Joined the League (year-month)", None))
        self.dev_number_label.setText(QCoreApplication.translate("TransferStepDialog", u"Development number", None))
        self.ethnicity_label.setText(QCoreApplication.translate("TransferStepDialog", u"Ethnicity", None))
        self.phone_label.setText(QCoreApplication.translate("TransferStepDialog", u"Mobile phone", None))
        self.fee_label.setText(QCoreApplication.translate("TransferStepDialog", u"Dues paid to (year-month)", None))
        pass
    # retranslateUi

