// The Relations page: contact relations listed with the shop customer's words, added, changed and
// removed through its dialogs, and written to and read back from CSV; on the engine under test.
#include "shoptablepagetest.h"
#include "store/catalogrepository.h"
#include "store/customerrepository.h"
#include "testcustomers.h"
#include "ui/common/databaseworker.h"
#include "ui/relations/relationcsv.h"
#include "ui/relations/relationmodel.h"
#include "ui/relations/relationspage.h"
#include "windowtest.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDialog>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace linkdesk;

class TestRelationsPage : public test::WindowTest {
    Q_OBJECT
    QTemporaryDir m_dir;
    const QStringList m_shops{QStringLiteral("web"), QStringLiteral("trade")};

    // Every relation as stored, read on a connection of its own: "shop/customer|erp|reason|set by".
    QString stored() {
        auto other = m_tdb->open();
        auto all = CatalogRepository(*other).contactRelations();
        QStringList rows;
        for (const ContactRelation& r : all ? *all : QList<ContactRelation>{})
            rows << QStringLiteral("%1/%2|%3|%4|%5")
                        .arg(r.shopCode, r.shopCustomerId, r.erpCustomerNumber, r.reason, r.setBy);
        return rows.join(QLatin1Char('\n'));
    }

    void clearRelations() {
        auto all = CatalogRepository(*m_db).contactRelations();
        QVERIFY(all);
        for (const ContactRelation& r : *all)
            QVERIFY(CatalogRepository(*m_db).removeContactRelation(r.shopCode, r.shopCustomerId));
    }

    void seed() {
        clearRelations();
        CatalogRepository catalog(*m_db);
        QVERIFY(catalog.setContactRelation({QStringLiteral("web"),
                                            QStringLiteral("17"),
                                            QStringLiteral("C00050"),
                                            QStringLiteral("Leeds office buys for the group"),
                                            {},
                                            {}}));
        QVERIFY(catalog.setContactRelation({QStringLiteral("trade"),
                                            QStringLiteral("99"),
                                            QStringLiteral("C00070"),
                                            QStringLiteral("invoiced to head office"),
                                            {},
                                            {}}));
    }

    static QDialog* openedDialog(QWidget& page) {
        return test::openedDialog(page, QStringLiteral("relationEditDialog"));
    }

private slots:
    void initTestCase() {
        LINKDESK_REQUIRE_ENGINE();
        QVERIFY(openWindowDatabase());
        ShopCustomer jo =
            test::shopCustomer(QStringLiteral("17"), QStringLiteral("jo@acme.example"), QStringLiteral("Jo"),
                               QStringLiteral("Bloggs"), QStringLiteral("Acme Leeds"), QString(), QString());
        jo.key = QStringLiteral("17");
        QVERIFY(CustomerRepository(*m_db).upsert(jo));
    }

    void init() { seed(); }

    void modelPassesTester() {
        RelationModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setRows(*CatalogRepository(*m_db).contactRelationRows());
        QCOMPARE(model.rowCount(), 2);
        model.setRows({});
        QCOMPARE(model.rowCount(), 0);
    }

    void listsWithTheCustomersWords() {
        RelationsPage page(*m_worker, m_shops);
        page.resize(1280, 800);
        page.show();
        test::waitLoaded(page);
        auto* table = page.findChild<QTableView*>(QStringLiteral("relationTable"));
        QCOMPARE(table->model()->rowCount(), 2);
        QCOMPARE(page.findChild<QLabel*>(QStringLiteral("relationCountLabel"))->text(),
                 QStringLiteral("2 relation(s)"));
        QStringList customers;
        for (int row = 0; row < 2; ++row)
            customers << table->model()->index(row, RelationModel::Customer).data().toString();
        customers.sort();
        // Linkdesk knows 17 from an order; 99 has never ordered.
        QCOMPARE(customers, (QStringList{QStringLiteral("17 — Jo Bloggs, Acme Leeds <jo@acme.example>"),
                                         QStringLiteral("99")}));

        auto* shop = page.findChild<QComboBox*>(QStringLiteral("relationShopFilter"));
        QSignalSpy loaded(&page, &RelationsPage::loaded);
        shop->setCurrentIndex(shop->findData(QStringLiteral("web")));
        QVERIFY(loaded.wait(10000));
        QCOMPARE(table->model()->rowCount(), 1);
        QCOMPARE(table->model()->index(0, RelationModel::ErpCustomer).data().toString(),
                 QStringLiteral("C00050"));
        QCOMPARE(table->model()->index(0, RelationModel::Reason).data().toString(),
                 QStringLiteral("Leeds office buys for the group"));
        QCOMPARE(table->model()->index(0, RelationModel::SetBy).data().toString(), QStringLiteral("tester"));
        QVERIFY(!table->model()->index(0, RelationModel::SetAt).data().toString().isEmpty());
        shop->setCurrentIndex(0);
        QVERIFY(loaded.wait(10000));
        QTest::keyClicks(page.findChild<QLineEdit*>(QStringLiteral("relationFilterEdit")),
                         QStringLiteral("head office"));
        QCOMPARE(table->model()->rowCount(), 1);
        QCOMPARE(table->model()->index(0, RelationModel::Shop).data().toString(), QStringLiteral("trade"));
        if (qEnvironmentVariableIsSet("LINKDESK_GUI_SHOTS")) {
            page.findChild<QLineEdit*>(QStringLiteral("relationFilterEdit"))->clear();
            QCoreApplication::sendPostedEvents();
            page.grab().save(
                QDir(qEnvironmentVariable("LINKDESK_GUI_SHOTS")).filePath(QStringLiteral("relations.png")));
        }
    }

    void addEditRemoveThroughDialogs() {
        RelationsPage page(*m_worker, m_shops);
        page.show();
        test::waitLoaded(page);
        auto* table = page.findChild<QTableView*>(QStringLiteral("relationTable"));
        auto* edit = page.findChild<QPushButton*>(QStringLiteral("editRelationButton"));
        QVERIFY(!edit->isEnabled()); // nothing chosen yet
        QSignalSpy loaded(&page, &RelationsPage::loaded);

        page.findChild<QPushButton*>(QStringLiteral("addRelationButton"))->click();
        QDialog* dialog = openedDialog(page);
        QVERIFY(dialog);
        QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("customerEdit")), QStringLiteral("23"));
        QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("erpCustomerEdit")),
                         QStringLiteral("C00050"));
        test::clickSave(dialog); // no reason yet
        QCOMPARE(dialog->findChild<QLabel*>(QStringLiteral("messageLabel"))->text(),
                 QStringLiteral("Give a reason: it is shown in the trace of every order booked this way."));
        QVERIFY(dialog->isVisible());
        QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("reasonEdit")),
                         QStringLiteral("Second buyer at Leeds"));
        test::clickSave(dialog);
        QVERIFY(loaded.wait(10000));
        QCOMPARE(table->model()->rowCount(), 3);
        QVERIFY(stored().contains(QStringLiteral("web/23|C00050|Second buyer at Leeds|tester")));
        QVERIFY2(page.findChild<QLabel*>(QStringLiteral("relationMessageLabel"))
                     ->text()
                     .contains(QStringLiteral("Orders of shop customer 23 in shop web are now booked to ERP "
                                              "customer C00050.")),
                 qPrintable(page.findChild<QLabel*>(QStringLiteral("relationMessageLabel"))->text()));

        // Change the ERP customer of trade/99; its shop and id stay.
        page.findChild<QLineEdit*>(QStringLiteral("relationFilterEdit"))->setText(QStringLiteral("C00070"));
        QCOMPARE(table->model()->rowCount(), 1);
        table->setCurrentIndex(table->model()->index(0, 0));
        QVERIFY(edit->isEnabled());
        edit->click();
        QVERIFY((dialog = openedDialog(page)));
        QVERIFY(!dialog->findChild<QLineEdit*>(QStringLiteral("customerEdit"))->isEnabled());
        QVERIFY(!dialog->findChild<QComboBox*>(QStringLiteral("shopCombo"))->isEnabled());
        auto* erp = dialog->findChild<QLineEdit*>(QStringLiteral("erpCustomerEdit"));
        QCOMPARE(erp->text(), QStringLiteral("C00070"));
        erp->clear();
        QTest::keyClicks(erp, QStringLiteral("C00071"));
        test::clickSave(dialog);
        QVERIFY(loaded.wait(10000));
        QVERIFY(stored().contains(QStringLiteral("trade/99|C00071|invoiced to head office|tester")));
        QVERIFY(!stored().contains(QStringLiteral("C00070")));

        // Remove it, after saying yes.
        page.findChild<QLineEdit*>(QStringLiteral("relationFilterEdit"))->setText(QStringLiteral("C00071"));
        QCOMPARE(table->model()->rowCount(), 1);
        table->setCurrentIndex(table->model()->index(0, 0));
        page.findChild<QPushButton*>(QStringLiteral("removeRelationButton"))->click();
        QMessageBox* box = nullptr;
        QTRY_VERIFY((box = page.findChild<QMessageBox*>(QStringLiteral("confirmRemoveBox"))) &&
                    box->isVisible());
        box->button(QMessageBox::Yes)->click();
        QVERIFY(loaded.wait(10000));
        QVERIFY(!stored().contains(QStringLiteral("trade/99")));
        QCOMPARE(table->model()->rowCount(), 0);
        QCOMPARE(page.model()->rowCount(), 2);
    }

    void csvRoundTrip() {
        const QString before = stored();
        RelationsPage page(*m_worker, m_shops);
        page.show();
        test::waitLoaded(page);
        // Export through the button and its file dialog.
        const QString path = m_dir.filePath(QStringLiteral("relations.csv"));
        test::exportThroughDialog(page, path);
        QVERIFY(page.findChild<QLabel*>(QStringLiteral("relationMessageLabel"))
                    ->text()
                    .startsWith(QStringLiteral("2 contact relation(s) exported")));
        QFile written(path);
        QVERIFY(written.open(QIODevice::ReadOnly));
        QVERIFY(written.readLine().startsWith("shop,customer,erp_customer,reason,set_by,set_at"));

        clearRelations();
        QVERIFY(stored().isEmpty());
        QSignalSpy loaded(&page, &RelationsPage::loaded);
        auto imported = test::importCsv(page, path);
        QVERIFY2(imported, qPrintable(imported.message()));
        QCOMPARE(*imported, 2);
        QCOMPARE(stored(), before);
        QVERIFY(loaded.wait(10000));
        QCOMPARE(page.model()->rowCount(), 2);
    }

    void importRefusesBadRowsInPlainWords() {
        const QString path = m_dir.filePath(QStringLiteral("bad.csv"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("shop,customer,erp_customer,reason\n"
                   "web,31,C00050,new buyer\n"
                   "web,32,,no ERP customer\n"
                   "web,33,C00050,\n"
                   "shop2,34,C00050,unknown shop\n"
                   "web,31,C00051,twice\n");
        file.close();
        RelationsPage page(*m_worker, m_shops);
        test::waitLoaded(page);
        auto imported = test::importCsv(page, path);
        QVERIFY(!imported);
        QCOMPARE(
            imported.message(),
            QStringLiteral("Nothing was imported:\nLine 3 names no ERP customer.\nLine 4 gives no reason.\n"
                           "Line 5: there is no shop \"shop2\" in this profile (shops: web, trade).\n"
                           "Line 6 relates the same shop customer as line 2."));
        QVERIFY(!stored().contains(QStringLiteral("web/31"))); // line 2 was not stored either
    }
};

QTEST_MAIN(TestRelationsPage)
#include "tst_relationspage.moc"
