// The Import page and the toolbar against a real linkdesk-sandbox: an import run from the window
// with its progress reaching the end, the one-click cache clear, and a test order with both prices.
#include "config/profile.h"
#include "import/importworker.h"
#include "sandboxprocess.h"
#include "sandboxprofile.h"
#include "store/database.h"
#include "ui/customers/customerspage.h"
#include "ui/customers/customertablemodel.h"
#include "ui/import/importpage.h"
#include "ui/mainwindow.h"
#include "ui/testorder/testorderdialog.h"

#include <QAction>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QValueAxis>
#include <QtCharts/QChartView>

#include <cmath>

using namespace linkdesk;

class TestImportPage : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    SandboxProcess m_sandbox;
    Profile m_profile;
    std::unique_ptr<Database> m_db;

private slots:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear(); // column widths and window geometry as a new user has them
        QVERIFY2(m_sandbox.start({QStringLiteral("--seed"), qEnvironmentVariable("LINKDESK_DEMO_SEED")}),
                 qPrintable(m_sandbox.error()));
        SandboxProcess::putSecrets();
        m_profile = test::sandboxProfile(
            m_sandbox.base(), QStringLiteral("sqlite:") + m_dir.filePath(QStringLiteral("gui.sqlite")),
            QStringLiteral("Demo"));
        m_db = test::openSandboxDatabase(m_profile, QStringLiteral("WEB"));
        QVERIFY(m_db);
    }
    void cleanupTestCase() {
        m_db.reset();
        m_sandbox.stop();
    }

    void importFromThePageThenClearCacheThenTestOrder() {
        MainWindow window(*m_db, m_profile);
        window.resize(1280, 800);
        window.show();
        QVERIFY(window.showPage(QStringLiteral("Import")));
        auto* start = window.findChild<QPushButton*>(QStringLiteral("startButton"));
        auto* submit = window.findChild<QProgressBar*>(QStringLiteral("submitProgress"));
        auto* state = window.findChild<QLabel*>(QStringLiteral("stateLabel"));
        auto* runs = window.findChild<QTableWidget*>(QStringLiteral("runsTable"));
        QVERIFY(start && submit && state && runs);
        QCOMPARE(runs->rowCount(), 0);
        // Before the first import: what to do, not an empty chart.
        auto* noImportYet = window.findChild<QLabel*>(QStringLiteral("noImportYetLabel"));
        auto* chart = window.findChild<QChartView*>(QStringLiteral("importChart"));
        QVERIFY(noImportYet && chart);
        QTRY_VERIFY(!window.isBusy());
        QVERIFY(noImportYet->isVisible());
        QVERIFY(!chart->isVisible());

        int highestSubmit = 0;
        connect(window.importWorker(), &ImportWorker::progress, this,
                [&](const QString& stage, int done, int) {
                    if (stage == QLatin1String("submit"))
                        highestSubmit = std::max(highestSubmit, done);
                });
        QTest::mouseClick(start, Qt::LeftButton);
        QVERIFY(!start->isEnabled()); // busy while it runs; the window stays responsive
        QTRY_VERIFY_WITH_TIMEOUT(start->isEnabled(), 120000);
        QVERIFY2(state->text().startsWith(QStringLiteral("Import finished")), qPrintable(state->text()));
        QVERIFY(highestSubmit > 0);
        QCOMPARE(submit->value(), submit->maximum());
        QTRY_COMPARE(runs->rowCount(), 1); // the history is read again on the database worker
        QTRY_VERIFY(chart->isVisible());
        QVERIFY(!noImportYet->isVisible());
        // The count axis in whole steps of 1, 2 or 5 times a power of ten, from 0.
        auto* axis = chart->chart()->findChild<QValueAxis*>(QStringLiteral("countAxis"));
        QVERIFY(axis);
        const double step = axis->max() / (axis->tickCount() - 1);
        QVERIFY2(axis->min() == 0 && axis->tickCount() <= 6 && step == std::floor(step) &&
                     QList<double>({1, 2, 5}).contains(step / std::pow(10, std::floor(std::log10(step)))),
                 qPrintable(QStringLiteral("%1 ticks to %2").arg(axis->tickCount()).arg(axis->max())));
        window.grab().save(m_dir.filePath(QStringLiteral("import.png")));

        QAction* clear = window.findChild<QAction*>(QStringLiteral("clearCacheAction"));
        QVERIFY(clear);
        window.statusBar()->clearMessage();
        clear->trigger(); // the saved cache is cleared on the database worker
        QTRY_VERIFY(!window.statusBar()->currentMessage().isEmpty());
        const QString message = window.statusBar()->currentMessage();
        QVERIFY2(message.contains(QStringLiteral("entries dropped")) &&
                     !message.contains(QStringLiteral(": 0 ")),
                 qPrintable(message));

        QVERIFY(window.showPage(QStringLiteral("Settings")));
        auto* testButton = window.findChild<QPushButton*>(QStringLiteral("testConnectionButton"));
        auto* report = window.findChild<QLabel*>(QStringLiteral("connectionMessageLabel"));
        QVERIFY(testButton && report);
        // The button is on the Connections tab: staff open it first.
        auto* tabs = window.findChild<QTabWidget*>(QStringLiteral("settingsTabs"));
        tabs->setCurrentWidget(window.findChild<QWidget*>(QStringLiteral("connectionsTab")));
        QVERIFY(testButton->isVisible());
        QTest::mouseClick(testButton, Qt::LeftButton);
        QVERIFY(!testButton->isEnabled()); // until the report is in
        QTRY_VERIFY_WITH_TIMEOUT(testButton->isEnabled(), 30000);
        QVERIFY2(
            report->text().contains(
                QStringLiteral("Shop web: WooCommerce answered and accepted the key (320 orders).")) &&
                report->text().contains(QStringLiteral("ERP (businesscentral): signed in and answered.")),
            qPrintable(report->text()));

        // The test order is placed as the customer selected on the customers page.
        QVERIFY(window.showPage(QStringLiteral("Customers")));
        auto* filter = window.findChild<QLineEdit*>(QStringLiteral("filterEdit"));
        auto* table = window.findChild<QTableView*>(QStringLiteral("customerTable"));
        auto* testOrder = window.findChild<QPushButton*>(QStringLiteral("testOrderButton"));
        QVERIFY(filter && table && testOrder);
        QVERIFY(!testOrder->isEnabled()); // nothing selected yet
        QTest::keyClicks(filter, QStringLiteral("116"));
        CustomerTableModel* model = window.customersPage()->model();
        int row = -1;
        QTRY_VERIFY_WITH_TIMEOUT((row =
                                      [&] {
                                          for (int r = 0; r < model->rowCount(); ++r)
                                              if (const CustomerRow* c = model->customerAt(r);
                                                  c && c->customer.shopCustomerId == QLatin1String("116"))
                                                  return r;
                                          return -1;
                                      }()) >= 0,
                                 10000);
        table->setCurrentIndex(model->index(row, CustomerTableModel::Email));
        QVERIFY(testOrder->isEnabled());
        QTest::mouseClick(testOrder, Qt::LeftButton);
        auto* dialog = window.findChild<TestOrderDialog*>(QStringLiteral("testOrderDialog"));
        QVERIFY(dialog);
        QCOMPARE(dialog->findChild<QLineEdit*>(QStringLiteral("customerEdit"))->text(),
                 QStringLiteral("116"));
        QCOMPARE(dialog->findChild<QComboBox*>(QStringLiteral("shopCombo"))->currentData().toString(),
                 QStringLiteral("web"));
        dialog->addLine(QStringLiteral("CA-A3-WALL"), 2, 210.0);
        QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("runButton")), Qt::LeftButton);
        auto* linked = dialog->findChild<QLabel*>(QStringLiteral("linkedPriceLabel"));
        auto* fallback = dialog->findChild<QLabel*>(QStringLiteral("defaultPriceLabel"));
        QTRY_VERIFY_WITH_TIMEOUT(!linked->text().isEmpty(), 30000);
        QVERIFY2(linked->text().startsWith(QStringLiteral("C00016: ")), qPrintable(linked->text()));
        QVERIFY2(fallback->text().startsWith(QStringLiteral("WEB: ")), qPrintable(fallback->text()));
        QVERIFY(dialog->findChild<QListWidget*>(QStringLiteral("traceList"))->count() > 0);
        // Per line: the shop's price typed in, the ERP's for C00016, and the one the order line
        // carries (the shop's, line_price_source being shop by default).
        auto* source = dialog->findChild<QLabel*>(QStringLiteral("priceSourceLabel"));
        QVERIFY2(source->text().contains(QStringLiteral("line_price_source: shop")),
                 qPrintable(source->text()));
        auto* prices = dialog->findChild<QTableWidget*>(QStringLiteral("priceTable"));
        QCOMPARE(prices->rowCount(), 1);
        QCOMPARE(prices->horizontalHeaderItem(3)->text(), QStringLiteral("ERP price (C00016)"));
        const QLocale locale;
        QCOMPARE(prices->item(0, 0)->text(), QStringLiteral("CA-A3-WALL"));
        QCOMPARE(prices->item(0, 2)->text(), locale.toString(210.0, 'f', 2));
        QCOMPARE(prices->item(0, 3)->text(), locale.toString(196.0, 'f', 2));
        QCOMPARE(prices->item(0, 4)->text(), locale.toString(210.0, 'f', 2));
        dialog->grab().save(m_dir.filePath(QStringLiteral("testorder.png")));
        if (qEnvironmentVariableIsSet("LINKDESK_SCREENSHOT_DIR")) {
            const QString out = qEnvironmentVariable("LINKDESK_SCREENSHOT_DIR");
            dialog->grab().save(out + QStringLiteral("/test-order.png"));
        }
    }
};

QTEST_MAIN(TestImportPage)
#include "tst_importpage.moc"
