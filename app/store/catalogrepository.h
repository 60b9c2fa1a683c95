#pragma once

#include "domain/catalog.h"
#include "util/result.h"

#include <QList>
#include <optional>

namespace linkdesk {

class Database;

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
    Result<void> setContactRelation(const ContactRelation& relation);
    Result<void> removeContactRelation(const QString& shopCode, const QString& shopCustomerId);

    Result<QList<CustomerTemplate>> templates();
    Result<void> saveTemplate(CustomerTemplate& tmpl); // insert (id 0) or update
    Result<void> removeTemplate(qint64 id);

    Result<QList<OrderMappingRow>> orderMapping();
    Result<void> replaceOrderMapping(const QList<OrderMappingRow>& rows);

private:
    Result<void> writeMapping(const ProductMapping& mapping);

    Database& m_db;
};

} // namespace linkdesk
