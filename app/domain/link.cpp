#include "link.h"

#include <array>
#include <utility>

namespace linkdesk {

namespace {
constexpr std::array kSourceNames{
    std::pair{LinkSource::Manual, "manual"},   std::pair{LinkSource::MappingImport, "mapping-import"},
    std::pair{LinkSource::Email, "email"},     std::pair{LinkSource::Created, "created"},
    std::pair{LinkSource::Contact, "contact"},
};
} // namespace

QString toString(LinkSource source) {
    for (const auto& [value, name] : kSourceNames)
        if (value == source)
            return QString::fromLatin1(name);
    return {};
}

bool parseLinkSource(const QString& text, LinkSource* source) {
    for (const auto& [value, name] : kSourceNames) {
        if (text == QLatin1String(name)) {
            *source = value;
            return true;
        }
    }
    return false;
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
