#include "shopcustomer.h"

#include <QStringList>

namespace linkdesk {

QString ShopCustomer::displayName() const {
    const QString name =
        QStringList{firstName.trimmed(), lastName.trimmed()}.join(QLatin1Char(' ')).trimmed();
    return name.isEmpty() ? company : name;
}

QString ShopCustomer::effectiveKey() const {
    if (!key.isEmpty())
        return key;
    if (!shopCustomerId.isEmpty())
        return shopCustomerId;
    return QStringLiteral("guest:") + email.trimmed().toLower();
}

} // namespace linkdesk
