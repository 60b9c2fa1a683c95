// libFuzzer target for the order parsers: the same bytes go to the WooCommerce JSON parser and,
// as UTF-8 text, to the CSV parser. Besides crashes and sanitizer reports it checks that nothing is
// dropped silently: every order of a JSON array is either parsed or reported, and every report has
// a message and a raw payload.
#include "shop/csvorderparser.h"
#include "shop/wooorderparser.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

using namespace linkdesk::shop;

namespace {
void check(bool condition, const char* what) {
    if (!condition) {
        std::fprintf(stderr, "invariant broken: %s\n", what);
        std::abort();
    }
}

void checkParsed(const ParsedOrders& parsed) {
    for (const auto& order : parsed.orders) {
        check(!order.orderNumber.isEmpty(), "a parsed order has a number");
        check(!order.lines.isEmpty(), "a parsed order has lines");
        for (const auto& line : order.lines)
            check(line.quantity > 0, "a parsed line has a positive quantity");
    }
    for (const auto& error : parsed.errors) {
        check(!error.message.isEmpty(), "an error has a message");
        check(error.message.size() < 4000, "an error message stays readable");
        check(error.raw.size() <= OrderParseError::kMaxRawBytes, "the raw payload is capped");
        const auto quarantined = error.toQuarantinedOrder(QStringLiteral("fuzz"));
        check(!quarantined.orderNumber.isEmpty(), "a quarantined order has a number");
    }
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char*>(data), qsizetype(size));

    const ParsedOrders json =
        WooOrderParser(QStringLiteral("fuzz")).parseDocument(bytes, QStringLiteral("fuzz"));
    checkParsed(json);
    const QJsonDocument doc = QJsonDocument::fromJson(bytes);
    const qsizetype expected = doc.isNull() ? 1 : doc.isArray() ? doc.array().size() : 1;
    check(json.orders.size() + json.errors.size() == expected, "every JSON order is parsed or reported");

    const ParsedOrders csv =
        CsvOrderParser(QStringLiteral("fuzz")).parse(QString::fromUtf8(bytes), QStringLiteral("fuzz.csv"));
    checkParsed(csv);
    return 0;
}
