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

} // namespace linkdesk
