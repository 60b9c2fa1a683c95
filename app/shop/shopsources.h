#pragma once

#include "shop/filesource.h"
#include "shop/shopsource.h"
#include "shop/woocommercesource.h"

namespace linkdesk {

// A WooCommerce shop as a ShopSource. WooCommerceSource reads every page of one fetch before it
// answers (it reads them again when the list shifted under it), so the fetch comes as one page;
// when it stops half-way, the orders read so far come with the error and are stored.
class WooShopSource final : public ShopSource {
    // Its own Q_OBJECT: tr() then files its texts under its own name, the context lupdate gives them.
    Q_OBJECT
public:
    WooShopSource(net::HttpClient* http, shop::WooCommerceSource::Options options, QObject* parent = nullptr);

    QString shopCode() const override { return m_code; }
    void fetchPage(const QDateTime& since, int page, PageCallback done) override;
    void check(std::function<void(Result<QString>)> done) override;

private:
    QString m_code;
    net::HttpClient* m_http;
    shop::WooCommerceSource::Options m_options;
    shop::WooCommerceSource* m_source;
    PageCallback m_done;
};

// A folder of order files as a ShopSource: one page per file, oldest first; a file moves to done/
// or failed/ when its page is confirmed, that is after its orders were stored. The first page takes
// two looks at the folder settleInterval apart and reads only the files that did not change in
// between (one still being copied is left for the next import). The cursor does not apply: a stored
// file is gone from the folder, and one dropped again is known by its content (see FileSource).
class FolderShopSource final : public ShopSource {
    Q_OBJECT
public:
    FolderShopSource(QString shopCode, QString folder, OrderFileFormat format = {},
                     QObject* parent = nullptr);

    static constexpr int kDefaultSettleMs = 2000;
    void setSettleInterval(int ms) { m_settleMs = ms; }
    const shop::FileSource& files() const { return m_files; }

    QString shopCode() const override { return m_code; }
    void fetchPage(const QDateTime& since, int page, PageCallback done) override;
    void check(std::function<void(Result<QString>)> done) override;
    Result<void> confirm(const ShopPage& page) override;

private:
    ShopPage page(int page) const;

    QString m_code;
    shop::FileSource m_files;
    QList<shop::FileBatch> m_batches; // of the scan made for page 1
    int m_settleMs = kDefaultSettleMs;
};

} // namespace linkdesk
