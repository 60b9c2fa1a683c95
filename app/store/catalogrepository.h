#pragma once

#include "domain/catalog.h"
#include "domain/shopcustomer.h"
#include "util/result.h"

#include <QList>
#include <optional>

namespace linkdesk {

class Database;
class Transaction;

// A contact relation as staff see it: with the shop customer's name and e-mail when Linkdesk knows
// the customer (only shopCode and shopCustomerId are set when it does not).
struct ContactRelationRow {
    ContactRelation relation;
    ShopCustomer customer;
};

// Product mappings, contact relations, customer templates and the order mapping: the tables
// staff maintain by hand. Every change is audited.
class CatalogRepository final {
public:
    explicit CatalogRepository(Database& db)
        : m_db(db) {}

    Result<std::optional<ProductMapping>> mapping(const QString& shopCode, const QString& matchKey);
    Result<QList<ProductMapping>> mappings(const QString& shopCode = {});
    Result<void> setMapping(const ProductMapping& mapping);
    Result<void> setMappings(const QList<ProductMapping>& mappings); // one transaction
    // Sets the mappings and puts every order blocked on what they now cover back in the queue
    // (OrderRepository::requeueBlockedOn), together: how many orders were released.
    Result<int> saveMappings(const QList<ProductMapping>& mappings, const QString& reason);
    Result<void> removeMapping(const QString& shopCode, const QString& matchKey);

    Result<std::optional<ContactRelation>> contactRelation(const QString& shopCode,
                                                           const QString& shopCustomerId);
    Result<QList<ContactRelation>> contactRelations(const QString& shopCode = {});
    Result<QList<ContactRelationRow>> contactRelationRows(const QString& shopCode = {});
    // Inserts or replaces the relation of (shop, customer id); set by and at are the database's actor
    // and now. Audited, unless nothing changed. The customer's orders that wait for review or failed
    // and are not in the ERP are put back in the queue (OrderRepository::requeueWaiting), together:
    // how many.
    Result<int> setContactRelation(const ContactRelation& relation);
    // The same for removing one; fails when there is no such relation.
    Result<int> removeContactRelation(const QString& shopCode, const QString& shopCustomerId);

    Result<QList<CustomerTemplate>> templates();
    Result<void> saveTemplate(CustomerTemplate& tmpl); // insert (id 0) or update
    Result<void> removeTemplate(qint64 id);

    Result<QList<OrderMappingRow>> orderMapping();
    Result<void> replaceOrderMapping(const QList<OrderMappingRow>& rows);

private:
    Result<int> requeueOrdersOf(Transaction& tx, const QString& shopCode, const QString& shopCustomerId,
                                const QString& reason);
    Result<QString> relationSubject(const QString& shopCode, const QString& shopCustomerId);
    Result<void> writeMapping(const ProductMapping& mapping);

    Database& m_db;
};

} // namespace linkdesk
