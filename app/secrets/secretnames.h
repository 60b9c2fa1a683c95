#pragma once

#include "config/profile.h"

#include <QStringList>

namespace linkdesk::secrets {

// The secret names a profile needs, in a stable order:
//   erp.client_secret        Business Central (OAuth2 client credentials)
//   erp.password             Tharstern (GenerateAPIToken)
//   shop.CODE.consumer_key   WooCommerce REST API key, per shop
//   shop.CODE.consumer_secret
QStringList secretNames(const Profile& profile);

} // namespace linkdesk::secrets
