#include "database.h"

#include "migrations.h"
#include "util/operatorname.h"

#include <QAtomicInteger>
#include <QDateTime>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSqlError>
#include <QUrl>

Q_LOGGING_CATEGORY(lcStore, "linkdesk.store")

namespace linkdesk {

namespace {
QAtomicInteger<quint64> s_connectionCounter;

QString describe(const QSqlError& error) {
    QString text = error.databaseText().trimmed();
    if (text.isEmpty())
        text = error.driverText().trimmed();
    return text.isEmpty() ? QStringLiteral("unknown database error") : text;
}

// A statement the database refused (what: "prepare failed:", "statement failed:"), logged with the
// start of its SQL, and the error said.
Error refused(const char* what, const QString& sql, const QSqlError& error) {
    qCWarning(lcStore) << what << sql.left(200) << describe(error);
    return fail(QStringLiteral("Database error: %1").arg(describe(error)));
}
} // namespace

Database::Database(DatabaseUrl url, QString connectionName)
    : m_url(std::move(url))
    , m_connectionName(std::move(connectionName))
    , m_actor(operatorName()) {}

Database::~Database() {
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

Result<std::unique_ptr<Database>> Database::open(const QString& url, Migrate migrate) {
    auto parsed = DatabaseUrl::parse(url);
    if (!parsed)
        return parsed.error();
    return open(*parsed, migrate);
}

Result<std::unique_ptr<Database>> Database::open(const DatabaseUrl& url, Migrate migrate) {
    const QString name = QStringLiteral("linkdesk-%1").arg(++s_connectionCounter);
    const QString driver = url.engine == Engine::Sqlite ? QStringLiteral("QSQLITE") : QStringLiteral("QPSQL");
    if (!QSqlDatabase::isDriverAvailable(driver))
        return fail(QStringLiteral("The Qt SQL driver %1 is not installed (Debian package %2).")
                        .arg(driver, url.engine == Engine::Sqlite ? QStringLiteral("libqt6sql6-sqlite")
                                                                  : QStringLiteral("libqt6sql6-psql")));
    std::unique_ptr<Database> database(new Database(url, name));
    QSqlDatabase db = QSqlDatabase::addDatabase(driver, name);
    if (url.engine == Engine::Sqlite) {
        db.setDatabaseName(url.path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
    } else {
        db.setHostName(url.host);
        db.setPort(url.port);
        db.setUserName(url.user);
        db.setPassword(url.password);
        db.setDatabaseName(url.name);
        db.setConnectOptions(QStringLiteral("connect_timeout=10;application_name=linkdesk"));
    }
    if (!db.open())
        return fail(
            QStringLiteral("Cannot open the database %1: %2").arg(url.display(), describe(db.lastError())));
    if (auto configured = database->configure(); !configured)
        return configured.error();
    if (migrate == Migrate::Yes) {
        if (auto migrated = database->migrate(); !migrated)
            return migrated.error();
    } else if (database->schemaVersion() > latestSchemaVersion()) {
        return fail(newerSchemaMessage(database->schemaVersion()));
    }
    return database;
}

Result<std::unique_ptr<Database>> Database::clone() const {
    auto copy = open(m_url, Migrate::No);
    if (copy)
        (*copy)->setActor(m_actor);
    return copy;
}

Result<void> Database::configure() {
    if (m_url.engine == Engine::Sqlite) {
        // WAL: readers never block the writer; synchronous=NORMAL is crash-safe for the process.
        for (const char* pragma : {"PRAGMA journal_mode=WAL", "PRAGMA foreign_keys=ON",
                                   "PRAGMA synchronous=NORMAL", "PRAGMA busy_timeout=10000"}) {
            if (auto r = exec(QString::fromLatin1(pragma)); !r)
                return r.error();
        }
    } else {
        if (auto r = exec(QStringLiteral("SET client_min_messages TO WARNING")); !r)
            return r.error();
    }
    return {};
}

QSqlDatabase Database::connection() const {
    return QSqlDatabase::database(m_connectionName, false);
}

int Database::latestSchemaVersion() {
    return static_cast<int>(migrations().size());
}

int Database::schemaVersion() const {
    auto exists =
        exec(m_url.engine == Engine::Sqlite
                 ? QStringLiteral("SELECT 1 FROM sqlite_master WHERE type='table' AND name='schema_version'")
                 : QStringLiteral("SELECT 1 FROM information_schema.tables WHERE table_name='schema_version' "
                                  "AND table_schema=current_schema()"));
    if (!exists || !exists->next())
        return 0;
    auto q = exec(QStringLiteral("SELECT MAX(version) FROM schema_version"));
    return q && q->next() ? q->value(0).toInt() : 0;
}

Result<void> Database::migrate() {
    return applyMigrations(*this);
}

Result<QSqlQuery> Database::prepare(const QString& sql) const {
    QSqlQuery query(connection());
    query.setForwardOnly(true);
    if (!query.prepare(sql)) {
        return refused("prepare failed:", sql, query.lastError());
    }
    return query;
}

Result<void> Database::run(QSqlQuery& query, const QVariantList& binds) {
    // A null QString would bind as SQL NULL; Linkdesk's text columns hold '' for "none".
    static const QVariant empty = QVariant(QString(QLatin1String("")));
    for (int i = 0; i < binds.size(); ++i) {
        const QVariant& v = binds.at(i);
        const bool nullText = v.typeId() == QMetaType::QString && v.toString().isNull();
        query.bindValue(i, nullText ? empty : v);
    }
    if (!query.exec()) {
        return refused("statement failed:", query.lastQuery(), query.lastError());
    }
    return {};
}

Result<QSqlQuery> Database::exec(const QString& sql, const QVariantList& binds) const {
    if (binds.isEmpty()) {
        // Run directly: PostgreSQL cannot PREPARE statements such as SET or CREATE TABLE.
        QSqlQuery query(connection());
        query.setForwardOnly(true);
        if (!query.exec(sql)) {
            return refused("statement failed:", sql, query.lastError());
        }
        return query;
    }
    auto query = prepare(sql);
    if (!query)
        return query;
    if (auto r = run(*query, binds); !r)
        return r.error();
    return query;
}

Result<void> Database::begin() {
    if (m_depth++ > 0)
        return {};
    m_doomed = false;
    if (engine() == Engine::Sqlite) {
        // IMMEDIATE takes the write lock now, waiting the busy timeout for another writer. A plain
        // BEGIN would take it at the first write, and a transaction that read first is refused at
        // once ("database is locked") when another connection wrote meanwhile: no wait helps it.
        QSqlQuery begin(connection());
        if (!begin.exec(QStringLiteral("BEGIN IMMEDIATE"))) {
            m_depth = 0;
            return fail(QStringLiteral("Cannot start a transaction: %1").arg(describe(begin.lastError())),
                        ErrorKind::Transient);
        }
        return {};
    }
    if (!connection().transaction()) {
        m_depth = 0;
        return fail(QStringLiteral("Cannot start a transaction: %1").arg(describe(connection().lastError())));
    }
    return {};
}

Result<void> Database::commit() {
    if (m_depth == 0)
        return fail(QStringLiteral("commit without a transaction"));
    if (--m_depth > 0)
        return {};
    if (m_doomed) {
        connection().rollback();
        return fail(QStringLiteral("The transaction was rolled back by an inner failure."));
    }
    if (!connection().commit()) {
        const QString message = describe(connection().lastError());
        connection().rollback();
        return fail(QStringLiteral("Cannot commit: %1").arg(message));
    }
    return {};
}

void Database::rollback() {
    if (m_depth == 0)
        return;
    if (--m_depth > 0) {
        m_doomed = true;
        return;
    }
    connection().rollback();
}

Transaction::Transaction(Database& db)
    : m_db(db)
    , m_started(db.begin()) {}

Transaction::~Transaction() {
    if (m_started && !m_done)
        m_db.rollback();
}

Result<void> Transaction::commit() {
    if (!m_started)
        return m_started.error();
    m_done = true;
    return m_db.commit();
}

QString sqlTimestamp(const QDateTime& time) {
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QDateTime fromSqlTimestamp(const QVariant& value) {
    if (value.isNull())
        return {};
    QDateTime t = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    if (!t.isValid())
        t = QDateTime::fromString(value.toString(), Qt::ISODate);
    return t.toUTC();
}

void readColumn(const QVariant& value, QString& field) {
    field = value.toString();
}

void readColumn(const QVariant& value, qint64& field) {
    field = value.toLongLong();
}

void readColumn(const QVariant& value, int& field) {
    field = value.toInt();
}

void readColumn(const QVariant& value, bool& field) {
    field = value.toInt() != 0;
}

void readColumn(const QVariant& value, QDateTime& field) {
    field = fromSqlTimestamp(value);
}

void readColumn(const QVariant& value, QByteArray& field) {
    field = value.toString().toUtf8();
}

void readColumn(const QVariant& value, QJsonObject& field) {
    field = QJsonDocument::fromJson(value.toString().toUtf8()).object();
}

} // namespace linkdesk
