#include "keychainnames.h"

namespace linkdesk {

QString keychainName(const QStringList& parts) {
    return parts.join(QLatin1Char('.')).toLower();
}

QString shopSecretName(const QString& shopCode, ShopSecret secret) {
    return keychainName({QStringLiteral("shop"), shopCode,
                         secret == ShopSecret::ConsumerKey ? QStringLiteral("consumer_key")
                                                           : QStringLiteral("consumer_secret")});
}

QStringList shopSecretNames(const ShopConfig& shop) {
    if (shop.type != QLatin1String("woocommerce"))
        return {};
    return {shopSecretName(shop.code, ShopSecret::ConsumerKey),
            shopSecretName(shop.code, ShopSecret::ConsumerSecret)};
}

QString erpSecretName(const ErpConfig& erp) {
    if (erp.type == QLatin1String("businesscentral"))
        return keychainName({QStringLiteral("erp"), QStringLiteral("client_secret")});
    if (erp.type == QLatin1String("tharstern"))
        return keychainName({QStringLiteral("erp"), QStringLiteral("password")});
    return {};
}

} // namespace linkdesk
