#pragma once

#include "shopcustomer.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

namespace linkdesk {

// new -> matched -> submitting -> submitted, or blocked, needs_review, failed, quarantined.
enum class OrderStatus { New, Matched, Submitting, Submitted, Blocked, NeedsReview, Failed, Quarantined };

QString toString(OrderStatus status);
bool parseOrderStatus(const QString& text, OrderStatus* status);
QList<OrderStatus> allOrderStatuses();

struct OrderLine {
    int lineNo = 0;
    qint64 productId = 0;
    qint64 variationId = 0;
    QString sku;
    QString name;
    double quantity = 0;
    QString unitPrice; // decimal text as the shop sent it
    QString total;
    QString erpItemNumber; // set by item matching

    // What names this line to staff: its SKU, else its product name and id.
    QString describe() const;
};

// What an order charges besides its product lines, as the shop sent it: shipping, or a fee.
struct OrderCharge {
    enum class Kind { Shipping, Fee };
    Kind kind = Kind::Shipping;
    QString description; // the shipping method or the fee's name, as the shop names it; may be empty
    QString amount;      // decimal text as the shop sent it (WooCommerce: without tax)
};

// "shipping", "fee": how a charge's kind is stored and printed.
QString toString(OrderCharge::Kind kind);
bool parseChargeKind(const QString& text, OrderCharge::Kind* kind);
// Charges as stored: JSON [{"kind", "description", "amount"}], empty for none; and back.
QString chargesToJson(const QList<OrderCharge>& charges);
QList<OrderCharge> chargesFromJson(const QString& json);

// A shop order copied into Linkdesk's database.
struct StagedOrder {
    qint64 id = 0;
    QString shopCode;
    QString orderNumber;
    QString shopOrderId;
    QString shopStatus;
    OrderStatus status = OrderStatus::New;
    QString reason;
    QString currency;
    QDateTime modifiedAt; // UTC, from the shop
    ShopCustomer customer;
    QList<OrderLine> lines;
    QList<OrderCharge> charges; // shipping and fees, in the shop's order
    QString erpCustomerNumber;
    QString erpOrderNumber;
    QByteArray matchTrace; // JSON, see MatchTrace
    int attempts = 0; // submit attempts of this round; staff start a new round (OrderRepository::requeue)
    // Submits started for this order that may have reached the ERP (one the ERP refused, or that
    // surely never arrived, is taken back). Not reset by a requeue or a re-fetch: an order an earlier
    // submit may have reached is looked up in the ERP before it is sent again, or, where the ERP
    // cannot be asked (ErpClient::resubmitIsSafe), waits for staff; only staff resolving it (it is
    // not in the ERP: OrderRepository::resolve) reset it.
    int sends = 0;
    QString lastError;
    QString lastErrorDetail; // the technical text behind lastError (Error::detail), never a secret
    QByteArray rawPayload;   // the order exactly as received
    bool changedAfterSubmit = false;

    // The external document number carried by the ERP order: SHOPCODE-ORDERNUMBER.
    QString externalDocumentNumber() const { return shopCode.toUpper() + QLatin1Char('-') + orderNumber; }
};

} // namespace linkdesk
