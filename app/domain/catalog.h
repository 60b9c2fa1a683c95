#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace linkdesk {

// (shop, SKU) or (shop, product id, variation id) -> ERP item number.
struct ProductMapping {
    QString shopCode;
    QString sku; // empty when the mapping is by product id
    qint64 productId = 0;
    qint64 variationId = 0;
    QString erpItemNumber;
    QString source = QStringLiteral("manual"); // manual, direct, import
    QString setBy;
    QDateTime setAt;

    // The unique key within a shop: "sku:ABC" or "pid:12/0".
    QString matchKey() const;
    static QString keyForSku(const QString& sku) { return QStringLiteral("sku:") + sku; }
    static QString keyForProduct(qint64 productId, qint64 variationId);
};

// A shop customer (a B2B sub-login) whose orders are booked to another ERP customer
// ("Different Customer No. Order"), with the reason staff gave; the matcher names it in the trace.
struct ContactRelation {
    QString shopCode;
    QString shopCustomerId;
    QString erpCustomerNumber;
    QString reason;
    QString setBy; // who set it, and when: written by the store
    QDateTime setAt;
};

// Default field values for a customer Linkdesk creates, chosen by rules. Empty rule = any.
struct CustomerTemplate {
    qint64 id = 0;
    QString name;
    int priority = 0; // lower first among equally specific rules
    QString shopCode;
    QString country;
    QString currency;
    int vatPresent = -1; // -1 any, 0 without VAT no., 1 with VAT no.
    QJsonObject fields;
};

// One ERP sales-order field filled from a staged-order field or a constant.
struct OrderMappingRow {
    qint64 id = 0;
    int position = 0;
    QString erpField;
    QString sourceKind; // "field" or "constant"
    QString sourceValue;
};

struct AuditEntry {
    qint64 id = 0;
    QDateTime at;
    QString who;
    QString entity; // link, mapping, setting, contact, template, order_mapping
    QString entityKey;
    QString oldValue;
    QString newValue;
    QString subject; // what entityKey is, in words: "Ann Smith, Acme Ltd <ann@example.com>"
};

} // namespace linkdesk
