#pragma once

#include "domain/erpdirectory.h"
#include "domain/matchtrace.h"
#include "domain/settings.h"
#include "domain/stagedorder.h"
#include "matchoutcome.h"

namespace linkdesk {

class MatchData;

// DESIGN.md's item rule, per line: product mapping by (shop, SKU), or by (shop, product id,
// variation id) for a line without SKU -> with item_blocked_check off, the SKU looked up directly
// as an ERP item number and remembered as a "direct" mapping -> else the order is blocked, naming
// every line that has no item. Pure, like CustomerMatcher: new mappings are returned, not written.
class ItemMatcher final {
public:
    ItemMatcher(ErpDirectory& directory, const MatchData& data)
        : m_directory(directory)
        , m_data(data) {}

    ItemDecision match(const StagedOrder& order, const ShopSettings& settings, MatchTrace& trace) const;

private:
    ErpDirectory& m_directory;
    const MatchData& m_data;
};

} // namespace linkdesk
