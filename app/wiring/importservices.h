#pragma once

#include "config/profile.h"
#include "erp/lookupcache.h"
#include "util/result.h"
#include <QList>

#include <QThread>

#include <functional>
#include <memory>

class QNetworkAccessManager;

namespace linkdesk {

class CachedErpDirectory;
class ErpClient;
class ShopSource;

namespace net {
class HttpClient;
}

// The network side of an import, built from a profile: the ERP client, the cached directory and
// one ShopSource per shop, on one HTTP client over one QNetworkAccessManager, all living on a
// thread of their own whose event loop runs their calls. The import pipeline (on another thread)
// waits on them; the GUI only ever reaches them through queued calls.
class ImportServices final {
    Q_DISABLE_COPY_MOVE(ImportServices)
public:
    // How a secret is read (the keychain, or LINKDESK_SECRET_* in the environment).
    using SecretReader = std::function<Result<QString>(const QString& name)>;

    // Reads the secrets, then builds everything on the network thread. cache may be shared with the
    // GUI (cache clear) and must outlive the services.
    static Result<std::unique_ptr<ImportServices>> create(const Profile& profile, const SecretReader& secrets,
                                                          LookupCache* cache);
    ~ImportServices();

    ErpClient* erp() const { return m_erp; }
    CachedErpDirectory* directory() const { return m_directory; }
    const QList<ShopSource*>& shops() const { return m_shops; }
    LookupCache* cache() const { return m_cache; }
    QObject* network() const { return m_root; }
    int erpRequests() const; // HTTP requests made to the ERP and shops since creation

private:
    ImportServices() = default;

    QThread m_thread;
    QObject* m_root = nullptr; // owns everything below; lives on m_thread
    QNetworkAccessManager* m_nam = nullptr;
    net::HttpClient* m_http = nullptr;
    ErpClient* m_erp = nullptr;
    CachedErpDirectory* m_directory = nullptr;
    QList<ShopSource*> m_shops;
    LookupCache* m_cache = nullptr;
    std::shared_ptr<std::atomic_int> m_requests = std::make_shared<std::atomic_int>(0);
};

} // namespace linkdesk
