#include "config/profile.h"
#include "store/customerrepository.h"
#include "store/linkrepository.h"
#include "ui/common/page.h"
#include "ui/customers/customerspage.h"
#include "ui/customers/customertablemodel.h"
#include "ui/mainwindow.h"
#include "ui/orders/orderspage.h"
#include "windowtest.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QHeaderView>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QProgressBar>
#include <QSettings>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>

using namespace linkdesk;

class TestMainWindow : public test::WindowTest {
    Q_OBJECT

private slots:
    void initTestCase() {
        QVERIFY(openWindowDatabase());
        m_profile.shops.append(test::unreachableShop());
        QList<ShopCustomer> customers =
            test::buyers(1200, {QStringLiteral("Beta Signs"), QStringLiteral("Acme Print")});
        QVERIFY(CustomerRepository(*m_db).upsertAll(customers));
        QVERIFY(LinkRepository(*m_db).set(customers[0].id, QStringLiteral("C00001"),
                                          QStringLiteral("Buyer One Ltd"), LinkSource::Email, 0));
    }

    void showsCustomerRows() {
        MainWindow window(*m_db, m_profile);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto* table = window.findChild<QTableView*>(QStringLiteral("customerTable"));
        QVERIFY(table);
        QTRY_VERIFY(table->model()->rowCount() > 0);
        const QModelIndex first = table->model()->index(0, CustomerTableModel::Email);
        QCOMPARE(first.data().toString(), QStringLiteral("buyer0001@example.com"));
        QCOMPARE(table->model()->index(0, CustomerTableModel::ErpNumber).data().toString(),
                 QStringLiteral("C00001"));
        QCOMPARE(table->model()->index(0, CustomerTableModel::Status).data().toString(),
                 QStringLiteral("Linked"));
        QCOMPARE(table->model()->index(1, CustomerTableModel::Status).data().toString(),
                 QStringLiteral("Not linked"));

        // The first page shows before the rest are counted; then every row is there to scroll to,
        // and the last one is read when it is shown.
        QTRY_COMPARE(table->model()->rowCount(), 1200);
        table->scrollToBottom();
        QTRY_COMPARE(table->model()->index(1199, CustomerTableModel::Email).data().toString(),
                     QStringLiteral("buyer1200@example.com"));

        auto* label = window.findChild<QLabel*>(QStringLiteral("databaseLabel"));
        QVERIFY(label);
        QVERIFY(label->text().contains(QLatin1String("SQLite")) ||
                label->text().contains(QLatin1String("PostgreSQL")));
        auto* count = window.findChild<QLabel*>(QStringLiteral("countLabel"));
        QTRY_VERIFY(count->text().contains(QLatin1String("1200")));
    }

    void modelPassesTester() {
        CustomerTableModel model(*m_db);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy loaded(&model, &CustomerTableModel::loaded);
        // Counting runs on the worker thread: the model is busy and still empty right after.
        model.setQuery({});
        QVERIFY(model.isBusy());
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(loaded.wait());
        QVERIFY(!model.isBusy());
        QCOMPARE(model.totalCount(), 1200);
        QCOMPARE(model.rowCount(), 1200);
        // A page not read yet is empty until its rows arrive.
        const QModelIndex far = model.index(CustomerTableModel::PageSize * 3 + 7, CustomerTableModel::Email);
        QTRY_COMPARE(far.data().toString(), QStringLiteral("buyer0608@example.com"));
        CustomerQuery query;
        query.text = QStringLiteral("acme");
        model.setQuery(query);
        QVERIFY(loaded.wait());
        QCOMPARE(model.totalCount(), 600);
        model.sort(CustomerTableModel::Email, Qt::DescendingOrder);
        QVERIFY(loaded.wait());
        QCOMPARE(model.index(0, CustomerTableModel::Email).data().toString(),
                 QStringLiteral("buyer1200@example.com"));
        // Typing fast: only the last query's answer is taken.
        loaded.clear();
        for (const char* text : {"b", "bu", "buyer00", "buyer0042"}) {
            query.text = QString::fromLatin1(text);
            model.setQuery(query);
        }
        QVERIFY(loaded.wait());
        QCOMPARE(model.totalCount(), 1);
        QCOMPARE(model.index(0, CustomerTableModel::Email).data().toString(),
                 QStringLiteral("buyer0042@example.com"));
        QTest::qWait(0);
        QCOMPARE(loaded.count(), 1);
    }

    void refreshKeepsSelection() {
        MainWindow window(*m_db, m_profile);
        window.show();
        auto* table = window.findChild<QTableView*>(QStringLiteral("customerTable"));
        QTRY_COMPARE(table->model()->rowCount(), 1200);
        table->setCurrentIndex(table->model()->index(5, CustomerTableModel::Email));
        // Another user links this customer meanwhile; a refresh shows it in place.
        std::unique_ptr<Database> other = m_tdb->open();
        QVERIFY(other);
        auto customer = CustomerRepository(*other).find(QStringLiteral("web"), QStringLiteral("6"));
        QVERIFY(customer && *customer);
        QVERIFY(LinkRepository(*other).set((*customer)->id, QStringLiteral("C00006"), QString(),
                                           LinkSource::Manual, 0));
        QSignalSpy loaded(window.customersPage()->model(), &CustomerTableModel::loaded);
        QSignalSpy reset(window.customersPage()->model(), &QAbstractItemModel::modelReset);
        window.findChild<QAction*>(QStringLiteral("refreshAction"))->trigger(); // F5
        QVERIFY(loaded.wait());
        QCOMPARE(reset.count(), 0);
        QCOMPARE(table->currentIndex().row(), 5);
        QTRY_COMPARE(table->model()->index(5, CustomerTableModel::ErpNumber).data().toString(),
                     QStringLiteral("C00006"));
        QVERIFY(LinkRepository(*other).clear((*customer)->id, 1));
    }

    void pagesByKeyboard() {
        MainWindow window(*m_db, m_profile);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto* pages = window.findChild<QStackedWidget*>(QStringLiteral("pageStack"));
        QVERIFY(pages);
        QTest::keyClick(&window, Qt::Key_2, Qt::ControlModifier);
        QCOMPARE(pages->currentWidget(), static_cast<QWidget*>(window.ordersPage()));
        QTest::keyClick(&window, Qt::Key_1, Qt::ControlModifier);
        QCOMPARE(pages->currentWidget(), static_cast<QWidget*>(window.customersPage()));
    }

    void destroyedWhileReading() {
        // Jobs still queued on the worker are dropped and answers to a deleted model never land.
        for (int i = 0; i < 5; ++i) {
            auto model = std::make_unique<CustomerTableModel>(*m_db);
            model->setQuery({});
            model->index(0, 0).data();
            if (i % 2)
                QTest::qWait(1);
        }
        QTest::qWait(10);
    }

    // The window names a shop as the profile does ([shop.web] name=…), and keeps its code where
    // it reads and writes.
    void shopNamesWhereConfigured() {
        Profile named = m_profile;
        named.shops = {test::unreachableShop(QStringLiteral("web"), QStringLiteral("Demo web shop"))};
        MainWindow window(*m_db, named);
        window.show();
        auto* table = window.findChild<QTableView*>(QStringLiteral("customerTable"));
        QTRY_VERIFY(table->model()->rowCount() > 0);
        QCOMPARE(table->model()->index(0, CustomerTableModel::Shop).data().toString(),
                 QStringLiteral("Demo web shop"));
        auto* shops = window.findChild<QComboBox*>(QStringLiteral("shopFilter"));
        QVERIFY(shops);
        QCOMPARE(shops->findText(QStringLiteral("Demo web shop")), shops->findData(QStringLiteral("web")));
        QVERIFY(shops->findData(QStringLiteral("web")) > 0);
        QCOMPARE(shops->findText(QStringLiteral("web")), -1);
    }

    void filters() {
        MainWindow window(*m_db, m_profile);
        window.show();
        auto* filter = window.findChild<QLineEdit*>(QStringLiteral("filterEdit"));
        auto* table = window.findChild<QTableView*>(QStringLiteral("customerTable"));
        QVERIFY(filter && table);
        CustomerTableModel* model = window.customersPage()->model();
        QTRY_COMPARE(model->totalCount(), 1200);
        QVERIFY(!model->isBusy());
        QSignalSpy loaded(model, &CustomerTableModel::loaded);
        QSignalSpy busy(model, &CustomerTableModel::busyChanged);
        // Typed without a pause: one query, 150 ms after the last keystroke.
        QTest::keyClicks(filter, QStringLiteral("buyer0042"));
        QCOMPARE(busy.count(), 0);
        QTRY_COMPARE(table->model()->rowCount(), 1);
        QCOMPARE(table->model()->index(0, CustomerTableModel::Email).data().toString(),
                 QStringLiteral("buyer0042@example.com"));
        QCOMPARE(loaded.count(), 1);
        QCOMPARE(busy.count(), 2); // busy while counting, then not
        QVERIFY(busy.at(0).at(0).toBool());
        QVERIFY(!window.findChild<QWidget*>(QStringLiteral("busyIndicator"))->isVisible());
        QTRY_VERIFY(
            window.findChild<QLabel*>(QStringLiteral("countLabel"))->text().contains(QLatin1String("1 ")));

        // Sorting by a column reads again in that order.
        filter->clear();
        QTRY_COMPARE(table->model()->rowCount(), 1200);
        table->sortByColumn(CustomerTableModel::Email, Qt::DescendingOrder);
        QTRY_COMPARE(table->model()->index(0, CustomerTableModel::Email).data().toString(),
                     QStringLiteral("buyer1200@example.com"));
        // A column SQL cannot sort by leaves the order and the indicator as they were.
        table->sortByColumn(CustomerTableModel::Status, Qt::AscendingOrder);
        QCOMPARE(table->horizontalHeader()->sortIndicatorSection(), int(CustomerTableModel::Email));
        QCOMPARE(table->horizontalHeader()->sortIndicatorOrder(), Qt::DescendingOrder);
    }

    void refreshReloadsThePageOnView() {
        MainWindow window(*m_db, m_profile);
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window)); // for its shortcuts
        auto* indicator = window.findChild<QProgressBar*>(QStringLiteral("pageBusyIndicator"));
        QVERIFY(indicator);
        QCOMPARE(window.pageTitles().size(), window.pages().size());
        for (int i = 0; i < window.pages().size(); ++i) {
            Page* page = window.pages().at(i);
            QCOMPARE(window.pageTitles().at(i), page->title());
            QVERIFY(window.showPage(page->sourceTitle()));
            QCOMPARE(window.currentPage(), page);
            QTRY_VERIFY2_WITH_TIMEOUT(!window.isBusy(), qPrintable(page->title()), 15000);
            QVERIFY(!indicator->isVisible());
            // F5 reads the page on view again: busy, with the indicator moving, until the answer is in.
            QSignalSpy busy(page, &Page::busyChanged);
            QTest::keyClick(&window, Qt::Key_F5);
            QVERIFY2(page->isBusy(), qPrintable(page->title()));
            QVERIFY(window.isBusy());
            QVERIFY(indicator->isVisible());
            if (i == 0 && qEnvironmentVariableIsSet("LINKDESK_GUI_SHOTS"))
                window.grab().save(QDir(qEnvironmentVariable("LINKDESK_GUI_SHOTS"))
                                       .filePath(QStringLiteral("window-busy.png")));
            QTRY_VERIFY2_WITH_TIMEOUT(!page->isBusy(), qPrintable(page->title()), 15000);
            QVERIFY(!indicator->isVisible());
            QCOMPARE(busy.count(), 2);
            // Only the page on view reads again.
            for (const Page* other : window.pages())
                QVERIFY2(other == page || !other->isBusy(), qPrintable(other->title()));
        }
    }

    void screenshotOption() {
        const QString profilePath = QDir::temp().filePath(
            QStringLiteral("linkdesk-gui-test-%1.ini").arg(QCoreApplication::applicationPid()));
        Profile p = m_profile;
        p.path = profilePath;
        QVERIFY(p.save());
        const QString png = profilePath + QStringLiteral(".png");
        QProcess app;
        app.setProcessEnvironment(QProcessEnvironment::systemEnvironment());
        app.start(qEnvironmentVariable("LINKDESK_GUI"),
                  {QStringLiteral("--config"), profilePath, QStringLiteral("--screenshot"), png,
                   QStringLiteral("-platform"), QStringLiteral("offscreen")});
        QVERIFY(app.waitForFinished(60000));
        QCOMPARE(app.exitCode(), 0);
        const QImage image(png);
        QCOMPARE(image.size(), QSize(1280, 800));
        QFile::remove(png);
        QFile::remove(profilePath);
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
