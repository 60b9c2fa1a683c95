#include "catalogrepository.h"

#include "auditlog.h"
#include "database.h"
#include "orderrepository.h"

#include <QDateTime>
#include <QJsonDocument>

namespace linkdesk {

namespace {
ProductMapping readMapping(const QSqlQuery& q) {
    ProductMapping m;
    readColumns(q, m.shopCode, m.sku, m.productId, m.variationId, m.erpItemNumber, m.source, m.setBy,
                m.setAt);
    return m;
}
const QString kMappingColumns =
    QStringLiteral("shop_code, sku, product_id, variation_id, erp_item_no, source, set_by, set_at");

const QString kRelationColumns =
    QStringLiteral("shop_code, shop_customer_id, erp_customer_no, note, set_by, set_at");

ContactRelation readRelation(const QSqlQuery& q) {
    return ContactRelation{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                           q.value(3).toString(), q.value(4).toString(), fromSqlTimestamp(q.value(5))};
}

// A relation's value in the audit log: the ERP customer, and the reason when there is one.
QString describeRelation(const ContactRelation& r) {
    return r.reason.isEmpty() ? r.erpCustomerNumber
                              : QStringLiteral("%1 (%2)").arg(r.erpCustomerNumber, r.reason);
}

CustomerTemplate readTemplate(const QSqlQuery& q) {
    CustomerTemplate t;
    readColumns(q, t.id, t.name, t.priority, t.shopCode, t.country, t.currency, t.vatPresent, t.fields);
    return t;
}

QString templateText(const CustomerTemplate& t) {
    return QStringLiteral("%1 [shop=%2 country=%3 currency=%4 vat=%5] %6")
        .arg(t.name, t.shopCode, t.country, t.currency, QString::number(t.vatPresent),
             QString::fromUtf8(QJsonDocument(t.fields).toJson(QJsonDocument::Compact)));
}
} // namespace

Result<std::optional<ProductMapping>> CatalogRepository::mapping(const QString& shopCode,
                                                                 const QString& matchKey) {
    return m_db.readRow(
        QStringLiteral("SELECT %1 FROM product_mappings WHERE shop_code = ? AND match_key = ?")
            .arg(kMappingColumns),
        {shopCode, matchKey}, readMapping);
}

Result<QList<ProductMapping>> CatalogRepository::mappings(const QString& shopCode) {
    if (shopCode.isEmpty())
        return m_db.readRows(QStringLiteral("SELECT %1 FROM product_mappings ORDER BY shop_code, match_key")
                                 .arg(kMappingColumns),
                             {}, readMapping);
    return m_db.readRows(
        QStringLiteral("SELECT %1 FROM product_mappings WHERE shop_code = ? ORDER BY match_key")
            .arg(kMappingColumns),
        {shopCode}, readMapping);
}

Result<void> CatalogRepository::writeMapping(const ProductMapping& m) {
    if (m.erpItemNumber.trimmed().isEmpty())
        return fail(QStringLiteral("A product mapping needs an ERP item number."));
    if (m.sku.isEmpty() && m.productId == 0)
        return fail(QStringLiteral("A product mapping needs a SKU or a product id."));
    auto old = mapping(m.shopCode, m.matchKey());
    if (!old)
        return old.error();
    if (*old && (*old)->erpItemNumber == m.erpItemNumber && (*old)->source == m.source)
        return {};
    auto r = m_db.exec(
        QStringLiteral("INSERT INTO product_mappings (shop_code, match_key, sku, product_id, "
                       "variation_id, erp_item_no, source, set_by, set_at) VALUES (?, ?, ?, ?, ?, ?, "
                       "?, ?, ?) ON CONFLICT (shop_code, match_key) DO UPDATE SET "
                       "erp_item_no = excluded.erp_item_no, source = excluded.source, "
                       "set_by = excluded.set_by, set_at = excluded.set_at"),
        {m.shopCode, m.matchKey(), m.sku, m.productId, m.variationId, m.erpItemNumber.trimmed(), m.source,
         m_db.actor(), sqlTimestamp(QDateTime::currentDateTimeUtc())});
    if (!r)
        return r.error();
    return AuditLog(m_db).record(QStringLiteral("mapping"), m.shopCode + QLatin1Char('/') + m.matchKey(),
                                 *old ? (*old)->erpItemNumber : QStringLiteral("(none)"),
                                 m.erpItemNumber.trimmed() + QStringLiteral(" (") + m.source +
                                     QLatin1Char(')'));
}

Result<void> CatalogRepository::setMapping(const ProductMapping& mapping) {
    return setMappings({mapping});
}

Result<void> CatalogRepository::setMappings(const QList<ProductMapping>& mappings) {
    Transaction tx(m_db);
    if (!tx.started())
        return tx.started();
    for (const ProductMapping& m : mappings)
        if (auto r = writeMapping(m); !r)
            return r;
    return tx.commit();
}

Result<int> CatalogRepository::saveMappings(const QList<ProductMapping>& mappings, const QString& reason) {
    Transaction tx(m_db);
    if (!tx.started())
        return tx.started().error();
    if (auto r = setMappings(mappings); !r)
        return r.error();
    auto released = OrderRepository(m_db).requeueBlockedOn(mappings, reason);
    if (!released)
        return released.error();
    if (auto r = tx.commit(); !r)
        return r.error();
    return *released;
}

Result<void> CatalogRepository::removeMapping(const QString& shopCode, const QString& matchKey) {
    Transaction tx(m_db);
    auto old = mapping(shopCode, matchKey);
    if (!old)
        return old.error();
    if (!*old)
        return fail(QStringLiteral("There is no product mapping %1 in shop %2.").arg(matchKey, shopCode));
    if (auto r =
            m_db.exec(QStringLiteral("DELETE FROM product_mappings WHERE shop_code = ? AND match_key = ?"),
                      {shopCode, matchKey});
        !r)
        return r.error();
    if (auto r = AuditLog(m_db).record(QStringLiteral("mapping"), shopCode + QLatin1Char('/') + matchKey,
                                       (*old)->erpItemNumber, QStringLiteral("(none)"));
        !r)
        return r;
    return tx.commit();
}

Result<std::optional<ContactRelation>> CatalogRepository::contactRelation(const QString& shopCode,
                                                                          const QString& shopCustomerId) {
    return m_db.readRow(
        QStringLiteral("SELECT %1 FROM contact_relations WHERE shop_code = ? AND shop_customer_id = ?")
            .arg(kRelationColumns),
        {shopCode, shopCustomerId}, readRelation);
}

Result<QList<ContactRelation>> CatalogRepository::contactRelations(const QString& shopCode) {
    auto rows = contactRelationRows(shopCode);
    if (!rows)
        return rows.error();
    QList<ContactRelation> result;
    for (const ContactRelationRow& row : *rows)
        result.append(row.relation);
    return result;
}

Result<QList<ContactRelationRow>> CatalogRepository::contactRelationRows(const QString& shopCode) {
    // A shop customer id can have several identities (one per set of match values): the relation is
    // listed once, with the words of the first identity found.
    auto q = m_db.exec(QStringLiteral("SELECT %1, c.first_name, c.last_name, c.company, c.email FROM "
                                      "contact_relations r LEFT JOIN shop_customers c ON c.shop_code = "
                                      "r.shop_code AND c.shop_customer_id = r.shop_customer_id WHERE ? = '' "
                                      "OR r.shop_code = ? ORDER BY r.shop_code, r.shop_customer_id, c.id")
                           .arg(QStringLiteral("r.shop_code, r.shop_customer_id, r.erp_customer_no, r.note, "
                                               "r.set_by, r.set_at")),
                       {shopCode, shopCode});
    if (!q)
        return q.error();
    QList<ContactRelationRow> result;
    while (q->next()) {
        ContactRelationRow row{readRelation(*q), {}};
        if (!result.isEmpty() && result.constLast().relation.shopCode == row.relation.shopCode &&
            result.constLast().relation.shopCustomerId == row.relation.shopCustomerId)
            continue;
        row.customer.shopCode = row.relation.shopCode;
        row.customer.shopCustomerId = row.relation.shopCustomerId;
        row.customer.firstName = q->value(6).toString();
        row.customer.lastName = q->value(7).toString();
        row.customer.company = q->value(8).toString();
        row.customer.email = q->value(9).toString();
        result.append(row);
    }
    return result;
}

Result<QString> CatalogRepository::relationSubject(const QString& shopCode, const QString& shopCustomerId) {
    auto q = m_db.exec(QStringLiteral("SELECT first_name, last_name, company, email FROM shop_customers "
                                      "WHERE shop_code = ? AND shop_customer_id = ? ORDER BY id"),
                       {shopCode, shopCustomerId});
    if (!q)
        return q.error();
    if (!q->next())
        return QString();
    ShopCustomer c;
    c.firstName = q->value(0).toString();
    c.lastName = q->value(1).toString();
    c.company = q->value(2).toString();
    c.email = q->value(3).toString();
    return c.describe();
}

Result<int> CatalogRepository::setContactRelation(const ContactRelation& relation) {
    const QString customer = relation.shopCustomerId.trimmed();
    const QString erp = relation.erpCustomerNumber.trimmed();
    if (relation.shopCode.trimmed().isEmpty() || customer.isEmpty() || erp.isEmpty())
        return fail(QStringLiteral(
            "A contact relation needs a shop, a shop customer id and an ERP customer number."));
    if (customer.startsWith(QLatin1String("guest:")))
        return fail(QStringLiteral("A contact relation is for a registered shop customer, not a guest."));
    Transaction tx(m_db);
    if (!tx.started())
        return tx.started().error();
    auto old = contactRelation(relation.shopCode, customer);
    if (!old)
        return old.error();
    if (*old && (*old)->erpCustomerNumber == erp && (*old)->reason == relation.reason.trimmed())
        return 0;
    if (auto r = m_db.exec(
            QStringLiteral(
                "INSERT INTO contact_relations (shop_code, shop_customer_id, erp_customer_no, note, "
                "set_by, set_at) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (shop_code, "
                "shop_customer_id) DO UPDATE SET erp_customer_no = excluded.erp_customer_no, "
                "note = excluded.note, set_by = excluded.set_by, set_at = excluded.set_at"),
            {relation.shopCode, customer, erp, relation.reason.trimmed(), m_db.actor(),
             sqlTimestamp(QDateTime::currentDateTimeUtc())});
        !r)
        return r.error();
    auto subject = relationSubject(relation.shopCode, customer);
    if (!subject)
        return subject.error();
    if (auto r = AuditLog(m_db).record(
            QStringLiteral("contact"), relation.shopCode + QLatin1Char('/') + customer,
            *old ? describeRelation(**old) : QStringLiteral("(none)"),
            describeRelation({relation.shopCode, customer, erp, relation.reason.trimmed(), {}, {}}),
            *subject);
        !r)
        return r.error();
    return requeueOrdersOf(tx, relation.shopCode, customer,
                           QStringLiteral("its shop customer's contact relation was set"));
}

Result<int> CatalogRepository::removeContactRelation(const QString& shopCode, const QString& shopCustomerId) {
    Transaction tx(m_db);
    if (!tx.started())
        return tx.started().error();
    auto old = contactRelation(shopCode, shopCustomerId);
    if (!old)
        return old.error();
    if (!*old)
        return fail(
            QStringLiteral("Shop %1 has no contact relation for customer %2.").arg(shopCode, shopCustomerId));
    if (auto r = m_db.exec(
            QStringLiteral("DELETE FROM contact_relations WHERE shop_code = ? AND shop_customer_id = ?"),
            {shopCode, shopCustomerId});
        !r)
        return r.error();
    auto subject = relationSubject(shopCode, shopCustomerId);
    if (!subject)
        return subject.error();
    if (auto r =
            AuditLog(m_db).record(QStringLiteral("contact"), shopCode + QLatin1Char('/') + shopCustomerId,
                                  describeRelation(**old), QStringLiteral("(none)"), *subject);
        !r)
        return r.error();
    return requeueOrdersOf(tx, shopCode, shopCustomerId,
                           QStringLiteral("its shop customer's contact relation was removed"));
}

Result<int> CatalogRepository::requeueOrdersOf(Transaction& tx, const QString& shopCode,
                                               const QString& shopCustomerId, const QString& reason) {
    auto keys = m_db.exec(
        QStringLiteral("SELECT DISTINCT customer_key FROM staged_orders WHERE shop_code = ? "
                       "AND shop_customer_id = ? AND status IN (?, ?) AND erp_order_no = ''"),
        {shopCode, shopCustomerId, toString(OrderStatus::NeedsReview), toString(OrderStatus::Failed)});
    if (!keys)
        return keys.error();
    QStringList identities;
    while (keys->next())
        identities << keys->value(0).toString();
    int requeued = 0;
    for (const QString& key : identities) {
        auto moved = OrderRepository(m_db).requeueWaiting(shopCode, key, reason);
        if (!moved)
            return moved.error();
        requeued += int(moved->size());
    }
    if (auto r = tx.commit(); !r)
        return r.error();
    return requeued;
}

Result<QList<CustomerTemplate>> CatalogRepository::templates() {
    return m_db.readRows(
        QStringLiteral("SELECT id, name, priority, shop_code, country, currency, vat_present, fields "
                       "FROM customer_templates ORDER BY priority, id"),
        {}, readTemplate);
}

Result<void> CatalogRepository::saveTemplate(CustomerTemplate& t) {
    if (t.name.trimmed().isEmpty())
        return fail(QStringLiteral("A customer template needs a name."));
    Transaction tx(m_db);
    const QString fields = QString::fromUtf8(QJsonDocument(t.fields).toJson(QJsonDocument::Compact));
    QString oldText = QStringLiteral("(none)");
    if (t.id == 0) {
        auto q = m_db.exec(
            QStringLiteral("INSERT INTO customer_templates (name, priority, shop_code, country, "
                           "currency, vat_present, fields) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id"),
            {t.name, t.priority, t.shopCode, t.country, t.currency, t.vatPresent, fields});
        if (!q)
            return q.error();
        if (!q->next())
            return fail(QStringLiteral("Storing the template returned no id."));
        t.id = q->value(0).toLongLong();
    } else {
        auto all = templates();
        if (!all)
            return all.error();
        for (const CustomerTemplate& old : *all)
            if (old.id == t.id)
                oldText = templateText(old);
        auto q =
            m_db.exec(QStringLiteral("UPDATE customer_templates SET name = ?, priority = ?, shop_code = ?, "
                                     "country = ?, currency = ?, vat_present = ?, fields = ? WHERE id = ?"),
                      {t.name, t.priority, t.shopCode, t.country, t.currency, t.vatPresent, fields, t.id});
        if (!q)
            return q.error();
        if (q->numRowsAffected() != 1)
            return fail(QStringLiteral("Customer template %1 no longer exists.").arg(t.id));
    }
    if (auto r = AuditLog(m_db).record(QStringLiteral("template"), QString::number(t.id), oldText,
                                       templateText(t));
        !r)
        return r;
    return tx.commit();
}

Result<void> CatalogRepository::removeTemplate(qint64 id) {
    Transaction tx(m_db);
    if (auto r = m_db.exec(QStringLiteral("DELETE FROM customer_templates WHERE id = ?"), {id}); !r)
        return r.error();
    if (auto r = AuditLog(m_db).record(QStringLiteral("template"), QString::number(id), QString::number(id),
                                       QStringLiteral("(removed)"));
        !r)
        return r;
    return tx.commit();
}

Result<QList<OrderMappingRow>> CatalogRepository::orderMapping() {
    return m_db.readRows(QStringLiteral("SELECT id, position, erp_field, source_kind, source_value FROM "
                                        "order_mapping ORDER BY position, id"),
                         {}, [](const QSqlQuery& q) {
                             return OrderMappingRow{q.value(0).toLongLong(), q.value(1).toInt(),
                                                    q.value(2).toString(), q.value(3).toString(),
                                                    q.value(4).toString()};
                         });
}

Result<void> CatalogRepository::replaceOrderMapping(const QList<OrderMappingRow>& rows) {
    const auto describe = [](const QList<OrderMappingRow>& list) {
        QStringList parts;
        for (const OrderMappingRow& r : list)
            parts << QStringLiteral("%1=%2:%3").arg(r.erpField, r.sourceKind, r.sourceValue);
        return parts.join(QStringLiteral("; "));
    };
    for (const OrderMappingRow& r : rows)
        if (r.erpField.trimmed().isEmpty() ||
            (r.sourceKind != QLatin1String("field") && r.sourceKind != QLatin1String("constant")))
            return fail(
                QStringLiteral("Each order mapping row needs an ERP field and a source of kind field or "
                               "constant."));
    Transaction tx(m_db);
    auto old = orderMapping();
    if (!old)
        return old.error();
    if (auto r = m_db.exec(QStringLiteral("DELETE FROM order_mapping")); !r)
        return r.error();
    int position = 0;
    for (const OrderMappingRow& row : rows)
        if (auto r = m_db.exec(QStringLiteral("INSERT INTO order_mapping (position, erp_field, source_kind, "
                                              "source_value) VALUES (?, ?, ?, ?)"),
                               {++position, row.erpField.trimmed(), row.sourceKind, row.sourceValue});
            !r)
            return r.error();
    if (auto r = AuditLog(m_db).record(QStringLiteral("order_mapping"), QStringLiteral("all"), describe(*old),
                                       describe(rows));
        !r)
        return r;
    return tx.commit();
}

} // namespace linkdesk
