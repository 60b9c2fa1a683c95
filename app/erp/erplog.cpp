#include "erplog.h"

namespace linkdesk {
Q_LOGGING_CATEGORY(lcErp, "linkdesk.erp")
} // namespace linkdesk
