#include <QEventLoop>
#include <QFile>
#include <QTemporaryDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

class TestSandbox : public QObject {
    Q_OBJECT
private slots:
    void answersHealth() {
        QProcess sandbox;
        sandbox.start(qEnvironmentVariable("LINKDESK_SANDBOX"),
                      {QStringLiteral("--port"), QStringLiteral("0")});
        QVERIFY(sandbox.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(sandbox.canReadLine(), 10000);
        const QString line = QString::fromUtf8(sandbox.readLine());
        const auto m = QRegularExpression(QStringLiteral("http://127.0.0.1:(\\d+)")).match(line);
        QVERIFY2(m.hasMatch(), qPrintable(line));

        QNetworkAccessManager nam;
        QNetworkReply* reply = nam.get(QNetworkRequest(QUrl(m.captured(0) + QStringLiteral("/health"))));
        QSignalSpy finished(reply, &QNetworkReply::finished);
        QVERIFY(finished.wait(10000));
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        QCOMPARE(
            QJsonDocument::fromJson(reply->readAll()).object().value(QStringLiteral("status")).toString(),
            QStringLiteral("ok"));
        reply->deleteLater();
        sandbox.terminate();
        QVERIFY(sandbox.waitForFinished(10000));
    }

    void writesPortFile() {
        QTemporaryDir dir;
        const QString portFile = dir.filePath(QStringLiteral("port"));
        QProcess sandbox;
        sandbox.start(qEnvironmentVariable("LINKDESK_SANDBOX"),
                      {QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--port-file"), portFile});
        QVERIFY(sandbox.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(portFile), 10000);
        QFile file(portFile);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray content = file.readAll();
        QVERIFY2(content.endsWith('\n'), content.constData());
        bool ok = false;
        const int port = content.trimmed().toInt(&ok);
        QVERIFY2(ok && port > 0 && port < 65536, content.constData());

        // The same port as the stdout line, and the server answers on it.
        QTRY_VERIFY_WITH_TIMEOUT(sandbox.canReadLine(), 10000);
        QVERIFY(QString::fromUtf8(sandbox.readLine()).contains(QStringLiteral("http://127.0.0.1:%1").arg(port)));
        QNetworkAccessManager nam;
        QNetworkReply* reply = nam.get(QNetworkRequest(QUrl(QStringLiteral("http://127.0.0.1:%1/health").arg(port))));
        QSignalSpy finished(reply, &QNetworkReply::finished);
        QVERIFY(finished.wait(10000));
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        reply->deleteLater();
        sandbox.terminate();
        QVERIFY(sandbox.waitForFinished(10000));
    }

    void unwritablePortFileFails() {
        QTemporaryDir dir;
        const QString portFile = dir.filePath(QStringLiteral("no/such/folder/port"));
        QProcess sandbox;
        sandbox.start(qEnvironmentVariable("LINKDESK_SANDBOX"),
                      {QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--port-file"), portFile});
        QVERIFY(sandbox.waitForFinished(10000));
        QCOMPARE(sandbox.exitCode(), 1);
        const QByteArray err = sandbox.readAllStandardError();
        QVERIFY2(err.contains("cannot write the port file"), err.constData());
        QVERIFY(!QFile::exists(portFile));
    }
};

QTEST_GUILESS_MAIN(TestSandbox)
#include "tst_sandbox.moc"
