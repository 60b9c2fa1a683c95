#pragma once

// The profile of Linkdesk run in-process (by the window's tests, the benchmarks) against a
// linkdesk-sandbox; CliWorld writes the same as a file for linkdesk-cli. Header-only.
#include "config/profile.h"
#include "store/database.h"
#include "store/settingsstore.h"

#include <memory>

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

// The profile's database, with the settings an import from the sandbox starts from: this default
// customer, items not checked for a block. Null, and a warning why, where it cannot be opened or set.
inline std::unique_ptr<Database> openSandboxDatabase(const Profile& profile, const QString& defaultCustomer) {
    auto db = Database::open(profile.databaseUrl);
    if (!db) {
        qWarning("%s", qPrintable(db.message()));
        return nullptr;
    }
    SettingsStore settings(**db);
    if (!settings.set(QStringLiteral("default_customer_code"), defaultCustomer) ||
        !settings.set(QStringLiteral("item_blocked_check"), QStringLiteral("false"))) {
        qWarning("cannot set the import's settings");
        return nullptr;
    }
    return std::move(*db);
}

} // namespace linkdesk::test
