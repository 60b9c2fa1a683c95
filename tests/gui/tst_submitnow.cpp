// Issue 14, items 2 and 4 in the window, against a real linkdesk-sandbox over HTTP: Submit now of the
// orders selected on the Orders page, with its progress shown while the pass runs; and a needs-review
// order resolved in Choose customer with "Submit now", its customer's waiting orders booked to the
// chosen ERP customer at once, not at the next import.
#include "domainprinters.h"
#include "missingitem.h"
#include "sandboxprocess.h"
#include "sandboxprofile.h"
#include "sandboxseed.h"
#include "store/catalogrepository.h"
#include "store/customerrepository.h"
#include "store/importruns.h"
#include "store/linkrepository.h"
#include "store/orderrepository.h"
#include "store/settingsstore.h"
#include "testorders.h"
#include "ui/mainwindow.h"
#include "ui/orders/choosecustomerdialog.h"
#include "ui/orders/orderspage.h"
#include "ui/orders/ordertablemodel.h"
#include "windowtest.h"

#include <QCheckBox>
#include <QDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTableWidget>
#include <QTest>

using namespace linkdesk;

namespace {
// An ERP customer with an address.
QJsonObject customer(const QString& number, const QString& name, const QString& email,
                     const QString& currency, const QString& country, const QString& address = {},
                     const QString& city = {}) {
    QJsonObject c = test::seedCustomer(number, name, email, currency, country);
    c.insert(QStringLiteral("addressLine1"), address);
    c.insert(QStringLiteral("city"), city);
    return c;
}
} // namespace

class TestSubmitNow : public test::WindowTest {
    Q_OBJECT
    SandboxProcess m_sandbox;

    void stage(const QStringList& numbers, OrderStatus status, const QString& customerId,
               const QString& email, const QString& currency, const QString& sku = QStringLiteral("1000")) {
        QList<StagedOrder> staged;
        for (const QString& number : numbers) {
            StagedOrder o = test::fetchedOrder(number, customerId, email, currency);
            o.customer.firstName = QStringLiteral("Pat");
            o.customer.lastName = QStringLiteral("Buyer");
            o.customer.currency = currency;
            o.rawPayload = QByteArrayLiteral("{}");
            o.lines = {test::orderLine(1, sku, 2, QStringLiteral("Business cards"), QStringLiteral("12.50"))};
            o.lines[0].productId = 11;
            o.lines[0].total = QStringLiteral("25.00");
            o.status = status;
            if (status == OrderStatus::NeedsReview)
                o.reason =
                    QStringLiteral("2 ERP customers match %1: C00075 (Acme Print BV), C00076 (Acme Print "
                                   "Trading). None was chosen")
                        .arg(email);
            staged.append(o);
        }
        test::stageOrders(*m_db, staged);
    }
    StagedOrder stored(const QString& number) {
        auto order = OrderRepository(*m_db).find(QStringLiteral("web"), number);
        return order && *order ? **order : StagedOrder{};
    }
    static void clickRow(QAbstractItemView* view, const QString& text, int column,
                         Qt::KeyboardModifiers modifiers = {}) {
        for (int r = 0; r < view->model()->rowCount(); ++r)
            if (view->model()->index(r, column).data().toString() == text) {
                QTest::mouseClick(view->viewport(), Qt::LeftButton, modifiers,
                                  view->visualRect(view->model()->index(r, column)).center());
                return;
            }
        QFAIL(qPrintable(QStringLiteral("no row %1").arg(text)));
    }
    // Clicks the order with this number in the Orders page's table (Ctrl: adds it to the selection).
    static void clickOrder(OrdersPage* page, const QString& number, Qt::KeyboardModifiers modifiers = {}) {
        clickRow(child<QTableView>(page, "orderTable"), number, OrderTableModel::Number, modifiers);
    }
    // The window shown, at a size the Orders page's actions fit, on that page, read.
    static OrdersPage* showOrders(MainWindow& window) {
        window.resize(1280, 800);
        window.show();
        return ordersOf(window);
    }
    // The window on its Orders page, read.
    static OrdersPage* ordersOf(MainWindow& window) {
        if (!window.showPage(QStringLiteral("Orders")))
            return nullptr;
        OrdersPage* page = window.ordersPage();
        page->reload();
        QSignalSpy loaded(page, &OrdersPage::loaded);
        return loaded.wait(10000) ? page : nullptr;
    }

private slots:
    void initTestCase() {
        LINKDESK_REQUIRE_ENGINE();
        QVERIFY(openWindowDatabase(QStringLiteral("anna")));
        SandboxProcess::putSecrets();
        const QJsonArray customers{
            customer(QStringLiteral("C00001"), QStringLiteral("Acme Print Ltd"),
                     QStringLiteral("orders@acme.example"), QStringLiteral("GBP"), QStringLiteral("GB")),
            customer(QStringLiteral("C00075"), QStringLiteral("Acme Print BV"),
                     QStringLiteral("purchasing@acme.example"), QStringLiteral("EUR"), QStringLiteral("NL"),
                     QStringLiteral("Keizersgracht 1"), QStringLiteral("Amsterdam")),
            customer(QStringLiteral("C00076"), QStringLiteral("Acme Print Trading"),
                     QStringLiteral("purchasing@acme.example"), QStringLiteral("EUR"), QStringLiteral("NL"),
                     QStringLiteral("Damrak 5"), QStringLiteral("Amsterdam"))};
        const QJsonObject seed = test::erpSeed(customers, {test::seedItem(u"1000", u"Business cards", 12.5)});
        QVERIFY2(m_sandbox.startWithSeed(seed), qPrintable(m_sandbox.error()));
        m_profile = test::sandboxProfile(m_sandbox.base(), m_tdb->url(), QStringLiteral("Web"));
        SettingsStore settings(*m_db);
        QVERIFY(settings.set(QStringLiteral("default_customer_code"), QStringLiteral("C00001")));
        QVERIFY(settings.set(QStringLiteral("use_external_id_as_customer_code"), QStringLiteral("true")));
        QVERIFY(settings.set(QStringLiteral("check_email_new_customers"), QStringLiteral("true")));
        QVERIFY(settings.set(QStringLiteral("item_blocked_check"), QStringLiteral("false")));
    }

    void submitNowOfTwoSelectedOrders() {
        stage({QStringLiteral("6001"), QStringLiteral("6002"), QStringLiteral("6003")}, OrderStatus::New,
              QStringLiteral("30"), QStringLiteral("orders@acme.example"), QStringLiteral("GBP"));
        MainWindow window(*m_db, m_profile);
        OrdersPage* page = showOrders(window);
        QVERIFY(page);
        clickOrder(page, QStringLiteral("6001"));
        clickOrder(page, QStringLiteral("6002"), Qt::ControlModifier);
        auto* submit = child<QPushButton>(page, "submitNowButton");
        QVERIFY(submit->isVisible() && submit->isEnabled());

        // The pass waits for the ERP; meanwhile the window shows it running and stays usable.
        QVERIFY(m_sandbox.setFaults({{QStringLiteral("hold"), QStringLiteral("^GET .*/customers$")}}));
        QSignalSpy finished(page, &OrdersPage::submitFinished);
        QTest::mouseClick(submit, Qt::LeftButton);
        auto* bar = child<QProgressBar>(page, "submitNowProgress");
        QTRY_VERIFY(bar->isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(m_sandbox.heldRequests() > 0, 30000);
        QCOMPARE(child<QLabel>(page, "orderMessageLabel")->text(),
                 QStringLiteral("Submitting 2 order(s) now…"));
        QVERIFY(!submit->isEnabled()); // one Submit now at a time
        QVERIFY(m_sandbox.setFaults({{QStringLiteral("release"), true}}));
        QVERIFY(finished.wait(60000));
        QCOMPARE(finished.first().first().toBool(), true);
        QCOMPARE(child<QLabel>(page, "orderMessageLabel")->text(),
                 QStringLiteral("Submit now finished: 2 submitted, 0 blocked, 0 need review, 0 failed."));
        QVERIFY(!bar->isVisible());

        const auto orders = m_sandbox.salesOrders();
        QVERIFY2(orders.contains(QStringLiteral("WEB-6001")) && orders.contains(QStringLiteral("WEB-6002")),
                 qPrintable(QStringList(orders.keys()).join(QLatin1Char(' '))));
        QVERIFY(!orders.contains(QStringLiteral("WEB-6003")));
        QCOMPARE(orders.value(QStringLiteral("WEB-6001")).value(QStringLiteral("customerNumber")).toString(),
                 QStringLiteral("C00001"));
        QCOMPARE_NAMED(stored(QStringLiteral("6001")).status, OrderStatus::Submitted);
        QCOMPARE_NAMED(stored(QStringLiteral("6002")).status, OrderStatus::Submitted);
        QCOMPARE_NAMED(stored(QStringLiteral("6003")).status, OrderStatus::New); // not selected
        auto runs = ImportRuns(*m_db).latest(1);
        QVERIFY(runs && runs->size() == 1);
        QVERIFY2(runs->first().holder.endsWith(QStringLiteral("(Linkdesk window, Submit now)")),
                 qPrintable(runs->first().holder));
        QCOMPARE(runs->first().summary.value(QStringLiteral("submit_now")).toInt(), 2);
    }

    void chooseCustomerThenSubmitNow() {
        stage({QStringLiteral("6101"), QStringLiteral("6102")}, OrderStatus::NeedsReview,
              QStringLiteral("31"), QStringLiteral("purchasing@acme.example"), QStringLiteral("EUR"));
        stage({QStringLiteral("6103")}, OrderStatus::NeedsReview, QStringLiteral("32"),
              QStringLiteral("purchasing@acme.example"), QStringLiteral("EUR"));
        MainWindow window(*m_db, m_profile);
        window.resize(1280, 800);
        window.show();
        window.connectErp(m_profile);
        OrdersPage* page = ordersOf(window);
        QVERIFY(page);
        clickOrder(page, QStringLiteral("6101"));
        auto* choose = child<QPushButton>(page, "chooseCustomerButton");
        QTRY_VERIFY_WITH_TIMEOUT(choose->isEnabled(), 30000); // once the ERP is connected
        QTest::mouseClick(choose, Qt::LeftButton);
        auto* dialog = page->findChild<ChooseCustomerDialog*>(QStringLiteral("chooseCustomerDialog"));
        QVERIFY(dialog);
        auto* candidates = child<QTableWidget>(dialog, "candidateTable");
        QTRY_COMPARE_WITH_TIMEOUT(candidates->rowCount(), 2, 30000); // the ERP's answer, over HTTP
        clickRow(candidates, QStringLiteral("C00075"), 0);
        QCOMPARE(candidates->item(candidates->currentRow(), 3)->text(), QStringLiteral("Keizersgracht 1"));
        QCOMPARE(candidates->item(candidates->currentRow(), 4)->text(), QStringLiteral("Amsterdam"));
        QTest::keyClicks(child<QLineEdit>(dialog, "reasonEdit"), QStringLiteral("BV is the buying entity"));
        QVERIFY(child<QCheckBox>(dialog, "submitNowCheck")->isChecked());
        QSignalSpy finished(page, &OrdersPage::submitFinished);
        QTest::mouseClick(child<QPushButton>(dialog, "linkButton"), Qt::LeftButton);
        QVERIFY(finished.wait(60000));
        QCOMPARE(child<QLabel>(page, "orderMessageLabel")->text(),
                 QStringLiteral("Submit now finished: 2 submitted, 0 blocked, 0 need review, 0 failed."));

        const auto orders = m_sandbox.salesOrders();
        for (const QString& number : {QStringLiteral("WEB-6101"), QStringLiteral("WEB-6102")})
            QCOMPARE(orders.value(number).value(QStringLiteral("customerNumber")).toString(),
                     QStringLiteral("C00075"));
        QVERIFY(!orders.contains(QStringLiteral("WEB-6103"))); // another shop customer: still waits
        QCOMPARE_NAMED(stored(QStringLiteral("6101")).status, OrderStatus::Submitted);
        QCOMPARE_NAMED(stored(QStringLiteral("6102")).status, OrderStatus::Submitted);
        QCOMPARE_NAMED(stored(QStringLiteral("6103")).status, OrderStatus::NeedsReview);
        auto identity = CustomerRepository(*m_db).find(QStringLiteral("web"), QStringLiteral("31"));
        QVERIFY(identity && *identity);
        auto link = LinkRepository(*m_db).get((*identity)->id);
        QCOMPARE(link->erpCustomerNumber, QStringLiteral("C00075"));
        QCOMPARE_NAMED(link->source, LinkSource::Manual);
    }

    // Issue 18 item 3: an order Business Central refused with an HTTP 400 reads as a plain sentence
    // in the table; the raw request and answer are behind Details in its trace.
    void refusedOrderInWordsWithDetails() {
        const auto mapping = test::mapToMissingItem(*m_db);
        QVERIFY(mapping);
        stage({QStringLiteral("6201")}, OrderStatus::New, QStringLiteral("30"),
              QStringLiteral("orders@acme.example"), QStringLiteral("GBP"), QStringLiteral("CARD-X"));
        MainWindow window(*m_db, m_profile);
        OrdersPage* page = showOrders(window);
        QVERIFY(page);
        clickOrder(page, QStringLiteral("6201"));
        QSignalSpy finished(page, &OrdersPage::submitFinished);
        QTest::mouseClick(child<QPushButton>(page, "submitNowButton"), Qt::LeftButton);
        QVERIFY(finished.wait(60000));

        const QString sentence = QStringLiteral("Business Central does not know item NOPE-123.");
        const StagedOrder refused = stored(QStringLiteral("6201"));
        QCOMPARE_NAMED(refused.status, OrderStatus::NeedsReview);
        QCOMPARE(refused.reason, sentence);
        QCOMPARE(refused.lastError, sentence);
        for (const char* part :
             {"POST http://127.0.0.1:", "/salesOrders", "HTTP 400", "Internal_RecordNotFound", "(NOPE-123)"})
            QVERIFY2(refused.lastErrorDetail.contains(QLatin1String(part)),
                     qPrintable(refused.lastErrorDetail));
        for (const char* secret : {"bc-secret", "Bearer", "Authorization"})
            QVERIFY2(!refused.lastErrorDetail.contains(QLatin1String(secret)),
                     qPrintable(refused.lastErrorDetail));

        // The table: the sentence, no request.
        auto* table = child<QTableView>(page, "orderTable");
        const auto reasonOf = [table] {
            for (int r = 0; r < table->model()->rowCount(); ++r)
                if (table->model()->index(r, OrderTableModel::Number).data().toString() ==
                    QLatin1String("6201"))
                    return table->model()->index(r, OrderTableModel::Reason).data().toString();
            return QString();
        };
        QTRY_COMPARE_WITH_TIMEOUT(reasonOf(), sentence, 10000);

        // Its trace: the sentence, and Details with the request and the answer.
        clickOrder(page, QStringLiteral("6201"));
        QTest::mouseClick(child<QPushButton>(page, "traceButton"), Qt::LeftButton);
        QDialog* trace = nullptr;
        QTRY_VERIFY((trace = page->findChild<QDialog*>(QStringLiteral("traceDialog"))) && trace->isVisible());
        QVERIFY(child<QLabel>(trace, "headerLabel")->text().contains(sentence));
        QVERIFY(!child<QLabel>(trace, "headerLabel")->text().contains(QLatin1String("http")));
        QDialog* shown = test::openErrorDetails(trace);
        QVERIFY(shown);
        auto* text = child<QPlainTextEdit>(shown, "errorDetailText");
        QVERIFY(text->isReadOnly());
        QCOMPARE(text->toPlainText(), refused.lastErrorDetail);
        QVERIFY(text->font().fixedPitch()); // monospace
        QVERIFY(shown->width() <= shown->maximumWidth());
        shown->close();
        trace->close();
    }
};

QTEST_MAIN(TestSubmitNow)
#include "tst_submitnow.moc"
