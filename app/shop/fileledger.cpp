#include "fileledger.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

namespace linkdesk::shop {

namespace {
const QString kFile = QStringLiteral("file");
const QString kSha256 = QStringLiteral("sha256");
const QString kFormat = QStringLiteral("format");
const QString kSize = QStringLiteral("size");
const QString kReadAt = QStringLiteral("read_at");
const QString kOrders = QStringLiteral("orders");
const QString kQuarantined = QStringLiteral("quarantined");
const QString kMovedTo = QStringLiteral("moved_to");
const QString kDuplicateOf = QStringLiteral("duplicate_of");
const QString kProblems = QStringLiteral("problems");
const QString kOrderRows = QStringLiteral("order_rows");
const QString kMore = QStringLiteral("more");
const QString kOrder = QStringLiteral("order");
const QString kRows = QStringLiteral("rows");
const QString kReason = QStringLiteral("reason");
} // namespace

QString FileRecord::rowsText(QList<int> rows) {
    std::sort(rows.begin(), rows.end());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    QStringList parts;
    for (qsizetype i = 0; i < rows.size();) {
        qsizetype j = i;
        while (j + 1 < rows.size() && rows.at(j + 1) == rows.at(j) + 1)
            ++j;
        parts << (j == i ? QString::number(rows.at(i))
                         : QStringLiteral("%1-%2").arg(rows.at(i)).arg(rows.at(j)));
        i = j + 1;
    }
    return parts.join(QStringLiteral(", "));
}

QJsonObject FileRecord::toJson() const {
    QJsonArray problemList;
    for (const Problem& p : problems)
        problemList.append(QJsonObject{{kOrder, p.order}, {kRows, p.rows}, {kReason, p.reason}});
    QJsonArray rowList;
    for (const OrderRows& r : orderRows)
        rowList.append(QJsonObject{{kOrder, r.order}, {kRows, r.rows}});
    QJsonObject json{{kFile, fileName},
                     {kSha256, sha256},
                     {kFormat, format},
                     {kSize, double(size)},
                     {kReadAt, readAt.toUTC().toString(Qt::ISODateWithMs)},
                     {kOrders, orders},
                     {kQuarantined, quarantined},
                     {kMovedTo, movedTo},
                     {kProblems, problemList},
                     {kOrderRows, rowList}};
    if (!duplicateOf.isEmpty())
        json.insert(kDuplicateOf, duplicateOf);
    if (more)
        json.insert(kMore, true);
    return json;
}

FileRecord FileRecord::fromJson(const QJsonObject& json) {
    FileRecord r;
    r.fileName = json.value(kFile).toString();
    r.sha256 = json.value(kSha256).toString();
    r.format = json.value(kFormat).toString();
    r.size = qint64(json.value(kSize).toDouble());
    r.readAt = QDateTime::fromString(json.value(kReadAt).toString(), Qt::ISODateWithMs).toUTC();
    r.orders = json.value(kOrders).toInt();
    r.quarantined = json.value(kQuarantined).toInt();
    r.movedTo = json.value(kMovedTo).toString();
    r.duplicateOf = json.value(kDuplicateOf).toString();
    r.more = json.value(kMore).toBool();
    for (const auto& p : json.value(kProblems).toArray()) {
        const QJsonObject o = p.toObject();
        r.problems.append(
            {o.value(kOrder).toString(), o.value(kRows).toString(), o.value(kReason).toString()});
    }
    for (const auto& p : json.value(kOrderRows).toArray()) {
        const QJsonObject o = p.toObject();
        r.orderRows.append({o.value(kOrder).toString(), o.value(kRows).toString()});
    }
    return r;
}

FileLedger::FileLedger(QString folder)
    : m_folder(std::move(folder)) {}

QString FileLedger::path() const {
    return QDir(m_folder).filePath(fileName());
}

Result<QList<FileRecord>> FileLedger::all() const {
    QList<FileRecord> records;
    QFile file(path());
    if (!file.exists())
        return records;
    if (!file.open(QIODevice::ReadOnly))
        return fail(QStringLiteral("Cannot read %1: %2").arg(path(), file.errorString()));
    while (!file.atEnd()) {
        const QByteArray line = file.readLine().trimmed();
        if (line.isEmpty())
            continue;
        const QJsonDocument doc = QJsonDocument::fromJson(line);
        if (doc.isObject())
            records.append(FileRecord::fromJson(doc.object()));
    }
    return records;
}

Result<QList<FileRecord>> FileLedger::latest(int count) const {
    auto records = all();
    if (!records)
        return records;
    QList<FileRecord> newest;
    for (qsizetype i = records->size() - 1; i >= 0 && newest.size() < count; --i)
        newest.append(records->at(i));
    return newest;
}

Result<void> FileLedger::append(const FileRecord& record) const {
    QFile file(path());
    if (!file.open(QIODevice::WriteOnly | QIODevice::Append))
        return fail(QStringLiteral("Cannot write %1: %2").arg(path(), file.errorString()));
    const QByteArray line = QJsonDocument(record.toJson()).toJson(QJsonDocument::Compact) + '\n';
    if (file.write(line) != line.size() || !file.flush())
        return fail(QStringLiteral("Cannot write %1: %2").arg(path(), file.errorString()));
    return {};
}

} // namespace linkdesk::shop
