#pragma once

#include "customerrepository.h"
#include "domain/link.h"
#include "util/result.h"

class QSqlQuery;

namespace linkdesk {

class Database;

// The columns of a link in a SELECT that names the links table l, in the order readLink reads them.
QString linkColumns();
// The link in a row's columns of linkColumns(), the first of them at first (customerId not set).
Link readLink(const QSqlQuery& q, int first);

// Links with optimistic locking: every write names the row version it read. A write against a
// version someone else has moved on is refused (ErrorKind::Conflict) and the newer value is kept.
class LinkRepository final {
public:
    explicit LinkRepository(Database& db)
        : m_db(db) {}

    // The link of a shop customer; rowVersion 0 when it was never written.
    Result<Link> get(qint64 customerId);

    // Links the customer to an ERP customer. expectedVersion is the version the caller read. A reason
    // (typed by staff) is kept with the change in the audit log.
    Result<Link> set(qint64 customerId, const QString& erpNumber, const QString& erpName, LinkSource source,
                     int expectedVersion, const QString& reason = {});
    // What a person's change of a link came to: the link as stored, and the orders of the identity
    // that waited for review or failed, put back in the queue with it.
    struct Change {
        Link link;
        QList<qint64> requeued;
    };
    // Links the shop customer (customer.id) as staff decided, or clears the link when erpNumber is
    // empty, audited with the reason; in the same transaction every order of that identity that
    // waits for review or failed, and is not in the ERP, goes back in the queue
    // (OrderRepository::requeueWaiting, each audited with requeueReason). Both or neither.
    Result<Change> change(const ShopCustomer& customer, const QString& erpNumber, const QString& erpName,
                          LinkSource source, int expectedVersion, const QString& reason,
                          const QString& requeueReason);
    // Removes the ERP customer number (the row stays so its version keeps counting).
    Result<Link> clear(qint64 customerId, int expectedVersion, const QString& reason = {});
    // Marks a link stale (its ERP customer is gone, blocked or changed), with the reason in words.
    Result<Link> markStale(qint64 customerId, const QString& reason, int expectedVersion);
    // Takes the stale mark off a link whose ERP customer is fine again; audited like every write.
    Result<Link> clearStale(qint64 customerId, int expectedVersion);

    Result<QList<CustomerRow>> listLinked(const QString& shopCode = {});
    // The shop customers linked to this ERP customer (their id set), any shop.
    Result<QList<ShopCustomer>> customersLinkedTo(const QString& erpNumber);

private:
    Result<Link> write(qint64 customerId, const Link& next, int expectedVersion, const QString& reason = {});
    struct AuditSubject {
        QString key;   // "web/17|currency=EUR"
        QString words; // "Ann Smith, Acme Ltd <ann@example.com>"
    };
    Result<AuditSubject> auditSubject(qint64 customerId);

    Database& m_db;
};

} // namespace linkdesk
