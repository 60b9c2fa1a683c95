#pragma once

#include "domain/erpdirectory.h"
#include "domain/settings.h"
#include "domain/stagedorder.h"
#include "matchoutcome.h"

namespace linkdesk {

class MatchData;

// Matches one staged order: its items first (a blocked order creates no ERP customer), then its
// customer. Pure and synchronous: the outcome lists the look-ups the directory did not know yet,
// or the customer to create, or the final decision with the writes the caller should make.
class OrderMatcher final {
public:
    OrderMatcher(ErpDirectory& directory, const MatchData& data)
        : m_directory(directory)
        , m_data(data) {}

    MatchOutcome match(const StagedOrder& order, const ShopSettings& settings) const;

private:
    ErpDirectory& m_directory;
    const MatchData& m_data;
};

} // namespace linkdesk
