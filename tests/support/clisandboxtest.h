#pragma once

// The base of an end-to-end test that runs linkdesk-cli ($LINKDESK_CLI) the way scripts do, against
// a linkdesk-sandbox process ($LINKDESK_SANDBOX) over HTTP playing WooCommerce and Business
// Central: a profile naming both, the CLI's exit code, output and errors, and the sandbox's state.
// Header-only, like sandboxprocess.h.
#include "sandboxprocess.h"

#include <QJsonArray>
#include <QMap>
#include <QProcessEnvironment>

namespace linkdesk::test {

class CliSandboxTest : public QObject {
protected:
    struct Run {
        int code = -1;
        QByteArray out;
        QByteArray err;
        QJsonObject json() const { return QJsonDocument::fromJson(out).object(); }
        QJsonArray array() const { return QJsonDocument::fromJson(out).array(); }
    };

    // The CLI's environment: the secrets of the ERP and of shop web (m_env may change or, with an
    // empty value, remove them) and a log folder of the test's own.
    QProcessEnvironment environment() const {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("LINKDESK_SECRET_ERP_CLIENT_SECRET"), QStringLiteral("bc-secret"));
        env.insert(QStringLiteral("LINKDESK_SECRET_SHOP_WEB_CONSUMER_KEY"), QStringLiteral("ck_demo"));
        env.insert(QStringLiteral("LINKDESK_SECRET_SHOP_WEB_CONSUMER_SECRET"), QStringLiteral("cs_demo"));
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("data")));
        for (auto it = m_env.cbegin(); it != m_env.cend(); ++it) {
            if (it.value().isEmpty())
                env.remove(it.key());
            else
                env.insert(it.key(), it.value());
        }
        return env;
    }
    void startCli(QProcess& p, const QStringList& args) const {
        p.setProcessEnvironment(environment());
        p.start(qEnvironmentVariable("LINKDESK_CLI"),
                QStringList{QStringLiteral("--config"), m_profile} + args);
    }
    static Run finish(QProcess& p, int timeoutMs = 300000) {
        if (!p.waitForFinished(timeoutMs)) {
            p.kill();
            p.waitForFinished();
            return {-1, {}, "timed out"};
        }
        return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
                p.readAllStandardError()};
    }
    Run cli(const QStringList& args, const QByteArray& input = {}) const {
        QProcess p;
        startCli(p, args);
        if (!p.waitForStarted(30000))
            return {-1, {}, "not started"};
        p.write(input);
        p.closeWriteChannel();
        return finish(p);
    }

    // Starts the sandbox and writes a profile with one WooCommerce shop (its section named
    // [shop.SHOPCODE]) and Business Central, both on the sandbox; migrates the database and sets the
    // default customer. False (with a warning saying why) when something did not work.
    bool setUp(const QStringList& sandboxArgs, const QString& defaultCustomer,
               const QString& shopCode = QStringLiteral("web")) {
        if (!m_sandbox.start(sandboxArgs)) {
            qWarning("%s", qPrintable(m_sandbox.error()));
            return false;
        }
        m_profile = m_dir.filePath(QStringLiteral("profile-%1.ini").arg(m_sandbox.port()));
        QFile f(m_profile);
        if (!f.open(QIODevice::WriteOnly))
            return false;
        f.write(QStringLiteral("[database]\nurl=sqlite:ld-%1.sqlite\n[shop.%3]\ntype=woocommerce\nurl=%2\n"
                               "[erp]\ntype=businesscentral\napi_url=%2\ntoken_url=%2/t/oauth2/v2.0/token\n"
                               "company_id=demo\ntenant=t\nenvironment=production\nclient_id=linkdesk\n")
                    .arg(m_sandbox.port())
                    .arg(m_sandbox.base(), shopCode)
                    .toUtf8());
        f.close();
        const QList<QStringList> steps{{QStringLiteral("db"), QStringLiteral("migrate")},
                                       {QStringLiteral("settings"), QStringLiteral("set"),
                                        QStringLiteral("default_customer_code"), defaultCustomer},
                                       {QStringLiteral("settings"), QStringLiteral("set"),
                                        QStringLiteral("item_blocked_check"), QStringLiteral("false")},
                                       {QStringLiteral("templates"), QStringLiteral("add"),
                                        QStringLiteral("Web customers"), QStringLiteral("--fields"),
                                        QStringLiteral("{\"type\":\"Person\"}")}};
        for (const QStringList& step : steps) {
            const Run r = cli(step);
            if (r.code != 0) {
                qWarning("%s: %s", qPrintable(step.join(u' ')), r.err.constData());
                return false;
            }
        }
        return true;
    }

    // How many staged orders are in each status.
    QHash<QString, int> statuses() const {
        QHash<QString, int> counts;
        for (const auto& o :
             cli({QStringLiteral("orders"), QStringLiteral("list"), QStringLiteral("--json")}).array())
            ++counts[o.toObject().value(QStringLiteral("status")).toString()];
        return counts;
    }
    // Live entries of the saved look-up cache (`cache stats`).
    int savedCacheEntries() const {
        return cli({QStringLiteral("cache"), QStringLiteral("stats"), QStringLiteral("--json")})
            .json()
            .value(QStringLiteral("entries"))
            .toInt(-1);
    }
    // Requests the sandbox received whose "METHOD /path" contains this text.
    int requestsTo(const QString& methodAndPath) {
        int n = 0;
        const QJsonObject byRoute = m_sandbox.requests().value(QStringLiteral("by_route")).toObject();
        for (auto it = byRoute.begin(); it != byRoute.end(); ++it)
            if (it.key().contains(methodAndPath))
                n += it.value().toInt();
        return n;
    }
    // Requests the sandbox holds unanswered (POST /_sandbox/faults {"hold": ...}).
    int heldRequests() {
        return m_sandbox.state()
            .value(QStringLiteral("sandbox"))
            .toObject()
            .value(QStringLiteral("faults"))
            .toObject()
            .value(QStringLiteral("held"))
            .toInt();
    }

    QTemporaryDir m_dir;
    SandboxProcess m_sandbox;
    QString m_profile;
    QMap<QString, QString> m_env;
};

} // namespace linkdesk::test
