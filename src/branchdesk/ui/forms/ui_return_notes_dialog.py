# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'return_notes_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QDialog,
    QDialogButtonBox, QHeaderView, QLabel, QSizePolicy,
    QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

class Ui_ReturnNotesDialog(object):
    def setupUi(self, ReturnNotesDialog):
        if not ReturnNotesDialog.objectName():
            ReturnNotesDialog.setObjectName(u"ReturnNotesDialog")
        ReturnNotesDialog.resize(760, 380)
        self.main_layout = QVBoxLayout(ReturnNotesDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.intro_label = QLabel(ReturnNotesDialog)
        self.intro_label.setObjectName(u"intro_label")
        self.intro_label.setWordWrap(True)
        self.intro_label.setText(u"")

        self.main_layout.addWidget(self.intro_label)

        self.rows_table = QTableWidget(ReturnNotesDialog)
        if (self.rows_table.columnCount() < 5):
            self.rows_table.setColumnCount(5)
        __qtablewidgetitem = QTableWidgetItem()
        self.rows_table.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.rows_table.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.rows_table.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        __qtablewidgetitem3 = QTableWidgetItem()
        self.rows_table.setHorizontalHeaderItem(3, __qtablewidgetitem3)
        __qtablewidgetitem4 = QTableWidgetItem()
        self.rows_table.setHorizontalHeaderItem(4, __qtablewidgetitem4)
        self.rows_table.setObjectName(u"rows_table")
        self.rows_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.rows_table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.rows_table.setColumnCount(5)

        self.main_layout.addWidget(self.rows_table)

        self.error_label = QLabel(ReturnNotesDialog)
        self.error_label.setObjectName(u"error_label")
        self.error_label.setWordWrap(True)
        self.error_label.setText(u"")

        self.main_layout.addWidget(self.error_label)

        self.button_box = QDialogButtonBox(ReturnNotesDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.main_layout.addWidget(self.button_box)

        QWidget.setTabOrder(self.rows_table, self.button_box)

        self.retranslateUi(ReturnNotesDialog)

        QMetaObject.connectSlotsByName(ReturnNotesDialog)
    # setupUi

    def retranslateUi(self, ReturnNotesDialog):
        ReturnNotesDialog.setWindowTitle(QCoreApplication.translate("ReturnNotesDialog", u"Reasons for falls", None))
        ___qtablewidgetitem = self.rows_table.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("ReturnNotesDialog", u"Item", None))
        ___qtablewidgetitem1 = self.rows_table.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("ReturnNotesDialog", u"Last year", None))
        ___qtablewidgetitem2 = self.rows_table.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("ReturnNotesDialog", u"This year", None))
        ___qtablewidgetitem3 = self.rows_table.horizontalHeaderItem(3)
        ___qtablewidgetitem3.setText(QCoreApplication.translate("ReturnNotesDialog", u"Change", None))
        ___qtablewidgetitem4 = self.rows_table.horizontalHeaderItem(4)
        ___qtablewidgetitem4.setText(QCoreApplication.translate("ReturnNotesDialog", u"Reason", None))
    # retranslateUi

