#include "shop/filesource.h"
#include "shopifyexport.h"
#include "store/orderrepository.h"
#include "testdatabase.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace linkdesk;
using namespace linkdesk::shop;

namespace {
const QByteArray kOrder1 = R"({"id": 1, "number": "1", "status": "processing", "currency": "GBP",
  "date_modified_gmt": "2024-02-01T09:00:00", "customer_id": 0, "billing": {"email": "a@example.com"},
  "line_items": [{"product_id": 5, "sku": "X", "quantity": 1, "price": "3.00"}]})";

QByteArray order(int id, const char* quantity = "1") {
    QByteArray o = kOrder1;
    o.replace("\"id\": 1, \"number\": \"1\"", QByteArray("\"id\": ") + QByteArray::number(id) +
                                                  ", \"number\": \"" + QByteArray::number(id) + "\"");
    o.replace("\"quantity\": 1", QByteArray("\"quantity\": ") + quantity);
    return o;
}

OrderFileFormat shopifyFormat() {
    OrderFileFormat f;
    f.kind = OrderFileFormat::Kind::Shopify;
    return f;
}

void write(const QString& path, const QByteArray& content, int ageSeconds = 600) {
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(content);
    file.close();
    QVERIFY(file.open(QIODevice::ReadWrite));
    QVERIFY(file.setFileTime(QDateTime::currentDateTimeUtc().addSecs(-ageSeconds),
                             QFileDevice::FileModificationTime));
}
} // namespace

class TestFileSource : public QObject {
    Q_OBJECT
private slots:
    void movesAFileOnlyAfterItsOrdersAreStored() {
        QTemporaryDir dir;
        write(dir.filePath(QStringLiteral("a-one.json")), order(1), 900);
        write(dir.filePath(QStringLiteral("b-many.JSON")),
              "[" + order(2) + "," + order(3, "-1") + "," + order(4) + "]", 800);
        write(dir.filePath(QStringLiteral("c-orders.csv")),
              "order_number,currency,email,quantity,unit_price,sku\nC1,GBP,x@example.com,1,2.50,X\n"
              "C2,EUR,y@example.com,2,1,Y\nC1,GBP,x@example.com,3,1,Z\n",
              700);
        write(dir.filePath(QStringLiteral("d-broken.json")), "{\"id\": 9,", 600);
        write(dir.filePath(QStringLiteral("notes.txt")), "not an order file");
        write(dir.filePath(QStringLiteral(".hidden.json")), order(7));

        FileSource files(QStringLiteral("files"), dir.path());
        QList<FileBatch> batches = files.scan();
        QCOMPARE(batches.size(), 4);
        QCOMPARE(batches[0].fileName, QStringLiteral("a-one.json"));
        QCOMPARE(batches[0].parsed.orders.size(), 1);
        QVERIFY(!batches[0].hasErrors());
        QCOMPARE(batches[1].fileName, QStringLiteral("b-many.JSON"));
        QCOMPARE(batches[1].parsed.orders.size(), 2);
        QCOMPARE(batches[1].parsed.errors.size(), 1);
        QVERIFY2(
            batches[1].parsed.errors[0].message.contains(QStringLiteral(
                "WooCommerce order 3 [b-many.JSON, item 2]: line_items[0].quantity must not be negative")),
            qPrintable(batches[1].parsed.errors[0].message));
        QCOMPARE(batches[2].fileName, QStringLiteral("c-orders.csv"));
        QCOMPARE(batches[2].parsed.orders.size(), 2);
        QCOMPARE(batches[2].parsed.orders[0].lines.size(), 2);
        // A CSV order has no change time of its own: the file's stands in.
        QCOMPARE(batches[2].parsed.orders[0].modifiedAt, batches[2].lastModified);
        QCOMPARE(batches[3].fileName, QStringLiteral("d-broken.json"));
        QCOMPARE(batches[3].parsed.errors.size(), 1);
        QVERIFY(batches[3].parsed.errors[0].message.contains(QStringLiteral("not valid JSON")));
        QCOMPARE(batches[3].parsed.errors[0].raw, QByteArray("{\"id\": 9,"));

        // Reading moved nothing: a crash now loses nothing, the next scan reads the same.
        QCOMPARE(files.scan().size(), 4);
        QVERIFY(!QDir(dir.filePath(QStringLiteral("done"))).exists());

        test::TestDatabase tdb;
        QVERIFY2(tdb.isValid(), qPrintable(tdb.error()));
        auto db = tdb.open();
        QVERIFY(db);
        OrderRepository repo(*db);
        for (const FileBatch& batch : std::as_const(batches)) {
            QList<StagedOrder> orders = batch.parsed.allForStore(QStringLiteral("files"));
            const auto stored = repo.store(orders);
            QVERIFY2(stored.ok(), qPrintable(stored.message()));
            const auto moved = files.commit(batch);
            QVERIFY2(moved.ok(), qPrintable(moved.message()));
        }
        QVERIFY(QFile::exists(dir.filePath(QStringLiteral("done/a-one.json"))));
        QVERIFY(QFile::exists(dir.filePath(QStringLiteral("failed/b-many.JSON"))));
        QVERIFY(QFile::exists(dir.filePath(QStringLiteral("done/c-orders.csv"))));
        QVERIFY(QFile::exists(dir.filePath(QStringLiteral("failed/d-broken.json"))));
        QVERIFY(QFile::exists(dir.filePath(QStringLiteral("notes.txt"))));
        QVERIFY(QFile::exists(dir.filePath(QStringLiteral(".hidden.json"))));
        QCOMPARE(files.scan().size(), 0);

        const auto all = repo.list({}, QStringLiteral("files"));
        QVERIFY(all.ok());
        QCOMPARE(all->size(), 7); // 1 + 2 + 2 good, 2 quarantined
        const auto quarantined = repo.list({OrderStatus::Quarantined}, QStringLiteral("files"));
        QVERIFY(quarantined.ok());
        QCOMPARE(quarantined->size(), 2);
        const auto three = repo.find(QStringLiteral("files"), QStringLiteral("3"));
        QVERIFY(three.ok() && three->has_value());
        QVERIFY((*three)->reason.contains(QStringLiteral("quantity must not be negative")));
        QVERIFY((*three)->rawPayload.contains("\"quantity\":-1"));
    }

    void leavesAHalfCopiedFileForLater() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("orders_export_1.csv"));
        const QByteArray whole = shopify::exportFile();
        write(path, whole.left(whole.size() / 2)); // the copy has written half so far
        const FileSource files(QStringLiteral("shopify"), dir.path(), shopifyFormat());
        const QList<FileLook> first = files.look();
        QCOMPARE(first.size(), 1);

        QFile file(path); // the copy goes on
        QVERIFY(file.open(QIODevice::Append));
        file.write(whole.mid(whole.size() / 2));
        file.close();
        QVERIFY(files.readSettled(first).isEmpty()); // it changed between the two looks: not read

        const QList<FileBatch> batches = files.readSettled(files.look());
        QCOMPARE(batches.size(), 1);
        QCOMPARE(batches[0].parsed.orders.size(), 4); // complete now
        QCOMPARE(batches[0].parsed.errors.size(), 1);
    }

    void leavesTemporaryAndHiddenNamesAlone() {
        QTemporaryDir dir;
        const QByteArray data = shopify::exportFile();
        for (const char* name : {"orders.csv.part", "orders.csv.tmp", ".~lock.orders.csv#", "~$orders.csv",
                                 ".orders.csv", "orders.csv.crdownload", "orders.json", "notes.txt"})
            write(dir.filePath(QString::fromLatin1(name)), data);
        QVERIFY(QDir().mkpath(dir.filePath(QStringLiteral("sub"))));
        write(dir.filePath(QStringLiteral("sub/nested.csv")), data);
        const FileSource files(QStringLiteral("shopify"), dir.path(), shopifyFormat());
        QCOMPARE(files.look().size(), 0);
        write(dir.filePath(QStringLiteral("orders.csv")), data);
        QCOMPARE(files.look().size(), 1);
        QVERIFY(FileSource::isTemporaryName(QStringLiteral("x.CSV.PART")));
        QVERIFY(!FileSource::isTemporaryName(QStringLiteral("orders_export_1.csv")));
    }

    void handlesEachFileOnce() {
        QTemporaryDir dir;
        write(dir.filePath(QStringLiteral("orders_export_1.csv")), shopify::exportFile());
        const FileSource files(QStringLiteral("shopify"), dir.path(), shopifyFormat());
        test::TestDatabase tdb;
        QVERIFY2(tdb.isValid(), qPrintable(tdb.error()));
        auto db = tdb.open();
        QVERIFY(db);
        OrderRepository repo(*db);
        auto importOnce = [&] {
            int staged = 0;
            for (const FileBatch& batch : files.scan()) {
                QList<StagedOrder> orders = batch.parsed.allForStore(QStringLiteral("shopify"));
                const auto stored = repo.store(orders);
                if (!stored)
                    qFatal("%s", qPrintable(stored.message()));
                staged += stored->inserted + stored->updated;
                const auto moved = files.commit(batch);
                if (!moved)
                    qFatal("%s", qPrintable(moved.message()));
            }
            return staged;
        };

        QCOMPARE(importOnce(), 5); // 4 orders, #1004 quarantined with its row
        const auto quarantined = repo.find(QStringLiteral("shopify"), QStringLiteral("1004"));
        QVERIFY(quarantined.ok() && quarantined->has_value());
        QCOMPARE(toString((*quarantined)->status), toString(OrderStatus::Quarantined));
        QVERIFY2((*quarantined)
                     ->reason.contains(QStringLiteral("orders_export_1.csv, order 1004 (row 8 (line 9))")),
                 qPrintable((*quarantined)->reason));
        QVERIFY(QFile::exists(dir.filePath(QStringLiteral("failed/orders_export_1.csv"))));

        auto records = files.ledger().all();
        QVERIFY(records.ok());
        QCOMPARE(records->size(), 1);
        const FileRecord& r = records->first();
        QCOMPARE(r.fileName, QStringLiteral("orders_export_1.csv"));
        QCOMPARE(r.orders, 4);
        QCOMPARE(r.quarantined, 1);
        QCOMPARE(r.movedTo, QStringLiteral("failed/orders_export_1.csv"));
        QCOMPARE(r.sha256.size(), 64);
        QCOMPARE(r.problems.size(), 1);
        QCOMPARE(r.problems[0].rows, QStringLiteral("7-8"));
        QCOMPARE(r.problems[0].order, QStringLiteral("1004"));
        QCOMPARE(r.orderRows.size(), 4);
        QCOMPARE(r.orderRows[0].order, QStringLiteral("1001"));
        QCOMPARE(r.orderRows[0].rows, QStringLiteral("2-4"));

        // A second import stages nothing: the file is gone from the folder.
        QCOMPARE(importOnce(), 0);

        // The same file dropped again, under another name, twice: known by its content, nothing staged.
        QVERIFY(QFile::copy(dir.filePath(QStringLiteral("failed/orders_export_1.csv")),
                            dir.filePath(QStringLiteral("orders_export_1 (1).csv"))));
        QVERIFY(QFile::copy(dir.filePath(QStringLiteral("failed/orders_export_1.csv")),
                            dir.filePath(QStringLiteral("again.csv"))));
        const QList<FileBatch> again = files.scan();
        QCOMPARE(again.size(), 2);
        for (const FileBatch& b : again) {
            QVERIFY(b.isDuplicate());
            QVERIFY(b.parsed.orders.isEmpty() && b.parsed.errors.isEmpty());
        }
        QCOMPARE(importOnce(), 0);
        QCOMPARE(repo.list({}, QStringLiteral("shopify"))->size(), 5);
        records = files.ledger().all();
        QCOMPARE(records->size(), 3);
        QCOMPARE(records->at(1).duplicateOf, QStringLiteral("failed/orders_export_1.csv"));
        QVERIFY(records->at(1).movedTo.startsWith(QStringLiteral("done/")));
        QCOMPARE(files.look().size(), 0);

        // The same bytes under another format are read afresh (a mapping fixed after a bad first read).
        const FileSource linkdesk(QStringLiteral("shopify"), dir.path());
        QVERIFY(QFile::copy(dir.filePath(QStringLiteral("failed/orders_export_1.csv")),
                            dir.filePath(QStringLiteral("x.csv"))));
        QVERIFY(!linkdesk.scan().value(0).isDuplicate());
    }

    void readsUtf16TabSeparatedText() {
        // Excel's "Unicode text": UTF-16 with a byte-order mark, tab-separated.
        QTemporaryDir dir;
        const QString text =
            QStringLiteral("Order\tMail\tItem\tQty\tPrice\r\nA7\tz\u00f6@example.com\tBC-1\t2\t1.50\r\n");
        QByteArray bytes("\xFF\xFE");
        bytes += QByteArray(reinterpret_cast<const char*>(text.utf16()), text.size() * 2);
        write(dir.filePath(QStringLiteral("export.txt")), bytes);
        OrderFileFormat format;
        format.kind = OrderFileFormat::Kind::Columns;
        format.columns =
            *ColumnMapping::fromSection({{QStringLiteral("number"), QStringLiteral("Order")},
                                         {QStringLiteral("email"), QStringLiteral("Mail")},
                                         {QStringLiteral("sku"), QStringLiteral("Item")},
                                         {QStringLiteral("quantity"), QStringLiteral("Qty")},
                                         {QStringLiteral("price"), QStringLiteral("Price")},
                                         {QStringLiteral("default_currency"), QStringLiteral("eur")}},
                                        QStringLiteral("[shop.x.columns]"));
        const QList<FileBatch> batches = FileSource(QStringLiteral("x"), dir.path(), format).scan();
        QCOMPARE(batches.size(), 1);
        QVERIFY2(batches[0].parsed.errors.isEmpty(), qPrintable(batches[0].parsed.errors.value(0).message));
        QCOMPARE(batches[0].parsed.orders.size(), 1);
        QCOMPARE(batches[0].parsed.orders[0].customer.email, QStringLiteral("z\u00f6@example.com"));
        QCOMPARE(batches[0].parsed.orders[0].currency, QStringLiteral("EUR"));
    }

    void aNameAlreadyInDoneIsNotOverwritten() {
        QTemporaryDir dir;
        FileSource files(QStringLiteral("files"), dir.path());
        write(dir.filePath(QStringLiteral("x.json")), order(1));
        QVERIFY(files.commit(files.scan().value(0)).ok());
        write(dir.filePath(QStringLiteral("x.json")), order(2));
        const auto second = files.commit(files.scan().value(0));
        QVERIFY2(second.ok(), qPrintable(second.message()));
        QVERIFY(second->contains(QStringLiteral("/done/x.")));
        QCOMPARE(QDir(dir.filePath(QStringLiteral("done"))).entryList(QDir::Files).size(), 2);
    }

    void csvThatIsNotUtf8IsOneErrorForTheFile() {
        QTemporaryDir dir;
        write(dir.filePath(QStringLiteral("latin1.csv")),
              "order_number,currency,quantity,unit_price,sku\n1,GBP,1,1,Caf\xe9\n");
        const QList<FileBatch> batches = FileSource(QStringLiteral("files"), dir.path()).scan();
        QCOMPARE(batches.size(), 1);
        QCOMPARE(batches[0].parsed.orders.size(), 0);
        QCOMPARE(batches[0].parsed.errors.size(), 1);
        QVERIFY2(batches[0].parsed.errors[0].message.contains(
                     QStringLiteral("Order file latin1.csv: is not UTF-8")),
                 qPrintable(batches[0].parsed.errors[0].message));
    }
};

QTEST_GUILESS_MAIN(TestFileSource)
#include "tst_filesource.moc"
