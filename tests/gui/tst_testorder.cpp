// Test order as anyone (issue 14, item 9), with real widgets in the real window against
// linkdesk-sandbox's Business Central over HTTP, on either database engine: the customer found by
// the search and picked, a dry run showing the link and a price per line; a customer who has not
// ordered yet, created or booked to the default customer and stored nowhere; a long error that
// leaves the dialog its size; Link for real, confirmed, opening Connect Link on the link it wrote.
#include "missingitem.h"
#include "sandboxprocess.h"
#include "sandboxprofile.h"
#include "sandboxseed.h"
#include "store/catalogrepository.h"
#include "store/customerrepository.h"
#include "store/linkrepository.h"
#include "testcustomers.h"
#include "ui/customers/connectlinkdialog.h"
#include "ui/customers/customerspage.h"
#include "ui/mainwindow.h"
#include "ui/testorder/testorderdialog.h"
#include "windowtest.h"

#include <QApplication>
#include <QDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>
#include <QTreeWidget>

using namespace linkdesk;

namespace {
// A shop customer as the shop gives it, without a country.
ShopCustomer shopCustomer(const char* id, const char* first, const char* last, const char* company,
                          const char* email) {
    return test::shopCustomer(QLatin1String(id), QLatin1String(email), QLatin1String(first),
                              QLatin1String(last), QLatin1String(company), QStringLiteral("GBP"), QString());
}
} // namespace

class TestTestOrder : public test::WindowTest {
    Q_OBJECT
    SandboxProcess m_sandbox;
    qint64 m_acme = 0;

    int shopCustomers() {
        auto q = m_db->exec(QStringLiteral("SELECT COUNT(*) FROM shop_customers"));
        return q && q->next() ? q->value(0).toInt() : -1;
    }
    // The window's Test order dialog, shown.
    static TestOrderDialog* open(MainWindow& window) {
        window.show();
        TestOrderDialog* dialog = window.openTestOrderAs({}, {});
        return QTest::qWaitForWindowExposed(dialog) ? dialog : nullptr;
    }
    // Types text into the search and waits for its rows.
    static void search(TestOrderDialog* dialog, const QString& text) {
        auto* edit = child<QLineEdit>(dialog, "customerSearchEdit");
        QSignalSpy found(dialog, &TestOrderDialog::customersFound);
        // The whole text at once: one search (typed key by key on a busy machine, a search for the
        // first letters could answer first and pass for it).
        edit->setText(text);
        QTRY_VERIFY(!found.isEmpty());
    }
    static QStringList rows(QTreeWidget* list, int column) {
        QStringList texts;
        for (int i = 0; i < list->topLevelItemCount(); ++i)
            texts << list->topLevelItem(i)->text(column);
        return texts;
    }
    // Clicks the button and waits for the answer shown.
    static void runAndWait(TestOrderDialog* dialog, const char* button = "runButton") {
        QSignalSpy shown(dialog, &TestOrderDialog::resultShown);
        QTest::mouseClick(child<QPushButton>(dialog, button), Qt::LeftButton);
        QVERIFY(shown.wait(30000));
    }

private slots:
    void initTestCase() {
        LINKDESK_REQUIRE_ENGINE();
        QVERIFY(openWindowDatabase());
        QVERIFY2(m_sandbox.startWithSeed(test::testOrderSeed()), qPrintable(m_sandbox.error()));
        SandboxProcess::putSecrets();
        m_profile = test::sandboxProfile(m_sandbox.base(), m_tdb->url(), QStringLiteral("Web"));
        QVERIFY(test::openSandboxDatabase(m_profile, QStringLiteral("WEB")));
        QList<ShopCustomer> customers{shopCustomer("17", "Ann", "Smith", "Acme", "orders@acme.example"),
                                      shopCustomer("18", "Bob", "Jones", "Beacon", "bob@beacon.example"),
                                      shopCustomer("19", "Ann", "Other", "", "ann@other.example")};
        QVERIFY(CustomerRepository(*m_db).upsertAll(customers));
        m_acme = customers.first().id;
    }
    void cleanupTestCase() { m_sandbox.stop(); }

    void searchPickAndPlace() {
        MainWindow window(*m_db, m_profile);
        TestOrderDialog* dialog = open(window);
        QVERIFY(dialog);
        auto* list = child<QTreeWidget>(dialog, "customerList");
        // By name, in any case: both Anns; by e-mail: Acme's buyer alone.
        search(dialog, QStringLiteral("aNN"));
        QTRY_COMPARE(rows(list, 0), (QStringList{QStringLiteral("Ann Other"), QStringLiteral("Ann Smith")}));
        search(dialog, QStringLiteral("ORDERS@acme"));
        QTRY_COMPARE(rows(list, 2), QStringList{QStringLiteral("orders@acme.example")});
        QCOMPARE(list->topLevelItem(0)->text(0), QStringLiteral("Ann Smith"));
        QCOMPARE(list->topLevelItem(0)->text(1), QStringLiteral("Acme"));
        QCOMPARE(child<QLabel>(dialog, "customerSearchStatus")->text(), QStringLiteral("1 found"));

        // Picking the row sets the customer.
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {},
                          list->visualItemRect(list->topLevelItem(0)).center());
        QCOMPARE(child<QLineEdit>(dialog, "customerEdit")->text(), QStringLiteral("17"));

        dialog->addLine(QStringLiteral("BC-1"), 2, 28.0);
        dialog->addLine(QStringLiteral("FL-1"), 1);
        const QSize size = dialog->size();
        runAndWait(dialog);
        QCOMPARE(child<QLabel>(dialog, "codeLabel")->text(), QStringLiteral("C00001 (email)"));
        QCOMPARE(child<QLabel>(dialog, "linkedPriceLabel")->text(),
                 QStringLiteral("C00001: %1").arg(QLocale().toString(100.0, 'f', 2)));
        auto* prices = child<QTableWidget>(dialog, "priceTable");
        QCOMPARE(prices->rowCount(), 2); // every line, each priced
        QCOMPARE(prices->item(0, 0)->text(), QStringLiteral("BC-1"));
        QCOMPARE(prices->item(0, 3)->text(), QLocale().toString(25.0, 'f', 2)); // Acme's own price
        QCOMPARE(prices->item(0, 4)->text(), QLocale().toString(28.0, 'f', 2)); // the shop's, on the order
        QCOMPARE(prices->item(1, 0)->text(), QStringLiteral("FL-1"));
        QCOMPARE(prices->item(1, 3)->text(), QLocale().toString(50.0, 'f', 2));
        QCOMPARE(dialog->size(), size);
        QVERIFY(!LinkRepository(*m_db).get(m_acme)->isLinked()); // a dry run
    }

    void newCustomerIsCreatedOrDefaultAndStoredNowhere() {
        MainWindow window(*m_db, m_profile);
        TestOrderDialog* dialog = open(window);
        QVERIFY(dialog);
        const int before = shopCustomers();
        QTest::mouseClick(child<QRadioButton>(dialog, "newCustomerRadio"), Qt::LeftButton);
        QVERIFY(child<QLineEdit>(dialog, "emailEdit")->isVisible());
        QVERIFY(!child<QLineEdit>(dialog, "customerSearchEdit")->isVisible());
        QTest::keyClicks(child<QLineEdit>(dialog, "emailEdit"), QStringLiteral("nina@new.example"));
        QTest::keyClicks(child<QLineEdit>(dialog, "nameEdit"), QStringLiteral("Nina New"));
        QTest::keyClicks(child<QLineEdit>(dialog, "currencyEdit"), QStringLiteral("gbp"));
        QTest::keyClicks(child<QLineEdit>(dialog, "countryEdit"), QStringLiteral("GB"));
        QTest::keyClicks(child<QLineEdit>(dialog, "newCustomerIdEdit"), QStringLiteral("902"));
        dialog->addLine(QStringLiteral("BC-1"), 3);
        runAndWait(dialog);
        const QString created = child<QLabel>(dialog, "codeLabel")->text();
        QVERIFY2(created.contains(QLatin1String("would create a customer from template")),
                 qPrintable(created));
        QCOMPARE(child<QLabel>(dialog, "defaultPriceLabel")->text(),
                 QStringLiteral("WEB: %1").arg(QLocale().toString(90.0, 'f', 2)));
        QCOMPARE(child<QTableWidget>(dialog, "priceTable")->rowCount(), 1);

        // Without a shop customer id, a guest: booked to the default customer (guest_policy).
        child<QLineEdit>(dialog, "newCustomerIdEdit")->clear();
        runAndWait(dialog);
        QCOMPARE(child<QLabel>(dialog, "codeLabel")->text(), QStringLiteral("WEB (default customer)"));
        QCOMPARE(shopCustomers(), before);

        // No e-mail: said at once, nothing asked.
        child<QLineEdit>(dialog, "emailEdit")->clear();
        QTest::mouseClick(child<QPushButton>(dialog, "runButton"), Qt::LeftButton);
        QCOMPARE(child<QLabel>(dialog, "codeLabel")->text(),
                 QStringLiteral("Enter the e-mail address of the customer who has not ordered yet."));
        QVERIFY(child<QPushButton>(dialog, "runButton")->isEnabled());
    }

    void aLongErrorKeepsTheDialogsSize() {
        MainWindow window(*m_db, m_profile);
        TestOrderDialog* dialog = open(window);
        QVERIFY(dialog);
        const QString nobody = QStringLiteral("no-such-customer-").repeated(20);
        child<QLineEdit>(dialog, "customerEdit")->setText(nobody);
        dialog->addLine(QStringLiteral("BC-1"));
        const QSize size = dialog->size();
        runAndWait(dialog);
        auto* code = child<QLabel>(dialog, "codeLabel");
        QVERIFY2(code->text().size() <= TestOrderDialog::MaxLabelChars, qPrintable(code->text()));
        QVERIFY(code->text().endsWith(QChar(0x2026)));
        QVERIFY2(code->toolTip().contains(nobody) &&
                     code->toolTip().contains(QLatin1String("has no customer")),
                 qPrintable(code->toolTip()));
        auto* trace = child<QListWidget>(dialog, "traceList");
        QCOMPARE(trace->count(), 1);
        QCOMPARE(trace->item(0)->text(), code->toolTip());
        QApplication::processEvents();
        QCOMPARE(dialog->size(), size);
    }

    // A price Business Central refuses (an item it lacks): a plain sentence in the dialog, the
    // request and the answer behind Details.
    void aRefusedPriceHasDetails() {
        const auto mapping = test::mapToMissingItem(*m_db);
        QVERIFY(mapping);
        MainWindow window(*m_db, m_profile);
        TestOrderDialog* dialog = open(window);
        QVERIFY(dialog);
        child<QLineEdit>(dialog, "customerEdit")->setText(QStringLiteral("17"));
        dialog->addLine(QStringLiteral("CARD-X"));
        auto* details = child<QPushButton>(dialog, "errorDetailsButton");
        QVERIFY(!details->isVisible());
        runAndWait(dialog);
        QVERIFY(CatalogRepository(*m_db).removeMapping(QStringLiteral("web"), mapping->matchKey()));

        const QString price = child<QLabel>(dialog, "linkedPriceLabel")->text();
        QVERIFY2(price.startsWith(QLatin1String("C00001: Business Central refused the request: ")),
                 qPrintable(price));
        QVERIFY2(price.contains(QLatin1String("(NOPE-123)")), qPrintable(price));
        QVERIFY2(!price.contains(QLatin1String("http")) && !price.contains(QLatin1String("Internal_")),
                 qPrintable(price));
        QDialog* shown = test::openErrorDetails(dialog);
        QVERIFY(shown);
        const QString detail = child<QPlainTextEdit>(shown, "errorDetailText")->toPlainText();
        for (const char* part : {"POST http://", "/salesQuotes", "HTTP 400", "Internal_RecordNotFound"})
            QVERIFY2(detail.contains(QLatin1String(part)), qPrintable(detail));
        QVERIFY2(!detail.contains(QLatin1String("Bearer")), qPrintable(detail));
        shown->close();
    }

    // A look-up the ERP does not answer while matching: the sentence in the dialog, the request and
    // the answer behind Details.
    void aFailedLookupHasDetails() {
        MainWindow window(*m_db, m_profile);
        TestOrderDialog* dialog = open(window);
        QVERIFY(dialog);
        QTest::mouseClick(child<QRadioButton>(dialog, "newCustomerRadio"), Qt::LeftButton);
        QTest::keyClicks(child<QLineEdit>(dialog, "emailEdit"), QStringLiteral("nora@new.example"));
        QTest::keyClicks(child<QLineEdit>(dialog, "newCustomerIdEdit"), QStringLiteral("903"));
        dialog->addLine(QStringLiteral("BC-1"));
        QVERIFY(m_sandbox.setFaults({{QStringLiteral("fail_next"), 50}})); // more than the retries
        runAndWait(dialog);
        QVERIFY(m_sandbox.setFaults({{QStringLiteral("fail_next"), 0}}));
        const QString code = child<QLabel>(dialog, "codeLabel")->toolTip();
        QVERIFY2(code.contains(QLatin1String("Could not look up ERP item BC-1: ")), qPrintable(code));
        QDialog* shown = test::openErrorDetails(dialog);
        QVERIFY(shown);
        const QString detail = child<QPlainTextEdit>(shown, "errorDetailText")->toPlainText();
        for (const char* part : {"http://", "HTTP 500", "sandbox_injected_failure"})
            QVERIFY2(detail.contains(QLatin1String(part)), qPrintable(detail));
        for (const QString& secret : SandboxProcess::secrets()) // the sign-in's form has one
            QVERIFY2(!detail.contains(secret), qPrintable(detail));
        QVERIFY2(!detail.contains(QLatin1String("Bearer")), qPrintable(detail));
        shown->close();
    }

    // Asked first; No changes nothing. Yes writes the link (no sales order) and opens Connect Link
    // on the customer with it.
    void linkForRealOpensConnectLink() {
        MainWindow window(*m_db, m_profile);
        TestOrderDialog* dialog = open(window);
        QVERIFY(dialog);
        search(dialog, QStringLiteral("acme"));
        auto* list = child<QTreeWidget>(dialog, "customerList");
        QTRY_COMPARE(list->topLevelItemCount(), 1);
        list->setCurrentItem(list->topLevelItem(0));

        auto* link = child<QPushButton>(dialog, "linkButton");
        QTest::mouseClick(link, Qt::LeftButton);
        QMessageBox* box = nullptr;
        QTRY_VERIFY((box = dialog->findChild<QMessageBox*>(QStringLiteral("confirmLinkForRealBox"))));
        QVERIFY2(box->text().contains(QLatin1String("This changes the ERP")), qPrintable(box->text()));
        QTest::mouseClick(box->button(QMessageBox::No), Qt::LeftButton);
        QTRY_VERIFY(!dialog->findChild<QMessageBox*>(QStringLiteral("confirmLinkForRealBox")));
        QVERIFY(link->isEnabled());
        QVERIFY(!LinkRepository(*m_db).get(m_acme)->isLinked());

        QSignalSpy requested(dialog, &TestOrderDialog::connectLinkRequested);
        QTest::mouseClick(link, Qt::LeftButton);
        QTRY_VERIFY((box = dialog->findChild<QMessageBox*>(QStringLiteral("confirmLinkForRealBox"))));
        QTest::mouseClick(box->button(QMessageBox::Yes), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!requested.isEmpty(), 30000);
        QCOMPARE(requested.first().first().toLongLong(), m_acme);
        QCOMPARE(child<QLabel>(dialog, "codeLabel")->text(),
                 QStringLiteral("C00001 (email); no sales order was submitted."));

        ConnectLinkDialog* connect = nullptr;
        QTRY_VERIFY((connect = window.customersPage()->connectLinkDialog()) && connect->isVisible());
        QCOMPARE(connect->customerId(), m_acme);
        QTRY_VERIFY(connect->isLoaded());
        QCOMPARE(connect->link().erpCustomerNumber, QStringLiteral("C00001"));
        QCOMPARE(LinkRepository(*m_db).get(m_acme)->erpCustomerNumber, QStringLiteral("C00001"));
        QCOMPARE(m_sandbox.salesOrders().size(), 0);
    }
};

QTEST_MAIN(TestTestOrder)
#include "tst_testorder.moc"
