#pragma once

#include "util/result.h"

#include <QString>

namespace linkdesk {

// The error's plain sentence with what the client was doing when it failed, kind and detail kept:
// "Could not reach Business Central: connection refused (looking up item NOPE-123)."
inline Error withContext(Error error, const QString& what) {
    QString message = error.message;
    if (message.endsWith(QLatin1Char('.')))
        message.chop(1);
    error.message = QStringLiteral("%1 (%2).").arg(message, what);
    return error;
}

} // namespace linkdesk
