#include "inmemorymatchdata.h"

#include <QDateTime>

#include <algorithm>

namespace linkdesk {

void InMemoryMatchData::reserveLinks(const QString& shopCode, qsizetype count) {
    shopFor(shopCode).links.reserve(count);
}

void InMemoryMatchData::insertLink(const QString& shopCode, const QString& customerKey, const Link& link) {
    shopFor(shopCode).links.insert(customerKey, link);
}

void InMemoryMatchData::insertContactRelation(const ContactRelation& relation) {
    shopFor(relation.shopCode).contacts.insert(relation.shopCustomerId, relation);
}

void InMemoryMatchData::insertMapping(const ProductMapping& mapping) {
    Shop& s = shopFor(mapping.shopCode);
    if (mapping.sku.isEmpty())
        s.byProduct.insert({mapping.productId, mapping.variationId}, mapping);
    else
        s.bySku.insert(mapping.sku, mapping);
}

void InMemoryMatchData::insertIntent(const CreationIntent& intent) {
    shopFor(intent.shopCode).intents.insert(intent.customerKey, intent);
}

void InMemoryMatchData::setCustomerTemplates(QList<CustomerTemplate> templates) {
    std::stable_sort(
        templates.begin(), templates.end(),
        [](const CustomerTemplate& a, const CustomerTemplate& b) { return a.priority < b.priority; });
    m_templates = std::move(templates);
}

qsizetype InMemoryMatchData::linkCount() const {
    qsizetype n = 0;
    for (const Shop& s : m_shops)
        n += s.links.size();
    return n;
}

// Every look-up of an order asks for its shop, nearly always the one asked for last: that one is
// kept, so the common case costs a string comparison instead of a hash.
const InMemoryMatchData::Shop* InMemoryMatchData::shop(const QString& shopCode) const {
    if (m_last.shop && m_last.code == shopCode)
        return m_last.shop;
    const auto it = m_shops.constFind(shopCode);
    if (it == m_shops.cend())
        return nullptr;
    m_last.code = shopCode;
    m_last.shop = &it.value();
    return m_last.shop;
}

InMemoryMatchData::Shop& InMemoryMatchData::shopFor(const QString& shopCode) {
    // Inserting a shop, or detaching a hash shared with a copy, moves every shop.
    if (!m_shops.isDetached() || !m_shops.contains(shopCode))
        m_last = {};
    return m_shops[shopCode];
}

namespace {
template <typename Map, typename Key>
auto find(const Map& map, const Key& key) -> const typename Map::mapped_type* {
    const auto it = map.constFind(key);
    return it == map.cend() ? nullptr : &it.value();
}
} // namespace

Result<void> InMemoryMatchData::rememberCustomer(ShopCustomer customer) {
    // The first order's details are kept, as StoreMatchData keeps them.
    Shop& shop = shopFor(customer.shopCode);
    if (!shop.customers.contains(customer.key)) {
        const QString key = customer.key;
        shop.customers.insert(key, std::move(customer));
    }
    return {};
}

const ShopCustomer* InMemoryMatchData::customer(const QString& shopCode, const QString& customerKey) const {
    const Shop* s = shop(shopCode);
    return s ? find(s->customers, customerKey) : nullptr;
}

const Link* InMemoryMatchData::link(const QString& shopCode, const QString& customerKey) const {
    const Shop* s = shop(shopCode);
    return s ? find(s->links, customerKey) : nullptr;
}

const ContactRelation* InMemoryMatchData::contactRelation(const QString& shopCode,
                                                          const QString& shopCustomerId) const {
    const Shop* s = shop(shopCode);
    return s && !s->contacts.isEmpty() ? find(s->contacts, shopCustomerId) : nullptr;
}

const ProductMapping* InMemoryMatchData::mappingBySku(const QString& shopCode, const QString& sku) const {
    const Shop* s = shop(shopCode);
    return s ? find(s->bySku, sku) : nullptr;
}

const ProductMapping* InMemoryMatchData::mappingByProduct(const QString& shopCode, qint64 productId,
                                                          qint64 variationId) const {
    const Shop* s = shop(shopCode);
    return s ? find(s->byProduct, std::pair{productId, variationId}) : nullptr;
}

const CreationIntent* InMemoryMatchData::creationIntent(const QString& shopCode,
                                                        const QString& customerKey) const {
    const Shop* s = shop(shopCode);
    return s && !s->intents.isEmpty() ? find(s->intents, customerKey) : nullptr;
}

Result<void> InMemoryMatchData::checkLinkWrite(const QString& who, const Link* current, int expectedVersion,
                                               bool automatic) {
    const int version = current ? current->rowVersion : 0;
    if (version != expectedVersion)
        return fail(QStringLiteral("The link of %1 was changed (now %2) after it was read; not saved.")
                        .arg(who, current ? describeLink(*current) : QStringLiteral("(none)")),
                    ErrorKind::Conflict);
    if (automatic && current && current->isLinked() && current->source == LinkSource::Manual)
        return fail(QStringLiteral("%1 has a manual link to %2; an automatic link never replaces it.")
                        .arg(who, current->erpCustomerNumber),
                    ErrorKind::Conflict);
    return {};
}

Result<Link> InMemoryMatchData::setLink(const ShopCustomer& customer, const LinkWrite& write) {
    const Link* current = link(write.shopCode, write.customerKey);
    const QString who = write.shopCode + QLatin1Char('/') + write.customerKey;
    if (auto ok = checkLinkWrite(who, current, write.expectedVersion, write.source != LinkSource::Manual);
        !ok)
        return ok.error();
    Link next;
    next.customerId = current && current->customerId ? current->customerId : customer.id;
    next.erpCustomerNumber = write.erpCustomerNumber;
    next.erpCustomerName = write.erpCustomerName;
    next.source = write.source;
    next.setAt = QDateTime::currentDateTimeUtc();
    next.rowVersion = write.expectedVersion + 1;
    shopFor(write.shopCode).links.insert(write.customerKey, next);
    return next;
}

Result<Link> InMemoryMatchData::markStale(const StaleMark& mark) {
    const Link* current = link(mark.shopCode, mark.customerKey);
    const QString who = mark.shopCode + QLatin1Char('/') + mark.customerKey;
    if (!current)
        return fail(QStringLiteral("%1 has no link to mark stale.").arg(who));
    if (auto ok = checkLinkWrite(who, current, mark.expectedVersion, true); !ok)
        return ok.error();
    Link& slot = shopFor(mark.shopCode).links[mark.customerKey];
    slot.stale = true;
    slot.staleReason = mark.reason;
    slot.setAt = QDateTime::currentDateTimeUtc();
    ++slot.rowVersion;
    return slot;
}

Result<void> InMemoryMatchData::addMapping(const ProductMapping& mapping) {
    insertMapping(mapping);
    return {};
}

Result<void> InMemoryMatchData::recordIntent(const CreationIntent& intent) {
    insertIntent(intent);
    return {};
}

} // namespace linkdesk
