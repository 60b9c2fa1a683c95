#pragma once

#include "profile.h"

#include <QString>
#include <QStringList>

namespace linkdesk {

// The names of the keychain entries Linkdesk keeps its secrets under, built here and nowhere else:
//   erp.client_secret        Business Central (OAuth2 client credentials)
//   erp.password             Tharstern (GenerateAPIToken)
//   shop.CODE.consumer_key   WooCommerce REST API key, per shop
//   shop.CODE.consumer_secret
// A name is lower case: a shop written [shop.WEB] in the profile has its key under
// shop.web.consumer_key, whoever asks (the settings page, the CLI, the import). Profile::load
// refuses two shops whose codes differ only in case, since they would share their secrets.
enum class ShopSecret { ConsumerKey, ConsumerSecret };

// The one builder: the parts in lower case, joined by dots.
QString keychainName(const QStringList& parts);
QString shopSecretName(const QString& shopCode, ShopSecret secret);
// The secrets a shop needs: a WooCommerce shop its key and secret, a folder of files none.
QStringList shopSecretNames(const ShopConfig& shop);
// The secret the profile's ERP needs; empty for an unknown type.
QString erpSecretName(const ErpConfig& erp);

} // namespace linkdesk
