# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'rule_settings_dialog.ui'
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
    QComboBox, QDialog, QDialogButtonBox, QFormLayout,
    QGroupBox, QHBoxLayout, QHeaderView, QLabel,
    QLineEdit, QPushButton, QSizePolicy, QSpacerItem,
    QSplitter, QTabWidget, QTableWidget, QTableWidgetItem,
    QTextBrowser, QTreeWidget, QTreeWidgetItem, QVBoxLayout,
    QWidget)

class Ui_RuleSettingsDialog(object):
    def setupUi(self, RuleSettingsDialog):
        if not RuleSettingsDialog.objectName():
            RuleSettingsDialog.setObjectName(u"RuleSettingsDialog")
        RuleSettingsDialog.resize(1240, 720)
        self.main_layout = QVBoxLayout(RuleSettingsDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.profile_label = QLabel(RuleSettingsDialog)
        self.profile_label.setObjectName(u"profile_label")
        self.profile_label.setWordWrap(True)
        self.profile_label.setTextFormat(Qt.TextFormat.RichText)
        self.profile_label.setText(u"")

        self.main_layout.addWidget(self.profile_label)

        self.tabs = QTabWidget(RuleSettingsDialog)
        self.tabs.setObjectName(u"tabs")
        self.settings_tab = QWidget()
        self.settings_tab.setObjectName(u"settings_tab")
        self.settings_layout = QVBoxLayout(self.settings_tab)
        self.settings_layout.setObjectName(u"settings_layout")
        self.filter_layout = QHBoxLayout()
        self.filter_layout.setObjectName(u"filter_layout")
        self.filter_label = QLabel(self.settings_tab)
        self.filter_label.setObjectName(u"filter_label")

        self.filter_layout.addWidget(self.filter_label)

        self.filter_edit = QLineEdit(self.settings_tab)
        self.filter_edit.setObjectName(u"filter_edit")
        self.filter_edit.setClearButtonEnabled(True)

        self.filter_layout.addWidget(self.filter_edit)

        self.changed_only_check = QCheckBox(self.settings_tab)
        self.changed_only_check.setObjectName(u"changed_only_check")

        self.filter_layout.addWidget(self.changed_only_check)


        self.settings_layout.addLayout(self.filter_layout)

        self.splitter = QSplitter(self.settings_tab)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.settings_tree = QTreeWidget(self.splitter)
        self.settings_tree.setObjectName(u"settings_tree")
        self.settings_tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.settings_tree.setAlternatingRowColors(True)
        self.settings_tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.settings_tree.setUniformRowHeights(True)
        self.settings_tree.setAllColumnsShowFocus(True)
        self.settings_tree.setExpandsOnDoubleClick(False)
        self.splitter.addWidget(self.settings_tree)
        self.settings_tree.header().setStretchLastSection(True)
        self.detail_panel = QWidget(self.splitter)
        self.detail_panel.setObjectName(u"detail_panel")
        self.detail_layout = QVBoxLayout(self.detail_panel)
        self.detail_layout.setObjectName(u"detail_layout")
        self.detail_layout.setContentsMargins(6, 0, 0, 0)
        self.detail_text = QTextBrowser(self.detail_panel)
        self.detail_text.setObjectName(u"detail_text")
        self.detail_text.setOpenExternalLinks(True)

        self.detail_layout.addWidget(self.detail_text)

        self.detail_buttons_layout = QHBoxLayout()
        self.detail_buttons_layout.setObjectName(u"detail_buttons_layout")
        self.edit_button = QPushButton(self.detail_panel)
        self.edit_button.setObjectName(u"edit_button")
        self.edit_button.setAutoDefault(False)

        self.detail_buttons_layout.addWidget(self.edit_button)

        self.reset_button = QPushButton(self.detail_panel)
        self.reset_button.setObjectName(u"reset_button")
        self.reset_button.setAutoDefault(False)

        self.detail_buttons_layout.addWidget(self.reset_button)

        self.detail_buttons_spacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.detail_buttons_layout.addItem(self.detail_buttons_spacer)


        self.detail_layout.addLayout(self.detail_buttons_layout)

        self.editor_group = QGroupBox(self.detail_panel)
        self.editor_group.setObjectName(u"editor_group")
        self.editor_layout = QFormLayout(self.editor_group)
        self.editor_layout.setObjectName(u"editor_layout")
        self.value_label = QLabel(self.editor_group)
        self.value_label.setObjectName(u"value_label")

        self.editor_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.value_label)

        self.value_layout = QHBoxLayout()
        self.value_layout.setObjectName(u"value_layout")
        self.value_edit = QLineEdit(self.editor_group)
        self.value_edit.setObjectName(u"value_edit")

        self.value_layout.addWidget(self.value_edit)

        self.choice_combo = QComboBox(self.editor_group)
        self.choice_combo.setObjectName(u"choice_combo")

        self.value_layout.addWidget(self.choice_combo)

        self.unit_label = QLabel(self.editor_group)
        self.unit_label.setObjectName(u"unit_label")
        self.unit_label.setText(u"")

        self.value_layout.addWidget(self.unit_label)


        self.editor_layout.setLayout(0, QFormLayout.ItemRole.FieldRole, self.value_layout)

        self.hint_label = QLabel(self.editor_group)
        self.hint_label.setObjectName(u"hint_label")
        self.hint_label.setWordWrap(True)
        self.hint_label.setText(u"")

        self.editor_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.hint_label)

        self.reason_label = QLabel(self.editor_group)
        self.reason_label.setObjectName(u"reason_label")

        self.editor_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.reason_label)

        self.reason_edit = QLineEdit(self.editor_group)
        self.reason_edit.setObjectName(u"reason_edit")

        self.editor_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.reason_edit)

        self.error_label = QLabel(self.editor_group)
        self.error_label.setObjectName(u"error_label")
        self.error_label.setWordWrap(True)
        self.error_label.setText(u"")

        self.editor_layout.setWidget(3, QFormLayout.ItemRole.SpanningRole, self.error_label)

        self.editor_buttons_layout = QHBoxLayout()
        self.editor_buttons_layout.setObjectName(u"editor_buttons_layout")
        self.editor_buttons_spacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.editor_buttons_layout.addItem(self.editor_buttons_spacer)

        self.apply_button = QPushButton(self.editor_group)
        self.apply_button.setObjectName(u"apply_button")

        self.editor_buttons_layout.addWidget(self.apply_button)

        self.cancel_edit_button = QPushButton(self.editor_group)
        self.cancel_edit_button.setObjectName(u"cancel_edit_button")
        self.cancel_edit_button.setAutoDefault(False)

        self.editor_buttons_layout.addWidget(self.cancel_edit_button)


        self.editor_layout.setLayout(4, QFormLayout.ItemRole.SpanningRole, self.editor_buttons_layout)


        self.detail_layout.addWidget(self.editor_group)

        self.splitter.addWidget(self.detail_panel)

        self.settings_layout.addWidget(self.splitter)

        self.tabs.addTab(self.settings_tab, "")
        self.log_tab = QWidget()
        self.log_tab.setObjectName(u"log_tab")
        self.log_layout = QVBoxLayout(self.log_tab)
        self.log_layout.setObjectName(u"log_layout")
        self.log_table = QTableWidget(self.log_tab)
        if (self.log_table.columnCount() < 5):
            self.log_table.setColumnCount(5)
        __qtablewidgetitem = QTableWidgetItem()
        self.log_table.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.log_table.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.log_table.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        __qtablewidgetitem3 = QTableWidgetItem()
        self.log_table.setHorizontalHeaderItem(3, __qtablewidgetitem3)
        __qtablewidgetitem4 = QTableWidgetItem()
        self.log_table.setHorizontalHeaderItem(4, __qtablewidgetitem4)
        self.log_table.setObjectName(u"log_table")
        self.log_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.log_table.setAlternatingRowColors(True)
        self.log_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.log_table.setWordWrap(True)
        self.log_table.horizontalHeader().setStretchLastSection(True)
        self.log_table.verticalHeader().setVisible(False)

        self.log_layout.addWidget(self.log_table)

        self.tabs.addTab(self.log_tab, "")

        self.main_layout.addWidget(self.tabs)

        self.bottom_layout = QHBoxLayout()
        self.bottom_layout.setObjectName(u"bottom_layout")
        self.status_label = QLabel(RuleSettingsDialog)
        self.status_label.setObjectName(u"status_label")
        self.status_label.setText(u"")

        self.bottom_layout.addWidget(self.status_label)

        self.button_box = QDialogButtonBox(RuleSettingsDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.bottom_layout.addWidget(self.button_box)


        self.main_layout.addLayout(self.bottom_layout)

#if QT_CONFIG(shortcut)
        self.filter_label.setBuddy(self.filter_edit)
        self.value_label.setBuddy(self.value_edit)
        self.reason_label.setBuddy(self.reason_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.filter_edit, self.changed_only_check)
        QWidget.setTabOrder(self.changed_only_check, self.settings_tree)
        QWidget.setTabOrder(self.settings_tree, self.edit_button)
        QWidget.setTabOrder(self.edit_button, self.reset_button)
        QWidget.setTabOrder(self.reset_button, self.value_edit)
        QWidget.setTabOrder(self.value_edit, self.choice_combo)
        QWidget.setTabOrder(self.choice_combo, self.reason_edit)
        QWidget.setTabOrder(self.reason_edit, self.apply_button)
        QWidget.setTabOrder(self.apply_button, self.cancel_edit_button)
        QWidget.setTabOrder(self.cancel_edit_button, self.detail_text)
        QWidget.setTabOrder(self.detail_text, self.tabs)
        QWidget.setTabOrder(self.tabs, self.log_table)
        QWidget.setTabOrder(self.log_table, self.button_box)

        self.retranslateUi(RuleSettingsDialog)

        self.tabs.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(RuleSettingsDialog)
    # setupUi

    def retranslateUi(self, RuleSettingsDialog):
        RuleSettingsDialog.setWindowTitle(QCoreApplication.translate("RuleSettingsDialog", u"Rule settings", None))
        self.filter_label.setText(QCoreApplication.translate("RuleSettingsDialog", u"&Search", None))
        self.filter_edit.setPlaceholderText(QCoreApplication.translate("RuleSettingsDialog", u"Name, key, value, basis or source", None))
        self.changed_only_check.setText(QCoreApplication.translate("RuleSettingsDialog", u"Only values changed by this branch", None))
        ___qtreewidgetitem = self.settings_tree.headerItem()
        ___qtreewidgetitem.setText(4, QCoreApplication.translate("RuleSettingsDialog", u"Basis", None))
        ___qtreewidgetitem.setText(3, QCoreApplication.translate("RuleSettingsDialog", u"Unit", None))
        ___qtreewidgetitem.setText(2, QCoreApplication.translate("RuleSettingsDialog", u"Default / profile value", None))
        ___qtreewidgetitem.setText(1, QCoreApplication.translate("RuleSettingsDialog", u"Current value", None))
        ___qtreewidgetitem.setText(0, QCoreApplication.translate("RuleSettingsDialog", u"Setting", None))
        self.detail_text.setPlaceholderText(QCoreApplication.translate("RuleSettingsDialog", u"Select a setting to see where its value comes from.", None))
        self.edit_button.setText(QCoreApplication.translate("RuleSettingsDialog", u"&Change\u2026", None))
        self.reset_button.setText(QCoreApplication.translate("RuleSettingsDialog", u"&Restore default\u2026", None))
        self.editor_group.setTitle(QCoreApplication.translate("RuleSettingsDialog", u"Change the value", None))
        self.value_label.setText(QCoreApplication.translate("RuleSettingsDialog", u"New &value", None))
        self.reason_label.setText(QCoreApplication.translate("RuleSettingsDialog", u"R&eason", None))
        self.reason_edit.setPlaceholderText(QCoreApplication.translate("RuleSettingsDialog", u"e.g. notice of the higher League committee, March 2026", None))
        self.apply_button.setText(QCoreApplication.translate("RuleSettingsDialog", u"Save change", None))
        self.cancel_edit_button.setText(QCoreApplication.translate("RuleSettingsDialog", u"Cancel", None))
        self.tabs.setTabText(self.tabs.indexOf(self.settings_tab), QCoreApplication.translate("RuleSettingsDialog", u"Settings", None))
        ___qtablewidgetitem = self.log_table.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("RuleSettingsDialog", u"Changed on", None))
        ___qtablewidgetitem1 = self.log_table.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("RuleSettingsDialog", u"Setting", None))
        ___qtablewidgetitem2 = self.log_table.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("RuleSettingsDialog", u"Old value", None))
        ___qtablewidgetitem3 = self.log_table.horizontalHeaderItem(3)
        ___qtablewidgetitem3.setText(QCoreApplication.translate("RuleSettingsDialog", u"New value", None))
        ___qtablewidgetitem4 = self.log_table.horizontalHeaderItem(4)
        ___qtablewidgetitem4.setText(QCoreApplication.translate("RuleSettingsDialog", u"Reason", None))
        self.tabs.setTabText(self.tabs.indexOf(self.log_tab), QCoreApplication.translate("RuleSettingsDialog", u"Change history", None))
    # retranslateUi

