# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'transfer_dialog.ui'
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
    QListWidget, QListWidgetItem, QSizePolicy, QVBoxLayout,
    QWidget)

class Ui_TransferDialog(object):
    def setupUi(self, TransferDialog):
        if not TransferDialog.objectName():
            TransferDialog.setObjectName(u"TransferDialog")
        TransferDialog.resize(620, 560)
        self.main_layout = QVBoxLayout(TransferDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.intro_label = QLabel(TransferDialog)
        self.intro_label.setObjectName(u"intro_label")
        self.intro_label.setWordWrap(True)
        self.intro_label.setText(u"")

        self.main_layout.addWidget(self.intro_label)

        self.member_filter_edit = QLineEdit(TransferDialog)
        self.member_filter_edit.setObjectName(u"member_filter_edit")

        self.main_layout.addWidget(self.member_filter_edit)

        self.members_list = QListWidget(TransferDialog)
        self.members_list.setObjectName(u"members_list")
        self.members_list.setMinimumSize(QSize(0, 140))

        self.main_layout.addWidget(self.members_list)

        self.form_layout = QFormLayout()
        self.form_layout.setObjectName(u"form_layout")
        self.name_label = QLabel(TransferDialog)
        self.name_label.setObjectName(u"name_label")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.name_label)

        self.name_edit = QLineEdit(TransferDialog)
        self.name_edit.setObjectName(u"name_edit")
        self.name_edit.setMaxLength(40)

        self.form_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.name_edit)

        self.id_label = QLabel(TransferDialog)
        self.id_label.setObjectName(u"id_label")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.id_label)

        self.id_edit = QLineEdit(TransferDialog)
        self.id_edit.setObjectName(u"id_edit")
        self.id_edit.setMaxLength(30)

        self.form_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.id_edit)

        self.reason_label = QLabel(TransferDialog)
        self.reason_label.setObjectName(u"reason_label")

        self.form_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.reason_label)

        self.reason_combo = QComboBox(TransferDialog)
        self.reason_combo.setObjectName(u"reason_combo")

        self.form_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.reason_combo)

        self.reason_note_label = QLabel(TransferDialog)
        self.reason_note_label.setObjectName(u"reason_note_label")

        self.form_layout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.reason_note_label)

        self.reason_note_edit = QLineEdit(TransferDialog)
        self.reason_note_edit.setObjectName(u"reason_note_edit")
        self.reason_note_edit.setMaxLength(200)

        self.form_layout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.reason_note_edit)

        self.other_org_label = QLabel(TransferDialog)
        self.other_org_label.setObjectName(u"other_org_label")
        self.other_org_label.setText(u"")

        self.form_layout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.other_org_label)

        self.other_org_edit = QLineEdit(TransferDialog)
        self.other_org_edit.setObjectName(u"other_org_edit")
        self.other_org_edit.setMaxLength(200)

        self.form_layout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.other_org_edit)

        self.committee_label = QLabel(TransferDialog)
        self.committee_label.setObjectName(u"committee_label")

        self.form_layout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.committee_label)

        self.committee_edit = QLineEdit(TransferDialog)
        self.committee_edit.setObjectName(u"committee_edit")
        self.committee_edit.setMaxLength(200)

        self.form_layout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.committee_edit)

        self.fee_label = QLabel(TransferDialog)
        self.fee_label.setObjectName(u"fee_label")

        self.form_layout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.fee_label)

        self.fee_edit = QLineEdit(TransferDialog)
        self.fee_edit.setObjectName(u"fee_edit")

        self.form_layout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.fee_edit)

        self.applied_label = QLabel(TransferDialog)
        self.applied_label.setObjectName(u"applied_label")

        self.form_layout.setWidget(7, QFormLayout.ItemRole.LabelRole, self.applied_label)

        self.applied_edit = QLineEdit(TransferDialog)
        self.applied_edit.setObjectName(u"applied_edit")

        self.form_layout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.applied_edit)

        self.note_label = QLabel(TransferDialog)
        self.note_label.setObjectName(u"note_label")

        self.form_layout.setWidget(8, QFormLayout.ItemRole.LabelRole, self.note_label)

        self.note_edit = QLineEdit(TransferDialog)
        self.note_edit.setObjectName(u"note_edit")

        self.form_layout.setWidget(8, QFormLayout.ItemRole.FieldRole, self.note_edit)


        self.main_layout.addLayout(self.form_layout)

        self.error_label = QLabel(TransferDialog)
        self.error_label.setObjectName(u"error_label")
        self.error_label.setWordWrap(True)
        self.error_label.setText(u"")

        self.main_layout.addWidget(self.error_label)

        self.button_box = QDialogButtonBox(TransferDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.main_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.name_label.setBuddy(self.name_edit)
        self.id_label.setBuddy(self.id_edit)
        self.reason_label.setBuddy(self.reason_combo)
        self.reason_note_label.setBuddy(self.reason_note_edit)
        self.other_org_label.setBuddy(self.other_org_edit)
        self.committee_label.setBuddy(self.committee_edit)
        self.fee_label.setBuddy(self.fee_edit)
        self.applied_label.setBuddy(self.applied_edit)
        self.note_label.setBuddy(self.note_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.member_filter_edit, self.members_list)
        QWidget.setTabOrder(self.members_list, self.name_edit)
        QWidget.setTabOrder(self.name_edit, self.id_edit)
        QWidget.setTabOrder(self.id_edit, self.reason_combo)
        QWidget.setTabOrder(self.reason_combo, self.reason_note_edit)
        QWidget.setTabOrder(self.reason_note_edit, self.other_org_edit)
        QWidget.setTabOrder(self.other_org_edit, self.committee_edit)
        QWidget.setTabOrder(self.committee_edit, self.fee_edit)
        QWidget.setTabOrder(self.fee_edit, self.applied_edit)
        QWidget.setTabOrder(self.applied_edit, self.note_edit)
        QWidget.setTabOrder(self.note_edit, self.button_box)

        self.retranslateUi(TransferDialog)

        QMetaObject.connectSlotsByName(TransferDialog)
    # setupUi

    def retranslateUi(self, TransferDialog):
        TransferDialog.setWindowTitle(QCoreApplication.translate("TransferDialog", u"Transfer", None))
        self.member_filter_edit.setPlaceholderText(QCoreApplication.translate("TransferDialog", u"Find a member: name or pinyin initials", None))
        self.name_label.setText(QCoreApplication.translate("TransferDialog", u"Name", None))
        self.id_label.setText(QCoreApplication.translate("TransferDialog", u"ID number", None))
        self.reason_label.setText(QCoreApplication.translate("TransferDialog", u"Transfer reason", None))
        self.reason_note_label.setText(QCoreApplication.translate("TransferDialog", u"Reason in detail", None))
        self.committee_label.setText(QCoreApplication.translate("TransferDialog", u"Its League committee", None))
        self.fee_label.setText(QCoreApplication.translate("TransferDialog", u"Dues paid to (year-month)", None))
        self.applied_label.setText(QCoreApplication.translate("TransferDialog", u"Applied on", None))
        self.note_label.setText(QCoreApplication.translate("TransferDialog", u"Notes", None))
    # retranslateUi

