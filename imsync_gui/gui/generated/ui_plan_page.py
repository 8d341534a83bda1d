# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'plan_page.ui'
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
from PySide6.QtWidgets import (QApplication, QSizePolicy, QVBoxLayout, QWidget,
    QWizardPage)

class Ui_PlanPage(object):
    def setupUi(self, PlanPage):
        if not PlanPage.objectName():
            PlanPage.setObjectName(u"PlanPage")
        self.pageLayout = QVBoxLayout(PlanPage)
        self.pageLayout.setObjectName(u"pageLayout")
        self.planHolder = QWidget(PlanPage)
        self.planHolder.setObjectName(u"planHolder")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(1)
        sizePolicy.setHeightForWidth(self.planHolder.sizePolicy().hasHeightForWidth())
        self.planHolder.setSizePolicy(sizePolicy)
        self.planLayout = QVBoxLayout(self.planHolder)
        self.planLayout.setObjectName(u"planLayout")
        self.planLayout.setContentsMargins(0, 0, 0, 0)

        self.pageLayout.addWidget(self.planHolder)


        self.retranslateUi(PlanPage)

        QMetaObject.connectSlotsByName(PlanPage)
    # setupUi

    def retranslateUi(self, PlanPage):
        PlanPage.setTitle(QCoreApplication.translate("PlanPage", u"Your fix plan", None))
    # retranslateUi

