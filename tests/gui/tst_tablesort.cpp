// Tables sort as people sort (TableSortProxy): case and accents do not split the list, numbers in
// text count as numbers, and in the C locale case is still ignored.
#include "ui/common/tablesortproxy.h"

#include <QStandardItemModel>
#include <QTest>

using namespace linkdesk;

class TestTableSort : public QObject {
    Q_OBJECT

    static QStringList sorted(const QStringList& texts, Qt::SortOrder order = Qt::AscendingOrder) {
        QStandardItemModel model;
        for (const QString& t : texts)
            model.appendRow(new QStandardItem(t));
        TableSortProxy proxy;
        proxy.setSourceModel(&model);
        proxy.sort(0, order);
        QStringList out;
        for (int row = 0; row < proxy.rowCount(); ++row)
            out << proxy.index(row, 0).data().toString();
        return out;
    }

private slots:
    void cleanup() { QLocale::setDefault(QLocale::c()); }

    void asPeopleSort() {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
        const QStringList texts{QStringLiteral("order 10"), QStringLiteral("Emma"),
                                QStringLiteral("B"),        QStringLiteral("aisha"),
                                QStringLiteral("émile"),    QStringLiteral("order 9"),
                                QStringLiteral("Accounts")};
        const QStringList people{QStringLiteral("Accounts"), QStringLiteral("aisha"),
                                 QStringLiteral("B"),        QStringLiteral("émile"),
                                 QStringLiteral("Emma"),     QStringLiteral("order 9"),
                                 QStringLiteral("order 10")};
        QCOMPARE(sorted(texts), people);
        QStringList reversed = people;
        std::reverse(reversed.begin(), reversed.end());
        QCOMPARE(sorted(texts, Qt::DescendingOrder), reversed);
    }

    void caseIgnoredInTheCLocale() {
        QLocale::setDefault(QLocale::c());
        QCOMPARE(sorted({QStringLiteral("ORDERS@x"), QStringLiteral("aisha@x"), QStringLiteral("Accounts@x"),
                         QStringLiteral("bert@x")}),
                 (QStringList{QStringLiteral("Accounts@x"), QStringLiteral("aisha@x"),
                              QStringLiteral("bert@x"), QStringLiteral("ORDERS@x")}));
    }

    void numbersAsNumbers() {
        QStandardItemModel model;
        for (int n : {100, 9, 25}) {
            auto* item = new QStandardItem;
            item->setData(n, Qt::DisplayRole);
            model.appendRow(item);
        }
        TableSortProxy proxy;
        proxy.setSourceModel(&model);
        proxy.sort(0);
        QCOMPARE(proxy.index(0, 0).data().toInt(), 9);
        QCOMPARE(proxy.index(2, 0).data().toInt(), 100);
    }
};

QTEST_MAIN(TestTableSort)
#include "tst_tablesort.moc"
