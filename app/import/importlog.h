#pragma once

#include <QLoggingCategory>

namespace linkdesk {
Q_DECLARE_LOGGING_CATEGORY(lcImport)
} // namespace linkdesk
