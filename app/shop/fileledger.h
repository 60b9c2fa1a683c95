#pragma once

#include "util/result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace linkdesk::shop {

// What became of one order file: written when its orders were stored, read by the Import page, the
// CLI (files list) and the next scan (a file whose content was read before is a duplicate).
struct FileRecord {
    struct Problem {
        QString order; // the order number as far as it could be read
        QString rows;  // "7" or "7-9, 12": the file's rows, as a spreadsheet numbers them
        QString reason;
    };
    struct OrderRows {
        QString order;
        QString rows;
    };

    QString fileName;
    QString sha256; // of the file's bytes
    QString format; // OrderFileFormat::fingerprint() of the read
    qint64 size = 0;
    QDateTime readAt;    // UTC
    int orders = 0;      // orders staged (read and stored)
    int quarantined = 0; // orders (or the whole file) kept as quarantined
    QString movedTo;     // where the file went, relative to the folder ("done/orders.csv")
    QString duplicateOf; // set when the same content was read before (that file's movedTo): nothing staged
    QList<Problem> problems;    // the first kMaxKept
    QList<OrderRows> orderRows; // the first kMaxKept
    bool more = false;          // problems or orderRows were cut at kMaxKept

    static constexpr int kMaxKept = 200;

    QJsonObject toJson() const;
    static FileRecord fromJson(const QJsonObject& json);
    // "2-4, 7" for {2, 3, 4, 7}.
    static QString rowsText(QList<int> rows);
};

// The record of a folder's order files, one JSON object per line in FOLDER/.linkdesk-files.jsonl
// (a dot-file: never taken for an order file). Only appended to; one import runs at a time.
class FileLedger final {
public:
    explicit FileLedger(QString folder);

    static QString fileName() { return QStringLiteral(".linkdesk-files.jsonl"); }
    QString path() const;

    // Every record, oldest first; a line that cannot be read (a write cut short) is skipped.
    Result<QList<FileRecord>> all() const;
    // The newest `count` records, newest first.
    Result<QList<FileRecord>> latest(int count) const;
    Result<void> append(const FileRecord& record) const;

private:
    QString m_folder;
};

} // namespace linkdesk::shop
