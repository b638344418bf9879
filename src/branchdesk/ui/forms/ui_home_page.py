# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'home_page.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QGroupBox, QHBoxLayout,
    QHeaderView, QLabel, QSizePolicy, QSpacerItem,
    QSpinBox, QTableWidget, QTableWidgetItem, QVBoxLayout,
    QWidget)

class Ui_HomePage(object):
    def setupUi(self, HomePage):
        if not HomePage.objectName():
            HomePage.setObjectName(u"HomePage")
        HomePage.resize(1000, 700)
        self.page_layout = QVBoxLayout(HomePage)
        self.page_layout.setObjectName(u"page_layout")
        self.title_label = QLabel(HomePage)
        self.title_label.setObjectName(u"title_label")
        self.title_label.setText(u"")

        self.page_layout.addWidget(self.title_label)

        self.todo_group = QGroupBox(HomePage)
        self.todo_group.setObjectName(u"todo_group")
        self.todo_layout = QVBoxLayout(self.todo_group)
        self.todo_layout.setObjectName(u"todo_layout")
        self.todo_label = QLabel(self.todo_group)
        self.todo_label.setObjectName(u"todo_label")
        self.todo_label.setWordWrap(True)
        self.todo_label.setTextFormat(Qt.TextFormat.RichText)
        self.todo_label.setText(u"")

        self.todo_layout.addWidget(self.todo_label)


        self.page_layout.addWidget(self.todo_group)

        self.calendar_header_layout = QHBoxLayout()
        self.calendar_header_layout.setObjectName(u"calendar_header_layout")
        self.calendar_label = QLabel(HomePage)
        self.calendar_label.setObjectName(u"calendar_label")

        self.calendar_header_layout.addWidget(self.calendar_label)

        self.year_spin = QSpinBox(HomePage)
        self.year_spin.setObjectName(u"year_spin")
        self.year_spin.setMinimum(2000)
        self.year_spin.setMaximum(2100)

        self.calendar_header_layout.addWidget(self.year_spin)

        self.calendar_spacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.calendar_header_layout.addItem(self.calendar_spacer)

        self.legend_label = QLabel(HomePage)
        self.legend_label.setObjectName(u"legend_label")
        self.legend_label.setText(u"")

        self.calendar_header_layout.addWidget(self.legend_label)


        self.page_layout.addLayout(self.calendar_header_layout)

        self.calendar_table = QTableWidget(HomePage)
        self.calendar_table.setObjectName(u"calendar_table")
        self.calendar_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.calendar_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)

        self.page_layout.addWidget(self.calendar_table)

        self.watch_group = QGroupBox(HomePage)
        self.watch_group.setObjectName(u"watch_group")
        self.watch_layout = QVBoxLayout(self.watch_group)
        self.watch_layout.setObjectName(u"watch_layout")
        self.watch_label = QLabel(self.watch_group)
        self.watch_label.setObjectName(u"watch_label")
        self.watch_label.setWordWrap(True)
        self.watch_label.setTextFormat(Qt.TextFormat.RichText)
        self.watch_label.setText(u"")

        self.watch_layout.addWidget(self.watch_label)


        self.page_layout.addWidget(self.watch_group)

        self.bottom_spacer = QSpacerItem(10, 10, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.page_layout.addItem(self.bottom_spacer)


        self.retranslateUi(HomePage)

        QMetaObject.connectSlotsByName(HomePage)
    # setupUi

    def retranslateUi(self, HomePage):
        self.todo_group.setTitle(QCoreApplication.translate("HomePage", u"To do", None))
        self.calendar_label.setText(QCoreApplication.translate("HomePage", u"Meetings and classes calendar", None))
        self.watch_group.setTitle(QCoreApplication.translate("HomePage", u"Members to watch", None))
        pass
    # retranslateUi

