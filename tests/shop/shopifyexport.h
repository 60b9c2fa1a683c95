#pragma once

// A Shopify order export (Admin: Orders -> Export -> CSV) written the way Shopify writes it: UTF-8 with
// a byte-order mark, CRLF line ends, the full header, one row per line item with the order's own
// fields on its first row only (later rows carry Name, Email, the line and a few line columns),
// empty Notes / Note Attributes / Tags written as "", and fields with commas, quotes or line breaks
// quoted (a note over two lines with a quoted word in it).
//
// Rows (as a spreadsheet numbers them; the header is row 1):
//   2-4  #1001  three lines, 7.50 shipping (Standard); its note spans two lines of the text, so row 3
//                starts on line 4
//   5    #1002  one line, no Billing Phone (the order's Phone column has one), a name with umlauts
//   6    #1003  a line without SKU (a custom item): staged, named by its product name
//   7-8  #1004  row 8 has "two" as quantity: the order is quarantined, row 8 (line 9) named
//   9    #1005  cancelled (Cancelled at filled)

#include <QByteArray>
#include <QMap>
#include <QStringList>

namespace shopify {

inline const QStringList& header() {
    static const QStringList columns =
        QString::fromLatin1(
            "Name,Email,Financial Status,Paid at,Fulfillment Status,Fulfilled at,Accepts Marketing,Currency,"
            "Subtotal,Shipping,Taxes,Total,Discount Code,Discount Amount,Shipping Method,Created at,"
            "Lineitem quantity,Lineitem name,Lineitem price,Lineitem compare at price,Lineitem sku,"
            "Lineitem requires shipping,Lineitem taxable,Lineitem fulfillment status,Billing Name,Billing "
            "Street,"
            "Billing Address1,Billing Address2,Billing Company,Billing City,Billing Zip,Billing Province,"
            "Billing Country,Billing Phone,Shipping Name,Shipping Street,Shipping Address1,Shipping Address2,"
            "Shipping Company,Shipping City,Shipping Zip,Shipping Province,Shipping Country,Shipping Phone,"
            "Notes,Note Attributes,Cancelled at,Payment Method,Payment Reference,Refunded Amount,Vendor,"
            "Outstanding Balance,Employee,Location,Device ID,Id,Tags,Risk Level,Source,Lineitem discount,"
            "Tax 1 Name,Tax 1 Value,Tax 2 Name,Tax 2 Value,Tax 3 Name,Tax 3 Value,Tax 4 Name,Tax 4 Value,"
            "Tax 5 Name,Tax 5 Value,Phone,Receipt Number,Duties,Billing Province Name,Shipping Province Name,"
            "Payment ID,Payment Terms Name,Next Payment Due At,Payment References")
            .split(QLatin1Char(','));
    return columns;
}

// One row: the given columns filled, every other one empty; quoted as Shopify quotes.
inline QByteArray row(const QMap<QString, QString>& values, bool firstRowOfOrder) {
    QStringList fields;
    for (const QString& column : header()) {
        const QString v = values.value(column);
        const bool alwaysQuoted = firstRowOfOrder && (column == QLatin1String("Notes") ||
                                                      column == QLatin1String("Note Attributes") ||
                                                      column == QLatin1String("Tags"));
        if (alwaysQuoted || v.contains(QLatin1Char(',')) || v.contains(QLatin1Char('"')) ||
            v.contains(QLatin1Char('\n'))) {
            QString q = v;
            q.replace(QLatin1Char('"'), QLatin1String("\"\""));
            fields << QLatin1Char('"') + q + QLatin1Char('"');
        } else {
            fields << v;
        }
    }
    return fields.join(QLatin1Char(',')).toUtf8() + "\r\n";
}

using Row = QMap<QString, QString>;

inline Row orderRow(const QString& name, const QString& email, const QString& currency,
                    const QString& created) {
    return Row{{QStringLiteral("Name"), name},
               {QStringLiteral("Email"), email},
               {QStringLiteral("Financial Status"), QStringLiteral("paid")},
               {QStringLiteral("Paid at"), created},
               {QStringLiteral("Fulfillment Status"), QStringLiteral("unfulfilled")},
               {QStringLiteral("Accepts Marketing"), QStringLiteral("no")},
               {QStringLiteral("Currency"), currency},
               {QStringLiteral("Created at"), created},
               {QStringLiteral("Payment Method"), QStringLiteral("Shopify Payments")},
               {QStringLiteral("Risk Level"), QStringLiteral("Low")},
               {QStringLiteral("Source"), QStringLiteral("web")}};
}

inline Row line(Row r, const QString& quantity, const QString& name, const QString& price,
                const QString& sku) {
    r.insert(QStringLiteral("Lineitem quantity"), quantity);
    r.insert(QStringLiteral("Lineitem name"), name);
    r.insert(QStringLiteral("Lineitem price"), price);
    r.insert(QStringLiteral("Lineitem sku"), sku);
    r.insert(QStringLiteral("Lineitem requires shipping"), QStringLiteral("true"));
    r.insert(QStringLiteral("Lineitem taxable"), QStringLiteral("true"));
    r.insert(QStringLiteral("Lineitem fulfillment status"), QStringLiteral("pending"));
    r.insert(QStringLiteral("Lineitem discount"), QStringLiteral("0.00"));
    r.insert(QStringLiteral("Vendor"), QStringLiteral("Linkdesk Print"));
    return r;
}

// A later row of an order: Name, Email, the line.
inline Row later(const QString& name, const QString& email) {
    return Row{{QStringLiteral("Name"), name}, {QStringLiteral("Email"), email}};
}

inline Row with(Row r, std::initializer_list<std::pair<const char*, QString>> values) {
    for (const auto& [k, v] : values)
        r.insert(QString::fromLatin1(k), v);
    return r;
}

inline QByteArray exportFile() {
    QByteArray out = "\xEF\xBB\xBF" + header().join(QLatin1Char(',')).toUtf8() + "\r\n";
    const QString ann = QStringLiteral("ann@acme.example");
    Row a = with(orderRow(QStringLiteral("#1001"), ann, QStringLiteral("EUR"),
                          QStringLiteral("2024-03-05 14:23:11 +0100")),
                 {{"Billing Name", QStringLiteral("Ann Lee")},
                  {"Billing Company", QStringLiteral("Acme, Ltd")},
                  {"Billing Street", QStringLiteral("1 Harbour Road")},
                  {"Billing City", QStringLiteral("Dublin")},
                  {"Billing Zip", QStringLiteral("'D02 X285")},
                  {"Billing Country", QStringLiteral("IE")},
                  {"Billing Phone", QStringLiteral("+353 1 555 0100")},
                  {"Subtotal", QStringLiteral("105.00")},
                  {"Shipping", QStringLiteral("7.50")},
                  {"Shipping Method", QStringLiteral("Standard")},
                  {"Total", QStringLiteral("112.50")},
                  {"Notes", QStringLiteral("Deliver to the back door, \"Gate 2\".\r\nCall before.")},
                  {"Id", QStringLiteral("5123456789012")},
                  {"Tax 1 Name", QStringLiteral("VAT 23%")},
                  {"Tax 1 Value", QStringLiteral("0.00")}});
    out += row(line(a, QStringLiteral("2"), QStringLiteral("Business cards - 400gsm"),
                    QStringLiteral("12.50"), QStringLiteral("BC-1")),
               true);
    out += row(line(later(QStringLiteral("#1001"), ann), QStringLiteral("500"), QStringLiteral("Flyer A5"),
                    QStringLiteral("0.08"), QStringLiteral("FL-A5")),
               false);
    // Some exports repeat the status on later rows: the same value is fine.
    out += row(with(line(later(QStringLiteral("#1001"), ann), QStringLiteral("1"),
                         QStringLiteral("Poster A2, matt"), QStringLiteral("40.00"), QStringLiteral("PO-A2")),
                    {{"Financial Status", QStringLiteral("paid")}}),
               false);

    Row b = with(orderRow(QStringLiteral("#1002"), QStringLiteral("zoe@example.de"), QStringLiteral("EUR"),
                          QStringLiteral("2024-03-05 15:00:00 +0100")),
                 {{"Billing Name", QStringLiteral("Zoë Müller")},
                  {"Shipping", QStringLiteral("0.00")},
                  {"Billing Country", QStringLiteral("DE")},
                  {"Phone", QStringLiteral("+49 30 5550100")},
                  {"Id", QStringLiteral("5123456789013")}});
    out += row(line(b, QStringLiteral("1"), QStringLiteral("Business cards - 400gsm"),
                    QStringLiteral("14.00"), QStringLiteral("BC-1")),
               true);

    Row c = with(orderRow(QStringLiteral("#1003"), QStringLiteral("guest@example.com"), QStringLiteral("GBP"),
                          QStringLiteral("2024-03-06 09:30:00 +0000")),
                 {{"Billing Name", QStringLiteral("Sam Guest")},
                  {"Billing Country", QStringLiteral("GB")},
                  {"Id", QStringLiteral("5123456789014")}});
    out += row(line(c, QStringLiteral("1"), QStringLiteral("Design service (custom)"),
                    QStringLiteral("25.00"), QString()),
               true);

    Row d = with(orderRow(QStringLiteral("#1004"), QStringLiteral("bad@example.com"), QStringLiteral("EUR"),
                          QStringLiteral("2024-03-06 10:00:00 +0100")),
                 {{"Id", QStringLiteral("5123456789015")}});
    out += row(line(d, QStringLiteral("1"), QStringLiteral("Business cards - 400gsm"),
                    QStringLiteral("12.50"), QStringLiteral("BC-1")),
               true);
    out += row(line(later(QStringLiteral("#1004"), QStringLiteral("bad@example.com")), QStringLiteral("two"),
                    QStringLiteral("Flyer A5"), QStringLiteral("0.08"), QStringLiteral("FL-A5")),
               false);

    Row e = with(orderRow(QStringLiteral("#1005"), QStringLiteral("gone@example.com"), QStringLiteral("EUR"),
                          QStringLiteral("2024-03-07 08:00:00 +0100")),
                 {{"Cancelled at", QStringLiteral("2024-03-07 09:00:00 +0100")},
                  {"Billing Name", QStringLiteral("Pat Gone")},
                  {"Id", QStringLiteral("5123456789016")}});
    out += row(line(e, QStringLiteral("3"), QStringLiteral("Flyer A5"), QStringLiteral("0.08"),
                    QStringLiteral("FL-A5")),
               true);
    return out;
}

} // namespace shopify
