#include "creationintentrepository.h"

#include "database.h"

#include <QDateTime>

namespace linkdesk {

Result<void> CreationIntentRepository::record(const CreationIntent& intent) {
    const QString now = sqlTimestamp(QDateTime::currentDateTimeUtc());
    auto r = m_db.exec(
        QStringLiteral(
            "INSERT INTO creation_intents (shop_code, customer_key, state, erp_customer_no, "
            "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (shop_code, customer_key) "
            "DO UPDATE SET state = excluded.state, erp_customer_no = excluded.erp_customer_no, "
            "updated_at = excluded.updated_at"),
        {intent.shopCode, intent.customerKey, toString(intent.state), intent.erpCustomerNumber, now, now});
    if (!r)
        return r.error();
    return {};
}

Result<QList<CreationIntent>> CreationIntentRepository::list(const QString& shopCode) {
    QString unknownState; // of the first intent whose state this program does not know
    auto intents = m_db.readRows(
        QStringLiteral("SELECT shop_code, customer_key, state, erp_customer_no FROM creation_intents "
                       "WHERE ? = '' OR shop_code = ? ORDER BY shop_code, customer_key"),
        {shopCode, shopCode}, [&](const QSqlQuery& q) {
            CreationIntent intent;
            intent.shopCode = q.value(0).toString();
            intent.customerKey = q.value(1).toString();
            if (!parseCreationIntentState(q.value(2).toString(), &intent.state) && unknownState.isEmpty())
                unknownState = QStringLiteral("Creation intent %1/%2 has an unknown state \"%3\".")
                                   .arg(intent.shopCode, intent.customerKey, q.value(2).toString());
            intent.erpCustomerNumber = q.value(3).toString();
            return intent;
        });
    if (intents && !unknownState.isEmpty())
        return fail(unknownState);
    return intents;
}

} // namespace linkdesk
