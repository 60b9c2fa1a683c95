#pragma once

#include "domain/catalog.h"
#include "domain/erpcustomer.h"
#include "domain/erpdirectory.h"
#include "domain/link.h"
#include "domain/matchtrace.h"
#include "domain/shopcustomer.h"
#include "domain/stagedorder.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace linkdesk {

// What matching an order came to. Matched, Blocked and NeedsReview are final and map to the
// staged order's status; Failed means the ERP could not answer (retryable). NeedsLookups and
// CreateCustomer ask the caller to do something and run the matcher again.
enum class MatchStatus { Matched, Blocked, NeedsReview, Failed, NeedsLookups, CreateCustomer };

QString toString(MatchStatus status);

// A link the matcher decided on; written by the caller. expectedVersion is the link's row version
// the matcher read (0: none), so a link changed in between (a manual link) is never overwritten.
struct LinkWrite {
    QString shopCode;
    QString customerKey;
    QString erpCustomerNumber;
    QString erpCustomerName;
    LinkSource source = LinkSource::Email;
    int expectedVersion = 0;
};

// An automatic link whose ERP customer is gone or blocked.
struct StaleMark {
    QString shopCode;
    QString customerKey;
    QString erpCustomerNumber;
    QString reason;
    int expectedVersion = 0;
};

// A customer to create: the caller records an intent for (shopCode, customerKey), creates the
// customer through ErpDirectory::createCustomer, links it and completes the intent.
struct CustomerCreation {
    QString shopCode;
    QString customerKey;
    ShopCustomer shopCustomer;
    CustomerTemplate customerTemplate;
    ErpCustomer customer; // the fields from the shop customer; the ERP assigns the number
    int linkVersion = 0;  // the row version of the customer's link when the matcher read it
};

// The customer half of an outcome (CustomerMatcher).
struct CustomerDecision {
    MatchStatus status = MatchStatus::Matched;
    QString customerKey; // the identity the customer was matched under
    QString erpCustomerNumber;
    QString erpCustomerName;
    bool defaultCustomer = false; // booked to default_customer_code
    QString reason;               // why not matched, why the default customer, why review
    QString detail;               // when Failed on a look-up: the request and answer behind reason
    QList<ErpCustomer> candidates;
    QList<MissingLookup> lookups;
    std::optional<CustomerCreation> creation;
    std::optional<LinkWrite> link;
    std::optional<StaleMark> stale;
};

// The item half of an outcome (ItemMatcher).
struct ItemDecision {
    MatchStatus status = MatchStatus::Matched;
    QStringList itemNumbers; // per order line, in line order; empty where unmatched
    QStringList unmatched;   // how each unmatched line is named to staff
    QString reason;
    QString detail; // when Failed on a look-up: the request and answer behind reason
    QList<MissingLookup> lookups;
    QList<ProductMapping> newMappings; // direct look-ups to remember (source "direct")
};

// The whole outcome of matching one staged order.
struct MatchOutcome {
    MatchStatus status = MatchStatus::Matched;
    QString reason;
    QString detail; // when Failed on an ERP call: the request and answer behind reason (Error::detail)
    CustomerDecision customer;
    ItemDecision items;
    MatchTrace trace;

    bool isFinal() const;
    // Matched, Blocked, NeedsReview, Failed; New while the matcher still waits on something.
    OrderStatus orderStatus() const;
    QList<MissingLookup> lookups() const; // of both halves, de-duplicated
    // Writes status, reason, ERP customer, item numbers and the trace into the staged order.
    void applyTo(StagedOrder& order) const;
};

} // namespace linkdesk
