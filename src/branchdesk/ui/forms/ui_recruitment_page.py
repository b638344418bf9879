# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'recruitment_page.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QGroupBox,
    QHBoxLayout, QHeaderView, QLabel, QPushButton,
    QSizePolicy, QSpacerItem, QTableWidget, QTableWidgetItem,
    QVBoxLayout, QWidget)

class Ui_RecruitmentPage(object):
    def setupUi(self, RecruitmentPage):
        if not RecruitmentPage.objectName():
            RecruitmentPage.setObjectName(u"RecruitmentPage")
        RecruitmentPage.resize(900, 600)
        self.main_layout = QVBoxLayout(RecruitmentPage)
        self.main_layout.setObjectName(u"main_layout")
        self.title_layout = QHBoxLayout()
        self.title_layout.setObjectName(u"title_layout")
        self.title_label = QLabel(RecruitmentPage)
        self.title_label.setObjectName(u"title_label")

        self.title_layout.addWidget(self.title_label)

        self.title_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.title_layout.addItem(self.title_spacer)

        self.stage_filter_label = QLabel(RecruitmentPage)
        self.stage_filter_label.setObjectName(u"stage_filter_label")

        self.title_layout.addWidget(self.stage_filter_label)

        self.stage_filter_combo = QComboBox(RecruitmentPage)
        self.stage_filter_combo.setObjectName(u"stage_filter_combo")

        self.title_layout.addWidget(self.stage_filter_combo)


        self.main_layout.addLayout(self.title_layout)

        self.intro_label = QLabel(RecruitmentPage)
        self.intro_label.setObjectName(u"intro_label")
        self.intro_label.setWordWrap(True)
        self.intro_label.setText(u"")

        self.main_layout.addWidget(self.intro_label)

        self.applicants_table = QTableWidget(RecruitmentPage)
        if (self.applicants_table.columnCount() < 5):
            self.applicants_table.setColumnCount(5)
        __qtablewidgetitem = QTableWidgetItem()
        self.applicants_table.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.applicants_table.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.applicants_table.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        __qtablewidgetitem3 = QTableWidgetItem()
        self.applicants_table.setHorizontalHeaderItem(3, __qtablewidgetitem3)
        __qtablewidgetitem4 = QTableWidgetItem()
        self.applicants_table.setHorizontalHeaderItem(4, __qtablewidgetitem4)
        self.applicants_table.setObjectName(u"applicants_table")
        self.applicants_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.applicants_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.applicants_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.applicants_table.setColumnCount(5)

        self.main_layout.addWidget(self.applicants_table)

        self.buttons_layout = QHBoxLayout()
        self.buttons_layout.setObjectName(u"buttons_layout")
        self.new_button = QPushButton(RecruitmentPage)
        self.new_button.setObjectName(u"new_button")

        self.buttons_layout.addWidget(self.new_button)

        self.edit_button = QPushButton(RecruitmentPage)
        self.edit_button.setObjectName(u"edit_button")

        self.buttons_layout.addWidget(self.edit_button)

        self.advance_button = QPushButton(RecruitmentPage)
        self.advance_button.setObjectName(u"advance_button")

        self.buttons_layout.addWidget(self.advance_button)

        self.drop_button = QPushButton(RecruitmentPage)
        self.drop_button.setObjectName(u"drop_button")

        self.buttons_layout.addWidget(self.drop_button)

        self.buttons_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttons_layout.addItem(self.buttons_spacer)


        self.main_layout.addLayout(self.buttons_layout)

        self.checks_group = QGroupBox(RecruitmentPage)
        self.checks_group.setObjectName(u"checks_group")
        self.checks_layout = QVBoxLayout(self.checks_group)
        self.checks_layout.setObjectName(u"checks_layout")
        self.checks_label = QLabel(self.checks_group)
        self.checks_label.setObjectName(u"checks_label")
        self.checks_label.setWordWrap(True)
        self.checks_label.setText(u"")

        self.checks_layout.addWidget(self.checks_label)


        self.main_layout.addWidget(self.checks_group)

        QWidget.setTabOrder(self.stage_filter_combo, self.applicants_table)
        QWidget.setTabOrder(self.applicants_table, self.new_button)
        QWidget.setTabOrder(self.new_button, self.edit_button)
        QWidget.setTabOrder(self.edit_button, self.advance_button)
        QWidget.setTabOrder(self.advance_button, self.drop_button)

        self.retranslateUi(RecruitmentPage)

        QMetaObject.connectSlotsByName(RecruitmentPage)
    # setupUi

    def retranslateUi(self, RecruitmentPage):
        self.title_label.setText(QCoreApplication.translate("RecruitmentPage", u"Recruitment", None))
        self.stage_filter_label.setText(QCoreApplication.translate("RecruitmentPage", u"Stage:", None))
        ___qtablewidgetitem = self.applicants_table.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("RecruitmentPage", u"Name", None))
        ___qtablewidgetitem1 = self.applicants_table.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("RecruitmentPage", u"Stage", None))
        ___qtablewidgetitem2 = self.applicants_table.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("RecruitmentPage", u"Applied on", None))
        ___qtablewidgetitem3 = self.applicants_table.horizontalHeaderItem(3)
        ___qtablewidgetitem3.setText(QCoreApplication.translate("RecruitmentPage", u"Since", None))
        ___qtablewidgetitem4 = self.applicants_table.horizontalHeaderItem(4)
        ___qtablewidgetitem4.setText(QCoreApplication.translate("RecruitmentPage", u"League class hours", None))
        self.new_button.setText(QCoreApplication.translate("RecruitmentPage", u"New applicant\u2026", None))
        self.edit_button.setText(QCoreApplication.translate("RecruitmentPage", u"Edit\u2026", None))
        self.advance_button.setText(QCoreApplication.translate("RecruitmentPage", u"Next stage\u2026", None))
        self.drop_button.setText(QCoreApplication.translate("RecruitmentPage", u"Leave the pipeline\u2026", None))
        self.checks_group.setTitle(QCoreApplication.translate("RecruitmentPage", u"Checks for the next stage", None))
        pass
    # retranslateUi

