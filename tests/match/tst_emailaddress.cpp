#include "domain/emailaddress.h"
#include "domainprinters.h"

#include <QTest>

using namespace linkdesk;

class TestEmailAddress : public QObject {
    Q_OBJECT
private slots:
    void normalise_data();
    void normalise();
};

void TestEmailAddress::normalise_data() {
    QTest::addColumn<QString>("raw");
    QTest::addColumn<bool>("providerRules");
    QTest::addColumn<QString>("expected"); // the normalised address, or "!" + the error code
    const QString longLocal = QString(65, QLatin1Char('a')) + QStringLiteral("@example.com");
    const QString tooLong = QString(250, QLatin1Char('a')) + QStringLiteral("@example.com");

    QTest::newRow("case and white space")
        << QStringLiteral("  Orders@ACME.Example \t") << false << QStringLiteral("orders@acme.example");
    QTest::newRow("zero-width space")
        << QStringLiteral("ann\u200B@example.com") << false << QStringLiteral("ann@example.com");
    QTest::newRow("apostrophe") << QStringLiteral("O'Brien@example.ie") << false
                                << QStringLiteral("o'brien@example.ie");
    QTest::newRow("unicode composed")
        << QStringLiteral("Jose\u0301@Example.es") << false << QStringLiteral("jos\u00e9@example.es");
    QTest::newRow("exact keeps gmail dots")
        << QStringLiteral("a.n.n+shop@gmail.com") << false << QStringLiteral("a.n.n+shop@gmail.com");
    QTest::newRow("provider gmail dots and tag")
        << QStringLiteral("A.n.n+shop@GoogleMail.com") << true << QStringLiteral("ann@gmail.com");
    QTest::newRow("provider outlook tag, dots kept")
        << QStringLiteral("a.nn+x@outlook.com") << true << QStringLiteral("a.nn@outlook.com");
    QTest::newRow("provider other domain untouched")
        << QStringLiteral("a.nn+x@acme.example") << true << QStringLiteral("a.nn+x@acme.example");
    QTest::newRow("empty") << QString() << false << QStringLiteral("!empty");
    QTest::newRow("blank") << QStringLiteral("   ") << false << QStringLiteral("!empty");
    QTest::newRow("no at") << QStringLiteral("orders.acme.example") << false << QStringLiteral("!invalid");
    QTest::newRow("two ats") << QStringLiteral("a@b@example.com") << false << QStringLiteral("!invalid");
    QTest::newRow("display name") << QStringLiteral("Ann <ann@example.com>") << false
                                  << QStringLiteral("!invalid");
    QTest::newRow("no domain dot") << QStringLiteral("ann@localhost") << false << QStringLiteral("!invalid");
    QTest::newRow("space inside") << QStringLiteral("ann smith@example.com") << false
                                  << QStringLiteral("!invalid");
    QTest::newRow("local part too long") << longLocal << false << QStringLiteral("!invalid");
    QTest::newRow("address too long") << tooLong << false << QStringLiteral("!invalid");
}

void TestEmailAddress::normalise() {
    QFETCH(QString, raw);
    QFETCH(bool, providerRules);
    QFETCH(QString, expected);
    const auto result = EmailAddress::normalise(raw, providerRules ? EmailNormalisation::ProviderRules
                                                                   : EmailNormalisation::Exact);
    if (expected.startsWith(QLatin1Char('!'))) {
        QVERIFY2(!result.ok(), qPrintable(result.ok() ? result.value() : QString()));
        QCOMPARE_NAMED(result.error().kind, ErrorKind::Invalid);
        QVERIFY2(result.message().contains(expected == QLatin1String("!empty")
                                               ? QLatin1String("is empty")
                                               : QLatin1String("is not an e-mail")),
                 qPrintable(result.message()));
        QVERIFY(!result.message().isEmpty());
        QVERIFY2(result.message().size() < 200, qPrintable(result.message())); // long input is cut
    } else {
        QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.message()));
        QCOMPARE(result.value(), expected);
    }
}

QTEST_GUILESS_MAIN(TestEmailAddress)
#include "tst_emailaddress.moc"
