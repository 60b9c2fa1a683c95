#include "util/csv.h"

#include <QTest>

using namespace linkdesk;

// csv::NamedRows: fields found by their column's name on the first line, whatever its case or
// spacing; the first of two columns of one name counts; missing columns and cells read empty.
class TestNamedRows : public QObject {
    Q_OBJECT

private slots:
    void readsFieldsByColumnName() {
        auto rows =
            csv::parse(QStringLiteral(" Shop ,SKU,erp_item_number,sku\nweb, A-1 ,1000,B-2\n\nweb,C-3\n"));
        QVERIFY2(rows, qPrintable(rows.message()));
        const csv::NamedRows table(std::move(*rows));
        QVERIFY(table.hasColumn(QStringLiteral("shop")));
        QVERIFY(!table.hasColumn(QStringLiteral("product_id")));
        QCOMPARE(table.size(), 2); // csv::parse skips the blank line
        QCOMPARE(table.field(0, QStringLiteral("shop")), QStringLiteral("web"));
        QCOMPARE(table.field(0, QStringLiteral("sku")), QStringLiteral("A-1")); // the first "sku", trimmed
        QCOMPARE(table.field(0, QStringLiteral("erp_item_number")), QStringLiteral("1000"));
        QCOMPARE(table.field(1, QStringLiteral("erp_item_number")), QString()); // a short row
        QCOMPARE(table.field(1, QStringLiteral("product_id")), QString());      // no such column
        QCOMPARE(table.lineOf(0), 2);
        QVERIFY(!table.isBlank(0));
    }

    void emptyTextHasNoRows() {
        const csv::NamedRows table({});
        QCOMPARE(table.size(), 0);
        QVERIFY(!table.hasColumn(QStringLiteral("shop")));
    }
};

QTEST_GUILESS_MAIN(TestNamedRows)
#include "tst_namedrows.moc"
