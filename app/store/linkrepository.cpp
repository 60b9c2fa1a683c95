#include "linkrepository.h"

#include "auditlog.h"
#include "database.h"
#include "orderrepository.h"

#include <QDateTime>

namespace linkdesk {

QString linkColumns() {
    return QStringLiteral("l.erp_customer_no, l.erp_customer_name, l.source, l.set_by, l.set_at, "
                          "l.row_version, l.stale, l.stale_reason");
}

Link readLink(const QSqlQuery& q, int first) {
    Link link;
    QString source;
    readColumnsFrom(q, first, link.erpCustomerNumber, link.erpCustomerName, source, link.setBy, link.setAt,
                    link.rowVersion, link.stale, link.staleReason);
    parseLinkSource(source, &link.source);
    return link;
}

Result<Link> LinkRepository::get(qint64 customerId) {
    auto found =
        m_db.readRow(QStringLiteral("SELECT %1 FROM links l WHERE l.customer_id = ?").arg(linkColumns()),
                     {customerId}, [](const QSqlQuery& q) { return readLink(q, 0); });
    if (!found)
        return found.error();
    Link link = found->value_or(Link{});
    link.customerId = customerId;
    return link;
}

Result<LinkRepository::AuditSubject> LinkRepository::auditSubject(qint64 customerId) {
    auto q = m_db.exec(QStringLiteral("SELECT shop_code, customer_key, first_name, last_name, company, email "
                                      "FROM shop_customers WHERE id = ?"),
                       {customerId});
    if (!q)
        return q.error();
    if (!q->next())
        return fail(QStringLiteral("Shop customer %1 does not exist.").arg(customerId));
    ShopCustomer c;
    c.firstName = q->value(2).toString();
    c.lastName = q->value(3).toString();
    c.company = q->value(4).toString();
    c.email = q->value(5).toString();
    return AuditSubject{q->value(0).toString() + QLatin1Char('/') + q->value(1).toString(), c.describe()};
}

Result<Link> LinkRepository::write(qint64 customerId, const Link& next, int expectedVersion,
                                   const QString& reason) {
    Transaction tx(m_db);
    if (!tx.started())
        return tx.started().error();
    auto subject = auditSubject(customerId);
    if (!subject)
        return subject.error();
    const QString* key = &subject->key;
    auto current = get(customerId);
    if (!current)
        return current.error();
    const auto conflict = [&](const Link& now) {
        return fail(QStringLiteral("The link of %1 was changed by %2 at %3 (now %4) after you opened it. "
                                   "Your change was not saved; reload and try again.")
                        .arg(*key, now.setBy.isEmpty() ? QStringLiteral("someone else") : now.setBy,
                             now.setAt.toLocalTime().toString(Qt::ISODate), describeLink(now)),
                    ErrorKind::Conflict);
    };
    if (current->rowVersion != expectedVersion)
        return conflict(*current);

    Link stored = next;
    stored.customerId = customerId;
    stored.setBy = m_db.actor();
    stored.setAt = QDateTime::currentDateTimeUtc();
    stored.rowVersion = expectedVersion + 1;
    const QVariantList values{
        stored.erpCustomerNumber,   stored.erpCustomerName, toString(stored.source), stored.setBy,
        sqlTimestamp(stored.setAt), stored.rowVersion,      stored.stale ? 1 : 0,    stored.staleReason};
    if (expectedVersion == 0) {
        auto r = m_db.exec(
            QStringLiteral("INSERT INTO links (erp_customer_no, erp_customer_name, source, set_by, "
                           "set_at, row_version, stale, stale_reason, customer_id) "
                           "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (customer_id) DO NOTHING"),
            QVariantList(values) << customerId);
        if (!r)
            return r.error();
        if (r->numRowsAffected() != 1) { // someone inserted first: keep theirs, report it
            auto now = get(customerId);
            return now ? conflict(*now) : now.error();
        }
    } else {
        auto r = m_db.exec(
            QStringLiteral("UPDATE links SET erp_customer_no = ?, erp_customer_name = ?, source = ?, "
                           "set_by = ?, set_at = ?, row_version = ?, stale = ?, stale_reason = ? "
                           "WHERE customer_id = ? AND row_version = ?"),
            QVariantList(values) << customerId << expectedVersion);
        if (!r)
            return r.error();
        if (r->numRowsAffected() != 1) {
            auto now = get(customerId);
            return now ? conflict(*now) : now.error();
        }
    }
    QString newValue = describeLink(stored);
    if (!reason.trimmed().isEmpty())
        newValue += QStringLiteral("; reason: ") + reason.trimmed();
    if (auto r = AuditLog(m_db).record(QStringLiteral("link"), *key, describeLink(*current), newValue,
                                       subject->words);
        !r)
        return r.error();
    if (auto r = tx.commit(); !r)
        return r.error();
    return stored;
}

Result<Link> LinkRepository::set(qint64 customerId, const QString& erpNumber, const QString& erpName,
                                 LinkSource source, int expectedVersion, const QString& reason) {
    if (erpNumber.trimmed().isEmpty())
        return fail(QStringLiteral("An ERP customer number is needed to link; use clear to remove a link."));
    Link next;
    next.erpCustomerNumber = erpNumber.trimmed();
    next.erpCustomerName = erpName;
    next.source = source;
    return write(customerId, next, expectedVersion, reason);
}

Result<Link> LinkRepository::clear(qint64 customerId, int expectedVersion, const QString& reason) {
    auto current = get(customerId);
    if (!current)
        return current.error();
    Link next;
    next.source = current->source;
    return write(customerId, next, expectedVersion, reason);
}

Result<LinkRepository::Change> LinkRepository::change(const ShopCustomer& customer, const QString& erpNumber,
                                                      const QString& erpName, LinkSource source,
                                                      int expectedVersion, const QString& reason,
                                                      const QString& requeueReason) {
    Transaction tx(m_db); // the link and its waiting orders together
    if (!tx.started())
        return tx.started().error();
    auto link = erpNumber.trimmed().isEmpty()
                    ? clear(customer.id, expectedVersion, reason)
                    : set(customer.id, erpNumber, erpName, source, expectedVersion, reason);
    if (!link)
        return link.error();
    auto requeued =
        OrderRepository(m_db).requeueWaiting(customer.shopCode, customer.effectiveKey(), requeueReason);
    if (!requeued)
        return requeued.error();
    if (auto r = tx.commit(); !r)
        return r.error();
    return Change{*link, *requeued};
}

Result<Link> LinkRepository::markStale(qint64 customerId, const QString& reason, int expectedVersion) {
    auto current = get(customerId);
    if (!current)
        return current.error();
    Link next = *current;
    next.stale = true;
    next.staleReason = reason;
    return write(customerId, next, expectedVersion);
}

Result<Link> LinkRepository::clearStale(qint64 customerId, int expectedVersion) {
    auto current = get(customerId);
    if (!current)
        return current.error();
    Link next = *current;
    next.stale = false;
    next.staleReason.clear();
    return write(customerId, next, expectedVersion);
}

Result<QList<CustomerRow>> LinkRepository::listLinked(const QString& shopCode) {
    CustomerQuery query;
    query.shopCode = shopCode;
    query.sort = CustomerQuery::SortColumn::Shop;
    CustomerRepository customers(m_db);
    auto count = customers.count(query);
    if (!count)
        return count.error();
    auto rows = customers.page(query, 0, *count);
    if (!rows)
        return rows.error();
    QList<CustomerRow> linked;
    for (const CustomerRow& row : *rows)
        if (row.link.rowVersion > 0)
            linked.append(row);
    return linked;
}

Result<QList<ShopCustomer>> LinkRepository::customersLinkedTo(const QString& erpNumber) {
    return m_db.readRows(
        QStringLiteral("SELECT c.id, c.shop_code, c.customer_key, c.first_name, c.last_name, "
                       "c.company, c.email FROM links l JOIN shop_customers c ON c.id = "
                       "l.customer_id WHERE l.erp_customer_no = ? ORDER BY c.id"),
        {erpNumber}, [](const QSqlQuery& q) {
            ShopCustomer c;
            readColumns(q, c.id, c.shopCode, c.key, c.firstName, c.lastName, c.company, c.email);
            return c;
        });
}

} // namespace linkdesk
