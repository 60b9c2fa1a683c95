#include "store/database.h"
#include "store/migrations.h"
#include "testdatabase.h"

#include <QSqlRecord>
#include <QTest>

using namespace linkdesk;

namespace {
// The first column of every row sql selects, as text; where the query fails, why instead (which no
// expected list holds).
QStringList firstColumn(const Database& db, const QString& sql) {
    auto q = db.exec(sql);
    if (!q)
        return {QStringLiteral("query failed: ") + q.message()};
    QStringList values;
    while (q->next())
        values << q->value(0).toString();
    return values;
}
} // namespace

class TestDatabaseSchema : public QObject {
    Q_OBJECT
private slots:
    void init() { LINKDESK_REQUIRE_ENGINE(); }

    void parsesUrls_data() {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<QString>("display");
        QTest::newRow("sqlite") << "sqlite:/tmp/x.sqlite" << true << "SQLite /tmp/x.sqlite";
        QTest::newRow("postgres") << "postgresql://ann:secret@db.local:5433/shop" << true
                                  << "PostgreSQL ann@db.local:5433/shop";
        QTest::newRow("postgres default port")
            << "postgresql://ann@db.local/shop" << true << "PostgreSQL ann@db.local:5432/shop";
        QTest::newRow("empty sqlite") << "sqlite:" << false << "";
        QTest::newRow("unknown scheme") << "mysql://root:pw@h/db" << false << "";
    }
    void parsesUrls() {
        QFETCH(QString, url);
        QFETCH(bool, ok);
        QFETCH(QString, display);
        const auto parsed = DatabaseUrl::parse(url);
        QCOMPARE(parsed.ok(), ok);
        if (ok) {
            QCOMPARE(parsed->display(), display);
            QVERIFY(!parsed->display().contains(QLatin1String("secret")));
        } else {
            QVERIFY(!parsed.message().contains(QLatin1String("pw")));
        }
    }

    void migratesToLatest() {
        test::TestDatabase tdb;
        QVERIFY2(tdb.isValid(), qPrintable(tdb.error()));
        auto db = tdb.open(Database::Migrate::No);
        QVERIFY(db);
        QCOMPARE(db->schemaVersion(), 0);
        QVERIFY(db->migrate());
        QCOMPARE(db->schemaVersion(), Database::latestSchemaVersion());
        QVERIFY(db->migrate()); // idempotent
        QCOMPARE(db->schemaVersion(), Database::latestSchemaVersion());

        const QStringList tables{"shops",
                                 "shop_customers",
                                 "links",
                                 "contact_relations",
                                 "product_mappings",
                                 "staged_orders",
                                 "staged_order_lines",
                                 "customer_templates",
                                 "order_mapping",
                                 "settings",
                                 "audit_log",
                                 "import_cursors",
                                 "creation_intents",
                                 "import_lock",
                                 "schema_version"};
        for (const QString& table : tables) {
            auto q = db->exec(QStringLiteral("SELECT COUNT(*) FROM %1").arg(table));
            QVERIFY2(q, qPrintable(table + QLatin1String(": ") + q.message()));
        }
        // The customer search has its index on either engine (the test cluster has pg_trgm).
        const QString searchIndex =
            db->engine() == Engine::Postgres
                ? QStringLiteral("SELECT COUNT(*) FROM pg_indexes WHERE indexname = 'shop_customers_search'")
                : QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE name = 'customer_search'");
        auto index = db->exec(searchIndex);
        QVERIFY(index && index->next());
        QCOMPARE(index->value(0).toInt(), 1);
        // The order mapping starts with the header field a sales order takes from the order; the
        // customer number and the external document number are set from the order, never mapped.
        QCOMPARE(firstColumn(*db, QStringLiteral("SELECT erp_field FROM order_mapping ORDER BY position")),
                 (QStringList{"currencyCode"}));
    }

    // Version 7 on a database of version 6: the mapping rows for fields every order sets itself
    // (never used) are dropped, the others kept; orders get their (empty) charges.
    void version7DropsTheFixedOrderMappingRows() {
        test::TestDatabase tdb;
        QVERIFY2(tdb.isValid(), qPrintable(tdb.error()));
        {
            auto db = tdb.open();
            QVERIFY(db);
            // Back to version 6: undo migrations 7 to 12.
            QVERIFY(db->exec(QStringLiteral("ALTER TABLE staged_orders DROP COLUMN last_error_detail")));
            QVERIFY(db->exec(QStringLiteral("DROP INDEX shop_customers_email_sort")));
            QVERIFY(db->exec(QStringLiteral("ALTER TABLE contact_relations DROP COLUMN set_at")));
            QVERIFY(db->exec(QStringLiteral("ALTER TABLE contact_relations DROP COLUMN set_by")));
            QVERIFY(db->exec(QStringLiteral("ALTER TABLE audit_log DROP COLUMN subject")));
            QVERIFY(db->exec(QStringLiteral("ALTER TABLE lookup_cache DROP COLUMN generation")));
            QVERIFY(db->exec(QStringLiteral("ALTER TABLE staged_orders DROP COLUMN charges")));
            QVERIFY(db->exec(QStringLiteral("DELETE FROM schema_version WHERE version >= 7")));
            QVERIFY(db->exec(QStringLiteral(
                "INSERT INTO order_mapping (position, erp_field, source_kind, source_value) VALUES "
                "(1, 'customerNumber', 'field', 'erp_customer_no'), (2, 'externalDocumentNumber', 'field', "
                "'external_document_number'), (4, 'yourReference', 'field', 'order_number')")));
            QCOMPARE(db->schemaVersion(), 6);
        }
        auto db = tdb.open();
        QVERIFY(db);
        QCOMPARE(db->schemaVersion(), Database::latestSchemaVersion());
        QCOMPARE(firstColumn(*db, QStringLiteral("SELECT erp_field FROM order_mapping ORDER BY position")),
                 (QStringList{"currencyCode", "yourReference"}));
        QVERIFY(db->connection().record(QStringLiteral("staged_orders")).contains(QStringLiteral("charges")));
    }

    void sameColumnsOnEveryEngine() {
        // The schema is described by one list; check a table's columns come out as written.
        test::TestDatabase tdb;
        auto db = tdb.open();
        QVERIFY(db);
        const QSqlRecord record = db->connection().record(QStringLiteral("links"));
        QStringList names;
        for (int i = 0; i < record.count(); ++i)
            names << record.fieldName(i);
        QCOMPARE(names, (QStringList{"customer_id", "erp_customer_no", "erp_customer_name", "source",
                                     "set_by", "set_at", "row_version", "stale", "stale_reason"}));
    }

    void refusesNewerDatabase() {
        test::TestDatabase tdb;
        {
            auto db = tdb.open();
            QVERIFY(db);
            QVERIFY(db->exec(QStringLiteral("INSERT INTO schema_version (version, description, applied_at) "
                                            "VALUES (?, 'from the future', '2030-01-01T00:00:00Z')"),
                             {Database::latestSchemaVersion() + 5}));
        }
        for (auto mode : {Database::Migrate::Yes, Database::Migrate::No}) {
            auto reopened = Database::open(tdb.url(), mode);
            QVERIFY(!reopened);
            QVERIFY2(reopened.message().contains(QLatin1String("newer Linkdesk")),
                     qPrintable(reopened.message()));
            QVERIFY(reopened.message().contains(QString::number(Database::latestSchemaVersion() + 5)));
        }
    }

    void nestedTransactions() {
        test::TestDatabase tdb;
        auto db = tdb.open();
        QVERIFY(db);
        {
            Transaction outer(*db);
            QVERIFY(db->exec(QStringLiteral("INSERT INTO shops (code) VALUES ('a')")));
            {
                Transaction inner(*db);
                QVERIFY(db->exec(QStringLiteral("INSERT INTO shops (code) VALUES ('b')")));
                QVERIFY(inner.commit());
            }
            QVERIFY(outer.commit());
        }
        {
            Transaction outer(*db);
            QVERIFY(db->exec(QStringLiteral("INSERT INTO shops (code) VALUES ('c')")));
            {
                Transaction inner(*db); // rolled back: dooms the outer one
            }
            QVERIFY(!outer.commit());
        }
        QCOMPARE(firstColumn(*db, QStringLiteral("SELECT code FROM shops ORDER BY code")),
                 (QStringList{"a", "b"}));
    }

    void reportsSqlErrorsReadably() {
        test::TestDatabase tdb;
        auto db = tdb.open();
        QVERIFY(db);
        auto r = db->exec(QStringLiteral("SELECT nope FROM shops"));
        QVERIFY(!r);
        QVERIFY2(r.message().startsWith(QLatin1String("Database error:")), qPrintable(r.message()));
        QVERIFY(r.message().contains(QLatin1String("nope")));
    }
};

QTEST_GUILESS_MAIN(TestDatabaseSchema)
#include "tst_database.moc"
