#include "result.h"
#include "names.h"

namespace linkdesk {

namespace {
constexpr NameTable<9> kKindNames{"failed",          "invalid",  "refused",       "not_found", "transient",
                                  "unknown_outcome", "conflict", "configuration", "cancelled"};
static_assert(kKindNames.size() == std::size_t(ErrorKind::Cancelled) + 1);
} // namespace

QString toString(ErrorKind kind) {
    return nameIn(kKindNames, kind);
}

} // namespace linkdesk
