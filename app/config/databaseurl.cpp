#include "databaseurl.h"

#include <QUrl>

namespace linkdesk {

Result<DatabaseUrl> DatabaseUrl::parse(const QString& text) {
    DatabaseUrl url;
    if (text.startsWith(QLatin1String("sqlite:"))) {
        url.engine = Engine::Sqlite;
        url.path = text.mid(7);
        if (url.path.startsWith(QLatin1String("//")))
            url.path = url.path.mid(2);
        if (url.path.isEmpty())
            return fail(QStringLiteral("The database URL \"sqlite:\" names no file."));
        return url;
    }
    if (text.startsWith(QLatin1String("postgresql://")) || text.startsWith(QLatin1String("postgres://"))) {
        const QUrl u(text, QUrl::StrictMode);
        if (!u.isValid() || u.host().isEmpty())
            return fail(QStringLiteral(
                "The database URL is not valid: use postgresql://USER:PASSWORD@HOST:PORT/NAME."));
        url.engine = Engine::Postgres;
        url.user = u.userName();
        url.password = u.password();
        url.host = u.host();
        url.port = u.port(5432);
        url.name = u.path().mid(1);
        if (url.name.isEmpty())
            url.name = QStringLiteral("linkdesk");
        return url;
    }
    // The URL is not echoed: it may hold a password.
    return fail(QStringLiteral(
        "Unknown database URL: use sqlite:PATH or postgresql://USER:PASSWORD@HOST:PORT/NAME."));
}

QString DatabaseUrl::toString() const {
    if (engine == Engine::Sqlite)
        return QStringLiteral("sqlite:") + path;
    QUrl u;
    u.setScheme(QStringLiteral("postgresql"));
    u.setUserName(user);
    u.setPassword(password);
    u.setHost(host);
    u.setPort(port);
    u.setPath(QLatin1Char('/') + name);
    return u.toString();
}

QString DatabaseUrl::display() const {
    if (engine == Engine::Sqlite)
        return QStringLiteral("SQLite %1").arg(path);
    return QStringLiteral("PostgreSQL %1@%2:%3/%4").arg(user, host).arg(port).arg(name);
}

} // namespace linkdesk
