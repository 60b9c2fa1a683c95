#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace linkdesk {

// One line of an ERP sales order or price request: an ERP item (or, on a sales order, a G/L
// account: shipping, fees) and a quantity. Without a unit price the ERP prices the line for the
// order's customer; without a description it uses its item's or account's own.
struct ErpOrderLine {
    enum class Type { Item, Account };
    QString itemNumber; // the item number, or the G/L account number of an Account line
    double quantity = 1;
    std::optional<double> unitPrice;
    QString description;
    Type type = Type::Item;
};

// A sales order as Linkdesk sends it to, and reads it back from, the ERP. The external document
// number (Business Central) or UniqueSubmitOrderID (Tharstern) makes a submit idempotent.
struct ErpSalesOrder {
    QString id;     // the ERP's id (a GUID in Business Central, OrderId in Tharstern)
    QString number; // the ERP's order number
    QString externalDocumentNumber;
    QString customerNumber;
    QList<ErpOrderLine> lines;
    QJsonObject extraFields; // header fields from the order mapping, sent as they are
    // Set by the caller when no earlier attempt to create this order was ever made (its staged
    // order was never submitting): the ERP client may skip the look-up by external document number
    // before creating, so the common path costs one request. A lost answer is still looked up.
    bool firstAttempt = false;
    // Set by submitSalesOrder: the order was already in the ERP (an earlier submit, or the create
    // whose answer was lost), so nothing new was created by this call.
    bool alreadyExisted = false;
};

// The ERP's price of an item for a customer.
struct ErpPrice {
    QString itemNumber;
    double quantity = 1;
    double unitPrice = 0;
};

} // namespace linkdesk
