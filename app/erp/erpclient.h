#pragma once

#include "domain/erpcustomer.h"
#include "domain/erpdirectory.h"
#include "erpsalesorder.h"
#include "util/result.h"

#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QString>

#include <functional>
#include <optional>

namespace linkdesk {

// Linkdesk's view of an ERP (Business Central or Tharstern): asynchronous calls whose callback gets
// a Result. Callbacks run on the client's thread, asynchronously (never inside the call), exactly
// once, unless the client is destroyed first. Implementations talk HTTP through net::HttpClient and
// never log a secret.
class ErpClient : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ErpClient)
public:
    template <typename T>
    using Callback = std::function<void(Result<T>)>;

    explicit ErpClient(QObject* parent = nullptr)
        : QObject(parent) {}
    ~ErpClient() override = default;

    // "businesscentral" or "tharstern".
    virtual QString systemName() const = 0;

    // Customers whose email equals search.email (compared again on Linkdesk's side, normalised as
    // the search says) and whose match fields are equal (CustomerSearch::matches).
    virtual void findCustomers(const CustomerSearch& search, Callback<QList<ErpCustomer>> done) = 0;
    // The customer with this number; an empty optional when there is none.
    virtual void customer(const QString& number, Callback<std::optional<ErpCustomer>> done) = 0;
    virtual void itemExists(const QString& number, Callback<bool> done) = 0;
    // Creates a customer from the template's fields overlaid with the customer's own data. When the
    // result's error is of kind UnknownOutcome the ERP may have created it: look it up first.
    virtual void createCustomer(const ErpCustomer& customer, const QJsonObject& templateFields,
                                Callback<ErpCustomer> done) = 0;
    // The order carrying this external document number, if the ERP has one.
    virtual void findSalesOrder(const QString& externalDocumentNumber,
                                Callback<std::optional<ErpSalesOrder>> done) = 0;
    // Submits the order unless the ERP already has one with its external document number (asked
    // first unless order.firstAttempt); looks again after a failure whose outcome is unknown, so a
    // lost answer never makes a second order.
    virtual void submitSalesOrder(const ErpSalesOrder& order, Callback<ErpSalesOrder> done) = 0;
    // The customer's prices for these items (the customer-specific price where there is one).
    virtual void prices(const QString& customerNumber, const QList<ErpOrderLine>& lines,
                        Callback<QList<ErpPrice>> done) = 0;
};

} // namespace linkdesk
