#include "store/customerrepository.h"
#include "store/linkrepository.h"
#include "store/orderrepository.h"
#include "testdatabase.h"
#include "testorders.h"
#include "ui/common/attentionpanel.h"
#include "ui/customers/customerspage.h"
#include "ui/customers/customertablemodel.h"
#include "ui/import/importpage.h"
#include "ui/mainwindow.h"
#include "ui/orders/orderfilterproxy.h"
#include "ui/orders/orderspage.h"
#include "ui/orders/ordertablemodel.h"
#include "windowtest.h"

#include <QComboBox>
#include <QLabel>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace linkdesk;

// The sidebar's "Needs attention" counts: what they count, that they follow changes made here and
// elsewhere, that a row opens its work, and that the window opens where the work is.
class TestAttention : public test::WindowTest {
    Q_OBJECT

    using Kind = AttentionPanel::Kind;

    static StagedOrder order(const QString& number, OrderStatus status) {
        StagedOrder o = test::fetchedOrder(number, number, QStringLiteral("buyer%1@example.com").arg(number));
        o.status = status;
        o.rawPayload = QByteArrayLiteral("{}");
        return o;
    }

    // The counts the window shows, once it has read them.
    static bool countsRead(MainWindow& window) {
        QSignalSpy read(&window, &MainWindow::attentionRead);
        return read.wait(10000);
    }

private slots:
    void initTestCase() {
        QVERIFY(openWindowDatabase());
        m_profile.shops.append(test::unreachableShop());
        QList<StagedOrder> orders;
        const QList<std::pair<QString, OrderStatus>> states{
            {QStringLiteral("9"), OrderStatus::NeedsReview}, {QStringLiteral("10"), OrderStatus::NeedsReview},
            {QStringLiteral("11"), OrderStatus::Blocked},    {QStringLiteral("12"), OrderStatus::Failed},
            {QStringLiteral("13"), OrderStatus::Submitted},  {QStringLiteral("14"), OrderStatus::Submitted}};
        for (const auto& [number, status] : states)
            orders << order(number, status);
        OrderRepository repo(*m_db);
        QVERIFY(repo.store(orders));
        for (int i = 0; i < orders.size(); ++i) {
            orders[i].status = states.at(i).second;
            QVERIFY(repo.saveState(orders[i]));
        }
        ShopCustomer gone;
        gone.shopCode = QStringLiteral("web");
        gone.shopCustomerId = QStringLiteral("40");
        gone.email = QStringLiteral("gone@example.com");
        QVERIFY(CustomerRepository(*m_db).upsert(gone));
        LinkRepository links(*m_db);
        QVERIFY(links.set(gone.id, QStringLiteral("C00040"), {}, LinkSource::Email, 0));
        QVERIFY(links.markStale(gone.id, QStringLiteral("C00040 no longer exists in the ERP"), 1));
    }

    void countsWhatWaitsAndOpensIt() {
        MainWindow window(*m_db, m_profile);
        window.show();
        AttentionPanel* panel = window.attentionPanel();
        QVERIFY(countsRead(window));
        QCOMPARE(panel->countOf(Kind::NeedsReview), 2);
        QCOMPARE(panel->countOf(Kind::Blocked), 1);
        QCOMPARE(panel->countOf(Kind::Failed), 1);
        QCOMPARE(panel->countOf(Kind::Quarantined), 0);
        QCOMPARE(panel->countOf(Kind::StaleLinks), 1);
        QCOMPARE(panel->itemOf(Kind::NeedsReview)->text(), QStringLiteral("Needs review: 2"));
        QVERIFY(panel->itemOf(Kind::Blocked)->flags() & Qt::ItemIsEnabled);
        QVERIFY(!(panel->itemOf(Kind::Quarantined)->flags() & Qt::ItemIsEnabled)); // nothing to open

        // A row opens its work: the blocked orders, then the stale links.
        QTest::mouseClick(panel->viewport(), Qt::LeftButton, {},
                          panel->visualItemRect(panel->itemOf(Kind::Blocked)).center());
        QCOMPARE(window.currentPage(), window.ordersPage());
        auto* table = child<QTableView>(window.ordersPage(), "orderTable");
        QTRY_COMPARE(table->model()->rowCount(), 1);
        QCOMPARE(table->model()->index(0, OrderTableModel::Number).data().toString(), QStringLiteral("11"));
        QTRY_COMPARE(child<QLabel>(window.ordersPage(), "orderCountLabel")->text(),
                     QStringLiteral("1 of 6 order(s)"));

        QTest::mouseClick(panel->viewport(), Qt::LeftButton, {},
                          panel->visualItemRect(panel->itemOf(Kind::StaleLinks)).center());
        QCOMPARE(window.currentPage(), window.customersPage());
        QCOMPARE(child<QComboBox>(window.customersPage(), "statusFilter")->currentData().toInt(),
                 int(CustomerQuery::Status::Stale));
        QTRY_COMPARE(window.customersPage()->model()->rowCount(), 1);
        QTRY_COMPARE(window.customersPage()->model()->index(0, CustomerTableModel::Email).data().toString(),
                     QStringLiteral("gone@example.com"));

        // Clicking a greyed row does nothing.
        QTest::mouseClick(panel->viewport(), Qt::LeftButton, {},
                          panel->visualItemRect(panel->itemOf(Kind::Quarantined)).center());
        QCOMPARE(window.currentPage(), window.customersPage());
    }

    void followsChangesMadeElsewhere() {
        MainWindow window(*m_db, m_profile);
        QVERIFY(countsRead(window));
        QCOMPARE(window.attentionPanel()->countOf(Kind::Failed), 1);
        // Another workstation retries the failed order: Refresh (F5) shows it, on any page.
        std::unique_ptr<Database> other = m_tdb->open();
        QVERIFY(other);
        auto failed = OrderRepository(*other).find(QStringLiteral("web"), QStringLiteral("12"));
        QVERIFY(failed && *failed);
        QVERIFY(OrderRepository(*other).requeue((*failed)->id, OrderRepository::Requeue::Rematch,
                                                QStringLiteral("checked the price")));
        window.refreshPage();
        QVERIFY(countsRead(window));
        QCOMPARE(window.attentionPanel()->countOf(Kind::Failed), 0);
        QVERIFY(!(window.attentionPanel()->itemOf(Kind::Failed)->flags() & Qt::ItemIsEnabled));
    }

    void opensWhereTheWorkIs() {
        MainWindow window(*m_db, m_profile);
        QCOMPARE(window.currentPage(), window.customersPage());
        window.openWhereWorkIs();
        QVERIFY(window.isBusy()); // until it knows where
        QTRY_COMPARE(window.currentPage(), window.ordersPage());
        auto* filter = child<QComboBox>(window.ordersPage(), "orderStatusFilter");
        QCOMPARE(filter->currentData().toInt(), int(OrderStatus::NeedsReview));
        QTRY_VERIFY(!window.isBusy());
        QCOMPARE(window.ordersPage()->proxy()->rowCount(), 2);
    }

    void firstRunOpensTheImportPage() {
        test::TestDatabase fresh;
        auto db = fresh.open();
        QVERIFY2(db, qPrintable(fresh.error()));
        Profile profile = m_profile;
        profile.databaseUrl = fresh.url();
        MainWindow window(*db, profile);
        window.openWhereWorkIs();
        QTRY_COMPARE(window.currentPage(), window.importPage());
        QCOMPARE(window.attentionPanel()->countOf(Kind::NeedsReview), 0);
    }

    void statusesSortByWhatNeedsAPersonFirst() {
        MainWindow window(*m_db, m_profile);
        window.showPage(QStringLiteral("Orders"));
        auto* table = child<QTableView>(window.ordersPage(), "orderTable");
        QTRY_COMPARE(table->model()->rowCount(), 6);
        table->sortByColumn(OrderTableModel::Status, Qt::AscendingOrder);
        QStringList order;
        for (int row = 0; row < table->model()->rowCount(); ++row)
            order << table->model()->index(row, OrderTableModel::Status).data().toString();
        QCOMPARE(order.first(), QStringLiteral("Needs review")); // the failed one was re-queued above
        QCOMPARE(order.last(), QStringLiteral("Submitted"));
        QVERIFY(!table->model()->index(0, OrderTableModel::Status).data(Qt::DecorationRole).isNull());
        // Order numbers as numbers: 9 before 10.
        table->sortByColumn(OrderTableModel::Number, Qt::AscendingOrder);
        QCOMPARE(table->model()->index(0, OrderTableModel::Number).data().toString(), QStringLiteral("9"));
        QCOMPARE(table->model()->index(1, OrderTableModel::Number).data().toString(), QStringLiteral("10"));
    }
};

QTEST_MAIN(TestAttention)
#include "tst_attention.moc"
