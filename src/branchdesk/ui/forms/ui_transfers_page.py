# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'transfers_page.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QCheckBox, QComboBox,
    QHBoxLayout, QHeaderView, QLabel, QPushButton,
    QSizePolicy, QSpacerItem, QSpinBox, QTabWidget,
    QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

class Ui_TransfersPage(object):
    def setupUi(self, TransfersPage):
        if not TransfersPage.objectName():
            TransfersPage.setObjectName(u"TransfersPage")
        TransfersPage.resize(1100, 700)
        self.page_layout = QVBoxLayout(TransfersPage)
        self.page_layout.setObjectName(u"page_layout")
        self.title_label = QLabel(TransfersPage)
        self.title_label.setObjectName(u"title_label")

        self.page_layout.addWidget(self.title_label)

        self.tabs = QTabWidget(TransfersPage)
        self.tabs.setObjectName(u"tabs")
        self.transfers_tab = QWidget()
        self.transfers_tab.setObjectName(u"transfers_tab")
        self.transfers_layout = QVBoxLayout(self.transfers_tab)
        self.transfers_layout.setObjectName(u"transfers_layout")
        self.filter_layout = QHBoxLayout()
        self.filter_layout.setObjectName(u"filter_layout")
        self.state_label = QLabel(self.transfers_tab)
        self.state_label.setObjectName(u"state_label")

        self.filter_layout.addWidget(self.state_label)

        self.state_combo = QComboBox(self.transfers_tab)
        self.state_combo.setObjectName(u"state_combo")

        self.filter_layout.addWidget(self.state_combo)

        self.direction_label = QLabel(self.transfers_tab)
        self.direction_label.setObjectName(u"direction_label")

        self.filter_layout.addWidget(self.direction_label)

        self.direction_combo = QComboBox(self.transfers_tab)
        self.direction_combo.setObjectName(u"direction_combo")

        self.filter_layout.addWidget(self.direction_combo)

        self.filter_spacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.filter_layout.addItem(self.filter_spacer)

        self.new_out_button = QPushButton(self.transfers_tab)
        self.new_out_button.setObjectName(u"new_out_button")

        self.filter_layout.addWidget(self.new_out_button)

        self.new_in_button = QPushButton(self.transfers_tab)
        self.new_in_button.setObjectName(u"new_in_button")

        self.filter_layout.addWidget(self.new_in_button)


        self.transfers_layout.addLayout(self.filter_layout)

        self.transfers_table = QTableWidget(self.transfers_tab)
        self.transfers_table.setObjectName(u"transfers_table")
        self.transfers_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.transfers_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.transfers_table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.transfers_table.verticalHeader().setVisible(False)

        self.transfers_layout.addWidget(self.transfers_table)

        self.steps_label = QLabel(self.transfers_tab)
        self.steps_label.setObjectName(u"steps_label")
        self.steps_label.setWordWrap(True)
        self.steps_label.setText(u"")

        self.transfers_layout.addWidget(self.steps_label)

        self.actions_layout = QHBoxLayout()
        self.actions_layout.setObjectName(u"actions_layout")
        self.advance_button = QPushButton(self.transfers_tab)
        self.advance_button.setObjectName(u"advance_button")

        self.actions_layout.addWidget(self.advance_button)

        self.return_button = QPushButton(self.transfers_tab)
        self.return_button.setObjectName(u"return_button")

        self.actions_layout.addWidget(self.return_button)

        self.resubmit_button = QPushButton(self.transfers_tab)
        self.resubmit_button.setObjectName(u"resubmit_button")

        self.actions_layout.addWidget(self.resubmit_button)

        self.withdraw_button = QPushButton(self.transfers_tab)
        self.withdraw_button.setObjectName(u"withdraw_button")

        self.actions_layout.addWidget(self.withdraw_button)

        self.actions_spacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.actions_layout.addItem(self.actions_spacer)

        self.issue_letter_button = QPushButton(self.transfers_tab)
        self.issue_letter_button.setObjectName(u"issue_letter_button")

        self.actions_layout.addWidget(self.issue_letter_button)

        self.print_letter_button = QPushButton(self.transfers_tab)
        self.print_letter_button.setObjectName(u"print_letter_button")

        self.actions_layout.addWidget(self.print_letter_button)

        self.void_letter_button = QPushButton(self.transfers_tab)
        self.void_letter_button.setObjectName(u"void_letter_button")

        self.actions_layout.addWidget(self.void_letter_button)

        self.receipt_button = QPushButton(self.transfers_tab)
        self.receipt_button.setObjectName(u"receipt_button")

        self.actions_layout.addWidget(self.receipt_button)


        self.transfers_layout.addLayout(self.actions_layout)

        self.tabs.addTab(self.transfers_tab, "")
        self.cohort_tab = QWidget()
        self.cohort_tab.setObjectName(u"cohort_tab")
        self.cohort_layout = QVBoxLayout(self.cohort_tab)
        self.cohort_layout.setObjectName(u"cohort_layout")
        self.cohort_header_layout = QHBoxLayout()
        self.cohort_header_layout.setObjectName(u"cohort_header_layout")
        self.cohort_year_label = QLabel(self.cohort_tab)
        self.cohort_year_label.setObjectName(u"cohort_year_label")

        self.cohort_header_layout.addWidget(self.cohort_year_label)

        self.cohort_year_spin = QSpinBox(self.cohort_tab)
        self.cohort_year_spin.setObjectName(u"cohort_year_spin")
        self.cohort_year_spin.setMinimum(2000)
        self.cohort_year_spin.setMaximum(2100)

        self.cohort_header_layout.addWidget(self.cohort_year_spin)

        self.all_members_check = QCheckBox(self.cohort_tab)
        self.all_members_check.setObjectName(u"all_members_check")

        self.cohort_header_layout.addWidget(self.all_members_check)

        self.cohort_spacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.cohort_header_layout.addItem(self.cohort_spacer)


        self.cohort_layout.addLayout(self.cohort_header_layout)

        self.rate_label = QLabel(self.cohort_tab)
        self.rate_label.setObjectName(u"rate_label")
        self.rate_label.setWordWrap(True)
        self.rate_label.setText(u"")

        self.cohort_layout.addWidget(self.rate_label)

        self.graduates_table = QTableWidget(self.cohort_tab)
        self.graduates_table.setObjectName(u"graduates_table")
        self.graduates_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.graduates_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.graduates_table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.graduates_table.verticalHeader().setVisible(False)

        self.cohort_layout.addWidget(self.graduates_table)

        self.cohort_buttons_layout = QHBoxLayout()
        self.cohort_buttons_layout.setObjectName(u"cohort_buttons_layout")
        self.cohort_buttons_spacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.cohort_buttons_layout.addItem(self.cohort_buttons_spacer)

        self.set_graduation_button = QPushButton(self.cohort_tab)
        self.set_graduation_button.setObjectName(u"set_graduation_button")

        self.cohort_buttons_layout.addWidget(self.set_graduation_button)

        self.create_transfers_button = QPushButton(self.cohort_tab)
        self.create_transfers_button.setObjectName(u"create_transfers_button")

        self.cohort_buttons_layout.addWidget(self.create_transfers_button)


        self.cohort_layout.addLayout(self.cohort_buttons_layout)

        self.tabs.addTab(self.cohort_tab, "")

        self.page_layout.addWidget(self.tabs)

#if QT_CONFIG(shortcut)
        self.state_label.setBuddy(self.state_combo)
        self.direction_label.setBuddy(self.direction_combo)
        self.cohort_year_label.setBuddy(self.cohort_year_spin)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.tabs, self.state_combo)
        QWidget.setTabOrder(self.state_combo, self.direction_combo)
        QWidget.setTabOrder(self.direction_combo, self.new_out_button)
        QWidget.setTabOrder(self.new_out_button, self.new_in_button)
        QWidget.setTabOrder(self.new_in_button, self.transfers_table)
        QWidget.setTabOrder(self.transfers_table, self.advance_button)
        QWidget.setTabOrder(self.advance_button, self.return_button)
        QWidget.setTabOrder(self.return_button, self.resubmit_button)
        QWidget.setTabOrder(self.resubmit_button, self.withdraw_button)
        QWidget.setTabOrder(self.withdraw_button, self.issue_letter_button)
        QWidget.setTabOrder(self.issue_letter_button, self.print_letter_button)
        QWidget.setTabOrder(self.print_letter_button, self.void_letter_button)
        QWidget.setTabOrder(self.void_letter_button, self.receipt_button)
        QWidget.setTabOrder(self.receipt_button, self.cohort_year_spin)
        QWidget.setTabOrder(self.cohort_year_spin, self.all_members_check)
        QWidget.setTabOrder(self.all_members_check, self.graduates_table)
        QWidget.setTabOrder(self.graduates_table, self.set_graduation_button)
        QWidget.setTabOrder(self.set_graduation_button, self.create_transfers_button)

        self.retranslateUi(TransfersPage)

        QMetaObject.connectSlotsByName(TransfersPage)
    # setupUi

    def retranslateUi(self, TransfersPage):
        self.title_label.setText(QCoreApplication.translate("TransfersPage", u"Transfers of League membership", None))
        self.state_label.setText(QCoreApplication.translate("TransfersPage", u"State", None))
        self.direction_label.setText(QCoreApplication.translate("TransfersPage", u"Direction", None))
        self.new_out_button.setText(QCoreApplication.translate("TransfersPage", u"New transfer out\u2026", None))
        self.new_in_button.setText(QCoreApplication.translate("TransfersPage", u"New transfer in\u2026", None))
        self.advance_button.setText(QCoreApplication.translate("TransfersPage", u"Next step\u2026", None))
        self.return_button.setText(QCoreApplication.translate("TransfersPage", u"Return\u2026", None))
        self.resubmit_button.setText(QCoreApplication.translate("TransfersPage", u"Resubmit\u2026", None))
        self.withdraw_button.setText(QCoreApplication.translate("TransfersPage", u"Withdraw\u2026", None))
        self.issue_letter_button.setText(QCoreApplication.translate("TransfersPage", u"Issue letter\u2026", None))
        self.print_letter_button.setText(QCoreApplication.translate("TransfersPage", u"Print letter", None))
        self.void_letter_button.setText(QCoreApplication.translate("TransfersPage", u"Void letter\u2026", None))
        self.receipt_button.setText(QCoreApplication.translate("TransfersPage", u"Receipt returned\u2026", None))
        self.tabs.setTabText(self.tabs.indexOf(self.transfers_tab), QCoreApplication.translate("TransfersPage", u"Transfers", None))
        self.cohort_year_label.setText(QCoreApplication.translate("TransfersPage", u"Graduation year", None))
        self.all_members_check.setText(QCoreApplication.translate("TransfersPage", u"Also show members without a graduation date", None))
        self.set_graduation_button.setText(QCoreApplication.translate("TransfersPage", u"Set graduation and destination\u2026", None))
        self.create_transfers_button.setText(QCoreApplication.translate("TransfersPage", u"Create transfers\u2026", None))
        self.tabs.setTabText(self.tabs.indexOf(self.cohort_tab), QCoreApplication.translate("TransfersPage", u"Graduates (school to community)", None))
        pass
    # retranslateUi

