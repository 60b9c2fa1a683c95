#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

namespace {

// Starts the sandbox on an ephemeral port with these extra arguments and sets base to the
// http://127.0.0.1:PORT its first line announces; false (and the test failed) where it does not.
bool startSandbox(QProcess& sandbox, const QStringList& arguments, QString& base) {
    [&] {
        sandbox.start(qEnvironmentVariable("LINKDESK_SANDBOX"),
                      QStringList{QStringLiteral("--port"), QStringLiteral("0")} + arguments);
        QVERIFY(sandbox.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(sandbox.canReadLine(), 10000);
        const QString line = QString::fromUtf8(sandbox.readLine());
        const auto m = QRegularExpression(QStringLiteral("http://127.0.0.1:(\\d+)")).match(line);
        QVERIFY2(m.hasMatch(), qPrintable(line));
        base = m.captured(0);
    }();
    return !QTest::currentTestFailed();
}

// GETs url and sets body to the answer; false (and the test failed) where it is not a 200.
bool getOk(const QUrl& url, QByteArray& body) {
    [&] {
        QNetworkAccessManager nam;
        QNetworkReply* reply = nam.get(QNetworkRequest(url));
        QSignalSpy finished(reply, &QNetworkReply::finished);
        QVERIFY(finished.wait(10000));
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        body = reply->readAll();
        reply->deleteLater();
    }();
    return !QTest::currentTestFailed();
}

bool stopSandbox(QProcess& sandbox) {
    sandbox.terminate();
    return sandbox.waitForFinished(10000);
}

} // namespace

class TestSandbox : public QObject {
    Q_OBJECT
private slots:
    void answersHealth() {
        QProcess sandbox;
        QString base;
        QVERIFY(startSandbox(sandbox, {}, base));
        QByteArray body;
        QVERIFY(getOk(QUrl(base + QStringLiteral("/health")), body));
        QCOMPARE(QJsonDocument::fromJson(body).object().value(QStringLiteral("status")).toString(),
                 QStringLiteral("ok"));
        QVERIFY(stopSandbox(sandbox));
    }

    void writesPortFile() {
        QTemporaryDir dir;
        const QString portFile = dir.filePath(QStringLiteral("port"));
        QProcess sandbox;
        QString base;
        QVERIFY(startSandbox(sandbox, {QStringLiteral("--port-file"), portFile}, base));
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(portFile), 10000);
        QFile file(portFile);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray content = file.readAll();
        QVERIFY2(content.endsWith('\n'), content.constData());
        bool ok = false;
        const int port = content.trimmed().toInt(&ok);
        QVERIFY2(ok && port > 0 && port < 65536, content.constData());

        // The same port as the stdout line, and the server answers on it.
        QCOMPARE(base, QStringLiteral("http://127.0.0.1:%1").arg(port));
        QByteArray body;
        QVERIFY(getOk(QUrl(QStringLiteral("http://127.0.0.1:%1/health").arg(port)), body));
        QVERIFY(stopSandbox(sandbox));
    }

    void unwritablePortFileFails() {
        QTemporaryDir dir;
        const QString portFile = dir.filePath(QStringLiteral("no/such/folder/port"));
        QProcess sandbox;
        sandbox.start(
            qEnvironmentVariable("LINKDESK_SANDBOX"),
            {QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--port-file"), portFile});
        QVERIFY(sandbox.waitForFinished(10000));
        QCOMPARE(sandbox.exitCode(), 1);
        const QByteArray err = sandbox.readAllStandardError();
        QVERIFY2(err.contains("cannot write the port file"), err.constData());
        QVERIFY(!QFile::exists(portFile));
    }

    // resources/demo-seed.json (written by resources/make-demo-seed.py) loads, and holds the cases
    // the demo is for.
    void demoSeedLoads() {
        const QString path = qEnvironmentVariable("LINKDESK_DEMO_SEED");
        QVERIFY2(QFile::exists(path), qPrintable(path));
        QVERIFY(QFileInfo(path).size() < 1024 * 1024);
        QProcess sandbox;
        QString base;
        QVERIFY(startSandbox(sandbox, {QStringLiteral("--seed"), path}, base));
        QByteArray body;
        QVERIFY(getOk(QUrl(base + QStringLiteral("/_sandbox/state")), body));
        const QJsonObject state = QJsonDocument::fromJson(body).object();
        QVERIFY(stopSandbox(sandbox));

        QVERIFY(
            state.value(QStringLiteral("woocommerce")).toObject().value(QStringLiteral("orders")).toInt() >=
            200);
        const QJsonArray customers =
            state.value(QStringLiteral("erp")).toObject().value(QStringLiteral("customers")).toArray();
        QVERIFY(customers.size() >= 50);
        QHash<QString, QSet<QString>> currenciesByEmail;
        int blocked = 0;
        bool upperCase = false, spaces = false, apostrophe = false, gmailDots = false;
        for (const QJsonValue& v : customers) {
            const QJsonObject c = v.toObject();
            const QString email = c.value(QStringLiteral("email")).toString();
            currenciesByEmail[email.trimmed().toLower()].insert(
                c.value(QStringLiteral("currencyCode")).toString());
            blocked += c.value(QStringLiteral("blocked")).toString().isEmpty() ? 0 : 1;
            upperCase = upperCase || email != email.toLower();
            spaces = spaces || email != email.trimmed();
            apostrophe = apostrophe || email.contains(QLatin1Char('\''));
            gmailDots = gmailDots ||
                        (email.endsWith(QLatin1String("@gmail.com")) && email.count(QLatin1Char('.')) > 2);
        }
        QVERIFY(upperCase && spaces && apostrophe && gmailDots);
        QVERIFY(blocked >= 1);
        bool shared = false;
        for (const auto& currencies : std::as_const(currenciesByEmail))
            shared = shared || currencies.size() > 1;
        QVERIFY2(shared, "two ERP customers sharing an email in different currencies");
    }
};

QTEST_GUILESS_MAIN(TestSandbox)
#include "tst_sandbox.moc"
