#pragma once

#include "util/result.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace linkdesk::csv {

// RFC 4180: comma-separated, fields in double quotes may hold commas, quotes ("") and line breaks.
// Returns the rows, or where the text stops being CSV (line number and why).
Result<QList<QStringList>> parse(const QString& text);
// One row, quoting each field that needs it.
QString formatRow(const QStringList& fields);

} // namespace linkdesk::csv
