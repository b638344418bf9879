# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'member_page.ui'
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
    QHeaderView, QLabel, QLineEdit, QSizePolicy,
    QSpacerItem, QTableView, QVBoxLayout, QWidget)

class Ui_MemberPage(object):
    def setupUi(self, MemberPage):
        if not MemberPage.objectName():
            MemberPage.setObjectName(u"MemberPage")
        MemberPage.resize(1100, 700)
        self.page_layout = QVBoxLayout(MemberPage)
        self.page_layout.setObjectName(u"page_layout")
        self.title_label = QLabel(MemberPage)
        self.title_label.setObjectName(u"title_label")

        self.page_layout.addWidget(self.title_label)

        self.filter_layout = QHBoxLayout()
        self.filter_layout.setObjectName(u"filter_layout")
        self.search_edit = QLineEdit(MemberPage)
        self.search_edit.setObjectName(u"search_edit")
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setMinimumSize(QSize(280, 0))

        self.filter_layout.addWidget(self.search_edit)

        self.status_filter_label = QLabel(MemberPage)
        self.status_filter_label.setObjectName(u"status_filter_label")

        self.filter_layout.addWidget(self.status_filter_label)

        self.status_filter_combo = QComboBox(MemberPage)
        self.status_filter_combo.setObjectName(u"status_filter_combo")

        self.filter_layout.addWidget(self.status_filter_combo)

        self.group_filter_label = QLabel(MemberPage)
        self.group_filter_label.setObjectName(u"group_filter_label")

        self.filter_layout.addWidget(self.group_filter_label)

        self.group_filter_combo = QComboBox(MemberPage)
        self.group_filter_combo.setObjectName(u"group_filter_combo")

        self.filter_layout.addWidget(self.group_filter_combo)

        self.political_filter_label = QLabel(MemberPage)
        self.political_filter_label.setObjectName(u"political_filter_label")

        self.filter_layout.addWidget(self.political_filter_label)

        self.political_filter_combo = QComboBox(MemberPage)
        self.political_filter_combo.setObjectName(u"political_filter_combo")

        self.filter_layout.addWidget(self.political_filter_combo)

        self.overage_filter_label = QLabel(MemberPage)
        self.overage_filter_label.setObjectName(u"overage_filter_label")

        self.filter_layout.addWidget(self.overage_filter_label)

        self.overage_filter_combo = QComboBox(MemberPage)
        self.overage_filter_combo.setObjectName(u"overage_filter_combo")

        self.filter_layout.addWidget(self.overage_filter_combo)

        self.filter_spacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.filter_layout.addItem(self.filter_spacer)


        self.page_layout.addLayout(self.filter_layout)

        self.members_table = QTableView(MemberPage)
        self.members_table.setObjectName(u"members_table")
        self.members_table.setAlternatingRowColors(True)
        self.members_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.members_table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.members_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.members_table.setSortingEnabled(True)
        self.members_table.setWordWrap(False)
        self.members_table.horizontalHeader().setStretchLastSection(True)
        self.members_table.verticalHeader().setVisible(False)

        self.page_layout.addWidget(self.members_table)

        self.summary_label = QLabel(MemberPage)
        self.summary_label.setObjectName(u"summary_label")
        self.summary_label.setText(u"")

        self.page_layout.addWidget(self.summary_label)

#if QT_CONFIG(shortcut)
        self.status_filter_label.setBuddy(self.status_filter_combo)
        self.group_filter_label.setBuddy(self.group_filter_combo)
        self.political_filter_label.setBuddy(self.political_filter_combo)
        self.overage_filter_label.setBuddy(self.overage_filter_combo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.search_edit, self.status_filter_combo)
        QWidget.setTabOrder(self.status_filter_combo, self.group_filter_combo)
        QWidget.setTabOrder(self.group_filter_combo, self.political_filter_combo)
        QWidget.setTabOrder(self.political_filter_combo, self.overage_filter_combo)
        QWidget.setTabOrder(self.overage_filter_combo, self.members_table)

        self.retranslateUi(MemberPage)

        QMetaObject.connectSlotsByName(MemberPage)
    # setupUi

    def retranslateUi(self, MemberPage):
        self.title_label.setText(QCoreApplication.translate("MemberPage", u"Member roster", None))
        self.search_edit.setPlaceholderText(QCoreApplication.translate("MemberPage", u"Search by name, pinyin initials, ID or phone (Ctrl+F)", None))
        self.status_filter_label.setText(QCoreApplication.translate("MemberPage", u"Status", None))
        self.group_filter_label.setText(QCoreApplication.translate("MemberPage", u"Group", None))
        self.political_filter_label.setText(QCoreApplication.translate("MemberPage", u"Political status", None))
        self.overage_filter_label.setText(QCoreApplication.translate("MemberPage", u"Age limit", None))
        pass
    # retranslateUi

