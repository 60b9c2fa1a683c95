// The Qt headers the test suites read, compiled once for all of them (cmake/LinkdeskTest.cmake:
// linkdesk_test_pch). QtTest is not here: its headers read macros that differ from one test folder
// to the next (QT_TESTCASE_SOURCEDIR), and a precompiled header is only used where every macro it
// read is the same. Nothing here may read a macro that some suites define and others do not
// (QT_WIDGETS_LIB, QT_NETWORK_LIB and the like), for the same reason.
#pragma once

#include <QAbstractItemModel>
#include <QAbstractTableModel>
#include <QApplication>
#include <QByteArray>
#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDateTime>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QLabel>
#include <QLineEdit>
#include <QList>
#include <QLoggingCategory>
#include <QMap>
#include <QMessageBox>
#include <QMutex>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QObject>
#include <QPointer>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QSet>
#include <QSettings>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QString>
#include <QStringList>
#include <QTableView>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>
#include <QUrl>
#include <QUrlQuery>
#include <QUuid>
#include <QVariant>
#include <QWidget>
