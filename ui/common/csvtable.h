#pragma once

#include "util/csv.h"
#include "util/result.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace linkdesk::csvtable {

// A table as CSV: the header row, then one row each, every line ending in CRLF.
QString format(const QStringList& header, const QList<QStringList>& rows);

// One line of a CSV file being read (see read()): its fields by column name, and what is wrong
// with it.
class Line final {
public:
    Line(const csv::NamedRows& table, qsizetype row, QStringList& problems, QHash<QString, int>& keys);

    int number() const { return m_table.lineOf(m_row); }
    QString field(const QString& column) const { return m_table.field(m_row, column); } // trimmed
    void problem(const QString& text) { m_problems << text; }
    // The shop code in column "shop": a problem when it is empty, or when knownShops is not empty
    // and does not hold it.
    QString shop(const QStringList& knownShops);
    // The number of the line before this one that gave the same key (0 for none); the key is kept.
    int earlierWith(const QString& key);

private:
    const csv::NamedRows& m_table;
    qsizetype m_row;
    QStringList& m_problems;
    QHash<QString, int>& m_keys;
};

// Reads a CSV text whose first line names its columns (header: those format() writes), where each
// of required lists columns of which the file must have one. readLine is called for every line that
// is not blank and notes the problems it finds. Either every line is read, or nothing is: the error
// names the problems, in plain words.
Result<void> read(const QString& text, const QStringList& header, const QList<QStringList>& required,
                  const std::function<void(Line&)>& readLine);

} // namespace linkdesk::csvtable
