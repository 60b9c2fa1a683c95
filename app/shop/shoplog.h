#pragma once

#include <QLoggingCategory>

namespace linkdesk::shop {
// "linkdesk.shop": what a shop source fetched and why an order was quarantined. Never a secret.
Q_DECLARE_LOGGING_CATEGORY(lcShop)
} // namespace linkdesk::shop
