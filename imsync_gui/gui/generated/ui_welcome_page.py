# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'welcome_page.ui'
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
from PySide6.QtWidgets import (QApplication, QCheckBox, QFrame, QGroupBox,
    QLabel, QScrollArea, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget, QWizardPage)

class Ui_WelcomePage(object):
    def setupUi(self, WelcomePage):
        if not WelcomePage.objectName():
            WelcomePage.setObjectName(u"WelcomePage")
        self.pageLayout = QVBoxLayout(WelcomePage)
        self.pageLayout.setObjectName(u"pageLayout")
        self.scrollArea = QScrollArea(WelcomePage)
        self.scrollArea.setObjectName(u"scrollArea")
        self.scrollArea.setFrameShape(QFrame.Shape.NoFrame)
        self.scrollArea.setWidgetResizable(True)
        self.scrollContents = QWidget()
        self.scrollContents.setObjectName(u"scrollContents")
        self.contentsLayout = QVBoxLayout(self.scrollContents)
        self.contentsLayout.setObjectName(u"contentsLayout")
        self.introLabel = QLabel(self.scrollContents)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.contentsLayout.addWidget(self.introLabel)

        self.durationGroup = QGroupBox(self.scrollContents)
        self.durationGroup.setObjectName(u"durationGroup")
        self.durationLayout = QVBoxLayout(self.durationGroup)
        self.durationLayout.setObjectName(u"durationLayout")
        self.durationLabel = QLabel(self.durationGroup)
        self.durationLabel.setObjectName(u"durationLabel")
        self.durationLabel.setWordWrap(True)

        self.durationLayout.addWidget(self.durationLabel)


        self.contentsLayout.addWidget(self.durationGroup)

        self.privacyGroup = QGroupBox(self.scrollContents)
        self.privacyGroup.setObjectName(u"privacyGroup")
        self.privacyLayout = QVBoxLayout(self.privacyGroup)
        self.privacyLayout.setObjectName(u"privacyLayout")
        self.privacyLabel = QLabel(self.privacyGroup)
        self.privacyLabel.setObjectName(u"privacyLabel")
        self.privacyLabel.setWordWrap(True)

        self.privacyLayout.addWidget(self.privacyLabel)


        self.contentsLayout.addWidget(self.privacyGroup)

        self.networkGroup = QGroupBox(self.scrollContents)
        self.networkGroup.setObjectName(u"networkGroup")
        self.networkLayout = QVBoxLayout(self.networkGroup)
        self.networkLayout.setObjectName(u"networkLayout")
        self.networkLabel = QLabel(self.networkGroup)
        self.networkLabel.setObjectName(u"networkLabel")
        self.networkLabel.setWordWrap(True)
        self.networkLabel.setTextFormat(Qt.TextFormat.RichText)

        self.networkLayout.addWidget(self.networkLabel)


        self.contentsLayout.addWidget(self.networkGroup)

        self.agreeCheck = QCheckBox(self.scrollContents)
        self.agreeCheck.setObjectName(u"agreeCheck")

        self.contentsLayout.addWidget(self.agreeCheck)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.contentsLayout.addItem(self.bottomSpacer)

        self.scrollArea.setWidget(self.scrollContents)

        self.pageLayout.addWidget(self.scrollArea)


        self.retranslateUi(WelcomePage)

        QMetaObject.connectSlotsByName(WelcomePage)
    # setupUi

    def retranslateUi(self, WelcomePage):
        WelcomePage.setTitle(QCoreApplication.translate("WelcomePage", u"Find out why Messages stopped syncing with iCloud", None))
        WelcomePage.setSubTitle(QCoreApplication.translate("WelcomePage", u"A short guided check-up for your iPhone, iPad and Mac.", None))
        self.introLabel.setText(QCoreApplication.translate("WelcomePage", u"When a device shows \u201cSyncing with iCloud Paused\u201d in Messages, one of nine things is usually behind it: the connection, iCloud storage, the Apple Account (formerly Apple ID), an old system version, power saving, an Apple outage, the clock, Background App Refresh, or a Messages setting. This troubleshooter goes through each of them with you, tests what it can from this computer, and ends with a short plan of what to change, easiest steps first.", None))
        self.durationGroup.setTitle(QCoreApplication.translate("WelcomePage", u"How long it takes", None))
        self.durationLabel.setText(QCoreApplication.translate("WelcomePage", u"About 10 minutes. Keep your devices nearby: some questions ask you to look at a setting or at the clock on the phone. You can stop at any time; your answers are saved as you go and offered again next time.", None))
        self.privacyGroup.setTitle(QCoreApplication.translate("WelcomePage", u"What it never asks for", None))
        self.privacyLabel.setText(QCoreApplication.translate("WelcomePage", u"It never asks for a password, a verification code, or a recovery key, and it never signs in to anything. Nothing you enter leaves this computer unless you export or share the plan yourself.", None))
        self.networkGroup.setTitle(QCoreApplication.translate("WelcomePage", u"What it contacts over the network, and why", None))
        self.agreeCheck.setText(QCoreApplication.translate("WelcomePage", u"&I agree: run these checks from this computer now", None))
    # retranslateUi

