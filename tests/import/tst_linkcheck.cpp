// Issue 14, item 8 in the core: LinkCheck against a real linkdesk-sandbox over HTTP, on SQLite and
// PostgreSQL. Links whose Business Central customer was deleted, blocked or given another e-mail are
// marked stale with what to do, manual links too; a fixed one loses its mark on the next check; the
// customers are asked for in $batch requests, not one request each; a cancel and a network failure
// stop the check with the marks of the rounds before kept.
#include "domainprinters.h"
#include "erp/lookupcache.h"
#include "import/linkcheck.h"
#include "sandboxprocess.h"
#include "sandboxprofile.h"
#include "sandboxseed.h"
#include "store/auditlog.h"
#include "store/customerrepository.h"
#include "store/linkrepository.h"
#include "testdatabase.h"
#include "wiring/importservices.h"

#include <QJsonArray>
#include <QTest>

using namespace linkdesk;

namespace {
QString number(int i) {
    return QStringLiteral("C%1").arg(i, 5, 10, QLatin1Char('0'));
}
QString email(int i) {
    return QStringLiteral("buyer%1@example.com").arg(i);
}
} // namespace

class TestLinkCheck : public test::DatabaseTest {
    Q_OBJECT
    SandboxProcess m_sandbox;
    LookupCache m_cache;
    std::unique_ptr<ImportServices> m_services;

    // count ERP customers C00001.. with e-mails buyerN@example.com, and as many shop customers of
    // shop web linked to them (the second one by hand, the others by e-mail).
    void setUpWorld(int count) {
        QJsonArray customers;
        for (int i = 1; i <= count; ++i)
            customers.append(test::seedCustomer(number(i), QStringLiteral("Buyer %1 Ltd").arg(i), email(i)));
        const QJsonObject seed{
            {QStringLiteral("erp"), QJsonObject{{QStringLiteral("customers"), customers}}}};
        QVERIFY2(m_sandbox.startWithSeed(seed), qPrintable(m_sandbox.error()));
        Profile profile = test::sandboxProfile(m_sandbox.base(), m_tdb->url(), QStringLiteral("Web"));
        profile.net.maxAttempts = 1; // a failure is a failure at once
        auto services = ImportServices::create(
            profile, [](const QString&) -> Result<QString> { return QStringLiteral("bc-secret"); }, &m_cache);
        QVERIFY2(services, qPrintable(services.message()));
        m_services = std::move(*services);
        for (int i = 1; i <= count; ++i) {
            ShopCustomer c;
            c.shopCode = QStringLiteral("web");
            c.shopCustomerId = QString::number(i);
            c.email = email(i);
            c.firstName = QStringLiteral("Buyer");
            c.lastName = QString::number(i);
            QVERIFY(CustomerRepository(*m_db).upsert(c));
            QVERIFY(LinkRepository(*m_db).set(c.id, number(i), QStringLiteral("Buyer %1 Ltd").arg(i),
                                              i == 2 ? LinkSource::Manual : LinkSource::Email, 0));
        }
    }
    Link linkOf(int i) {
        auto c = CustomerRepository(*m_db).find(QStringLiteral("web"), QString::number(i));
        if (!c || !*c)
            return {};
        auto link = LinkRepository(*m_db).get((*c)->id);
        return link ? *link : Link{};
    }
    LinkCheck check() {
        return LinkCheck(*m_db, *m_services->directory(), QStringLiteral("Business Central"));
    }
    int counted(const char* kind) {
        return m_sandbox.stateAt({"erp", "counts", "businesscentral", kind}).toInt();
    }

private slots:
    void init() {
        LINKDESK_REQUIRE_ENGINE();
        QVERIFY(openDatabase());
    }
    void cleanup() {
        m_services.reset();
        m_sandbox.stop();
        m_cache.clear();
        closeDatabase();
    }

    void marksMissingBlockedAndChangedAndClearsWhatIsFixed() {
        setUpWorld(5);
        QVERIFY(m_sandbox.deleteCustomer(number(1)));
        QVERIFY(m_sandbox.updateCustomer(number(2), {{QStringLiteral("blocked"), QStringLiteral("All")}}));
        QVERIFY(m_sandbox.updateCustomer(number(3),
                                         {{QStringLiteral("email"), QStringLiteral("new@example.com")}}));
        // Another case is the same address; an ERP card without an e-mail is not a change.
        QVERIFY(m_sandbox.updateCustomer(number(4), {{QStringLiteral("email"), email(4).toUpper()}}));
        QVERIFY(m_sandbox.updateCustomer(number(5), {{QStringLiteral("email"), QString()}}));
        // The sandbox is no more forgiving than Business Central.
        QVERIFY(!m_sandbox.updateCustomer(number(5), {{QStringLiteral("blocked"), QStringLiteral("Yes")}}));
        QVERIFY(
            !m_sandbox.updateCustomer(number(5), {{QStringLiteral("emailAddress"), QStringLiteral("x@y")}}));
        const int lookupsBefore = counted("customerLookups");

        LinkCheck first = check();
        QList<LinkCheck::Progress> progress;
        first.onProgress([&](const LinkCheck::Progress& p) { progress.append(p); });
        auto summary = first.run();
        QVERIFY2(summary, qPrintable(summary.message()));
        QCOMPARE(summary->checked, 5);
        QCOMPARE(summary->missing, 1);
        QCOMPARE(summary->blocked, 1);
        QCOMPARE(summary->emailChanged, 1);
        QCOMPARE(summary->fine, 2);
        QCOMPARE(summary->stale.size(), 3);
        QVERIFY(!summary->cancelled);
        QCOMPARE(progress.constFirst().total, 5);
        QCOMPARE(progress.constLast().done, 5);
        // Five look-ups in one $batch request, not five requests.
        QCOMPARE(counted("customerLookups") - lookupsBefore, 5);
        QCOMPARE(m_sandbox.requestsTo(QStringLiteral("/$batch")), 1);

        const Link missing = linkOf(1);
        QVERIFY(missing.stale);
        QCOMPARE(missing.staleReason,
                 QStringLiteral("C00001 (Buyer 1 Ltd) is no longer in Business Central: "
                                "choose another customer in Connect Link or clear the link."));
        const Link blocked = linkOf(2);
        QVERIFY(blocked.stale);
        QCOMPARE_NAMED(blocked.source, LinkSource::Manual); // marked, not replaced
        QCOMPARE(blocked.erpCustomerNumber, number(2));
        QVERIFY2(blocked.staleReason.contains(QLatin1String("blocked in Business Central (All)")) &&
                     blocked.staleReason.contains(QLatin1String("unblock it in Business Central")),
                 qPrintable(blocked.staleReason));
        const Link changed = linkOf(3);
        QVERIFY(changed.stale);
        QVERIFY2(changed.staleReason.contains(QLatin1String("new@example.com")) &&
                     changed.staleReason.contains(email(3)),
                 qPrintable(changed.staleReason));
        QVERIFY(!linkOf(4).stale);
        QVERIFY(!linkOf(5).stale);
        // Each mark is in the audit log, as every link write is.
        auto audit = AuditLog(*m_db).list(QStringLiteral("link"));
        QVERIFY(audit);
        int staleEntries = 0;
        for (const auto& entry : *audit)
            staleEntries += entry.newValue.contains(QLatin1String("stale")) ? 1 : 0;
        QCOMPARE(staleEntries, 3);

        // Someone unblocks C00002: the next check takes its mark off and leaves the others as written.
        QVERIFY(m_sandbox.updateCustomer(number(2), {{QStringLiteral("blocked"), QStringLiteral(" ")}}));
        const int missingVersion = linkOf(1).rowVersion;
        auto second = check().run();
        QVERIFY2(second, qPrintable(second.message()));
        QCOMPARE(second->cleared, 1);
        QCOMPARE(second->staleCount(), 2);
        QVERIFY(!linkOf(2).stale);
        QVERIFY(linkOf(2).staleReason.isEmpty());
        QCOMPARE_NAMED(linkOf(2).source, LinkSource::Manual);
        QVERIFY(linkOf(1).stale);
        QCOMPARE(linkOf(1).rowVersion, missingVersion); // the same mark is not written again
    }

    void checksOneShopOnly() {
        setUpWorld(2);
        ShopCustomer other;
        other.shopCode = QStringLiteral("files");
        other.shopCustomerId = QStringLiteral("9");
        other.email = QStringLiteral("nine@example.com");
        QVERIFY(CustomerRepository(*m_db).upsert(other));
        QVERIFY(LinkRepository(*m_db).set(other.id, QStringLiteral("C09999"), {}, LinkSource::Email, 0));
        auto summary = check().run(QStringLiteral("web"));
        QVERIFY2(summary, qPrintable(summary.message()));
        QCOMPARE(summary->checked, 2);
        QCOMPARE(summary->staleCount(), 0);
        auto all = check().run();
        QVERIFY2(all, qPrintable(all.message()));
        QCOMPARE(all->checked, 3);
        QCOMPARE(all->missing, 1);
    }

    void cancelStopsBetweenRoundsAndKeepsTheMarks() {
        const int count = LinkCheck::RoundSize + 20;
        setUpWorld(count);
        QVERIFY(m_sandbox.deleteCustomer(number(1)));
        QVERIFY(m_sandbox.deleteCustomer(number(count))); // in the round never asked for
        LinkCheck cancelled = check();
        cancelled.onProgress([&](const LinkCheck::Progress& p) {
            if (p.done > 0)
                cancelled.cancel();
        });
        auto summary = cancelled.run();
        QVERIFY2(summary, qPrintable(summary.message()));
        QVERIFY(summary->cancelled);
        QCOMPARE(summary->checked, LinkCheck::RoundSize);
        QCOMPARE(summary->missing, 1);
        QVERIFY(linkOf(1).stale);
        QVERIFY(!linkOf(count).stale);
    }

    void aNetworkFailureStopsWithTheMarksWrittenKept() {
        const int count = LinkCheck::RoundSize + 20;
        setUpWorld(count);
        QVERIFY(m_sandbox.deleteCustomer(number(1)));
        QVERIFY(m_sandbox.deleteCustomer(number(count)));
        LinkCheck failing = check();
        failing.onProgress([&](const LinkCheck::Progress& p) {
            if (p.done > 0) // the ERP goes away after the first round
                QVERIFY(m_sandbox.setFaults({{QStringLiteral("fail_rate"), 1.0}}));
        });
        auto summary = failing.run();
        QVERIFY(!summary);
        QVERIFY2(summary.message().contains(QLatin1String("stopped after 100 link")) &&
                     summary.message().contains(QLatin1String("Looking up ERP customer C001")),
                 qPrintable(summary.message()));
        QVERIFY(linkOf(1).stale); // written before the failure, kept
        QVERIFY(!linkOf(count).stale);
    }
};

QTEST_GUILESS_MAIN(TestLinkCheck)
#include "tst_linkcheck.moc"
