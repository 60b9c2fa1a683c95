#pragma once

#include "config/databaseurl.h"
#include "util/result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariantList>

#include <memory>
#include <optional>
#include <type_traits>

namespace linkdesk {

// One connection to Linkdesk's database, migrated to the schema this program knows.
// A connection belongs to the thread that opened it: other threads open their own (clone()).
class Database final {
    Q_DISABLE_COPY_MOVE(Database)
public:
    enum class Migrate { Yes, No };

    static Result<std::unique_ptr<Database>> open(const QString& url, Migrate migrate = Migrate::Yes);
    static Result<std::unique_ptr<Database>> open(const DatabaseUrl& url, Migrate migrate = Migrate::Yes);
    ~Database();

    Result<std::unique_ptr<Database>> clone() const;

    Engine engine() const { return m_url.engine; }
    const DatabaseUrl& url() const { return m_url; }
    QSqlDatabase connection() const;

    static int latestSchemaVersion();
    int schemaVersion() const;
    Result<void> migrate();

    // Who changes things through this connection; written to the audit log.
    QString actor() const { return m_actor; }
    void setActor(const QString& actor) { m_actor = actor; }

    // Prepares and runs one statement with positional bindings.
    Result<QSqlQuery> exec(const QString& sql, const QVariantList& binds = {}) const;
    // Prepares a statement for repeated execution (bulk writes).
    Result<QSqlQuery> prepare(const QString& sql) const;
    static Result<void> run(QSqlQuery& query, const QVariantList& binds);
    // Runs one statement and reads every row it returns with read(query).
    template <typename Read>
    auto readRows(const QString& sql, const QVariantList& binds, Read read) const
        -> Result<QList<std::invoke_result_t<Read&, const QSqlQuery&>>> {
        auto q = exec(sql, binds);
        if (!q)
            return q.error();
        QList<std::invoke_result_t<Read&, const QSqlQuery&>> rows;
        while (q->next())
            rows.append(read(*q));
        return rows;
    }
    // Runs one statement and reads the first row it returns with read(query); nothing without one.
    template <typename Read>
    auto readRow(const QString& sql, const QVariantList& binds, Read read) const
        -> Result<std::optional<std::invoke_result_t<Read&, const QSqlQuery&>>> {
        auto q = exec(sql, binds);
        if (!q)
            return q.error();
        if (!q->next())
            return std::optional<std::invoke_result_t<Read&, const QSqlQuery&>>();
        return std::optional(read(*q));
    }

    // Nested transactions: only the outermost begins and commits; an inner rollback dooms it.
    Result<void> begin();
    Result<void> commit();
    void rollback();
    bool inTransaction() const { return m_depth > 0; }

private:
    explicit Database(DatabaseUrl url, QString connectionName);
    Result<void> configure();

    DatabaseUrl m_url;
    QString m_connectionName;
    QString m_actor;
    int m_depth = 0;
    bool m_doomed = false;
};

// Begins a transaction; rolls back unless commit() succeeded.
class Transaction final {
    Q_DISABLE_COPY_MOVE(Transaction)
public:
    explicit Transaction(Database& db);
    ~Transaction();
    const Result<void>& started() const { return m_started; }
    Result<void> commit();

private:
    Database& m_db;
    Result<void> m_started;
    bool m_done = false;
};

QString sqlTimestamp(const QDateTime& time);
QDateTime fromSqlTimestamp(const QVariant& value);

// One column of a row into a field of its type: a timestamp through fromSqlTimestamp, a bool from
// 0 or 1, a QByteArray from text as UTF-8, a QJsonObject from JSON text.
void readColumn(const QVariant& value, QString& field);
void readColumn(const QVariant& value, qint64& field);
void readColumn(const QVariant& value, int& field);
void readColumn(const QVariant& value, bool& field);
void readColumn(const QVariant& value, QDateTime& field);
void readColumn(const QVariant& value, QByteArray& field);
void readColumn(const QVariant& value, QJsonObject& field);

// The columns of the query's current row, from column `first` on, into the fields in their order.
template <typename... Fields>
void readColumnsFrom(const QSqlQuery& q, int first, Fields&... fields) {
    int column = first;
    (readColumn(q.value(column++), fields), ...);
}

// The columns of the query's current row, from the first on, into the fields in their order.
template <typename... Fields>
void readColumns(const QSqlQuery& q, Fields&... fields) {
    readColumnsFrom(q, 0, fields...);
}

} // namespace linkdesk
