#include "secretnames.h"

namespace linkdesk::secrets {

QStringList secretNames(const Profile& profile) {
    QStringList names;
    const QString erp = profile.erp.type.toLower();
    if (erp == QLatin1String("businesscentral"))
        names << QStringLiteral("erp.client_secret");
    else if (erp == QLatin1String("tharstern"))
        names << QStringLiteral("erp.password");
    for (const ShopConfig& shop : profile.shops) {
        if (shop.type.toLower() != QLatin1String("woocommerce"))
            continue;
        const QString code = shop.code.toLower();
        names << QStringLiteral("shop.%1.consumer_key").arg(code)
              << QStringLiteral("shop.%1.consumer_secret").arg(code);
    }
    return names;
}

} // namespace linkdesk::secrets
