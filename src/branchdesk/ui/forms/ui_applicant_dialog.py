# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'applicant_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QComboBox,
    QDialog, QDialogButtonBox, QDoubleSpinBox, QFormLayout,
    QGroupBox, QHBoxLayout, QHeaderView, QLabel,
    QLineEdit, QPlainTextEdit, QPushButton, QSizePolicy,
    QSpacerItem, QTableWidget, QTableWidgetItem, QVBoxLayout,
    QWidget)

class Ui_ApplicantDialog(object):
    def setupUi(self, ApplicantDialog):
        if not ApplicantDialog.objectName():
            ApplicantDialog.setObjectName(u"ApplicantDialog")
        ApplicantDialog.resize(720, 720)
        self.main_layout = QVBoxLayout(ApplicantDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.form_layout = QFormLayout()
        self.form_layout.setObjectName(u"form_layout")
        self.name_edit_label = QLabel(ApplicantDialog)
        self.name_edit_label.setObjectName(u"name_edit_label")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.name_edit_label)

        self.name_edit = QLineEdit(ApplicantDialog)
        self.name_edit.setObjectName(u"name_edit")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.name_edit)

        self.id_number_edit_label = QLabel(ApplicantDialog)
        self.id_number_edit_label.setObjectName(u"id_number_edit_label")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.id_number_edit_label)

        self.id_number_edit = QLineEdit(ApplicantDialog)
        self.id_number_edit.setObjectName(u"id_number_edit")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.id_number_edit)

        self.birth_date_edit_label = QLabel(ApplicantDialog)
        self.birth_date_edit_label.setObjectName(u"birth_date_edit_label")

        self.form_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.birth_date_edit_label)

        self.birth_date_edit = QLineEdit(ApplicantDialog)
        self.birth_date_edit.setObjectName(u"birth_date_edit")

        self.form_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.birth_date_edit)

        self.phone_edit_label = QLabel(ApplicantDialog)
        self.phone_edit_label.setObjectName(u"phone_edit_label")

        self.form_layout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.phone_edit_label)

        self.phone_edit = QLineEdit(ApplicantDialog)
        self.phone_edit.setObjectName(u"phone_edit")

        self.form_layout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.phone_edit)

        self.group_edit_label = QLabel(ApplicantDialog)
        self.group_edit_label.setObjectName(u"group_edit_label")

        self.form_layout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.group_edit_label)

        self.group_edit = QLineEdit(ApplicantDialog)
        self.group_edit.setObjectName(u"group_edit")

        self.form_layout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.group_edit)

        self.applied_on_edit_label = QLabel(ApplicantDialog)
        self.applied_on_edit_label.setObjectName(u"applied_on_edit_label")

        self.form_layout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.applied_on_edit_label)

        self.applied_on_edit = QLineEdit(ApplicantDialog)
        self.applied_on_edit.setObjectName(u"applied_on_edit")

        self.form_layout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.applied_on_edit)

        self.talked_on_edit_label = QLabel(ApplicantDialog)
        self.talked_on_edit_label.setObjectName(u"talked_on_edit_label")

        self.form_layout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.talked_on_edit_label)

        self.talked_on_edit = QLineEdit(ApplicantDialog)
        self.talked_on_edit.setObjectName(u"talked_on_edit")

        self.form_layout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.talked_on_edit)

        self.contact1_combo_label = QLabel(ApplicantDialog)
        self.contact1_combo_label.setObjectName(u"contact1_combo_label")

        self.form_layout.setWidget(7, QFormLayout.ItemRole.LabelRole, self.contact1_combo_label)

        self.contact1_combo = QComboBox(ApplicantDialog)
        self.contact1_combo.setObjectName(u"contact1_combo")

        self.form_layout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.contact1_combo)

        self.contact2_combo_label = QLabel(ApplicantDialog)
        self.contact2_combo_label.setObjectName(u"contact2_combo_label")

        self.form_layout.setWidget(8, QFormLayout.ItemRole.LabelRole, self.contact2_combo_label)

        self.contact2_combo = QComboBox(ApplicantDialog)
        self.contact2_combo.setObjectName(u"contact2_combo")

        self.form_layout.setWidget(8, QFormLayout.ItemRole.FieldRole, self.contact2_combo)

        self.introducer1_combo_label = QLabel(ApplicantDialog)
        self.introducer1_combo_label.setObjectName(u"introducer1_combo_label")

        self.form_layout.setWidget(9, QFormLayout.ItemRole.LabelRole, self.introducer1_combo_label)

        self.introducer1_combo = QComboBox(ApplicantDialog)
        self.introducer1_combo.setObjectName(u"introducer1_combo")

        self.form_layout.setWidget(9, QFormLayout.ItemRole.FieldRole, self.introducer1_combo)

        self.introducer2_combo_label = QLabel(ApplicantDialog)
        self.introducer2_combo_label.setObjectName(u"introducer2_combo_label")

        self.form_layout.setWidget(10, QFormLayout.ItemRole.LabelRole, self.introducer2_combo_label)

        self.introducer2_combo = QComboBox(ApplicantDialog)
        self.introducer2_combo.setObjectName(u"introducer2_combo")

        self.form_layout.setWidget(10, QFormLayout.ItemRole.FieldRole, self.introducer2_combo)

        self.note_edit_label = QLabel(ApplicantDialog)
        self.note_edit_label.setObjectName(u"note_edit_label")

        self.form_layout.setWidget(11, QFormLayout.ItemRole.LabelRole, self.note_edit_label)

        self.note_edit = QPlainTextEdit(ApplicantDialog)
        self.note_edit.setObjectName(u"note_edit")
        self.note_edit.setTabChangesFocus(True)

        self.form_layout.setWidget(11, QFormLayout.ItemRole.FieldRole, self.note_edit)


        self.main_layout.addLayout(self.form_layout)

        self.courses_group = QGroupBox(ApplicantDialog)
        self.courses_group.setObjectName(u"courses_group")
        self.courses_layout = QVBoxLayout(self.courses_group)
        self.courses_layout.setObjectName(u"courses_layout")
        self.courses_table = QTableWidget(self.courses_group)
        if (self.courses_table.columnCount() < 4):
            self.courses_table.setColumnCount(4)
        __qtablewidgetitem = QTableWidgetItem()
        self.courses_table.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.courses_table.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.courses_table.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        __qtablewidgetitem3 = QTableWidgetItem()
        self.courses_table.setHorizontalHeaderItem(3, __qtablewidgetitem3)
        self.courses_table.setObjectName(u"courses_table")
        self.courses_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.courses_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.courses_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.courses_table.setColumnCount(4)

        self.courses_layout.addWidget(self.courses_table)

        self.branch_course_layout = QHBoxLayout()
        self.branch_course_layout.setObjectName(u"branch_course_layout")
        self.tuanke_combo = QComboBox(self.courses_group)
        self.tuanke_combo.setObjectName(u"tuanke_combo")

        self.branch_course_layout.addWidget(self.tuanke_combo)

        self.add_tuanke_button = QPushButton(self.courses_group)
        self.add_tuanke_button.setObjectName(u"add_tuanke_button")

        self.branch_course_layout.addWidget(self.add_tuanke_button)


        self.courses_layout.addLayout(self.branch_course_layout)

        self.outside_course_layout = QHBoxLayout()
        self.outside_course_layout.setObjectName(u"outside_course_layout")
        self.outside_date_edit = QLineEdit(self.courses_group)
        self.outside_date_edit.setObjectName(u"outside_date_edit")

        self.outside_course_layout.addWidget(self.outside_date_edit)

        self.outside_title_edit = QLineEdit(self.courses_group)
        self.outside_title_edit.setObjectName(u"outside_title_edit")

        self.outside_course_layout.addWidget(self.outside_title_edit)

        self.outside_hours_spin = QDoubleSpinBox(self.courses_group)
        self.outside_hours_spin.setObjectName(u"outside_hours_spin")
        self.outside_hours_spin.setDecimals(1)
        self.outside_hours_spin.setMaximum(100.000000000000000)
        self.outside_hours_spin.setSingleStep(0.500000000000000)

        self.outside_course_layout.addWidget(self.outside_hours_spin)

        self.add_outside_button = QPushButton(self.courses_group)
        self.add_outside_button.setObjectName(u"add_outside_button")

        self.outside_course_layout.addWidget(self.add_outside_button)


        self.courses_layout.addLayout(self.outside_course_layout)

        self.course_buttons_layout = QHBoxLayout()
        self.course_buttons_layout.setObjectName(u"course_buttons_layout")
        self.hours_label = QLabel(self.courses_group)
        self.hours_label.setObjectName(u"hours_label")
        self.hours_label.setText(u"")

        self.course_buttons_layout.addWidget(self.hours_label)

        self.course_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.course_buttons_layout.addItem(self.course_spacer)

        self.remove_course_button = QPushButton(self.courses_group)
        self.remove_course_button.setObjectName(u"remove_course_button")

        self.course_buttons_layout.addWidget(self.remove_course_button)


        self.courses_layout.addLayout(self.course_buttons_layout)


        self.main_layout.addWidget(self.courses_group)

        self.issues_label = QLabel(ApplicantDialog)
        self.issues_label.setObjectName(u"issues_label")
        self.issues_label.setWordWrap(True)
        self.issues_label.setText(u"")

        self.main_layout.addWidget(self.issues_label)

        self.button_box = QDialogButtonBox(ApplicantDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.main_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.name_edit_label.setBuddy(self.name_edit)
        self.id_number_edit_label.setBuddy(self.id_number_edit)
        self.birth_date_edit_label.setBuddy(self.birth_date_edit)
        self.phone_edit_label.setBuddy(self.phone_edit)
        self.group_edit_label.setBuddy(self.group_edit)
        self.applied_on_edit_label.setBuddy(self.applied_on_edit)
        self.talked_on_edit_label.setBuddy(self.talked_on_edit)
        self.contact1_combo_label.setBuddy(self.contact1_combo)
        self.contact2_combo_label.setBuddy(self.contact2_combo)
        self.introducer1_combo_label.setBuddy(self.introducer1_combo)
        self.introducer2_combo_label.setBuddy(self.introducer2_combo)
        self.note_edit_label.setBuddy(self.note_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.name_edit, self.id_number_edit)
        QWidget.setTabOrder(self.id_number_edit, self.birth_date_edit)
        QWidget.setTabOrder(self.birth_date_edit, self.phone_edit)
        QWidget.setTabOrder(self.phone_edit, self.group_edit)
        QWidget.setTabOrder(self.group_edit, self.applied_on_edit)
        QWidget.setTabOrder(self.applied_on_edit, self.talked_on_edit)
        QWidget.setTabOrder(self.talked_on_edit, self.contact1_combo)
        QWidget.setTabOrder(self.contact1_combo, self.contact2_combo)
        QWidget.setTabOrder(self.contact2_combo, self.introducer1_combo)
        QWidget.setTabOrder(self.introducer1_combo, self.introducer2_combo)
        QWidget.setTabOrder(self.introducer2_combo, self.note_edit)
        QWidget.setTabOrder(self.note_edit, self.courses_table)
        QWidget.setTabOrder(self.courses_table, self.tuanke_combo)
        QWidget.setTabOrder(self.tuanke_combo, self.add_tuanke_button)
        QWidget.setTabOrder(self.add_tuanke_button, self.outside_date_edit)
        QWidget.setTabOrder(self.outside_date_edit, self.outside_title_edit)
        QWidget.setTabOrder(self.outside_title_edit, self.outside_hours_spin)
        QWidget.setTabOrder(self.outside_hours_spin, self.add_outside_button)
        QWidget.setTabOrder(self.add_outside_button, self.remove_course_button)
        QWidget.setTabOrder(self.remove_course_button, self.button_box)

        self.retranslateUi(ApplicantDialog)

        QMetaObject.connectSlotsByName(ApplicantDialog)
    # setupUi

    def retranslateUi(self, ApplicantDialog):
        ApplicantDialog.setWindowTitle(QCoreApplication.translate("ApplicantDialog", u"Applicant", None))
        self.name_edit_label.setText(QCoreApplication.translate("ApplicantDialog", u"Name", None))
        self.id_number_edit_label.setText(QCoreApplication.translate("ApplicantDialog", u"ID number", None))
        self.id_number_edit.setPlaceholderText(QCoreApplication.translate("ApplicantDialog", u"18 characters; fills date of birth and sex", None))
        self.birth_date_edit_label.setText(QCoreApplication.translate("ApplicantDialog", u"Date of birth", None))
        self.birth_date_edit.setPlaceholderText(QCoreApplication.translate("ApplicantDialog", u"e.g. 2026-06-10", None))
        self.phone_edit_label.setText(QCoreApplication.translate("ApplicantDialog", u"Phone", None))
        self.group_edit_label.setText(QCoreApplication.translate("ApplicantDialog", u"Group", None))
        self.applied_on_edit_label.setText(QCoreApplication.translate("ApplicantDialog", u"Applied on", None))
        self.applied_on_edit.setPlaceholderText(QCoreApplication.translate("ApplicantDialog", u"e.g. 2026-06-10", None))
        self.talked_on_edit_label.setText(QCoreApplication.translate("ApplicantDialog", u"Talked on", None))
        self.talked_on_edit.setPlaceholderText(QCoreApplication.translate("ApplicantDialog", u"e.g. 2026-06-10", None))
        self.contact1_combo_label.setText(QCoreApplication.translate("ApplicantDialog", u"Contact 1", None))
        self.contact2_combo_label.setText(QCoreApplication.translate("ApplicantDialog", u"Contact 2", None))
        self.introducer1_combo_label.setText(QCoreApplication.translate("ApplicantDialog", u"Introducer 1", None))
        self.introducer2_combo_label.setText(QCoreApplication.translate("ApplicantDialog", u"Introducer 2", None))
        self.note_edit_label.setText(QCoreApplication.translate("ApplicantDialog", u"Note", None))
        self.courses_group.setTitle(QCoreApplication.translate("ApplicantDialog", u"League classes attended (before admission)", None))
        ___qtablewidgetitem = self.courses_table.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("ApplicantDialog", u"Date", None))
        ___qtablewidgetitem1 = self.courses_table.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("ApplicantDialog", u"Title", None))
        ___qtablewidgetitem2 = self.courses_table.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("ApplicantDialog", u"Class hours", None))
        ___qtablewidgetitem3 = self.courses_table.horizontalHeaderItem(3)
        ___qtablewidgetitem3.setText(QCoreApplication.translate("ApplicantDialog", u"Where", None))
        self.add_tuanke_button.setText(QCoreApplication.translate("ApplicantDialog", u"Add branch League class", None))
        self.outside_date_edit.setPlaceholderText(QCoreApplication.translate("ApplicantDialog", u"Date", None))
        self.outside_title_edit.setPlaceholderText(QCoreApplication.translate("ApplicantDialog", u"Title of a League class held elsewhere", None))
        self.add_outside_button.setText(QCoreApplication.translate("ApplicantDialog", u"Add", None))
        self.remove_course_button.setText(QCoreApplication.translate("ApplicantDialog", u"Remove course", None))
    # retranslateUi

