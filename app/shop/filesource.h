#pragma once

#include "orderparseerror.h"
#include "util/result.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace linkdesk::shop {

// The orders read from one file of a FileSource folder.
struct FileBatch {
    QString path; // absolute path of the file as it was read
    QString fileName;
    qint64 size = 0;
    QDateTime lastModified; // UTC
    ParsedOrders parsed;    // a file that cannot be read at all is one error for the whole file

    bool hasErrors() const { return !parsed.errors.isEmpty(); }
};

// A folder of exported order files: *.json (one WooCommerce-shaped order, or an array of them) and
// *.csv (docs/order-files.md). Hidden files and other names are left alone; so are files changed in
// the last `settleSeconds` (they may still be being written).
//
// Reading never moves anything. Only after the caller has stored a batch's orders (good ones and
// the errors as quarantined orders) does commit() move the file to done/ (no errors) or failed/
// (any error), so a crash between reading and storing loses nothing: the file is read again.
//
//   FileSource files(shopCode, folder);
//   for (FileBatch& batch : files.scan()) {
//       auto orders = batch.parsed.allForStore(shopCode);
//       if (repository.store(orders)) files.commit(batch);
//   }
class FileSource final {
public:
    FileSource(QString shopCode, QString folder);

    static constexpr qint64 kMaxFileBytes = 64LL * 1024 * 1024;

    void setSettleSeconds(int seconds) { m_settleSeconds = seconds; }
    QString folder() const { return m_folder; }

    // The files waiting in the folder, oldest first (then by name), each parsed.
    QList<FileBatch> scan() const;
    // Reads one file (also a file outside the folder, for tests and the CLI).
    FileBatch read(const QString& path) const;
    // Moves the file of a stored batch to done/ or failed/ (created when missing); a name already
    // there gets a time stamp. Returns where it went.
    Result<QString> commit(const FileBatch& batch) const;

private:
    QString m_shopCode;
    QString m_folder;
    int m_settleSeconds = 2;
};

} // namespace linkdesk::shop
