#include "erpclientfactory.h"

#include "config/profile.h"
#include "erp/businesscentralclient.h"
#include "erp/tharsternclient.h"

#include <QCoreApplication>

namespace linkdesk {

namespace {

// lupdate files the tr() calls of free functions under their namespace.
QString tr(const char* text) {
    return QCoreApplication::translate("linkdesk", text);
}

Error missing(const char* key) {
    return fail(tr("The profile's [erp] section needs %1.").arg(QLatin1String(key)),
                ErrorKind::Configuration);
}

QUrl httpUrl(const QString& text) {
    const QUrl url(text.trimmed(), QUrl::StrictMode);
    const bool web = url.scheme() == QLatin1String("https") || url.scheme() == QLatin1String("http");
    return url.isValid() && web && !url.host().isEmpty() ? url : QUrl();
}

} // namespace

Result<std::unique_ptr<ErpClient>> createErpClient(const ErpConfig& config, const QString& secret,
                                                   net::HttpClient* http, QObject* parent,
                                                   LookupCache* cache) {
    if (!http)
        return fail(tr("No HTTP client for the ERP."), ErrorKind::Invalid);
    if (config.type == QLatin1String("businesscentral")) {
        BusinessCentralConfig bc;
        bc.apiUrl =
            httpUrl(config.apiUrl.isEmpty() ? QStringLiteral("https://api.businesscentral.dynamics.com")
                                            : config.apiUrl);
        if (bc.apiUrl.isEmpty())
            return fail(tr("The profile's [erp] api_url is not an http(s) URL: %1").arg(config.apiUrl),
                        ErrorKind::Configuration);
        if (!config.tokenUrl.isEmpty()) {
            bc.tokenUrl = httpUrl(config.tokenUrl);
            if (bc.tokenUrl.isEmpty())
                return fail(
                    tr("The profile's [erp] token_url is not an http(s) URL: %1").arg(config.tokenUrl),
                    ErrorKind::Configuration);
        }
        bc.tenant = config.tenant.trimmed();
        bc.environment = config.environment.trimmed().isEmpty() ? QStringLiteral("production")
                                                                : config.environment.trimmed();
        bc.companyId = config.companyId.trimmed();
        bc.clientId = config.clientId.trimmed();
        bc.clientSecret = secret;
        bc.batch = config.batch;
        bc.batchSize = qBound(1, config.batchSize, ErpConfig::kMaxBatchSize);
        if (bc.tenant.isEmpty() &&
            (bc.tokenUrl.isEmpty() || !bc.apiUrl.path().endsWith(QLatin1String("/api/v2.0"))))
            return missing("tenant");
        if (bc.companyId.isEmpty())
            return missing("company_id");
        if (bc.clientId.isEmpty())
            return missing("client_id");
        if (secret.isEmpty())
            return fail(tr("The Business Central client secret (keychain entry %1) is not set.")
                            .arg(erpSecretName(config)),
                        ErrorKind::Configuration);
        return std::unique_ptr<ErpClient>(std::make_unique<BusinessCentralClient>(bc, http, parent));
    }
    if (config.type == QLatin1String("tharstern")) {
        TharsternConfig th;
        th.apiUrl = httpUrl(config.apiUrl);
        if (config.apiUrl.trimmed().isEmpty())
            return missing("api_url");
        if (th.apiUrl.isEmpty())
            return fail(tr("The profile's [erp] api_url is not an http(s) URL: %1").arg(config.apiUrl),
                        ErrorKind::Configuration);
        th.user = config.user.trimmed();
        if (th.user.isEmpty())
            return missing("user");
        th.password = secret;
        if (secret.isEmpty())
            return fail(
                tr("The Tharstern password (keychain entry %1) is not set.").arg(erpSecretName(config)),
                ErrorKind::Configuration);
        const TharsternKeys& keys = config.tharstern;
        th.applicationId = keys.applicationId.trimmed();
        if (keys.customerSearch == QLatin1String("contacts"))
            th.customerSearch = TharsternConfig::Search::Contacts;
        else if (keys.customerSearch == QLatin1String("endpoint"))
            th.customerSearch = TharsternConfig::Search::Endpoint;
        else
            return fail(tr("The profile's [erp] customer_search is \"%1\"; use endpoint or contacts.")
                            .arg(keys.customerSearch),
                        ErrorKind::Configuration);
        th.customerSearchPath = keys.customerSearchPath.trimmed();
        th.customerSearchParameter = keys.customerSearchParameter.trimmed();
        th.customerCreatePath = keys.customerCreatePath.trimmed();
        th.contactsPath = keys.contactsPath.trimmed();
        th.customerNameSearchPath = keys.customerNameSearchPath.trimmed();
        th.customerNameSearchParameter = keys.customerNameSearchParameter.trimmed();
        th.productSearchPath = keys.productSearchPath.trimmed();
        th.productSearchParameter = keys.productSearchParameter.trimmed();
        th.submitDeduplicates = keys.submitDeduplicates;
        for (const auto& [key, member] : TharsternKeys::texts())
            if ((keys.*member).trimmed().isEmpty())
                return missing(key);
        auto client = std::make_unique<TharsternClient>(th, http, parent);
        client->setLookupCache(cache);
        return std::unique_ptr<ErpClient>(std::move(client));
    }
    if (config.type.isEmpty())
        return missing("type (businesscentral or tharstern)");
    return fail(
        tr("Unknown ERP type '%1' in the profile: use businesscentral or tharstern.").arg(config.type),
        ErrorKind::Configuration);
}

} // namespace linkdesk
