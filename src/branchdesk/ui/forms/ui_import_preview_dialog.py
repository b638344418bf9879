# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'import_preview_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QCheckBox, QDialog,
    QHBoxLayout, QHeaderView, QLabel, QPushButton,
    QSizePolicy, QSpacerItem, QTableView, QVBoxLayout,
    QWidget)

class Ui_ImportPreviewDialog(object):
    def setupUi(self, ImportPreviewDialog):
        if not ImportPreviewDialog.objectName():
            ImportPreviewDialog.setObjectName(u"ImportPreviewDialog")
        ImportPreviewDialog.resize(980, 620)
        self.main_layout = QVBoxLayout(ImportPreviewDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.file_label = QLabel(ImportPreviewDialog)
        self.file_label.setObjectName(u"file_label")
        self.file_label.setWordWrap(True)
        self.file_label.setText(u"")

        self.main_layout.addWidget(self.file_label)

        self.summary_label = QLabel(ImportPreviewDialog)
        self.summary_label.setObjectName(u"summary_label")
        self.summary_label.setWordWrap(True)
        self.summary_label.setTextFormat(Qt.TextFormat.RichText)
        self.summary_label.setText(u"")

        self.main_layout.addWidget(self.summary_label)

        self.problems_only_check = QCheckBox(ImportPreviewDialog)
        self.problems_only_check.setObjectName(u"problems_only_check")

        self.main_layout.addWidget(self.problems_only_check)

        self.rows_table = QTableView(ImportPreviewDialog)
        self.rows_table.setObjectName(u"rows_table")
        self.rows_table.setAlternatingRowColors(True)
        self.rows_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.rows_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.rows_table.setWordWrap(True)
        self.rows_table.horizontalHeader().setStretchLastSection(True)
        self.rows_table.verticalHeader().setVisible(False)

        self.main_layout.addWidget(self.rows_table)

        self.buttons_layout = QHBoxLayout()
        self.buttons_layout.setObjectName(u"buttons_layout")
        self.save_errors_button = QPushButton(ImportPreviewDialog)
        self.save_errors_button.setObjectName(u"save_errors_button")

        self.buttons_layout.addWidget(self.save_errors_button)

        self.buttons_spacer = QSpacerItem(40, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttons_layout.addItem(self.buttons_spacer)

        self.import_valid_button = QPushButton(ImportPreviewDialog)
        self.import_valid_button.setObjectName(u"import_valid_button")

        self.buttons_layout.addWidget(self.import_valid_button)

        self.import_all_button = QPushButton(ImportPreviewDialog)
        self.import_all_button.setObjectName(u"import_all_button")

        self.buttons_layout.addWidget(self.import_all_button)

        self.cancel_button = QPushButton(ImportPreviewDialog)
        self.cancel_button.setObjectName(u"cancel_button")

        self.buttons_layout.addWidget(self.cancel_button)


        self.main_layout.addLayout(self.buttons_layout)

        QWidget.setTabOrder(self.rows_table, self.problems_only_check)
        QWidget.setTabOrder(self.problems_only_check, self.import_all_button)
        QWidget.setTabOrder(self.import_all_button, self.import_valid_button)
        QWidget.setTabOrder(self.import_valid_button, self.save_errors_button)
        QWidget.setTabOrder(self.save_errors_button, self.cancel_button)

        self.retranslateUi(ImportPreviewDialog)

        self.import_all_button.setDefault(True)


        QMetaObject.connectSlotsByName(ImportPreviewDialog)
    # setupUi

    def retranslateUi(self, ImportPreviewDialog):
        ImportPreviewDialog.setWindowTitle(QCoreApplication.translate("ImportPreviewDialog", u"Import preview", None))
        self.problems_only_check.setText(QCoreApplication.translate("ImportPreviewDialog", u"Show only rows with problems", None))
        self.save_errors_button.setText(QCoreApplication.translate("ImportPreviewDialog", u"Save rows with errors\u2026", None))
        self.import_valid_button.setText(QCoreApplication.translate("ImportPreviewDialog", u"Import valid rows only", None))
        self.import_all_button.setText(QCoreApplication.translate("ImportPreviewDialog", u"Import", None))
        self.cancel_button.setText(QCoreApplication.translate("ImportPreviewDialog", u"Cancel", None))
    # retranslateUi

