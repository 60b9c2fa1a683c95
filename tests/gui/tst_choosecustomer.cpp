// Issue 14, item 2 in the window: a needs-review order is resolved on the Orders page by choosing
// its ERP customer among the candidates (an ERP on its own thread, answering as the real clients
// do): the link is written and audited, the customer's waiting orders are re-queued; a reason is
// required; a double-click picks and does not link; a blocked card is not linked until the ERP
// says it is unblocked.
#include "domainprinters.h"
#include "import/fakes.h"
#include "store/auditlog.h"
#include "store/customerrepository.h"
#include "store/linkrepository.h"
#include "store/orderrepository.h"
#include "testcustomers.h"
#include "testorders.h"
#include "ui/orders/choosecustomerdialog.h"
#include "ui/orders/orderspage.h"
#include "ui/orders/ordertablemodel.h"
#include "windowtest.h"

#include <QCheckBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTableWidget>
#include <QTest>

using namespace linkdesk;

class TestChooseCustomer : public test::WindowTest {
    Q_OBJECT
    test::OnOwnThread<test::FakeErpClient> m_erp;

    static ErpCustomer card(const QString& number, const QString& name, bool blocked = false) {
        ErpCustomer c = test::erpCustomer(number, name, QStringLiteral("purchasing@acme.example"),
                                          QStringLiteral("EUR"), QStringLiteral("NL"), blocked);
        c.address = QStringLiteral("Keizersgracht %1").arg(number.right(2));
        c.city = QStringLiteral("Amsterdam");
        if (blocked)
            c.blockedReason = QStringLiteral("credit limit");
        return c;
    }

    // Orders waiting for review (or as given), of shop customer `customer`.
    void stage(const QList<std::pair<QString, OrderStatus>>& orders, const QString& customer,
               const QString& email = QStringLiteral("purchasing@acme.example")) {
        QList<StagedOrder> staged;
        for (const auto& [number, status] : orders) {
            StagedOrder o = test::fetchedOrder(number, customer, email, QStringLiteral("EUR"));
            o.customer.firstName = QStringLiteral("Pat");
            o.customer.lastName = QStringLiteral("Buyer");
            o.customer.company = QStringLiteral("Acme Print");
            o.rawPayload = QByteArrayLiteral("{}");
            o.lines = {test::orderLine(1, QStringLiteral("CARD-100"), 1, QStringLiteral("Cards"),
                                       QStringLiteral("12.50"))};
            o.lines[0].productId = 11;
            o.lines[0].total = QStringLiteral("12.50");
            o.status = status;
            if (status == OrderStatus::NeedsReview)
                o.reason = QStringLiteral("2 ERP customers match purchasing@acme.example: C00075 (Acme Print "
                                          "BV), C00076 (Acme Print Trading, blocked). None was chosen");
            staged.append(o);
        }
        test::stageOrders(*m_db, staged);
    }

    StagedOrder stored(const QString& number) {
        auto other = m_tdb->open(); // what another workstation reads
        auto order = OrderRepository(*other).find(QStringLiteral("web"), number);
        return order && *order ? **order : StagedOrder{};
    }
    Link linkOf(const QString& customerId) {
        auto other = m_tdb->open();
        auto customer = CustomerRepository(*other).find(QStringLiteral("web"), customerId);
        if (!customer || !*customer)
            return {};
        auto link = LinkRepository(*other).get((*customer)->id);
        return link ? *link : Link{};
    }

    // Waits until every job queued on the window's database worker before now has run.
    void drainWorker() {
        bool drained = false;
        m_worker->run<int>(
            this, [](Database&) { return Result<int>(0); }, [&drained](Result<int>) { drained = true; });
        QTRY_VERIFY(drained);
    }

    static void waitLoaded(OrdersPage& page) {
        QSignalSpy loaded(&page, &OrdersPage::loaded);
        if (page.isBusy())
            QVERIFY(loaded.wait(10000));
    }
    static void clickRow(QAbstractItemView* view, int row, Qt::KeyboardModifiers modifiers = {}) {
        const QRect rect = view->visualRect(view->model()->index(row, 1));
        QTest::mouseClick(view->viewport(), Qt::LeftButton, modifiers, rect.center());
    }
    static int rowOf(QAbstractItemView* view, const QString& text, int column) {
        for (int r = 0; r < view->model()->rowCount(); ++r)
            if (view->model()->index(r, column).data().toString() == text)
                return r;
        return -1;
    }

    // Opens Choose customer on the order from the Orders page, with its candidates listed.
    ChooseCustomerDialog* open(OrdersPage& page, const QString& number) {
        auto* table = child<QTableView>(&page, "orderTable");
        const int row = rowOf(table, number, OrderTableModel::Number);
        if (row < 0)
            return nullptr;
        clickRow(table, row);
        auto* choose = child<QPushButton>(&page, "chooseCustomerButton");
        if (!choose->isEnabled())
            return nullptr;
        QTest::mouseClick(choose, Qt::LeftButton);
        auto* dialog = page.findChild<ChooseCustomerDialog*>(QStringLiteral("chooseCustomerDialog"));
        if (!dialog || !QTest::qWaitFor([dialog] { return dialog->isLoaded(); }))
            return nullptr;
        auto* candidates = child<QTableWidget>(dialog, "candidateTable");
        if (!QTest::qWaitFor([candidates] { return candidates->rowCount() == 2; }))
            return nullptr;
        return dialog;
    }

private slots:
    void initTestCase() {
        LINKDESK_REQUIRE_ENGINE();
        QVERIFY(openWindowDatabase(QStringLiteral("anna")));
        m_erp->addCustomer(card(QStringLiteral("C00075"), QStringLiteral("Acme Print BV")));
        m_erp->addCustomer(card(QStringLiteral("C00076"), QStringLiteral("Acme Print Trading"), true));
        m_erp.start();
    }

    void choosingACustomerLinksAndRequeuesTheCustomersOrders() {
        stage({{QStringLiteral("5001"), OrderStatus::NeedsReview},
               {QStringLiteral("5002"), OrderStatus::NeedsReview},
               {QStringLiteral("5004"), OrderStatus::Submitted}},
              QStringLiteral("17"));
        stage({{QStringLiteral("5003"), OrderStatus::NeedsReview}}, QStringLiteral("18"),
              QStringLiteral("someone@example.com"));
        OrdersPage page(*m_worker);
        page.resize(1280, 800);
        page.show();
        waitLoaded(page);
        // Without an ERP there is nothing to choose from.
        auto* table = child<QTableView>(&page, "orderTable");
        clickRow(table, rowOf(table, QStringLiteral("5001"), OrderTableModel::Number));
        QVERIFY(!child<QPushButton>(&page, "chooseCustomerButton")->isEnabled());
        page.setErpClient(m_erp.get());

        ChooseCustomerDialog* dialog = open(page, QStringLiteral("5001"));
        QVERIFY(dialog);
        QCOMPARE(dialog->windowTitle(), QStringLiteral("Choose the ERP customer — order WEB-5001"));
        auto* candidates = child<QTableWidget>(dialog, "candidateTable");
        // The candidates side by side: number, name, e-mail, address, city, country, currency, blocked.
        const int bv = rowOf(candidates, QStringLiteral("C00075"), 0);
        const int trading = rowOf(candidates, QStringLiteral("C00076"), 0);
        QVERIFY(bv >= 0 && trading >= 0);
        const QStringList cells{QStringLiteral("C00075"),
                                QStringLiteral("Acme Print BV"),
                                QStringLiteral("purchasing@acme.example"),
                                QStringLiteral("Keizersgracht 75"),
                                QStringLiteral("Amsterdam"),
                                QStringLiteral("NL"),
                                QStringLiteral("EUR"),
                                QStringLiteral("no")};
        for (int column = 0; column < cells.size(); ++column)
            QCOMPARE(candidates->item(bv, column)->text(), cells.at(column));
        QCOMPARE(candidates->item(trading, 7)->text(), QStringLiteral("blocked: credit limit"));
        QVERIFY(!child<QCheckBox>(dialog, "submitNowCheck")->isVisible()); // no import worker here
        if (qEnvironmentVariableIsSet("LINKDESK_GUI_SHOTS")) {
            clickRow(candidates, bv);
            dialog->grab().save(QDir(qEnvironmentVariable("LINKDESK_GUI_SHOTS"))
                                    .filePath(QStringLiteral("choose-customer.png")));
        }

        clickRow(candidates, bv);
        QCOMPARE(child<QLabel>(dialog, "chosenLabel")->text(),
                 QStringLiteral("Chosen: C00075 Acme Print BV"));
        QTest::keyClicks(child<QLineEdit>(dialog, "reasonEdit"), QStringLiteral("the customer said BV"));
        QSignalSpy linked(dialog, &ChooseCustomerDialog::linked);
        QSignalSpy loaded(&page, &OrdersPage::loaded);
        QTest::mouseClick(child<QPushButton>(dialog, "linkButton"), Qt::LeftButton);
        QVERIFY(linked.wait(10000));
        QVERIFY(loaded.wait(10000));

        const Link link = linkOf(QStringLiteral("17"));
        QCOMPARE(link.erpCustomerNumber, QStringLiteral("C00075"));
        QCOMPARE(link.erpCustomerName, QStringLiteral("Acme Print BV"));
        QCOMPARE_NAMED(link.source, LinkSource::Manual);
        QCOMPARE(link.setBy, QStringLiteral("anna"));
        auto audit = AuditLog(*m_db).list(QStringLiteral("link"), QStringLiteral("web/17"));
        QVERIFY(audit && audit->size() == 1);
        QVERIFY2(audit->first().newValue.contains(QStringLiteral("C00075")) &&
                     audit->first().newValue.endsWith(QStringLiteral("; reason: the customer said BV")),
                 qPrintable(audit->first().newValue));
        QCOMPARE_NAMED(stored(QStringLiteral("5001")).status, OrderStatus::New);
        QCOMPARE_NAMED(stored(QStringLiteral("5002")).status, OrderStatus::New);         // the same question
        QCOMPARE_NAMED(stored(QStringLiteral("5003")).status, OrderStatus::NeedsReview); // another buyer
        QCOMPARE_NAMED(stored(QStringLiteral("5004")).status, OrderStatus::Submitted);
        auto queued = AuditLog(*m_db).list(QStringLiteral("order"), QStringLiteral("WEB-5002"));
        QVERIFY(queued && queued->size() == 1);
        QVERIFY2(queued->first().newValue.contains(QStringLiteral("linked to C00075 by anna")),
                 qPrintable(queued->first().newValue));
        QCOMPARE(
            child<QLabel>(&page, "orderMessageLabel")->text(),
            QStringLiteral("purchasing@acme.example is linked to ERP customer C00075 Acme Print BV. 2 "
                           "order(s) of this customer that waited for review or failed are matched again "
                           "by the next import."));
        QCOMPARE(table->model()
                     ->index(rowOf(table, QStringLiteral("5002"), OrderTableModel::Number),
                             OrderTableModel::Status)
                     .data()
                     .toString(),
                 QStringLiteral("New"));
    }

    void reasonIsRequiredAndDoubleClickOnlyPicks() {
        stage({{QStringLiteral("5101"), OrderStatus::NeedsReview}}, QStringLiteral("19"));
        OrdersPage page(*m_worker);
        page.setErpClient(m_erp.get());
        page.show();
        waitLoaded(page);
        ChooseCustomerDialog* dialog = open(page, QStringLiteral("5101"));
        QVERIFY(dialog);
        auto* candidates = child<QTableWidget>(dialog, "candidateTable");
        auto* link = child<QPushButton>(dialog, "linkButton");
        QVERIFY(!link->isEnabled()); // nothing picked yet
        const QRect rect = candidates->visualRect(
            candidates->model()->index(rowOf(candidates, QStringLiteral("C00075"), 0), 1));
        QTest::mouseDClick(candidates->viewport(), Qt::LeftButton, {}, rect.center());
        QCOMPARE(child<QLabel>(dialog, "chosenLabel")->text(),
                 QStringLiteral("Chosen: C00075 Acme Print BV"));
        QVERIFY(dialog->isVisible());
        QVERIFY(link->isEnabled());

        QTest::mouseClick(link, Qt::LeftButton); // no reason given
        QCOMPARE(child<QLabel>(dialog, "messageLabel")->text(),
                 QStringLiteral("Give a reason: it is kept with the link in the audit log."));
        QVERIFY(dialog->isVisible());
        drainWorker(); // a write that went ahead anyway would be done by now
        QVERIFY(!linkOf(QStringLiteral("19")).isLinked());
        QCOMPARE_NAMED(stored(QStringLiteral("5101")).status, OrderStatus::NeedsReview);
        dialog->reject();
    }

    // Someone else links the customer while the dialog is open: the save is refused and says what the
    // link is now; linking again replaces it on purpose.
    void aLinkChangedMeanwhileIsNotOverwritten() {
        stage({{QStringLiteral("5301"), OrderStatus::NeedsReview}}, QStringLiteral("21"));
        OrdersPage page(*m_worker);
        page.setErpClient(m_erp.get());
        page.show();
        waitLoaded(page);
        ChooseCustomerDialog* dialog = open(page, QStringLiteral("5301"));
        QVERIFY(dialog);
        {
            auto other = m_tdb->open();
            other->setActor(QStringLiteral("bob"));
            ShopCustomer customer = stored(QStringLiteral("5301")).customer;
            QVERIFY(CustomerRepository(*other).upsert(customer));
            QVERIFY(LinkRepository(*other).set(customer.id, QStringLiteral("C00099"),
                                               QStringLiteral("Elsewhere"), LinkSource::Manual, 0,
                                               QStringLiteral("phoned")));
        }
        auto* candidates = child<QTableWidget>(dialog, "candidateTable");
        clickRow(candidates, rowOf(candidates, QStringLiteral("C00075"), 0));
        QTest::keyClicks(child<QLineEdit>(dialog, "reasonEdit"), QStringLiteral("BV"));
        auto* link = child<QPushButton>(dialog, "linkButton");
        QTest::mouseClick(link, Qt::LeftButton);
        auto* message = child<QLabel>(dialog, "messageLabel");
        QTRY_VERIFY(
            message->text().startsWith(QStringLiteral("Not saved: bob changed this customer's link")));
        QVERIFY2(message->text().contains(QStringLiteral("C00099")), qPrintable(message->text()));
        QCOMPARE(linkOf(QStringLiteral("21")).erpCustomerNumber, QStringLiteral("C00099"));
        QCOMPARE_NAMED(stored(QStringLiteral("5301")).status, OrderStatus::NeedsReview);

        QTRY_VERIFY(link->isEnabled());
        QSignalSpy linked(dialog, &ChooseCustomerDialog::linked);
        QTest::mouseClick(link, Qt::LeftButton);
        QVERIFY(linked.wait(10000));
        QCOMPARE(linkOf(QStringLiteral("21")).erpCustomerNumber, QStringLiteral("C00075"));
        QCOMPARE_NAMED(stored(QStringLiteral("5301")).status, OrderStatus::New);
    }

    void blockedCandidateIsLinkedOnlyOnceUnblocked() {
        stage({{QStringLiteral("5201"), OrderStatus::NeedsReview}}, QStringLiteral("20"));
        OrdersPage page(*m_worker);
        page.setErpClient(m_erp.get());
        page.show();
        waitLoaded(page);
        ChooseCustomerDialog* dialog = open(page, QStringLiteral("5201"));
        QVERIFY(dialog);
        auto* candidates = child<QTableWidget>(dialog, "candidateTable");
        auto* link = child<QPushButton>(dialog, "linkButton");
        auto* recheck = child<QPushButton>(dialog, "recheckButton");
        clickRow(candidates, rowOf(candidates, QStringLiteral("C00076"), 0));
        QCOMPARE(child<QLabel>(dialog, "chosenLabel")->text(),
                 QStringLiteral("Chosen: C00076 Acme Print Trading"));
        QVERIFY(!link->isEnabled());
        QVERIFY(recheck->isVisible());
        QCOMPARE(child<QLabel>(dialog, "blockedLabel")->text(),
                 QStringLiteral("C00076 is blocked in the ERP (credit limit): orders cannot be booked to it. "
                                "Choose another card, or have it unblocked in the ERP and ask again."));

        // Still blocked: asking again changes nothing.
        QSignalSpy rechecked(dialog, &ChooseCustomerDialog::rechecked);
        QTest::mouseClick(recheck, Qt::LeftButton);
        QVERIFY(rechecked.wait(10000));
        QCOMPARE(child<QLabel>(dialog, "messageLabel")->text(),
                 QStringLiteral("C00076 is still blocked in the ERP."));
        QVERIFY(!link->isEnabled());

        // Someone unblocks it in the ERP.
        m_erp->addCustomer(card(QStringLiteral("C00076"), QStringLiteral("Acme Print Trading")));
        QTest::mouseClick(recheck, Qt::LeftButton);
        QVERIFY(rechecked.wait(10000));
        QCOMPARE(child<QLabel>(dialog, "messageLabel")->text(),
                 QStringLiteral("C00076 is no longer blocked: it can be linked."));
        QVERIFY(!recheck->isVisible());
        QCOMPARE(candidates->item(rowOf(candidates, QStringLiteral("C00076"), 0), 7)->text(),
                 QStringLiteral("no"));
        QVERIFY(link->isEnabled());
        QTest::keyClicks(child<QLineEdit>(dialog, "reasonEdit"), QStringLiteral("unblocked by accounts"));
        QSignalSpy linked(dialog, &ChooseCustomerDialog::linked);
        QTest::mouseClick(link, Qt::LeftButton);
        QVERIFY(linked.wait(10000));
        QCOMPARE(linkOf(QStringLiteral("20")).erpCustomerNumber, QStringLiteral("C00076"));
        QCOMPARE_NAMED(stored(QStringLiteral("5201")).status, OrderStatus::New);
    }
};

QTEST_MAIN(TestChooseCustomer)
#include "tst_choosecustomer.moc"
