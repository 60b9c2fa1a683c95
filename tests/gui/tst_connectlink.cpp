#include "config/profile.h"
#include "domain/matchtrace.h"
#include "erp/erpclient.h"
#include "store/auditlog.h"
#include "store/customerrepository.h"
#include "store/linkrepository.h"
#include "store/orderrepository.h"
#include "store/settingsstore.h"
#include "testcustomers.h"
#include "ui/customers/connectlinkdialog.h"
#include "ui/customers/customerspage.h"
#include "ui/customers/customertablemodel.h"
#include "ui/mainwindow.h"
#include "windowtest.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QThread>
#include <QTimer>
#include <QTreeWidget>

#include <atomic>

using namespace linkdesk;

namespace {

// An ERP that answers from a fixed list, asynchronously, on its own thread, and counts calls that
// arrive on any other thread (the dialog must never call it directly from the GUI thread).
class FakeErp final : public ErpClient {
public:
    QList<ErpCustomer> customers; // set before the client moves to its thread, read-only after
    std::atomic_int calls = 0;
    std::atomic_int wrongThreadCalls = 0;

    QString systemName() const override { return QStringLiteral("fake"); }
    void findCustomers(const CustomerSearch& search, Callback<QList<ErpCustomer>> done) override {
        called();
        QList<ErpCustomer> found;
        for (const ErpCustomer& c : customers) // as the real clients filter: e-mail and match fields
            if (search.matches(c))
                found.append(c);
        QTimer::singleShot(0, this, [done, found] { done(found); });
    }
    void customer(const QString& number, Callback<std::optional<ErpCustomer>> done) override {
        called();
        std::optional<ErpCustomer> found;
        for (const ErpCustomer& c : customers)
            if (c.number == number)
                found = c;
        QTimer::singleShot(0, this, [done, found] { done(found); });
    }
    // Numbers starting with the text, then names containing it; a page is an offset.
    void searchCustomers(const ErpSearch& search, Callback<ErpSearchPage<ErpCustomer>> done) override {
        called();
        QList<ErpCustomer> byNumber;
        QList<ErpCustomer> byName;
        for (const ErpCustomer& c : customers) {
            if (c.number.startsWith(search.text, Qt::CaseInsensitive))
                byNumber.append(c);
            else if (c.name.contains(search.text, Qt::CaseInsensitive))
                byName.append(c);
        }
        const int offset = search.page.toInt();
        ErpSearchPage<ErpCustomer> page;
        page.rows = (byNumber + byName).mid(offset, search.pageSize);
        if (offset + search.pageSize < byNumber.size() + byName.size())
            page.next = QString::number(offset + search.pageSize);
        QTimer::singleShot(0, this, [done, page] { done(page); });
    }
    void itemExists(const QString&, Callback<bool> done) override { unsupported(done); }
    void createCustomer(const ErpCustomer&, const QJsonObject&, Callback<ErpCustomer> done) override {
        unsupported(done);
    }
    void findSalesOrder(const QString&, Callback<std::optional<ErpSalesOrder>> done) override {
        unsupported(done);
    }
    void submitSalesOrder(const ErpSalesOrder&, Callback<ErpSalesOrder> done) override { unsupported(done); }
    void prices(const QString&, const QList<ErpOrderLine>&, Callback<QList<ErpPrice>> done) override {
        unsupported(done);
    }

private:
    void called() {
        ++calls;
        if (QThread::currentThread() != thread())
            ++wrongThreadCalls;
    }
    template <typename T>
    void unsupported(Callback<T> done) {
        called();
        QTimer::singleShot(0, this, [done] { done(fail(QStringLiteral("not supported by the fake"))); });
    }
};

ErpCustomer erpCustomer(const QString& number, const QString& name, const QString& email) {
    return test::erpCustomer(number, name, email, QStringLiteral("EUR"), QStringLiteral("NL"));
}

} // namespace

class TestConnectLink : public test::WindowTest {
    Q_OBJECT
    QList<ShopCustomer> m_customers;
    QThread m_erpThread;
    FakeErp* m_erp = nullptr;

    // Filters the page down to one customer and opens Connect Link on its row with Enter.
    ConnectLinkDialog* openByFilter(MainWindow& window, const QString& email) {
        auto* filter = window.findChild<QLineEdit*>(QStringLiteral("filterEdit"));
        auto* table = window.findChild<QTableView*>(QStringLiteral("customerTable"));
        if (!filter || !table)
            return nullptr;
        filter->clear();
        QTest::keyClicks(filter, email);
        if (!QTest::qWaitFor([&] {
                return table->model()->rowCount() == 1 &&
                       table->model()->index(0, CustomerTableModel::Email).data().toString() == email;
            }))
            return nullptr;
        table->setFocus();
        table->setCurrentIndex(table->model()->index(0, CustomerTableModel::Email));
        QTest::keyClick(table, Qt::Key_Return);
        ConnectLinkDialog* dialog = window.customersPage()->connectLinkDialog();
        if (!dialog || !QTest::qWaitFor([&] { return dialog->isLoaded(); }))
            return nullptr;
        return dialog;
    }

    QString cell(MainWindow& window, int column) {
        auto* table = window.findChild<QTableView*>(QStringLiteral("customerTable"));
        return table->model()->index(0, column).data().toString();
    }

private slots:
    void initTestCase() {
        LINKDESK_REQUIRE_ENGINE();
        QVERIFY(openWindowDatabase(QStringLiteral("anna")));
        m_customers = test::buyers(450, {QStringLiteral("Acme Print")});
        QVERIFY(CustomerRepository(*m_db).upsertAll(m_customers));

        m_erp = new FakeErp;
        m_erp->customers = {erpCustomer(QStringLiteral("C00300"), QStringLiteral("Buyer Five BV"),
                                        QStringLiteral("buyer0005@example.com")),
                            erpCustomer(QStringLiteral("C00301"), QStringLiteral("Buyer Five Trading"),
                                        QStringLiteral("BUYER0005@example.com")),
                            erpCustomer(QStringLiteral("C00500"), QStringLiteral("Somebody Else Ltd"),
                                        QStringLiteral("else@example.com")),
                            erpCustomer(QStringLiteral("C00600"), QStringLiteral("Sixty Europe"),
                                        QStringLiteral("buyer0060@example.com")),
                            test::erpCustomer(QStringLiteral("C00601"), QStringLiteral("Sixty UK"),
                                              QStringLiteral("buyer0060@example.com"))};
        for (int i = 0; i < 30; ++i) // more than a page of the search by name
            m_erp->customers.append(erpCustomer(QStringLiteral("C009%1").arg(i, 2, 10, QLatin1Char('0')),
                                                QStringLiteral("Bulk Buyer %1").arg(i),
                                                QStringLiteral("bulk%1@example.com").arg(i)));
        m_erp->moveToThread(&m_erpThread);
        m_erpThread.start();
    }

    void cleanupTestCase() {
        m_erpThread.quit();
        m_erpThread.wait();
        delete m_erp;
    }

    void filterAndOpenWithEnter() {
        MainWindow window(*m_db, m_profile);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        ConnectLinkDialog* dialog = openByFilter(window, QStringLiteral("buyer0010@example.com"));
        QVERIFY(dialog);
        QCOMPARE(dialog->customerId(), m_customers[9].id);
        QVERIFY(
            child<QLabel>(dialog, "customerLabel")->text().contains(QLatin1String("buyer0010@example.com")));
        QCOMPARE(child<QLabel>(dialog, "externalIdLabel")->text(), QStringLiteral("Not linked"));
        QVERIFY(
            child<QLabel>(dialog, "erpDetailsLabel")->text().contains(QLatin1String("No ERP connection")));
        QVERIFY(!child<QPushButton>(dialog, "searchButton")->isEnabled());
        QVERIFY(!child<QPushButton>(dialog, "clearButton")->isEnabled());
        QVERIFY(!child<QPushButton>(dialog, "undoButton")->isEnabled());
        QCOMPARE(child<QLabel>(dialog, "traceOrderLabel")->text(),
                 QStringLiteral("No staged order for this customer yet."));
    }

    void doubleClickOpens() {
        MainWindow window(*m_db, m_profile);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto* table = window.findChild<QTableView*>(QStringLiteral("customerTable"));
        QTRY_COMPARE(table->model()->index(2, CustomerTableModel::Email).data().toString(),
                     QStringLiteral("buyer0003@example.com"));
        const QRect rect = table->visualRect(table->model()->index(2, CustomerTableModel::Email));
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, rect.center());
        QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, rect.center());
        QTRY_VERIFY(window.customersPage()->connectLinkDialog());
        QCOMPARE(window.customersPage()->connectLinkDialog()->customerId(), m_customers[2].id);
    }

    void linkTypedNumberAuditsAndUpdatesTable() {
        MainWindow window(*m_db, m_profile);
        window.show();
        ConnectLinkDialog* dialog = openByFilter(window, QStringLiteral("buyer0020@example.com"));
        QVERIFY(dialog);
        QSignalSpy changed(dialog, &ConnectLinkDialog::linkChanged);
        QTest::keyClicks(child<QLineEdit>(dialog, "erpNumberEdit"), QStringLiteral("C00077"));
        QTest::keyClicks(child<QLineEdit>(dialog, "reasonEdit"), QStringLiteral("customer phoned"));
        QTest::mouseClick(child<QPushButton>(dialog, "linkButton"), Qt::LeftButton);
        QVERIFY(changed.wait());

        auto link = LinkRepository(*m_db).get(m_customers[19].id);
        QVERIFY(link);
        QCOMPARE(link->erpCustomerNumber, QStringLiteral("C00077"));
        QVERIFY(link->source == LinkSource::Manual);
        QCOMPARE(link->setBy, QStringLiteral("anna"));
        auto audit = AuditLog(*m_db).list(QStringLiteral("link"), QStringLiteral("web/20"));
        QVERIFY(audit);
        QVERIFY(!audit->isEmpty());
        QCOMPARE(audit->first().oldValue, QStringLiteral("(none)"));
        QCOMPARE(audit->first().newValue, QStringLiteral("C00077 (manual); reason: customer phoned"));
        QCOMPARE(audit->first().who, QStringLiteral("anna"));

        QVERIFY(child<QLabel>(dialog, "externalIdLabel")->text().startsWith(QLatin1String("C00077")));
        QVERIFY(child<QLabel>(dialog, "setByLabel")->text().startsWith(QLatin1String("anna at ")));
        QVERIFY(child<QPushButton>(dialog, "clearButton")->isEnabled());
        QVERIFY(child<QPushButton>(dialog, "undoButton")->isEnabled());
        QVERIFY(child<QLineEdit>(dialog, "reasonEdit")->text().isEmpty());
        // The table reads the row again.
        QTRY_COMPARE(cell(window, CustomerTableModel::ErpNumber), QStringLiteral("C00077"));
        QCOMPARE(cell(window, CustomerTableModel::Status), QStringLiteral("Linked"));
        QCOMPARE(cell(window, CustomerTableModel::Source), QStringLiteral("manual"));
    }

    void conflictingEditIsRefusedAndKept() {
        MainWindow window(*m_db, m_profile);
        window.show();
        ConnectLinkDialog* dialog = openByFilter(window, QStringLiteral("buyer0030@example.com"));
        QVERIFY(dialog);
        QCOMPARE(dialog->link().rowVersion, 0);

        // Someone else, on another connection, links the customer while the dialog is open.
        std::unique_ptr<Database> other = m_tdb->open();
        QVERIFY(other);
        other->setActor(QStringLiteral("bert"));
        QVERIFY(LinkRepository(*other).set(m_customers[29].id, QStringLiteral("C00099"),
                                           QStringLiteral("Bert's pick"), LinkSource::Manual, 0));

        QSignalSpy changed(dialog, &ConnectLinkDialog::linkChanged);
        QSignalSpy reloaded(dialog, &ConnectLinkDialog::loaded);
        QTest::keyClicks(child<QLineEdit>(dialog, "erpNumberEdit"), QStringLiteral("C00100"));
        QTest::keyClicks(child<QLineEdit>(dialog, "reasonEdit"), QStringLiteral("moved to the group card"));
        QTest::mouseClick(child<QPushButton>(dialog, "linkButton"), Qt::LeftButton);
        QVERIFY(reloaded.wait());
        QCOMPARE(changed.count(), 0);
        const QString message = child<QLabel>(dialog, "messageLabel")->text();
        QVERIFY2(message.contains(QLatin1String("Not saved")), qPrintable(message));
        QVERIFY2(message.contains(QLatin1String("bert")), qPrintable(message));
        QVERIFY2(message.contains(QLatin1String("C00099")), qPrintable(message));

        // Bert's change is kept, and the dialog now shows it.
        auto link = LinkRepository(*m_db).get(m_customers[29].id);
        QVERIFY(link);
        QCOMPARE(link->erpCustomerNumber, QStringLiteral("C00099"));
        QCOMPARE(link->setBy, QStringLiteral("bert"));
        QVERIFY(child<QLabel>(dialog, "externalIdLabel")->text().startsWith(QLatin1String("C00099")));
        QVERIFY(child<QLabel>(dialog, "setByLabel")->text().startsWith(QLatin1String("bert at ")));
        QCOMPARE(dialog->link().rowVersion, 1);
        if (const QString shots = qEnvironmentVariable("LINKDESK_SCREENSHOT_DIR"); !shots.isEmpty()) {
            QCoreApplication::processEvents(); // lay the message out
            QVERIFY(dialog->grab().save(QDir(shots).filePath(QStringLiteral("connect-link-conflict.png"))));
        }

        // Saving again now works, over Bert's version.
        QTest::mouseClick(child<QPushButton>(dialog, "linkButton"), Qt::LeftButton);
        QVERIFY(changed.wait());
        QCOMPARE(LinkRepository(*m_db).get(m_customers[29].id)->erpCustomerNumber, QStringLiteral("C00100"));
    }

    void undoRestoresThePreviousLink() {
        QVERIFY(LinkRepository(*m_db).set(m_customers[39].id, QStringLiteral("C00040"),
                                          QStringLiteral("Forty BV"), LinkSource::Email, 0));
        MainWindow window(*m_db, m_profile);
        window.show();
        ConnectLinkDialog* dialog = openByFilter(window, QStringLiteral("buyer0040@example.com"));
        QVERIFY(dialog);
        QSignalSpy changed(dialog, &ConnectLinkDialog::linkChanged);
        // A manual change needs a reason.
        QTest::mouseClick(child<QPushButton>(dialog, "clearButton"), Qt::LeftButton);
        QVERIFY(child<QLabel>(dialog, "messageLabel")->text().contains(QLatin1String("reason")));
        QCOMPARE(changed.count(), 0);
        QTest::keyClicks(child<QLineEdit>(dialog, "reasonEdit"), QStringLiteral("card closed"));
        QTest::mouseClick(child<QPushButton>(dialog, "clearButton"), Qt::LeftButton);
        QVERIFY(changed.wait());
        QCOMPARE(child<QLabel>(dialog, "externalIdLabel")->text(), QStringLiteral("Not linked"));
        QTRY_COMPARE(cell(window, CustomerTableModel::Status), QStringLiteral("Not linked"));

        QTest::mouseClick(child<QPushButton>(dialog, "undoButton"), Qt::LeftButton);
        QVERIFY(changed.wait());
        auto link = LinkRepository(*m_db).get(m_customers[39].id);
        QCOMPARE(link->erpCustomerNumber, QStringLiteral("C00040"));
        QCOMPARE(link->erpCustomerName, QStringLiteral("Forty BV"));
        QVERIFY(link->source == LinkSource::Email);
        QCOMPARE(link->rowVersion, 3);
        QVERIFY(!child<QPushButton>(dialog, "undoButton")->isEnabled());
        auto audit = AuditLog(*m_db).list(QStringLiteral("link"), QStringLiteral("web/40"));
        QCOMPARE(audit->size(), 3);
        QCOMPARE(audit->at(0).newValue, QStringLiteral("C00040 (email); reason: undo of the last change"));
        QCOMPARE(audit->at(1).newValue, QStringLiteral("(cleared); reason: card closed"));
        QTRY_COMPARE(cell(window, CustomerTableModel::ErpNumber), QStringLiteral("C00040"));
    }

    // Linking by hand to a card another shop customer is linked to already asks first.
    void linkingACardLinkedElsewhereAsksFirst() {
        QVERIFY(LinkRepository(*m_db).set(m_customers[80].id, QStringLiteral("C00300"), QString(),
                                          LinkSource::Email, 0));
        MainWindow window(*m_db, m_profile);
        window.customersPage()->setErpClient(m_erp);
        window.show();
        ConnectLinkDialog* dialog = openByFilter(window, QStringLiteral("buyer0082@example.com"));
        QVERIFY(dialog);
        QSignalSpy changed(dialog, &ConnectLinkDialog::linkChanged);
        QTest::keyClicks(child<QLineEdit>(dialog, "erpNumberEdit"), QStringLiteral("C00300"));
        QTest::keyClicks(child<QLineEdit>(dialog, "reasonEdit"), QStringLiteral("same company"));
        QTest::mouseClick(child<QPushButton>(dialog, "linkButton"), Qt::LeftButton);
        QMessageBox* box = nullptr;
        QTRY_VERIFY((box = dialog->findChild<QMessageBox*>(QStringLiteral("confirmLinkBox"))));
        QVERIFY2(box->text().contains(QLatin1String("linked already")), qPrintable(box->text()));
        QVERIFY2(box->text().contains(QLatin1String("buyer0081@example.com")), qPrintable(box->text()));
        QTest::mouseClick(box->button(QMessageBox::Yes), Qt::LeftButton);
        QVERIFY(changed.wait());
        QCOMPARE(LinkRepository(*m_db).get(m_customers[81].id)->erpCustomerNumber, QStringLiteral("C00300"));
    }

    void erpSearchRunsOnTheErpThread() {
        QVERIFY(LinkRepository(*m_db).set(m_customers[4].id, QStringLiteral("C00300"), QString(),
                                          LinkSource::Email, 0));
        MainWindow window(*m_db, m_profile);
        window.customersPage()->setErpClient(m_erp);
        window.show();
        ConnectLinkDialog* dialog = openByFilter(window, QStringLiteral("buyer0005@example.com"));
        QVERIFY(dialog);
        auto* details = child<QLabel>(dialog, "erpDetailsLabel");
        QTRY_VERIFY2(details->text().contains(QLatin1String("Buyer Five BV")), qPrintable(details->text()));
        QVERIFY(details->text().contains(QLatin1String("EUR")));

        // By e-mail: the search box starts with the customer's address.
        auto* search = child<QLineEdit>(dialog, "searchEdit");
        auto* candidates = child<QTreeWidget>(dialog, "candidateList");
        QCOMPARE(search->text(), QStringLiteral("buyer0005@example.com"));
        QSignalSpy searched(dialog, &ConnectLinkDialog::searchFinished);
        QTest::mouseClick(child<QPushButton>(dialog, "searchButton"), Qt::LeftButton);
        QVERIFY(searched.wait());
        QCOMPARE(candidates->topLevelItemCount(), 2);
        QCOMPARE(candidates->topLevelItem(0)->text(0), QStringLiteral("C00300"));
        QVERIFY(
            candidates->topLevelItem(1)->text(3).contains(QLatin1String("e-mail is buyer0005@example.com")));

        // By number, with Enter in the search box.
        search->clear();
        QTest::keyClicks(search, QStringLiteral("C00500"));
        QTest::keyClick(search, Qt::Key_Return);
        QVERIFY(searched.wait());
        QCOMPARE(candidates->topLevelItemCount(), 1);
        QCOMPARE(candidates->topLevelItem(0)->text(3), QStringLiteral("customer number is C00500"));

        // By name, not minding case.
        search->clear();
        QTest::keyClicks(search, QStringLiteral("somebody else"));
        QTest::mouseClick(child<QPushButton>(dialog, "searchButton"), Qt::LeftButton);
        QVERIFY(searched.wait());
        QCOMPARE(candidates->topLevelItemCount(), 1);
        QCOMPARE(candidates->topLevelItem(0)->text(0), QStringLiteral("C00500"));
        QCOMPARE(candidates->topLevelItem(0)->text(3), QStringLiteral("name contains “somebody else”"));
        // A page at a time: More results lists the rest, after the first page.
        auto* more = child<QPushButton>(dialog, "moreCandidatesButton");
        QVERIFY(!more->isVisible());
        search->clear();
        QTest::keyClicks(search, QStringLiteral("bulk"));
        QTest::keyClick(search, Qt::Key_Return);
        QVERIFY(searched.wait());
        QCOMPARE(candidates->topLevelItemCount(), 25);
        QVERIFY(more->isVisible());
        QVERIFY(child<QLabel>(dialog, "searchStatusLabel")->text().contains(QLatin1String("there are more")));
        QTest::mouseClick(more, Qt::LeftButton);
        QVERIFY(searched.wait());
        QCOMPARE(candidates->topLevelItemCount(), 30);
        QCOMPARE(candidates->topLevelItem(29)->text(0), QStringLiteral("C00929"));
        QVERIFY(!more->isVisible());

        // Picking a candidate fills the number; Link takes its name too.
        search->clear();
        QTest::keyClicks(search, QStringLiteral("buyer0005@example.com"));
        QTest::keyClick(search, Qt::Key_Return);
        QVERIFY(searched.wait());
        candidates->setCurrentItem(candidates->topLevelItem(1));
        QCOMPARE(child<QLineEdit>(dialog, "erpNumberEdit")->text(), QStringLiteral("C00301"));
        QSignalSpy changed(dialog, &ConnectLinkDialog::linkChanged);
        // A double-click picks; it does not link.
        const QRect second = candidates->visualItemRect(candidates->topLevelItem(0));
        QTest::mouseDClick(candidates->viewport(), Qt::LeftButton, {}, second.center());
        QCOMPARE(child<QLineEdit>(dialog, "erpNumberEdit")->text(), QStringLiteral("C00300"));
        QCOMPARE(changed.count(), 0);
        candidates->setCurrentItem(candidates->topLevelItem(1));
        QTest::keyClicks(child<QLineEdit>(dialog, "reasonEdit"), QStringLiteral("trading card"));
        QTest::mouseClick(child<QPushButton>(dialog, "linkButton"), Qt::LeftButton);
        QVERIFY(changed.wait());
        auto link = LinkRepository(*m_db).get(m_customers[4].id);
        QCOMPARE(link->erpCustomerNumber, QStringLiteral("C00301"));
        QCOMPARE(link->erpCustomerName, QStringLiteral("Buyer Five Trading"));
        QTRY_VERIFY(details->text().contains(QLatin1String("Buyer Five Trading")));

        // A typed number is checked with the ERP first: an unknown one is refused.
        auto* number = child<QLineEdit>(dialog, "erpNumberEdit");
        number->setText(QStringLiteral("C09999"));
        QTest::keyClicks(child<QLineEdit>(dialog, "reasonEdit"), QStringLiteral("phoned"));
        QTest::mouseClick(child<QPushButton>(dialog, "linkButton"), Qt::LeftButton);
        QTRY_VERIFY(
            child<QLabel>(dialog, "messageLabel")->text().contains(QLatin1String("no customer C09999")));
        QCOMPARE(LinkRepository(*m_db).get(m_customers[4].id)->erpCustomerNumber, QStringLiteral("C00301"));
        // A known one is linked with the name the ERP has.
        // Its e-mail differs from the shop customer's: asked first; No leaves the link, Yes links.
        number->setText(QStringLiteral("C00500"));
        QTest::keyClick(number, Qt::Key_Return);
        QMessageBox* box = nullptr;
        QTRY_VERIFY((box = dialog->findChild<QMessageBox*>(QStringLiteral("confirmLinkBox"))));
        QVERIFY2(box->text().contains(QLatin1String("else@example.com")), qPrintable(box->text()));
        QTest::mouseClick(box->button(QMessageBox::No), Qt::LeftButton);
        QTRY_VERIFY(!dialog->findChild<QMessageBox*>(QStringLiteral("confirmLinkBox")));
        QCOMPARE(LinkRepository(*m_db).get(m_customers[4].id)->erpCustomerNumber, QStringLiteral("C00301"));
        QTest::keyClick(number, Qt::Key_Return);
        QTRY_VERIFY((box = dialog->findChild<QMessageBox*>(QStringLiteral("confirmLinkBox"))));
        QTest::mouseClick(box->button(QMessageBox::Yes), Qt::LeftButton);
        QVERIFY(changed.wait());
        link = LinkRepository(*m_db).get(m_customers[4].id);
        QCOMPARE(link->erpCustomerNumber, QStringLiteral("C00500"));
        QCOMPARE(link->erpCustomerName, QStringLiteral("Somebody Else Ltd"));
        QVERIFY(dialog->isVisible());

        QVERIFY(m_erp->calls > 0);
        QCOMPARE(m_erp->wrongThreadCalls.load(), 0);

        const QString shots = qEnvironmentVariable("LINKDESK_SCREENSHOT_DIR");
        if (!shots.isEmpty())
            QVERIFY(dialog->grab().save(QDir(shots).filePath(QStringLiteral("connect-link.png"))));
    }

    // The search is the matcher's (its match fields: only the card in the customer's currency), and
    // linking puts the customer's orders that wait for review or failed back in the queue.
    void searchAgreesWithTheMatcherAndLinkingRequeues() {
        QVERIFY(SettingsStore(*m_db).set(QStringLiteral("match_fields"), QStringLiteral("currency_code"),
                                         QStringLiteral("web")));
        ShopCustomer& sixty = m_customers[59];
        sixty.currency = QStringLiteral("EUR");
        QVERIFY(CustomerRepository(*m_db).upsert(sixty));
        QList<StagedOrder> orders;
        for (const char* number : {"6001", "6002", "6003"}) {
            StagedOrder o;
            o.shopCode = QStringLiteral("web");
            o.orderNumber = o.shopOrderId = QLatin1String(number);
            o.currency = QStringLiteral("EUR");
            o.modifiedAt = QDateTime::currentDateTimeUtc();
            o.customer = sixty;
            o.rawPayload = "{}";
            orders.append(o);
        }
        QVERIFY(OrderRepository(*m_db).store(orders));
        const QList<OrderStatus> before{OrderStatus::NeedsReview, OrderStatus::Failed,
                                        OrderStatus::Submitted};
        for (int i = 0; i < 3; ++i) {
            orders[i].status = before[i];
            if (before[i] == OrderStatus::Submitted)
                orders[i].erpOrderNumber = QStringLiteral("SO-1");
            QVERIFY(OrderRepository(*m_db).saveState(orders[i]));
        }

        MainWindow window(*m_db, m_profile);
        window.customersPage()->setErpClient(m_erp);
        window.show();
        ConnectLinkDialog* dialog = openByFilter(window, QStringLiteral("buyer0060@example.com"));
        QVERIFY(dialog);
        QSignalSpy searched(dialog, &ConnectLinkDialog::searchFinished);
        QTest::mouseClick(child<QPushButton>(dialog, "searchButton"), Qt::LeftButton);
        QVERIFY(searched.wait());
        auto* candidates = child<QTreeWidget>(dialog, "candidateList");
        QCOMPARE(candidates->topLevelItemCount(), 1);
        QCOMPARE(candidates->topLevelItem(0)->text(0), QStringLiteral("C00600"));
        QVERIFY(
            child<QLabel>(dialog, "searchStatusLabel")->text().contains(QLatin1String("with currency EUR")));

        candidates->setCurrentItem(candidates->topLevelItem(0));
        QTest::keyClicks(child<QLineEdit>(dialog, "reasonEdit"), QStringLiteral("the European card"));
        QSignalSpy changed(dialog, &ConnectLinkDialog::linkChanged);
        QTest::mouseClick(child<QPushButton>(dialog, "linkButton"), Qt::LeftButton);
        QVERIFY(changed.wait());
        QVERIFY2(child<QLabel>(dialog, "messageLabel")->text().contains(QLatin1String("matched again")),
                 qPrintable(child<QLabel>(dialog, "messageLabel")->text()));
        for (int i = 0; i < 3; ++i) {
            auto now = OrderRepository(*m_db).get(orders[i].id);
            QVERIFY(now && *now);
            QCOMPARE(toString((*now)->status), toString(i < 2 ? OrderStatus::New : OrderStatus::Submitted));
        }
    }

    void showsTheLatestOrdersTrace() {
        StagedOrder order;
        order.shopCode = QStringLiteral("web");
        order.orderNumber = QStringLiteral("1001");
        order.shopOrderId = QStringLiteral("1001");
        order.currency = QStringLiteral("EUR");
        order.modifiedAt = QDateTime::currentDateTimeUtc();
        order.customer = m_customers[49];
        order.rawPayload = "{}";
        QList<StagedOrder> orders{order};
        QVERIFY(OrderRepository(*m_db).store(orders));
        MatchTrace trace;
        trace.append(MatchTrace::Step{QStringLiteral("email"), QStringLiteral("buyer0050@example.com"),
                                      QStringLiteral("1 customer"), QStringLiteral("Linked"),
                                      QStringLiteral("Found one ERP customer with this e-mail.")});
        orders[0].matchTrace = trace.toJson();
        orders[0].status = OrderStatus::Matched;
        orders[0].erpCustomerNumber = QStringLiteral("C00050");
        QVERIFY(OrderRepository(*m_db).saveState(orders[0]));

        MainWindow window(*m_db, m_profile);
        window.show();
        ConnectLinkDialog* dialog = openByFilter(window, QStringLiteral("buyer0050@example.com"));
        QVERIFY(dialog);
        QVERIFY(child<QLabel>(dialog, "traceOrderLabel")->text().contains(QLatin1String("1001")));
        QCOMPARE(child<QPlainTextEdit>(dialog, "traceView")->toPlainText(),
                 QStringLiteral("Found one ERP customer with this e-mail."));
    }
};

QTEST_MAIN(TestConnectLink)
#include "tst_connectlink.moc"
