#include "importlog.h"

namespace linkdesk {
Q_LOGGING_CATEGORY(lcImport, "linkdesk.import")
} // namespace linkdesk
