#include "connectlinktest.h"
#include "domain/matchtrace.h"
#include "store/auditlog.h"
#include "store/linkrepository.h"
#include "store/orderrepository.h"

#include <QDir>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>

using namespace linkdesk;

// Connect Link opened on a customer: linking by number, conflicts, undo, the latest order's trace.
class TestConnectLink : public test::ConnectLinkTest {
    Q_OBJECT

private slots:
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
        window.customersPage()->setErpClient(m_erp.get());
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
