#pragma once

// What the tests of Connect Link (tst_connectlink, tst_connectlinksearch) share: a window database
// with 450 shop customers, an ERP that answers from a fixed list on its own thread, and opening the
// dialog on a customer's row. Each test lists it in its SOURCES (for moc); not in the support
// library, as it needs linkdesk_ui.
#include "erp/erpclient.h"
#include "store/customerrepository.h"
#include "testcustomers.h"
#include "ui/customers/connectlinkdialog.h"
#include "ui/customers/customerspage.h"
#include "ui/customers/customertablemodel.h"
#include "ui/mainwindow.h"
#include "windowtest.h"

#include <QLineEdit>
#include <QTableView>
#include <QTest>
#include <QThread>
#include <QTimer>

#include <atomic>

namespace linkdesk::test {

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

// The tests' base, with their initTestCase().
class ConnectLinkTest : public WindowTest {
    Q_OBJECT

private slots:
    // The database with the customers (anna makes the changes) and the ERP's customers, the ERP on
    // its thread.
    void initTestCase() {
        LINKDESK_REQUIRE_ENGINE();
        QVERIFY(openWindowDatabase(QStringLiteral("anna")));
        m_customers = test::buyers(450, {QStringLiteral("Acme Print")});
        QVERIFY(CustomerRepository(*m_db).upsertAll(m_customers));

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
        m_erp.start();
    }

protected:
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

    static ErpCustomer erpCustomer(const QString& number, const QString& name, const QString& email) {
        return test::erpCustomer(number, name, email, QStringLiteral("EUR"), QStringLiteral("NL"));
    }

    QList<ShopCustomer> m_customers;
    OnOwnThread<FakeErp> m_erp;
};

} // namespace linkdesk::test
