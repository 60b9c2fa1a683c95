#pragma once

#include "util/result.h"

#include <QString>

namespace linkdesk {

enum class Engine { Sqlite, Postgres };

// sqlite:PATH or postgresql://USER[:PASSWORD]@HOST[:PORT]/NAME
struct DatabaseUrl {
    Engine engine = Engine::Sqlite;
    QString path; // SQLite file
    QString user;
    QString password;
    QString host;
    int port = 5432;
    QString name;

    static Result<DatabaseUrl> parse(const QString& url);
    QString toString() const;
    QString display() const; // without the password
};

} // namespace linkdesk
