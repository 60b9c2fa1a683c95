#pragma once

#include "domain/erpdirectory.h"
#include "domain/matchtrace.h"
#include "domain/settings.h"
#include "domain/stagedorder.h"
#include "matchoutcome.h"

namespace linkdesk {

class MatchData;

// DESIGN.md's customer rules, in order: linking off -> contact relation -> existing link -> email
// search -> create from a template -> default customer. A pure function of the order, the shop's
// settings, the local match data and the directory's answers: it reads, never writes, never waits.
// What it decided to write (a link, a stale mark) is in the decision, for the caller to write.
class CustomerMatcher final {
public:
    CustomerMatcher(ErpDirectory& directory, const MatchData& data)
        : m_directory(directory)
        , m_data(data) {}

    CustomerDecision match(const StagedOrder& order, const ShopSettings& settings, MatchTrace& trace) const;

    // The email search for an order (match fields from the shop customer; the currency falls back
    // to the order's), given its normalised email.
    static CustomerSearch searchFor(const StagedOrder& order, const ShopSettings& settings,
                                    const QString& normalisedEmail);
    // The same for a shop customer with this currency (Connect Link: the customer's own).
    static CustomerSearch searchFor(const ShopCustomer& customer, const QString& currency,
                                    const ShopSettings& settings, const QString& normalisedEmail);
    // The identity a shop customer is linked under: its shop customer id, or for a guest
    // "guest:" + normalised email + match fields, so one person's guest orders share one link.
    static QString identityKey(const ShopCustomer& customer, const CustomerSearch& search);

private:
    class Run;

    ErpDirectory& m_directory;
    const MatchData& m_data;
};

} // namespace linkdesk
