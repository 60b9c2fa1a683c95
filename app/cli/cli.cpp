#include "cli.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

namespace linkdesk::cli {

Context::Context(QCommandLineParser& p, QStringList a)
    : parser(p)
    , args(std::move(a))
    , out(stdout)
    , err(stderr)
    , json(p.isSet(QStringLiteral("json"))) {}

Result<Profile*> Context::profile() {
    if (!m_profile) {
        const QString path = option(QStringLiteral("config"));
        auto loaded = path.isEmpty() ? Profile::loadDefault() : Profile::load(path);
        if (!loaded)
            return loaded.error();
        m_profile = std::make_unique<Profile>(std::move(*loaded));
    }
    return m_profile.get();
}

Result<Database*> Context::database() {
    if (!m_db) {
        auto p = profile();
        if (!p)
            return p.error();
        auto opened = Database::open((*p)->databaseUrl);
        if (!opened)
            return opened.error();
        m_db = std::move(*opened);
    }
    return m_db.get();
}

int Context::withProfile(const std::function<int(Profile&)>& body) {
    return withResult(profile(), [&](Profile* p) { return body(*p); });
}

int Context::withDatabase(const std::function<int(Database&)>& body) {
    return withResult(database(), [&](Database* db) { return body(*db); });
}

int Context::error(const QString& message, int code) {
    if (json) {
        QTextStream e(stderr);
        e << QJsonDocument(QJsonObject{{QStringLiteral("error"), message}}).toJson(QJsonDocument::Compact)
          << '\n';
    } else {
        err << "linkdesk-cli: " << message << '\n';
    }
    err.flush();
    return code;
}

void Context::printJson(const QJsonValue& value) {
    QJsonDocument doc = value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    out << doc.toJson(QJsonDocument::Compact) << '\n';
    out.flush();
}

int Context::print(const QJsonValue& value, const std::function<void(QTextStream&)>& text) {
    if (json)
        printJson(value);
    else
        text(out);
    return 0;
}

} // namespace linkdesk::cli
