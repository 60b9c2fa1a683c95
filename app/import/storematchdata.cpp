#include "storematchdata.h"

#include "store/catalogrepository.h"
#include "store/creationintentrepository.h"
#include "store/customerrepository.h"
#include "store/database.h"
#include "store/linkrepository.h"

namespace linkdesk {

Result<void> StoreMatchData::load(const QString& shopCode) {
    InMemoryMatchData memory;
    const QString linkSql =
        QStringLiteral("SELECT c.id, c.shop_code, c.customer_key, %1 FROM links l JOIN shop_customers c "
                       "ON c.id = l.customer_id")
            .arg(linkColumns());
    auto q = shopCode.isEmpty() ? m_db.exec(linkSql)
                                : m_db.exec(linkSql + QStringLiteral(" WHERE c.shop_code = ?"), {shopCode});
    if (!q)
        return q.error();
    while (q->next()) {
        Link link = readLink(*q, 3);
        link.customerId = q->value(0).toLongLong();
        memory.insertLink(q->value(1).toString(), q->value(2).toString(), link);
    }

    CatalogRepository catalog(m_db);
    auto relations = catalog.contactRelations(shopCode);
    if (!relations)
        return relations.error();
    for (const ContactRelation& r : *relations)
        memory.insertContactRelation(r);
    auto mappings = catalog.mappings(shopCode);
    if (!mappings)
        return mappings.error();
    for (const ProductMapping& m : *mappings)
        memory.insertMapping(m);
    auto templates = catalog.templates();
    if (!templates)
        return templates.error();
    memory.setCustomerTemplates(*templates);
    auto intents = CreationIntentRepository(m_db).list(shopCode);
    if (!intents)
        return intents.error();
    for (const CreationIntent& i : *intents)
        memory.insertIntent(i);

    m_memory = std::move(memory);
    m_customerIds.clear();
    return {};
}

Result<void> StoreMatchData::rememberCustomer(ShopCustomer customer) {
    const QString id = customer.shopCode + QLatin1Char('\n') + customer.key;
    if (m_customerIds.contains(id))
        return {};
    ShopCustomer stored = std::move(customer);
    stored.id = 0;
    if (auto r = CustomerRepository(m_db).upsert(stored); !r)
        return r;
    m_customerIds.insert(id, stored.id);
    return {};
}

Result<qint64> StoreMatchData::customerIdFor(const ShopCustomer& customer, const QString& shopCode,
                                             const QString& key) {
    if (const Link* known = m_memory.link(shopCode, key); known && known->customerId)
        return known->customerId;
    if (const auto it = m_customerIds.constFind(shopCode + QLatin1Char('\n') + key);
        it != m_customerIds.cend())
        return *it;
    if (customer.id && customer.key == key && customer.shopCode == shopCode)
        return customer.id;
    CustomerRepository customers(m_db);
    auto found = customers.find(shopCode, key);
    if (!found)
        return found.error();
    if (*found)
        return (*found)->id;
    ShopCustomer identity = customer; // a guest identity finer than the stored one (match fields)
    identity.id = 0;
    identity.shopCode = shopCode;
    identity.key = key;
    if (auto r = customers.upsert(identity); !r)
        return r.error();
    return identity.id;
}

void StoreMatchData::reload(const QString& shopCode, const QString& key, qint64 customerId) {
    if (auto now = LinkRepository(m_db).get(customerId); now && now->rowVersion > 0)
        m_memory.insertLink(shopCode, key, *now);
}

Result<Link> StoreMatchData::setLink(const ShopCustomer& customer, const LinkWrite& write) {
    const QString who = write.shopCode + QLatin1Char('/') + write.customerKey;
    // Checked here too so an automatic link never even reaches the database over a manual one.
    if (auto ok =
            InMemoryMatchData::checkLinkWrite(who, m_memory.link(write.shopCode, write.customerKey),
                                              write.expectedVersion, write.source != LinkSource::Manual);
        !ok)
        return ok.error();
    auto id = customerIdFor(customer, write.shopCode, write.customerKey);
    if (!id)
        return id.error();
    auto stored = LinkRepository(m_db).set(*id, write.erpCustomerNumber, write.erpCustomerName, write.source,
                                           write.expectedVersion, m_linkReason);
    if (!stored) {
        reload(write.shopCode, write.customerKey, *id);
        return stored.error();
    }
    m_memory.insertLink(write.shopCode, write.customerKey, *stored);
    return stored;
}

Result<Link> StoreMatchData::markStale(const StaleMark& mark) {
    const Link* current = m_memory.link(mark.shopCode, mark.customerKey);
    if (!current || !current->customerId)
        return fail(
            QStringLiteral("%1/%2 has no stored link to mark stale.").arg(mark.shopCode, mark.customerKey));
    const qint64 id = current->customerId;
    auto stored = LinkRepository(m_db).markStale(id, mark.reason, mark.expectedVersion);
    if (!stored) {
        reload(mark.shopCode, mark.customerKey, id);
        return stored.error();
    }
    m_memory.insertLink(mark.shopCode, mark.customerKey, *stored);
    return stored;
}

Result<void> StoreMatchData::addMapping(const ProductMapping& mapping) {
    if (auto r = CatalogRepository(m_db).setMapping(mapping); !r)
        return r;
    m_memory.insertMapping(mapping);
    return {};
}

Result<void> StoreMatchData::recordIntent(const CreationIntent& intent) {
    if (auto r = CreationIntentRepository(m_db).record(intent); !r)
        return r;
    m_memory.insertIntent(intent);
    return {};
}

} // namespace linkdesk
