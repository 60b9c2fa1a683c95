#include "shopcustomer.h"

#include <QStringList>

namespace linkdesk {

QString ShopCustomer::displayName() const {
    const QString name =
        QStringList{firstName.trimmed(), lastName.trimmed()}.join(QLatin1Char(' ')).trimmed();
    return name.isEmpty() ? company : name;
}

QString ShopCustomer::describe() const {
    const QString name =
        QStringList{firstName.trimmed(), lastName.trimmed()}.join(QLatin1Char(' ')).trimmed();
    QStringList who;
    for (const QString& part : {name, company.trimmed()})
        if (!part.isEmpty())
            who << part;
    QString words = who.join(QStringLiteral(", "));
    if (!email.trimmed().isEmpty())
        words += (words.isEmpty() ? QStringLiteral("<%1>") : QStringLiteral(" <%1>")).arg(email.trimmed());
    return words;
}

QString ShopCustomer::effectiveKey() const {
    if (!key.isEmpty())
        return key;
    if (!shopCustomerId.isEmpty())
        return shopCustomerId;
    return QStringLiteral("guest:") + email.trimmed().toLower();
}

} // namespace linkdesk
