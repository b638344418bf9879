# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'history_dialog.ui'
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

class Ui_HistoryDialog(object):
    def setupUi(self, HistoryDialog):
        if not HistoryDialog.objectName():
            HistoryDialog.setObjectName(u"HistoryDialog")
        HistoryDialog.resize(860, 560)
        self.main_layout = QVBoxLayout(HistoryDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.title_label = QLabel(HistoryDialog)
        self.title_label.setObjectName(u"title_label")
        self.title_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.title_label.setText(u"")

        self.main_layout.addWidget(self.title_label)

        self.changes_label = QLabel(HistoryDialog)
        self.changes_label.setObjectName(u"changes_label")

        self.main_layout.addWidget(self.changes_label)

        self.changes_view = QTableView(HistoryDialog)
        self.changes_view.setObjectName(u"changes_view")
        self.changes_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.changes_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.changes_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.changes_view.setWordWrap(False)
        self.changes_view.horizontalHeader().setStretchLastSection(True)
        self.changes_view.verticalHeader().setVisible(False)

        self.main_layout.addWidget(self.changes_view)

        self.fields_label = QLabel(HistoryDialog)
        self.fields_label.setObjectName(u"fields_label")

        self.main_layout.addWidget(self.fields_label)

        self.fields_table = QTableWidget(HistoryDialog)
        self.fields_table.setObjectName(u"fields_table")
        self.fields_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.fields_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.fields_table.horizontalHeader().setStretchLastSection(True)
        self.fields_table.verticalHeader().setVisible(False)

        self.main_layout.addWidget(self.fields_table)

        self.buttons_layout = QHBoxLayout()
        self.buttons_layout.setObjectName(u"buttons_layout")
        self.hint_label = QLabel(HistoryDialog)
        self.hint_label.setObjectName(u"hint_label")

        self.buttons_layout.addWidget(self.hint_label)

        self.button_box = QDialogButtonBox(HistoryDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.buttons_layout.addWidget(self.button_box)


        self.main_layout.addLayout(self.buttons_layout)

#if QT_CONFIG(shortcut)
        self.changes_label.setBuddy(self.changes_view)
        self.fields_label.setBuddy(self.fields_table)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.changes_view, self.fields_table)
        QWidget.setTabOrder(self.fields_table, self.button_box)

        self.retranslateUi(HistoryDialog)

        QMetaObject.connectSlotsByName(HistoryDialog)
    # setupUi

    def retranslateUi(self, HistoryDialog):
        HistoryDialog.setWindowTitle(QCoreApplication.translate("HistoryDialog", u"Change history", None))
        self.changes_label.setText(QCoreApplication.translate("HistoryDialog", u"&Changes, newest first", None))
        self.fields_label.setText(QCoreApplication.translate("HistoryDialog", u"&Old and new values of the selected change", None))
        self.hint_label.setText(QCoreApplication.translate("HistoryDialog", u"Edit \u2192 Undo takes back the changes made since the window opened.", None))
    # retranslateUi

