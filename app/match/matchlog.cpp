#include "matchlog.h"

namespace linkdesk {
Q_LOGGING_CATEGORY(lcMatch, "linkdesk.match")
} // namespace linkdesk
