# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'about_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox,
    QHBoxLayout, QLabel, QPushButton, QSizePolicy,
    QSpacerItem, QTabWidget, QTextBrowser, QVBoxLayout,
    QWidget)

class Ui_AboutDialog(object):
    def setupUi(self, AboutDialog):
        if not AboutDialog.objectName():
            AboutDialog.setObjectName(u"AboutDialog")
        AboutDialog.resize(640, 520)
        self.main_layout = QVBoxLayout(AboutDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.header_layout = QHBoxLayout()
        self.header_layout.setObjectName(u"header_layout")
        self.icon_label = QLabel(AboutDialog)
        self.icon_label.setObjectName(u"icon_label")
        self.icon_label.setMinimumSize(QSize(72, 72))

        self.header_layout.addWidget(self.icon_label)

        self.title_label = QLabel(AboutDialog)
        self.title_label.setObjectName(u"title_label")
        self.title_label.setWordWrap(True)
        self.title_label.setTextFormat(Qt.RichText)

        self.header_layout.addWidget(self.title_label)

        self.header_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.header_layout.addItem(self.header_spacer)


        self.main_layout.addLayout(self.header_layout)

        self.tabs = QTabWidget(AboutDialog)
        self.tabs.setObjectName(u"tabs")
        self.about_tab = QWidget()
        self.about_tab.setObjectName(u"about_tab")
        self.about_layout = QVBoxLayout(self.about_tab)
        self.about_layout.setObjectName(u"about_layout")
        self.about_browser = QTextBrowser(self.about_tab)
        self.about_browser.setObjectName(u"about_browser")
        self.about_browser.setOpenLinks(False)

        self.about_layout.addWidget(self.about_browser)

        self.folder_row = QHBoxLayout()
        self.folder_row.setObjectName(u"folder_row")
        self.open_folder_button = QPushButton(self.about_tab)
        self.open_folder_button.setObjectName(u"open_folder_button")

        self.folder_row.addWidget(self.open_folder_button)

        self.folder_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.folder_row.addItem(self.folder_spacer)


        self.about_layout.addLayout(self.folder_row)

        self.tabs.addTab(self.about_tab, "")
        self.licences_tab = QWidget()
        self.licences_tab.setObjectName(u"licences_tab")
        self.licences_layout = QVBoxLayout(self.licences_tab)
        self.licences_layout.setObjectName(u"licences_layout")
        self.licences_browser = QTextBrowser(self.licences_tab)
        self.licences_browser.setObjectName(u"licences_browser")

        self.licences_layout.addWidget(self.licences_browser)

        self.tabs.addTab(self.licences_tab, "")

        self.main_layout.addWidget(self.tabs)

        self.button_box = QDialogButtonBox(AboutDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.Close)

        self.main_layout.addWidget(self.button_box)


        self.retranslateUi(AboutDialog)

        QMetaObject.connectSlotsByName(AboutDialog)
    # setupUi

    def retranslateUi(self, AboutDialog):
        AboutDialog.setWindowTitle(QCoreApplication.translate("AboutDialog", u"About branchdesk", None))
        self.open_folder_button.setText(QCoreApplication.translate("AboutDialog", u"&Open the data folder", None))
        self.tabs.setTabText(self.tabs.indexOf(self.about_tab), QCoreApplication.translate("AboutDialog", u"About", None))
        self.tabs.setTabText(self.tabs.indexOf(self.licences_tab), QCoreApplication.translate("AboutDialog", u"Licences", None))
    # retranslateUi

