# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'reports_page.ui'
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
from PySide6.QtWidgets import (QApplication, QCheckBox, QComboBox, QFormLayout,
    QHBoxLayout, QLabel, QLineEdit, QListWidget,
    QListWidgetItem, QPushButton, QSizePolicy, QSpacerItem,
    QSpinBox, QVBoxLayout, QWidget)

class Ui_ReportsPage(object):
    def setupUi(self, ReportsPage):
        if not ReportsPage.objectName():
            ReportsPage.setObjectName(u"ReportsPage")
        ReportsPage.resize(1000, 700)
        self.page_layout = QVBoxLayout(ReportsPage)
        self.page_layout.setObjectName(u"page_layout")
        self.title_label = QLabel(ReportsPage)
        self.title_label.setObjectName(u"title_label")

        self.page_layout.addWidget(self.title_label)

        self.body_layout = QHBoxLayout()
        self.body_layout.setObjectName(u"body_layout")
        self.reports_list = QListWidget(ReportsPage)
        self.reports_list.setObjectName(u"reports_list")
        self.reports_list.setMaximumSize(QSize(300, 16777215))

        self.body_layout.addWidget(self.reports_list)

        self.options_layout = QVBoxLayout()
        self.options_layout.setObjectName(u"options_layout")
        self.report_title_label = QLabel(ReportsPage)
        self.report_title_label.setObjectName(u"report_title_label")
        self.report_title_label.setWordWrap(True)
        self.report_title_label.setText(u"")

        self.options_layout.addWidget(self.report_title_label)

        self.form_layout = QFormLayout()
        self.form_layout.setObjectName(u"form_layout")
        self.year_label = QLabel(ReportsPage)
        self.year_label.setObjectName(u"year_label")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.year_label)

        self.year_spin = QSpinBox(ReportsPage)
        self.year_spin.setObjectName(u"year_spin")
        self.year_spin.setMinimum(2000)
        self.year_spin.setMaximum(2100)

        self.form_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.year_spin)

        self.date_label = QLabel(ReportsPage)
        self.date_label.setObjectName(u"date_label")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.date_label)

        self.date_edit = QLineEdit(ReportsPage)
        self.date_edit.setObjectName(u"date_edit")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.date_edit)

        self.meeting_label = QLabel(ReportsPage)
        self.meeting_label.setObjectName(u"meeting_label")

        self.form_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.meeting_label)

        self.meeting_combo = QComboBox(ReportsPage)
        self.meeting_combo.setObjectName(u"meeting_combo")

        self.form_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.meeting_combo)

        self.full_ids_check = QCheckBox(ReportsPage)
        self.full_ids_check.setObjectName(u"full_ids_check")

        self.form_layout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.full_ids_check)

        self.system_fonts_check = QCheckBox(ReportsPage)
        self.system_fonts_check.setObjectName(u"system_fonts_check")

        self.form_layout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.system_fonts_check)


        self.options_layout.addLayout(self.form_layout)

        self.buttons_layout = QHBoxLayout()
        self.buttons_layout.setObjectName(u"buttons_layout")
        self.preview_button = QPushButton(ReportsPage)
        self.preview_button.setObjectName(u"preview_button")

        self.buttons_layout.addWidget(self.preview_button)

        self.save_pdf_button = QPushButton(ReportsPage)
        self.save_pdf_button.setObjectName(u"save_pdf_button")

        self.buttons_layout.addWidget(self.save_pdf_button)

        self.save_xlsx_button = QPushButton(ReportsPage)
        self.save_xlsx_button.setObjectName(u"save_xlsx_button")

        self.buttons_layout.addWidget(self.save_xlsx_button)

        self.return_notes_button = QPushButton(ReportsPage)
        self.return_notes_button.setObjectName(u"return_notes_button")

        self.buttons_layout.addWidget(self.return_notes_button)

        self.buttons_spacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttons_layout.addItem(self.buttons_spacer)


        self.options_layout.addLayout(self.buttons_layout)

        self.options_spacer = QSpacerItem(10, 10, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.options_layout.addItem(self.options_spacer)


        self.body_layout.addLayout(self.options_layout)


        self.page_layout.addLayout(self.body_layout)

#if QT_CONFIG(shortcut)
        self.year_label.setBuddy(self.year_spin)
        self.date_label.setBuddy(self.date_edit)
        self.meeting_label.setBuddy(self.meeting_combo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.reports_list, self.year_spin)
        QWidget.setTabOrder(self.year_spin, self.date_edit)
        QWidget.setTabOrder(self.date_edit, self.meeting_combo)
        QWidget.setTabOrder(self.meeting_combo, self.full_ids_check)
        QWidget.setTabOrder(self.full_ids_check, self.system_fonts_check)
        QWidget.setTabOrder(self.system_fonts_check, self.preview_button)
        QWidget.setTabOrder(self.preview_button, self.save_pdf_button)
        QWidget.setTabOrder(self.save_pdf_button, self.save_xlsx_button)
        QWidget.setTabOrder(self.save_xlsx_button, self.return_notes_button)

        self.retranslateUi(ReportsPage)

        self.preview_button.setDefault(True)


        QMetaObject.connectSlotsByName(ReportsPage)
    # setupUi

    def retranslateUi(self, ReportsPage):
        self.title_label.setText(QCoreApplication.translate("ReportsPage", u"Forms and returns", None))
        self.year_label.setText(QCoreApplication.translate("ReportsPage", u"Year", None))
        self.date_label.setText(QCoreApplication.translate("ReportsPage", u"As of", None))
        self.meeting_label.setText(QCoreApplication.translate("ReportsPage", u"Meeting", None))
        self.full_ids_check.setText(QCoreApplication.translate("ReportsPage", u"Print ID numbers in full (otherwise masked)", None))
        self.system_fonts_check.setText(QCoreApplication.translate("ReportsPage", u"Use the computer's own SimSun/SimHei/FangSong fonts when installed (Windows)", None))
        self.preview_button.setText(QCoreApplication.translate("ReportsPage", u"Preview and print\u2026", None))
        self.save_pdf_button.setText(QCoreApplication.translate("ReportsPage", u"Save as PDF\u2026", None))
        self.save_xlsx_button.setText(QCoreApplication.translate("ReportsPage", u"Save as Excel\u2026", None))
        self.return_notes_button.setText(QCoreApplication.translate("ReportsPage", u"Reasons for falls\u2026", None))
#if QT_CONFIG(tooltip)
        self.return_notes_button.setToolTip(QCoreApplication.translate("ReportsPage", u"Explain every figure of the comparison table that fell against last year", None))
#endif // QT_CONFIG(tooltip)
        pass
    # retranslateUi

