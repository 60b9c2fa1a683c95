#include "ordersubmitter.h"

#include "erp/erpclient.h"
#include "erp/salesorderbuilder.h"
#include "importlog.h"
#include "store/database.h"
#include "store/orderrepository.h"

namespace linkdesk {

namespace {
// The first call of an order goes straight to the ERP (one request); an order whose earlier attempt
// may have reached it (it was submitting, or was sent before, whatever staff or a re-fetch reset
// since) is looked up by its external document number first.
bool outcomeUncertain(const StagedOrder& order) {
    return order.status == OrderStatus::Submitting || order.sends > 0;
}
} // namespace

OrderSubmitter::OrderSubmitter(Database& db, ErpClient& erp, QList<OrderMappingRow> mapping,
                               MatchSession::SettingsFor settingsFor, ImportSummary& summary,
                               const std::atomic_bool* cancelled, int maxAttempts, int wave)
    : m_db(db)
    , m_erp(erp)
    , m_mapping(std::move(mapping))
    , m_settingsFor(std::move(settingsFor))
    , m_summary(summary)
    , m_cancelled(cancelled)
    , m_maxAttempts(maxAttempts)
    , m_wave(qMax(1, wave > 0 ? wave : erp.submitWave())) {}

OrderSubmitter::~OrderSubmitter() = default;

// An order whose submit may have reached an ERP that can neither find it by its external document
// number nor de-duplicates on it (ErpClient::resubmitIsSafe): never sent again on its own.
void OrderSubmitter::holdForStaff(StagedOrder& order) {
    order.status = OrderStatus::NeedsReview;
    order.reason =
        QObject::tr("%1. Its submit's outcome is unknown, so it is not sent again on its own: "
                    "check the ERP, then resolve it on the Orders page or with linkdesk-cli "
                    "orders resolve %2 %3 --submitted ERPORDER (or --resubmit).")
            .arg(m_erp.mayAlreadyHave(order.externalDocumentNumber()), order.shopCode, order.orderNumber);
    ++m_summary.needsReview;
}

Result<void> OrderSubmitter::start(QList<StagedOrder> orders) {
    if (auto r = finish(); !r)
        return r;
    OrderRepository repo(m_db);
    QList<StartCall<ErpSalesOrder>> calls;
    QList<StagedOrder> sending;
    ErpClient* erp = &m_erp;
    {
        Transaction tx(m_db); // every order of the wave is "submitting" before any is sent
        if (!tx.started())
            return tx.started().error();
        for (StagedOrder& order : orders) {
            if (outcomeUncertain(order) && !m_erp.resubmitIsSafe()) {
                holdForStaff(order);
                if (auto r = repo.saveState(order); !r)
                    return r;
                continue;
            }
            const auto settings = m_settingsFor(order.shopCode);
            if (!settings)
                return settings.error();
            auto built = SalesOrderBuilder::build(order, m_mapping, settings->lines);
            if (!built) {
                order.status = OrderStatus::NeedsReview;
                order.reason = built.message();
                ++m_summary.needsReview;
                if (auto r = repo.saveState(order); !r)
                    return r;
                continue;
            }
            const bool uncertain = outcomeUncertain(order);
            order.status = OrderStatus::Submitting;
            ++order.attempts;
            ++order.sends;
            if (auto r = repo.saveState(order); !r)
                return r;
            ErpSalesOrder salesOrder = *built;
            salesOrder.firstAttempt = !uncertain; // else the client asks the ERP for it first
            calls.append([erp, salesOrder](auto answer) { erp->submitSalesOrder(salesOrder, answer); });
            sending.append(order);
        }
        if (auto r = tx.commit(); !r)
            return r;
    }
    if (calls.isEmpty())
        return {};
    if (m_log)
        m_log(QObject::tr("Submitting %1 orders.").arg(calls.size()));
    m_started += int(calls.size());
    m_sending = std::move(sending);
    m_calls = CallsInFlight<ErpSalesOrder>::start(erp, calls, m_erp.together());
    return {};
}

Result<void> OrderSubmitter::finish() {
    if (!m_calls)
        return {};
    const QList<Result<ErpSalesOrder>> results = std::exchange(m_calls, {})->wait(m_cancelled);
    QList<StagedOrder> sending = std::exchange(m_sending, {});
    OrderRepository repo(m_db);
    Transaction tx(m_db);
    if (!tx.started())
        return tx.started().error();
    for (qsizetype k = 0; k < sending.size(); ++k) {
        StagedOrder& order = sending[k];
        record(order, results.at(k));
        if (order.status == OrderStatus::NeedsReview && !results.at(k) && results.at(k).error().isPermanent())
            m_refused.append(order);
        if (auto r = repo.saveState(order); !r)
            return r;
    }
    if (auto r = tx.commit(); !r)
        return r;
    m_finished += int(sending.size());
    return {};
}

void OrderSubmitter::record(StagedOrder& order, const Result<ErpSalesOrder>& result) {
    if (result) {
        order.status = OrderStatus::Submitted;
        order.erpOrderNumber = result->number.isEmpty() ? result->id : result->number;
        order.reason = result->alreadyExisted
                           ? QObject::tr("Already in the ERP as %1 (an earlier attempt got through).")
                                 .arg(order.erpOrderNumber)
                           : QString();
        order.lastError.clear();
        order.lastErrorDetail.clear();
        ++m_summary.submitted;
        return;
    }
    const Error& e = result.error();
    if (e.is(ErrorKind::Cancelled))
        return; // stays submitting: the next pass looks it up first
    order.lastError = e.message;
    order.lastErrorDetail = e.detail;
    qCWarning(lcImport).noquote() << QStringLiteral("Order %1-%2: %3%4")
                                         .arg(order.shopCode, order.orderNumber, e.message,
                                              e.detail.isEmpty() ? QString() : QLatin1Char('\n') + e.detail);
    if (e.is(ErrorKind::UnknownOutcome) && !m_erp.resubmitIsSafe()) {
        holdForStaff(order);
        return;
    }
    if (!e.is(ErrorKind::UnknownOutcome) && !e.is(ErrorKind::Failed))
        --order.sends;     // refused, or surely never arrived: this send cannot have made an order
    if (e.isPermanent()) { // a blocked customer, an unknown item, a field the ERP refuses
        order.status = OrderStatus::NeedsReview;
        order.reason = e.message; // the ERP client's sentence names the ERP and says it refused
        ++m_summary.needsReview;
        return;
    }
    order.status = OrderStatus::Failed;
    order.reason = order.attempts >= m_maxAttempts
                       ? QObject::tr("%1 Gave up after %2 attempts; retry it from the Orders page.")
                             .arg(e.message)
                             .arg(order.attempts)
                       : QObject::tr("%1 (attempt %2 of %3; the next import retries it)")
                             .arg(e.message)
                             .arg(order.attempts)
                             .arg(m_maxAttempts);
    ++m_summary.failed;
}

} // namespace linkdesk
