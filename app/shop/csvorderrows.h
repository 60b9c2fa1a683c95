#pragma once

#include "domain/stagedorder.h"

#include <QList>
#include <QString>

#include <functional>
#include <optional>

namespace linkdesk::shop {

// What the CSV order parsers share: the rows of a file grouped into orders, and an order's lines
// read one a row until the first bad one, which quarantines the order.

// An order's rows in a CSV file.
struct CsvOrderRows {
    QString number;
    QList<int> rows; // indexes into the file's rows
    int apart = -1;  // the first of its rows after another order's rows; -1 while its rows are together
};

// Groups the data rows (1 to rowCount - 1) by the order number numberOf gives each, in the order
// orders first appear; a row it gives none (an empty row, or one it refused itself) is in no order.
QList<CsvOrderRows> groupRowsByOrder(int rowCount,
                                     const std::function<std::optional<QString>(int row)>& numberOf);

// A row that stops an order, and why.
struct CsvRowError {
    int row = 0;
    QString why;
};

// Appends to order a line from each of its rows, numbered from 1 and read by readLine, which says
// why the row is not a line (empty when it is one); stops at the first it refuses.
std::optional<CsvRowError> readOrderLines(const QList<int>& rows, StagedOrder& order,
                                          const std::function<QString(int row, OrderLine& line)>& readLine);

} // namespace linkdesk::shop
