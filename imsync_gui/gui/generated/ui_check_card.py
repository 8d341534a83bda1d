# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'check_card.ui'
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
from PySide6.QtWidgets import (QApplication, QFrame, QGridLayout, QLabel,
    QProgressBar, QPushButton, QSizePolicy, QToolButton,
    QWidget)

class Ui_CheckCard(object):
    def setupUi(self, CheckCard):
        if not CheckCard.objectName():
            CheckCard.setObjectName(u"CheckCard")
        CheckCard.setFrameShape(QFrame.Shape.StyledPanel)
        self.cardLayout = QGridLayout(CheckCard)
        self.cardLayout.setObjectName(u"cardLayout")
        self.statusIcon = QLabel(CheckCard)
        self.statusIcon.setObjectName(u"statusIcon")
        self.statusIcon.setMinimumSize(QSize(24, 24))
        self.statusIcon.setAlignment(Qt.AlignmentFlag.AlignHCenter|Qt.AlignmentFlag.AlignTop)

        self.cardLayout.addWidget(self.statusIcon, 0, 0, 2, 1)

        self.titleLabel = QLabel(CheckCard)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setWordWrap(True)

        self.cardLayout.addWidget(self.titleLabel, 0, 1, 1, 1)

        self.statusLabel = QLabel(CheckCard)
        self.statusLabel.setObjectName(u"statusLabel")
        self.statusLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.statusLabel.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)

        self.cardLayout.addWidget(self.statusLabel, 0, 2, 1, 1)

        self.runAgainButton = QPushButton(CheckCard)
        self.runAgainButton.setObjectName(u"runAgainButton")

        self.cardLayout.addWidget(self.runAgainButton, 0, 3, 1, 1)

        self.busyBar = QProgressBar(CheckCard)
        self.busyBar.setObjectName(u"busyBar")
        self.busyBar.setMaximum(0)
        self.busyBar.setTextVisible(False)

        self.cardLayout.addWidget(self.busyBar, 1, 1, 1, 3)

        self.messageLabel = QLabel(CheckCard)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.messageLabel.setWordWrap(True)
        self.messageLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.cardLayout.addWidget(self.messageLabel, 2, 1, 1, 3)

        self.detailsButton = QToolButton(CheckCard)
        self.detailsButton.setObjectName(u"detailsButton")
        self.detailsButton.setCheckable(True)
        self.detailsButton.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.detailsButton.setAutoRaise(True)
        self.detailsButton.setArrowType(Qt.ArrowType.RightArrow)

        self.cardLayout.addWidget(self.detailsButton, 3, 1, 1, 3)

        self.detailsBox = QWidget(CheckCard)
        self.detailsBox.setObjectName(u"detailsBox")
        self.detailsLayout = QGridLayout(self.detailsBox)
        self.detailsLayout.setObjectName(u"detailsLayout")
        self.detailsLayout.setContentsMargins(0, 0, 0, 0)

        self.cardLayout.addWidget(self.detailsBox, 4, 1, 1, 3)

        self.cardLayout.setColumnStretch(1, 1)

        self.retranslateUi(CheckCard)

        QMetaObject.connectSlotsByName(CheckCard)
    # setupUi

    def retranslateUi(self, CheckCard):
        self.runAgainButton.setText(QCoreApplication.translate("CheckCard", u"Run again", None))
        self.detailsButton.setText(QCoreApplication.translate("CheckCard", u"Technical details", None))
        pass
    # retranslateUi

