// The folder shops in the window: the Import page's "Order files" (format, last files, quarantined
// rows) and Settings -> Connections -> "Preview a file…" showing a Shopify export as Linkdesk reads it.
#include "config/profile.h"
#include "erp/lookupcache.h"
#include "import/importworker.h"
#include "shop/fileledger.h"
#include "shop/filesource.h"
#include "shop/shopifyexport.h"
#include "testdatabase.h"
#include "ui/common/databaseworker.h"
#include "ui/import/importpage.h"
#include "ui/import/orderfilespanel.h"
#include "ui/settings/connectionstab.h"
#include "ui/settings/filepreviewdialog.h"

#include <QDialog>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace linkdesk;

class TestOrderFiles : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    Profile m_profile;

    template <typename T>
    static T* child(QObject* parent, const char* name) {
        auto* w = parent->findChild<T*>(QString::fromLatin1(name));
        if (!w)
            qWarning("no widget %s", name);
        return w;
    }
    ShopConfig shopifyShop() const { return m_profile.shops.at(1); }

private slots:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        m_profile.databaseUrl = QStringLiteral("sqlite:") + m_dir.filePath(QStringLiteral("gui.sqlite"));
        m_profile.shops.append(ShopConfig{QStringLiteral("web"),
                                          QStringLiteral("Web"),
                                          QStringLiteral("woocommerce"),
                                          QStringLiteral("http://127.0.0.1:9"),
                                          {}});
        ShopConfig shopify{QStringLiteral("shopify"),
                           QStringLiteral("Shopify"),
                           QStringLiteral("file"),
                           {},
                           m_dir.filePath(QStringLiteral("inbox"))};
        shopify.fileFormat.kind = OrderFileFormat::Kind::Shopify;
        m_profile.shops.append(shopify);
        QVERIFY(QDir().mkpath(shopify.path));

        // What an import left: the export read with #1004 quarantined, then the same file again.
        shop::FileSource files(shopify.code, shopify.path, shopify.fileFormat);
        QFile f(QDir(shopify.path).filePath(QStringLiteral("orders_export_1.csv")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(shopify::exportFile());
        f.close();
        const shop::FileBatch batch = files.read(f.fileName());
        QVERIFY(files.commit(batch));
        QVERIFY(QFile::copy(QDir(shopify.path).filePath(QStringLiteral("failed/orders_export_1.csv")),
                            QDir(shopify.path).filePath(QStringLiteral("again.csv"))));
        const QList<shop::FileBatch> again = files.scan();
        QCOMPARE(again.size(), 1);
        QVERIFY(files.commit(again.first()));
    }

    void importPageShowsFormatsAndLastFiles() {
        test::TestDatabase tdb;
        QVERIFY2(tdb.isValid(), qPrintable(tdb.error()));
        auto db = tdb.open();
        QVERIFY(db);
        DatabaseWorker reader(*db);
        LookupCache cache;
        ImportWorker worker(m_profile, &cache);
        ImportPage page(reader, &worker, {QStringLiteral("web"), QStringLiteral("shopify")});
        QVERIFY(!page.orderFiles());
        page.showOrderFiles(m_profile.shops);
        QVERIFY(page.orderFiles());
        auto* label = child<QLabel>(&page, "orderFileFormatsLabel");
        QVERIFY(label->text().contains(QStringLiteral("shopify: Shopify order export, read from")));
        QVERIFY(!label->text().contains(QStringLiteral("web:"))); // not a folder shop
        auto* table = child<QTableWidget>(&page, "orderFilesTable");
        QTRY_COMPARE(table->rowCount(), 2);
        // Newest first: the duplicate, then the file read.
        QCOMPARE(table->item(0, OrderFilesPanel::File)->text(), QStringLiteral("again.csv"));
        QCOMPARE(table->item(0, OrderFilesPanel::Orders)->text(), QStringLiteral("none: a duplicate"));
        QVERIFY(table->item(0, OrderFilesPanel::File)
                    ->toolTip()
                    .contains(QStringLiteral("failed/orders_export_1.csv")));
        QCOMPARE(table->item(1, OrderFilesPanel::File)->text(), QStringLiteral("orders_export_1.csv"));
        QCOMPARE(table->item(1, OrderFilesPanel::Orders)->text(), QStringLiteral("4"));
        QCOMPARE(table->item(1, OrderFilesPanel::Quarantined)->text(), QStringLiteral("1 (rows 7-8)"));
        QCOMPARE(table->item(1, OrderFilesPanel::MovedTo)->text(),
                 QStringLiteral("failed/orders_export_1.csv"));
        QVERIFY2(
            table->item(1, OrderFilesPanel::Quarantined)->toolTip().contains(QStringLiteral("Row 7-8: ")),
            qPrintable(table->item(1, OrderFilesPanel::Quarantined)->toolTip()));

        // A page without folder shops shows nothing of it.
        ImportPage plain(reader, &worker, {QStringLiteral("web")});
        plain.showOrderFiles({m_profile.shops.first()});
        QVERIFY(!plain.orderFiles());
        QVERIFY(!plain.findChild<QTableWidget*>(QStringLiteral("orderFilesTable")));
    }

    void previewShowsAShopifyExportAsLinkdeskReadsIt() {
        const QString path = m_dir.filePath(QStringLiteral("preview.csv"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(shopify::exportFile());
        f.close();
        FilePreviewDialog dialog(shopifyShop());
        QSignalSpy shown(&dialog, &FilePreviewDialog::previewShown);
        dialog.preview(path);
        QTRY_COMPARE(shown.size(), 1);
        QCOMPARE(child<QLabel>(&dialog, "formatLabel")->text(), QStringLiteral("Shopify order export"));
        QCOMPARE(child<QLineEdit>(&dialog, "pathEdit")->text(), path);
        QCOMPARE(child<QLabel>(&dialog, "summaryLabel")->text(),
                 QStringLiteral("4 orders read, 1 quarantined."));
        auto* table = child<QTableWidget>(&dialog, "ordersTable");
        QCOMPARE(table->rowCount(), 4);
        QCOMPARE(table->item(0, FilePreviewDialog::Order)->text(), QStringLiteral("1001"));
        QCOMPARE(table->item(0, FilePreviewDialog::Rows)->text(), QStringLiteral("2-4"));
        QCOMPARE(table->item(0, FilePreviewDialog::Customer)->text(),
                 QStringLiteral("ann@acme.example, Ann Lee, Acme, Ltd, IE"));
        QCOMPARE(table->item(0, FilePreviewDialog::Currency)->text(), QStringLiteral("EUR"));
        QVERIFY(
            table->item(0, FilePreviewDialog::Lines)->text().contains(QStringLiteral("2 × BC-1 at 12.50")));
        const QString problems = child<QPlainTextEdit>(&dialog, "problemsView")->toPlainText();
        QVERIFY2(problems.contains(QStringLiteral("order 1004 (row 8 (line 9))")), qPrintable(problems));
        QVERIFY(QFile::exists(path)); // a preview moves nothing
    }

    void settingsOffersThePreviewForFolderShops() {
        ConnectionsTab page(m_profile); // Settings → Connections
        QCOMPARE(child<QLabel>(&page, "shopFormat_shopify")->text(),
                 QStringLiteral("Format: Shopify order export"));
        QVERIFY(!page.findChild<QPushButton*>(QStringLiteral("previewFileButton_web")));
        QSignalSpy opened(&page, &ConnectionsTab::filePreviewOpened);
        child<QPushButton>(&page, "previewFileButton_shopify")->click();
        QCOMPARE(opened.size(), 1);
        auto* dialog = qobject_cast<FilePreviewDialog*>(opened.first().first().value<QDialog*>());
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        dialog->close();
    }
};

QTEST_MAIN(TestOrderFiles)
#include "tst_orderfiles.moc"
