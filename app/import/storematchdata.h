#pragma once

#include "match/inmemorymatchdata.h"

namespace linkdesk {

class Database;

// The matcher's data for an import: links, contact relations, product mappings, creation intents
// and templates loaded from the database in a few queries, answered from memory; each write goes to
// the database first (links with their row version, so a link staff changed meanwhile is never
// overwritten) and then to memory. A write refused as a conflict reloads that link, so the
// matcher's next round sees what is stored.
class StoreMatchData final : public MatchData {
public:
    explicit StoreMatchData(Database& db)
        : m_db(db) {}

    // Loads the data of one shop (empty: every shop), replacing what was loaded before.
    Result<void> load(const QString& shopCode = {});
    qsizetype linkCount() const { return m_memory.linkCount(); }
    // Why the links written through this are written, kept with each in the audit log (a test
    // order's Link for real says so); empty, as for an import: the link's source says it all.
    void setLinkReason(const QString& reason) { m_linkReason = reason; }

    const Link* link(const QString& shopCode, const QString& customerKey) const override {
        return m_memory.link(shopCode, customerKey);
    }
    const ContactRelation* contactRelation(const QString& shopCode,
                                           const QString& shopCustomerId) const override {
        return m_memory.contactRelation(shopCode, shopCustomerId);
    }
    const ProductMapping* mappingBySku(const QString& shopCode, const QString& sku) const override {
        return m_memory.mappingBySku(shopCode, sku);
    }
    const ProductMapping* mappingByProduct(const QString& shopCode, qint64 productId,
                                           qint64 variationId) const override {
        return m_memory.mappingByProduct(shopCode, productId, variationId);
    }
    const CreationIntent* creationIntent(const QString& shopCode, const QString& customerKey) const override {
        return m_memory.creationIntent(shopCode, customerKey);
    }
    const QList<CustomerTemplate>& customerTemplates() const override { return m_memory.customerTemplates(); }

    // Stored once per identity and load(): the first order's details of this import are kept.
    Result<void> rememberCustomer(ShopCustomer customer) override;
    Result<Link> setLink(const ShopCustomer& customer, const LinkWrite& write) override;
    Result<Link> markStale(const StaleMark& mark) override;
    Result<void> addMapping(const ProductMapping& mapping) override;
    Result<void> recordIntent(const CreationIntent& intent) override;

private:
    Result<qint64> customerIdFor(const ShopCustomer& customer, const QString& shopCode, const QString& key);
    // After a refused write: what the database holds now, into memory.
    void reload(const QString& shopCode, const QString& key, qint64 customerId);

    Database& m_db;
    InMemoryMatchData m_memory;
    QString m_linkReason;
    QHash<QString, qint64> m_customerIds; // "shop\nkey" -> row id, of the customers stored since load()
};

} // namespace linkdesk
