#include "tablesetup.h"

#include "headerstate.h"
#include "shopnames.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QFontMetrics>
#include <QHeaderView>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <algorithm>

namespace linkdesk {

void setUpTable(QTableView* table, QSortFilterProxyModel* proxy, const QList<std::pair<int, int>>& widths,
                int sortColumn, const QString& stateKey) {
    table->setModel(proxy);
    table->verticalHeader()->hide();
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 8);
    table->horizontalHeader()->setStretchLastSection(true);
    for (const auto& [column, width] : widths)
        table->setColumnWidth(column, width);
    table->sortByColumn(sortColumn, Qt::AscendingOrder);
    rememberHeaderState(table->horizontalHeader(), stateKey);
}

void filterAnyColumn(QSortFilterProxyModel* proxy) {
    proxy->setFilterKeyColumn(-1);
    proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
}

void fillShopFilter(QComboBox* box, const QStringList& shopCodes) {
    box->addItem(QCoreApplication::translate("linkdesk::TableSetup", "All shops"), QString());
    for (const QString& code : shopCodes)
        box->addItem(ShopNames::current().of(code), code);
}

int shopColumnWidth(const QTableView* table) {
    const QFontMetrics metrics(table->font());
    int widest = 0;
    for (const QString& code : ShopNames::current().codes())
        widest = std::max(widest, metrics.horizontalAdvance(ShopNames::current().of(code)));
    return std::clamp(widest + 16, 50, 160);
}

} // namespace linkdesk
