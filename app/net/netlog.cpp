#include "netlog.h"

namespace linkdesk::net {
Q_LOGGING_CATEGORY(lcNet, "linkdesk.net")
} // namespace linkdesk::net
