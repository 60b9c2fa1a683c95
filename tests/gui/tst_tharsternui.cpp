// The window's Tharstern parts, driven through their widgets: Settings → Connections edits the
// profile's Tharstern keys and saves them; Orders → Resolve… settles an order whose submit outcome
// is unknown, as `linkdesk-cli orders resolve` does.
#include "config/profile.h"
#include "domainprinters.h"
#include "store/orderrepository.h"
#include "testorders.h"
#include "ui/common/databaseworker.h"
#include "ui/orders/orderspage.h"
#include "ui/orders/ordertablemodel.h"
#include "ui/settings/settingspage.h"
#include "windowtest.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace linkdesk;

using test::child;

namespace {
StagedOrder heldOrder(const QString& number) {
    StagedOrder o = test::fetchedOrder(number, QStringLiteral("7"), QStringLiteral("buyer@example.com"));
    o.lines = {test::orderLine(1, QStringLiteral("BC-1"), 1)};
    return o;
}
} // namespace

class TestTharsternUi : public test::DatabaseTest {
    Q_OBJECT
    QTemporaryDir m_dir;

    Profile tharsternProfile() {
        Profile p;
        p.path = m_dir.filePath(QStringLiteral("profile.ini"));
        p.databaseUrl = QStringLiteral("sqlite:ld.sqlite");
        p.erp.type = QStringLiteral("tharstern");
        p.erp.apiUrl = QStringLiteral("https://mis.example/TharsternAPI");
        p.erp.user = QStringLiteral("api@printer.example");
        p.net.timeoutMs = 5000;
        [&] { QVERIFY(p.save()); }();
        return p;
    }

    QModelIndex rowOf(QTableView* table, const QString& number) {
        for (int r = 0; r < table->model()->rowCount(); ++r)
            if (table->model()->index(r, OrderTableModel::Number).data().toString() == number)
                return table->model()->index(r, OrderTableModel::Number);
        return {};
    }

private slots:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        qRegisterMetaType<Profile>(); // profileSaved's argument, for QSignalSpy
    }

    void connectionsEditTharsternKeys() {
        const Profile profile = tharsternProfile();
        DatabaseWorker worker(*m_db);
        SettingsPage page(worker, profile);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        auto* widget = child<QWidget>(&page, "tharsternSettings");
        QVERIFY(widget);
        QCOMPARE(child<QLineEdit>(widget, "customerSearchPathEdit")->text(), QStringLiteral("customers"));
        QCOMPARE(child<QLineEdit>(widget, "applicationIdEdit")->text(), QStringLiteral("api"));
        QVERIFY(!child<QCheckBox>(widget, "submitDeduplicatesCheck")->isChecked());

        QSignalSpy saved(&page, &SettingsPage::profileSaved);
        auto* url = child<QLineEdit>(widget, "apiUrlEdit");
        url->clear();
        QTest::keyClicks(url, QStringLiteral("not a url"));
        QTest::mouseClick(child<QPushButton>(widget, "saveTharsternButton"), Qt::LeftButton);
        QCOMPARE(saved.count(), 0);
        QVERIFY(child<QLabel>(widget, "tharsternMessageLabel")->text().contains(QLatin1String("http(s)")));

        url->setText(QStringLiteral("https://mis2.example/TharsternAPI"));
        auto* search = child<QComboBox>(widget, "customerSearchCombo");
        auto* path = child<QLineEdit>(widget, "customerSearchPathEdit");
        path->setText(QStringLiteral("ext/by-email"));
        child<QLineEdit>(widget, "customerSearchParameterEdit")->setText(QStringLiteral("mail"));
        child<QLineEdit>(widget, "customerCreatePathEdit")->setText(QStringLiteral("ext/create"));
        search->setCurrentIndex(search->findData(QStringLiteral("contacts")));
        QVERIFY(!path->isEnabled()); // the directory needs no e-mail search
        QTest::mouseClick(child<QPushButton>(widget, "saveTharsternButton"), Qt::LeftButton);
        QCOMPARE(saved.count(), 1);
        const Profile sent = saved.at(0).at(0).value<Profile>();
        QCOMPARE(sent.erp.apiUrl, QStringLiteral("https://mis2.example/TharsternAPI"));

        auto back = Profile::load(profile.path);
        QVERIFY2(back, qPrintable(back.message()));
        QCOMPARE(back->erp.apiUrl, QStringLiteral("https://mis2.example/TharsternAPI"));
        QCOMPARE(back->erp.user, QStringLiteral("api@printer.example"));
        QCOMPARE(back->erp.tharstern.customerSearch, QStringLiteral("contacts"));
        QCOMPARE(back->erp.tharstern.customerSearchPath, QStringLiteral("ext/by-email"));
        QCOMPARE(back->erp.tharstern.customerSearchParameter, QStringLiteral("mail"));
        QCOMPARE(back->erp.tharstern.customerCreatePath, QStringLiteral("ext/create"));
        QCOMPARE(back->net.timeoutMs, 5000); // the rest of the file stays
        QCOMPARE(child<QLabel>(&page, "erpApiUrl")->text(),
                 QStringLiteral("https://mis2.example/TharsternAPI"));
    }

    void resolveSettlesAnOrderWaitingForStaff() {
        m_db->setActor(QStringLiteral("tester"));
        QList<StagedOrder> orders{heldOrder(QStringLiteral("2001")), heldOrder(QStringLiteral("2002"))};
        QVERIFY(OrderRepository(*m_db).store(orders));
        for (StagedOrder& o : orders) {
            o.status = OrderStatus::NeedsReview;
            o.sends = 1;
            o.erpCustomerNumber = QStringLiteral("C00001");
            o.reason = QStringLiteral("Tharstern may already have this order: UniqueSubmitOrderID WEB-%1.")
                           .arg(o.orderNumber);
            QVERIFY(OrderRepository(*m_db).saveState(o));
        }
        DatabaseWorker worker(*m_db);
        OrdersPage page(worker);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QSignalSpy loaded(&page, &OrdersPage::loaded);
        if (page.isBusy())
            QVERIFY(loaded.wait(10000));
        auto* table = child<QTableView>(&page, "orderTable");
        auto* resolve = child<QPushButton>(&page, "resolveButton");
        QVERIFY(resolve);
        QVERIFY(!resolve->isEnabled());

        // Tharstern has 2001, as J1042.
        table->setCurrentIndex(rowOf(table, QStringLiteral("2001")));
        QVERIFY(resolve->isEnabled());
        QTest::mouseClick(resolve, Qt::LeftButton);
        auto* dialog = child<QDialog>(&page, "resolveOrderDialog");
        QVERIFY(dialog);
        QVERIFY(child<QLabel>(dialog, "reasonLabel")->text().contains(QLatin1String("WEB-2001")));
        auto* ok = child<QDialogButtonBox>(dialog, "buttonBox")->button(QDialogButtonBox::Ok);
        QVERIFY(!ok->isEnabled()); // nothing chosen yet
        QTest::keyClicks(child<QLineEdit>(dialog, "erpOrderEdit"), QStringLiteral("J1042"));
        QVERIFY(child<QRadioButton>(dialog, "submittedRadio")->isChecked());
        QVERIFY(ok->isEnabled());
        QSignalSpy status(&page, &OrdersPage::statusMessage);
        QTest::mouseClick(ok, Qt::LeftButton);
        QTRY_COMPARE(status.count(), 1);
        QVERIFY(status.at(0).at(0).toString().contains(QLatin1String("J1042")));
        auto first = OrderRepository(*m_db).find(QStringLiteral("web"), QStringLiteral("2001"));
        QVERIFY(first && *first);
        QCOMPARE_NAMED((*first)->status, OrderStatus::Submitted);
        QCOMPARE((*first)->erpOrderNumber, QStringLiteral("J1042"));

        // 2002 is not in Tharstern: sent anew by the next import.
        if (page.isBusy())
            QVERIFY(loaded.wait(10000));
        table->setCurrentIndex(rowOf(table, QStringLiteral("2002")));
        QTest::mouseClick(resolve, Qt::LeftButton);
        QTRY_VERIFY(page.findChildren<QDialog*>(QStringLiteral("resolveOrderDialog")).size() == 1);
        dialog = child<QDialog>(&page, "resolveOrderDialog");
        child<QRadioButton>(dialog, "resubmitRadio")->setChecked(true);
        QTest::mouseClick(child<QDialogButtonBox>(dialog, "buttonBox")->button(QDialogButtonBox::Ok),
                          Qt::LeftButton);
        QTRY_COMPARE(status.count(), 2);
        auto second = OrderRepository(*m_db).find(QStringLiteral("web"), QStringLiteral("2002"));
        QVERIFY(second && *second);
        QCOMPARE_NAMED((*second)->status, OrderStatus::New);
        QCOMPARE((*second)->sends, 0);
    }
};

QTEST_MAIN(TestTharsternUi)
#include "tst_tharsternui.moc"
