#include "connectlinktest.h"
#include "store/customerrepository.h"
#include "store/linkrepository.h"
#include "store/orderrepository.h"
#include "store/settingsstore.h"

#include <QDir>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTreeWidget>

using namespace linkdesk;

// Connect Link's search of the ERP's customers (on the ERP's thread, as the matcher searches)
// and linking a customer found.
class TestConnectLinkSearch : public test::ConnectLinkTest {
    Q_OBJECT

private slots:
    void erpSearchRunsOnTheErpThread() {
        QVERIFY(LinkRepository(*m_db).set(m_customers[4].id, QStringLiteral("C00300"), QString(),
                                          LinkSource::Email, 0));
        MainWindow window(*m_db, m_profile);
        window.customersPage()->setErpClient(m_erp.get());
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
        window.customersPage()->setErpClient(m_erp.get());
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
};

QTEST_MAIN(TestConnectLinkSearch)
#include "tst_connectlinksearch.moc"
