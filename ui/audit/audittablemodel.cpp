#include "audittablemodel.h"

#include "store/auditlog.h"
#include "ui/common/databaseworker.h"

#include <QLocale>

namespace linkdesk {

namespace {}

AuditTableModel::AuditTableModel(Database& db, QObject* parent)
    : QAbstractTableModel(parent)
    , m_worker(new DatabaseWorker(db, this))
    , m_pages(CachedPages) {}

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
    m_pending.clear();
    m_total = snapshot ? snapshot->total : 0;
    if (snapshot && !snapshot->firstPage.isEmpty())
        m_pages.insert(0, new QList<AuditEntry>(std::move(snapshot->firstPage)));
    m_lastError.clear();
    endResetModel();
    setBusy(false);
    if (!snapshot) {
        m_lastError = snapshot.message();
        emit loadFailed(m_lastError);
    } else {
        emit loaded(m_total);
    }
}

void AuditTableModel::requestPage(int page) const {
    if (m_busy || m_pending.contains(page))
        return;
    m_pending.insert(page);
    auto* self = const_cast<AuditTableModel*>(this);
    m_worker->run<QList<AuditEntry>>(
        self, m_requests.current(),
        [text = m_filter, page](Database& db) { return AuditLog(db).page(text, page * PageSize, PageSize); },
        [self, page](Result<QList<AuditEntry>> rows) { self->pageArrived(page, std::move(rows)); });
}

void AuditTableModel::pageArrived(int page, Result<QList<AuditEntry>> rows) {
    m_pending.remove(page);
    if (!rows) {
        if (m_lastError.isEmpty()) {
            m_lastError = rows.message();
            emit loadFailed(m_lastError);
        }
        return;
    }
    m_pages.insert(page, new QList<AuditEntry>(std::move(*rows)));
    const int first = page * PageSize;
    const int last = std::min(first + PageSize, m_total) - 1;
    if (last >= first)
        emit dataChanged(index(first, 0), index(last, ColumnCount - 1));
}

void AuditTableModel::setBusy(bool busy) {
    if (m_busy == busy)
        return;
    m_busy = busy;
    emit busyChanged(busy);
}

int AuditTableModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : m_total;
}

int AuditTableModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

const AuditEntry* AuditTableModel::entry(int row) const {
    const int page = row / PageSize;
    const QList<AuditEntry>* rows = m_pages.object(page);
    if (!rows) {
        requestPage(page);
        return nullptr;
    }
    const int offset = row % PageSize;
    return offset < rows->size() ? &rows->at(offset) : nullptr;
}

QString AuditTableModel::entityText(const QString& entity) {
    if (entity == QLatin1String("link"))
        return tr("Link");
    if (entity == QLatin1String("mapping"))
        return tr("Product mapping");
    if (entity == QLatin1String("setting"))
        return tr("Setting");
    if (entity == QLatin1String("contact"))
        return tr("Contact relation");
    if (entity == QLatin1String("template"))
        return tr("Customer template");
    if (entity == QLatin1String("order_mapping"))
        return tr("Order mapping");
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

QVariant AuditTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (static_cast<Column>(section)) {
    case At:
        return tr("When");
    case Who:
        return tr("Who");
    case Entity:
        return tr("What");
    case Key:
        return tr("Which");
    case Subject:
        //: The audit log's column naming what an entry is about in words (a customer's name and e-mail).
        return tr("About");
    case OldValue:
        return tr("From");
    case NewValue:
        return tr("To");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace linkdesk
