# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'aged_out_dialog.ui'
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
    QDialog, QDialogButtonBox, QFormLayout, QHeaderView,
    QLabel, QLineEdit, QSizePolicy, QTableWidget,
    QTableWidgetItem, QVBoxLayout, QWidget)

class Ui_AgedOutDialog(object):
    def setupUi(self, AgedOutDialog):
        if not AgedOutDialog.objectName():
            AgedOutDialog.setObjectName(u"AgedOutDialog")
        AgedOutDialog.resize(720, 520)
        self.main_layout = QVBoxLayout(AgedOutDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.intro_label = QLabel(AgedOutDialog)
        self.intro_label.setObjectName(u"intro_label")
        self.intro_label.setWordWrap(True)
        self.intro_label.setText(u"")

        self.main_layout.addWidget(self.intro_label)

        self.members_table = QTableWidget(AgedOutDialog)
        if (self.members_table.columnCount() < 5):
            self.members_table.setColumnCount(5)
        __qtablewidgetitem = QTableWidgetItem()
        self.members_table.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.members_table.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.members_table.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        __qtablewidgetitem3 = QTableWidgetItem()
        self.members_table.setHorizontalHeaderItem(3, __qtablewidgetitem3)
        __qtablewidgetitem4 = QTableWidgetItem()
        self.members_table.setHorizontalHeaderItem(4, __qtablewidgetitem4)
        self.members_table.setObjectName(u"members_table")
        self.members_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.members_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.members_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.members_table.setColumnCount(5)

        self.main_layout.addWidget(self.members_table)

        self.form_layout = QFormLayout()
        self.form_layout.setObjectName(u"form_layout")
        self.date_edit_label = QLabel(AgedOutDialog)
        self.date_edit_label.setObjectName(u"date_edit_label")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.date_edit_label)

        self.date_edit = QLineEdit(AgedOutDialog)
        self.date_edit.setObjectName(u"date_edit")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.date_edit)

        self.meeting_combo_label = QLabel(AgedOutDialog)
        self.meeting_combo_label.setObjectName(u"meeting_combo_label")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.meeting_combo_label)

        self.meeting_combo = QComboBox(AgedOutDialog)
        self.meeting_combo.setObjectName(u"meeting_combo")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.meeting_combo)

        self.approved_on_edit_label = QLabel(AgedOutDialog)
        self.approved_on_edit_label.setObjectName(u"approved_on_edit_label")

        self.form_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.approved_on_edit_label)

        self.approved_on_edit = QLineEdit(AgedOutDialog)
        self.approved_on_edit.setObjectName(u"approved_on_edit")

        self.form_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.approved_on_edit)


        self.main_layout.addLayout(self.form_layout)

        self.issues_label = QLabel(AgedOutDialog)
        self.issues_label.setObjectName(u"issues_label")
        self.issues_label.setWordWrap(True)
        self.issues_label.setText(u"")

        self.main_layout.addWidget(self.issues_label)

        self.button_box = QDialogButtonBox(AgedOutDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.main_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.date_edit_label.setBuddy(self.date_edit)
        self.meeting_combo_label.setBuddy(self.meeting_combo)
        self.approved_on_edit_label.setBuddy(self.approved_on_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.members_table, self.date_edit)
        QWidget.setTabOrder(self.date_edit, self.meeting_combo)
        QWidget.setTabOrder(self.meeting_combo, self.approved_on_edit)
        QWidget.setTabOrder(self.approved_on_edit, self.button_box)

        self.retranslateUi(AgedOutDialog)

        QMetaObject.connectSlotsByName(AgedOutDialog)
    # setupUi

    def retranslateUi(self, AgedOutDialog):
        AgedOutDialog.setWindowTitle(QCoreApplication.translate("AgedOutDialog", u"Aged out", None))
        ___qtablewidgetitem = self.members_table.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("AgedOutDialog", u"Name", None))
        ___qtablewidgetitem1 = self.members_table.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("AgedOutDialog", u"Born", None))
        ___qtablewidgetitem2 = self.members_table.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("AgedOutDialog", u"28 on", None))
        ___qtablewidgetitem3 = self.members_table.horizontalHeaderItem(3)
        ___qtablewidgetitem3.setText(QCoreApplication.translate("AgedOutDialog", u"Post", None))
        ___qtablewidgetitem4 = self.members_table.horizontalHeaderItem(4)
        ___qtablewidgetitem4.setText(QCoreApplication.translate("AgedOutDialog", u"Skipped because", None))
        self.date_edit_label.setText(QCoreApplication.translate("AgedOutDialog", u"Date", None))
        self.date_edit.setPlaceholderText(QCoreApplication.translate("AgedOutDialog", u"e.g. 2026-06-10", None))
        self.meeting_combo_label.setText(QCoreApplication.translate("AgedOutDialog", u"Deciding meeting", None))
        self.approved_on_edit_label.setText(QCoreApplication.translate("AgedOutDialog", u"Approved on", None))
        self.approved_on_edit.setPlaceholderText(QCoreApplication.translate("AgedOutDialog", u"e.g. 2026-06-10", None))
    # retranslateUi

