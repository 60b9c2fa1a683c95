#pragma once

// The profile of Linkdesk run in-process (by the window's tests, the benchmarks) against a
// linkdesk-sandbox; CliWorld writes the same as a file for linkdesk-cli. Header-only.
#include "config/profile.h"

namespace linkdesk::test {

// WooCommerce shop web (named name) and Business Central, both on the sandbox at base, with this
// database.
inline Profile sandboxProfile(const QString& base, const QString& databaseUrl, const QString& name) {
    Profile profile;
    profile.databaseUrl = databaseUrl;
    profile.shops = {ShopConfig{QStringLiteral("web"), name, QStringLiteral("woocommerce"), base, {}}};
    profile.erp.type = QStringLiteral("businesscentral");
    profile.erp.apiUrl = base;
    profile.erp.tokenUrl = base + QStringLiteral("/t/oauth2/v2.0/token");
    profile.erp.companyId = QStringLiteral("demo");
    profile.erp.tenant = QStringLiteral("t");
    profile.erp.clientId = QStringLiteral("linkdesk");
    return profile;
}

} // namespace linkdesk::test
