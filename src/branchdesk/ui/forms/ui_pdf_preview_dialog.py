# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'pdf_preview_dialog.ui'
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
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (QApplication, QComboBox, QDialog, QHBoxLayout,
    QLabel, QPushButton, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

class Ui_PdfPreviewDialog(object):
    def setupUi(self, PdfPreviewDialog):
        if not PdfPreviewDialog.objectName():
            PdfPreviewDialog.setObjectName(u"PdfPreviewDialog")
        PdfPreviewDialog.resize(900, 760)
        self.main_layout = QVBoxLayout(PdfPreviewDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.toolbar_layout = QHBoxLayout()
        self.toolbar_layout.setObjectName(u"toolbar_layout")
        self.previous_button = QPushButton(PdfPreviewDialog)
        self.previous_button.setObjectName(u"previous_button")

        self.toolbar_layout.addWidget(self.previous_button)

        self.page_label = QLabel(PdfPreviewDialog)
        self.page_label.setObjectName(u"page_label")
        self.page_label.setText(u"")

        self.toolbar_layout.addWidget(self.page_label)

        self.next_button = QPushButton(PdfPreviewDialog)
        self.next_button.setObjectName(u"next_button")

        self.toolbar_layout.addWidget(self.next_button)

        self.zoom_combo = QComboBox(PdfPreviewDialog)
        self.zoom_combo.setObjectName(u"zoom_combo")

        self.toolbar_layout.addWidget(self.zoom_combo)

        self.toolbar_spacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.toolbar_layout.addItem(self.toolbar_spacer)

        self.print_button = QPushButton(PdfPreviewDialog)
        self.print_button.setObjectName(u"print_button")

        self.toolbar_layout.addWidget(self.print_button)

        self.save_button = QPushButton(PdfPreviewDialog)
        self.save_button.setObjectName(u"save_button")

        self.toolbar_layout.addWidget(self.save_button)

        self.close_button = QPushButton(PdfPreviewDialog)
        self.close_button.setObjectName(u"close_button")

        self.toolbar_layout.addWidget(self.close_button)


        self.main_layout.addLayout(self.toolbar_layout)

        self.pdf_view = QPdfView(PdfPreviewDialog)
        self.pdf_view.setObjectName(u"pdf_view")

        self.main_layout.addWidget(self.pdf_view)

        self.warnings_label = QLabel(PdfPreviewDialog)
        self.warnings_label.setObjectName(u"warnings_label")
        self.warnings_label.setWordWrap(True)
        self.warnings_label.setText(u"")

        self.main_layout.addWidget(self.warnings_label)

        QWidget.setTabOrder(self.print_button, self.save_button)
        QWidget.setTabOrder(self.save_button, self.close_button)
        QWidget.setTabOrder(self.close_button, self.previous_button)
        QWidget.setTabOrder(self.previous_button, self.next_button)
        QWidget.setTabOrder(self.next_button, self.zoom_combo)

        self.retranslateUi(PdfPreviewDialog)

        QMetaObject.connectSlotsByName(PdfPreviewDialog)
    # setupUi

    def retranslateUi(self, PdfPreviewDialog):
        PdfPreviewDialog.setWindowTitle(QCoreApplication.translate("PdfPreviewDialog", u"Print preview", None))
        self.previous_button.setText(QCoreApplication.translate("PdfPreviewDialog", u"Previous page", None))
        self.next_button.setText(QCoreApplication.translate("PdfPreviewDialog", u"Next page", None))
        self.print_button.setText(QCoreApplication.translate("PdfPreviewDialog", u"Print\u2026", None))
        self.save_button.setText(QCoreApplication.translate("PdfPreviewDialog", u"Save as PDF\u2026", None))
        self.close_button.setText(QCoreApplication.translate("PdfPreviewDialog", u"Close", None))
    # retranslateUi

