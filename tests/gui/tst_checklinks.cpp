// Issue 14, item 8 in the window, against a real linkdesk-sandbox over HTTP: Check links on the
// Customers page runs the link check on the worker with its progress under the table and a Cancel;
// the links whose Business Central customer was deleted, blocked or given another e-mail then show
// under the stale filter, each with what to do in words, the sidebar counts them, and a link fixed
// in the ERP loses its mark on the next check.
#include "import/importworker.h"
#include "sandboxprocess.h"
#include "sandboxprofile.h"
#include "sandboxseed.h"
#include "store/customerrepository.h"
#include "store/linkrepository.h"
#include "ui/common/attentionpanel.h"
#include "ui/customers/connectlinkdialog.h"
#include "ui/customers/customerspage.h"
#include "ui/customers/customertablemodel.h"
#include "ui/mainwindow.h"
#include "windowtest.h"

#include <QComboBox>
#include <QJsonArray>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace linkdesk;

class TestCheckLinks : public test::WindowTest {
    Q_OBJECT
    SandboxProcess m_sandbox;

    struct Buyer {
        QString id;
        QString email;
        QString number;
    };
    const QList<Buyer> m_buyers{
        {QStringLiteral("41"), QStringLiteral("gone@acme.example"), QStringLiteral("C00041")},
        {QStringLiteral("42"), QStringLiteral("held@beacon.example"), QStringLiteral("C00042")},
        {QStringLiteral("43"), QStringLiteral("ann@cedar.example"), QStringLiteral("C00043")},
        {QStringLiteral("44"), QStringLiteral("max@dune.example"), QStringLiteral("C00044")}};

    // The Customers page's rows as they are now: ERP number -> the What to do cell.
    static QHash<QString, QString> whatToDo(const QTableView* table) {
        QHash<QString, QString> rows;
        const QAbstractItemModel* model = table->model();
        for (int r = 0; r < model->rowCount(); ++r)
            rows.insert(model->index(r, CustomerTableModel::ErpNumber).data().toString(),
                        model->index(r, CustomerTableModel::WhatToDo).data().toString());
        return rows;
    }

private slots:
    void initTestCase() {
        LINKDESK_REQUIRE_ENGINE();
        QVERIFY(openWindowDatabase(QStringLiteral("lena")));
        SandboxProcess::putSecrets();
        QJsonArray customers;
        for (const Buyer& b : m_buyers)
            customers.append(test::seedCustomer(b.number, QStringLiteral("Buyer %1").arg(b.id), b.email));
        const QJsonObject seed{
            {QStringLiteral("woocommerce"),
             QJsonObject{{QStringLiteral("consumer_key"), QStringLiteral("ck_demo")},
                         {QStringLiteral("consumer_secret"), QStringLiteral("cs_demo")},
                         {QStringLiteral("orders"), QJsonArray()}}},
            {QStringLiteral("erp"), QJsonObject{{QStringLiteral("customers"), customers}}}};
        QVERIFY2(m_sandbox.startWithSeed(seed), qPrintable(m_sandbox.error()));
        m_profile = test::sandboxProfile(m_sandbox.base(), m_tdb->url(), QStringLiteral("Web"));
        for (const Buyer& b : m_buyers) {
            ShopCustomer c;
            c.shopCode = QStringLiteral("web");
            c.shopCustomerId = b.id;
            c.email = b.email;
            c.firstName = QStringLiteral("Buyer");
            c.lastName = b.id;
            QVERIFY(CustomerRepository(*m_db).upsert(c));
            QVERIFY(LinkRepository(*m_db).set(c.id, b.number, QStringLiteral("Buyer %1").arg(b.id),
                                              LinkSource::Email, 0));
        }
    }

    void checkLinksShowsTheStaleOnesWithWhatToDo() {
        MainWindow window(*m_db, m_profile);
        window.resize(1280, 800);
        window.show();
        QVERIFY(window.showPage(QStringLiteral("Customers")));
        CustomersPage* page = window.customersPage();
        auto* table = child<QTableView>(page, "customerTable");
        QTRY_COMPARE(table->model()->rowCount(), 4);
        QVERIFY(m_sandbox.deleteCustomer(QStringLiteral("C00041")));
        QVERIFY(m_sandbox.updateCustomer(QStringLiteral("C00042"),
                                         {{QStringLiteral("blocked"), QStringLiteral("All")}}));
        QVERIFY(
            m_sandbox.updateCustomer(QStringLiteral("C00043"),
                                     {{QStringLiteral("email"), QStringLiteral("ann.smith@cedar.example")}}));

        auto* check = child<QPushButton>(page, "checkLinksButton");
        QVERIFY(check->isVisible() && check->isEnabled());
        QCOMPARE(check->text(), QStringLiteral("Chec&k links"));
        auto* bar = child<QProgressBar>(page, "linkCheckProgress");
        auto* message = child<QLabel>(page, "messageLabel");
        QSignalSpy finished(window.importWorker(), &ImportWorker::linkCheckFinished);

        // The ERP is slow: the check shows it is running, and Cancel stops it while it waits.
        QVERIFY(m_sandbox.setFaults({{QStringLiteral("hold"), QStringLiteral("^GET .*/customers$")}}));
        QTest::mouseClick(check, Qt::LeftButton);
        QTRY_VERIFY(bar->isVisible());
        QVERIFY(!check->isEnabled()); // one check at a time
        QTRY_VERIFY_WITH_TIMEOUT(m_sandbox.heldRequests() > 0, 30000);
        QTest::mouseClick(child<QPushButton>(page, "cancelLinkCheckButton"), Qt::LeftButton);
        QVERIFY(finished.wait(10000));
        QCOMPARE(message->text(),
                 QStringLiteral("Check links cancelled after 0 link(s); the marks written so far stay."));
        QVERIFY(!bar->isVisible());
        QVERIFY(m_sandbox.setFaults({{QStringLiteral("release"), true}}));
        QTRY_VERIFY(check->isEnabled());

        // Checked in full: the three links are marked and shown under the stale filter.
        finished.clear();
        QTest::mouseClick(check, Qt::LeftButton);
        QVERIFY(finished.wait(60000));
        QCOMPARE(finished.first().at(0).toBool(), true);
        QCOMPARE(message->text(), QStringLiteral("3 stale link(s) of 4 checked: each says what to do."));
        auto* status = child<QComboBox>(page, "statusFilter");
        QCOMPARE(status->currentData().toInt(), int(CustomerQuery::Status::Stale));
        QTRY_COMPARE(table->model()->rowCount(), 3);
        QTRY_COMPARE(whatToDo(table).size(), 3);
        const QHash<QString, QString> rows = whatToDo(table);
        QCOMPARE(
            rows.value(QStringLiteral("C00041")),
            QStringLiteral("C00041 (Buyer 41) is no longer in Business Central: choose another customer in "
                           "Connect Link or clear the link."));
        QVERIFY2(
            rows.value(QStringLiteral("C00042")).contains(QLatin1String("unblock it in Business Central")),
            qPrintable(rows.value(QStringLiteral("C00042"))));
        QVERIFY2(rows.value(QStringLiteral("C00043")).contains(QLatin1String("ann.smith@cedar.example")),
                 qPrintable(rows.value(QStringLiteral("C00043"))));
        QVERIFY(!rows.contains(QStringLiteral("C00044")));
        for (int r = 0; r < 3; ++r)
            QCOMPARE(table->model()->index(r, CustomerTableModel::Status).data().toString(),
                     QStringLiteral("Stale"));
        QVERIFY(!table->isColumnHidden(CustomerTableModel::WhatToDo));
        // The sidebar counts them.
        QTRY_COMPARE(window.attentionPanel()->countOf(AttentionPanel::Kind::StaleLinks), 3);

        // Connect Link on the blocked one says the same.
        for (int r = 0; r < 3; ++r)
            if (table->model()->index(r, CustomerTableModel::ErpNumber).data().toString() ==
                QLatin1String("C00042"))
                page->openCustomer(table->model()->index(r, CustomerTableModel::Email));
        QVERIFY(page->connectLinkDialog());
        auto* staleLabel = child<QLabel>(page->connectLinkDialog(), "staleLabel");
        QTRY_VERIFY(staleLabel->text().contains(QLatin1String("unblock it in Business Central")));
        page->connectLinkDialog()->close();

        // Someone unblocks C00042 in Business Central: the next check takes its mark off.
        QVERIFY(m_sandbox.updateCustomer(QStringLiteral("C00042"),
                                         {{QStringLiteral("blocked"), QStringLiteral(" ")}}));
        finished.clear();
        QTest::mouseClick(check, Qt::LeftButton);
        QVERIFY(finished.wait(60000));
        QCOMPARE(
            message->text(),
            QStringLiteral("2 stale link(s) of 4 checked: each says what to do. 1 stale mark(s) taken off."));
        QTRY_COMPARE(table->model()->rowCount(), 2);
        QTRY_VERIFY(!whatToDo(table).contains(QStringLiteral("C00042")));
        QTRY_COMPARE(window.attentionPanel()->countOf(AttentionPanel::Kind::StaleLinks), 2);
        auto link = LinkRepository(*m_db).get(
            CustomerRepository(*m_db).find(QStringLiteral("web"), QStringLiteral("42"))->value().id);
        QVERIFY(link && !link->stale && link->erpCustomerNumber == QLatin1String("C00042"));
    }
};

QTEST_MAIN(TestCheckLinks)
#include "tst_checklinks.moc"
