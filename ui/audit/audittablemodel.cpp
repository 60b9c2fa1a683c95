#include "audittablemodel.h"

#include "store/auditlog.h"
#include "ui/common/databaseworker.h"

#include <QLocale>

#include <utility>

namespace linkdesk {

AuditTableModel::AuditTableModel(Database& db, QObject* parent)
    : PagedTableModel(
          {QT_TR_NOOP("When"), QT_TR_NOOP("Who"), QT_TR_NOOP("What"), QT_TR_NOOP("Which"),
           //: The audit log's column naming what an entry is about in words (a customer's name and e-mail).
           QT_TR_NOOP("About"), QT_TR_NOOP("From"), QT_TR_NOOP("To")},
          parent)
    , m_worker(new DatabaseWorker(db, this))
    , m_pages(PageSize, CachedPages) {}

AuditTableModel::~AuditTableModel() {
    m_requests.supersede(); // queued reads are skipped
}

void AuditTableModel::setFilter(const QString& text) {
    m_filter = text;
    reload();
}

void AuditTableModel::reload() {
    setBusy(true);
    m_worker->run<Snapshot>(
        this, m_requests.next(),
        [text = m_filter](Database& db) -> Result<Snapshot> {
            AuditLog log(db);
            auto count = log.count(text);
            if (!count)
                return count.error();
            Snapshot snapshot;
            snapshot.total = *count;
            if (*count > 0) {
                auto rows = log.page(text, 0, PageSize);
                if (!rows)
                    return rows.error();
                snapshot.firstPage = std::move(*rows);
            }
            return snapshot;
        },
        [this](Result<Snapshot> snapshot) { countArrived(std::move(snapshot)); });
}

void AuditTableModel::countArrived(Result<Snapshot> snapshot) {
    beginResetModel();
    m_pages.clear();
    m_total = snapshot ? snapshot->total : 0;
    if (snapshot && !snapshot->firstPage.isEmpty())
        m_pages.put(0, std::move(snapshot->firstPage));
    clearError();
    endResetModel();
    setBusy(false);
    if (!snapshot)
        reportError(snapshot.message());
    else
        emit loaded(m_total);
}

void AuditTableModel::requestPage(int page) const {
    if (isBusy() || !m_pages.startRead(page))
        return;
    auto* self = const_cast<AuditTableModel*>(this);
    m_worker->run<QList<AuditEntry>>(
        self, m_requests.current(),
        [text = m_filter, page](Database& db) { return AuditLog(db).page(text, page * PageSize, PageSize); },
        [self, page](Result<QList<AuditEntry>> rows) {
            self->takePage(self->m_pages, page, std::move(rows));
        });
}

const AuditEntry* AuditTableModel::entry(int row) const {
    return m_pages.find(row, [this](int page) { requestPage(page); });
}

QString AuditTableModel::entityText(const QString& entity) {
    static const QList<std::pair<QLatin1String, const char*>> names{
        {QLatin1String("link"), QT_TR_NOOP("Link")},
        {QLatin1String("mapping"), QT_TR_NOOP("Product mapping")},
        {QLatin1String("setting"), QT_TR_NOOP("Setting")},
        {QLatin1String("contact"), QT_TR_NOOP("Contact relation")},
        {QLatin1String("template"), QT_TR_NOOP("Customer template")},
        {QLatin1String("order_mapping"), QT_TR_NOOP("Order mapping")}};
    for (const auto& [name, text] : names)
        if (entity == name)
            return tr(text);
    return entity;
}

QVariant AuditTableModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    const AuditEntry* found = entry(index.row());
    if (!found)
        return {};
    switch (static_cast<Column>(index.column())) {
    case At:
        return role == Qt::ToolTipRole ? found->at.toLocalTime().toString(Qt::ISODate)
                                       : QLocale().toString(found->at.toLocalTime(), QLocale::ShortFormat);
    case Who:
        return found->who;
    case Entity:
        return entityText(found->entity);
    case Key:
        return found->entityKey;
    case Subject:
        return found->subject;
    case OldValue:
        return found->oldValue;
    case NewValue:
        return found->newValue;
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace linkdesk
