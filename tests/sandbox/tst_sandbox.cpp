#include <QEventLoop>
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
};

QTEST_GUILESS_MAIN(TestSandbox)
#include "tst_sandbox.moc"
