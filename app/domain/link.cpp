#include "link.h"

#include "util/names.h"

namespace linkdesk {

namespace {
constexpr NameTable<5> kSourceNames{"manual", "mapping-import", "email", "created", "contact"};
static_assert(kSourceNames.size() == std::size_t(LinkSource::Contact) + 1);
} // namespace

QString toString(LinkSource source) {
    return nameIn(kSourceNames, source);
}

bool parseLinkSource(const QString& text, LinkSource* source) {
    const auto value = valueIn<LinkSource>(kSourceNames, text);
    if (value)
        *source = *value;
    return value.has_value();
}

QString describeLink(const Link& link) {
    if (!link.isLinked())
        return link.rowVersion == 0 ? QStringLiteral("(none)") : QStringLiteral("(cleared)");
    QString text = QStringLiteral("%1 (%2)").arg(link.erpCustomerNumber, toString(link.source));
    if (link.stale)
        text += QStringLiteral(" stale: ") + link.staleReason;
    return text;
}

} // namespace linkdesk
