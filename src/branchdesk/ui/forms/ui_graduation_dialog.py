# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'graduation_dialog.ui'
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
    QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
    QSizePolicy, QVBoxLayout, QWidget)

class Ui_GraduationDialog(object):
    def setupUi(self, GraduationDialog):
        if not GraduationDialog.objectName():
            GraduationDialog.setObjectName(u"GraduationDialog")
        GraduationDialog.resize(560, 240)
        self.main_layout = QVBoxLayout(GraduationDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.intro_label = QLabel(GraduationDialog)
        self.intro_label.setObjectName(u"intro_label")
        self.intro_label.setWordWrap(True)
        self.intro_label.setText(u"")

        self.main_layout.addWidget(self.intro_label)

        self.form_layout = QFormLayout()
        self.form_layout.setObjectName(u"form_layout")
        self.month_label = QLabel(GraduationDialog)
        self.month_label.setObjectName(u"month_label")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.month_label)

        self.month_edit = QLineEdit(GraduationDialog)
        self.month_edit.setObjectName(u"month_edit")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.month_edit)

        self.destination_label = QLabel(GraduationDialog)
        self.destination_label.setObjectName(u"destination_label")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.destination_label)

        self.destination_combo = QComboBox(GraduationDialog)
        self.destination_combo.setObjectName(u"destination_combo")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.destination_combo)

        self.org_label = QLabel(GraduationDialog)
        self.org_label.setObjectName(u"org_label")

        self.form_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.org_label)

        self.org_edit = QLineEdit(GraduationDialog)
        self.org_edit.setObjectName(u"org_edit")
        self.org_edit.setMaxLength(200)

        self.form_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.org_edit)


        self.main_layout.addLayout(self.form_layout)

        self.error_label = QLabel(GraduationDialog)
        self.error_label.setObjectName(u"error_label")
        self.error_label.setWordWrap(True)
        self.error_label.setText(u"")

        self.main_layout.addWidget(self.error_label)

        self.button_box = QDialogButtonBox(GraduationDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.main_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.month_label.setBuddy(self.month_edit)
        self.destination_label.setBuddy(self.destination_combo)
        self.org_label.setBuddy(self.org_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.month_edit, self.destination_combo)
        QWidget.setTabOrder(self.destination_combo, self.org_edit)
        QWidget.setTabOrder(self.org_edit, self.button_box)

        self.retranslateUi(GraduationDialog)

        QMetaObject.connectSlotsByName(GraduationDialog)
    # setupUi

    def retranslateUi(self, GraduationDialog):
        GraduationDialog.setWindowTitle(QCoreApplication.translate("GraduationDialog", u"Graduation and destination", None))
        self.month_label.setText(QCoreApplication.translate("GraduationDialog", u"Graduation (year-month)", None))
        self.destination_label.setText(QCoreApplication.translate("GraduationDialog", u"Destination", None))
        self.org_label.setText(QCoreApplication.translate("GraduationDialog", u"Receiving League organisation", None))
    # retranslateUi

