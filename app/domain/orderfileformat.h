#pragma once

#include "util/result.h"

#include <QChar>
#include <QList>
#include <QString>
#include <QStringList>

#include <array>
#include <optional>
#include <utility>

namespace linkdesk {

// Which of Linkdesk's order fields each column of a CSV file holds: the [shop.CODE.columns] section
// of a profile, e.g. number=Order ID, email=Billing E-mail, sku=Product SKU, quantity=Qty.
struct ColumnMapping {
    enum Field {
        // the order (the same on every row of an order, or given on its first row only)
        Number,
        OrderId,
        Status,
        Date,
        Currency,
        CustomerId,
        Email,
        FirstName,
        LastName,
        CustomerName, // a full name, split at its first space
        Company,
        Country,
        Phone,
        VatNumber,
        Shipping, // the order's shipping charge
        // the line (one per row)
        Sku,
        ProductId,
        VariationId,
        ProductName,
        Quantity,
        Price,
        Total,
        FieldCount
    };

    std::array<QString, FieldCount> columns; // the column's title in the file; empty: not mapped
    QChar delimiter;                         // ',' ';' or '\t'; null: detected from the header
    QChar decimalPoint = QLatin1Char('.');   // '.' or ','
    QString dateFormat;      // a QDateTime format; empty: ISO 8601 or "2024-03-01 10:00:00 +0100"
    QString defaultCurrency; // for files without a currency column, or an empty cell

    const QString& column(Field field) const { return columns[field]; }
    static bool isOrderField(Field field) { return field < Sku; }

    // "number", "order_id", ... as written in a profile.
    static QString key(Field field);
    static std::optional<Field> fieldOfKey(const QString& key);
    static QStringList keys();
    // A line of help for each key, for messages and the README.
    static QString meaning(Field field);

    // Reads a [shop.CODE.columns] section (key, value pairs as written; `section` names it in
    // messages). Unknown keys, a key given twice, a missing required field or a bad delimiter are
    // Configuration errors naming the key.
    static Result<ColumnMapping> fromSection(const QList<std::pair<QString, QString>>& entries,
                                             const QString& section);
    // The section again (what fromSection reads back to the same mapping).
    QList<std::pair<QString, QString>> toSection() const;
    // One line for people: "number=Order ID, email=Billing E-mail, ...; delimiter ;".
    QString describe() const;
};

// How the files of a folder shop (type=file) are written: format= in [shop.CODE].
struct OrderFileFormat {
    enum class Kind {
        Linkdesk,        // "linkdesk": Linkdesk's own CSV columns (and WooCommerce JSON, as always)
        WooCommerceJson, // "woocommerce-json": WooCommerce REST orders as JSON
        Shopify,         // "shopify": Shopify's order export (Orders -> Export -> CSV)
        Columns,         // "columns": any CSV, read through a [shop.CODE.columns] mapping
    };
    Kind kind = Kind::Linkdesk;
    ColumnMapping columns; // Kind::Columns only

    static QString name(Kind kind);
    static std::optional<Kind> kindOfName(const QString& name);
    static QStringList names();
    QString name() const { return name(kind); }
    // "Shopify order export", "CSV by column mapping", ... for people.
    QString title() const;
    // The file name endings this format reads, lower case without the dot ("csv", "json").
    QStringList suffixes() const;
    // Equal for two formats that read a file the same way: a file read once under one fingerprint
    // is a duplicate when it comes again, and is read afresh after the format changed.
    QString fingerprint() const;
};

} // namespace linkdesk
