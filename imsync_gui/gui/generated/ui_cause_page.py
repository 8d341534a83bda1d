# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'cause_page.ui'
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
from PySide6.QtWidgets import (QApplication, QFrame, QGroupBox, QHBoxLayout,
    QLabel, QScrollArea, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget, QWizardPage)

class Ui_CausePage(object):
    def setupUi(self, CausePage):
        if not CausePage.objectName():
            CausePage.setObjectName(u"CausePage")
        self.pageLayout = QVBoxLayout(CausePage)
        self.pageLayout.setObjectName(u"pageLayout")
        self.verdictBanner = QFrame(CausePage)
        self.verdictBanner.setObjectName(u"verdictBanner")
        self.verdictBanner.setFrameShape(QFrame.Shape.StyledPanel)
        self.bannerLayout = QHBoxLayout(self.verdictBanner)
        self.bannerLayout.setObjectName(u"bannerLayout")
        self.verdictIcon = QLabel(self.verdictBanner)
        self.verdictIcon.setObjectName(u"verdictIcon")
        self.verdictIcon.setAlignment(Qt.AlignmentFlag.AlignHCenter|Qt.AlignmentFlag.AlignTop)

        self.bannerLayout.addWidget(self.verdictIcon)

        self.verdictTextLayout = QVBoxLayout()
        self.verdictTextLayout.setObjectName(u"verdictTextLayout")
        self.verdictLabel = QLabel(self.verdictBanner)
        self.verdictLabel.setObjectName(u"verdictLabel")
        self.verdictLabel.setWordWrap(True)
        self.verdictLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.verdictTextLayout.addWidget(self.verdictLabel)

        self.explanationLabel = QLabel(self.verdictBanner)
        self.explanationLabel.setObjectName(u"explanationLabel")
        self.explanationLabel.setWordWrap(True)
        self.explanationLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.verdictTextLayout.addWidget(self.explanationLabel)

        self.evidenceLabel = QLabel(self.verdictBanner)
        self.evidenceLabel.setObjectName(u"evidenceLabel")
        self.evidenceLabel.setWordWrap(True)
        self.evidenceLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.verdictTextLayout.addWidget(self.evidenceLabel)


        self.bannerLayout.addLayout(self.verdictTextLayout)

        self.bannerSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.bannerLayout.addItem(self.bannerSpacer)


        self.pageLayout.addWidget(self.verdictBanner)

        self.scrollArea = QScrollArea(CausePage)
        self.scrollArea.setObjectName(u"scrollArea")
        self.scrollArea.setFrameShape(QFrame.Shape.NoFrame)
        self.scrollArea.setWidgetResizable(True)
        self.scrollContents = QWidget()
        self.scrollContents.setObjectName(u"scrollContents")
        self.contentsLayout = QVBoxLayout(self.scrollContents)
        self.contentsLayout.setObjectName(u"contentsLayout")
        self.headerLayout = QHBoxLayout()
        self.headerLayout.setObjectName(u"headerLayout")
        self.summaryLabel = QLabel(self.scrollContents)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setWordWrap(True)
        self.summaryLabel.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)

        self.headerLayout.addWidget(self.summaryLabel)

        self.illustrationHolder = QWidget(self.scrollContents)
        self.illustrationHolder.setObjectName(u"illustrationHolder")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.illustrationHolder.sizePolicy().hasHeightForWidth())
        self.illustrationHolder.setSizePolicy(sizePolicy)
        self.illustrationHolder.setMinimumSize(QSize(112, 96))
        self.illustrationLayout = QVBoxLayout(self.illustrationHolder)
        self.illustrationLayout.setObjectName(u"illustrationLayout")
        self.illustrationLayout.setContentsMargins(0, 0, 0, 0)

        self.headerLayout.addWidget(self.illustrationHolder)


        self.contentsLayout.addLayout(self.headerLayout)

        self.questionsGroup = QGroupBox(self.scrollContents)
        self.questionsGroup.setObjectName(u"questionsGroup")
        self.questionsLayout = QVBoxLayout(self.questionsGroup)
        self.questionsLayout.setObjectName(u"questionsLayout")
        self.noQuestionsLabel = QLabel(self.questionsGroup)
        self.noQuestionsLabel.setObjectName(u"noQuestionsLabel")
        self.noQuestionsLabel.setWordWrap(True)

        self.questionsLayout.addWidget(self.noQuestionsLabel)


        self.contentsLayout.addWidget(self.questionsGroup)

        self.checksGroup = QGroupBox(self.scrollContents)
        self.checksGroup.setObjectName(u"checksGroup")
        self.checksLayout = QVBoxLayout(self.checksGroup)
        self.checksLayout.setObjectName(u"checksLayout")
        self.noChecksLabel = QLabel(self.checksGroup)
        self.noChecksLabel.setObjectName(u"noChecksLabel")
        self.noChecksLabel.setWordWrap(True)

        self.checksLayout.addWidget(self.noChecksLabel)


        self.contentsLayout.addWidget(self.checksGroup)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.contentsLayout.addItem(self.bottomSpacer)

        self.scrollArea.setWidget(self.scrollContents)

        self.pageLayout.addWidget(self.scrollArea)


        self.retranslateUi(CausePage)

        QMetaObject.connectSlotsByName(CausePage)
    # setupUi

    def retranslateUi(self, CausePage):
        self.questionsGroup.setTitle(QCoreApplication.translate("CausePage", u"Questions about your devices", None))
        self.noQuestionsLabel.setText(QCoreApplication.translate("CausePage", u"Nothing to ask here for the devices you listed.", None))
        self.checksGroup.setTitle(QCoreApplication.translate("CausePage", u"Live checks from this computer", None))
        self.noChecksLabel.setText(QCoreApplication.translate("CausePage", u"This cause cannot be tested from a computer; your answers decide it.", None))
        pass
    # retranslateUi

