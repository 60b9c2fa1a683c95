#pragma once

#include "orderparseerror.h"

#include <QDateTime>
#include <QObject>
#include <QStringList>
#include <QUrl>

namespace linkdesk::net {
class HttpClient;
struct HttpResult;
} // namespace linkdesk::net

namespace linkdesk::shop {

// What one WooCommerce fetch brought back.
struct WooFetchResult {
    bool ok = true;
    QString errorMessage; // when !ok: why the fetch stopped; orders of the pages read so far are kept
    ParsedOrders parsed;  // good orders and per-order parse errors (raw JSON kept)
    // Where the next fetch starts: the latest date_modified_gmt read (good and bad orders alike), never
    // earlier than the cursor passed in. Store `parsed` first, then save this cursor.
    QDateTime cursor;
    int pages = 0;          // pages read (both passes when a second one was needed)
    int totalPages = 0;     // X-WP-TotalPages of the last page read
    qint64 totalOrders = 0; // X-WP-Total of the first page
};

// Fetches a WooCommerce shop's orders over REST v3 with Linkdesk's HttpClient:
//   GET {url}/wp-json/wc/v3/orders?per_page=100&page=N&orderby=modified&order=asc
//       &modified_after={cursor - overlap}&dates_are_gmt=true
// following X-WP-TotalPages, with Basic auth (consumer key : consumer secret; WooCommerce accepts
// it over HTTPS). The overlap (default 60 s) re-reads orders modified in the same second as the
// cursor; the staged-order store recognises an unchanged order, so a re-read costs nothing.
// Orders come oldest change first, so a fetch that fails half-way still moves the cursor past what
// it read (resume, not restart). The key and secret are never logged or put in a message.
// A date_modified_gmt more than a day in the future does not move the cursor.
//
// Page-number paging has one race: an order changed *during* a fetch moves to the end of the list,
// every later order shifts one place forward, and the one at a page boundary is skipped. The fetch
// notices (fewer distinct orders than X-WP-Total counted at the start) and reads the pages once
// more; an order read twice is kept once, its newest copy.
//
// Lives in the HttpClient's thread. fetch() is asynchronous: pageFetched per page, finished once.
class WooCommerceSource final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WooCommerceSource)
public:
    struct Options {
        QString shopCode;
        QUrl url; // the site, e.g. https://shop.example or https://example.com/shop
        QString consumerKey;
        QString consumerSecret;
        int perPage = 100;
        int overlapSeconds = 60;
        QStringList statuses;  // empty: any status
        int maxPages = 100000; // a guard against a server that never stops paging
    };

    WooCommerceSource(net::HttpClient* http, Options options, QObject* parent = nullptr);
    ~WooCommerceSource() override;

    // Starts a fetch of the orders modified after `cursor` minus the overlap; all orders when the
    // cursor is invalid. A fetch already running is cancelled first.
    void fetch(const QDateTime& cursor);
    // Stops the running fetch; finished() follows with ok == false.
    void cancel();
    bool isRunning() const { return m_running; }
    // fetch() and wait for it on a private event loop: for worker threads and the CLI, never the GUI
    // thread.
    WooFetchResult fetchAndWait(const QDateTime& cursor);

    // The URL of one page (exposed for tests and the request log).
    QUrl pageUrl(int page) const;
    QDateTime modifiedAfter() const { return m_modifiedAfter; }

signals:
    void pageFetched(int page, int totalPages, int ordersSoFar);
    void finished(const linkdesk::shop::WooFetchResult& result);

private:
    void requestPage(int page);
    void onPage(int page, const net::HttpResult& result);
    void finishPass();
    void finish(bool ok, const QString& error);

    net::HttpClient* m_http;
    Options m_options;
    bool m_running = false;
    quint64 m_generation = 0; // answers of a cancelled fetch are ignored
    QDateTime m_modifiedAfter;
    int m_pass = 1; // a second pass when orders were skipped (see finishPass)
    WooFetchResult m_result;
};

} // namespace linkdesk::shop

Q_DECLARE_METATYPE(linkdesk::shop::WooFetchResult)
