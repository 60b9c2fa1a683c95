#pragma once

// Helpers for the ERP client tests: a linkdesk-sandbox process on an ephemeral loopback port with
// a seed written by the test, its /_sandbox controls, and a wait for an ErpClient callback.

#include "util/result.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QStringList>
#include <QTemporaryDir>
#include <QTimer>
#include <QUrl>

#include <functional>
#include <memory>
#include <optional>

namespace erptest {

class Sandbox {
public:
    ~Sandbox() { stop(); }

    // Starts the sandbox with this seed; false (and error()) when it does not come up.
    bool start(const QJsonObject& seed, const QStringList& extraArgs = {}) {
        if (!m_dir.isValid())
            return fail(QStringLiteral("no temporary folder"));
        const QString seedPath = m_dir.filePath(QStringLiteral("seed.json"));
        QFile file(seedPath);
        if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(seed).toJson()) < 0)
            return fail(QStringLiteral("cannot write the seed"));
        file.close();
        m_process.setProcessChannelMode(QProcess::SeparateChannels);
        m_process.start(
            qEnvironmentVariable("LINKDESK_SANDBOX"),
            QStringList{QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--seed"), seedPath} +
                extraArgs);
        if (!m_process.waitForStarted(10000))
            return fail(QStringLiteral("not started: ") + m_process.errorString());
        QString output;
        const QRegularExpression listening(QStringLiteral("http://127\\.0\\.0\\.1:(\\d+)"));
        for (int i = 0; i < 100; ++i) {
            m_process.waitForReadyRead(100);
            output += QString::fromUtf8(m_process.readAllStandardOutput());
            const auto m = listening.match(output);
            if (m.hasMatch()) {
                m_base = m.captured(0);
                return true;
            }
            if (m_process.state() != QProcess::Running)
                break;
        }
        return fail(QStringLiteral("no listening line: ") + output +
                    QString::fromUtf8(m_process.readAllStandardError()));
    }

    void stop() {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.terminate();
            if (!m_process.waitForFinished(5000))
                m_process.kill();
            m_process.waitForFinished(5000);
        }
    }

    QString base() const { return m_base; }
    QString error() const { return m_error; }

    QJsonObject get(const QString& path) { return call("GET", path, {}); }
    QJsonObject post(const QString& path, const QJsonObject& body) { return call("POST", path, body); }
    // GET /_sandbox/state, "erp" part.
    QJsonObject erpState() {
        return get(QStringLiteral("/_sandbox/state")).value(QStringLiteral("erp")).toObject();
    }

private:
    bool fail(const QString& message) {
        m_error = message;
        return false;
    }

    QJsonObject call(const QByteArray& method, const QString& path, const QJsonObject& body) {
        QNetworkRequest request(QUrl(m_base + path));
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
        QNetworkReply* reply = method == "GET"
                                   ? m_nam.get(request)
                                   : m_nam.post(request, QJsonDocument(body).toJson(QJsonDocument::Compact));
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        QTimer::singleShot(10000, &loop, &QEventLoop::quit);
        loop.exec();
        const QJsonObject answer = QJsonDocument::fromJson(reply->readAll()).object();
        reply->deleteLater();
        return answer;
    }

    QTemporaryDir m_dir;
    QProcess m_process;
    QNetworkAccessManager m_nam;
    QString m_base;
    QString m_error;
};

// Runs an asynchronous client call and waits (at most timeoutMs) for its callback.
template <typename T>
std::optional<linkdesk::Result<T>>
await(const std::function<void(std::function<void(linkdesk::Result<T>)>)>& start, int timeoutMs = 20000) {
    auto out = std::make_shared<std::optional<linkdesk::Result<T>>>();
    auto loop = std::make_shared<QEventLoop>();
    start([out, loop](linkdesk::Result<T> result) {
        out->emplace(std::move(result));
        loop->quit();
    });
    if (!out->has_value()) {
        QTimer::singleShot(timeoutMs, loop.get(), &QEventLoop::quit);
        loop->exec();
    }
    return *out;
}

// Every log message of the test process, for asserting that no secret is ever logged.
class LogCapture {
public:
    static void install() { previous() = qInstallMessageHandler(&LogCapture::handle); }
    static const QStringList& messages() { return lines(); }
    // The messages containing any of these texts (also percent- or base64-encoded).
    static QStringList containing(const QStringList& secrets) {
        QStringList hits;
        for (const QString& line : lines()) {
            for (const QString& secret : secrets) {
                if (line.contains(secret) ||
                    line.contains(QString::fromLatin1(QUrl::toPercentEncoding(secret))) ||
                    line.contains(QString::fromLatin1(secret.toUtf8().toBase64())))
                    hits << line;
            }
        }
        return hits;
    }

private:
    static QStringList& lines() {
        static QStringList list;
        return list;
    }
    static QtMessageHandler& previous() {
        static QtMessageHandler handler = nullptr;
        return handler;
    }
    static void handle(QtMsgType type, const QMessageLogContext& context, const QString& message) {
        lines().append(message);
        if (previous())
            previous()(type, context, message);
    }
};

inline int countOrders(const QJsonObject& erpState, const QString& field, const QString& value) {
    int n = 0;
    for (const QJsonValue& order : erpState.value(QStringLiteral("salesOrders")).toArray())
        n += order.toObject().value(field).toString() == value ? 1 : 0;
    return n;
}

} // namespace erptest
