#include "logfile.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMutex>
#include <QProcessEnvironment>
#include <QStandardPaths>
#include <QStringList>
#include <QtGlobal>

#include <algorithm>

namespace linkdesk {
namespace {

struct State {
    QMutex mutex;
    bool installed = false;
    LogFile::Options options;
    QtMessageHandler previous = nullptr;
    QString process;     // "linkdesk-cli[4242]"
    QStringList secrets; // values of LINKDESK_SECRET_* at install time
};

State& state() {
    static auto* s = new State; // never destroyed: Qt may still log during static destruction
    return *s;
}

thread_local bool t_inHandler = false; // a message logged while writing one is not written again

const char* levelName(QtMsgType type) {
    switch (type) {
    case QtDebugMsg:
        return "debug";
    case QtInfoMsg:
        return "info";
    case QtWarningMsg:
        return "warning";
    case QtCriticalMsg:
        return "critical";
    case QtFatalMsg:
        return "fatal";
    }
    return "unknown";
}

QStringList secretValues() {
    QStringList values;
    const QString prefix = QStringLiteral("LINKDESK_SECRET_");
    for (const QString& entry : QProcessEnvironment::systemEnvironment().toStringList()) {
        if (!entry.startsWith(prefix))
            continue;
        const QString value = entry.mid(entry.indexOf(QLatin1Char('=')) + 1);
        if (value.size() >= 4) // shorter values would mask ordinary words and numbers
            values << value;
    }
    // Longest first, so a secret that contains another one is masked whole.
    std::sort(values.begin(), values.end(),
              [](const QString& a, const QString& b) { return a.size() > b.size(); });
    return values;
}

QString redacted(QString message, const QStringList& secrets) {
    for (const QString& secret : secrets)
        message.replace(secret, QStringLiteral("[redacted]"));
    return message;
}

// linkdesk.log.(keep-1) -> linkdesk.log.keep, ..., linkdesk.log -> linkdesk.log.1
void rotate(const QString& path, int keepFiles) {
    const auto numbered = [&path](int n) { return path + QLatin1Char('.') + QString::number(n); };
    QFile::remove(numbered(keepFiles));
    for (int n = keepFiles - 1; n >= 1; --n)
        QFile::rename(numbered(n), numbered(n + 1));
    if (keepFiles > 0)
        QFile::rename(path, numbered(1));
    else
        QFile::remove(path);
}

// Local time with its offset from UTC, so lines from different machines and seasons compare.
QString timestamp() {
    const QDateTime now = QDateTime::currentDateTime();
    return now.toOffsetFromUtc(now.offsetFromUtc()).toString(Qt::ISODateWithMs);
}

void writeLine(State& s, const QByteArray& line) {
    const qint64 size = QFileInfo(s.options.path).size(); // 0 when there is no file yet
    if (size > 0 && size + line.size() > s.options.maxBytes)
        rotate(s.options.path, s.options.keepFiles);
    QFile file(s.options.path);
    if (file.open(QIODevice::WriteOnly | QIODevice::Append))
        file.write(line);
}

void handler(QtMsgType type, const QMessageLogContext& context, const QString& message) {
    State& s = state();
    QtMessageHandler previous = nullptr;
    if (!t_inHandler) {
        t_inHandler = true;
        QMutexLocker lock(&s.mutex);
        previous = s.previous;
        if (s.installed) {
            QString body = redacted(message, s.secrets);
            body.replace(QLatin1Char('\n'), QStringLiteral("\n    "));
            const QString line =
                QStringLiteral("%1 %2 %3 %4: %5\n")
                    .arg(timestamp(), QLatin1String(levelName(type)),
                         QLatin1String(context.category ? context.category : "default"), s.process, body);
            writeLine(s, line.toUtf8());
        }
        t_inHandler = false;
    } else {
        previous = s.previous; // this thread holds the mutex already, further up the stack
    }
    if (previous)
        previous(type, context, message);
}

} // namespace

QString LogFile::defaultPath() {
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/logs/linkdesk.log");
}

Result<void> LogFile::install(const Options& requested) {
    Options options = requested;
    if (options.path.isEmpty())
        options.path = defaultPath();
    if (!QDir().mkpath(QFileInfo(options.path).absolutePath()))
        return fail(QCoreApplication::translate("LogFile", "Cannot create the log folder %1.")
                        .arg(QDir::toNativeSeparators(QFileInfo(options.path).absolutePath())));
    QFile probe(options.path);
    if (!probe.open(QIODevice::WriteOnly | QIODevice::Append))
        return fail(QCoreApplication::translate("LogFile", "Cannot write the log file %1: %2")
                        .arg(QDir::toNativeSeparators(options.path), probe.errorString()));
    probe.close();

    State& s = state();
    QMutexLocker lock(&s.mutex);
    s.options = options;
    s.options.maxBytes = qMax<qint64>(options.maxBytes, 1024);
    s.options.keepFiles = qMax(options.keepFiles, 0);
    const QString exe = QFileInfo(QCoreApplication::applicationFilePath()).fileName();
    s.process = QStringLiteral("%1[%2]")
                    .arg(exe.isEmpty() ? QStringLiteral("linkdesk") : exe)
                    .arg(QCoreApplication::applicationPid());
    s.secrets = secretValues();
    if (s.installed)
        return {};
    s.installed = true;
    s.previous = qInstallMessageHandler(handler); // logs nothing, so safe under the mutex
    return {};
}

void LogFile::uninstall() {
    State& s = state();
    QMutexLocker lock(&s.mutex);
    if (!s.installed)
        return;
    s.installed = false;
    qInstallMessageHandler(s.previous); // s.previous stays for a message already in handler()
}

} // namespace linkdesk
