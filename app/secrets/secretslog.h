#pragma once

#include <QLoggingCategory>

namespace linkdesk::secrets {
// "linkdesk.secrets": which secret was read, stored or removed, and failures. Never a value.
Q_DECLARE_LOGGING_CATEGORY(lcSecrets)
} // namespace linkdesk::secrets
