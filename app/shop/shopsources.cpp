#include "shopsources.h"

#include "net/httpclient.h"
#include "net/httprequest.h"

#include <QDir>
#include <QTimer>

namespace linkdesk {

WooShopSource::WooShopSource(net::HttpClient* http, shop::WooCommerceSource::Options options, QObject* parent)
    : ShopSource(parent)
    , m_code(options.shopCode)
    , m_http(http)
    , m_options(options)
    , m_source(new shop::WooCommerceSource(http, std::move(options), this)) {
    connect(m_source, &shop::WooCommerceSource::finished, this, [this](const shop::WooFetchResult& r) {
        PageCallback done = std::exchange(m_done, {});
        if (!done)
            return;
        ShopPage page;
        page.orders = r.parsed.allForStore(m_code);
        page.cursor = r.cursor;
        if (!r.ok)
            page.error = r.errorMessage;
        if (!r.ok && page.orders.isEmpty())
            return done(fail(r.errorMessage, ErrorKind::Failed));
        done(std::move(page));
    });
}

void WooShopSource::fetchPage(const QDateTime& since, int page, PageCallback done) {
    if (page > 1) { // everything came with page 1
        QTimer::singleShot(0, this, [done] { done(ShopPage{}); });
        return;
    }
    if (m_done) { // a fetch still running is cancelled; its caller gets to know
        PageCallback previous = std::exchange(m_done, {});
        previous(fail(tr("A newer fetch replaced this one."), ErrorKind::Cancelled));
    }
    m_done = std::move(done);
    m_source->fetch(since);
}

void WooShopSource::check(std::function<void(Result<QString>)> done) {
    const auto request = net::HttpRequest::get(m_source->pageUrl(1))
                             .setBasicAuth(m_options.consumerKey, m_options.consumerSecret);
    m_http->send(request, this, [done](const net::HttpResult& r) {
        if (!r.ok())
            return done(r.toError(QStringLiteral("WooCommerce")));
        done(tr("WooCommerce answered and accepted the key (%1 orders).")
                 .arg(QString::fromLatin1(r.header("X-WP-Total"))));
    });
}

FolderShopSource::FolderShopSource(QString shopCode, QString folder, OrderFileFormat format, QObject* parent)
    : ShopSource(parent)
    , m_code(std::move(shopCode))
    , m_files(m_code, std::move(folder), std::move(format)) {}

ShopPage FolderShopSource::page(int page) const {
    ShopPage p;
    p.page = page;
    p.pageCount = qMax(1, int(m_batches.size()));
    p.last = page >= m_batches.size();
    if (page >= 1 && page <= m_batches.size()) {
        const shop::FileBatch& batch = m_batches.at(page - 1);
        p.orders = batch.parsed.allForStore(m_code); // none for a duplicate: it is only moved
        p.token = page - 1;
    }
    return p;
}

void FolderShopSource::fetchPage(const QDateTime& since, int page, PageCallback done) {
    Q_UNUSED(since);
    if (page != 1) {
        QTimer::singleShot(0, this, [this, page, done] { done(this->page(page)); });
        return;
    }
    m_batches.clear();
    const QList<shop::FileLook> first = m_files.look();
    // Nothing waiting: no need for a second look.
    QTimer::singleShot(first.isEmpty() ? 0 : m_settleMs, this, [this, first, done] {
        m_batches = m_files.readSettled(first);
        done(this->page(1));
    });
}

void FolderShopSource::check(std::function<void(Result<QString>)> done) {
    const QDir folder(m_files.folder());
    Result<QString> answer =
        folder.exists() && folder.isReadable()
            ? Result<QString>(tr("The folder %1 is readable (%2 order files waiting).")
                                  .arg(folder.absolutePath())
                                  .arg(m_files.look().size()))
            : Result<QString>(
                  fail(tr("The folder %1 does not exist or cannot be read.").arg(folder.absolutePath())));
    QTimer::singleShot(0, this, [done, answer] { done(answer); });
}

Result<void> FolderShopSource::confirm(const ShopPage& page) {
    if (!page.token.isValid())
        return {};
    const int index = page.token.toInt();
    if (index < 0 || index >= m_batches.size())
        return {};
    auto moved = m_files.commit(m_batches.at(index));
    if (!moved)
        return moved.error();
    return {};
}

} // namespace linkdesk
