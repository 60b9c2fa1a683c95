#pragma once

#include "matchdata.h"

#include <QHash>

#include <utility>

namespace linkdesk {

// MatchData held in hash maps: the matcher's working set. Filled in bulk (insert*) from the
// database by StoreMatchData, or directly by tests and benchmarks (a test derives from it to race
// a write). One thread at a time.
class InMemoryMatchData : public MatchData {
public:
    void reserveLinks(const QString& shopCode, qsizetype count);
    void insertLink(const QString& shopCode, const QString& customerKey, const Link& link);
    void insertContactRelation(const ContactRelation& relation);
    void insertMapping(const ProductMapping& mapping);
    void insertIntent(const CreationIntent& intent);
    void setCustomerTemplates(QList<CustomerTemplate> templates);
    qsizetype linkCount() const;

    const Link* link(const QString& shopCode, const QString& customerKey) const override;
    const ContactRelation* contactRelation(const QString& shopCode,
                                           const QString& shopCustomerId) const override;
    const ProductMapping* mappingBySku(const QString& shopCode, const QString& sku) const override;
    const ProductMapping* mappingByProduct(const QString& shopCode, qint64 productId,
                                           qint64 variationId) const override;
    const CreationIntent* creationIntent(const QString& shopCode, const QString& customerKey) const override;
    const QList<CustomerTemplate>& customerTemplates() const override { return m_templates; }

    Result<void> rememberCustomer(ShopCustomer customer) override;
    const ShopCustomer* customer(const QString& shopCode, const QString& customerKey) const;
    Result<Link> setLink(const ShopCustomer& customer, const LinkWrite& write) override;
    Result<Link> markStale(const StaleMark& mark) override;
    Result<void> addMapping(const ProductMapping& mapping) override;
    Result<void> recordIntent(const CreationIntent& intent) override;

    // Whether a write naming expectedVersion may replace current (as the database would decide),
    // and the refusal to return when not.
    static Result<void> checkLinkWrite(const QString& who, const Link* current, int expectedVersion,
                                       bool automatic);

private:
    struct Shop {
        QHash<QString, Link> links;
        QHash<QString, ContactRelation> contacts;
        QHash<QString, ProductMapping> bySku;
        QHash<std::pair<qint64, qint64>, ProductMapping> byProduct;
        QHash<QString, CreationIntent> intents;
        QHash<QString, ShopCustomer> customers;
    };
    const Shop* shop(const QString& shopCode) const;
    Shop& shopFor(const QString& shopCode);

    QHash<QString, Shop> m_shops;
    // The shop asked for last; a copy starts without (it would point into the other's hashes).
    struct LastShop {
        const Shop* shop = nullptr;
        QString code;
        LastShop() = default;
        LastShop(const LastShop&) {}
        LastShop& operator=(const LastShop&) { return *this = LastShop(); }
        LastShop& operator=(LastShop&&) = default;
    };
    mutable LastShop m_last;
    QList<CustomerTemplate> m_templates;
};

} // namespace linkdesk
