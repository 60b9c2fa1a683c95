#pragma once

// In-process stand-ins for an ERP and a shop, answering asynchronously on their own thread like
// the real clients do. The end-to-end tests use the real clients against linkdesk-sandbox; these
// make the pipeline's own rules (what is committed when, what is looked up before a retry) quick
// and deterministic to test.
#include "domain/emailaddress.h"
#include "erp/erpclient.h"
#include "shop/shopsource.h"

#include <QMutex>
#include <QTimer>

namespace linkdesk::test {

// The technical text behind a refused submit (Error::detail), as an HTTP client would give it.
inline constexpr const char* kRefusalDetail = "POST http://erp.test/salesOrders: HTTP 400 Bad Request";
// And behind a failed customer search.
inline constexpr const char* kLookupDetail = "GET http://erp.test/customers: HTTP 503 Service Unavailable";

class FakeErpClient final : public ErpClient {
public:
    // Submit faults: Lost stores the order and answers a 500 (the reply was lost).
    enum class SubmitFault { None, Refused, Lost };

    QString systemName() const override { return QStringLiteral("fake"); }
    // Whether the pipeline may send an order with an unknown outcome again (it finds it by number).
    bool resubmitIsSafe() const override { return m_resubmitSafe; }
    void setResubmitSafe(bool safe) { m_resubmitSafe = safe; }

    void addCustomer(const ErpCustomer& c) {
        QMutexLocker l(&m_mutex);
        m_customers.insert(c.number, c);
    }
    void addItem(const QString& number) {
        QMutexLocker l(&m_mutex);
        m_items.insert(number);
    }
    // The next count customer searches fail as a 503 would (Transient, kLookupDetail behind it).
    void failSearches(int count) {
        QMutexLocker l(&m_mutex);
        m_searchFaults = count;
    }
    void failSubmits(SubmitFault fault, int count = 1) {
        QMutexLocker l(&m_mutex);
        m_fault = fault;
        m_faultCount = count;
    }
    QHash<QString, ErpSalesOrder> orders() const {
        QMutexLocker l(&m_mutex);
        return m_orders;
    }
    // Submits are answered this late (the other calls at once), so a test sees what overlaps them.
    void setSubmitDelay(int ms) { m_submitDelayMs = ms; }
    // What happened, in order: "search:EMAIL" per e-mail search, "answered:EXTDOC" per submit answer.
    QStringList events() const {
        QMutexLocker l(&m_mutex);
        return m_events;
    }
    int submitCalls() const { return m_submitCalls; } // creates sent (not answered from a look-up)
    int firstAttempts() const { return m_firstAttempts; }
    int createdCustomers() const { return m_created; }
    int requests() const { return m_requests; }

    void findCustomers(const CustomerSearch& search, Callback<QList<ErpCustomer>> done) override {
        QList<ErpCustomer> found;
        {
            QMutexLocker l(&m_mutex);
            m_events << QStringLiteral("search:") + search.email;
            if (m_searchFaults > 0) {
                --m_searchFaults;
                return answer(done, Result<QList<ErpCustomer>>(
                                        Error{QStringLiteral("The ERP did not answer (HTTP 503)."),
                                              ErrorKind::Transient, QString::fromLatin1(kLookupDetail)}));
            }
            for (const ErpCustomer& c : std::as_const(m_customers))
                if (search.matches(c))
                    found.append(c);
        }
        answer(done, Result<QList<ErpCustomer>>(found));
    }
    void customer(const QString& number, Callback<std::optional<ErpCustomer>> done) override {
        QMutexLocker l(&m_mutex);
        answer(done, Result<std::optional<ErpCustomer>>(find(m_customers, number)));
    }
    void itemExists(const QString& number, Callback<bool> done) override {
        QMutexLocker l(&m_mutex);
        answer(done, Result<bool>(m_items.contains(number)));
    }
    void createCustomer(const ErpCustomer& customer, const QJsonObject&,
                        Callback<ErpCustomer> done) override {
        QMutexLocker l(&m_mutex);
        ErpCustomer c = customer;
        c.number = QStringLiteral("N%1").arg(++m_created, 5, 10, QLatin1Char('0'));
        m_customers.insert(c.number, c);
        answer(done, Result<ErpCustomer>(c));
    }
    void findSalesOrder(const QString& externalDocumentNumber,
                        Callback<std::optional<ErpSalesOrder>> done) override {
        QMutexLocker l(&m_mutex);
        answer(done, Result<std::optional<ErpSalesOrder>>(find(m_orders, externalDocumentNumber)));
    }
    void submitSalesOrder(const ErpSalesOrder& order, Callback<ErpSalesOrder> done) override {
        QMutexLocker l(&m_mutex);
        if (!order.firstAttempt && m_orders.contains(order.externalDocumentNumber)) { // the contract
            ErpSalesOrder existing = m_orders.value(order.externalDocumentNumber);
            existing.alreadyExisted = true;
            return answer(done, Result<ErpSalesOrder>(existing));
        }
        ++m_submitCalls; // a create actually sent
        m_firstAttempts += order.firstAttempt ? 1 : 0;
        const SubmitFault fault = m_faultCount > 0 ? m_fault : SubmitFault::None;
        if (fault != SubmitFault::None)
            --m_faultCount;
        if (fault == SubmitFault::Refused)
            return answer(
                done, Result<ErpSalesOrder>(Error{QStringLiteral("Customer is blocked."), ErrorKind::Refused,
                                                  QString::fromLatin1(kRefusalDetail)}));
        if (!m_customers.contains(order.customerNumber))
            return answer(
                done, Result<ErpSalesOrder>(fail(QStringLiteral("No customer %1.").arg(order.customerNumber),
                                                 ErrorKind::Refused)));
        ErpSalesOrder stored = order;
        stored.number = QStringLiteral("SO%1").arg(m_orders.size() + 1, 5, 10, QLatin1Char('0'));
        stored.id = stored.number;
        m_orders.insert(order.externalDocumentNumber, stored);
        if (fault == SubmitFault::Lost)
            return answer(done, Result<ErpSalesOrder>(fail(QStringLiteral("Internal server error."),
                                                           ErrorKind::UnknownOutcome)));
        ++m_requests;
        QTimer::singleShot(m_submitDelayMs.load(), this, [this, done, stored] {
            {
                QMutexLocker events(&m_mutex);
                m_events << QStringLiteral("answered:") + stored.externalDocumentNumber;
            }
            done(stored);
        });
    }
    void prices(const QString&, const QList<ErpOrderLine>& lines, Callback<QList<ErpPrice>> done) override {
        QList<ErpPrice> prices;
        for (const ErpOrderLine& l : lines)
            prices.append({l.itemNumber, l.quantity, 10.0});
        answer(done, Result<QList<ErpPrice>>(prices));
    }

private:
    template <typename T>
    static std::optional<T> find(const QHash<QString, T>& hash, const QString& key) {
        const auto it = hash.constFind(key);
        return it == hash.cend() ? std::nullopt : std::optional(*it);
    }
    template <typename T>
    void answer(const Callback<T>& done, Result<T> result) {
        ++m_requests;
        QTimer::singleShot(0, this, [done, result] { done(result); });
    }

    mutable QMutex m_mutex;
    QHash<QString, ErpCustomer> m_customers;
    QSet<QString> m_items;
    QHash<QString, ErpSalesOrder> m_orders;
    SubmitFault m_fault = SubmitFault::None;
    int m_faultCount = 0;
    int m_searchFaults = 0;
    std::atomic_bool m_resubmitSafe{true};
    std::atomic_int m_submitCalls{0};
    std::atomic_int m_firstAttempts{0};
    std::atomic_int m_created{0};
    std::atomic_int m_requests{0};
    std::atomic_int m_submitDelayMs{0};
    QStringList m_events;
};

// A shop whose orders are set by the test, served in pages of pageSize, oldest first.
class FakeShopSource final : public ShopSource {
public:
    explicit FakeShopSource(QString code, int pageSize = 2)
        : m_code(std::move(code))
        , m_pageSize(pageSize) {}

    QString shopCode() const override { return m_code; }
    void check(std::function<void(Result<QString>)> done) override {
        QTimer::singleShot(0, this, [done] { done(QStringLiteral("fake shop")); });
    }
    void setOrders(QList<StagedOrder> orders) {
        QMutexLocker l(&m_mutex);
        m_orders = std::move(orders);
    }
    void fetchPage(const QDateTime& since, int page, PageCallback done) override {
        QMutexLocker l(&m_mutex);
        QList<StagedOrder> newer;
        for (const StagedOrder& o : std::as_const(m_orders))
            if (!since.isValid() || o.modifiedAt > since)
                newer.append(o);
        ShopPage p;
        p.page = page;
        p.pageCount = qMax(1, int((newer.size() + m_pageSize - 1) / m_pageSize));
        p.orders = newer.mid((page - 1) * m_pageSize, m_pageSize);
        p.last = page >= p.pageCount;
        for (const StagedOrder& o : std::as_const(p.orders))
            if (!p.cursor.isValid() || o.modifiedAt > p.cursor)
                p.cursor = o.modifiedAt;
        QTimer::singleShot(0, this, [done, p] { done(p); });
    }

private:
    mutable QMutex m_mutex;
    QString m_code;
    int m_pageSize;
    QList<StagedOrder> m_orders;
};

} // namespace linkdesk::test
