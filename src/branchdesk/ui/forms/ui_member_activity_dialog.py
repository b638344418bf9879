# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'member_activity_dialog.ui'
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
    QDialogButtonBox, QHBoxLayout, QHeaderView, QLabel,
    QSizePolicy, QTableView, QTableWidget, QTableWidgetItem,
    QVBoxLayout, QWidget)

class Ui_MemberActivityDialog(object):
    def setupUi(self, MemberActivityDialog):
        if not MemberActivityDialog.objectName():
            MemberActivityDialog.setObjectName(u"MemberActivityDialog")
        MemberActivityDialog.resize(860, 640)
        self.main_layout = QVBoxLayout(MemberActivityDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.name_label = QLabel(MemberActivityDialog)
        self.name_label.setObjectName(u"name_label")
        self.name_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.name_label.setText(u"")

        self.main_layout.addWidget(self.name_label)

        self.details_label = QLabel(MemberActivityDialog)
        self.details_label.setObjectName(u"details_label")
        self.details_label.setWordWrap(True)
        self.details_label.setText(u"")

        self.main_layout.addWidget(self.details_label)

        self.lapse_label = QLabel(MemberActivityDialog)
        self.lapse_label.setObjectName(u"lapse_label")
        self.lapse_label.setWordWrap(True)
        self.lapse_label.setStyleSheet(u"color: #c5221f; font-weight: bold;")
        self.lapse_label.setText(u"")

        self.main_layout.addWidget(self.lapse_label)

        self.status_label = QLabel(MemberActivityDialog)
        self.status_label.setObjectName(u"status_label")
        self.status_label.setWordWrap(True)
        self.status_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status_label.setText(u"")

        self.main_layout.addWidget(self.status_label)

        self.years_label = QLabel(MemberActivityDialog)
        self.years_label.setObjectName(u"years_label")

        self.main_layout.addWidget(self.years_label)

        self.years_table = QTableWidget(MemberActivityDialog)
        self.years_table.setObjectName(u"years_table")
        self.years_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.years_table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.years_table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.years_table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.years_table.horizontalHeader().setStretchLastSection(True)
        self.years_table.verticalHeader().setVisible(False)

        self.main_layout.addWidget(self.years_table)

        self.meetings_label = QLabel(MemberActivityDialog)
        self.meetings_label.setObjectName(u"meetings_label")

        self.main_layout.addWidget(self.meetings_label)

        self.meetings_table = QTableView(MemberActivityDialog)
        self.meetings_table.setObjectName(u"meetings_table")
        self.meetings_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.meetings_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.meetings_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.meetings_table.horizontalHeader().setStretchLastSection(True)
        self.meetings_table.verticalHeader().setVisible(False)

        self.main_layout.addWidget(self.meetings_table)

        self.buttons_layout = QHBoxLayout()
        self.buttons_layout.setObjectName(u"buttons_layout")
        self.hint_label = QLabel(MemberActivityDialog)
        self.hint_label.setObjectName(u"hint_label")

        self.buttons_layout.addWidget(self.hint_label)

        self.button_box = QDialogButtonBox(MemberActivityDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.buttons_layout.addWidget(self.button_box)


        self.main_layout.addLayout(self.buttons_layout)

#if QT_CONFIG(shortcut)
        self.years_label.setBuddy(self.years_table)
        self.meetings_label.setBuddy(self.meetings_table)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.meetings_table, self.button_box)

        self.retranslateUi(MemberActivityDialog)

        QMetaObject.connectSlotsByName(MemberActivityDialog)
    # setupUi

    def retranslateUi(self, MemberActivityDialog):
        MemberActivityDialog.setWindowTitle(QCoreApplication.translate("MemberActivityDialog", u"League activity", None))
        self.years_label.setText(QCoreApplication.translate("MemberActivityDialog", u"Year by year", None))
        self.meetings_label.setText(QCoreApplication.translate("MemberActivityDialog", u"Meetings the member was expected at", None))
        self.hint_label.setText(QCoreApplication.translate("MemberActivityDialog", u"Double-click a meeting to open its record.", None))
    # retranslateUi

