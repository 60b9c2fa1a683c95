#include "mappedcsvparser.h"

#include "csvorderrows.h"

#include "orderfields.h"
#include "util/csv.h"

#include <QRegularExpression>
#include <QSet>

#include <array>

namespace linkdesk::shop {

using Field = ColumnMapping::Field;

namespace {
qsizetype maxLength(Field f) {
    switch (f) {
    case ColumnMapping::Email:
        return limits::kMaxEmail;
    case ColumnMapping::FirstName:
    case ColumnMapping::LastName:
    case ColumnMapping::CustomerName:
    case ColumnMapping::Company:
    case ColumnMapping::ProductName:
        return limits::kMaxText;
    default:
        return limits::kMaxCode;
    }
}

// A number as the file writes it (with `point` as its decimal point), as decimal text.
std::optional<QString> amountOf(QString text, QChar point) {
    if (point == QLatin1Char(',') && !text.contains(QLatin1Char('.')))
        text.replace(QLatin1Char(','), QLatin1Char('.'));
    return normaliseDecimal(text);
}

// ISO 8601 ("2024-03-01", "2024-03-01T10:00:00Z") or Shopify's "2024-03-01 10:00:00 +0100"; without
// a zone the time is UTC. With a format, QDateTime's format (also UTC unless it has a zone).
QDateTime parseDate(const QString& text, const QString& format) {
    QDateTime when;
    if (!format.isEmpty()) {
        when = QDateTime::fromString(text, format);
    } else {
        static const QRegularExpression iso(
            QStringLiteral("^(\\d{4}-\\d{2}-\\d{2})(?:[T "
                           "](\\d{2}:\\d{2})(:\\d{2}(?:\\.\\d{1,3})?)?\\s*(Z|[+-]\\d{2}:?\\d{2})?)?$"));
        const auto m = iso.match(text);
        if (!m.hasMatch())
            return {};
        QString zone = m.captured(4);
        if (zone.size() == 5) // +0100
            zone.insert(3, QLatin1Char(':'));
        const QString time = m.captured(2).isEmpty() ? QStringLiteral("00:00") : m.captured(2);
        const QString seconds = m.captured(3).isEmpty() ? QStringLiteral(":00") : m.captured(3);
        when = QDateTime::fromString(m.captured(1) + QLatin1Char('T') + time + seconds + zone, Qt::ISODate);
    }
    if (!when.isValid())
        return {};
    if (when.timeSpec() == Qt::LocalTime)
        when.setTimeSpec(Qt::UTC);
    return when.toUTC();
}
} // namespace

CsvLayout shopifyLayout() {
    CsvLayout l;
    auto& c = l.mapping.columns;
    c[ColumnMapping::Number] = QStringLiteral("Name");
    c[ColumnMapping::OrderId] = QStringLiteral("Id");
    c[ColumnMapping::Status] = QStringLiteral("Financial Status");
    c[ColumnMapping::Date] = QStringLiteral("Created at");
    c[ColumnMapping::Currency] = QStringLiteral("Currency");
    c[ColumnMapping::Email] = QStringLiteral("Email");
    c[ColumnMapping::CustomerName] = QStringLiteral("Billing Name");
    c[ColumnMapping::Company] = QStringLiteral("Billing Company");
    c[ColumnMapping::Country] = QStringLiteral("Billing Country");
    c[ColumnMapping::Phone] = QStringLiteral("Billing Phone");
    c[ColumnMapping::Quantity] = QStringLiteral("Lineitem quantity");
    c[ColumnMapping::ProductName] = QStringLiteral("Lineitem name");
    c[ColumnMapping::Price] = QStringLiteral("Lineitem price");
    c[ColumnMapping::Sku] = QStringLiteral("Lineitem sku");
    c[ColumnMapping::Shipping] = QStringLiteral("Shipping");
    l.formatName = QStringLiteral("Shopify order export");
    l.stripNumberSign = true;
    l.rowsTogether = true;
    l.allMappedColumnsRequired = false; // older exports lack some columns
    l.requiredColumns = {ColumnMapping::Number,     ColumnMapping::Email, ColumnMapping::Currency,
                         ColumnMapping::Quantity,   ColumnMapping::Price, ColumnMapping::Sku,
                         ColumnMapping::ProductName};
    l.phoneFallback = QStringLiteral("Phone");
    l.cancelledAt = QStringLiteral("Cancelled at");
    l.shippingMethod = QStringLiteral("Shipping Method");
    return l;
}

CsvLayout mappedLayout(const ColumnMapping& mapping, const QString& section) {
    CsvLayout l;
    l.mapping = mapping;
    l.formatName = QStringLiteral("CSV file as %1 maps it").arg(section);
    l.mappingSection = section;
    return l;
}

ParsedOrders MappedCsvParser::parse(const QString& text, const QString& where) const {
    ParsedOrders out;
    const ColumnMapping& map = m_layout.mapping;
    const QString source = where.isEmpty() ? QStringLiteral("CSV orders") : where;
    auto wholeFile = [&](const QString& why) {
        out.errors.append(OrderParseError::make(source + QStringLiteral(": ") + why, text.toUtf8()));
        return out;
    };

    QString body = text;
    if (body.startsWith(QChar(0xFEFF)))
        body.remove(0, 1);
    const QChar delimiter = map.delimiter.isNull() ? csv::detectDelimiter(body) : map.delimiter;
    const auto table = csv::parseTable(body, delimiter);
    if (!table)
        return wholeFile(QStringLiteral("not readable as CSV: ") + table.message());
    const QList<QStringList>& rows = table->rows;
    if (rows.isEmpty())
        return wholeFile(QStringLiteral("the file is empty (expected a header row)"));

    // The header: where each mapped column is.
    const QStringList& header = rows.first();
    QHash<QString, int> columnOf;
    QSet<QString> twice;
    for (qsizetype i = 0; i < header.size(); ++i) {
        const QString title = header.at(i).trimmed().toLower();
        if (columnOf.contains(title))
            twice.insert(title);
        else
            columnOf.insert(title, int(i));
    }
    auto label = [&](Field f) {
        const QString title = quoteShort(map.column(f));
        return m_layout.mappingSection.isEmpty()
                   ? title
                   : QStringLiteral("%1 (%2)").arg(title, ColumnMapping::key(f));
    };
    auto hint = [&](Field f) {
        return m_layout.mappingSection.isEmpty()
                   ? QStringLiteral("; is this a %1?").arg(m_layout.formatName)
                   : QStringLiteral(" (%1= in %2)").arg(ColumnMapping::key(f), m_layout.mappingSection);
    };
    std::array<int, ColumnMapping::FieldCount> index;
    index.fill(-1);
    for (int f = 0; f < ColumnMapping::FieldCount; ++f) {
        const QString title = map.column(Field(f)).trimmed().toLower();
        if (title.isEmpty())
            continue;
        if (twice.contains(title))
            return wholeFile(QStringLiteral("the header has the column %1 twice").arg(label(Field(f))));
        if (columnOf.contains(title)) {
            index[f] = columnOf.value(title);
            continue;
        }
        if (m_layout.allMappedColumnsRequired || m_layout.requiredColumns.contains(Field(f))) {
            QStringList titles = header.mid(0, 12);
            if (header.size() > 12)
                titles << QStringLiteral("...");
            return wholeFile(QStringLiteral("the header has no column %1%2 (its columns: %3)")
                                 .arg(quoteShort(map.column(Field(f))), hint(Field(f)),
                                      titles.join(QStringLiteral(", "))));
        }
    }
    auto optionalColumn = [&](const QString& title) {
        return title.isEmpty() ? -1 : columnOf.value(title.toLower(), -1);
    };
    const int phoneFallback = optionalColumn(m_layout.phoneFallback);
    const int cancelledAt = optionalColumn(m_layout.cancelledAt);
    const int shippingMethod = optionalColumn(m_layout.shippingMethod);

    const qsizetype width = header.size();
    auto cellAt = [&](int row, int column) {
        const QStringList& r = rows.at(row);
        return column >= 0 && column < r.size() ? r.at(column).trimmed() : QString();
    };
    auto cell = [&](int row, Field f) { return cellAt(row, index[f]); };
    auto rowName = [&](int row) {
        const int number = table->rowNumbers.at(row);
        const int line = table->lineNumbers.at(row);
        return line == number ? QStringLiteral("row %1").arg(number)
                              : QStringLiteral("row %1 (line %2)").arg(number).arg(line);
    };
    const QString headerLine = csv::formatRow(header, delimiter) + QLatin1Char('\n');
    auto rawOf = [&](const QList<int>& rowIndexes) {
        QString raw = headerLine;
        for (int r : rowIndexes)
            raw += csv::formatRow(rows.at(r), delimiter) + QLatin1Char('\n');
        return raw.toUtf8();
    };
    auto numbersOf = [&](const QList<int>& rowIndexes) {
        QList<int> numbers;
        for (int r : rowIndexes)
            numbers << table->rowNumbers.at(r);
        return numbers;
    };

    // Group the rows by order number, in the order orders first appear.
    const QList<CsvOrderRows> groups =
        groupRowsByOrder(int(rows.size()), [&](int r) -> std::optional<QString> {
            if (rows.at(r).join(QString()).trimmed().isEmpty())
                return std::nullopt; // a row of empty cells, as spreadsheets leave at the end
            QString number = cell(r, ColumnMapping::Number);
            if (m_layout.stripNumberSign && number.startsWith(QLatin1Char('#')))
                number = number.mid(1).trimmed();
            if (number.isEmpty() || number.size() > limits::kMaxCode) {
                OrderParseError e = OrderParseError::make(
                    QStringLiteral("%1, %2: the order number %3 %4")
                        .arg(source, rowName(r), label(ColumnMapping::Number),
                             number.isEmpty() ? QStringLiteral("is empty")
                                              : QStringLiteral("is %1 characters long (at most %2)")
                                                    .arg(number.size())
                                                    .arg(limits::kMaxCode)),
                    rawOf({r}));
                e.rows = numbersOf({r});
                out.errors.append(std::move(e));
                return std::nullopt;
            }
            return number;
        });

    const QRegularExpression currencyCode(QStringLiteral("^[A-Z]{3}$"));
    for (const CsvOrderRows& group : groups) {
        const int first = group.rows.first();
        QString error;
        int errorRow = 0;
        if (m_layout.rowsTogether && group.apart >= 0) {
            error =
                QStringLiteral("its rows are not next to each other (%1, then %2 after other "
                               "orders); is the file two exports joined together?")
                    .arg(rowName(group.rows.at(group.rows.indexOf(group.apart) - 1)), rowName(group.apart));
            errorRow = group.apart;
        }
        // An order field's value: the first row that fills it; every other row leaves it empty or agrees.
        auto orderValue = [&](int column, const QString& what) {
            QString value;
            int from = -1;
            for (int r : group.rows) {
                const QString v = cellAt(r, column);
                if (v.isEmpty())
                    continue;
                if (from < 0) {
                    value = v;
                    from = r;
                } else if (v != value && error.isEmpty()) {
                    error = QStringLiteral("%1 is %2 here but %3 on %4; the rows of an order must agree")
                                .arg(what, quoteShort(v), quoteShort(value), rowName(from));
                    errorRow = r;
                }
            }
            return value;
        };
        std::array<QString, ColumnMapping::FieldCount> order;
        for (int f = 0; f < ColumnMapping::Sku; ++f)
            if (index[f] >= 0)
                order[f] = orderValue(index[f], label(Field(f)));
        const QString phoneAlso =
            phoneFallback >= 0 ? orderValue(phoneFallback, quoteShort(m_layout.phoneFallback)) : QString();
        const QString cancelled =
            cancelledAt >= 0 ? orderValue(cancelledAt, quoteShort(m_layout.cancelledAt)) : QString();
        const QString shippingName =
            shippingMethod >= 0 ? orderValue(shippingMethod, quoteShort(m_layout.shippingMethod)) : QString();
        const QString orderId = order[ColumnMapping::OrderId];
        auto orderError = [&](int row, const QString& why) {
            OrderParseError e = OrderParseError::make(
                QStringLiteral("%1, order %2 (%3): %4").arg(source, group.number, rowName(row), why),
                rawOf(group.rows), group.number, orderId);
            e.rows = numbersOf(group.rows);
            out.errors.append(std::move(e));
        };
        if (!error.isEmpty()) {
            orderError(errorRow, error);
            continue;
        }
        if (group.rows.size() > limits::kMaxLines) {
            orderError(
                first,
                QStringLiteral("has %1 lines (at most %2)").arg(group.rows.size()).arg(limits::kMaxLines));
            continue;
        }
        for (int r : group.rows) {
            if (rows.at(r).size() != width) {
                error = QStringLiteral("has %1 fields, the header has %2").arg(rows.at(r).size()).arg(width);
                errorRow = r;
                break;
            }
            for (int f = 0; f < ColumnMapping::FieldCount && error.isEmpty(); ++f) {
                const QString value = cell(r, Field(f));
                if (value.size() > maxLength(Field(f))) {
                    error = QStringLiteral("%1 is %2 characters long (at most %3)")
                                .arg(label(Field(f)))
                                .arg(value.size())
                                .arg(maxLength(Field(f)));
                    errorRow = r;
                }
            }
            if (!error.isEmpty())
                break;
        }

        StagedOrder o;
        o.shopCode = m_shopCode;
        o.orderNumber = group.number;
        o.shopOrderId = orderId.isEmpty() ? group.number : orderId;
        o.shopStatus = cancelled.isEmpty() ? order[ColumnMapping::Status] : QStringLiteral("cancelled");
        o.currency = order[ColumnMapping::Currency].toUpper();
        if (o.currency.isEmpty())
            o.currency = map.defaultCurrency;
        if (error.isEmpty() && o.currency.isEmpty())
            error = QStringLiteral("the currency %1 is empty on every row of the order")
                        .arg(label(ColumnMapping::Currency));
        else if (error.isEmpty() && !currencyCode.match(o.currency).hasMatch())
            error = QStringLiteral("the currency %1 is %2, not a code like EUR")
                        .arg(label(ColumnMapping::Currency), quoteShort(o.currency));
        const QString date = order[ColumnMapping::Date];
        if (error.isEmpty() && !date.isEmpty()) {
            o.modifiedAt = parseDate(date, map.dateFormat);
            if (!o.modifiedAt.isValid())
                error = QStringLiteral("the date %1 is %2, not a date like %3")
                            .arg(label(ColumnMapping::Date), quoteShort(date),
                                 map.dateFormat.isEmpty()
                                     ? QStringLiteral("2024-03-01 10:00:00 +0100")
                                     : QStringLiteral("%1 (date_format=)").arg(map.dateFormat));
        }
        if (const QString shipping = order[ColumnMapping::Shipping]; error.isEmpty() && !shipping.isEmpty()) {
            const auto amount = amountOf(shipping, map.decimalPoint);
            if (!amount || amount->startsWith(QLatin1Char('-')))
                error = QStringLiteral("the shipping %1 is %2, not an amount of 0 or more like %3")
                            .arg(label(ColumnMapping::Shipping), quoteShort(shipping),
                                 map.decimalPoint == QLatin1Char(',') ? QStringLiteral("4,95")
                                                                      : QStringLiteral("4.95"));
            else
                o.charges.append(OrderCharge{OrderCharge::Kind::Shipping, shippingName, *amount});
        }
        if (!error.isEmpty()) {
            orderError(errorRow, error);
            continue;
        }

        ShopCustomer& c = o.customer;
        c.shopCode = m_shopCode;
        const QString customerId = order[ColumnMapping::CustomerId];
        c.shopCustomerId = customerId == QLatin1String("0") ? QString() : customerId;
        c.email = order[ColumnMapping::Email];
        c.firstName = order[ColumnMapping::FirstName];
        c.lastName = order[ColumnMapping::LastName];
        if (c.firstName.isEmpty() && c.lastName.isEmpty()) {
            const QString full = order[ColumnMapping::CustomerName].simplified();
            const qsizetype space = full.indexOf(QLatin1Char(' '));
            c.firstName = space < 0 ? full : full.left(space);
            c.lastName = space < 0 ? QString() : full.mid(space + 1);
        }
        c.company = order[ColumnMapping::Company];
        c.country = order[ColumnMapping::Country].toUpper();
        c.phone = order[ColumnMapping::Phone].isEmpty() ? phoneAlso : order[ColumnMapping::Phone];
        c.vatNumber = order[ColumnMapping::VatNumber];
        c.currency = o.currency;
        c.key = c.effectiveKey();

        const auto badLine = readOrderLines(group.rows, o, [&](int r, OrderLine& line) {
            QString why;
            auto decimal = [&](Field f, bool required, QString* into) {
                const QString v = cell(r, f);
                if (v.isEmpty()) {
                    if (required)
                        why = QStringLiteral("%1 is empty").arg(label(f));
                    return !required;
                }
                const auto d = amountOf(v, map.decimalPoint);
                if (!d) {
                    const QString example = f == ColumnMapping::Quantity           ? QStringLiteral("2")
                                            : map.decimalPoint == QLatin1Char(',') ? QStringLiteral("12,50")
                                                                                   : QStringLiteral("12.50");
                    why = QStringLiteral("%1 is %2, not a number like %3")
                              .arg(label(f), quoteShort(cell(r, f)), example);
                    if (!m_layout.mappingSection.isEmpty() && map.decimalPoint == QLatin1Char('.') &&
                        cell(r, f).contains(QLatin1Char(',')))
                        why += QStringLiteral(" (for a decimal comma, set decimal=, in %1)")
                                   .arg(m_layout.mappingSection);
                    return false;
                }
                *into = *d;
                return true;
            };
            auto whole = [&](Field f, qint64* into) {
                const QString v = cell(r, f);
                if (v.isEmpty())
                    return true;
                bool ok = false;
                const qint64 n = v.toLongLong(&ok);
                if (!ok || n < 0 || n > limits::kMaxId) {
                    why = QStringLiteral("%1 is %2, not a whole number of 0 or more")
                              .arg(label(f), quoteShort(v));
                    return false;
                }
                *into = n;
                return true;
            };
            line.sku = cell(r, ColumnMapping::Sku);
            line.name = cell(r, ColumnMapping::ProductName);
            QString quantity;
            if (whole(ColumnMapping::ProductId, &line.productId) &&
                whole(ColumnMapping::VariationId, &line.variationId) &&
                decimal(ColumnMapping::Quantity, true, &quantity) &&
                decimal(ColumnMapping::Price, true, &line.unitPrice) &&
                decimal(ColumnMapping::Total, false, &line.total)) {
                line.quantity = quantity.toDouble();
                if (line.quantity <= 0)
                    why = QStringLiteral("the quantity %1 is %2; it must be more than 0")
                              .arg(label(ColumnMapping::Quantity), quantity);
                else if (line.quantity > limits::kMaxQuantity)
                    why = QStringLiteral("the quantity %1 is absurdly large (%2)")
                              .arg(label(ColumnMapping::Quantity), quantity);
                else if (line.unitPrice.startsWith(QLatin1Char('-')))
                    why = QStringLiteral("the price %1 is negative (%2)")
                              .arg(label(ColumnMapping::Price), line.unitPrice);
                else if (line.sku.isEmpty() && line.productId == 0 && line.name.isEmpty())
                    why = QStringLiteral("the line names no product: no SKU, product id or name");
            }
            return why;
        });
        if (badLine) {
            orderError(badLine->row, badLine->why);
            continue;
        }
        o.rawPayload = rawOf(group.rows);
        out.rowsOf.insert(group.number, numbersOf(group.rows));
        out.orders.append(std::move(o));
    }
    return out;
}

} // namespace linkdesk::shop
