# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'crash_dialog.ui'
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
from PySide6.QtWidgets import (QApplication, QDialog, QHBoxLayout, QLabel,
    QPlainTextEdit, QPushButton, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

class Ui_CrashDialog(object):
    def setupUi(self, CrashDialog):
        if not CrashDialog.objectName():
            CrashDialog.setObjectName(u"CrashDialog")
        CrashDialog.resize(640, 520)
        self.main_layout = QVBoxLayout(CrashDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.heading_label = QLabel(CrashDialog)
        self.heading_label.setObjectName(u"heading_label")
        self.heading_label.setWordWrap(True)

        self.main_layout.addWidget(self.heading_label)

        self.explain_label = QLabel(CrashDialog)
        self.explain_label.setObjectName(u"explain_label")
        self.explain_label.setWordWrap(True)

        self.main_layout.addWidget(self.explain_label)

        self.safe_label = QLabel(CrashDialog)
        self.safe_label.setObjectName(u"safe_label")
        self.safe_label.setWordWrap(True)

        self.main_layout.addWidget(self.safe_label)

        self.todo_label = QLabel(CrashDialog)
        self.todo_label.setObjectName(u"todo_label")
        self.todo_label.setWordWrap(True)

        self.main_layout.addWidget(self.todo_label)

        self.details_label = QLabel(CrashDialog)
        self.details_label.setObjectName(u"details_label")

        self.main_layout.addWidget(self.details_label)

        self.details_edit = QPlainTextEdit(CrashDialog)
        self.details_edit.setObjectName(u"details_edit")
        self.details_edit.setReadOnly(True)
        self.details_edit.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.details_edit.setTabChangesFocus(True)

        self.main_layout.addWidget(self.details_edit)

        self.status_label = QLabel(CrashDialog)
        self.status_label.setObjectName(u"status_label")
        self.status_label.setWordWrap(True)
        self.status_label.setText(u"")

        self.main_layout.addWidget(self.status_label)

        self.buttons_layout = QHBoxLayout()
        self.buttons_layout.setObjectName(u"buttons_layout")
        self.copy_button = QPushButton(CrashDialog)
        self.copy_button.setObjectName(u"copy_button")

        self.buttons_layout.addWidget(self.copy_button)

        self.open_log_button = QPushButton(CrashDialog)
        self.open_log_button.setObjectName(u"open_log_button")

        self.buttons_layout.addWidget(self.open_log_button)

        self.buttons_spacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttons_layout.addItem(self.buttons_spacer)

        self.close_button = QPushButton(CrashDialog)
        self.close_button.setObjectName(u"close_button")

        self.buttons_layout.addWidget(self.close_button)


        self.main_layout.addLayout(self.buttons_layout)

#if QT_CONFIG(shortcut)
        self.details_label.setBuddy(self.details_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.copy_button, self.open_log_button)
        QWidget.setTabOrder(self.open_log_button, self.close_button)
        QWidget.setTabOrder(self.close_button, self.details_edit)

        self.retranslateUi(CrashDialog)

        QMetaObject.connectSlotsByName(CrashDialog)
    # setupUi

    def retranslateUi(self, CrashDialog):
        CrashDialog.setWindowTitle(QCoreApplication.translate("CrashDialog", u"branchdesk ran into a problem", None))
        self.heading_label.setText(QCoreApplication.translate("CrashDialog", u"Something went wrong in branchdesk", None))
        self.explain_label.setText(QCoreApplication.translate("CrashDialog", u"branchdesk hit an unexpected error. This is a fault in the program, not something you did wrong.", None))
        self.safe_label.setText(QCoreApplication.translate("CrashDialog", u"The data you have already saved is safe: every save is written as one complete transaction, and branchdesk keeps automatic backups of its data. Only what you were typing and had not saved yet may be lost.", None))
        self.todo_label.setText(QCoreApplication.translate("CrashDialog", u"What to do: click \u201cCopy details\u201d and send the text to whoever supports you (by e-mail or chat), with a sentence on what you were doing. Then close this window; if the error comes back, save your work and restart branchdesk.", None))
        self.details_label.setText(QCoreApplication.translate("CrashDialog", u"Details (ID numbers are hidden):", None))
        self.copy_button.setText(QCoreApplication.translate("CrashDialog", u"Copy details", None))
        self.open_log_button.setText(QCoreApplication.translate("CrashDialog", u"Open log folder", None))
        self.close_button.setText(QCoreApplication.translate("CrashDialog", u"Close", None))
    # retranslateUi

