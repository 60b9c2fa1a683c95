#pragma once

#include <QList>
#include <QString>

#include <utility>

class QComboBox;
class QSortFilterProxyModel;
class QTableView;

namespace linkdesk {

// How a page shows its table: no row numbers, rows as tall as a line of text with room around it,
// the last column stretched, these column widths (column, pixels), sorted by sortColumn, and then
// the widths, order and sort this user left (rememberHeaderState under stateKey).
void setUpTable(QTableView* table, QSortFilterProxyModel* proxy, const QList<std::pair<int, int>>& widths,
                int sortColumn, const QString& stateKey);

// A proxy that filters on any column's text and sorts, both ignoring case.
void filterAnyColumn(QSortFilterProxyModel* proxy);

// "All shops", then each shop by its name (its data the code, empty for all).
void fillShopFilter(QComboBox* box, const QStringList& shopCodes);

// A shop column as wide as the longest shop name needs, from 50 to 160 pixels.
int shopColumnWidth(const QTableView* table);

} // namespace linkdesk
