#pragma once

#include "domain/erpcustomer.h"
#include "domain/erpdirectory.h"
#include "erpsalesorder.h"
#include "erpsearch.h"
#include "util/result.h"

#include <QJsonObject>
#include <QList>
#include <QMetaObject>
#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>
#include <optional>

namespace linkdesk {

// One endpoint an ERP client tried for "Test connection": what it is, and how it went (the
// server's own message when it did not work).
struct EndpointCheck {
    enum class State { Worked, Failed, NotTried };
    QString endpoint; // e.g. "GET customers?customerCode="; empty: the ERP as a whole
    State state = State::Worked;
    QString detail;
};

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

    // Customers whose number starts with search.text or whose name contains it (not minding case),
    // at most search.pageSize a page, those by number first; for staff looking for a customer. The
    // default answers that this ERP connection cannot search by name.
    virtual void searchCustomers(const ErpSearch& /*search*/, Callback<ErpSearchPage<ErpCustomer>> done) {
        unsupportedSearch(std::move(done));
    }
    // Items (products) found the same way, by item number (product code) or name.
    virtual void searchItems(const ErpSearch& /*search*/, Callback<ErpSearchPage<ErpItem>> done) {
        unsupportedSearch(std::move(done));
    }

    // Whether an order whose earlier submit may have reached the ERP (its outcome is unknown) can be
    // submitted again without risking a second order: because the client finds it by its external
    // document number first, or because the ERP itself answers a repeated number with the first
    // order. When not (the safe default), such an order is never sent again on its own: it waits
    // for staff.
    virtual bool resubmitIsSafe() const { return false; }
    // Why an order whose submit outcome is unknown waits for staff, naming it as the ERP does.
    virtual QString mayAlreadyHave(const QString& externalDocumentNumber) const {
        return tr("The ERP may already have this order: %1").arg(externalDocumentNumber);
    }

    // Calls started on the client's thread while a Batch is open may travel together: Business
    // Central sends them as $batch requests of at most [erp] batch_size operations when the
    // outermost Batch closes; other ERPs (Tharstern) send each call on its own, at once, in
    // parallel. Every call still answers on its own callback with its own result: one failing
    // operation does not fail its neighbours. Batches nest.
    //
    //   { ErpClient::Batch batch(client); for (...) client->customer(number, done); } // sent here
    class Batch final {
    public:
        explicit Batch(ErpClient* client)
            : m_client(client) {
            if (m_client)
                ++m_client->m_batchDepth;
        }
        ~Batch() {
            if (m_client && --m_client->m_batchDepth == 0)
                m_client->batchClosed();
        }
        Batch(const Batch&) = delete;
        Batch& operator=(const Batch&) = delete;

    private:
        ErpClient* m_client;
    };
    // Runs startAll inside one Batch of this client, on the client's thread: the wrapper
    // CallsInFlight::start() takes (see crossthread.h). Safe to make on any thread.
    std::function<void(const std::function<void()>&)> together() {
        QPointer<ErpClient> self(this);
        return [self](const std::function<void()>& startAll) {
            Batch batch(self.data());
            startAll();
        };
    }
    // How many orders an import marks submitting and sends together (one wave): enough to keep the
    // connection busy, few enough that a crash leaves little to look up.
    virtual int submitWave() const { return 24; }

    // Tries each endpoint Linkdesk uses, without creating anything, for "Test connection". The
    // default asks for one customer by number and names no endpoint (the ERP as a whole).
    virtual void checkEndpoints(Callback<QList<EndpointCheck>> done) {
        customer(QStringLiteral("LINKDESK-CONNECTION-TEST"), [done](Result<std::optional<ErpCustomer>> r) {
            done(QList<EndpointCheck>{{QString(),
                                       r.ok() ? EndpointCheck::State::Worked : EndpointCheck::State::Failed,
                                       r.ok() ? tr("signed in and answered.") : r.message()}});
        });
    }

protected:
    // Whether a Batch is open (on the client's thread).
    bool batchOpen() const { return m_batchDepth > 0; }
    // The outermost Batch closed: send what it gathered.
    virtual void batchClosed() {}

private:
    template <typename T>
    void unsupportedSearch(Callback<T> done) {
        QMetaObject::invokeMethod(
            this,
            [done = std::move(done)] {
                done(fail(tr("This ERP connection cannot search by number or name."), ErrorKind::Invalid));
            },
            Qt::QueuedConnection);
    }

    int m_batchDepth = 0;
};

} // namespace linkdesk
