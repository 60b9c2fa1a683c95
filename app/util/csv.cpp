#include "csv.h"

namespace linkdesk::csv {

Result<Table> parseTable(const QString& text, QChar delimiter) {
    Table table;
    QStringList row;
    QString field;
    bool quoted = false;
    bool fieldStarted = false;
    int line = 1;
    int rowNumber = 1;
    int rowLine = 1; // where the row being read started
    const qsizetype n = text.size();
    auto endRow = [&] {
        if (!(row.size() == 1 && row.first().isEmpty())) {
            table.rows.append(row);
            table.rowNumbers.append(rowNumber);
            table.lineNumbers.append(rowLine);
        }
        row.clear();
        ++rowNumber;
    };
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < n && text.at(i + 1) == QLatin1Char('"')) {
                    field += c;
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                if (c == QLatin1Char('\n'))
                    ++line;
                field += c;
            }
            continue;
        }
        if (c == QLatin1Char('"')) {
            if (fieldStarted && !field.isEmpty())
                return fail(QStringLiteral("Line %1: a quote in the middle of an unquoted field.").arg(line));
            quoted = true;
            fieldStarted = true;
        } else if (c == delimiter) {
            row.append(field);
            field.clear();
            fieldStarted = false;
        } else if (c == QLatin1Char('\r') || c == QLatin1Char('\n')) {
            if (c == QLatin1Char('\r') && i + 1 < n && text.at(i + 1) == QLatin1Char('\n'))
                ++i;
            row.append(field);
            field.clear();
            fieldStarted = false;
            endRow();
            ++line;
            rowLine = line;
        } else {
            field += c;
            fieldStarted = true;
        }
    }
    if (quoted)
        return fail(QStringLiteral("Line %1: a quoted field is not closed.").arg(line));
    if (fieldStarted || !row.isEmpty()) {
        row.append(field);
        endRow();
    }
    return table;
}

Result<QList<QStringList>> parse(const QString& text, QChar delimiter) {
    auto table = parseTable(text, delimiter);
    if (!table)
        return table.error();
    return std::move(table->rows);
}

QString formatRow(const QStringList& fields, QChar delimiter) {
    QStringList out;
    out.reserve(fields.size());
    for (const QString& f : fields) {
        if (f.contains(delimiter) || f.contains(QLatin1Char('"')) || f.contains(QLatin1Char('\n')) ||
            f.contains(QLatin1Char('\r'))) {
            QString q = f;
            q.replace(QLatin1Char('"'), QLatin1String("\"\""));
            out << QLatin1Char('"') + q + QLatin1Char('"');
        } else {
            out << f;
        }
    }
    return out.join(delimiter);
}

QChar detectDelimiter(const QString& text) {
    int comma = 0;
    int semicolon = 0;
    int tab = 0;
    bool quoted = false;
    for (const QChar c : text) {
        if (c == QLatin1Char('"'))
            quoted = !quoted; // a doubled quote flips twice
        else if (quoted)
            continue;
        else if (c == QLatin1Char('\n') || c == QLatin1Char('\r'))
            break;
        else if (c == QLatin1Char(','))
            ++comma;
        else if (c == QLatin1Char(';'))
            ++semicolon;
        else if (c == QLatin1Char('\t'))
            ++tab;
    }
    if (tab > comma && tab >= semicolon)
        return QLatin1Char('\t');
    if (semicolon > comma)
        return QLatin1Char(';');
    return QLatin1Char(',');
}

NamedRows::NamedRows(QList<QStringList> rows)
    : m_rows(std::move(rows)) {
    if (m_rows.isEmpty())
        return;
    const QStringList& header = m_rows.first();
    for (int c = 0; c < header.size(); ++c)
        if (const QString name = header.at(c).trimmed().toLower(); !m_columns.contains(name))
            m_columns.insert(name, c); // the first column of a name counts
}

bool NamedRows::isBlank(qsizetype row) const {
    const QStringList& fields = m_rows.at(row + 1);
    return fields.size() == 1 && fields.first().trimmed().isEmpty();
}

QString NamedRows::field(qsizetype row, const QString& name) const {
    const QStringList& fields = m_rows.at(row + 1);
    const int c = m_columns.value(name, -1);
    return c >= 0 && c < fields.size() ? fields.at(c).trimmed() : QString();
}

} // namespace linkdesk::csv
