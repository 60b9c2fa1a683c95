// The ERP look-up cache outlives a process: saved entries come back with the rest of their
// lifetime, expired ones do not, and clearing empties it for the next process.
#include "erp/lookupcache.h"
#include "store/cachestore.h"
#include "testdatabase.h"

#include <QTest>

using namespace linkdesk;

class TestCacheStore : public test::DatabaseTest {
    Q_OBJECT

    static ErpCustomer acme() {
        ErpCustomer c;
        c.number = QStringLiteral("C00001");
        c.name = QStringLiteral("Acme Print Ltd");
        c.email = QStringLiteral("orders@acme.example");
        c.currencyCode = QStringLiteral("EUR");
        return c;
    }
    static CustomerSearch search() {
        CustomerSearch s;
        s.email = QStringLiteral("orders@acme.example");
        s.currencyCode = QStringLiteral("EUR");
        s.matchFields = {QStringLiteral("currency_code")};
        return s;
    }

private slots:

    void savedEntriesComeBackInTheNextProcess() {
        qint64 clock = 0;
        LookupCache first(900, [&clock] { return clock; });
        first.putCustomers(search(), {acme()});
        first.putCustomer(QStringLiteral("C00001"), acme());
        first.putCustomer(QStringLiteral("C00404"), std::nullopt); // "no such customer" is an answer too
        first.putItemExists(QStringLiteral("1000"), true);
        QVERIFY(!first.customer(QStringLiteral("C99999"))); // one miss
        QVERIFY(first.customer(QStringLiteral("C00001")));  // one hit
        QVERIFY(CacheStore(*m_db).save(first.snapshot()));

        auto stats = CacheStore(*m_db).stats();
        QVERIFY(stats);
        QCOMPARE(stats->entries, 4);
        QCOMPARE(stats->hits, 1);
        QCOMPARE(stats->misses, 1);

        LookupCache second(900);
        second.restore(CacheStore(*m_db).load().value());
        const auto found = second.customers(search());
        QVERIFY(found);
        QCOMPARE(found->size(), 1);
        QCOMPARE(found->first().name, QStringLiteral("Acme Print Ltd"));
        const auto missing = second.customer(QStringLiteral("C00404"));
        QVERIFY(missing && !*missing);
        QCOMPARE(second.itemExists(QStringLiteral("1000")), std::optional<bool>(true));
    }

    void expiredEntriesStayGone() {
        qint64 clock = 0;
        LookupCache first(60, [&clock] { return clock; });
        first.putItemExists(QStringLiteral("1000"), true);
        clock = 30'000;
        first.putItemExists(QStringLiteral("2000"), true);
        clock = 61'000; // 1000 expired, 2000 has 29 s left
        QVERIFY(CacheStore(*m_db).save(first.snapshot()));
        LookupCache second(60);
        second.restore(CacheStore(*m_db).load().value());
        QVERIFY(!second.itemExists(QStringLiteral("1000")));
        QVERIFY(second.itemExists(QStringLiteral("2000")));
    }

    void clearEmptiesItForEveryone() {
        LookupCache cache(900);
        cache.putItemExists(QStringLiteral("1000"), true);
        cache.putItemExists(QStringLiteral("2000"), false);
        QVERIFY(CacheStore(*m_db).save(cache.snapshot()));
        auto dropped = CacheStore(*m_db).clear();
        QVERIFY(dropped);
        QCOMPARE(*dropped, 2);
        LookupCache next(900);
        next.restore(CacheStore(*m_db).load().value());
        QCOMPARE(next.stats().entries, 0);
    }

    // An import loads the cache, someone clears it (the toolbar, linkdesk-cli cache clear), the
    // import saves at its end: the clear wins.
    void clearWinsOverASaveOfWhatWasReadBefore() {
        LookupCache import(900);
        import.restore(CacheStore(*m_db).load().value());
        import.putItemExists(QStringLiteral("1000"), true);
        auto dropped = CacheStore(*m_db).clear();
        QVERIFY(dropped);
        QCOMPARE(*dropped, 0); // nothing was saved yet
        auto saved = CacheStore(*m_db).save(import.snapshot());
        QVERIFY2(saved, qPrintable(saved.message()));
        QVERIFY(!*saved);
        QCOMPARE(CacheStore(*m_db).stats()->entries, 0);

        // A process that loaded after the clear saves as before.
        LookupCache next(900);
        next.restore(CacheStore(*m_db).load().value());
        QCOMPARE(next.generation(), 1);
        next.putItemExists(QStringLiteral("2000"), true);
        saved = CacheStore(*m_db).save(next.snapshot());
        QVERIFY(saved && *saved);
        QCOMPARE(CacheStore(*m_db).stats()->entries, 1);
    }

    // The window keeps one cache across its imports: a clear made elsewhere meanwhile drops what it
    // held at its next job, so none of it is used or written back.
    void aCacheKeptAcrossJobsDropsWhatItHeldBeforeAClearElsewhere() {
        LookupCache window(900);
        window.restore(CacheStore(*m_db).load().value());
        window.putItemExists(QStringLiteral("1000"), true);
        QVERIFY(CacheStore(*m_db).save(window.snapshot()).value());
        QVERIFY(CacheStore(*m_db).clear());
        QVERIFY(CacheStore(*m_db).clear()); // twice: still one generation newer than any saved cache

        window.restore(CacheStore(*m_db).load().value()); // the window's next job
        QVERIFY(!window.itemExists(QStringLiteral("1000")));
        QCOMPARE(window.stats().entries, 0);
        window.putItemExists(QStringLiteral("2000"), true);
        QVERIFY(CacheStore(*m_db).save(window.snapshot()).value());
        LookupCache next(900);
        next.restore(CacheStore(*m_db).load().value());
        QVERIFY(!next.itemExists(QStringLiteral("1000")));
        QVERIFY(next.itemExists(QStringLiteral("2000")));
    }
};

QTEST_GUILESS_MAIN(TestCacheStore)
#include "tst_cachestore.moc"
