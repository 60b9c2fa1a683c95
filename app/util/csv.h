#pragma once

#include "util/result.h"

#include <QHash>
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
// The rows of a parsed CSV text after its first, each field found by the name its column has on the
// first line (any case, spaces around ignored); a missing column or cell reads as empty.
class NamedRows {
public:
    explicit NamedRows(QList<QStringList> rows);

    bool hasColumn(const QString& name) const { return m_columns.contains(name); }
    qsizetype size() const { return m_rows.isEmpty() ? 0 : m_rows.size() - 1; }
    bool isBlank(qsizetype row) const;                       // a line with nothing on it
    int lineOf(qsizetype row) const { return int(row) + 2; } // its record, the header being 1
    QString field(qsizetype row, const QString& name) const; // trimmed

private:
    QList<QStringList> m_rows;
    QHash<QString, int> m_columns;
};

// One row, quoting each field that needs it.
QString formatRow(const QStringList& fields, QChar delimiter = QLatin1Char(','));
// The delimiter of a CSV text: whichever of comma, semicolon and tab its first line (outside quotes)
// holds most; a comma when it holds none.
QChar detectDelimiter(const QString& text);

} // namespace linkdesk::csv
