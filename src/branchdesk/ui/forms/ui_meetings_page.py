# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'meetings_page.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QHBoxLayout,
    QHeaderView, QLabel, QPushButton, QSizePolicy,
    QSpacerItem, QTableView, QVBoxLayout, QWidget)

class Ui_MeetingsPage(object):
    def setupUi(self, MeetingsPage):
        if not MeetingsPage.objectName():
            MeetingsPage.setObjectName(u"MeetingsPage")
        MeetingsPage.resize(1000, 700)
        self.page_layout = QVBoxLayout(MeetingsPage)
        self.page_layout.setObjectName(u"page_layout")
        self.title_label = QLabel(MeetingsPage)
        self.title_label.setObjectName(u"title_label")

        self.page_layout.addWidget(self.title_label)

        self.filter_layout = QHBoxLayout()
        self.filter_layout.setObjectName(u"filter_layout")
        self.year_label = QLabel(MeetingsPage)
        self.year_label.setObjectName(u"year_label")

        self.filter_layout.addWidget(self.year_label)

        self.year_combo = QComboBox(MeetingsPage)
        self.year_combo.setObjectName(u"year_combo")

        self.filter_layout.addWidget(self.year_combo)

        self.kind_filter_label = QLabel(MeetingsPage)
        self.kind_filter_label.setObjectName(u"kind_filter_label")

        self.filter_layout.addWidget(self.kind_filter_label)

        self.kind_filter_combo = QComboBox(MeetingsPage)
        self.kind_filter_combo.setObjectName(u"kind_filter_combo")

        self.filter_layout.addWidget(self.kind_filter_combo)

        self.filter_spacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.filter_layout.addItem(self.filter_spacer)

        self.new_button = QPushButton(MeetingsPage)
        self.new_button.setObjectName(u"new_button")

        self.filter_layout.addWidget(self.new_button)


        self.page_layout.addLayout(self.filter_layout)

        self.meetings_table = QTableView(MeetingsPage)
        self.meetings_table.setObjectName(u"meetings_table")
        self.meetings_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.meetings_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.meetings_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.meetings_table.setAlternatingRowColors(True)
        self.meetings_table.horizontalHeader().setStretchLastSection(True)
        self.meetings_table.verticalHeader().setVisible(False)

        self.page_layout.addWidget(self.meetings_table)

        self.summary_label = QLabel(MeetingsPage)
        self.summary_label.setObjectName(u"summary_label")
        self.summary_label.setText(u"")

        self.page_layout.addWidget(self.summary_label)

#if QT_CONFIG(shortcut)
        self.year_label.setBuddy(self.year_combo)
        self.kind_filter_label.setBuddy(self.kind_filter_combo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.year_combo, self.kind_filter_combo)
        QWidget.setTabOrder(self.kind_filter_combo, self.new_button)
        QWidget.setTabOrder(self.new_button, self.meetings_table)

        self.retranslateUi(MeetingsPage)

        QMetaObject.connectSlotsByName(MeetingsPage)
    # setupUi

    def retranslateUi(self, MeetingsPage):
        self.title_label.setText(QCoreApplication.translate("MeetingsPage", u"Meetings and classes", None))
        self.year_label.setText(QCoreApplication.translate("MeetingsPage", u"Year", None))
        self.kind_filter_label.setText(QCoreApplication.translate("MeetingsPage", u"Type", None))
        self.new_button.setText(QCoreApplication.translate("MeetingsPage", u"Record a meeting\u2026", None))
        pass
    # retranslateUi

