// LookupCache's lifetimes: within a session an answer serves the session's next rounds even with the
// TTL at 0 or past its TTL, and nothing of it outlives the session; an answer asked for before a
// clear is not kept; a restore of a newer saved generation drops what was held.
#include "erp/lookupcache.h"

#include <QTest>

using namespace linkdesk;

class TestLookupCache : public QObject {
    Q_OBJECT
private slots:
    void ttlZeroKeepsAnswersForTheSessionOnly() {
        LookupCache cache(0);
        cache.putItemExists(QStringLiteral("1000"), true);
        QVERIFY(!cache.itemExists(QStringLiteral("1000"))); // no caching
        {
            const LookupCache::Session session(&cache);
            cache.putItemExists(QStringLiteral("1000"), true);
            cache.putCustomer(QStringLiteral("C00404"), std::nullopt);
            QCOMPARE(cache.itemExists(QStringLiteral("1000")), std::optional<bool>(true));
            const auto missing = cache.customer(QStringLiteral("C00404"));
            QVERIFY(missing && !*missing);
            QCOMPARE(cache.stats().entries, 2);
            QVERIFY(cache.snapshot().entries.isEmpty()); // never saved for another process
        }
        QVERIFY(!cache.itemExists(QStringLiteral("1000")));
        QCOMPARE(cache.stats().entries, 0);
        // The next session starts empty.
        const LookupCache::Session next(&cache);
        QVERIFY(!cache.customer(QStringLiteral("C00404")));
    }

    void sessionAnswersOutliveTheirTtlUntilItCloses() {
        qint64 clock = 0;
        LookupCache cache(60, [&clock] { return clock; });
        auto session = std::make_unique<LookupCache::Session>(&cache);
        cache.putItemExists(QStringLiteral("1000"), true);
        clock = 61'000;
        QVERIFY(cache.itemExists(QStringLiteral("1000"))); // the session's next round still has it
        QVERIFY(cache.snapshot().entries.isEmpty());       // but it is not saved past its TTL
        session.reset();
        QVERIFY(!cache.itemExists(QStringLiteral("1000")));
    }

    void answerAskedBeforeAClearIsNotKept() {
        LookupCache cache(900);
        const LookupCache::Epoch asked = cache.epoch();
        QCOMPARE(cache.clear(), 0);
        QVERIFY(cache.epoch() != asked);
        cache.putItemExists(QStringLiteral("1000"), true, asked);
        cache.putPrice(QStringLiteral("C00001"), QStringLiteral("1000"), 2, 9.5, asked);
        cache.putDocument(QStringLiteral("doc"), QJsonObject{{QStringLiteral("a"), 1}}, asked);
        QCOMPARE(cache.stats().entries, 0);
        cache.putItemExists(QStringLiteral("1000"), true, cache.epoch()); // asked after the clear
        QVERIFY(cache.itemExists(QStringLiteral("1000")));
    }

    void restoreOfANewerGenerationDropsWhatWasHeld() {
        LookupCache cache(900);
        cache.putItemExists(QStringLiteral("1000"), true);
        CacheSnapshot saved = cache.snapshot();
        QCOMPARE(saved.generation, 0);
        cache.restore(saved); // the same generation: merged
        QVERIFY(cache.itemExists(QStringLiteral("1000")));

        CacheSnapshot cleared; // what a clear elsewhere left: nothing, one generation on
        cleared.generation = 1;
        const LookupCache::Epoch before = cache.epoch();
        cache.restore(cleared);
        QVERIFY(!cache.itemExists(QStringLiteral("1000")));
        QCOMPARE(cache.generation(), 1);
        QVERIFY(cache.epoch() != before); // clients holding ERP data of their own read it again
        QCOMPARE(cache.snapshot().generation, 1);

        cache.restore(saved); // older than the clear: adds nothing
        QVERIFY(!cache.itemExists(QStringLiteral("1000")));
    }
};

QTEST_GUILESS_MAIN(TestLookupCache)
#include "tst_lookupcache.moc"
