#include "csvorderparser.h"

#include "csvorderrows.h"

#include "orderfields.h"
#include "util/csv.h"

#include <QHash>

namespace linkdesk::shop {

namespace {
enum Column {
    OrderNumber,
    OrderId,
    Status,
    DateModified,
    Currency,
    CustomerId,
    Email,
    FirstName,
    LastName,
    Company,
    Country,
    Phone,
    VatNumber,
    ShippingTotal,
    Sku,
    ProductId,
    VariationId,
    Name,
    Quantity,
    UnitPrice,
    Total,
    ColumnCount
};
const char* const kColumnNames[ColumnCount] = {
    "order_number", "order_id",       "status",    "date_modified_gmt", "currency",     "customer_id",
    "email",        "first_name",     "last_name", "company",           "country",      "phone",
    "vat_number",   "shipping_total", "sku",       "product_id",        "variation_id", "name",
    "quantity",     "unit_price",     "total"};
// Columns that belong to the order rather than the line: equal on every row of an order.
constexpr Column kOrderColumns[] = {OrderId, Status,    DateModified, Currency, CustomerId,
                                    Email,   FirstName, LastName,     Company,  Country,
                                    Phone,   VatNumber, ShippingTotal};

qsizetype maxLength(Column c) {
    switch (c) {
    case Email:
        return limits::kMaxEmail;
    case FirstName:
    case LastName:
    case Company:
    case Name:
        return limits::kMaxText;
    default:
        return limits::kMaxCode;
    }
}

} // namespace

QStringList CsvOrderParser::knownColumns() {
    QStringList names;
    for (const char* name : kColumnNames)
        names << QLatin1String(name);
    return names;
}

ParsedOrders CsvOrderParser::parse(const QString& text, const QString& where) const {
    ParsedOrders out;
    const QString source = where.isEmpty() ? QStringLiteral("CSV orders") : where;
    auto wholeFile = [&](const QString& why) {
        out.errors.append(OrderParseError::make(source + QStringLiteral(": ") + why, text.toUtf8()));
        return out;
    };

    QString body = text;
    if (body.startsWith(QChar(0xFEFF)))
        body.remove(0, 1);
    const auto parsed = csv::parse(body);
    if (!parsed)
        return wholeFile(QStringLiteral("not readable as CSV: ") + parsed.message());
    const QList<QStringList>& rows = *parsed;
    if (rows.isEmpty())
        return wholeFile(QStringLiteral("the file is empty (expected a header row)"));

    // Header.
    int index[ColumnCount];
    std::fill(std::begin(index), std::end(index), -1);
    const QStringList& header = rows.first();
    for (qsizetype i = 0; i < header.size(); ++i) {
        const QString name = header.at(i).trimmed().toLower();
        int column = -1;
        for (int c = 0; c < ColumnCount; ++c)
            if (name == QLatin1String(kColumnNames[c]))
                column = c;
        if (column < 0)
            return wholeFile(QStringLiteral("unknown column %1 in the header (known: %2)")
                                 .arg(quoteShort(header.at(i)), knownColumns().join(QStringLiteral(", "))));
        if (index[column] >= 0)
            return wholeFile(QStringLiteral("column %1 appears twice in the header").arg(name));
        index[column] = int(i);
    }
    for (Column required : {OrderNumber, Currency, Quantity, UnitPrice})
        if (index[required] < 0)
            return wholeFile(
                QStringLiteral("the header has no %1 column").arg(QLatin1String(kColumnNames[required])));
    if (index[Sku] < 0 && index[ProductId] < 0)
        return wholeFile(QStringLiteral("the header has neither a sku nor a product_id column"));

    const qsizetype width = header.size();
    auto cell = [&](int row, Column c) -> QString {
        const int at = index[c];
        const QStringList& r = rows.at(row);
        return at >= 0 && at < r.size() ? r.at(at).trimmed() : QString();
    };
    const QString headerLine = csv::formatRow(header);
    auto rawOf = [&](const QList<int>& rowIndexes) {
        QString raw = headerLine + QLatin1Char('\n');
        for (int r : rowIndexes)
            raw += csv::formatRow(rows.at(r)) + QLatin1Char('\n');
        return raw.toUtf8();
    };
    // Row numbers as a spreadsheet shows them: the header is row 1.
    auto rowName = [](int row) { return QStringLiteral("row %1").arg(row + 1); };

    // Group the rows by order number, keeping the order of first appearance.
    const QList<CsvOrderRows> groups =
        groupRowsByOrder(int(rows.size()), [&](int r) -> std::optional<QString> {
            const QString number = cell(r, OrderNumber);
            if (number.isEmpty() || number.size() > limits::kMaxCode) {
                out.errors.append(OrderParseError::make(
                    QStringLiteral("%1, %2: order_number %3")
                        .arg(source, rowName(r),
                             number.isEmpty() ? QStringLiteral("is empty")
                                              : QStringLiteral("is %1 characters long (at most %2)")
                                                    .arg(number.size())
                                                    .arg(limits::kMaxCode)),
                    rawOf({r})));
                out.errors.last().rows = {r + 1};
                return std::nullopt;
            }
            return number;
        });

    for (const CsvOrderRows& group : groups) {
        const QString name = QStringLiteral("%1, order %2").arg(source, group.number);
        auto orderError = [&](int row, const QString& why) {
            OrderParseError e =
                OrderParseError::make(QStringLiteral("%1 (%2): %3").arg(name, rowName(row), why),
                                      rawOf(group.rows), group.number, cell(group.rows.first(), OrderId));
            for (int r : group.rows)
                e.rows << r + 1;
            out.errors.append(std::move(e));
        };
        if (group.rows.size() > limits::kMaxLines) {
            orderError(
                group.rows.first(),
                QStringLiteral("has %1 lines (at most %2)").arg(group.rows.size()).arg(limits::kMaxLines));
            continue;
        }
        QString error;
        int errorRow = group.rows.first();
        const int first = group.rows.first();
        for (int r : group.rows) {
            if (rows.at(r).size() != width) {
                error = QStringLiteral("has %1 fields, the header has %2").arg(rows.at(r).size()).arg(width);
                errorRow = r;
                break;
            }
            for (int c = 0; c < ColumnCount && error.isEmpty(); ++c) {
                const QString value = cell(r, Column(c));
                if (value.size() > maxLength(Column(c)))
                    error = QStringLiteral("%1 is %2 characters long (at most %3)")
                                .arg(QLatin1String(kColumnNames[c]))
                                .arg(value.size())
                                .arg(maxLength(Column(c)));
            }
            for (Column c : kOrderColumns) {
                if (error.isEmpty() && cell(r, c) != cell(first, c))
                    error = QStringLiteral(
                                "%1 is %2 here but %3 on %4; it must be the same on every row of an order")
                                .arg(QLatin1String(kColumnNames[c]), quoteShort(cell(r, c)),
                                     quoteShort(cell(first, c)), rowName(first));
            }
            if (!error.isEmpty()) {
                errorRow = r;
                break;
            }
        }
        if (!error.isEmpty()) {
            orderError(errorRow, error);
            continue;
        }

        StagedOrder order;
        order.shopCode = m_shopCode;
        order.orderNumber = group.number;
        order.shopOrderId = cell(first, OrderId).isEmpty() ? group.number : cell(first, OrderId);
        order.shopStatus = cell(first, Status);
        order.currency = cell(first, Currency).toUpper();
        if (order.currency.isEmpty()) {
            orderError(first, QStringLiteral("currency is empty"));
            continue;
        }
        const QString modified = cell(first, DateModified);
        if (!modified.isEmpty()) {
            order.modifiedAt = QDateTime::fromString(modified, Qt::ISODate);
            if (order.modifiedAt.timeSpec() == Qt::LocalTime)
                order.modifiedAt.setTimeSpec(Qt::UTC);
            order.modifiedAt = order.modifiedAt.toUTC();
            if (!order.modifiedAt.isValid()) {
                orderError(first, QStringLiteral("date_modified_gmt is not an ISO 8601 date (got %1)")
                                      .arg(quoteShort(modified)));
                continue;
            }
        }
        ShopCustomer& c = order.customer;
        c.shopCode = m_shopCode;
        const QString customerId = cell(first, CustomerId);
        c.shopCustomerId = customerId == QLatin1String("0") ? QString() : customerId;
        c.email = cell(first, Email);
        c.firstName = cell(first, FirstName);
        c.lastName = cell(first, LastName);
        c.company = cell(first, Company);
        c.country = cell(first, Country).toUpper();
        c.phone = cell(first, Phone);
        c.vatNumber = cell(first, VatNumber);
        c.currency = order.currency;
        c.key = c.effectiveKey();
        if (const QString shipping = cell(first, ShippingTotal); !shipping.isEmpty()) {
            const auto amount = normaliseDecimal(shipping);
            if (!amount || amount->startsWith(QLatin1Char('-'))) {
                orderError(first, QStringLiteral("shipping_total must be a decimal number of 0 or more like "
                                                 "4.95 (got %1)")
                                      .arg(quoteShort(shipping)));
                continue;
            }
            order.charges.append(OrderCharge{OrderCharge::Kind::Shipping, QString(), *amount});
        }

        const auto badLine = readOrderLines(group.rows, order, [&](int r, OrderLine& line) {
            QString why;
            line.sku = cell(r, Sku);
            line.name = cell(r, Name);
            auto whole = [&](Column col, qint64* into) {
                const QString v = cell(r, col);
                if (v.isEmpty())
                    return true;
                bool ok = false;
                const qint64 n = v.toLongLong(&ok);
                if (!ok || n < 0 || n > limits::kMaxId) {
                    why = QStringLiteral("%1 must be a whole number of 0 or more (got %2)")
                              .arg(QLatin1String(kColumnNames[col]), quoteShort(v));
                    return false;
                }
                *into = n;
                return true;
            };
            auto decimal = [&](Column col, bool required, QString* into) {
                const QString v = cell(r, col);
                if (v.isEmpty()) {
                    if (required)
                        why = QStringLiteral("%1 is empty").arg(QLatin1String(kColumnNames[col]));
                    return !required;
                }
                const auto d = normaliseDecimal(v);
                if (!d) {
                    why = QStringLiteral("%1 must be a decimal number like 12.50 (got %2)")
                              .arg(QLatin1String(kColumnNames[col]), quoteShort(v));
                    return false;
                }
                *into = *d;
                return true;
            };
            QString quantity;
            if (!whole(ProductId, &line.productId) || !whole(VariationId, &line.variationId) ||
                !decimal(Quantity, true, &quantity) || !decimal(UnitPrice, true, &line.unitPrice) ||
                !decimal(Total, false, &line.total))
                return why;
            line.quantity = quantity.toDouble();
            if (line.quantity < 0)
                why = QStringLiteral("quantity must not be negative (got %1)").arg(quantity);
            else if (line.quantity == 0)
                why = QStringLiteral("quantity must be more than 0");
            else if (line.quantity > limits::kMaxQuantity)
                why = QStringLiteral("quantity is absurdly large (got %1)").arg(quantity);
            else if (line.unitPrice.startsWith(QLatin1Char('-')))
                why = QStringLiteral("unit_price must not be negative (got %1)").arg(line.unitPrice);
            else if (line.sku.isEmpty() && line.productId == 0)
                why = QStringLiteral("the line names no product: sku is empty and product_id is 0 or empty");
            return why;
        });
        if (badLine) {
            orderError(badLine->row, badLine->why);
            continue;
        }
        order.rawPayload = rawOf(group.rows);
        for (int r : group.rows)
            out.rowsOf[group.number] << r + 1;
        out.orders.append(std::move(order));
    }
    return out;
}

} // namespace linkdesk::shop
