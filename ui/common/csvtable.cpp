#include "csvtable.h"

#include <QCoreApplication>

#include <algorithm>

namespace linkdesk::csvtable {

namespace {
QString tr(const char* text) {
    return QCoreApplication::translate("linkdesk::csvtable", text);
}
} // namespace

QString format(const QStringList& header, const QList<QStringList>& rows) {
    QString text = csv::formatRow(header) + QStringLiteral("\r\n");
    for (const QStringList& row : rows)
        text += csv::formatRow(row) + QStringLiteral("\r\n");
    return text;
}

Line::Line(const csv::NamedRows& table, qsizetype row, QStringList& problems, QHash<QString, int>& keys)
    : m_table(table)
    , m_row(row)
    , m_problems(problems)
    , m_keys(keys) {}

QString Line::shop(const QStringList& knownShops) {
    const QString code = field(QStringLiteral("shop"));
    if (code.isEmpty())
        problem(QCoreApplication::translate("linkdesk::csvtable", "Line %1 names no shop.").arg(number()));
    else if (!knownShops.isEmpty() && !knownShops.contains(code))
        problem(QCoreApplication::translate("linkdesk::csvtable",
                                            "Line %1: there is no shop \"%2\" in this profile (shops: %3).")
                    .arg(number())
                    .arg(code, knownShops.join(QStringLiteral(", "))));
    return code;
}

int Line::earlierWith(const QString& key) {
    const int first = m_keys.value(key);
    m_keys.insert(key, number());
    return first;
}

Result<void> read(const QString& text, const QStringList& header, const QList<QStringList>& required,
                  const std::function<void(Line&)>& readLine) {
    auto rows = csv::parse(text);
    if (!rows)
        return fail(tr("The file is not valid CSV: %1").arg(rows.message()));
    if (rows->isEmpty())
        return fail(tr("The file is empty."));
    const csv::NamedRows table(std::move(*rows));
    for (const QStringList& anyOf : required)
        if (std::none_of(anyOf.begin(), anyOf.end(), [&](const QString& c) { return table.hasColumn(c); }))
            return fail(tr("The first line must name the columns: %1.").arg(header.join(QLatin1Char(','))));

    QStringList problems;
    QHash<QString, int> keys;
    for (qsizetype i = 0; i < table.size(); ++i) {
        if (table.isBlank(i))
            continue;
        Line line(table, i, problems, keys);
        readLine(line);
    }
    if (problems.isEmpty())
        return {};
    const int shown = 10;
    QString message = problems.mid(0, shown).join(QLatin1Char('\n'));
    if (problems.size() > shown)
        message += QLatin1Char('\n') + tr("… and %1 more.").arg(problems.size() - shown);
    return fail(tr("Nothing was imported:\n%1").arg(message));
}

} // namespace linkdesk::csvtable
