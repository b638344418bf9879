# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'branch_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDialog,
    QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel,
    QLineEdit, QPushButton, QSizePolicy, QSpacerItem,
    QSpinBox, QVBoxLayout, QWidget)

class Ui_BranchDialog(object):
    def setupUi(self, BranchDialog):
        if not BranchDialog.objectName():
            BranchDialog.setObjectName(u"BranchDialog")
        BranchDialog.resize(560, 450)
        self.main_layout = QVBoxLayout(BranchDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.intro_label = QLabel(BranchDialog)
        self.intro_label.setObjectName(u"intro_label")
        self.intro_label.setWordWrap(True)

        self.main_layout.addWidget(self.intro_label)

        self.form_layout = QFormLayout()
        self.form_layout.setObjectName(u"form_layout")
        self.name_label = QLabel(BranchDialog)
        self.name_label.setObjectName(u"name_label")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.name_label)

        self.name_edit = QLineEdit(BranchDialog)
        self.name_edit.setObjectName(u"name_edit")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.name_edit)

        self.parent_label = QLabel(BranchDialog)
        self.parent_label.setObjectName(u"parent_label")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.parent_label)

        self.parent_edit = QLineEdit(BranchDialog)
        self.parent_edit.setObjectName(u"parent_edit")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.parent_edit)

        self.kind_label = QLabel(BranchDialog)
        self.kind_label.setObjectName(u"kind_label")

        self.form_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.kind_label)

        self.kind_combo = QComboBox(BranchDialog)
        self.kind_combo.setObjectName(u"kind_combo")

        self.form_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.kind_combo)

        self.secretary_label = QLabel(BranchDialog)
        self.secretary_label.setObjectName(u"secretary_label")

        self.form_layout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.secretary_label)

        self.secretary_edit = QLineEdit(BranchDialog)
        self.secretary_edit.setObjectName(u"secretary_edit")

        self.form_layout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.secretary_edit)

        self.profile_label = QLabel(BranchDialog)
        self.profile_label.setObjectName(u"profile_label")

        self.form_layout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.profile_label)

        self.profile_combo = QComboBox(BranchDialog)
        self.profile_combo.setObjectName(u"profile_combo")

        self.form_layout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.profile_combo)

        self.industry_label = QLabel(BranchDialog)
        self.industry_label.setObjectName(u"industry_label")

        self.form_layout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.industry_label)

        self.industry_combo = QComboBox(BranchDialog)
        self.industry_combo.setObjectName(u"industry_combo")

        self.form_layout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.industry_combo)

        self.domain_label = QLabel(BranchDialog)
        self.domain_label.setObjectName(u"domain_label")

        self.form_layout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.domain_label)

        self.domain_combo = QComboBox(BranchDialog)
        self.domain_combo.setObjectName(u"domain_combo")

        self.form_layout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.domain_combo)

        self.school_stage_label = QLabel(BranchDialog)
        self.school_stage_label.setObjectName(u"school_stage_label")

        self.form_layout.setWidget(7, QFormLayout.ItemRole.LabelRole, self.school_stage_label)

        self.school_stage_combo = QComboBox(BranchDialog)
        self.school_stage_combo.setObjectName(u"school_stage_combo")

        self.form_layout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.school_stage_combo)

        self.student_count_label = QLabel(BranchDialog)
        self.student_count_label.setObjectName(u"student_count_label")

        self.form_layout.setWidget(8, QFormLayout.ItemRole.LabelRole, self.student_count_label)

        self.student_count_spin = QSpinBox(BranchDialog)
        self.student_count_spin.setObjectName(u"student_count_spin")
        self.student_count_spin.setMaximum(100000)

        self.form_layout.setWidget(8, QFormLayout.ItemRole.FieldRole, self.student_count_spin)


        self.main_layout.addLayout(self.form_layout)

        self.error_label = QLabel(BranchDialog)
        self.error_label.setObjectName(u"error_label")
        self.error_label.setWordWrap(True)
        self.error_label.setText(u"")

        self.main_layout.addWidget(self.error_label)

        self.bottom_spacer = QSpacerItem(10, 10, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.main_layout.addItem(self.bottom_spacer)

        self.buttons_layout = QHBoxLayout()
        self.buttons_layout.setObjectName(u"buttons_layout")
        self.demo_button = QPushButton(BranchDialog)
        self.demo_button.setObjectName(u"demo_button")

        self.buttons_layout.addWidget(self.demo_button)

        self.button_box = QDialogButtonBox(BranchDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.buttons_layout.addWidget(self.button_box)


        self.main_layout.addLayout(self.buttons_layout)

#if QT_CONFIG(shortcut)
        self.name_label.setBuddy(self.name_edit)
        self.parent_label.setBuddy(self.parent_edit)
        self.kind_label.setBuddy(self.kind_combo)
        self.secretary_label.setBuddy(self.secretary_edit)
        self.profile_label.setBuddy(self.profile_combo)
        self.industry_label.setBuddy(self.industry_combo)
        self.domain_label.setBuddy(self.domain_combo)
        self.school_stage_label.setBuddy(self.school_stage_combo)
        self.student_count_label.setBuddy(self.student_count_spin)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.name_edit, self.parent_edit)
        QWidget.setTabOrder(self.parent_edit, self.kind_combo)
        QWidget.setTabOrder(self.kind_combo, self.secretary_edit)
        QWidget.setTabOrder(self.secretary_edit, self.profile_combo)
        QWidget.setTabOrder(self.profile_combo, self.industry_combo)
        QWidget.setTabOrder(self.industry_combo, self.domain_combo)
        QWidget.setTabOrder(self.domain_combo, self.school_stage_combo)
        QWidget.setTabOrder(self.school_stage_combo, self.student_count_spin)
        QWidget.setTabOrder(self.student_count_spin, self.button_box)
        QWidget.setTabOrder(self.button_box, self.demo_button)

        self.retranslateUi(BranchDialog)

        QMetaObject.connectSlotsByName(BranchDialog)
    # setupUi

    def retranslateUi(self, BranchDialog):
        BranchDialog.setWindowTitle(QCoreApplication.translate("BranchDialog", u"Branch details", None))
        self.intro_label.setText(QCoreApplication.translate("BranchDialog", u"Enter the details of the League branch whose books you keep. You can change them later under File \u2192 Branch details.", None))
        self.name_label.setText(QCoreApplication.translate("BranchDialog", u"Full name of the branch", None))
        self.name_edit.setPlaceholderText(QCoreApplication.translate("BranchDialog", u"e.g. XX Company League Branch", None))
        self.parent_label.setText(QCoreApplication.translate("BranchDialog", u"Higher League committee", None))
        self.kind_label.setText(QCoreApplication.translate("BranchDialog", u"Type of branch", None))
        self.secretary_label.setText(QCoreApplication.translate("BranchDialog", u"Branch secretary", None))
        self.profile_label.setText(QCoreApplication.translate("BranchDialog", u"Rule profile", None))
        self.industry_label.setText(QCoreApplication.translate("BranchDialog", u"Industry of the unit", None))
#if QT_CONFIG(tooltip)
        self.industry_combo.setToolTip(QCoreApplication.translate("BranchDialog", u"The unit's industry category in the League statistics", None))
#endif // QT_CONFIG(tooltip)
        self.domain_label.setText(QCoreApplication.translate("BranchDialog", u"Statistical field", None))
#if QT_CONFIG(tooltip)
        self.domain_combo.setToolTip(QCoreApplication.translate("BranchDialog", u"The field the annual return counts the branch in; by default it follows the industry", None))
#endif // QT_CONFIG(tooltip)
        self.school_stage_label.setText(QCoreApplication.translate("BranchDialog", u"School stage", None))
#if QT_CONFIG(tooltip)
        self.school_stage_combo.setToolTip(QCoreApplication.translate("BranchDialog", u"Schools only: the stage of the graduating classes, which sets the limit on the ratio of League members to students", None))
#endif // QT_CONFIG(tooltip)
        self.student_count_label.setText(QCoreApplication.translate("BranchDialog", u"Number of students", None))
#if QT_CONFIG(tooltip)
        self.student_count_spin.setToolTip(QCoreApplication.translate("BranchDialog", u"Schools only: used to check the ratio of League members to students when recruiting", None))
#endif // QT_CONFIG(tooltip)
        self.student_count_spin.setSpecialValueText(QCoreApplication.translate("BranchDialog", u"(not set)", None))
        self.demo_button.setText(QCoreApplication.translate("BranchDialog", u"Try with sample data", None))
    # retranslateUi

