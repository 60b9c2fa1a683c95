#include "shoplog.h"

namespace linkdesk::shop {
Q_LOGGING_CATEGORY(lcShop, "linkdesk.shop")
} // namespace linkdesk::shop
