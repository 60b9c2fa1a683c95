#pragma once

// What the Business Central suites share: the sandbox company and secret their seeds use, and a
// client configuration pointing at the sandbox.
#include "erp/businesscentralclient.h"

#include <QUrl>

namespace erptest {

inline const QString CompanyId = QStringLiteral("6f2c1a8e-0000-4000-8000-00000000c0de");
inline const QString Secret = QStringLiteral("bc-s3cret-value");

// Tenant contoso, production, client linkdesk, on the sandbox at base.
inline linkdesk::BusinessCentralConfig sandboxConfig(const QString& base, const QString& secret = Secret,
                                                     int timeoutMs = 5000) {
    linkdesk::BusinessCentralConfig config;
    config.apiUrl = QUrl(base);
    config.tokenUrl = QUrl(base + QStringLiteral("/contoso/oauth2/v2.0/token"));
    config.tenant = QStringLiteral("contoso");
    config.environment = QStringLiteral("production");
    config.companyId = CompanyId;
    config.clientId = QStringLiteral("linkdesk");
    config.clientSecret = secret;
    config.timeoutMs = timeoutMs;
    return config;
}

} // namespace erptest
