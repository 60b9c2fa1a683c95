#pragma once

#include "util/result.h"

namespace linkdesk {

class Database;

// What waits for a person, as the window's sidebar counts it: orders by the state that needs
// someone, and links that no longer hold.
struct Attention {
    int needsReview = 0; // orders: which ERP customer is unclear
    int blocked = 0;     // orders: an item without an ERP item
    int failed = 0;      // orders: the ERP refused them, or attempts ran out
    int quarantined = 0; // orders: could not be read
    int staleLinks = 0;  // links whose ERP customer is gone, blocked or changed
    int orders = 0;      // every staged order, in any state

    int waiting() const { return needsReview + blocked + failed + quarantined + staleLinks; }
    bool operator==(const Attention&) const = default;
};

// Counts them in two statements, on either engine.
Result<Attention> readAttention(Database& db);

} // namespace linkdesk
