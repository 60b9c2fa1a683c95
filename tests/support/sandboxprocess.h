#pragma once

// Starts linkdesk-sandbox (path in $LINKDESK_SANDBOX) on an ephemeral loopback port for one test,
// optionally with a seed the test writes, and talks to its /_sandbox/* control routes. Header-only
// so each test links nothing more.

#include <QEventLoop>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <initializer_list>
#include <utility>

class SandboxProcess final {
    Q_DISABLE_COPY_MOVE(SandboxProcess)
public:
    SandboxProcess() = default;
    ~SandboxProcess() { stop(); }

    // Starts the sandbox with extra arguments; false (and a QWARN-able reason) when it did not come up.
    bool start(const QStringList& arguments = {}) {
        const QString program = qEnvironmentVariable("LINKDESK_SANDBOX");
        if (program.isEmpty()) {
            m_error = QStringLiteral("LINKDESK_SANDBOX is not set");
            return false;
        }
        m_process.setProcessChannelMode(QProcess::SeparateChannels);
        m_process.start(program, QStringList{QStringLiteral("--port"), QStringLiteral("0")} + arguments);
        if (!m_process.waitForStarted(10000)) {
            m_error = QStringLiteral("cannot start %1").arg(program);
            return false;
        }
        QElapsedTimer timer;
        timer.start();
        while (!m_process.canReadLine() && timer.elapsed() < 10000 && m_process.state() == QProcess::Running)
            m_process.waitForReadyRead(200);
        const QString line = QString::fromUtf8(m_process.readLine());
        const auto m =
            QRegularExpression(QStringLiteral("listening on (http://127\\.0\\.0\\.1:(\\d+))")).match(line);
        if (!m.hasMatch()) {
            m_error = QStringLiteral("no listening line: %1 %2")
                          .arg(line, QString::fromUtf8(m_process.readAllStandardError()));
            return false;
        }
        m_base = m.captured(1);
        m_port = m.captured(2).toInt();
        return true;
    }

    // Starts the sandbox with this seed (written to a temporary file) and extra arguments.
    bool startWithSeed(const QJsonObject& seed, const QStringList& arguments = {}) {
        if (!m_seedDir.isValid()) {
            m_error = QStringLiteral("no temporary folder");
            return false;
        }
        const QString seedPath = m_seedDir.filePath(QStringLiteral("seed.json"));
        QFile file(seedPath);
        if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(seed).toJson()) < 0) {
            m_error = QStringLiteral("cannot write the seed");
            return false;
        }
        file.close();
        return start(QStringList{QStringLiteral("--seed"), seedPath} + arguments);
    }

    void stop() {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.terminate();
            if (!m_process.waitForFinished(5000))
                m_process.kill();
            m_process.waitForFinished(5000);
        }
    }

    QString error() const { return m_error; }
    QString base() const { return m_base; }
    int port() const { return m_port; }
    QUrl url(const QString& pathAndQuery) const { return QUrl(m_base + pathAndQuery); }

    // POST to a control route (/_sandbox/...); true on 200.
    bool post(const QString& path, const QJsonObject& body = {}) {
        return call("POST", path, QJsonDocument(body).toJson()).has_value();
    }
    // A JSON array body (a different name: post(path, {...}) must not be ambiguous).
    bool postArray(const QString& path, const QJsonArray& body) {
        return call("POST", path, QJsonDocument(body).toJson()).has_value();
    }
    // Someone removed an ERP customer, or edited its card (only Business Central's customer
    // properties; blocked as " ", Ship, Invoice or All): true when the sandbox did it.
    bool deleteCustomer(const QString& number) {
        return post(QStringLiteral("/_sandbox/erp/delete-customer"), {{QStringLiteral("number"), number}});
    }
    bool updateCustomer(const QString& number, const QJsonObject& changes) {
        return post(QStringLiteral("/_sandbox/erp/update-customer"),
                    {{QStringLiteral("number"), number}, {QStringLiteral("changes"), changes}});
    }
    // POST /_sandbox/faults with the given script; true on 200.
    bool setFaults(const QJsonObject& faults) { return post(QStringLiteral("/_sandbox/faults"), faults); }
    QJsonObject state() { return call("GET", QStringLiteral("/_sandbox/state"), {}).value_or(QJsonObject()); }
    // The value at this path of keys in the state: stateAt({"erp", "counts"}) is state.erp.counts.
    QJsonValue stateAt(std::initializer_list<const char*> path) {
        QJsonValue value = state();
        for (const char* key : path)
            value = value.toObject().value(QLatin1String(key));
        return value;
    }
    // The ERP fake's part of the state.
    QJsonObject erpState() { return stateAt({"erp"}).toObject(); }
    QJsonObject requests() { return stateAt({"sandbox", "requests"}).toObject(); }
    // Requests received whose "METHOD /path" contains this text.
    int requestsTo(const QString& methodAndPath) {
        int n = 0;
        const QJsonObject byRoute = requests().value(QStringLiteral("by_route")).toObject();
        for (auto it = byRoute.begin(); it != byRoute.end(); ++it)
            if (it.key().contains(methodAndPath))
                n += it.value().toInt();
        return n;
    }
    // Requests held unanswered (POST /_sandbox/faults {"hold": ...}).
    int heldRequests() { return stateAt({"sandbox", "faults", "held"}).toInt(); }
    // The sales orders the ERP fake holds, by external document number.
    QHash<QString, QJsonObject> salesOrders() {
        QHash<QString, QJsonObject> byDocument;
        for (const auto& so : erpState().value(QStringLiteral("salesOrders")).toArray())
            byDocument.insert(so.toObject().value(QStringLiteral("externalDocumentNumber")).toString(),
                              so.toObject());
        return byDocument;
    }

    // The secrets the fakes accept (Business Central's client secret, the WooCommerce key of shop
    // web), by the environment variable Linkdesk reads each from.
    static QMap<QString, QString> secrets() {
        return {{QStringLiteral("LINKDESK_SECRET_ERP_CLIENT_SECRET"), QStringLiteral("bc-secret")},
                {QStringLiteral("LINKDESK_SECRET_SHOP_WEB_CONSUMER_KEY"), QStringLiteral("ck_demo")},
                {QStringLiteral("LINKDESK_SECRET_SHOP_WEB_CONSUMER_SECRET"), QStringLiteral("cs_demo")}};
    }
    // Puts those secrets into this process's environment, for a test that runs Linkdesk in-process.
    static void putSecrets() {
        const QMap<QString, QString> all = secrets();
        for (auto it = all.cbegin(); it != all.cend(); ++it)
            qputenv(it.key().toLatin1().constData(), it.value().toUtf8());
    }

    // Sends a request (to the sandbox, say) and waits for the answer: its HTTP status and JSON body.
    std::pair<int, QJsonObject> send(const QNetworkRequest& request, const QByteArray& method = "GET",
                                     const QByteArray& body = {}) {
        QNetworkReply* reply = m_nam.sendCustomRequest(request, method, body);
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        if (!reply->isFinished())
            loop.exec();
        reply->deleteLater();
        return {reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
                QJsonDocument::fromJson(reply->readAll()).object()};
    }

private:
    std::optional<QJsonObject> call(const QByteArray& method, const QString& path, const QByteArray& body) {
        QNetworkRequest request(url(path));
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
        auto [status, answer] = send(request, method, body);
        if (status != 200)
            return std::nullopt;
        return answer;
    }

    QTemporaryDir m_seedDir;
    QProcess m_process;
    QNetworkAccessManager m_nam;
    QString m_error;
    QString m_base;
    int m_port = 0;
};
