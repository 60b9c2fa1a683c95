#pragma once

#include "config/keychainnames.h" // erpSecretName()
#include "erp/erpclient.h"
#include "util/result.h"

#include <QString>

#include <memory>

namespace linkdesk {

struct ErpConfig;
class LookupCache;

namespace net {
class HttpClient;
}

// The client the profile's [erp] section names (type businesscentral or tharstern), talking through
// http. secret is the Business Central client secret or the Tharstern password, from the keychain;
// it is never logged. A missing setting is a message naming the profile key. cache (may be null)
// keeps what a client reads whole (Tharstern's customer directory) and must outlive the client.
Result<std::unique_ptr<ErpClient>> createErpClient(const ErpConfig& config, const QString& secret,
                                                   net::HttpClient* http, QObject* parent = nullptr,
                                                   LookupCache* cache = nullptr);

} // namespace linkdesk
