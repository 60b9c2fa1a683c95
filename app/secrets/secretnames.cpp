#include "secretnames.h"

namespace linkdesk::secrets {

QStringList secretNames(const Profile& profile) {
    QStringList names;
    if (const QString erp = erpSecretName(profile.erp); !erp.isEmpty())
        names << erp;
    for (const ShopConfig& shop : profile.shops)
        names << shopSecretNames(shop);
    return names;
}

} // namespace linkdesk::secrets
