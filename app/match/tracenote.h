#pragma once

#include "domain/matchtrace.h"

#include <utility>

namespace linkdesk {

// Appends one step to a trace. The sentence is a pattern whose %1..%4 are filled with args only
// when the trace is rendered; every string here is implicitly shared, so a step costs no formatting.
template <typename... Args>
void traceNote(MatchTrace& trace, MatchTrace::Cache cache, const QString& rule, const QString& lookup,
               const QString& result, const QString& decision, const QString& pattern, Args&&... args) {
    static_assert(sizeof...(Args) <= 4, "a trace sentence takes at most four arguments");
    MatchTrace::Step step;
    step.rule = rule;
    step.lookup = lookup;
    step.result = result;
    step.decision = decision;
    step.sentence = pattern;
    step.cache = cache;
    int i = 0;
    ((step.args[i++] = QString(std::forward<Args>(args))), ...);
    step.argCount = sizeof...(Args);
    trace.append(std::move(step));
}

inline MatchTrace::Cache cacheOf(bool hit) {
    return hit ? MatchTrace::Cache::Hit : MatchTrace::Cache::Miss;
}

} // namespace linkdesk
