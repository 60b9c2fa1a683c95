#pragma once

#include "domain/orderfileformat.h"
#include "fileledger.h"
#include "orderparseerror.h"
#include "util/result.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace linkdesk::shop {

// A file seen in the folder: what a later look compares to tell a finished file from one being copied.
struct FileLook {
    QString path;
    qint64 size = 0;
    QDateTime modified;

    bool operator==(const FileLook&) const = default;
};

// The orders read from one file of a FileSource folder.
struct FileBatch {
    QString path; // absolute path of the file as it was read
    QString fileName;
    qint64 size = 0;
    QDateTime lastModified; // UTC
    QString sha256;         // of the bytes read
    ParsedOrders parsed;    // a file that cannot be read at all is one error for the whole file
    // The same bytes were read before under the same format (a file dropped again): nothing of it is
    // staged; commit() moves it to done/ and records it as a duplicate of this one.
    std::optional<FileRecord> earlier;

    bool hasErrors() const { return !parsed.errors.isEmpty(); }
    bool isDuplicate() const { return earlier.has_value(); }
};

// A folder of exported order files in one format (docs/order-files.md): Linkdesk's CSV columns (and
// WooCommerce JSON, as before formats), WooCommerce JSON, Shopify's order export, or any CSV through
// a column mapping. Sub-folders, dot-files, temporary names (*.part, *.tmp, .~lock*, ~$*) and other
// endings are left alone.
//
// A file is read only once it is complete: two looks some time apart must see the same size and
// time (a file still being copied grows in between), and the bytes read must be that size.
// Reading never moves anything. Only after the caller has stored a batch's orders (good ones and the
// errors as quarantined orders) does commit() record it in the folder's FileLedger and move it to
// done/ (every order read, or a duplicate) or failed/ (any order quarantined). A crash between reading
// and storing loses nothing: the file is read again, and stored orders are recognised as unchanged.
//
//   FileSource files(shopCode, folder, format);
//   const QList<FileLook> first = files.look();
//   ... some seconds later ...
//   for (FileBatch& batch : files.readSettled(first)) {
//       auto orders = batch.parsed.allForStore(shopCode);
//       if (repository.store(orders)) files.commit(batch);
//   }
class FileSource final {
public:
    FileSource(QString shopCode, QString folder, OrderFileFormat format = {});

    static constexpr qint64 kMaxFileBytes = 64LL * 1024 * 1024;

    QString folder() const { return m_folder; }
    const OrderFileFormat& format() const { return m_format; }
    FileLedger ledger() const { return FileLedger(m_folder); }

    // Temporary and hidden names: dot-files (.~lock.x.csv#), ~$x.csv, *.part, *.tmp, *.crdownload, ...
    static bool isTemporaryName(const QString& fileName);
    // Whether a file of this name is an order file of this folder's format.
    bool wants(const QString& fileName) const;

    // The order files in the folder now, oldest first (then by name).
    QList<FileLook> look() const;
    // The files of an earlier look that still have the same size and time, read; the others (still
    // being written, or gone) are left for a later look. A file whose content and format were read
    // before (the ledger says so), or that repeats another file of this look, comes as a duplicate.
    QList<FileBatch> readSettled(const QList<FileLook>& earlier) const;
    // look(), a pause of `intervalMs`, readSettled(): blocks (tests, the CLI).
    QList<FileBatch> scan(int intervalMs = 0) const;
    // Reads one file as this folder's format (also a file elsewhere: the preview, tests).
    FileBatch read(const QString& path) const;
    // Records a stored batch in the ledger, then moves its file to done/ or failed/ (created when
    // missing); a name already there gets a time stamp. Returns where it went.
    Result<QString> commit(const FileBatch& batch) const;

private:
    ParsedOrders parse(const QString& suffix, const QByteArray& content, const QString& name) const;

    QString m_shopCode;
    QString m_folder;
    OrderFileFormat m_format;
};

} // namespace linkdesk::shop
