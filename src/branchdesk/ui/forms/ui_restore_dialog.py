# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'restore_dialog.ui'
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
    QDialogButtonBox, QGroupBox, QHBoxLayout, QHeaderView,
    QLabel, QPushButton, QSizePolicy, QSpacerItem,
    QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

class Ui_RestoreDialog(object):
    def setupUi(self, RestoreDialog):
        if not RestoreDialog.objectName():
            RestoreDialog.setObjectName(u"RestoreDialog")
        RestoreDialog.resize(820, 560)
        self.main_layout = QVBoxLayout(RestoreDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.intro_label = QLabel(RestoreDialog)
        self.intro_label.setObjectName(u"intro_label")
        self.intro_label.setWordWrap(True)

        self.main_layout.addWidget(self.intro_label)

        self.folder_label = QLabel(RestoreDialog)
        self.folder_label.setObjectName(u"folder_label")
        self.folder_label.setWordWrap(True)
        self.folder_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.folder_label.setText(u"")

        self.main_layout.addWidget(self.folder_label)

        self.backups_table = QTableWidget(RestoreDialog)
        if (self.backups_table.columnCount() < 7):
            self.backups_table.setColumnCount(7)
        __qtablewidgetitem = QTableWidgetItem()
        self.backups_table.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.backups_table.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.backups_table.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        __qtablewidgetitem3 = QTableWidgetItem()
        self.backups_table.setHorizontalHeaderItem(3, __qtablewidgetitem3)
        __qtablewidgetitem4 = QTableWidgetItem()
        self.backups_table.setHorizontalHeaderItem(4, __qtablewidgetitem4)
        __qtablewidgetitem5 = QTableWidgetItem()
        self.backups_table.setHorizontalHeaderItem(5, __qtablewidgetitem5)
        __qtablewidgetitem6 = QTableWidgetItem()
        self.backups_table.setHorizontalHeaderItem(6, __qtablewidgetitem6)
        self.backups_table.setObjectName(u"backups_table")
        self.backups_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.backups_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.backups_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.backups_table.setColumnCount(7)

        self.main_layout.addWidget(self.backups_table)

        self.preview_group = QGroupBox(RestoreDialog)
        self.preview_group.setObjectName(u"preview_group")
        self.preview_layout = QVBoxLayout(self.preview_group)
        self.preview_layout.setObjectName(u"preview_layout")
        self.preview_table = QTableWidget(self.preview_group)
        if (self.preview_table.columnCount() < 4):
            self.preview_table.setColumnCount(4)
        __qtablewidgetitem7 = QTableWidgetItem()
        self.preview_table.setHorizontalHeaderItem(0, __qtablewidgetitem7)
        __qtablewidgetitem8 = QTableWidgetItem()
        self.preview_table.setHorizontalHeaderItem(1, __qtablewidgetitem8)
        __qtablewidgetitem9 = QTableWidgetItem()
        self.preview_table.setHorizontalHeaderItem(2, __qtablewidgetitem9)
        __qtablewidgetitem10 = QTableWidgetItem()
        self.preview_table.setHorizontalHeaderItem(3, __qtablewidgetitem10)
        self.preview_table.setObjectName(u"preview_table")
        self.preview_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.preview_table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.preview_table.setMaximumSize(QSize(16777215, 150))
        self.preview_table.setColumnCount(4)

        self.preview_layout.addWidget(self.preview_table)


        self.main_layout.addWidget(self.preview_group)

        self.status_label = QLabel(RestoreDialog)
        self.status_label.setObjectName(u"status_label")
        self.status_label.setWordWrap(True)
        self.status_label.setText(u"")

        self.main_layout.addWidget(self.status_label)

        self.buttons_layout = QHBoxLayout()
        self.buttons_layout.setObjectName(u"buttons_layout")
        self.backup_now_button = QPushButton(RestoreDialog)
        self.backup_now_button.setObjectName(u"backup_now_button")

        self.buttons_layout.addWidget(self.backup_now_button)

        self.restore_button = QPushButton(RestoreDialog)
        self.restore_button.setObjectName(u"restore_button")

        self.buttons_layout.addWidget(self.restore_button)

        self.buttons_spacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttons_layout.addItem(self.buttons_spacer)

        self.button_box = QDialogButtonBox(RestoreDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.buttons_layout.addWidget(self.button_box)


        self.main_layout.addLayout(self.buttons_layout)

        QWidget.setTabOrder(self.backups_table, self.restore_button)
        QWidget.setTabOrder(self.restore_button, self.backup_now_button)
        QWidget.setTabOrder(self.backup_now_button, self.button_box)

        self.retranslateUi(RestoreDialog)

        QMetaObject.connectSlotsByName(RestoreDialog)
    # setupUi

    def retranslateUi(self, RestoreDialog):
        RestoreDialog.setWindowTitle(QCoreApplication.translate("RestoreDialog", u"Backups and restore", None))
        self.intro_label.setText(QCoreApplication.translate("RestoreDialog", u"Backups are made when the window closes and once a day. Choose one to see what it holds; restoring it replaces the current data, which is backed up first.", None))
        ___qtablewidgetitem = self.backups_table.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("RestoreDialog", u"Date", None))
        ___qtablewidgetitem1 = self.backups_table.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("RestoreDialog", u"Occasion", None))
        ___qtablewidgetitem2 = self.backups_table.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("RestoreDialog", u"Size", None))
        ___qtablewidgetitem3 = self.backups_table.horizontalHeaderItem(3)
        ___qtablewidgetitem3.setText(QCoreApplication.translate("RestoreDialog", u"Members", None))
        ___qtablewidgetitem4 = self.backups_table.horizontalHeaderItem(4)
        ___qtablewidgetitem4.setText(QCoreApplication.translate("RestoreDialog", u"Meetings", None))
        ___qtablewidgetitem5 = self.backups_table.horizontalHeaderItem(5)
        ___qtablewidgetitem5.setText(QCoreApplication.translate("RestoreDialog", u"Evaluations", None))
        ___qtablewidgetitem6 = self.backups_table.horizontalHeaderItem(6)
        ___qtablewidgetitem6.setText(QCoreApplication.translate("RestoreDialog", u"Registrations", None))
        self.preview_group.setTitle(QCoreApplication.translate("RestoreDialog", u"Selected backup compared with the current data", None))
        ___qtablewidgetitem7 = self.preview_table.horizontalHeaderItem(0)
        ___qtablewidgetitem7.setText(QCoreApplication.translate("RestoreDialog", u"Records", None))
        ___qtablewidgetitem8 = self.preview_table.horizontalHeaderItem(1)
        ___qtablewidgetitem8.setText(QCoreApplication.translate("RestoreDialog", u"In the backup", None))
        ___qtablewidgetitem9 = self.preview_table.horizontalHeaderItem(2)
        ___qtablewidgetitem9.setText(QCoreApplication.translate("RestoreDialog", u"Now", None))
        ___qtablewidgetitem10 = self.preview_table.horizontalHeaderItem(3)
        ___qtablewidgetitem10.setText(QCoreApplication.translate("RestoreDialog", u"Change on restore", None))
        self.backup_now_button.setText(QCoreApplication.translate("RestoreDialog", u"&Back up now", None))
        self.restore_button.setText(QCoreApplication.translate("RestoreDialog", u"&Restore\u2026", None))
    # retranslateUi

