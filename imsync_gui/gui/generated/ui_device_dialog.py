# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'device_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QComboBox,
    QDialog, QDialogButtonBox, QFormLayout, QLabel,
    QLineEdit, QSizePolicy, QVBoxLayout, QWidget)

class Ui_DeviceDialog(object):
    def setupUi(self, DeviceDialog):
        if not DeviceDialog.objectName():
            DeviceDialog.setObjectName(u"DeviceDialog")
        DeviceDialog.setMinimumSize(QSize(520, 0))
        DeviceDialog.setModal(True)
        self.dialogLayout = QVBoxLayout(DeviceDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.kindLabel = QLabel(DeviceDialog)
        self.kindLabel.setObjectName(u"kindLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.kindLabel)

        self.kindCombo = QComboBox(DeviceDialog)
        self.kindCombo.setObjectName(u"kindCombo")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.kindCombo)

        self.nameLabel = QLabel(DeviceDialog)
        self.nameLabel.setObjectName(u"nameLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameEdit = QLineEdit(DeviceDialog)
        self.nameEdit.setObjectName(u"nameEdit")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.thisMacCheck = QCheckBox(DeviceDialog)
        self.thisMacCheck.setObjectName(u"thisMacCheck")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.thisMacCheck)

        self.thisMacNote = QLabel(DeviceDialog)
        self.thisMacNote.setObjectName(u"thisMacNote")
        self.thisMacNote.setTextFormat(Qt.TextFormat.PlainText)
        self.thisMacNote.setWordWrap(True)

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.thisMacNote)

        self.versionLabel = QLabel(DeviceDialog)
        self.versionLabel.setObjectName(u"versionLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.versionLabel)

        self.versionEdit = QLineEdit(DeviceDialog)
        self.versionEdit.setObjectName(u"versionEdit")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.versionEdit)

        self.versionSourceLabel = QLabel(DeviceDialog)
        self.versionSourceLabel.setObjectName(u"versionSourceLabel")
        font = QFont()
        font.setItalic(True)
        self.versionSourceLabel.setFont(font)
        self.versionSourceLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.formLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.versionSourceLabel)

        self.accountLabel = QLabel(DeviceDialog)
        self.accountLabel.setObjectName(u"accountLabel")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.accountLabel)

        self.accountEdit = QLineEdit(DeviceDialog)
        self.accountEdit.setObjectName(u"accountEdit")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.accountEdit)

        self.addressesLabel = QLabel(DeviceDialog)
        self.addressesLabel.setObjectName(u"addressesLabel")

        self.formLayout.setWidget(7, QFormLayout.ItemRole.LabelRole, self.addressesLabel)

        self.addressesEdit = QLineEdit(DeviceDialog)
        self.addressesEdit.setObjectName(u"addressesEdit")

        self.formLayout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.addressesEdit)

        self.messagesLabel = QLabel(DeviceDialog)
        self.messagesLabel.setObjectName(u"messagesLabel")

        self.formLayout.setWidget(8, QFormLayout.ItemRole.LabelRole, self.messagesLabel)

        self.messagesCombo = QComboBox(DeviceDialog)
        self.messagesCombo.setObjectName(u"messagesCombo")

        self.formLayout.setWidget(8, QFormLayout.ItemRole.FieldRole, self.messagesCombo)


        self.dialogLayout.addLayout(self.formLayout)

        self.whereLabel = QLabel(DeviceDialog)
        self.whereLabel.setObjectName(u"whereLabel")
        self.whereLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.whereLabel)

        self.problemLabel = QLabel(DeviceDialog)
        self.problemLabel.setObjectName(u"problemLabel")
        self.problemLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.problemLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.problemLabel)

        self.buttonBox = QDialogButtonBox(DeviceDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.kindLabel.setBuddy(self.kindCombo)
        self.nameLabel.setBuddy(self.nameEdit)
        self.versionLabel.setBuddy(self.versionEdit)
        self.accountLabel.setBuddy(self.accountEdit)
        self.addressesLabel.setBuddy(self.addressesEdit)
        self.messagesLabel.setBuddy(self.messagesCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(DeviceDialog)
        self.buttonBox.rejected.connect(DeviceDialog.reject)

        QMetaObject.connectSlotsByName(DeviceDialog)
    # setupUi

    def retranslateUi(self, DeviceDialog):
        DeviceDialog.setWindowTitle(QCoreApplication.translate("DeviceDialog", u"Device", None))
        self.kindLabel.setText(QCoreApplication.translate("DeviceDialog", u"&Kind of device:", None))
#if QT_CONFIG(accessibility)
        self.kindCombo.setAccessibleName(QCoreApplication.translate("DeviceDialog", u"Kind of device", None))
#endif // QT_CONFIG(accessibility)
        self.nameLabel.setText(QCoreApplication.translate("DeviceDialog", u"&Name:", None))
#if QT_CONFIG(accessibility)
        self.nameEdit.setAccessibleName(QCoreApplication.translate("DeviceDialog", u"Name", None))
#endif // QT_CONFIG(accessibility)
        self.nameEdit.setPlaceholderText(QCoreApplication.translate("DeviceDialog", u"e.g. Sam\u2019s iPhone", None))
        self.thisMacCheck.setText(QCoreApplication.translate("DeviceDialog", u"This is the Mac I\u2019m &using now", None))
#if QT_CONFIG(accessibility)
        self.thisMacCheck.setAccessibleDescription(QCoreApplication.translate("DeviceDialog", u"Its version, Low Power Mode and clock are then read from this computer.", None))
#endif // QT_CONFIG(accessibility)
        self.thisMacNote.setText(QCoreApplication.translate("DeviceDialog", u"Its version, Low Power Mode and clock are then read from this computer.", None))
        self.versionLabel.setText(QCoreApplication.translate("DeviceDialog", u"System &version:", None))
#if QT_CONFIG(accessibility)
        self.versionEdit.setAccessibleName(QCoreApplication.translate("DeviceDialog", u"System version", None))
#endif // QT_CONFIG(accessibility)
        self.versionEdit.setPlaceholderText(QCoreApplication.translate("DeviceDialog", u"e.g. iOS 18.5 (leave empty if unsure)", None))
        self.versionSourceLabel.setText(QCoreApplication.translate("DeviceDialog", u"Read from this computer", None))
        self.accountLabel.setText(QCoreApplication.translate("DeviceDialog", u"Apple &Account e-mail:", None))
#if QT_CONFIG(accessibility)
        self.accountEdit.setAccessibleName(QCoreApplication.translate("DeviceDialog", u"Apple Account e-mail", None))
#endif // QT_CONFIG(accessibility)
        self.accountEdit.setPlaceholderText(QCoreApplication.translate("DeviceDialog", u"only to compare devices; never a password", None))
        self.addressesLabel.setText(QCoreApplication.translate("DeviceDialog", u"&Phone numbers and e-mails for Messages:", None))
#if QT_CONFIG(accessibility)
        self.addressesEdit.setAccessibleName(QCoreApplication.translate("DeviceDialog", u"Addresses for messages", None))
#endif // QT_CONFIG(accessibility)
        self.addressesEdit.setPlaceholderText(QCoreApplication.translate("DeviceDialog", u"as listed under Send & Receive in Messages settings, separated by commas", None))
        self.messagesLabel.setText(QCoreApplication.translate("DeviceDialog", u"&Messages in iCloud:", None))
#if QT_CONFIG(accessibility)
        self.messagesCombo.setAccessibleName(QCoreApplication.translate("DeviceDialog", u"Messages in iCloud", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

