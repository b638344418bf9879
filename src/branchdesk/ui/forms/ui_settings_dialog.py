# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'settings_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QComboBox,
    QDialog, QDialogButtonBox, QFormLayout, QGroupBox,
    QHBoxLayout, QLabel, QLineEdit, QPushButton,
    QSizePolicy, QSpacerItem, QSpinBox, QVBoxLayout,
    QWidget)

class Ui_SettingsDialog(object):
    def setupUi(self, SettingsDialog):
        if not SettingsDialog.objectName():
            SettingsDialog.setObjectName(u"SettingsDialog")
        SettingsDialog.resize(620, 560)
        self.main_layout = QVBoxLayout(SettingsDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.branch_group = QGroupBox(SettingsDialog)
        self.branch_group.setObjectName(u"branch_group")
        self.branch_layout = QFormLayout(self.branch_group)
        self.branch_layout.setObjectName(u"branch_layout")
        self.branch_caption = QLabel(self.branch_group)
        self.branch_caption.setObjectName(u"branch_caption")

        self.branch_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.branch_caption)

        self.branch_row = QHBoxLayout()
        self.branch_row.setObjectName(u"branch_row")
        self.branch_name_label = QLabel(self.branch_group)
        self.branch_name_label.setObjectName(u"branch_name_label")
        self.branch_name_label.setWordWrap(True)

        self.branch_row.addWidget(self.branch_name_label)

        self.branch_button = QPushButton(self.branch_group)
        self.branch_button.setObjectName(u"branch_button")

        self.branch_row.addWidget(self.branch_button)


        self.branch_layout.setLayout(0, QFormLayout.ItemRole.FieldRole, self.branch_row)

        self.profile_label = QLabel(self.branch_group)
        self.profile_label.setObjectName(u"profile_label")

        self.branch_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.profile_label)

        self.profile_row = QHBoxLayout()
        self.profile_row.setObjectName(u"profile_row")
        self.profile_combo = QComboBox(self.branch_group)
        self.profile_combo.setObjectName(u"profile_combo")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.profile_combo.sizePolicy().hasHeightForWidth())
        self.profile_combo.setSizePolicy(sizePolicy)

        self.profile_row.addWidget(self.profile_combo)

        self.rules_button = QPushButton(self.branch_group)
        self.rules_button.setObjectName(u"rules_button")

        self.profile_row.addWidget(self.rules_button)


        self.branch_layout.setLayout(1, QFormLayout.ItemRole.FieldRole, self.profile_row)


        self.main_layout.addWidget(self.branch_group)

        self.print_group = QGroupBox(SettingsDialog)
        self.print_group.setObjectName(u"print_group")
        self.print_layout = QVBoxLayout(self.print_group)
        self.print_layout.setObjectName(u"print_layout")
        self.system_fonts_check = QCheckBox(self.print_group)
        self.system_fonts_check.setObjectName(u"system_fonts_check")

        self.print_layout.addWidget(self.system_fonts_check)

        self.full_ids_check = QCheckBox(self.print_group)
        self.full_ids_check.setObjectName(u"full_ids_check")

        self.print_layout.addWidget(self.full_ids_check)

        self.privacy_label = QLabel(self.print_group)
        self.privacy_label.setObjectName(u"privacy_label")
        self.privacy_label.setWordWrap(True)

        self.print_layout.addWidget(self.privacy_label)

        self.passphrase_row = QHBoxLayout()
        self.passphrase_row.setObjectName(u"passphrase_row")
        self.passphrase_button = QPushButton(self.print_group)
        self.passphrase_button.setObjectName(u"passphrase_button")

        self.passphrase_row.addWidget(self.passphrase_button)

        self.passphrase_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.passphrase_row.addItem(self.passphrase_spacer)


        self.print_layout.addLayout(self.passphrase_row)


        self.main_layout.addWidget(self.print_group)

        self.backup_group = QGroupBox(SettingsDialog)
        self.backup_group.setObjectName(u"backup_group")
        self.backup_layout = QFormLayout(self.backup_group)
        self.backup_layout.setObjectName(u"backup_layout")
        self.keep_label = QLabel(self.backup_group)
        self.keep_label.setObjectName(u"keep_label")

        self.backup_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.keep_label)

        self.keep_row = QHBoxLayout()
        self.keep_row.setObjectName(u"keep_row")
        self.keep_spin = QSpinBox(self.backup_group)
        self.keep_spin.setObjectName(u"keep_spin")
        self.keep_spin.setMinimum(1)
        self.keep_spin.setMaximum(1000)

        self.keep_row.addWidget(self.keep_spin)

        self.keep_hint = QLabel(self.backup_group)
        self.keep_hint.setObjectName(u"keep_hint")

        self.keep_row.addWidget(self.keep_hint)

        self.keep_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.keep_row.addItem(self.keep_spacer)


        self.backup_layout.setLayout(0, QFormLayout.ItemRole.FieldRole, self.keep_row)

        self.folder_label = QLabel(self.backup_group)
        self.folder_label.setObjectName(u"folder_label")

        self.backup_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.folder_label)

        self.folder_row = QHBoxLayout()
        self.folder_row.setObjectName(u"folder_row")
        self.folder_edit = QLineEdit(self.backup_group)
        self.folder_edit.setObjectName(u"folder_edit")

        self.folder_row.addWidget(self.folder_edit)

        self.folder_button = QPushButton(self.backup_group)
        self.folder_button.setObjectName(u"folder_button")

        self.folder_row.addWidget(self.folder_button)

        self.folder_default_button = QPushButton(self.backup_group)
        self.folder_default_button.setObjectName(u"folder_default_button")

        self.folder_row.addWidget(self.folder_default_button)


        self.backup_layout.setLayout(1, QFormLayout.ItemRole.FieldRole, self.folder_row)


        self.main_layout.addWidget(self.backup_group)

        self.language_group = QGroupBox(SettingsDialog)
        self.language_group.setObjectName(u"language_group")
        self.language_layout = QFormLayout(self.language_group)
        self.language_layout.setObjectName(u"language_layout")
        self.language_label = QLabel(self.language_group)
        self.language_label.setObjectName(u"language_label")

        self.language_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.language_label)

        self.language_combo = QComboBox(self.language_group)
        self.language_combo.setObjectName(u"language_combo")

        self.language_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.language_combo)

        self.language_hint = QLabel(self.language_group)
        self.language_hint.setObjectName(u"language_hint")
        self.language_hint.setWordWrap(True)

        self.language_layout.setWidget(1, QFormLayout.ItemRole.SpanningRole, self.language_hint)


        self.main_layout.addWidget(self.language_group)

        self.error_label = QLabel(SettingsDialog)
        self.error_label.setObjectName(u"error_label")
        self.error_label.setWordWrap(True)

        self.main_layout.addWidget(self.error_label)

        self.bottom_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.main_layout.addItem(self.bottom_spacer)

        self.button_box = QDialogButtonBox(SettingsDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Save)

        self.main_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.profile_label.setBuddy(self.profile_combo)
        self.keep_label.setBuddy(self.keep_spin)
        self.folder_label.setBuddy(self.folder_edit)
        self.language_label.setBuddy(self.language_combo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.branch_button, self.profile_combo)
        QWidget.setTabOrder(self.profile_combo, self.rules_button)
        QWidget.setTabOrder(self.rules_button, self.system_fonts_check)
        QWidget.setTabOrder(self.system_fonts_check, self.full_ids_check)
        QWidget.setTabOrder(self.full_ids_check, self.passphrase_button)
        QWidget.setTabOrder(self.passphrase_button, self.keep_spin)
        QWidget.setTabOrder(self.keep_spin, self.folder_edit)
        QWidget.setTabOrder(self.folder_edit, self.folder_button)
        QWidget.setTabOrder(self.folder_button, self.folder_default_button)
        QWidget.setTabOrder(self.folder_default_button, self.language_combo)

        self.retranslateUi(SettingsDialog)

        QMetaObject.connectSlotsByName(SettingsDialog)
    # setupUi

    def retranslateUi(self, SettingsDialog):
        SettingsDialog.setWindowTitle(QCoreApplication.translate("SettingsDialog", u"Application settings", None))
        self.branch_group.setTitle(QCoreApplication.translate("SettingsDialog", u"Branch", None))
        self.branch_caption.setText(QCoreApplication.translate("SettingsDialog", u"Branch", None))
        self.branch_button.setText(QCoreApplication.translate("SettingsDialog", u"&Branch details\u2026", None))
        self.profile_label.setText(QCoreApplication.translate("SettingsDialog", u"Rule profile", None))
        self.rules_button.setText(QCoreApplication.translate("SettingsDialog", u"&Rule settings\u2026", None))
        self.print_group.setTitle(QCoreApplication.translate("SettingsDialog", u"Printing and privacy", None))
        self.system_fonts_check.setText(QCoreApplication.translate("SettingsDialog", u"Print with the system's SimSun, SimHei and FangSong when installed (Windows); otherwise the bundled fonts", None))
        self.full_ids_check.setText(QCoreApplication.translate("SettingsDialog", u"Show full ID numbers in the roster list (until branchdesk closes)", None))
        self.privacy_label.setText(QCoreApplication.translate("SettingsDialog", u"ID numbers are masked in lists, printed forms and logs unless you ask for them; each start masks them again. A printed form asks separately whether to show them in full.", None))
        self.passphrase_button.setText(QCoreApplication.translate("SettingsDialog", u"Pass&phrase\u2026", None))
        self.backup_group.setTitle(QCoreApplication.translate("SettingsDialog", u"Backups", None))
        self.keep_label.setText(QCoreApplication.translate("SettingsDialog", u"&Keep", None))
        self.keep_hint.setText(QCoreApplication.translate("SettingsDialog", u"newest backups, and the newest of every month", None))
        self.folder_label.setText(QCoreApplication.translate("SettingsDialog", u"&Folder", None))
        self.folder_button.setText(QCoreApplication.translate("SettingsDialog", u"C&hoose\u2026", None))
        self.folder_default_button.setText(QCoreApplication.translate("SettingsDialog", u"&Default", None))
        self.language_group.setTitle(QCoreApplication.translate("SettingsDialog", u"Language", None))
        self.language_label.setText(QCoreApplication.translate("SettingsDialog", u"&Interface language", None))
    # retranslateUi

