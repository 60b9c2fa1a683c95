#include "filesource.h"

#include "csvorderparser.h"
#include "mappedcsvparser.h"
#include "shoplog.h"
#include "wooorderparser.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStringDecoder>
#include <QThread>

#include <algorithm>

namespace linkdesk::shop {

FileSource::FileSource(QString shopCode, QString folder, OrderFileFormat format)
    : m_shopCode(std::move(shopCode))
    , m_folder(std::move(folder))
    , m_format(std::move(format)) {}

bool FileSource::isTemporaryName(const QString& fileName) {
    if (fileName.startsWith(QLatin1Char('.')) || fileName.startsWith(QLatin1String("~$")) ||
        fileName.endsWith(QLatin1Char('~')) || fileName.endsWith(QLatin1Char('#')))
        return true;
    for (const char* ending : {".part", ".partial", ".tmp", ".temp", ".crdownload", ".download", ".filepart"})
        if (fileName.endsWith(QLatin1String(ending), Qt::CaseInsensitive))
            return true;
    return false;
}

bool FileSource::wants(const QString& fileName) const {
    return !isTemporaryName(fileName) && m_format.suffixes().contains(QFileInfo(fileName).suffix().toLower());
}

QList<FileLook> FileSource::look() const {
    QDir dir(m_folder);
    // Hidden files are not listed (no QDir::Hidden); wants() drops the rest by name.
    QFileInfoList wanted;
    for (const QFileInfo& info : dir.entryInfoList(QDir::Files | QDir::Readable))
        if (wants(info.fileName()))
            wanted.append(info);
    std::sort(wanted.begin(), wanted.end(), [](const QFileInfo& a, const QFileInfo& b) {
        return a.lastModified() != b.lastModified() ? a.lastModified() < b.lastModified()
                                                    : a.fileName() < b.fileName();
    });
    QList<FileLook> looks;
    for (const QFileInfo& info : std::as_const(wanted))
        looks.append({info.absoluteFilePath(), info.size(), info.lastModified().toUTC()});
    return looks;
}

QList<FileBatch> FileSource::readSettled(const QList<FileLook>& earlier) const {
    QHash<QString, FileRecord> known; // sha256 + format -> the first record of it
    auto records = ledger().all();
    if (!records)
        qCWarning(lcShop).noquote() << records.message(); // then duplicates are only caught by order number
    else
        for (const FileRecord& r : std::as_const(*records))
            if (!known.contains(r.sha256 + r.format))
                known.insert(r.sha256 + r.format, r);
    const QString format = m_format.fingerprint();
    QList<FileBatch> batches;
    for (const FileLook& before : earlier) {
        const QFileInfo info(before.path);
        const FileLook now{info.absoluteFilePath(), info.size(), info.lastModified().toUTC()};
        if (!info.exists())
            continue;
        if (!(now == before)) {
            qCInfo(lcShop).noquote() << QStringLiteral(
                                            "order file %1 is still being written (%2 bytes, then %3); "
                                            "it is read once it stops changing")
                                            .arg(info.fileName())
                                            .arg(before.size)
                                            .arg(now.size);
            continue;
        }
        FileBatch batch = read(before.path);
        if (batch.size != before.size) {
            qCInfo(lcShop).noquote()
                << QStringLiteral("order file %1 changed while it was read; read later").arg(batch.fileName);
            continue;
        }
        const QString key = batch.sha256 + format;
        if (batch.sha256.isEmpty()) {
            // not read at all (too big, unreadable): one error, never a duplicate
        } else if (known.contains(key)) {
            batch.earlier = known.value(key);
            batch.parsed = {};
            qCInfo(lcShop).noquote() << QStringLiteral(
                                            "order file %1 has the same content as %2, read %3: nothing "
                                            "new in it")
                                            .arg(batch.fileName, batch.earlier->movedTo,
                                                 batch.earlier->readAt.toString(Qt::ISODate));
        } else {
            FileRecord first;
            first.fileName = batch.fileName;
            first.movedTo = batch.fileName;
            first.readAt = QDateTime::currentDateTimeUtc();
            known.insert(key, first); // a second copy in this same look is a duplicate of this one
        }
        for (const OrderParseError& e : std::as_const(batch.parsed.errors))
            qCWarning(lcShop).noquote() << e.message;
        batches.append(std::move(batch));
    }
    return batches;
}

QList<FileBatch> FileSource::scan(int intervalMs) const {
    const QList<FileLook> first = look();
    if (intervalMs > 0 && !first.isEmpty())
        QThread::msleep(ulong(intervalMs));
    return readSettled(first);
}

ParsedOrders FileSource::parse(const QString& suffix, const QByteArray& content, const QString& name) const {
    if (suffix == QLatin1String("json"))
        return WooOrderParser(m_shopCode).parseDocument(content, name);
    // A byte-order mark says UTF-8, UTF-16 or UTF-32 (Excel's "Unicode text"); without one it is UTF-8.
    const auto encoding = QStringConverter::encodingForData(content);
    QStringDecoder decoder(encoding.value_or(QStringConverter::Utf8));
    const QString text = decoder.decode(content);
    if (decoder.hasError()) {
        ParsedOrders out;
        out.errors.append(OrderParseError::make(
            QStringLiteral("Order file %1: is not UTF-8 text; save it as CSV UTF-8").arg(name), content));
        return out;
    }
    switch (m_format.kind) {
    case OrderFileFormat::Kind::Shopify:
        return MappedCsvParser(m_shopCode, shopifyLayout()).parse(text, name);
    case OrderFileFormat::Kind::Columns:
        return MappedCsvParser(m_shopCode, mappedLayout(m_format.columns,
                                                        QStringLiteral("[shop.%1.columns]").arg(m_shopCode)))
            .parse(text, name);
    default:
        return CsvOrderParser(m_shopCode).parse(text, name);
    }
}

FileBatch FileSource::read(const QString& path) const {
    const QFileInfo info(path);
    FileBatch batch;
    batch.path = info.absoluteFilePath();
    batch.fileName = info.fileName();
    batch.size = info.size();
    batch.lastModified = info.lastModified().toUTC();
    auto wholeFile = [&](const QString& why, const QByteArray& raw = {}) {
        batch.parsed.errors.append(
            OrderParseError::make(QStringLiteral("Order file %1: %2").arg(batch.fileName, why),
                                  raw.isEmpty() ? batch.fileName.toUtf8() : raw));
        return batch;
    };
    const QString suffix = info.suffix().toLower();
    if (!m_format.suffixes().contains(suffix))
        return wholeFile(QStringLiteral("is not a file of the format %1, which reads *.%2")
                             .arg(m_format.name(), m_format.suffixes().join(QStringLiteral(", *."))));
    if (batch.size > kMaxFileBytes)
        return wholeFile(QStringLiteral("it is %1 bytes (at most %2); split it into smaller files")
                             .arg(batch.size)
                             .arg(kMaxFileBytes));
    QFile file(batch.path);
    if (!file.open(QIODevice::ReadOnly))
        return wholeFile(QStringLiteral("cannot be read: %1").arg(file.errorString()));
    const QByteArray content = file.read(kMaxFileBytes + 1);
    file.close();
    batch.size = content.size();
    batch.sha256 = QString::fromLatin1(QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex());
    batch.parsed = parse(suffix, content, batch.fileName);
    // A file carries no change time per order: the file's time stands in where the order has none.
    for (StagedOrder& order : batch.parsed.orders)
        if (!order.modifiedAt.isValid())
            order.modifiedAt = batch.lastModified;
    return batch;
}

Result<QString> FileSource::commit(const FileBatch& batch) const {
    const QString sub = batch.hasErrors() ? QStringLiteral("failed") : QStringLiteral("done");
    const QFileInfo info(batch.path);
    QDir target(info.absolutePath());
    if (!target.mkpath(sub))
        return fail(QStringLiteral("Cannot create the folder %1 in %2.").arg(sub, target.absolutePath()));
    target.cd(sub);
    QString destination = target.filePath(batch.fileName);
    if (QFileInfo::exists(destination)) {
        const QString stamp = QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss-zzz"));
        destination =
            target.filePath(QStringLiteral("%1.%2.%3").arg(info.completeBaseName(), stamp, info.suffix()));
    }

    // The record first: a crash before the move leaves a file the next scan knows as read.
    FileRecord record;
    record.fileName = batch.fileName;
    record.sha256 = batch.sha256;
    record.format = m_format.fingerprint();
    record.size = batch.size;
    record.readAt = QDateTime::currentDateTimeUtc();
    record.orders = int(batch.parsed.orders.size());
    record.quarantined = int(batch.parsed.errors.size());
    record.movedTo = sub + QLatin1Char('/') + QFileInfo(destination).fileName();
    if (batch.earlier)
        record.duplicateOf = batch.earlier->movedTo;
    for (const OrderParseError& e : batch.parsed.errors) {
        if (record.problems.size() >= FileRecord::kMaxKept) {
            record.more = true;
            break;
        }
        record.problems.append({e.orderNumber, FileRecord::rowsText(e.rows), e.message});
    }
    for (const StagedOrder& o : batch.parsed.orders) {
        if (!batch.parsed.rowsOf.contains(o.orderNumber))
            continue;
        if (record.orderRows.size() >= FileRecord::kMaxKept) {
            record.more = true;
            break;
        }
        record.orderRows.append(
            {o.orderNumber, FileRecord::rowsText(batch.parsed.rowsOf.value(o.orderNumber))});
    }
    if (auto r = ledger().append(record); !r)
        return r.error();
    if (!QFile::rename(batch.path, destination))
        return fail(QStringLiteral("Cannot move the order file %1 to %2.").arg(batch.path, destination));
    qCInfo(lcShop).noquote() << QStringLiteral("order file %1 moved to %2").arg(batch.fileName, destination);
    return destination;
}

} // namespace linkdesk::shop
