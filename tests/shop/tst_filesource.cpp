#include "shop/filesource.h"
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

    void leavesFilesStillBeingWritten() {
        QTemporaryDir dir;
        write(dir.filePath(QStringLiteral("new.json")), order(1), 0);
        FileSource files(QStringLiteral("files"), dir.path());
        files.setSettleSeconds(60);
        QCOMPARE(files.scan().size(), 0);
        files.setSettleSeconds(0);
        QCOMPARE(files.scan().size(), 1);
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
