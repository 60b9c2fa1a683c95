#include "importsummary.h"

#include <QObject>

namespace linkdesk {

QJsonObject ImportSummary::toJson() const {
    return QJsonObject{
        {QStringLiteral("fetched"), fetched},
        {QStringLiteral("quarantined"), quarantined},
        {QStringLiteral("matched"), matched},
        {QStringLiteral("blocked"), blocked},
        {QStringLiteral("needs_review"), needsReview},
        {QStringLiteral("submitted"), submitted},
        {QStringLiteral("failed"), failed},
        {QStringLiteral("customers_created"), customersCreated},
        {QStringLiteral("customers_linked"), QJsonObject{{QStringLiteral("email"), linkedByEmail},
                                                         {QStringLiteral("existing"), linkedExisting},
                                                         {QStringLiteral("contact"), linkedContact},
                                                         {QStringLiteral("created"), linkedCreated},
                                                         {QStringLiteral("default"), linkedDefault}}}};
}

QString ImportSummary::toText() const {
    QString text = QObject::tr("Fetched %1 orders (%2 quarantined). Matched %3, blocked %4, needs review %5. "
                               "Submitted %6, failed %7.\n")
                       .arg(fetched)
                       .arg(quarantined)
                       .arg(matched)
                       .arg(blocked)
                       .arg(needsReview)
                       .arg(submitted)
                       .arg(failed);
    text +=
        QObject::tr("Customers: %1 created; linked by e-mail %2, existing link %3, contact %4, created %5, "
                    "default customer %6.")
            .arg(customersCreated)
            .arg(linkedByEmail)
            .arg(linkedExisting)
            .arg(linkedContact)
            .arg(linkedCreated)
            .arg(linkedDefault);
    if (cancelled)
        text += QObject::tr("\nCancelled: the rest is picked up by the next import.");
    return text;
}

} // namespace linkdesk
