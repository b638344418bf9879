# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'reviews_page.ui'
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
from PySide6.QtWidgets import (QApplication, QHBoxLayout, QHeaderView, QLabel,
    QLineEdit, QPushButton, QSizePolicy, QSpacerItem,
    QSpinBox, QTabWidget, QTableWidget, QTableWidgetItem,
    QVBoxLayout, QWidget)

class Ui_ReviewsPage(object):
    def setupUi(self, ReviewsPage):
        if not ReviewsPage.objectName():
            ReviewsPage.setObjectName(u"ReviewsPage")
        ReviewsPage.resize(1100, 700)
        self.page_layout = QVBoxLayout(ReviewsPage)
        self.page_layout.setObjectName(u"page_layout")
        self.header_layout = QHBoxLayout()
        self.header_layout.setObjectName(u"header_layout")
        self.title_label = QLabel(ReviewsPage)
        self.title_label.setObjectName(u"title_label")

        self.header_layout.addWidget(self.title_label)

        self.header_spacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.header_layout.addItem(self.header_spacer)

        self.year_label = QLabel(ReviewsPage)
        self.year_label.setObjectName(u"year_label")

        self.header_layout.addWidget(self.year_label)

        self.year_spin = QSpinBox(ReviewsPage)
        self.year_spin.setObjectName(u"year_spin")
        self.year_spin.setMinimum(2000)
        self.year_spin.setMaximum(2100)

        self.header_layout.addWidget(self.year_spin)


        self.page_layout.addLayout(self.header_layout)

        self.tabs = QTabWidget(ReviewsPage)
        self.tabs.setObjectName(u"tabs")
        self.evaluation_tab = QWidget()
        self.evaluation_tab.setObjectName(u"evaluation_tab")
        self.evaluation_layout = QVBoxLayout(self.evaluation_tab)
        self.evaluation_layout.setObjectName(u"evaluation_layout")
        self.evaluation_hint_label = QLabel(self.evaluation_tab)
        self.evaluation_hint_label.setObjectName(u"evaluation_hint_label")
        self.evaluation_hint_label.setWordWrap(True)

        self.evaluation_layout.addWidget(self.evaluation_hint_label)

        self.evaluation_date_layout = QHBoxLayout()
        self.evaluation_date_layout.setObjectName(u"evaluation_date_layout")
        self.evaluation_date_label = QLabel(self.evaluation_tab)
        self.evaluation_date_label.setObjectName(u"evaluation_date_label")

        self.evaluation_date_layout.addWidget(self.evaluation_date_label)

        self.evaluation_date_edit = QLineEdit(self.evaluation_tab)
        self.evaluation_date_edit.setObjectName(u"evaluation_date_edit")
        self.evaluation_date_edit.setMaximumSize(QSize(120, 16777215))

        self.evaluation_date_layout.addWidget(self.evaluation_date_edit)

        self.evaluation_date_spacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.evaluation_date_layout.addItem(self.evaluation_date_spacer)


        self.evaluation_layout.addLayout(self.evaluation_date_layout)

        self.evaluation_table = QTableWidget(self.evaluation_tab)
        self.evaluation_table.setObjectName(u"evaluation_table")
        self.evaluation_table.verticalHeader().setVisible(False)

        self.evaluation_layout.addWidget(self.evaluation_table)

        self.evaluation_summary_label = QLabel(self.evaluation_tab)
        self.evaluation_summary_label.setObjectName(u"evaluation_summary_label")
        self.evaluation_summary_label.setWordWrap(True)
        self.evaluation_summary_label.setTextFormat(Qt.TextFormat.RichText)
        self.evaluation_summary_label.setText(u"")

        self.evaluation_layout.addWidget(self.evaluation_summary_label)

        self.evaluation_buttons_layout = QHBoxLayout()
        self.evaluation_buttons_layout.setObjectName(u"evaluation_buttons_layout")
        self.evaluation_spacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.evaluation_buttons_layout.addItem(self.evaluation_spacer)

        self.save_evaluation_button = QPushButton(self.evaluation_tab)
        self.save_evaluation_button.setObjectName(u"save_evaluation_button")

        self.evaluation_buttons_layout.addWidget(self.save_evaluation_button)


        self.evaluation_layout.addLayout(self.evaluation_buttons_layout)

        self.tabs.addTab(self.evaluation_tab, "")
        self.registration_tab = QWidget()
        self.registration_tab.setObjectName(u"registration_tab")
        self.registration_layout = QVBoxLayout(self.registration_tab)
        self.registration_layout.setObjectName(u"registration_layout")
        self.registration_hint_label = QLabel(self.registration_tab)
        self.registration_hint_label.setObjectName(u"registration_hint_label")
        self.registration_hint_label.setWordWrap(True)

        self.registration_layout.addWidget(self.registration_hint_label)

        self.registration_date_layout = QHBoxLayout()
        self.registration_date_layout.setObjectName(u"registration_date_layout")
        self.registration_date_label = QLabel(self.registration_tab)
        self.registration_date_label.setObjectName(u"registration_date_label")

        self.registration_date_layout.addWidget(self.registration_date_label)

        self.registration_date_edit = QLineEdit(self.registration_tab)
        self.registration_date_edit.setObjectName(u"registration_date_edit")
        self.registration_date_edit.setMaximumSize(QSize(120, 16777215))

        self.registration_date_layout.addWidget(self.registration_date_edit)

        self.register_all_button = QPushButton(self.registration_tab)
        self.register_all_button.setObjectName(u"register_all_button")

        self.registration_date_layout.addWidget(self.register_all_button)

        self.registration_date_spacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.registration_date_layout.addItem(self.registration_date_spacer)


        self.registration_layout.addLayout(self.registration_date_layout)

        self.registration_table = QTableWidget(self.registration_tab)
        self.registration_table.setObjectName(u"registration_table")
        self.registration_table.verticalHeader().setVisible(False)

        self.registration_layout.addWidget(self.registration_table)

        self.registration_summary_label = QLabel(self.registration_tab)
        self.registration_summary_label.setObjectName(u"registration_summary_label")
        self.registration_summary_label.setWordWrap(True)
        self.registration_summary_label.setTextFormat(Qt.TextFormat.RichText)
        self.registration_summary_label.setText(u"")

        self.registration_layout.addWidget(self.registration_summary_label)

        self.registration_buttons_layout = QHBoxLayout()
        self.registration_buttons_layout.setObjectName(u"registration_buttons_layout")
        self.registration_spacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.registration_buttons_layout.addItem(self.registration_spacer)

        self.save_registration_button = QPushButton(self.registration_tab)
        self.save_registration_button.setObjectName(u"save_registration_button")

        self.registration_buttons_layout.addWidget(self.save_registration_button)


        self.registration_layout.addLayout(self.registration_buttons_layout)

        self.tabs.addTab(self.registration_tab, "")

        self.page_layout.addWidget(self.tabs)

#if QT_CONFIG(shortcut)
        self.year_label.setBuddy(self.year_spin)
        self.evaluation_date_label.setBuddy(self.evaluation_date_edit)
        self.registration_date_label.setBuddy(self.registration_date_edit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ReviewsPage)

        QMetaObject.connectSlotsByName(ReviewsPage)
    # setupUi

    def retranslateUi(self, ReviewsPage):
        self.title_label.setText(QCoreApplication.translate("ReviewsPage", u"Evaluation and registration", None))
        self.year_label.setText(QCoreApplication.translate("ReviewsPage", u"Year", None))
        self.evaluation_hint_label.setText(QCoreApplication.translate("ReviewsPage", u"Enter the vote counts and the grades: proposed by the branch committee, approved by the higher committee. Party members keeping League membership may be left out.", None))
        self.evaluation_date_label.setText(QCoreApplication.translate("ReviewsPage", u"Decided on", None))
        self.save_evaluation_button.setText(QCoreApplication.translate("ReviewsPage", u"Save evaluation", None))
        self.tabs.setTabText(self.tabs.indexOf(self.evaluation_tab), QCoreApplication.translate("ReviewsPage", u"Member evaluation", None))
        self.registration_hint_label.setText(QCoreApplication.translate("ReviewsPage", u"Members graded basically qualified or better can be registered. Deferral and refusal need a reason.", None))
        self.registration_date_label.setText(QCoreApplication.translate("ReviewsPage", u"Decided on", None))
        self.register_all_button.setText(QCoreApplication.translate("ReviewsPage", u"Register all eligible", None))
        self.save_registration_button.setText(QCoreApplication.translate("ReviewsPage", u"Save registration", None))
        self.tabs.setTabText(self.tabs.indexOf(self.registration_tab), QCoreApplication.translate("ReviewsPage", u"League registration", None))
        pass
    # retranslateUi

