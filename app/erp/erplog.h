#pragma once

#include <QLoggingCategory>

namespace linkdesk {
// "linkdesk.erp": ERP clients, the lookup cache and the cached directory. Never a secret.
Q_DECLARE_LOGGING_CATEGORY(lcErp)
} // namespace linkdesk
