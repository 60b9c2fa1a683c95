#include "domain/matchtrace.h"
#include "store/catalogrepository.h"
#include "store/orderrepository.h"
#include "testorders.h"
#include "ui/common/databaseworker.h"
#include "ui/orders/orderfilterproxy.h"
#include "ui/orders/orderspage.h"
#include "ui/orders/ordertablemodel.h"
#include "windowtest.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QTimer>

using namespace linkdesk;

class TestOrdersPage : public test::WindowTest {
    Q_OBJECT

    static StagedOrder makeOrder(const QString& number, OrderStatus status) {
        StagedOrder o = test::fetchedOrder(number, QStringLiteral("7"),
                                           QStringLiteral("buyer%1@example.com").arg(number));
        o.shopStatus = QStringLiteral("processing");
        o.status = status;
        OrderLine mug = test::orderLine(1, QStringLiteral("MUG-%1").arg(number), 2, QStringLiteral("Mug"),
                                        QStringLiteral("4.50"));
        mug.productId = 11;
        OrderLine tee =
            test::orderLine(2, QStringLiteral("TEE"), 1, QStringLiteral("T-shirt"), QStringLiteral("12.00"));
        tee.productId = 12;
        o.lines = {mug, tee};
        return o;
    }

    static MatchTrace trace() {
        MatchTrace t;
        MatchTrace::Step a;
        a.rule = QStringLiteral("existing-link");
        a.decision = QStringLiteral("next");
        a.sentence = QStringLiteral("No link for this shop customer yet.");
        t.append(a);
        MatchTrace::Step b;
        b.rule = QStringLiteral("email");
        b.decision = QStringLiteral("linked");
        b.sentence = QStringLiteral("Exactly one ERP customer has the e-mail %1: %2.");
        b.args = {QStringLiteral("buyer1004@example.com"), QStringLiteral("C00001")};
        b.argCount = 2;
        t.append(b);
        return t;
    }

    static QModelIndex rowOf(QTableView* table, const QString& number) {
        auto* model = table->model();
        for (int r = 0; r < model->rowCount(); ++r)
            if (model->index(r, OrderTableModel::Number).data().toString() == number)
                return model->index(r, OrderTableModel::Number);
        return {};
    }

    StagedOrder stored(const QString& number) {
        auto other = m_tdb->open(); // what another workstation reads
        auto order = OrderRepository(*other).find(QStringLiteral("web"), number);
        return order && *order ? **order : StagedOrder{};
    }

    // A page whose first load has finished.
    static void waitLoaded(OrdersPage& page) {
        QSignalSpy loaded(&page, &OrdersPage::loaded);
        if (page.isBusy())
            QVERIFY(loaded.wait(10000));
    }

private slots:
    void initTestCase() {
        LINKDESK_REQUIRE_ENGINE();
        QVERIFY(openWindowDatabase());
        QList<StagedOrder> orders{makeOrder(QStringLiteral("1001"), OrderStatus::New),
                                  makeOrder(QStringLiteral("1002"), OrderStatus::Blocked),
                                  makeOrder(QStringLiteral("1003"), OrderStatus::Failed),
                                  makeOrder(QStringLiteral("1004"), OrderStatus::Matched),
                                  makeOrder(QStringLiteral("1005"), OrderStatus::Submitted)};
        QVERIFY(OrderRepository(*m_db).store(orders));
        orders[1].reason = QStringLiteral("No ERP item for MUG-1002.");
        orders[1].lines[1].erpItemNumber = QStringLiteral("ITEM-TEE");
        orders[2].attempts = 3;
        orders[2].lastError = QStringLiteral("The ERP did not answer within 30 s.");
        orders[2].erpCustomerNumber = QStringLiteral("C00001");
        orders[2].matchTrace = trace().toJson();
        orders[3].erpCustomerNumber = QStringLiteral("C00001");
        orders[3].matchTrace = trace().toJson();
        orders[3].lines[0].erpItemNumber = QStringLiteral("ITEM-MUG");
        orders[3].lines[1].erpItemNumber = QStringLiteral("ITEM-TEE");
        orders[4].erpCustomerNumber = QStringLiteral("C00001");
        orders[4].erpOrderNumber = QStringLiteral("SO-77");
        for (StagedOrder& o : orders)
            QVERIFY(OrderRepository(*m_db).saveState(o));
    }

    void modelsPassTester() {
        OrderTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        OrderFilterProxy proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        auto orders = OrderRepository(*m_db).list();
        QVERIFY(orders);
        model.setRows(*orders);
        QCOMPARE(model.rowCount(), 5);
        proxy.setStatus(OrderStatus::Failed);
        QCOMPARE(proxy.rowCount(), 1);
        proxy.setStatus(std::nullopt);
        proxy.setText(QStringLiteral("mug-1002"));
        QCOMPARE(proxy.rowCount(), 1);
        QCOMPARE(proxy.index(0, OrderTableModel::Number).data().toString(), QStringLiteral("1002"));
    }

    void filtersByStatusAndText() {
        OrdersPage page(*m_worker);
        page.resize(1280, 800);
        page.show();
        waitLoaded(page);
        auto* table = page.findChild<QTableView*>(QStringLiteral("orderTable"));
        auto* status = page.findChild<QComboBox*>(QStringLiteral("orderStatusFilter"));
        auto* filter = page.findChild<QLineEdit*>(QStringLiteral("orderFilterEdit"));
        QVERIFY(table && status && filter);
        QCOMPARE(table->model()->rowCount(), 5);
        QCOMPARE(status->itemText(0), QStringLiteral("All statuses (5)"));
        status->setCurrentIndex(status->findData(int(OrderStatus::Blocked)));
        QCOMPARE(status->currentText(), QStringLiteral("Blocked (1)"));
        QCOMPARE(table->model()->rowCount(), 1);
        QCOMPARE(table->model()->index(0, OrderTableModel::Number).data().toString(), QStringLiteral("1002"));
        QCOMPARE(table->model()->index(0, OrderTableModel::Reason).data().toString(),
                 QStringLiteral("No ERP item for MUG-1002."));
        status->setCurrentIndex(0);
        QTest::keyClicks(filter, QStringLiteral("buyer1003"));
        QCOMPARE(table->model()->rowCount(), 1);
        QCOMPARE(table->model()->index(0, OrderTableModel::Attempts).data().toInt(), 3);
        if (qEnvironmentVariableIsSet("LINKDESK_GUI_SHOTS")) {
            filter->clear();
            QCoreApplication::sendPostedEvents();
            page.grab().save(
                QDir(qEnvironmentVariable("LINKDESK_GUI_SHOTS")).filePath(QStringLiteral("orders.png")));
        }
    }

    void rematchResetsOrder() {
        OrdersPage page(*m_worker);
        page.show();
        waitLoaded(page);
        auto* table = page.findChild<QTableView*>(QStringLiteral("orderTable"));
        auto* rematch = page.findChild<QPushButton*>(QStringLiteral("rematchButton"));
        // The page's own models stay consistent through the reload that follows.
        QAbstractItemModelTester modelTester(page.model(),
                                             QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester proxyTester(page.proxy(),
                                             QAbstractItemModelTester::FailureReportingMode::QtTest);
        table->setCurrentIndex(rowOf(table, QStringLiteral("1005")));
        QVERIFY(!rematch->isEnabled()); // a submitted order stays as it is
        table->setCurrentIndex(rowOf(table, QStringLiteral("1004")));
        QVERIFY(rematch->isEnabled());
        QSignalSpy loaded(&page, &OrdersPage::loaded);
        rematch->click();
        QVERIFY(loaded.wait(10000));
        const StagedOrder o = stored(QStringLiteral("1004"));
        QCOMPARE(toString(o.status), QStringLiteral("new"));
        QVERIFY(o.erpCustomerNumber.isEmpty());
        QVERIFY(o.matchTrace.isEmpty() || MatchTrace::fromJson(o.matchTrace).isEmpty());
        QVERIFY(o.lines.at(0).erpItemNumber.isEmpty());
        QVERIFY(o.lines.at(1).erpItemNumber.isEmpty());
        QCOMPARE(table->model()
                     ->index(rowOf(table, QStringLiteral("1004")).row(), OrderTableModel::Status)
                     .data()
                     .toString(),
                 QStringLiteral("New"));
    }

    void retryResetsAttemptsOfFailedOrder() {
        OrdersPage page(*m_worker);
        page.show();
        waitLoaded(page);
        auto* table = page.findChild<QTableView*>(QStringLiteral("orderTable"));
        auto* retry = page.findChild<QPushButton*>(QStringLiteral("retryButton"));
        table->setCurrentIndex(rowOf(table, QStringLiteral("1001")));
        QVERIFY(!retry->isEnabled());
        table->setCurrentIndex(rowOf(table, QStringLiteral("1003")));
        QVERIFY(retry->isEnabled());
        QSignalSpy loaded(&page, &OrdersPage::loaded);
        retry->click();
        QVERIFY(loaded.wait(10000));
        const StagedOrder o = stored(QStringLiteral("1003"));
        QCOMPARE(toString(o.status), QStringLiteral("failed"));
        QCOMPARE(o.attempts, 0);
        QCOMPARE(o.erpCustomerNumber, QStringLiteral("C00001"));
        // The selection survives the reload.
        QCOMPARE(table->currentIndex().siblingAtColumn(OrderTableModel::Number).data().toString(),
                 QStringLiteral("1003"));
    }

    void traceDialogShowsSentences() {
        OrdersPage page(*m_worker);
        page.show();
        waitLoaded(page);
        auto* table = page.findChild<QTableView*>(QStringLiteral("orderTable"));
        table->setCurrentIndex(rowOf(table, QStringLiteral("1003")));
        page.findChild<QPushButton*>(QStringLiteral("traceButton"))->click();
        QDialog* dialog = nullptr;
        QTRY_VERIFY((dialog = page.findChild<QDialog*>(QStringLiteral("traceDialog"))) &&
                    dialog->isVisible());
        auto* list = dialog->findChild<QListWidget*>(QStringLiteral("traceList"));
        QVERIFY(list);
        QCOMPARE(list->count(), 2);
        QCOMPARE(list->item(0)->text(), QStringLiteral("No link for this shop customer yet."));
        QCOMPARE(list->item(1)->text(),
                 QStringLiteral("Exactly one ERP customer has the e-mail buyer1004@example.com: C00001."));
        dialog->reject();
        QTRY_VERIFY(!page.findChild<QDialog*>(QStringLiteral("traceDialog"))); // closed, deleted

        // Enter on an order opens its trace too.
        table->setFocus();
        QTest::keyClick(table, Qt::Key_Return);
        QTRY_VERIFY((dialog = page.findChild<QDialog*>(QStringLiteral("traceDialog"))) &&
                    dialog->isVisible());
        dialog->reject();
    }

    void addsProductMappingForBlockedOrder() {
        OrdersPage page(*m_worker);
        page.show();
        waitLoaded(page);
        auto* table = page.findChild<QTableView*>(QStringLiteral("orderTable"));
        auto* add = page.findChild<QPushButton*>(QStringLiteral("addMappingButton"));
        table->setCurrentIndex(rowOf(table, QStringLiteral("1001")));
        QVERIFY(!add->isEnabled());
        table->setCurrentIndex(rowOf(table, QStringLiteral("1002")));
        QVERIFY(add->isEnabled());
        add->click();
        QDialog* dialog = nullptr;
        QTRY_VERIFY((dialog = page.findChild<QDialog*>(QStringLiteral("productMappingDialog"))) &&
                    dialog->isVisible());
        // Only the line without an ERP item is asked for.
        auto* edit = dialog->findChild<QLineEdit*>(QStringLiteral("itemEdit_1"));
        QVERIFY(edit);
        QVERIFY(!dialog->findChild<QLineEdit*>(QStringLiteral("itemEdit_2")));
        auto* buttons = dialog->findChild<QDialogButtonBox*>(QStringLiteral("buttonBox"));
        buttons->button(QDialogButtonBox::Save)->click(); // nothing typed: refused in plain words
        QVERIFY(dialog->isVisible());
        QTest::keyClicks(edit, QStringLiteral("ITEM-MUG"));
        QSignalSpy loaded(&page, &OrdersPage::loaded);
        buttons->button(QDialogButtonBox::Save)->click();
        QVERIFY(loaded.wait(10000));

        auto other = m_tdb->open();
        auto mapping =
            CatalogRepository(*other).mapping(QStringLiteral("web"), QStringLiteral("sku:MUG-1002"));
        QVERIFY(mapping && *mapping);
        QCOMPARE((*mapping)->erpItemNumber, QStringLiteral("ITEM-MUG"));
        QCOMPARE((*mapping)->source, QStringLiteral("manual"));
        QCOMPARE((*mapping)->setBy, QStringLiteral("tester"));
        QCOMPARE(toString(stored(QStringLiteral("1002")).status), QStringLiteral("new"));
    }

    void remembersColumnWidths() {
        QVERIFY(QSettings().fileName().contains(QLatin1String("qttest"))); // not the user's own file
        {
            OrdersPage page(*m_worker);
            waitLoaded(page);
            page.findChild<QTableView*>(QStringLiteral("orderTable"))
                ->setColumnWidth(OrderTableModel::Email, 333);
        }
        OrdersPage page(*m_worker);
        waitLoaded(page);
        QCOMPARE(
            page.findChild<QTableView*>(QStringLiteral("orderTable"))->columnWidth(OrderTableModel::Email),
            333);
    }

    void refusesActionOnOrderChangedMeanwhile() {
        OrdersPage page(*m_worker);
        page.show();
        waitLoaded(page);
        auto* table = page.findChild<QTableView*>(QStringLiteral("orderTable"));
        table->setCurrentIndex(rowOf(table, QStringLiteral("1001")));
        // The import submits it while the page still shows it as new.
        {
            auto other = m_tdb->open();
            auto order = OrderRepository(*other).find(QStringLiteral("web"), QStringLiteral("1001"));
            StagedOrder o = **order;
            o.status = OrderStatus::Submitted;
            o.erpCustomerNumber = QStringLiteral("C00009");
            o.erpOrderNumber = QStringLiteral("SO-99");
            QVERIFY(OrderRepository(*other).saveState(o));
        }
        QSignalSpy loaded(&page, &OrdersPage::loaded);
        page.findChild<QPushButton*>(QStringLiteral("rematchButton"))->click();
        QVERIFY(loaded.wait(10000)); // said so, and read the orders again
        QVERIFY(page.findChild<QLabel*>(QStringLiteral("orderMessageLabel"))
                    ->text()
                    .startsWith(QStringLiteral("Order 1001 changed meanwhile (it is now submitted)")));
        const StagedOrder o = stored(QStringLiteral("1001"));
        QCOMPARE(toString(o.status), QStringLiteral("submitted"));
        QCOMPARE(o.erpOrderNumber, QStringLiteral("SO-99"));
        QCOMPARE(table->currentIndex().siblingAtColumn(OrderTableModel::Status).data().toString(),
                 QStringLiteral("Submitted"));
        QVERIFY(!page.findChild<QPushButton*>(QStringLiteral("rematchButton"))->isEnabled());
    }

    void onlyTheLatestReadIsShown() {
        OrdersPage page(*m_worker);
        waitLoaded(page);
        QSignalSpy loaded(&page, &OrdersPage::loaded);
        QSignalSpy busy(&page, &Page::busyChanged);
        // F5 pressed three times: the first two reads are superseded, only the last one answers.
        for (int i = 0; i < 3; ++i)
            page.reload();
        QVERIFY(page.isBusy());
        QVERIFY(loaded.wait(10000));
        QTest::qWait(50); // a dropped answer would land now
        QCOMPARE(loaded.count(), 1);
        QVERIFY(!page.isBusy());
        QCOMPARE(busy.count(), 2); // busy once, then not
        QCOMPARE(page.model()->rowCount(), 5);
    }

    void staysResponsiveWhileAnotherConnectionWrites() {
        OrdersPage page(*m_worker);
        page.show();
        waitLoaded(page);
        auto* table = page.findChild<QTableView*>(QStringLiteral("orderTable"));
        auto* message = page.findChild<QLabel*>(QStringLiteral("orderMessageLabel"));
        table->setCurrentIndex(rowOf(table, QStringLiteral("1003"))); // failed: it can be retried

        // An import on another workstation is in the middle of a write.
        test::WriteLock lock(*m_tdb, {QStringLiteral("staged_orders")});
        QVERIFY2(lock.error().isEmpty(), qPrintable(lock.error()));
        int ticks = 0;
        QTimer timer;
        connect(&timer, &QTimer::timeout, this, [&ticks] { ++ticks; });
        timer.start(10);

        page.findChild<QPushButton*>(QStringLiteral("retryButton"))->click(); // returns at once
        QVERIFY(page.isBusy());
        // The window's event loop goes on while the retry waits for the lock...
        QTRY_VERIFY(ticks >= 30);
        QVERIFY(page.isBusy());
        QVERIFY(message->text().isEmpty());
        // ... and the page answers: the filter still filters.
        QTest::keyClicks(page.findChild<QLineEdit*>(QStringLiteral("orderFilterEdit")),
                         QStringLiteral("1003"));
        QCOMPARE(table->model()->rowCount(), 1);

        lock.release();
        QTRY_COMPARE_WITH_TIMEOUT(
            message->text(), QStringLiteral("Order 1003 will be tried again on the next import."), 15000);
        QTRY_VERIFY(!page.isBusy());
        QCOMPARE(stored(QStringLiteral("1003")).attempts, 0);
    }

    // Several orders selected with Ctrl+click: Re-match and Retry act on each one still as shown, and
    // the page says how many were done, which had changed meanwhile and which the action does not take.
    void multiSelectRematchAndRetry() {
        QList<StagedOrder> orders{makeOrder(QStringLiteral("1101"), OrderStatus::Failed),
                                  makeOrder(QStringLiteral("1102"), OrderStatus::Failed),
                                  makeOrder(QStringLiteral("1103"), OrderStatus::Blocked),
                                  makeOrder(QStringLiteral("1104"), OrderStatus::Submitted),
                                  makeOrder(QStringLiteral("1105"), OrderStatus::Failed),
                                  makeOrder(QStringLiteral("1106"), OrderStatus::Failed)};
        QVERIFY(OrderRepository(*m_db).store(orders));
        for (StagedOrder& o : orders) {
            o.attempts = o.status == OrderStatus::Failed ? 5 : 0;
            QVERIFY(OrderRepository(*m_db).saveState(o));
        }
        OrdersPage page(*m_worker);
        page.resize(1280, 800);
        page.show();
        waitLoaded(page);
        auto* table = page.findChild<QTableView*>(QStringLiteral("orderTable"));
        auto* rematch = page.findChild<QPushButton*>(QStringLiteral("rematchButton"));
        auto* retry = page.findChild<QPushButton*>(QStringLiteral("retryButton"));
        auto* message = page.findChild<QLabel*>(QStringLiteral("orderMessageLabel"));
        QVERIFY(
            page.findChild<QPushButton*>(QStringLiteral("submitNowButton"))->isHidden()); // no import worker
        const auto click = [table](const QString& number, Qt::KeyboardModifiers modifiers = {}) {
            QTest::mouseClick(table->viewport(), Qt::LeftButton, modifiers,
                              table->visualRect(rowOf(table, number)).center());
        };

        click(QStringLiteral("1101"));
        click(QStringLiteral("1103"), Qt::ControlModifier);
        click(QStringLiteral("1104"), Qt::ControlModifier);
        QCOMPARE(table->selectionModel()->selectedRows().size(), 3);
        QVERIFY(rematch->isEnabled());
        QVERIFY(retry->isEnabled()); // 1101 failed
        QSignalSpy loaded(&page, &OrdersPage::loaded);
        rematch->click();
        QVERIFY(loaded.wait(10000));
        QCOMPARE(message->text(),
                 QStringLiteral("2 order(s) will be matched again on the next import. 1 selected "
                                "order(s) cannot be matched again (submitted or quarantined)."));
        QCOMPARE(toString(stored(QStringLiteral("1101")).status), QStringLiteral("new"));
        QCOMPARE(toString(stored(QStringLiteral("1103")).status), QStringLiteral("new"));
        QCOMPARE(toString(stored(QStringLiteral("1104")).status), QStringLiteral("submitted"));
        QCOMPARE(table->selectionModel()->selectedRows().size(), 3); // the selection survives the reload
        QVERIFY(!retry->isEnabled());                                // none of them failed now

        click(QStringLiteral("1102"));
        click(QStringLiteral("1105"), Qt::ControlModifier);
        click(QStringLiteral("1106"), Qt::ControlModifier);
        click(QStringLiteral("1101"), Qt::ControlModifier);
        { // another workstation submits 1106 while the page still shows it failed
            auto other = m_tdb->open();
            StagedOrder o = **OrderRepository(*other).find(QStringLiteral("web"), QStringLiteral("1106"));
            o.status = OrderStatus::Submitted;
            o.erpOrderNumber = QStringLiteral("SO-1106");
            QVERIFY(OrderRepository(*other).saveState(o));
        }
        retry->click();
        QVERIFY(loaded.wait(10000));
        QCOMPARE(message->text(),
                 QStringLiteral(
                     "2 failed order(s) will be tried again on the next import. 1 order(s) had changed "
                     "meanwhile and were left as they are: 1106 (now submitted). 1 selected order(s) did "
                     "not fail and were left as they are."));
        QCOMPARE(stored(QStringLiteral("1102")).attempts, 0);
        QCOMPARE(stored(QStringLiteral("1105")).attempts, 0);
        QCOMPARE(toString(stored(QStringLiteral("1105")).status), QStringLiteral("failed"));
        QCOMPARE(toString(stored(QStringLiteral("1106")).status), QStringLiteral("submitted"));
        QCOMPARE(stored(QStringLiteral("1106")).attempts, 5);

        // The message holds while its orders stay as they are (Refresh reads them again) ...
        const QString said = message->text();
        page.reload();
        QVERIFY(loaded.wait(10000));
        QCOMPARE(message->text(), said);
        { // ... and is withdrawn once one has moved on: another workstation's import submits 1102
            auto other = m_tdb->open();
            StagedOrder o = **OrderRepository(*other).find(QStringLiteral("web"), QStringLiteral("1102"));
            o.status = OrderStatus::Submitted;
            o.erpOrderNumber = QStringLiteral("SO-1102");
            QVERIFY(OrderRepository(*other).saveState(o));
        }
        page.reload();
        QVERIFY(loaded.wait(10000));
        QCOMPARE(message->text(), QString());
    }
};

QTEST_MAIN(TestOrdersPage)
#include "tst_orderspage.moc"
