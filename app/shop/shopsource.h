#pragma once

#include "domain/stagedorder.h"
#include "util/result.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QVariant>

#include <functional>

namespace linkdesk {

// One page of orders from a shop. An order that could not be parsed is in orders too, with status
// quarantined, its parse error as reason and its raw payload: nothing is dropped.
struct ShopPage {
    QList<StagedOrder> orders;
    QDateTime cursor; // the newest modification time seen up to and including this page
    int page = 1;
    int pageCount = 1;
    bool last = true;
    // Set when the fetch stopped early: the orders read so far are in this page; store them (and the
    // cursor), then report this.
    QString error;
    QVariant token; // the source's own handle for confirm() (e.g. which files the page came from)
};

// Where orders come from: a WooCommerce shop, a folder of order files. Lives on a thread with an
// event loop; callbacks run there, asynchronously, exactly once.
class ShopSource : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ShopSource)
public:
    using PageCallback = std::function<void(Result<ShopPage>)>;

    explicit ShopSource(QObject* parent = nullptr)
        : QObject(parent) {}
    ~ShopSource() override = default;

    virtual QString shopCode() const = 0;
    // Page `page` (1-based) of the orders modified after `since` (null: all).
    virtual void fetchPage(const QDateTime& since, int page, PageCallback done) = 0;
    // Whether the shop answers and accepts Linkdesk's credentials, in words ("Test connection").
    virtual void check(std::function<void(Result<QString>)> done) = 0;
    // Called once the page's orders are stored: a file source moves its files to done/ or failed/.
    virtual Result<void> confirm(const ShopPage& page) {
        Q_UNUSED(page);
        return {};
    }
};

} // namespace linkdesk
