#pragma once

#include "domain/catalog.h"
#include "domain/creationintent.h"
#include "domain/link.h"
#include "domain/shopcustomer.h"
#include "matchoutcome.h"
#include "util/result.h"

#include <QList>
#include <QString>

namespace linkdesk {

// The local data the matcher reads for every order: links by (shop, customer key), contact
// relations, product mappings, creation intents and customer templates. Reads are answered from
// memory, never with a query per order; a returned pointer stays valid until the next write.
//
// Writes are made by the matcher's caller, never by the matcher. A link write names the row
// version it read and is refused as ErrorKind::Conflict when the link moved on since,
// or when it would replace a manual link with an automatic one: manual links always win.
class MatchData {
public:
    virtual ~MatchData() = default;

    virtual const Link* link(const QString& shopCode, const QString& customerKey) const = 0;
    virtual const ContactRelation* contactRelation(const QString& shopCode,
                                                   const QString& shopCustomerId) const = 0;
    virtual const ProductMapping* mappingBySku(const QString& shopCode, const QString& sku) const = 0;
    virtual const ProductMapping* mappingByProduct(const QString& shopCode, qint64 productId,
                                                   qint64 variationId) const = 0;
    virtual const CreationIntent* creationIntent(const QString& shopCode,
                                                 const QString& customerKey) const = 0;
    // Every customer template, lowest priority first.
    virtual const QList<CustomerTemplate>& customerTemplates() const = 0;

    // Keeps the shop customer of a matched order under customer.key (the identity it was matched
    // as), whatever the outcome: every buyer is on the Customers page, linked or not. Of several
    // orders of one identity, the first one's details are kept.
    virtual Result<void> rememberCustomer(ShopCustomer customer) = 0;
    // customer is the shop customer the link belongs to (stored under write.customerKey if new).
    virtual Result<Link> setLink(const ShopCustomer& customer, const LinkWrite& write) = 0;
    virtual Result<Link> markStale(const StaleMark& mark) = 0;
    virtual Result<void> addMapping(const ProductMapping& mapping) = 0;
    // Inserts or replaces the intent of (shopCode, customerKey).
    virtual Result<void> recordIntent(const CreationIntent& intent) = 0;
};

} // namespace linkdesk
