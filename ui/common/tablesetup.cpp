#include "tablesetup.h"

#include "headerstate.h"
#include "shopnames.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QHeaderView>
#include <QSortFilterProxyModel>
#include <QTableView>

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

} // namespace linkdesk
