#include "csvorderrows.h"

#include <QHash>

namespace linkdesk::shop {

QList<CsvOrderRows> groupRowsByOrder(int rowCount,
                                     const std::function<std::optional<QString>(int row)>& numberOf) {
    QList<CsvOrderRows> groups;
    QHash<QString, qsizetype> groupOf;
    QString previous;
    for (int r = 1; r < rowCount; ++r) {
        const std::optional<QString> number = numberOf(r);
        if (!number)
            continue;
        auto found = groupOf.constFind(*number);
        if (found == groupOf.constEnd()) {
            found = groupOf.insert(*number, groups.size());
            groups.append(CsvOrderRows{*number, {}, -1});
        } else if (previous != *number && groups[*found].apart < 0) {
            groups[*found].apart = r;
        }
        groups[*found].rows.append(r);
        previous = *number;
    }
    return groups;
}

std::optional<CsvRowError> readOrderLines(const QList<int>& rows, StagedOrder& order,
                                          const std::function<QString(int row, OrderLine& line)>& readLine) {
    for (int r : rows) {
        OrderLine line;
        line.lineNo = int(order.lines.size()) + 1;
        const QString why = readLine(r, line);
        if (!why.isEmpty())
            return CsvRowError{r, why};
        order.lines.append(line);
    }
    return std::nullopt;
}

} // namespace linkdesk::shop
