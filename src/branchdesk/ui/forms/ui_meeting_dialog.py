# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'meeting_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QCheckBox,
    QComboBox, QDialog, QDialogButtonBox, QGridLayout,
    QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QListWidget, QListWidgetItem, QPlainTextEdit, QPushButton,
    QSizePolicy, QSpacerItem, QTabWidget, QTableView,
    QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

class Ui_MeetingDialog(object):
    def setupUi(self, MeetingDialog):
        if not MeetingDialog.objectName():
            MeetingDialog.setObjectName(u"MeetingDialog")
        MeetingDialog.resize(980, 720)
        self.main_layout = QVBoxLayout(MeetingDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.header_layout = QGridLayout()
        self.header_layout.setObjectName(u"header_layout")
        self.kind_label = QLabel(MeetingDialog)
        self.kind_label.setObjectName(u"kind_label")

        self.header_layout.addWidget(self.kind_label, 0, 0, 1, 1)

        self.kind_combo = QComboBox(MeetingDialog)
        self.kind_combo.setObjectName(u"kind_combo")

        self.header_layout.addWidget(self.kind_combo, 0, 1, 1, 1)

        self.title_label = QLabel(MeetingDialog)
        self.title_label.setObjectName(u"title_label")

        self.header_layout.addWidget(self.title_label, 0, 2, 1, 1)

        self.title_edit = QLineEdit(MeetingDialog)
        self.title_edit.setObjectName(u"title_edit")

        self.header_layout.addWidget(self.title_edit, 0, 3, 1, 3)

        self.date_label = QLabel(MeetingDialog)
        self.date_label.setObjectName(u"date_label")

        self.header_layout.addWidget(self.date_label, 1, 0, 1, 1)

        self.date_edit = QLineEdit(MeetingDialog)
        self.date_edit.setObjectName(u"date_edit")

        self.header_layout.addWidget(self.date_edit, 1, 1, 1, 1)

        self.time_label = QLabel(MeetingDialog)
        self.time_label.setObjectName(u"time_label")

        self.header_layout.addWidget(self.time_label, 1, 2, 1, 1)

        self.time_layout = QHBoxLayout()
        self.time_layout.setObjectName(u"time_layout")
        self.start_edit = QLineEdit(MeetingDialog)
        self.start_edit.setObjectName(u"start_edit")
        self.start_edit.setPlaceholderText(u"14:30")
        self.start_edit.setMaximumSize(QSize(70, 16777215))

        self.time_layout.addWidget(self.start_edit)

        self.dash_label = QLabel(MeetingDialog)
        self.dash_label.setObjectName(u"dash_label")
        self.dash_label.setText(u"\u2014")

        self.time_layout.addWidget(self.dash_label)

        self.end_edit = QLineEdit(MeetingDialog)
        self.end_edit.setObjectName(u"end_edit")
        self.end_edit.setPlaceholderText(u"16:00")
        self.end_edit.setMaximumSize(QSize(70, 16777215))

        self.time_layout.addWidget(self.end_edit)


        self.header_layout.addLayout(self.time_layout, 1, 3, 1, 1)

        self.place_label = QLabel(MeetingDialog)
        self.place_label.setObjectName(u"place_label")

        self.header_layout.addWidget(self.place_label, 1, 4, 1, 1)

        self.place_layout = QHBoxLayout()
        self.place_layout.setObjectName(u"place_layout")
        self.place_edit = QLineEdit(MeetingDialog)
        self.place_edit.setObjectName(u"place_edit")

        self.place_layout.addWidget(self.place_edit)

        self.online_check = QCheckBox(MeetingDialog)
        self.online_check.setObjectName(u"online_check")

        self.place_layout.addWidget(self.online_check)


        self.header_layout.addLayout(self.place_layout, 1, 5, 1, 1)

        self.chair_label = QLabel(MeetingDialog)
        self.chair_label.setObjectName(u"chair_label")

        self.header_layout.addWidget(self.chair_label, 2, 0, 1, 1)

        self.chair_combo = QComboBox(MeetingDialog)
        self.chair_combo.setObjectName(u"chair_combo")

        self.header_layout.addWidget(self.chair_combo, 2, 1, 1, 1)

        self.recorder_label = QLabel(MeetingDialog)
        self.recorder_label.setObjectName(u"recorder_label")

        self.header_layout.addWidget(self.recorder_label, 2, 2, 1, 1)

        self.recorder_combo = QComboBox(MeetingDialog)
        self.recorder_combo.setObjectName(u"recorder_combo")

        self.header_layout.addWidget(self.recorder_combo, 2, 3, 1, 1)

        self.group_label = QLabel(MeetingDialog)
        self.group_label.setObjectName(u"group_label")

        self.header_layout.addWidget(self.group_label, 2, 4, 1, 1)

        self.group_combo = QComboBox(MeetingDialog)
        self.group_combo.setObjectName(u"group_combo")

        self.header_layout.addWidget(self.group_combo, 2, 5, 1, 1)

        self.lecturer_label = QLabel(MeetingDialog)
        self.lecturer_label.setObjectName(u"lecturer_label")

        self.header_layout.addWidget(self.lecturer_label, 3, 0, 1, 1)

        self.lecturer_edit = QLineEdit(MeetingDialog)
        self.lecturer_edit.setObjectName(u"lecturer_edit")

        self.header_layout.addWidget(self.lecturer_edit, 3, 1, 1, 1)

        self.hours_label = QLabel(MeetingDialog)
        self.hours_label.setObjectName(u"hours_label")

        self.header_layout.addWidget(self.hours_label, 3, 2, 1, 1)

        self.hours_edit = QLineEdit(MeetingDialog)
        self.hours_edit.setObjectName(u"hours_edit")
        self.hours_edit.setPlaceholderText(u"1.5")
        self.hours_edit.setMaximumSize(QSize(70, 16777215))

        self.header_layout.addWidget(self.hours_edit, 3, 3, 1, 1)


        self.main_layout.addLayout(self.header_layout)

        self.tabs = QTabWidget(MeetingDialog)
        self.tabs.setObjectName(u"tabs")
        self.attendance_tab = QWidget()
        self.attendance_tab.setObjectName(u"attendance_tab")
        self.attendance_layout = QVBoxLayout(self.attendance_tab)
        self.attendance_layout.setObjectName(u"attendance_layout")
        self.attendance_hint_label = QLabel(self.attendance_tab)
        self.attendance_hint_label.setObjectName(u"attendance_hint_label")
        self.attendance_hint_label.setWordWrap(True)

        self.attendance_layout.addWidget(self.attendance_hint_label)

        self.attendance_table = QTableView(self.attendance_tab)
        self.attendance_table.setObjectName(u"attendance_table")
        self.attendance_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.attendance_table.setAlternatingRowColors(True)
        self.attendance_table.horizontalHeader().setStretchLastSection(True)
        self.attendance_table.verticalHeader().setVisible(False)

        self.attendance_layout.addWidget(self.attendance_table)

        self.observer_layout = QHBoxLayout()
        self.observer_layout.setObjectName(u"observer_layout")
        self.all_present_button = QPushButton(self.attendance_tab)
        self.all_present_button.setObjectName(u"all_present_button")

        self.observer_layout.addWidget(self.all_present_button)

        self.observer_label = QLabel(self.attendance_tab)
        self.observer_label.setObjectName(u"observer_label")

        self.observer_layout.addWidget(self.observer_label)

        self.observer_edit = QLineEdit(self.attendance_tab)
        self.observer_edit.setObjectName(u"observer_edit")

        self.observer_layout.addWidget(self.observer_edit)

        self.add_observer_button = QPushButton(self.attendance_tab)
        self.add_observer_button.setObjectName(u"add_observer_button")

        self.observer_layout.addWidget(self.add_observer_button)

        self.remove_observer_button = QPushButton(self.attendance_tab)
        self.remove_observer_button.setObjectName(u"remove_observer_button")

        self.observer_layout.addWidget(self.remove_observer_button)


        self.attendance_layout.addLayout(self.observer_layout)

        self.counts_label = QLabel(self.attendance_tab)
        self.counts_label.setObjectName(u"counts_label")
        self.counts_label.setText(u"")

        self.attendance_layout.addWidget(self.counts_label)

        self.tabs.addTab(self.attendance_tab, "")
        self.content_tab = QWidget()
        self.content_tab.setObjectName(u"content_tab")
        self.content_layout = QVBoxLayout(self.content_tab)
        self.content_layout.setObjectName(u"content_layout")
        self.agenda_label = QLabel(self.content_tab)
        self.agenda_label.setObjectName(u"agenda_label")

        self.content_layout.addWidget(self.agenda_label)

        self.agenda_table = QTableWidget(self.content_tab)
        self.agenda_table.setObjectName(u"agenda_table")
        self.agenda_table.setMaximumSize(QSize(16777215, 150))
        self.agenda_table.horizontalHeader().setStretchLastSection(True)
        self.agenda_table.verticalHeader().setVisible(False)

        self.content_layout.addWidget(self.agenda_table)

        self.agenda_buttons_layout = QHBoxLayout()
        self.agenda_buttons_layout.setObjectName(u"agenda_buttons_layout")
        self.agenda_topic_combo = QComboBox(self.content_tab)
        self.agenda_topic_combo.setObjectName(u"agenda_topic_combo")

        self.agenda_buttons_layout.addWidget(self.agenda_topic_combo)

        self.add_agenda_button = QPushButton(self.content_tab)
        self.add_agenda_button.setObjectName(u"add_agenda_button")

        self.agenda_buttons_layout.addWidget(self.add_agenda_button)

        self.remove_agenda_button = QPushButton(self.content_tab)
        self.remove_agenda_button.setObjectName(u"remove_agenda_button")

        self.agenda_buttons_layout.addWidget(self.remove_agenda_button)

        self.agenda_spacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.agenda_buttons_layout.addItem(self.agenda_spacer)


        self.content_layout.addLayout(self.agenda_buttons_layout)

        self.content_label = QLabel(self.content_tab)
        self.content_label.setObjectName(u"content_label")

        self.content_layout.addWidget(self.content_label)

        self.content_edit = QPlainTextEdit(self.content_tab)
        self.content_edit.setObjectName(u"content_edit")
        self.content_edit.setTabChangesFocus(True)

        self.content_layout.addWidget(self.content_edit)

        self.decisions_label = QLabel(self.content_tab)
        self.decisions_label.setObjectName(u"decisions_label")

        self.content_layout.addWidget(self.decisions_label)

        self.decisions_edit = QPlainTextEdit(self.content_tab)
        self.decisions_edit.setObjectName(u"decisions_edit")
        self.decisions_edit.setMaximumSize(QSize(16777215, 90))
        self.decisions_edit.setTabChangesFocus(True)

        self.content_layout.addWidget(self.decisions_edit)

        self.tabs.addTab(self.content_tab, "")
        self.votes_tab = QWidget()
        self.votes_tab.setObjectName(u"votes_tab")
        self.votes_layout = QVBoxLayout(self.votes_tab)
        self.votes_layout.setObjectName(u"votes_layout")
        self.votes_hint_label = QLabel(self.votes_tab)
        self.votes_hint_label.setObjectName(u"votes_hint_label")
        self.votes_hint_label.setWordWrap(True)

        self.votes_layout.addWidget(self.votes_hint_label)

        self.votes_table = QTableWidget(self.votes_tab)
        self.votes_table.setObjectName(u"votes_table")
        self.votes_table.verticalHeader().setVisible(False)

        self.votes_layout.addWidget(self.votes_table)

        self.votes_buttons_layout = QHBoxLayout()
        self.votes_buttons_layout.setObjectName(u"votes_buttons_layout")
        self.add_vote_button = QPushButton(self.votes_tab)
        self.add_vote_button.setObjectName(u"add_vote_button")

        self.votes_buttons_layout.addWidget(self.add_vote_button)

        self.remove_vote_button = QPushButton(self.votes_tab)
        self.remove_vote_button.setObjectName(u"remove_vote_button")

        self.votes_buttons_layout.addWidget(self.remove_vote_button)

        self.votes_spacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.votes_buttons_layout.addItem(self.votes_spacer)


        self.votes_layout.addLayout(self.votes_buttons_layout)

        self.vote_checks_label = QLabel(self.votes_tab)
        self.vote_checks_label.setObjectName(u"vote_checks_label")
        self.vote_checks_label.setWordWrap(True)
        self.vote_checks_label.setTextFormat(Qt.TextFormat.RichText)
        self.vote_checks_label.setText(u"")

        self.votes_layout.addWidget(self.vote_checks_label)

        self.tabs.addTab(self.votes_tab, "")
        self.attachments_tab = QWidget()
        self.attachments_tab.setObjectName(u"attachments_tab")
        self.attachments_layout = QVBoxLayout(self.attachments_tab)
        self.attachments_layout.setObjectName(u"attachments_layout")
        self.attachments_hint_label = QLabel(self.attachments_tab)
        self.attachments_hint_label.setObjectName(u"attachments_hint_label")
        self.attachments_hint_label.setWordWrap(True)

        self.attachments_layout.addWidget(self.attachments_hint_label)

        self.attachments_list = QListWidget(self.attachments_tab)
        self.attachments_list.setObjectName(u"attachments_list")

        self.attachments_layout.addWidget(self.attachments_list)

        self.attachments_buttons_layout = QHBoxLayout()
        self.attachments_buttons_layout.setObjectName(u"attachments_buttons_layout")
        self.add_attachment_button = QPushButton(self.attachments_tab)
        self.add_attachment_button.setObjectName(u"add_attachment_button")

        self.attachments_buttons_layout.addWidget(self.add_attachment_button)

        self.save_attachment_button = QPushButton(self.attachments_tab)
        self.save_attachment_button.setObjectName(u"save_attachment_button")

        self.attachments_buttons_layout.addWidget(self.save_attachment_button)

        self.remove_attachment_button = QPushButton(self.attachments_tab)
        self.remove_attachment_button.setObjectName(u"remove_attachment_button")

        self.attachments_buttons_layout.addWidget(self.remove_attachment_button)

        self.attachments_spacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.attachments_buttons_layout.addItem(self.attachments_spacer)


        self.attachments_layout.addLayout(self.attachments_buttons_layout)

        self.tabs.addTab(self.attachments_tab, "")

        self.main_layout.addWidget(self.tabs)

        self.issues_label = QLabel(MeetingDialog)
        self.issues_label.setObjectName(u"issues_label")
        self.issues_label.setWordWrap(True)
        self.issues_label.setTextFormat(Qt.TextFormat.RichText)
        self.issues_label.setText(u"")

        self.main_layout.addWidget(self.issues_label)

        self.buttons_layout = QHBoxLayout()
        self.buttons_layout.setObjectName(u"buttons_layout")
        self.copy_previous_button = QPushButton(MeetingDialog)
        self.copy_previous_button.setObjectName(u"copy_previous_button")

        self.buttons_layout.addWidget(self.copy_previous_button)

        self.buttons_spacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttons_layout.addItem(self.buttons_spacer)

        self.button_box = QDialogButtonBox(MeetingDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.buttons_layout.addWidget(self.button_box)


        self.main_layout.addLayout(self.buttons_layout)

#if QT_CONFIG(shortcut)
        self.kind_label.setBuddy(self.kind_combo)
        self.title_label.setBuddy(self.title_edit)
        self.date_label.setBuddy(self.date_edit)
        self.time_label.setBuddy(self.start_edit)
        self.place_label.setBuddy(self.place_edit)
        self.chair_label.setBuddy(self.chair_combo)
        self.recorder_label.setBuddy(self.recorder_combo)
        self.group_label.setBuddy(self.group_combo)
        self.lecturer_label.setBuddy(self.lecturer_edit)
        self.hours_label.setBuddy(self.hours_edit)
        self.observer_label.setBuddy(self.observer_edit)
        self.content_label.setBuddy(self.content_edit)
        self.decisions_label.setBuddy(self.decisions_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.kind_combo, self.title_edit)
        QWidget.setTabOrder(self.title_edit, self.date_edit)
        QWidget.setTabOrder(self.date_edit, self.start_edit)
        QWidget.setTabOrder(self.start_edit, self.end_edit)
        QWidget.setTabOrder(self.end_edit, self.place_edit)
        QWidget.setTabOrder(self.place_edit, self.online_check)
        QWidget.setTabOrder(self.online_check, self.chair_combo)
        QWidget.setTabOrder(self.chair_combo, self.recorder_combo)
        QWidget.setTabOrder(self.recorder_combo, self.group_combo)
        QWidget.setTabOrder(self.group_combo, self.lecturer_edit)
        QWidget.setTabOrder(self.lecturer_edit, self.hours_edit)
        QWidget.setTabOrder(self.hours_edit, self.tabs)
        QWidget.setTabOrder(self.tabs, self.attendance_table)
        QWidget.setTabOrder(self.attendance_table, self.all_present_button)
        QWidget.setTabOrder(self.all_present_button, self.observer_edit)
        QWidget.setTabOrder(self.observer_edit, self.add_observer_button)
        QWidget.setTabOrder(self.add_observer_button, self.remove_observer_button)
        QWidget.setTabOrder(self.remove_observer_button, self.agenda_table)
        QWidget.setTabOrder(self.agenda_table, self.agenda_topic_combo)
        QWidget.setTabOrder(self.agenda_topic_combo, self.add_agenda_button)
        QWidget.setTabOrder(self.add_agenda_button, self.remove_agenda_button)
        QWidget.setTabOrder(self.remove_agenda_button, self.content_edit)
        QWidget.setTabOrder(self.content_edit, self.decisions_edit)
        QWidget.setTabOrder(self.decisions_edit, self.votes_table)
        QWidget.setTabOrder(self.votes_table, self.add_vote_button)
        QWidget.setTabOrder(self.add_vote_button, self.remove_vote_button)
        QWidget.setTabOrder(self.remove_vote_button, self.attachments_list)
        QWidget.setTabOrder(self.attachments_list, self.add_attachment_button)
        QWidget.setTabOrder(self.add_attachment_button, self.save_attachment_button)
        QWidget.setTabOrder(self.save_attachment_button, self.remove_attachment_button)
        QWidget.setTabOrder(self.remove_attachment_button, self.copy_previous_button)
        QWidget.setTabOrder(self.copy_previous_button, self.button_box)

        self.retranslateUi(MeetingDialog)

        self.tabs.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(MeetingDialog)
    # setupUi

    def retranslateUi(self, MeetingDialog):
        MeetingDialog.setWindowTitle(QCoreApplication.translate("MeetingDialog", u"Meeting record", None))
        self.kind_label.setText(QCoreApplication.translate("MeetingDialog", u"Type", None))
        self.title_label.setText(QCoreApplication.translate("MeetingDialog", u"Title / theme", None))
        self.date_label.setText(QCoreApplication.translate("MeetingDialog", u"Date", None))
        self.date_edit.setPlaceholderText(QCoreApplication.translate("MeetingDialog", u"e.g. 2026-03-15", None))
        self.time_label.setText(QCoreApplication.translate("MeetingDialog", u"Time", None))
        self.place_label.setText(QCoreApplication.translate("MeetingDialog", u"Place", None))
        self.online_check.setText(QCoreApplication.translate("MeetingDialog", u"Online", None))
        self.chair_label.setText(QCoreApplication.translate("MeetingDialog", u"Chair", None))
        self.recorder_label.setText(QCoreApplication.translate("MeetingDialog", u"Recorder", None))
        self.group_label.setText(QCoreApplication.translate("MeetingDialog", u"League group", None))
        self.lecturer_label.setText(QCoreApplication.translate("MeetingDialog", u"Lecturer", None))
        self.hours_label.setText(QCoreApplication.translate("MeetingDialog", u"Class hours", None))
        self.attendance_hint_label.setText(QCoreApplication.translate("MeetingDialog", u"Everyone is present by default. In the list: Space cycles present / on leave / absent; 1, 2, 3 set them; type the reason in the last column.", None))
        self.all_present_button.setText(QCoreApplication.translate("MeetingDialog", u"All present", None))
        self.observer_label.setText(QCoreApplication.translate("MeetingDialog", u"Add observer (not a member)", None))
        self.add_observer_button.setText(QCoreApplication.translate("MeetingDialog", u"Add", None))
        self.remove_observer_button.setText(QCoreApplication.translate("MeetingDialog", u"Remove observer", None))
        self.tabs.setTabText(self.tabs.indexOf(self.attendance_tab), QCoreApplication.translate("MeetingDialog", u"Attendance", None))
        self.agenda_label.setText(QCoreApplication.translate("MeetingDialog", u"Agenda items", None))
        self.add_agenda_button.setText(QCoreApplication.translate("MeetingDialog", u"Add agenda item", None))
        self.remove_agenda_button.setText(QCoreApplication.translate("MeetingDialog", u"Remove agenda item", None))
        self.content_label.setText(QCoreApplication.translate("MeetingDialog", u"Content and main points of the discussion", None))
        self.decisions_label.setText(QCoreApplication.translate("MeetingDialog", u"Decisions", None))
        self.tabs.setTabText(self.tabs.indexOf(self.content_tab), QCoreApplication.translate("MeetingDialog", u"Agenda and content", None))
        self.votes_hint_label.setText(QCoreApplication.translate("MeetingDialog", u"One line per resolution; admitting new members is voted one candidate per line. Expected, present and entitled are filled from the attendance; correct them if they differ.", None))
        self.add_vote_button.setText(QCoreApplication.translate("MeetingDialog", u"Add resolution", None))
        self.remove_vote_button.setText(QCoreApplication.translate("MeetingDialog", u"Remove resolution", None))
        self.tabs.setTabText(self.tabs.indexOf(self.votes_tab), QCoreApplication.translate("MeetingDialog", u"Votes", None))
        self.attachments_hint_label.setText(QCoreApplication.translate("MeetingDialog", u"Photos and scanned sign-in sheets are stored inside the data file, so they cannot get lost.", None))
        self.add_attachment_button.setText(QCoreApplication.translate("MeetingDialog", u"Add files\u2026", None))
        self.save_attachment_button.setText(QCoreApplication.translate("MeetingDialog", u"Save a copy\u2026", None))
        self.remove_attachment_button.setText(QCoreApplication.translate("MeetingDialog", u"Remove", None))
        self.tabs.setTabText(self.tabs.indexOf(self.attachments_tab), QCoreApplication.translate("MeetingDialog", u"Attachments", None))
        self.copy_previous_button.setText(QCoreApplication.translate("MeetingDialog", u"Copy previous meeting's setup", None))
    # retranslateUi

