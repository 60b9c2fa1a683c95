#include "filesource.h"

#include "csvorderparser.h"
#include "shoplog.h"
#include "wooorderparser.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStringDecoder>

#include <algorithm>

namespace linkdesk::shop {

FileSource::FileSource(QString shopCode, QString folder)
    : m_shopCode(std::move(shopCode))
    , m_folder(std::move(folder)) {}

QList<FileBatch> FileSource::scan() const {
    QDir dir(m_folder);
    // Hidden files are not listed (no QDir::Hidden); extensions compare case-insensitively below.
    const QFileInfoList files = dir.entryInfoList(QDir::Files | QDir::Readable);
    const QDateTime settled = QDateTime::currentDateTimeUtc().addSecs(-m_settleSeconds);
    QFileInfoList wanted;
    for (const QFileInfo& info : std::as_const(files)) {
        const QString suffix = info.suffix().toLower();
        if (info.fileName().startsWith(QLatin1Char('.')) ||
            (suffix != QLatin1String("json") && suffix != QLatin1String("csv")))
            continue;
        if (info.lastModified().toUTC() > settled)
            continue; // maybe still being written; the next scan takes it
        wanted.append(info);
    }
    std::sort(wanted.begin(), wanted.end(), [](const QFileInfo& a, const QFileInfo& b) {
        return a.lastModified() != b.lastModified() ? a.lastModified() < b.lastModified()
                                                    : a.fileName() < b.fileName();
    });
    QList<FileBatch> batches;
    for (const QFileInfo& info : std::as_const(wanted))
        batches.append(read(info.absoluteFilePath()));
    return batches;
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
    if (batch.size > kMaxFileBytes)
        return wholeFile(QStringLiteral("it is %1 bytes (at most %2); split it into smaller files")
                             .arg(batch.size)
                             .arg(kMaxFileBytes));
    QFile file(batch.path);
    if (!file.open(QIODevice::ReadOnly))
        return wholeFile(QStringLiteral("cannot be read: %1").arg(file.errorString()));
    const QByteArray content = file.read(kMaxFileBytes + 1);
    file.close();

    if (info.suffix().compare(QLatin1String("json"), Qt::CaseInsensitive) == 0) {
        batch.parsed = WooOrderParser(m_shopCode).parseDocument(content, batch.fileName);
    } else {
        QStringDecoder utf8(QStringDecoder::Utf8);
        const QString text = utf8.decode(content);
        if (utf8.hasError())
            return wholeFile(QStringLiteral("is not UTF-8 text; save it as CSV UTF-8"), content);
        batch.parsed = CsvOrderParser(m_shopCode).parse(text, batch.fileName);
    }
    // A file carries no change time per order: the file's time stands in where the order has none.
    for (StagedOrder& order : batch.parsed.orders)
        if (!order.modifiedAt.isValid())
            order.modifiedAt = batch.lastModified;
    for (const OrderParseError& e : std::as_const(batch.parsed.errors))
        qCWarning(lcShop).noquote() << e.message;
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
    if (!QFile::rename(batch.path, destination))
        return fail(QStringLiteral("Cannot move the order file %1 to %2.").arg(batch.path, destination));
    qCInfo(lcShop).noquote() << QStringLiteral("order file %1 moved to %2").arg(batch.fileName, destination);
    return destination;
}

} // namespace linkdesk::shop
