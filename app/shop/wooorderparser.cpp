#include "wooorderparser.h"

#include "orderfields.h"

#include <QJsonDocument>

namespace linkdesk::shop {

namespace {
QDateTime parseGmt(const QString& text) {
    QDateTime when = QDateTime::fromString(text, Qt::ISODate);
    if (!when.isValid())
        return {};
    if (when.timeSpec() == Qt::LocalTime)
        when.setTimeSpec(Qt::UTC); // *_gmt fields carry no zone; they are UTC
    return when.toUTC();
}

QString readableId(const QJsonValue& v) {
    if (v.isDouble()) {
        const double d = v.toDouble();
        if (d >= 1 && d <= double(limits::kMaxId) && d == qint64(d))
            return QString::number(qint64(d));
    }
    if (v.isString() && v.toString().size() <= limits::kMaxCode)
        return v.toString();
    return {};
}

QByteArray compact(const QJsonValue& value) {
    if (value.isObject())
        return QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact);
    if (value.isArray())
        return QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact);
    // A scalar: wrap it so the raw payload is still JSON.
    return QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
}
} // namespace

QString WooOrderParser::describe(const QJsonObject& order, const QString& where) {
    const QString id = readableId(order.value(QStringLiteral("id")));
    const QString number = readableId(order.value(QStringLiteral("number")));
    QString text = QStringLiteral("WooCommerce order");
    text += id.isEmpty() ? QStringLiteral(" without a readable id") : QLatin1Char(' ') + id;
    if (!number.isEmpty() && number != id)
        text += QStringLiteral(" (number %1)").arg(number);
    if (!where.isEmpty())
        text += QStringLiteral(" [%1]").arg(where);
    return text;
}

Result<StagedOrder> WooOrderParser::parse(const QJsonObject& json) const {
    FieldReader r(json, QString());
    StagedOrder order;
    order.shopCode = m_shopCode;
    const qint64 id = r.integer("id", FieldReader::Required, 1);
    order.shopOrderId = QString::number(id);
    order.orderNumber = r.string("number", FieldReader::Required, limits::kMaxCode).trimmed();
    if (r.ok() && order.orderNumber.isEmpty())
        r.setError(QStringLiteral("number"), QStringLiteral("is empty"));
    order.shopStatus = r.string("status", FieldReader::Required, limits::kMaxCode);
    order.currency = r.string("currency", FieldReader::Required, limits::kMaxCode).trimmed().toUpper();
    const QString modified = r.string("date_modified_gmt", FieldReader::Required, limits::kMaxCode);
    if (r.ok()) {
        order.modifiedAt = parseGmt(modified);
        if (!order.modifiedAt.isValid())
            r.setError(QStringLiteral("date_modified_gmt"),
                       QStringLiteral("is not an ISO 8601 date (got \"%1\")").arg(modified));
    }

    ShopCustomer& c = order.customer;
    c.shopCode = m_shopCode;
    const qint64 customerId = r.integer("customer_id", FieldReader::Required, 0);
    if (customerId > 0)
        c.shopCustomerId = QString::number(customerId);
    c.currency = order.currency;
    const QJsonObject billing = r.object("billing", FieldReader::Required);
    if (r.ok()) {
        FieldReader b(billing, QStringLiteral("billing"));
        c.email = b.string("email", FieldReader::Optional, limits::kMaxEmail).trimmed();
        c.firstName = b.string("first_name", FieldReader::Optional, limits::kMaxText);
        c.lastName = b.string("last_name", FieldReader::Optional, limits::kMaxText);
        c.company = b.string("company", FieldReader::Optional, limits::kMaxText);
        c.country = b.string("country", FieldReader::Optional, limits::kMaxCode).trimmed().toUpper();
        c.phone = b.string("phone", FieldReader::Optional, limits::kMaxCode);
        // Not a core WooCommerce field, but what the common EU VAT plugins add to the billing address.
        c.vatNumber = b.string("vat_number", FieldReader::Optional, limits::kMaxCode).trimmed();
        if (!b.ok())
            return fail(b.error());
    }
    c.key = c.effectiveKey();

    if (r.ok()) {
        const QJsonValue items = json.value(QStringLiteral("line_items"));
        if (items.isUndefined() || items.isNull())
            r.setError(QStringLiteral("line_items"), QStringLiteral("is missing"));
        else if (!items.isArray())
            r.setError(QStringLiteral("line_items"),
                       QStringLiteral("must be an array, not %1").arg(jsonTypeName(items)));
        else if (items.toArray().isEmpty())
            r.setError(QStringLiteral("line_items"), QStringLiteral("is empty (an order needs a line)"));
        else if (items.toArray().size() > limits::kMaxLines)
            r.setError(QStringLiteral("line_items"), QStringLiteral("has %1 lines (at most %2)")
                                                         .arg(items.toArray().size())
                                                         .arg(limits::kMaxLines));
    }
    if (!r.ok())
        return fail(r.error());

    const QJsonArray items = json.value(QStringLiteral("line_items")).toArray();
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QString path = QStringLiteral("line_items[%1]").arg(i);
        if (!items.at(i).isObject())
            return fail(QStringLiteral("%1 must be an object, not %2").arg(path, jsonTypeName(items.at(i))));
        const QJsonObject item = items.at(i).toObject();
        FieldReader l(item, path);
        OrderLine line;
        line.lineNo = int(i) + 1;
        line.productId = l.integer("product_id", FieldReader::Required, 0);
        line.variationId = l.integer("variation_id", FieldReader::Optional, 0);
        line.sku = l.string("sku", FieldReader::Optional, limits::kMaxCode).trimmed();
        line.name = l.string("name", FieldReader::Optional, limits::kMaxText);
        line.quantity = l.quantity("quantity");
        line.unitPrice = l.decimal("price", FieldReader::Required, false);
        line.total = l.decimal("total", FieldReader::Optional, true);
        if (l.ok() && line.sku.isEmpty() && line.productId == 0)
            l.setError(QStringLiteral("sku"),
                       QStringLiteral("is empty and product_id is 0: the line names no product"));
        if (!l.ok())
            return fail(l.error());
        order.lines.append(line);
    }
    if (auto charges = parseCharges(json); !charges)
        return charges.error();
    else
        order.charges = std::move(*charges);
    order.status = OrderStatus::New;
    return order;
}

// Shipping: one charge per entry of shipping_lines (its method_title and total), else the order's
// shipping_total; fees: one per entry of fee_lines (name, total; a negative fee is a discount).
Result<QList<OrderCharge>> WooOrderParser::parseCharges(const QJsonObject& json) {
    QList<OrderCharge> charges;
    const auto readList = [&](const char* key, OrderCharge::Kind kind, const char* nameField) -> QString {
        const QString name = QLatin1String(key);
        const QJsonValue value = json.value(name);
        if (value.isUndefined() || value.isNull())
            return {};
        if (!value.isArray())
            return QStringLiteral("%1 must be an array, not %2").arg(name, jsonTypeName(value));
        const QJsonArray array = value.toArray();
        if (array.size() > limits::kMaxLines)
            return QStringLiteral("%1 has %2 entries (at most %3)")
                .arg(name)
                .arg(array.size())
                .arg(limits::kMaxLines);
        for (qsizetype i = 0; i < array.size(); ++i) {
            const QString path = QStringLiteral("%1[%2]").arg(name).arg(i);
            if (!array.at(i).isObject())
                return QStringLiteral("%1 must be an object, not %2").arg(path, jsonTypeName(array.at(i)));
            const QJsonObject entry = array.at(i).toObject();
            FieldReader e(entry, path);
            OrderCharge charge;
            charge.kind = kind;
            charge.description = e.string(nameField, FieldReader::Optional, limits::kMaxText).trimmed();
            charge.amount = e.decimal("total", FieldReader::Required, kind == OrderCharge::Kind::Fee);
            if (!e.ok())
                return e.error();
            charges.append(charge);
        }
        return {};
    };
    if (const QString error = readList("shipping_lines", OrderCharge::Kind::Shipping, "method_title");
        !error.isEmpty())
        return fail(error);
    if (charges.isEmpty()) {
        FieldReader r(json, QString());
        const QString total = r.decimal("shipping_total", FieldReader::Optional, false);
        if (!r.ok())
            return fail(r.error());
        if (!total.isEmpty())
            charges.append(OrderCharge{OrderCharge::Kind::Shipping, QString(), total});
    }
    if (const QString error = readList("fee_lines", OrderCharge::Kind::Fee, "name"); !error.isEmpty())
        return fail(error);
    return charges;
}

ParsedOrders WooOrderParser::parseOne(const QJsonValue& value, const QString& where) const {
    ParsedOrders out;
    const QByteArray raw = compact(value);
    if (!value.isObject()) {
        out.errors.append(OrderParseError::make(
            QStringLiteral("WooCommerce order%1: expected an order object, got %2")
                .arg(where.isEmpty() ? QString() : QStringLiteral(" [%1]").arg(where), jsonTypeName(value)),
            raw));
        return out;
    }
    const QJsonObject json = value.toObject();
    const QString name = describe(json, where);
    const QString number = readableId(json.value(QStringLiteral("number")));
    const QString id = readableId(json.value(QStringLiteral("id")));
    auto parsed = parse(json); // first, so an oversized field is named
    if (!parsed) {
        out.errors.append(
            OrderParseError::make(name + QStringLiteral(": ") + parsed.message(), raw, number, id));
        return out;
    }
    if (raw.size() > kMaxOrderBytes) {
        out.errors.append(
            OrderParseError::make(QStringLiteral("%1: the order is %2 bytes of JSON (at most %3)")
                                      .arg(name)
                                      .arg(raw.size())
                                      .arg(kMaxOrderBytes),
                                  raw, number, id));
        return out;
    }
    parsed->rawPayload = raw;
    out.orders.append(std::move(parsed.value()));
    return out;
}

ParsedOrders WooOrderParser::parseArray(const QJsonArray& orders, const QString& where) const {
    ParsedOrders out;
    for (qsizetype i = 0; i < orders.size(); ++i) {
        const QString at = where.isEmpty() ? QStringLiteral("item %1").arg(i + 1)
                                           : QStringLiteral("%1, item %2").arg(where).arg(i + 1);
        out.append(parseOne(orders.at(i), at));
    }
    return out;
}

ParsedOrders WooOrderParser::parseDocument(const QByteArray& json, const QString& where) const {
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (doc.isNull()) {
        ParsedOrders out;
        out.errors.append(
            OrderParseError::make(QStringLiteral("WooCommerce orders%1: not valid JSON at byte %2: %3")
                                      .arg(where.isEmpty() ? QString() : QStringLiteral(" [%1]").arg(where))
                                      .arg(error.offset)
                                      .arg(error.errorString()),
                                  json));
        return out;
    }
    if (doc.isArray())
        return parseArray(doc.array(), where);
    return parseOne(doc.object(), where);
}

} // namespace linkdesk::shop
