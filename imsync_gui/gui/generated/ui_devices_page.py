# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'devices_page.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QHBoxLayout, QHeaderView,
    QLabel, QPushButton, QSizePolicy, QSpacerItem,
    QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget,
    QWizardPage)

class Ui_DevicesPage(object):
    def setupUi(self, DevicesPage):
        if not DevicesPage.objectName():
            DevicesPage.setObjectName(u"DevicesPage")
        self.pageLayout = QVBoxLayout(DevicesPage)
        self.pageLayout.setObjectName(u"pageLayout")
        self.introLabel = QLabel(DevicesPage)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.pageLayout.addWidget(self.introLabel)

        self.deviceTable = QTableWidget(DevicesPage)
        if (self.deviceTable.columnCount() < 4):
            self.deviceTable.setColumnCount(4)
        __qtablewidgetitem = QTableWidgetItem()
        self.deviceTable.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.deviceTable.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.deviceTable.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        __qtablewidgetitem3 = QTableWidgetItem()
        self.deviceTable.setHorizontalHeaderItem(3, __qtablewidgetitem3)
        self.deviceTable.setObjectName(u"deviceTable")
        self.deviceTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.deviceTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.deviceTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.deviceTable.setTabKeyNavigation(False)
        self.deviceTable.setWordWrap(False)
        self.deviceTable.horizontalHeader().setStretchLastSection(True)
        self.deviceTable.verticalHeader().setVisible(False)

        self.pageLayout.addWidget(self.deviceTable)

        self.buttonLayout = QHBoxLayout()
        self.buttonLayout.setObjectName(u"buttonLayout")
        self.addButton = QPushButton(DevicesPage)
        self.addButton.setObjectName(u"addButton")

        self.buttonLayout.addWidget(self.addButton)

        self.editButton = QPushButton(DevicesPage)
        self.editButton.setObjectName(u"editButton")

        self.buttonLayout.addWidget(self.editButton)

        self.removeButton = QPushButton(DevicesPage)
        self.removeButton.setObjectName(u"removeButton")

        self.buttonLayout.addWidget(self.removeButton)

        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonLayout.addItem(self.buttonSpacer)


        self.pageLayout.addLayout(self.buttonLayout)

        self.hintLabel = QLabel(DevicesPage)
        self.hintLabel.setObjectName(u"hintLabel")
        self.hintLabel.setWordWrap(True)

        self.pageLayout.addWidget(self.hintLabel)


        self.retranslateUi(DevicesPage)

        QMetaObject.connectSlotsByName(DevicesPage)
    # setupUi

    def retranslateUi(self, DevicesPage):
        DevicesPage.setTitle(QCoreApplication.translate("DevicesPage", u"Your devices", None))
        self.introLabel.setText(QCoreApplication.translate("DevicesPage", u"List every iPhone, iPad and Mac that uses Messages with your Apple Account. Questions are asked only about the devices you list.", None))
        ___qtablewidgetitem = self.deviceTable.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("DevicesPage", u"Name", None))
        ___qtablewidgetitem1 = self.deviceTable.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("DevicesPage", u"Kind", None))
        ___qtablewidgetitem2 = self.deviceTable.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("DevicesPage", u"System version", None))
        ___qtablewidgetitem3 = self.deviceTable.horizontalHeaderItem(3)
        ___qtablewidgetitem3.setText(QCoreApplication.translate("DevicesPage", u"Messages in iCloud", None))
#if QT_CONFIG(accessibility)
        self.deviceTable.setAccessibleName(QCoreApplication.translate("DevicesPage", u"Your devices", None))
#endif // QT_CONFIG(accessibility)
        self.addButton.setText(QCoreApplication.translate("DevicesPage", u"&Add a device\u2026", None))
        self.editButton.setText(QCoreApplication.translate("DevicesPage", u"&Edit\u2026", None))
        self.removeButton.setText(QCoreApplication.translate("DevicesPage", u"&Remove", None))
        self.hintLabel.setText(QCoreApplication.translate("DevicesPage", u"Add at least one device to continue. If you are unsure of a detail, leave it empty: you can change it later.", None))
    # retranslateUi

