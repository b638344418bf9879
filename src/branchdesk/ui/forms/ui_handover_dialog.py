# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'handover_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QDialog,
    QDialogButtonBox, QFormLayout, QHBoxLayout, QHeaderView,
    QLabel, QLineEdit, QPushButton, QSizePolicy,
    QSpacerItem, QTabWidget, QTableWidget, QTableWidgetItem,
    QVBoxLayout, QWidget)

class Ui_HandoverDialog(object):
    def setupUi(self, HandoverDialog):
        if not HandoverDialog.objectName():
            HandoverDialog.setObjectName(u"HandoverDialog")
        HandoverDialog.resize(720, 560)
        self.main_layout = QVBoxLayout(HandoverDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.tabs = QTabWidget(HandoverDialog)
        self.tabs.setObjectName(u"tabs")
        self.export_tab = QWidget()
        self.export_tab.setObjectName(u"export_tab")
        self.export_layout = QVBoxLayout(self.export_tab)
        self.export_layout.setObjectName(u"export_layout")
        self.export_intro_label = QLabel(self.export_tab)
        self.export_intro_label.setObjectName(u"export_intro_label")
        self.export_intro_label.setWordWrap(True)

        self.export_layout.addWidget(self.export_intro_label)

        self.export_form = QFormLayout()
        self.export_form.setObjectName(u"export_form")
        self.outgoing_label = QLabel(self.export_tab)
        self.outgoing_label.setObjectName(u"outgoing_label")

        self.export_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.outgoing_label)

        self.outgoing_edit = QLineEdit(self.export_tab)
        self.outgoing_edit.setObjectName(u"outgoing_edit")

        self.export_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.outgoing_edit)

        self.incoming_label = QLabel(self.export_tab)
        self.incoming_label.setObjectName(u"incoming_label")

        self.export_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.incoming_label)

        self.incoming_edit = QLineEdit(self.export_tab)
        self.incoming_edit.setObjectName(u"incoming_edit")

        self.export_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.incoming_edit)

        self.export_file_label = QLabel(self.export_tab)
        self.export_file_label.setObjectName(u"export_file_label")

        self.export_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.export_file_label)

        self.export_file_layout = QHBoxLayout()
        self.export_file_layout.setObjectName(u"export_file_layout")
        self.export_file_edit = QLineEdit(self.export_tab)
        self.export_file_edit.setObjectName(u"export_file_edit")

        self.export_file_layout.addWidget(self.export_file_edit)

        self.export_browse_button = QPushButton(self.export_tab)
        self.export_browse_button.setObjectName(u"export_browse_button")

        self.export_file_layout.addWidget(self.export_browse_button)


        self.export_form.setLayout(2, QFormLayout.ItemRole.FieldRole, self.export_file_layout)


        self.export_layout.addLayout(self.export_form)

        self.export_buttons_layout = QHBoxLayout()
        self.export_buttons_layout.setObjectName(u"export_buttons_layout")
        self.export_button = QPushButton(self.export_tab)
        self.export_button.setObjectName(u"export_button")

        self.export_buttons_layout.addWidget(self.export_button)

        self.print_button = QPushButton(self.export_tab)
        self.print_button.setObjectName(u"print_button")

        self.export_buttons_layout.addWidget(self.print_button)

        self.export_spacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.export_buttons_layout.addItem(self.export_spacer)


        self.export_layout.addLayout(self.export_buttons_layout)

        self.export_status_label = QLabel(self.export_tab)
        self.export_status_label.setObjectName(u"export_status_label")
        self.export_status_label.setWordWrap(True)
        self.export_status_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.export_status_label.setText(u"")

        self.export_layout.addWidget(self.export_status_label)

        self.export_vspacer = QSpacerItem(20, 40, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.export_layout.addItem(self.export_vspacer)

        self.tabs.addTab(self.export_tab, "")
        self.import_tab = QWidget()
        self.import_tab.setObjectName(u"import_tab")
        self.import_layout = QVBoxLayout(self.import_tab)
        self.import_layout.setObjectName(u"import_layout")
        self.import_intro_label = QLabel(self.import_tab)
        self.import_intro_label.setObjectName(u"import_intro_label")
        self.import_intro_label.setWordWrap(True)

        self.import_layout.addWidget(self.import_intro_label)

        self.import_file_layout = QHBoxLayout()
        self.import_file_layout.setObjectName(u"import_file_layout")
        self.import_file_edit = QLineEdit(self.import_tab)
        self.import_file_edit.setObjectName(u"import_file_edit")
        self.import_file_edit.setReadOnly(True)

        self.import_file_layout.addWidget(self.import_file_edit)

        self.import_browse_button = QPushButton(self.import_tab)
        self.import_browse_button.setObjectName(u"import_browse_button")

        self.import_file_layout.addWidget(self.import_browse_button)


        self.import_layout.addLayout(self.import_file_layout)

        self.manifest_table = QTableWidget(self.import_tab)
        if (self.manifest_table.columnCount() < 2):
            self.manifest_table.setColumnCount(2)
        __qtablewidgetitem = QTableWidgetItem()
        self.manifest_table.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.manifest_table.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        self.manifest_table.setObjectName(u"manifest_table")
        self.manifest_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.manifest_table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.manifest_table.setColumnCount(2)

        self.import_layout.addWidget(self.manifest_table)

        self.import_status_label = QLabel(self.import_tab)
        self.import_status_label.setObjectName(u"import_status_label")
        self.import_status_label.setWordWrap(True)
        self.import_status_label.setText(u"")

        self.import_layout.addWidget(self.import_status_label)

        self.import_buttons_layout = QHBoxLayout()
        self.import_buttons_layout.setObjectName(u"import_buttons_layout")
        self.import_button = QPushButton(self.import_tab)
        self.import_button.setObjectName(u"import_button")

        self.import_buttons_layout.addWidget(self.import_button)

        self.import_spacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.import_buttons_layout.addItem(self.import_spacer)


        self.import_layout.addLayout(self.import_buttons_layout)

        self.tabs.addTab(self.import_tab, "")

        self.main_layout.addWidget(self.tabs)

        self.button_box = QDialogButtonBox(HandoverDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.main_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.outgoing_label.setBuddy(self.outgoing_edit)
        self.incoming_label.setBuddy(self.incoming_edit)
        self.export_file_label.setBuddy(self.export_file_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.tabs, self.outgoing_edit)
        QWidget.setTabOrder(self.outgoing_edit, self.incoming_edit)
        QWidget.setTabOrder(self.incoming_edit, self.export_file_edit)
        QWidget.setTabOrder(self.export_file_edit, self.export_browse_button)
        QWidget.setTabOrder(self.export_browse_button, self.export_button)
        QWidget.setTabOrder(self.export_button, self.print_button)
        QWidget.setTabOrder(self.print_button, self.import_browse_button)
        QWidget.setTabOrder(self.import_browse_button, self.import_button)
        QWidget.setTabOrder(self.import_button, self.button_box)

        self.retranslateUi(HandoverDialog)

        self.tabs.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(HandoverDialog)
    # setupUi

    def retranslateUi(self, HandoverDialog):
        HandoverDialog.setWindowTitle(QCoreApplication.translate("HandoverDialog", u"Handover", None))
        self.export_intro_label.setText(QCoreApplication.translate("HandoverDialog", u"Writes the whole branch into one handover file: a consistent copy of the data with a list of record counts and a checksum. Give the file to the new secretary (USB stick, e-mail), who imports it with branchdesk. The file contains personal data.", None))
        self.outgoing_label.setText(QCoreApplication.translate("HandoverDialog", u"&Outgoing secretary:", None))
        self.incoming_label.setText(QCoreApplication.translate("HandoverDialog", u"&Incoming secretary:", None))
        self.export_file_label.setText(QCoreApplication.translate("HandoverDialog", u"Handover &file:", None))
        self.export_browse_button.setText(QCoreApplication.translate("HandoverDialog", u"Choose\u2026", None))
        self.export_button.setText(QCoreApplication.translate("HandoverDialog", u"&Export", None))
        self.print_button.setText(QCoreApplication.translate("HandoverDialog", u"&Print handover list\u2026", None))
        self.tabs.setTabText(self.tabs.indexOf(self.export_tab), QCoreApplication.translate("HandoverDialog", u"Hand over (export)", None))
        self.import_intro_label.setText(QCoreApplication.translate("HandoverDialog", u"Choose the handover file you received. It is checked (checksum, integrity, version) before anything changes; importing replaces the data in this data directory, which is backed up first.", None))
        self.import_browse_button.setText(QCoreApplication.translate("HandoverDialog", u"Choose &file\u2026", None))
        ___qtablewidgetitem = self.manifest_table.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("HandoverDialog", u"Item", None))
        ___qtablewidgetitem1 = self.manifest_table.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("HandoverDialog", u"In the file", None))
        self.import_button.setText(QCoreApplication.translate("HandoverDialog", u"&Import and replace the current data\u2026", None))
        self.tabs.setTabText(self.tabs.indexOf(self.import_tab), QCoreApplication.translate("HandoverDialog", u"Take over (import)", None))
    # retranslateUi

