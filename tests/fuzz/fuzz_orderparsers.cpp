// libFuzzer target for the order parsers: the same bytes go to the WooCommerce JSON parser and,
// as UTF-8 text, to the Linkdesk CSV parser, the Shopify export parser and a column mapping (with a
// semicolon, and with the delimiter detected). Besides crashes and sanitizer reports it checks that
// nothing is dropped silently: every order of a JSON array is either parsed or reported, every row of
// a mapped CSV belongs to exactly one order or report, and every report has a message and a raw
// payload.
#include "shop/csvorderparser.h"
#include "shop/mappedcsvparser.h"
#include "shop/wooorderparser.h"
#include "util/csv.h"

#include <QSet>

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

// Every row with a value belongs to one good order or one report, unless the whole file was refused.
void checkRows(const ParsedOrders& parsed, const QString& text, QChar delimiter) {
    QString body = text;
    if (body.startsWith(QChar(0xFEFF)))
        body.remove(0, 1);
    const auto table = linkdesk::csv::parseTable(
        body, delimiter.isNull() ? linkdesk::csv::detectDelimiter(body) : delimiter);
    for (const auto& e : parsed.errors)
        if (e.rows.isEmpty()) {
            check(parsed.errors.size() == 1 && parsed.orders.isEmpty(), "a whole-file error stands alone");
            return;
        }
    check(table.ok(), "a file that is not CSV is one whole-file error");
    QSet<int> expected;
    for (qsizetype i = 1; i < table->rows.size(); ++i)
        if (!table->rows.at(i).join(QString()).trimmed().isEmpty())
            expected.insert(table->rowNumbers.at(i));
    QSet<int> seen;
    auto account = [&](const QList<int>& rows) {
        for (int r : rows) {
            check(!seen.contains(r), "a row belongs to one order or report only");
            seen.insert(r);
        }
    };
    for (const auto& o : parsed.orders) {
        check(parsed.rowsOf.contains(o.orderNumber), "a good order knows its rows");
        account(parsed.rowsOf.value(o.orderNumber));
    }
    for (const auto& e : parsed.errors)
        account(e.rows);
    check(seen == expected, "every row with a value is an order's or a report's");
}

linkdesk::ColumnMapping semicolonMapping(bool detect) {
    using linkdesk::ColumnMapping;
    QList<std::pair<QString, QString>> entries{{QStringLiteral("number"), QStringLiteral("Order")},
                                               {QStringLiteral("email"), QStringLiteral("Mail")},
                                               {QStringLiteral("customer_name"), QStringLiteral("Name")},
                                               {QStringLiteral("sku"), QStringLiteral("SKU")},
                                               {QStringLiteral("quantity"), QStringLiteral("Qty")},
                                               {QStringLiteral("price"), QStringLiteral("Price")},
                                               {QStringLiteral("date"), QStringLiteral("Date")},
                                               {QStringLiteral("decimal"), QStringLiteral(",")},
                                               {QStringLiteral("default_currency"), QStringLiteral("EUR")}};
    if (!detect)
        entries.append({QStringLiteral("delimiter"), QStringLiteral(";")});
    return *ColumnMapping::fromSection(entries, QStringLiteral("[shop.fuzz.columns]"));
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

    const QString text = QString::fromUtf8(bytes);
    const ParsedOrders csv = CsvOrderParser(QStringLiteral("fuzz")).parse(text, QStringLiteral("fuzz.csv"));
    checkParsed(csv);

    const ParsedOrders shopify =
        MappedCsvParser(QStringLiteral("fuzz"), shopifyLayout()).parse(text, QStringLiteral("s.csv"));
    checkParsed(shopify);
    checkRows(shopify, text, shopifyLayout().mapping.delimiter);
    for (bool detect : {false, true}) {
        const linkdesk::ColumnMapping mapping = semicolonMapping(detect);
        const ParsedOrders mapped =
            MappedCsvParser(QStringLiteral("fuzz"),
                            mappedLayout(mapping, QStringLiteral("[shop.fuzz.columns]")))
                .parse(text, QStringLiteral("m.csv"));
        checkParsed(mapped);
        checkRows(mapped, text, mapping.delimiter);
    }
    return 0;
}
