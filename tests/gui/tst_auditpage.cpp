#include "config/profile.h"
#include "store/auditlog.h"
#include "store/customerrepository.h"
#include "store/linkrepository.h"
#include "ui/audit/auditpage.h"
#include "ui/audit/audittablemodel.h"
#include "ui/mainwindow.h"
#include "util/operatorname.h"
#include "windowtest.h"

#include <QAbstractItemModelTester>
#include <QApplication>
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

using namespace linkdesk;

class TestAuditPage : public test::WindowTest {
    Q_OBJECT

private slots:
    void initTestCase() {
        LINKDESK_REQUIRE_ENGINE();
        QVERIFY(openWindowDatabase(QStringLiteral("anna")));
        // 450 changes, oldest first: links by anna, every tenth a setting changed by bert.
        for (int i = 1; i <= 450; ++i) {
            const bool setting = i % 10 == 0;
            m_db->setActor(setting ? QStringLiteral("bert") : QStringLiteral("anna"));
            QVERIFY(AuditLog(*m_db).record(
                setting ? QStringLiteral("setting") : QStringLiteral("link"),
                setting ? QStringLiteral("web/cache_ttl_seconds") : QStringLiteral("web/%1").arg(i),
                setting ? QString::number(i - 10) : QStringLiteral("(none)"),
                setting ? QString::number(i)
                        : QStringLiteral("C%1 (manual)").arg(i, 5, 10, QLatin1Char('0'))));
        }
    }

    void modelPassesTester() {
        AuditTableModel model(*m_db);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy loaded(&model, &AuditTableModel::loaded);
        model.setFilter({});
        QVERIFY(model.isBusy());
        QVERIFY(loaded.wait());
        QCOMPARE(model.totalCount(), 450);
        // Newest first.
        QCOMPARE(model.index(0, AuditTableModel::NewValue).data().toString(), QStringLiteral("450"));
        QCOMPARE(model.index(0, AuditTableModel::Who).data().toString(), QStringLiteral("bert"));
        QCOMPARE(model.index(0, AuditTableModel::Entity).data().toString(), QStringLiteral("Setting"));
        QCOMPARE(model.index(1, AuditTableModel::Key).data().toString(), QStringLiteral("web/449"));
        QCOMPARE(model.index(1, AuditTableModel::OldValue).data().toString(), QStringLiteral("(none)"));
        // A later page is read on demand.
        QTRY_COMPARE(model.index(449, AuditTableModel::Key).data().toString(), QStringLiteral("web/1"));

        model.setFilter(QStringLiteral("BERT"));
        QVERIFY(loaded.wait());
        QCOMPARE(model.totalCount(), 45);
        model.setFilter(QStringLiteral("c00123"));
        QVERIFY(loaded.wait());
        QCOMPARE(model.totalCount(), 1);
        QCOMPARE(model.index(0, AuditTableModel::Key).data().toString(), QStringLiteral("web/123"));
        // LIKE wildcards are taken literally.
        model.setFilter(QStringLiteral("%"));
        QVERIFY(loaded.wait());
        QCOMPARE(model.totalCount(), 0);
    }

    void readErrorIsShown() {
        test::TestDatabase broken;
        std::unique_ptr<Database> db = broken.open();
        QVERIFY(db);
        QVERIFY(db->exec(QStringLiteral("DROP TABLE audit_log")));
        AuditPage page(*db);
        page.show();
        auto* count = page.findChild<QLabel*>(QStringLiteral("auditCountLabel"));
        QTRY_VERIFY2(count->text().startsWith(QLatin1String("The audit log could not be read:")),
                     qPrintable(count->text()));
        QCOMPARE(page.model()->rowCount(), 0);
    }

    void pageInMainWindow() {
        MainWindow window(*m_db, m_profile);
        window.resize(1280, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto* pages = window.findChild<QListWidget*>(QStringLiteral("pageList"));
        QVERIFY(pages);
        const QList<QListWidgetItem*> found = pages->findItems(QStringLiteral("Audit log"), Qt::MatchExactly);
        QCOMPARE(found.size(), 1);
        pages->setCurrentItem(found.first());

        auto* table = window.findChild<QTableView*>(QStringLiteral("auditTable"));
        auto* filter = window.findChild<QLineEdit*>(QStringLiteral("auditFilterEdit"));
        auto* count = window.findChild<QLabel*>(QStringLiteral("auditCountLabel"));
        QVERIFY(table && filter && count);
        QVERIFY(table->isVisible());
        QTRY_COMPARE(table->model()->rowCount(), 450);
        QTRY_VERIFY(count->text().contains(QLatin1String("450")));

        QTest::keyClicks(filter, QStringLiteral("cache_ttl"));
        QTRY_COMPARE(table->model()->rowCount(), 45);
        QCOMPARE(table->model()->index(0, AuditTableModel::Key).data().toString(),
                 QStringLiteral("web/cache_ttl_seconds"));

        // A change written meanwhile shows at the top after Refresh.
        m_db->setActor(QStringLiteral("carla"));
        QVERIFY(AuditLog(*m_db).record(QStringLiteral("setting"), QStringLiteral("web/cache_ttl_seconds"),
                                       QStringLiteral("450"), QStringLiteral("600")));
        m_db->setActor(QStringLiteral("anna"));
        QTest::mouseClick(window.findChild<QPushButton*>(QStringLiteral("refreshButton")), Qt::LeftButton);
        QTRY_COMPARE(table->model()->rowCount(), 46);
        QCOMPARE(table->model()->index(0, AuditTableModel::Who).data().toString(), QStringLiteral("carla"));
        QCOMPARE(table->model()->index(0, AuditTableModel::NewValue).data().toString(),
                 QStringLiteral("600"));

        const QString shots = qEnvironmentVariable("LINKDESK_SCREENSHOT_DIR");
        if (!shots.isEmpty()) {
            filter->clear();
            QTRY_COMPARE(table->model()->rowCount(), 451);
            QVERIFY(window.grab().save(QDir(shots).filePath(QStringLiteral("audit-log.png"))));
        }
    }

    // The audit names the person (the OS user at this workstation) and the customer in words; the
    // filter finds the change by the customer's name.
    void namesPeopleAndCustomers() {
        ShopCustomer ann = test::buyers(1, {QStringLiteral("Acme Print Ltd")}).constFirst();
        ann.shopCustomerId = QStringLiteral("9001");
        ann.firstName = QStringLiteral("Ann");
        ann.lastName = QStringLiteral("Smith");
        ann.email = QStringLiteral("ann@acme.example");
        QVERIFY(CustomerRepository(*m_db).upsert(ann));
        m_db->setActor(operatorName());
        QVERIFY(LinkRepository(*m_db).set(ann.id, QStringLiteral("C00042"), QStringLiteral("Acme Print Ltd"),
                                          LinkSource::Manual, 0, QStringLiteral("asked by phone")));
        AuditTableModel model(*m_db);
        QSignalSpy loaded(&model, &AuditTableModel::loaded);
        model.setFilter(QStringLiteral("ann smith"));
        QVERIFY(loaded.wait());
        QCOMPARE(model.totalCount(), 1);
        QCOMPARE(model.index(0, AuditTableModel::Who).data().toString(), operatorName());
        QVERIFY(operatorName().contains(QLatin1Char('@'))); // user@workstation
        const QString about = model.index(0, AuditTableModel::Subject).data().toString();
        QVERIFY2(about.contains(QLatin1String("Ann Smith")) &&
                     about.contains(QLatin1String("Acme Print Ltd")) &&
                     about.contains(QLatin1String("ann@acme.example")),
                 qPrintable(about));
        QVERIFY(
            model.index(0, AuditTableModel::NewValue).data().toString().contains(QLatin1String("C00042")));
    }
};

QTEST_MAIN(TestAuditPage)
#include "tst_auditpage.moc"
