# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'main_window.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QAction, QBrush, QColor, QConicalGradient,
    QCursor, QFont, QFontDatabase, QGradient,
    QIcon, QImage, QKeySequence, QLinearGradient,
    QPainter, QPalette, QPixmap, QRadialGradient,
    QTransform)
from PySide6.QtWidgets import (QApplication, QFrame, QHBoxLayout, QListWidget,
    QListWidgetItem, QMainWindow, QMenu, QMenuBar,
    QSizePolicy, QStackedWidget, QStatusBar, QToolBar,
    QWidget)

class Ui_MainWindow(object):
    def setupUi(self, MainWindow):
        if not MainWindow.objectName():
            MainWindow.setObjectName(u"MainWindow")
        MainWindow.resize(1280, 780)
        MainWindow.setWindowTitle(u"branchdesk")
        self.import_action = QAction(MainWindow)
        self.import_action.setObjectName(u"import_action")
#if QT_CONFIG(shortcut)
        self.import_action.setShortcut(u"Ctrl+I")
#endif // QT_CONFIG(shortcut)
        self.export_zhtj_action = QAction(MainWindow)
        self.export_zhtj_action.setObjectName(u"export_zhtj_action")
#if QT_CONFIG(shortcut)
        self.export_zhtj_action.setShortcut(u"Ctrl+E")
#endif // QT_CONFIG(shortcut)
        self.export_full_action = QAction(MainWindow)
        self.export_full_action.setObjectName(u"export_full_action")
        self.branch_settings_action = QAction(MainWindow)
        self.branch_settings_action.setObjectName(u"branch_settings_action")
        self.quit_action = QAction(MainWindow)
        self.quit_action.setObjectName(u"quit_action")
#if QT_CONFIG(shortcut)
        self.quit_action.setShortcut(u"Ctrl+Q")
#endif // QT_CONFIG(shortcut)
        self.new_member_action = QAction(MainWindow)
        self.new_member_action.setObjectName(u"new_member_action")
#if QT_CONFIG(shortcut)
        self.new_member_action.setShortcut(u"Ctrl+N")
#endif // QT_CONFIG(shortcut)
        self.edit_member_action = QAction(MainWindow)
        self.edit_member_action.setObjectName(u"edit_member_action")
#if QT_CONFIG(shortcut)
        self.edit_member_action.setShortcut(u"Ctrl+O")
#endif // QT_CONFIG(shortcut)
        self.delete_member_action = QAction(MainWindow)
        self.delete_member_action.setObjectName(u"delete_member_action")
#if QT_CONFIG(shortcut)
        self.delete_member_action.setShortcut(u"Del")
#endif // QT_CONFIG(shortcut)
        self.restore_member_action = QAction(MainWindow)
        self.restore_member_action.setObjectName(u"restore_member_action")
#if QT_CONFIG(shortcut)
        self.restore_member_action.setShortcut(u"Ctrl+R")
#endif // QT_CONFIG(shortcut)
        self.find_action = QAction(MainWindow)
        self.find_action.setObjectName(u"find_action")
#if QT_CONFIG(shortcut)
        self.find_action.setShortcut(u"Ctrl+F")
#endif // QT_CONFIG(shortcut)
        self.show_trash_action = QAction(MainWindow)
        self.show_trash_action.setObjectName(u"show_trash_action")
        self.show_trash_action.setCheckable(True)
        self.record_meeting_action = QAction(MainWindow)
        self.record_meeting_action.setObjectName(u"record_meeting_action")
#if QT_CONFIG(shortcut)
        self.record_meeting_action.setShortcut(u"Ctrl+M")
#endif // QT_CONFIG(shortcut)
        self.about_action = QAction(MainWindow)
        self.about_action.setObjectName(u"about_action")
        self.central_widget = QWidget(MainWindow)
        self.central_widget.setObjectName(u"central_widget")
        self.central_layout = QHBoxLayout(self.central_widget)
        self.central_layout.setSpacing(0)
        self.central_layout.setObjectName(u"central_layout")
        self.central_layout.setContentsMargins(0, 0, 0, 0)
        self.nav_list = QListWidget(self.central_widget)
        self.nav_list.setObjectName(u"nav_list")
        self.nav_list.setMaximumSize(QSize(170, 16777215))
        self.nav_list.setMinimumSize(QSize(150, 0))
        self.nav_list.setFrameShape(QFrame.Shape.NoFrame)
        self.nav_list.setIconSize(QSize(20, 20))

        self.central_layout.addWidget(self.nav_list)

        self.pages = QStackedWidget(self.central_widget)
        self.pages.setObjectName(u"pages")

        self.central_layout.addWidget(self.pages)

        MainWindow.setCentralWidget(self.central_widget)
        self.menu_bar = QMenuBar(MainWindow)
        self.menu_bar.setObjectName(u"menu_bar")
        self.file_menu = QMenu(self.menu_bar)
        self.file_menu.setObjectName(u"file_menu")
        self.members_menu = QMenu(self.menu_bar)
        self.members_menu.setObjectName(u"members_menu")
        self.meetings_menu = QMenu(self.menu_bar)
        self.meetings_menu.setObjectName(u"meetings_menu")
        self.help_menu = QMenu(self.menu_bar)
        self.help_menu.setObjectName(u"help_menu")
        MainWindow.setMenuBar(self.menu_bar)
        self.tool_bar = QToolBar(MainWindow)
        self.tool_bar.setObjectName(u"tool_bar")
        self.tool_bar.setMovable(False)
        self.tool_bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        MainWindow.addToolBar(Qt.ToolBarArea.TopToolBarArea, self.tool_bar)
        self.status_bar = QStatusBar(MainWindow)
        self.status_bar.setObjectName(u"status_bar")
        MainWindow.setStatusBar(self.status_bar)

        self.menu_bar.addAction(self.file_menu.menuAction())
        self.menu_bar.addAction(self.members_menu.menuAction())
        self.menu_bar.addAction(self.meetings_menu.menuAction())
        self.menu_bar.addAction(self.help_menu.menuAction())
        self.file_menu.addAction(self.import_action)
        self.file_menu.addAction(self.export_zhtj_action)
        self.file_menu.addAction(self.export_full_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.branch_settings_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit_action)
        self.members_menu.addAction(self.new_member_action)
        self.members_menu.addAction(self.edit_member_action)
        self.members_menu.addAction(self.delete_member_action)
        self.members_menu.addAction(self.restore_member_action)
        self.members_menu.addSeparator()
        self.members_menu.addAction(self.find_action)
        self.members_menu.addAction(self.show_trash_action)
        self.meetings_menu.addAction(self.record_meeting_action)
        self.help_menu.addAction(self.about_action)
        self.tool_bar.addAction(self.new_member_action)
        self.tool_bar.addAction(self.edit_member_action)
        self.tool_bar.addAction(self.delete_member_action)
        self.tool_bar.addSeparator()
        self.tool_bar.addAction(self.record_meeting_action)
        self.tool_bar.addSeparator()
        self.tool_bar.addAction(self.import_action)
        self.tool_bar.addAction(self.export_zhtj_action)

        self.retranslateUi(MainWindow)

        QMetaObject.connectSlotsByName(MainWindow)
    # setupUi

    def retranslateUi(self, MainWindow):
        self.import_action.setText(QCoreApplication.translate("MainWindow", u"&Import roster from Excel\u2026", None))
        self.export_zhtj_action.setText(QCoreApplication.translate("MainWindow", u"&Export roster (\u667a\u6167\u56e2\u5efa layout)\u2026", None))
        self.export_full_action.setText(QCoreApplication.translate("MainWindow", u"Export roster (&all fields)\u2026", None))
        self.branch_settings_action.setText(QCoreApplication.translate("MainWindow", u"&Branch details\u2026", None))
        self.quit_action.setText(QCoreApplication.translate("MainWindow", u"&Quit", None))
        self.new_member_action.setText(QCoreApplication.translate("MainWindow", u"&New member", None))
        self.edit_member_action.setText(QCoreApplication.translate("MainWindow", u"&Edit member", None))
        self.delete_member_action.setText(QCoreApplication.translate("MainWindow", u"&Delete member", None))
        self.restore_member_action.setText(QCoreApplication.translate("MainWindow", u"&Restore member", None))
        self.find_action.setText(QCoreApplication.translate("MainWindow", u"&Find", None))
        self.show_trash_action.setText(QCoreApplication.translate("MainWindow", u"Show &recycle bin", None))
        self.record_meeting_action.setText(QCoreApplication.translate("MainWindow", u"&Record a meeting\u2026", None))
        self.about_action.setText(QCoreApplication.translate("MainWindow", u"&About branchdesk", None))
        self.file_menu.setTitle(QCoreApplication.translate("MainWindow", u"&File", None))
        self.members_menu.setTitle(QCoreApplication.translate("MainWindow", u"&Members", None))
        self.meetings_menu.setTitle(QCoreApplication.translate("MainWindow", u"Mee&tings", None))
        self.help_menu.setTitle(QCoreApplication.translate("MainWindow", u"&Help", None))
        self.tool_bar.setWindowTitle(QCoreApplication.translate("MainWindow", u"Toolbar", None))
        pass
    # retranslateUi

