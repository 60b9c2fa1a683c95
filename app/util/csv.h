#pragma once

#include "util/result.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace linkdesk::csv {

// The records of a CSV text with where each one stands in the file.
struct Table {
    QList<QStringList> rows;
    // Per row: its row number as a spreadsheet shows it (blank lines count as rows, a field with line
    // breaks does not add rows), and the line of the text it starts on. Both start at 1.
    QList<int> rowNumbers;
    QList<int> lineNumbers;
};

// RFC 4180: comma-separated (or `delimiter`), fields in double quotes may hold the delimiter,
// quotes ("") and line breaks; CRLF or LF. Blank lines are skipped. Returns the rows, or where the
// text stops being CSV (line number and why).
Result<Table> parseTable(const QString& text, QChar delimiter = QLatin1Char(','));
Result<QList<QStringList>> parse(const QString& text, QChar delimiter = QLatin1Char(','));
// One row, quoting each field that needs it.
QString formatRow(const QStringList& fields, QChar delimiter = QLatin1Char(','));
// The delimiter of a CSV text: whichever of comma, semicolon and tab its first line (outside quotes)
// holds most; a comma when it holds none.
QChar detectDelimiter(const QString& text);

} // namespace linkdesk::csv
