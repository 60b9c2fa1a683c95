#pragma once

#include <QString>
#include <QStringList>
#include <QTextStream>

namespace bench {

inline QString stringArg(const QStringList& args, const QString& name, const QString& fallback) {
    const qsizetype i = args.indexOf(name);
    return i >= 0 && i + 1 < args.size() ? args.at(i + 1) : fallback;
}

inline int intArg(const QStringList& args, const QString& name, int fallback) {
    bool ok = false;
    const int v = stringArg(args, name, QString()).toInt(&ok);
    return ok ? v : fallback;
}

inline void print(const QString& line) {
    QTextStream(stdout) << line << Qt::endl;
}

inline int failWith(const QString& message) {
    QTextStream(stderr) << "linkdesk-bench: " << message << Qt::endl;
    return 1;
}

} // namespace bench
