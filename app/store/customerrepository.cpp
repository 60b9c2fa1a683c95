#include "customerrepository.h"

#include "database.h"

#include <QDateTime>
#include <QSqlRecord>

namespace linkdesk {

namespace {
const QString kColumns = QStringLiteral(
    "c.id, c.shop_code, c.customer_key, c.shop_customer_id, c.email, c.first_name, c.last_name, c.company, "
    "c.country, c.currency, c.vat_number, c.phone");
const QString kLinkColumns = QStringLiteral("l.erp_customer_no, l.erp_customer_name, l.source, l.set_by, "
                                            "l.set_at, l.row_version, l.stale, l.stale_reason");

ShopCustomer readCustomer(const QSqlQuery& q) {
    ShopCustomer c;
    c.id = q.value(0).toLongLong();
    c.shopCode = q.value(1).toString();
    c.key = q.value(2).toString();
    c.shopCustomerId = q.value(3).toString();
    c.email = q.value(4).toString();
    c.firstName = q.value(5).toString();
    c.lastName = q.value(6).toString();
    c.company = q.value(7).toString();
    c.country = q.value(8).toString();
    c.currency = q.value(9).toString();
    c.vatNumber = q.value(10).toString();
    c.phone = q.value(11).toString();
    return c;
}

QVariantList upsertBinds(const ShopCustomer& c, const QString& now) {
    return {c.shopCode, c.effectiveKey(), c.shopCustomerId, c.email,     c.firstName, c.lastName,
            c.company,  c.country,        c.currency,       c.vatNumber, c.phone,     now};
}

const QString kUpsert = QStringLiteral(
    "INSERT INTO shop_customers (shop_code, customer_key, shop_customer_id, email, first_name, last_name, "
    "company, "
    "country, currency, vat_number, phone, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
    "ON CONFLICT (shop_code, customer_key) DO UPDATE SET shop_customer_id = excluded.shop_customer_id, "
    "email = excluded.email, first_name = excluded.first_name, last_name = excluded.last_name, "
    "company = excluded.company, country = excluded.country, currency = excluded.currency, "
    "vat_number = excluded.vat_number, phone = excluded.phone, updated_at = excluded.updated_at RETURNING "
    "id");

QString orderBy(const CustomerQuery& query) {
    QString column;
    switch (query.sort) {
    case CustomerQuery::SortColumn::Shop:
        column = QStringLiteral("c.shop_code");
        break;
    case CustomerQuery::SortColumn::Email:
        column = QStringLiteral("c.email");
        break;
    case CustomerQuery::SortColumn::Name:
        column = QStringLiteral("c.last_name %1, c.first_name");
        break;
    case CustomerQuery::SortColumn::Company:
        column = QStringLiteral("c.company");
        break;
    case CustomerQuery::SortColumn::ErpNumber:
        column = QStringLiteral("l.erp_customer_no");
        break;
    case CustomerQuery::SortColumn::Source:
        column = QStringLiteral("l.source");
        break;
    case CustomerQuery::SortColumn::SetAt:
        column = QStringLiteral("l.set_at");
        break;
    }
    const QString dir = query.descending ? QStringLiteral("DESC") : QStringLiteral("ASC");
    if (column.contains(QLatin1String("%1")))
        column = column.arg(dir);
    return QStringLiteral(" ORDER BY %1 %2, c.id %2").arg(column, dir);
}

QString whereClause(const CustomerQuery& query, QVariantList& binds) {
    QStringList conditions;
    if (!query.shopCode.isEmpty()) {
        conditions << QStringLiteral("c.shop_code = ?");
        binds << query.shopCode;
    }
    switch (query.status) {
    case CustomerQuery::Status::Linked:
        conditions << QStringLiteral("l.erp_customer_no <> '' AND l.stale = 0");
        break;
    case CustomerQuery::Status::NotLinked:
        conditions << QStringLiteral("(l.erp_customer_no IS NULL OR l.erp_customer_no = '')");
        break;
    case CustomerQuery::Status::Stale:
        conditions << QStringLiteral("l.stale = 1");
        break;
    case CustomerQuery::Status::Any:
        break;
    }
    const QString text = query.text.trimmed().toLower();
    if (!text.isEmpty()) {
        QString pattern = text;
        pattern.replace(QLatin1Char('\\'), QLatin1String("\\\\"))
            .replace(QLatin1Char('%'), QLatin1String("\\%"))
            .replace(QLatin1Char('_'), QLatin1String("\\_"));
        pattern = QLatin1Char('%') + pattern + QLatin1Char('%');
        conditions << QStringLiteral("(LOWER(c.email) LIKE ? ESCAPE '\\' OR LOWER(c.first_name || ' ' || "
                                     "c.last_name) LIKE ? ESCAPE '\\' "
                                     "OR LOWER(c.company) LIKE ? ESCAPE '\\' OR c.shop_customer_id = ? OR "
                                     "LOWER(l.erp_customer_no) = ?)");
        binds << pattern << pattern << pattern << query.text.trimmed() << text;
    }
    return conditions.isEmpty() ? QString()
                                : QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
}
} // namespace

Result<void> CustomerRepository::upsert(ShopCustomer& customer) {
    auto q = m_db.exec(kUpsert, upsertBinds(customer, sqlTimestamp(QDateTime::currentDateTimeUtc())));
    if (!q)
        return q.error();
    if (!q->next())
        return fail(QStringLiteral("Storing customer %1 returned no row.").arg(customer.email));
    customer.id = q->value(0).toLongLong();
    if (customer.key.isEmpty())
        customer.key = customer.effectiveKey();
    return {};
}

Result<void> CustomerRepository::upsertAll(QList<ShopCustomer>& customers) {
    Transaction tx(m_db);
    if (!tx.started())
        return tx.started().error();
    auto q = m_db.prepare(kUpsert);
    if (!q)
        return q.error();
    const QString now = sqlTimestamp(QDateTime::currentDateTimeUtc());
    for (ShopCustomer& customer : customers) {
        if (auto r = Database::run(*q, upsertBinds(customer, now)); !r)
            return r;
        if (!q->next())
            return fail(QStringLiteral("Storing customer %1 returned no row.").arg(customer.email));
        customer.id = q->value(0).toLongLong();
        if (customer.key.isEmpty())
            customer.key = customer.effectiveKey();
        q->finish();
    }
    return tx.commit();
}

Result<std::optional<ShopCustomer>> CustomerRepository::get(qint64 id) {
    auto q = m_db.exec(QStringLiteral("SELECT %1 FROM shop_customers c WHERE c.id = ?").arg(kColumns), {id});
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<ShopCustomer>();
    return std::optional<ShopCustomer>(readCustomer(*q));
}

Result<std::optional<ShopCustomer>> CustomerRepository::find(const QString& shopCode, const QString& key) {
    auto q = m_db.exec(
        QStringLiteral("SELECT %1 FROM shop_customers c WHERE c.shop_code = ? AND c.customer_key = ?")
            .arg(kColumns),
        {shopCode, key});
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<ShopCustomer>();
    return std::optional<ShopCustomer>(readCustomer(*q));
}

Result<int> CustomerRepository::count(const CustomerQuery& query) {
    QVariantList binds;
    const QString where = whereClause(query, binds);
    const bool needsLink = query.status != CustomerQuery::Status::Any || !query.text.trimmed().isEmpty();
    const QString sql =
        QStringLiteral("SELECT COUNT(*) FROM shop_customers c%1%2")
            .arg(needsLink ? QStringLiteral(" LEFT JOIN links l ON l.customer_id = c.id") : QString(), where);
    auto q = m_db.exec(sql, binds);
    if (!q)
        return q.error();
    return q->next() ? q->value(0).toInt() : 0;
}

Result<QList<CustomerRow>> CustomerRepository::page(const CustomerQuery& query, int offset, int limit) {
    QVariantList binds;
    const QString where = whereClause(query, binds);
    const QString sql =
        QStringLiteral(
            "SELECT %1, %2 FROM shop_customers c LEFT JOIN links l ON l.customer_id = c.id%3%4 LIMIT %5 "
            "OFFSET %6")
            .arg(kColumns, kLinkColumns, where, orderBy(query))
            .arg(limit)
            .arg(offset);
    auto q = m_db.exec(sql, binds);
    if (!q)
        return q.error();
    QList<CustomerRow> rows;
    rows.reserve(limit);
    while (q->next()) {
        CustomerRow row{readCustomer(*q), {}};
        row.link.customerId = row.customer.id;
        if (!q->isNull(12)) {
            row.link.erpCustomerNumber = q->value(12).toString();
            row.link.erpCustomerName = q->value(13).toString();
            parseLinkSource(q->value(14).toString(), &row.link.source);
            row.link.setBy = q->value(15).toString();
            row.link.setAt = fromSqlTimestamp(q->value(16));
            row.link.rowVersion = q->value(17).toInt();
            row.link.stale = q->value(18).toInt() != 0;
            row.link.staleReason = q->value(19).toString();
        }
        rows.append(row);
    }
    return rows;
}

} // namespace linkdesk
