# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'member_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDialog,
    QDialogButtonBox, QFormLayout, QGridLayout, QGroupBox,
    QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit,
    QPushButton, QSizePolicy, QVBoxLayout, QWidget)

class Ui_MemberDialog(object):
    def setupUi(self, MemberDialog):
        if not MemberDialog.objectName():
            MemberDialog.setObjectName(u"MemberDialog")
        MemberDialog.resize(860, 600)
        self.main_layout = QVBoxLayout(MemberDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.groups_layout = QGridLayout()
        self.groups_layout.setObjectName(u"groups_layout")
        self.identity_group = QGroupBox(MemberDialog)
        self.identity_group.setObjectName(u"identity_group")
        self.identity_group_form = QFormLayout(self.identity_group)
        self.identity_group_form.setObjectName(u"identity_group_form")
        self.name_label = QLabel(self.identity_group)
        self.name_label.setObjectName(u"name_label")

        self.identity_group_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.name_label)

        self.name_edit = QLineEdit(self.identity_group)
        self.name_edit.setObjectName(u"name_edit")

        self.identity_group_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.name_edit)

        self.id_number_label = QLabel(self.identity_group)
        self.id_number_label.setObjectName(u"id_number_label")

        self.identity_group_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.id_number_label)

        self.id_number_edit = QLineEdit(self.identity_group)
        self.id_number_edit.setObjectName(u"id_number_edit")

        self.identity_group_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.id_number_edit)

        self.id_type_label = QLabel(self.identity_group)
        self.id_type_label.setObjectName(u"id_type_label")

        self.identity_group_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.id_type_label)

        self.id_type_combo = QComboBox(self.identity_group)
        self.id_type_combo.setObjectName(u"id_type_combo")

        self.identity_group_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.id_type_combo)

        self.gender_label = QLabel(self.identity_group)
        self.gender_label.setObjectName(u"gender_label")

        self.identity_group_form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.gender_label)

        self.gender_combo = QComboBox(self.identity_group)
        self.gender_combo.setObjectName(u"gender_combo")

        self.identity_group_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.gender_combo)

        self.birth_date_label = QLabel(self.identity_group)
        self.birth_date_label.setObjectName(u"birth_date_label")

        self.identity_group_form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.birth_date_label)

        self.birth_date_edit = QLineEdit(self.identity_group)
        self.birth_date_edit.setObjectName(u"birth_date_edit")

        self.identity_group_form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.birth_date_edit)

        self.ethnicity_label = QLabel(self.identity_group)
        self.ethnicity_label.setObjectName(u"ethnicity_label")

        self.identity_group_form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.ethnicity_label)

        self.ethnicity_combo = QComboBox(self.identity_group)
        self.ethnicity_combo.setObjectName(u"ethnicity_combo")
        self.ethnicity_combo.setEditable(True)

        self.identity_group_form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.ethnicity_combo)

        self.phone_label = QLabel(self.identity_group)
        self.phone_label.setObjectName(u"phone_label")

        self.identity_group_form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.phone_label)

        self.phone_edit = QLineEdit(self.identity_group)
        self.phone_edit.setObjectName(u"phone_edit")

        self.identity_group_form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.phone_edit)

        self.household_label = QLabel(self.identity_group)
        self.household_label.setObjectName(u"household_label")

        self.identity_group_form.setWidget(7, QFormLayout.ItemRole.LabelRole, self.household_label)

        self.household_edit = QLineEdit(self.identity_group)
        self.household_edit.setObjectName(u"household_edit")

        self.identity_group_form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.household_edit)


        self.groups_layout.addWidget(self.identity_group, 0, 0, 2, 1)

        self.league_group = QGroupBox(MemberDialog)
        self.league_group.setObjectName(u"league_group")
        self.league_group_form = QFormLayout(self.league_group)
        self.league_group_form.setObjectName(u"league_group_form")
        self.political_status_label = QLabel(self.league_group)
        self.political_status_label.setObjectName(u"political_status_label")

        self.league_group_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.political_status_label)

        self.political_status_combo = QComboBox(self.league_group)
        self.political_status_combo.setObjectName(u"political_status_combo")

        self.league_group_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.political_status_combo)

        self.join_month_label = QLabel(self.league_group)
        self.join_month_label.setObjectName(u"join_month_label")

        self.league_group_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.join_month_label)

        self.join_month_edit = QLineEdit(self.league_group)
        self.join_month_edit.setObjectName(u"join_month_edit")

        self.league_group_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.join_month_edit)

        self.dev_number_label = QLabel(self.league_group)
        self.dev_number_label.setObjectName(u"dev_number_label")

        self.league_group_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.dev_number_label)

        self.dev_number_edit = QLineEdit(self.league_group)
        self.dev_number_edit.setObjectName(u"dev_number_edit")

        self.league_group_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.dev_number_edit)

        self.card_number_label = QLabel(self.league_group)
        self.card_number_label.setObjectName(u"card_number_label")

        self.league_group_form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.card_number_label)

        self.card_number_edit = QLineEdit(self.league_group)
        self.card_number_edit.setObjectName(u"card_number_edit")

        self.league_group_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.card_number_edit)

        self.unit_at_join_label = QLabel(self.league_group)
        self.unit_at_join_label.setObjectName(u"unit_at_join_label")

        self.league_group_form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.unit_at_join_label)

        self.unit_at_join_edit = QLineEdit(self.league_group)
        self.unit_at_join_edit.setObjectName(u"unit_at_join_edit")

        self.league_group_form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.unit_at_join_edit)

        self.group_name_label = QLabel(self.league_group)
        self.group_name_label.setObjectName(u"group_name_label")

        self.league_group_form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.group_name_label)

        self.group_name_combo = QComboBox(self.league_group)
        self.group_name_combo.setObjectName(u"group_name_combo")
        self.group_name_combo.setEditable(True)

        self.league_group_form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.group_name_combo)

        self.status_label = QLabel(self.league_group)
        self.status_label.setObjectName(u"status_label")

        self.league_group_form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.status_label)

        self.status_combo = QComboBox(self.league_group)
        self.status_combo.setObjectName(u"status_combo")

        self.league_group_form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.status_combo)


        self.groups_layout.addWidget(self.league_group, 0, 1, 2, 1)

        self.education_group = QGroupBox(MemberDialog)
        self.education_group.setObjectName(u"education_group")
        self.education_group_form = QFormLayout(self.education_group)
        self.education_group_form.setObjectName(u"education_group_form")
        self.fulltime_education_label = QLabel(self.education_group)
        self.fulltime_education_label.setObjectName(u"fulltime_education_label")

        self.education_group_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.fulltime_education_label)

        self.fulltime_education_combo = QComboBox(self.education_group)
        self.fulltime_education_combo.setObjectName(u"fulltime_education_combo")

        self.education_group_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.fulltime_education_combo)

        self.highest_education_label = QLabel(self.education_group)
        self.highest_education_label.setObjectName(u"highest_education_label")

        self.education_group_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.highest_education_label)

        self.highest_education_combo = QComboBox(self.education_group)
        self.highest_education_combo.setObjectName(u"highest_education_combo")

        self.education_group_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.highest_education_combo)

        self.occupation_label = QLabel(self.education_group)
        self.occupation_label.setObjectName(u"occupation_label")

        self.education_group_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.occupation_label)

        self.occupation_combo = QComboBox(self.education_group)
        self.occupation_combo.setObjectName(u"occupation_combo")

        self.education_group_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.occupation_combo)


        self.groups_layout.addWidget(self.education_group, 2, 0, 1, 1)

        self.post_group = QGroupBox(MemberDialog)
        self.post_group.setObjectName(u"post_group")
        self.post_group_form = QFormLayout(self.post_group)
        self.post_group_form.setObjectName(u"post_group_form")
        self.league_post_label = QLabel(self.post_group)
        self.league_post_label.setObjectName(u"league_post_label")

        self.post_group_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.league_post_label)

        self.league_post_combo = QComboBox(self.post_group)
        self.league_post_combo.setObjectName(u"league_post_combo")

        self.post_group_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.league_post_combo)

        self.post_since_label = QLabel(self.post_group)
        self.post_since_label.setObjectName(u"post_since_label")

        self.post_group_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.post_since_label)

        self.post_since_edit = QLineEdit(self.post_group)
        self.post_since_edit.setObjectName(u"post_since_edit")

        self.post_group_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.post_since_edit)

        self.cadre_nature_label = QLabel(self.post_group)
        self.cadre_nature_label.setObjectName(u"cadre_nature_label")

        self.post_group_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.cadre_nature_label)

        self.cadre_nature_combo = QComboBox(self.post_group)
        self.cadre_nature_combo.setObjectName(u"cadre_nature_combo")

        self.post_group_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.cadre_nature_combo)


        self.groups_layout.addWidget(self.post_group, 2, 1, 1, 1)


        self.main_layout.addLayout(self.groups_layout)

        self.note_label = QLabel(MemberDialog)
        self.note_label.setObjectName(u"note_label")

        self.main_layout.addWidget(self.note_label)

        self.note_edit = QPlainTextEdit(MemberDialog)
        self.note_edit.setObjectName(u"note_edit")
        self.note_edit.setMaximumSize(QSize(16777215, 60))
        self.note_edit.setTabChangesFocus(True)

        self.main_layout.addWidget(self.note_edit)

        self.issues_label = QLabel(MemberDialog)
        self.issues_label.setObjectName(u"issues_label")
        self.issues_label.setWordWrap(True)
        self.issues_label.setTextFormat(Qt.TextFormat.RichText)
        self.issues_label.setText(u"")

        self.main_layout.addWidget(self.issues_label)

        self.buttons_layout = QHBoxLayout()
        self.buttons_layout.setObjectName(u"buttons_layout")
        self.activity_button = QPushButton(MemberDialog)
        self.activity_button.setObjectName(u"activity_button")
        self.activity_button.setAutoDefault(False)

        self.buttons_layout.addWidget(self.activity_button)

        self.history_button = QPushButton(MemberDialog)
        self.history_button.setObjectName(u"history_button")
        self.history_button.setAutoDefault(False)

        self.buttons_layout.addWidget(self.history_button)

        self.button_box = QDialogButtonBox(MemberDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.buttons_layout.addWidget(self.button_box)


        self.main_layout.addLayout(self.buttons_layout)

#if QT_CONFIG(shortcut)
        self.name_label.setBuddy(self.name_edit)
        self.id_number_label.setBuddy(self.id_number_edit)
        self.id_type_label.setBuddy(self.id_type_combo)
        self.gender_label.setBuddy(self.gender_combo)
        self.birth_date_label.setBuddy(self.birth_date_edit)
        self.ethnicity_label.setBuddy(self.ethnicity_combo)
        self.phone_label.setBuddy(self.phone_edit)
        self.household_label.setBuddy(self.household_edit)
        self.political_status_label.setBuddy(self.political_status_combo)
        self.join_month_label.setBuddy(self.join_month_edit)
        self.dev_number_label.setBuddy(self.dev_number_edit)
        self.card_number_label.setBuddy(self.card_number_edit)
        self.unit_at_join_label.setBuddy(self.unit_at_join_edit)
        self.group_name_label.setBuddy(self.group_name_combo)
        self.status_label.setBuddy(self.status_combo)
        self.fulltime_education_label.setBuddy(self.fulltime_education_combo)
        self.highest_education_label.setBuddy(self.highest_education_combo)
        self.occupation_label.setBuddy(self.occupation_combo)
        self.league_post_label.setBuddy(self.league_post_combo)
        self.post_since_label.setBuddy(self.post_since_edit)
        self.cadre_nature_label.setBuddy(self.cadre_nature_combo)
        self.note_label.setBuddy(self.note_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.name_edit, self.id_number_edit)
        QWidget.setTabOrder(self.id_number_edit, self.id_type_combo)
        QWidget.setTabOrder(self.id_type_combo, self.gender_combo)
        QWidget.setTabOrder(self.gender_combo, self.birth_date_edit)
        QWidget.setTabOrder(self.birth_date_edit, self.ethnicity_combo)
        QWidget.setTabOrder(self.ethnicity_combo, self.phone_edit)
        QWidget.setTabOrder(self.phone_edit, self.household_edit)
        QWidget.setTabOrder(self.household_edit, self.political_status_combo)
        QWidget.setTabOrder(self.political_status_combo, self.join_month_edit)
        QWidget.setTabOrder(self.join_month_edit, self.dev_number_edit)
        QWidget.setTabOrder(self.dev_number_edit, self.card_number_edit)
        QWidget.setTabOrder(self.card_number_edit, self.unit_at_join_edit)
        QWidget.setTabOrder(self.unit_at_join_edit, self.group_name_combo)
        QWidget.setTabOrder(self.group_name_combo, self.status_combo)
        QWidget.setTabOrder(self.status_combo, self.fulltime_education_combo)
        QWidget.setTabOrder(self.fulltime_education_combo, self.highest_education_combo)
        QWidget.setTabOrder(self.highest_education_combo, self.occupation_combo)
        QWidget.setTabOrder(self.occupation_combo, self.league_post_combo)
        QWidget.setTabOrder(self.league_post_combo, self.post_since_edit)
        QWidget.setTabOrder(self.post_since_edit, self.cadre_nature_combo)
        QWidget.setTabOrder(self.cadre_nature_combo, self.note_edit)
        QWidget.setTabOrder(self.note_edit, self.button_box)
        QWidget.setTabOrder(self.button_box, self.activity_button)
        QWidget.setTabOrder(self.activity_button, self.history_button)

        self.retranslateUi(MemberDialog)

        QMetaObject.connectSlotsByName(MemberDialog)
    # setupUi

    def retranslateUi(self, MemberDialog):
        MemberDialog.setWindowTitle(QCoreApplication.translate("MemberDialog", u"Member", None))
        self.identity_group.setTitle(QCoreApplication.translate("MemberDialog", u"Identity", None))
        self.name_label.setText(QCoreApplication.translate("MemberDialog", u"Name", None))
        self.name_edit.setPlaceholderText(QCoreApplication.translate("MemberDialog", u"e.g. Zhang San", None))
        self.id_number_label.setText(QCoreApplication.translate("MemberDialog", u"ID number", None))
        self.id_number_edit.setPlaceholderText(QCoreApplication.translate("MemberDialog", u"18 characters; fills date of birth and sex", None))
        self.id_type_label.setText(QCoreApplication.translate("MemberDialog", u"ID type", None))
        self.gender_label.setText(QCoreApplication.translate("MemberDialog", u"Sex", None))
        self.birth_date_label.setText(QCoreApplication.translate("MemberDialog", u"Date of birth", None))
        self.birth_date_edit.setPlaceholderText(QCoreApplication.translate("MemberDialog", u"e.g. 2004-03-15", None))
        self.ethnicity_label.setText(QCoreApplication.translate("MemberDialog", u"Ethnic group", None))
        self.phone_label.setText(QCoreApplication.translate("MemberDialog", u"Mobile phone", None))
        self.phone_edit.setPlaceholderText(QCoreApplication.translate("MemberDialog", u"11 digits", None))
        self.household_label.setText(QCoreApplication.translate("MemberDialog", u"Household registration", None))
        self.league_group.setTitle(QCoreApplication.translate("MemberDialog", u"League membership", None))
        self.political_status_label.setText(QCoreApplication.translate("MemberDialog", u"Political status", None))
        self.join_month_label.setText(QCoreApplication.translate("MemberDialog", u"Joined the League", None))
        self.join_month_edit.setPlaceholderText(QCoreApplication.translate("MemberDialog", u"e.g. 2018-05", None))
        self.dev_number_label.setText(QCoreApplication.translate("MemberDialog", u"Development number", None))
        self.dev_number_edit.setPlaceholderText(QCoreApplication.translate("MemberDialog", u"12 digits starting with the year joined", None))
        self.card_number_label.setText(QCoreApplication.translate("MemberDialog", u"Member card number", None))
        self.card_number_edit.setPlaceholderText(QCoreApplication.translate("MemberDialog", u"8 digits", None))
        self.unit_at_join_label.setText(QCoreApplication.translate("MemberDialog", u"Unit when joining", None))
        self.group_name_label.setText(QCoreApplication.translate("MemberDialog", u"League group", None))
        self.status_label.setText(QCoreApplication.translate("MemberDialog", u"Membership status", None))
        self.education_group.setTitle(QCoreApplication.translate("MemberDialog", u"Education and work", None))
        self.fulltime_education_label.setText(QCoreApplication.translate("MemberDialog", u"Full-time education", None))
        self.highest_education_label.setText(QCoreApplication.translate("MemberDialog", u"Highest education", None))
        self.occupation_label.setText(QCoreApplication.translate("MemberDialog", u"Occupation", None))
        self.post_group.setTitle(QCoreApplication.translate("MemberDialog", u"League post", None))
        self.league_post_label.setText(QCoreApplication.translate("MemberDialog", u"Post in the League", None))
        self.post_since_label.setText(QCoreApplication.translate("MemberDialog", u"In post since", None))
        self.post_since_edit.setPlaceholderText(QCoreApplication.translate("MemberDialog", u"e.g. 2024-09", None))
        self.cadre_nature_label.setText(QCoreApplication.translate("MemberDialog", u"Cadre type", None))
#if QT_CONFIG(tooltip)
        self.cadre_nature_combo.setToolTip(QCoreApplication.translate("MemberDialog", u"Full-time, part-time or seconded League cadre (only with a post)", None))
#endif // QT_CONFIG(tooltip)
        self.note_label.setText(QCoreApplication.translate("MemberDialog", u"Remarks", None))
        self.activity_button.setText(QCoreApplication.translate("MemberDialog", u"League activity\u2026", None))
        self.history_button.setText(QCoreApplication.translate("MemberDialog", u"History\u2026", None))
    # retranslateUi

