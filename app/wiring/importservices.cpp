#include "importservices.h"

#include "config/keychainnames.h"
#include "erp/cachederpdirectory.h"
#include "net/httpclient.h"
#include "shop/shopsources.h"
#include "util/crossthread.h"
#include "wiring/erpclientfactory.h"

#include <QNetworkAccessManager>

namespace linkdesk {

Result<std::unique_ptr<ImportServices>>
ImportServices::create(const Profile& profile, const SecretReader& secrets, LookupCache* cache) {
    // Secrets first, on the caller's thread: a missing one is a message before anything starts.
    const QString erpSecretKey = erpSecretName(profile.erp);
    if (erpSecretKey.isEmpty())
        return fail(
            QObject::tr("The profile names no ERP (its [erp] type must be businesscentral or tharstern)."),
            ErrorKind::Configuration);
    auto erpSecret = secrets(erpSecretKey);
    if (!erpSecret)
        return fail(
            QObject::tr("The ERP secret %1 is not available: %2").arg(erpSecretKey, erpSecret.message()),
            ErrorKind::Configuration);
    struct ShopPlan {
        ShopConfig config;
        QString key;
        QString secret;
    };
    QList<ShopPlan> shops;
    for (const ShopConfig& shop : profile.shops) {
        ShopPlan plan{shop, {}, {}};
        if (shop.type == QLatin1String("woocommerce")) {
            for (const ShopSecret part : {ShopSecret::ConsumerKey, ShopSecret::ConsumerSecret}) {
                const QString name = shopSecretName(shop.code, part);
                auto value = secrets(name);
                if (!value)
                    return fail(QObject::tr("The secret %1 of shop %2 is not available: %3")
                                    .arg(name, shop.code, value.message()),
                                ErrorKind::Configuration);
                (part == ShopSecret::ConsumerKey ? plan.key : plan.secret) = *value;
            }
        } else if (shop.type != QLatin1String("file")) {
            return fail(
                QObject::tr("Shop %1 has type \"%2\"; use woocommerce or file.").arg(shop.code, shop.type),
                ErrorKind::Configuration);
        }
        shops.append(plan);
    }

    std::unique_ptr<ImportServices> s(new ImportServices);
    s->m_cache = cache;
    s->m_thread.setObjectName(QStringLiteral("linkdesk-network"));
    s->m_root = new QObject;
    s->m_root->moveToThread(&s->m_thread);
    s->m_thread.start();
    ImportServices* self = s.get();
    auto built = callAndWait<bool>(self->m_root, [self, profile, erpSecret = *erpSecret, shops](auto done) {
        self->m_nam = new QNetworkAccessManager(self->m_root);
        self->m_http = new net::HttpClient(self->m_nam, self->m_root);
        net::RetryPolicy policy = self->m_http->retryPolicy();
        policy.defaultTimeoutMs = profile.net.timeoutMs;
        policy.maxAttempts = profile.net.maxAttempts;
        self->m_http->setRetryPolicy(policy);
        self->m_http->setMaxParallel(profile.net.maxParallel);
        auto counter = self->m_requests;
        QObject::connect(self->m_http, &net::HttpClient::attemptFinished, self->m_root,
                         [counter](const QString&, const QString&, int, qint64) { ++*counter; });
        auto erp = createErpClient(profile.erp, erpSecret, self->m_http, self->m_root, self->m_cache);
        if (!erp)
            return done(erp.error());
        self->m_erp = erp->release();
        self->m_directory = new CachedErpDirectory(self->m_erp, self->m_cache, self->m_root);
        for (const ShopPlan& plan : shops) {
            if (plan.config.type == QLatin1String("woocommerce")) {
                shop::WooCommerceSource::Options o;
                o.shopCode = plan.config.code;
                o.url = QUrl(plan.config.url);
                o.consumerKey = plan.key;
                o.consumerSecret = plan.secret;
                self->m_shops.append(new WooShopSource(self->m_http, o, self->m_root));
            } else {
                self->m_shops.append(new FolderShopSource(plan.config.code, plan.config.path,
                                                          plan.config.fileFormat, self->m_root));
            }
        }
        done(true);
    });
    if (!built)
        return built.error();
    return s;
}

ImportServices::~ImportServices() {
    if (m_root) { // users first, the network access manager last, on their own thread
        QMetaObject::invokeMethod(
            m_root,
            [this] {
                qDeleteAll(m_shops);
                delete m_directory;
                delete m_erp;
                delete m_http;
                delete m_root;
            },
            Qt::BlockingQueuedConnection);
    }
    m_thread.quit();
    m_thread.wait();
}

int ImportServices::erpRequests() const {
    return m_requests->load();
}

} // namespace linkdesk
