#pragma once

#include "domain/erpdirectory.h"
#include "domain/settings.h"
#include "domain/stagedorder.h"
#include "matchoutcome.h"

#include <functional>

namespace linkdesk {

class MatchData;

// Runs the matcher to a final outcome, synchronously: fetches what the directory did not know
// (through fetch; without one an unknown answer is a failure), makes the writes the matcher decided
// on, and creates a missing customer idempotently: the intent is recorded before the ERP is asked,
// and a retry that finds the intent still pending has the matcher search the ERP again first.
// Used by unit tests, the benchmark and the CLI's test order; the import pipeline does the same
// steps for many orders at once.
class MatchRunner final {
public:
    using Fetch = std::function<Result<void>(const QList<MissingLookup>&)>;

    MatchRunner(ErpDirectory& directory, MatchData& data, Fetch fetch = {})
        : m_directory(directory)
        , m_data(data)
        , m_fetch(std::move(fetch)) {}

    MatchOutcome run(const StagedOrder& order, const ShopSettings& settings);

    // Makes the writes of a final outcome: a stale mark, a new link, direct mappings, and marks a
    // pending creation intent as done when the matcher found the customer it was for.
    Result<void> applyWrites(const StagedOrder& order, const MatchOutcome& outcome);

private:
    MatchOutcome create(const StagedOrder& order, MatchOutcome outcome);

    ErpDirectory& m_directory;
    MatchData& m_data;
    Fetch m_fetch;
};

} // namespace linkdesk
