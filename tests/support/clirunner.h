#pragma once

// Runs linkdesk-cli (path in $LINKDESK_CLI) with a profile and an environment, as scripts do, for
// the end-to-end tests. Header-only, like SandboxProcess.

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStringList>

struct CliRun {
    int code = -1;
    QByteArray out;
    QByteArray err;
    QJsonObject json() const { return QJsonDocument::fromJson(out).object(); }
    QJsonArray array() const { return QJsonDocument::fromJson(out).array(); }
};

class CliRunner final {
public:
    void setProfile(const QString& path) { m_profile = path; }
    void setEnvironment(const QProcessEnvironment& environment) { m_environment = environment; }

    // `linkdesk-cli --config PROFILE args...`, waited for (killed after timeoutMs).
    CliRun run(const QStringList& args, int timeoutMs = 300000) const {
        QProcess p;
        p.setProcessEnvironment(m_environment);
        p.start(qEnvironmentVariable("LINKDESK_CLI"),
                QStringList{QStringLiteral("--config"), m_profile} + args);
        if (!p.waitForFinished(timeoutMs)) {
            p.kill();
            p.waitForFinished();
            return {-1, {}, "timed out"};
        }
        return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
                p.readAllStandardError()};
    }

    // Each command in turn; false (with a warning naming it) at the first that fails.
    bool runAll(const QList<QStringList>& commands) const {
        for (const QStringList& args : commands) {
            const CliRun r = run(args);
            if (r.code != 0) {
                qWarning("%s: %s", qPrintable(args.join(u' ')), r.err.constData());
                return false;
            }
        }
        return true;
    }

private:
    QString m_profile;
    QProcessEnvironment m_environment = QProcessEnvironment::systemEnvironment();
};
