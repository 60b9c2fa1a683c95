#pragma once

#include <QLoggingCategory>

namespace linkdesk::net {
// "linkdesk.net": one info line per HTTP attempt (method, redacted URL, status, time). Never a secret.
Q_DECLARE_LOGGING_CATEGORY(lcNet)
} // namespace linkdesk::net
