#include "woocommercesource.h"

#include "net/httpclient.h"
#include "net/redact.h"
#include "shoplog.h"
#include "wooorderparser.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QSet>
#include <QUrlQuery>

namespace linkdesk::shop {

WooCommerceSource::WooCommerceSource(net::HttpClient* http, Options options, QObject* parent)
    : QObject(parent)
    , m_http(http)
    , m_options(std::move(options)) {
    m_options.perPage = std::clamp(m_options.perPage, 1, 100);
    m_options.overlapSeconds = std::max(0, m_options.overlapSeconds);
}

WooCommerceSource::~WooCommerceSource() = default;

QUrl WooCommerceSource::pageUrl(int page) const {
    QUrl url = m_options.url;
    QString path = url.path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    url.setPath(path + QStringLiteral("/wp-json/wc/v3/orders"));
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("per_page"), QString::number(m_options.perPage));
    query.addQueryItem(QStringLiteral("page"), QString::number(page));
    query.addQueryItem(QStringLiteral("orderby"), QStringLiteral("modified"));
    query.addQueryItem(QStringLiteral("order"), QStringLiteral("asc"));
    if (m_modifiedAfter.isValid()) {
        query.addQueryItem(QStringLiteral("modified_after"),
                           m_modifiedAfter.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss")));
        query.addQueryItem(QStringLiteral("dates_are_gmt"), QStringLiteral("true"));
    }
    if (!m_options.statuses.isEmpty())
        query.addQueryItem(QStringLiteral("status"), m_options.statuses.join(QLatin1Char(',')));
    url.setQuery(query);
    return url;
}

void WooCommerceSource::fetch(const QDateTime& cursor) {
    if (m_running)
        cancel();
    ++m_generation;
    m_running = true;
    m_result = WooFetchResult();
    m_result.cursor = cursor.isValid() ? cursor.toUTC() : QDateTime();
    m_modifiedAfter = cursor.isValid() ? cursor.toUTC().addSecs(-m_options.overlapSeconds) : QDateTime();
    qCInfo(lcShop).noquote() << QStringLiteral("shop %1: fetching WooCommerce orders modified after %2")
                                    .arg(m_options.shopCode, m_modifiedAfter.isValid()
                                                                 ? m_modifiedAfter.toString(Qt::ISODate)
                                                                 : QStringLiteral("the beginning"));
    m_pass = 1;
    requestPage(1);
}

void WooCommerceSource::cancel() {
    if (!m_running)
        return;
    ++m_generation;
    finish(false, QStringLiteral("The WooCommerce fetch of shop %1 was cancelled.").arg(m_options.shopCode));
}

void WooCommerceSource::requestPage(int page) {
    const quint64 generation = m_generation;
    const auto request =
        net::HttpRequest::get(pageUrl(page)).setBasicAuth(m_options.consumerKey, m_options.consumerSecret);
    m_http->send(request, this, [this, page, generation](const net::HttpResult& result) {
        if (generation == m_generation && m_running)
            onPage(page, result);
    });
}

void WooCommerceSource::onPage(int page, const net::HttpResult& result) {
    const QString where = QStringLiteral("shop %1, page %2").arg(m_options.shopCode).arg(page);
    if (!result.ok()) {
        QString message;
        if (result.status == 401 || result.status == 403) {
            message =
                QStringLiteral("WooCommerce refused the consumer key (%1): %2 Check the consumer key and "
                               "secret of shop %3 (WooCommerce > Settings > Advanced > REST API; "
                               "the key needs Read access).")
                    .arg(result.status)
                    .arg(result.serverMessage.isEmpty() ? QStringLiteral("no reason given.")
                                                        : result.serverMessage,
                         m_options.shopCode);
        } else {
            message = QStringLiteral("Fetching WooCommerce orders of shop %1 failed on page %2: %3")
                          .arg(m_options.shopCode)
                          .arg(page)
                          .arg(result.plainMessage(QStringLiteral("WooCommerce")));
        }
        qCWarning(lcShop).noquote() << message
                                    << QLatin1Char('\n') + result.detail(); // the request, for the log
        finish(false, message);
        return;
    }
    if (!result.json.isArray()) {
        finish(false,
               QStringLiteral("WooCommerce answered page %1 of shop %2 with something that is not a list "
                              "of orders (%3 bytes; is %4 a WooCommerce site?).")
                   .arg(page)
                   .arg(m_options.shopCode)
                   .arg(result.body.size())
                   .arg(net::redactedUrl(m_options.url)));
        return;
    }
    const QJsonArray items = result.json.array();
    if (page == 1 && m_pass == 1)
        m_result.totalOrders = result.header("X-WP-Total").toLongLong();
    bool headerOk = false;
    const int totalPages = result.header("X-WP-TotalPages").toInt(&headerOk);
    // Without the header, keep going while pages come back full.
    m_result.totalPages = headerOk ? totalPages : (items.size() >= m_options.perPage ? page + 1 : page);
    ++m_result.pages;

    ParsedOrders parsed = WooOrderParser(m_options.shopCode).parseArray(items, where);
    // Every order read moves the cursor, a bad one too (it is stored quarantined) when its date can
    // be read. A date far in the future would make every later fetch skip real orders: not trusted.
    const QDateTime latestTrusted = QDateTime::currentDateTimeUtc().addDays(1);
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QJsonObject item = items.at(i).toObject();
        QDateTime when = QDateTime::fromString(
            item.value(QStringLiteral("date_modified_gmt")).toString().left(40), Qt::ISODate);
        if (!when.isValid())
            continue;
        if (when.timeSpec() == Qt::LocalTime)
            when.setTimeSpec(Qt::UTC);
        when = when.toUTC();
        if (when > latestTrusted) {
            qCWarning(lcShop).noquote()
                << QStringLiteral("%1: date_modified_gmt %2 is in the future; the import cursor ignores it")
                       .arg(WooOrderParser::describe(item,
                                                     QStringLiteral("%1, item %2").arg(where).arg(i + 1)),
                            when.toString(Qt::ISODate));
            continue;
        }
        if (!m_result.cursor.isValid() || when > m_result.cursor)
            m_result.cursor = when;
    }
    for (const OrderParseError& e : std::as_const(parsed.errors))
        qCWarning(lcShop).noquote() << e.message;
    // An order read again (a change moved it to a later page, or a second pass): keep the newest copy.
    QSet<QString> ids;
    for (const StagedOrder& o : std::as_const(parsed.orders))
        ids.insert(o.shopOrderId);
    for (const OrderParseError& e : std::as_const(parsed.errors))
        if (!e.shopOrderId.isEmpty())
            ids.insert(e.shopOrderId);
    m_result.parsed.orders.removeIf([&](const StagedOrder& o) { return ids.contains(o.shopOrderId); });
    m_result.parsed.errors.removeIf(
        [&](const OrderParseError& e) { return !e.shopOrderId.isEmpty() && ids.contains(e.shopOrderId); });
    m_result.parsed.append(std::move(parsed));
    emit pageFetched(page, m_result.totalPages,
                     int(m_result.parsed.orders.size() + m_result.parsed.errors.size()));

    if (page < m_result.totalPages && page < m_options.maxPages && !items.isEmpty())
        requestPage(page + 1);
    else
        finishPass();
}

void WooCommerceSource::finishPass() {
    // Page-number paging skips an order when another one changes during the fetch: the changed one
    // moves to the end and the pages shift. Every order X-WP-Total counted at the start is still
    // there (a change only moves it), so fewer distinct orders than that means one was skipped:
    // read the pages once more (the newest copy of each order wins).
    const qint64 distinct = m_result.parsed.orders.size() + m_result.parsed.errors.size();
    if (distinct < m_result.totalOrders && m_pass == 1) {
        qCInfo(lcShop).noquote() << QStringLiteral(
                                        "shop %1: read %2 distinct orders of the %3 counted; orders "
                                        "changed during the fetch, reading the pages again")
                                        .arg(m_options.shopCode)
                                        .arg(distinct)
                                        .arg(m_result.totalOrders);
        ++m_pass;
        requestPage(1);
        return;
    }
    finish(true, QString());
}

void WooCommerceSource::finish(bool ok, const QString& error) {
    m_running = false;
    m_result.ok = ok;
    m_result.errorMessage = error;
    const auto& orders = m_result.parsed.orders;
    if (ok)
        qCInfo(lcShop).noquote() << QStringLiteral("shop %1: %2 orders, %3 unreadable, %4 pages")
                                        .arg(m_options.shopCode)
                                        .arg(orders.size())
                                        .arg(m_result.parsed.errors.size())
                                        .arg(m_result.pages);
    else
        qCWarning(lcShop).noquote() << error;
    const WooFetchResult result = m_result;
    emit finished(result);
}

WooFetchResult WooCommerceSource::fetchAndWait(const QDateTime& cursor) {
    QEventLoop loop;
    WooFetchResult out;
    bool done = false;
    const auto connection = connect(this, &WooCommerceSource::finished, &loop, [&](const WooFetchResult& r) {
        out = r;
        done = true;
        loop.quit();
    });
    fetch(cursor);
    if (!done)
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    disconnect(connection);
    return out;
}

} // namespace linkdesk::shop
