#pragma once

#include "domain/stagedorder.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>

namespace linkdesk::shop {

// An order that could not be read. Nothing is dropped: the caller stores it as a quarantined staged
// order (toQuarantinedOrder) so staff see the message and the raw input.
struct OrderParseError {
    QString orderNumber; // as far as it could be read; may be empty
    QString shopOrderId; // as far as it could be read; may be empty
    QString message; // names the order and the field: "WooCommerce order 1042: line_items[1].quantity ..."
    QByteArray raw;  // the order as received (capped at kMaxRawBytes, see rawTruncated)
    bool rawTruncated = false;
    QList<int> rows; // CSV: the file's rows (a spreadsheet's numbers) the order came from; may be empty

    // Largest raw payload kept with a quarantined order.
    static constexpr qsizetype kMaxRawBytes = 1024 * 1024;
    static OrderParseError make(QString message, const QByteArray& raw, QString orderNumber = {},
                                QString shopOrderId = {});

    // A staged order with status quarantined, the message as its reason and the raw input as its
    // payload. Without a readable order number it gets "quarantine-" + a hash of the raw input, so
    // the same bad input stored twice stays one row.
    StagedOrder toQuarantinedOrder(const QString& shopCode) const;
};

// A value as an error message quotes it: in double quotes, cut after 40 characters.
QString quoteShort(const QString& text);

// What one parse or fetch produced: good orders, and a parse error for each bad one.
struct ParsedOrders {
    QList<StagedOrder> orders;
    QList<OrderParseError> errors;
    // CSV: the file's rows (a spreadsheet's numbers) each good order came from, by order number.
    QHash<QString, QList<int>> rowsOf;

    void append(ParsedOrders&& other) {
        orders += std::move(other.orders);
        errors += std::move(other.errors);
        rowsOf.insert(other.rowsOf);
    }
    // The good orders followed by the bad ones as quarantined orders: everything to store.
    QList<StagedOrder> allForStore(const QString& shopCode) const;
};

} // namespace linkdesk::shop
