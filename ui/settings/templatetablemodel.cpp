#include "templatetablemodel.h"

#include "ui/common/columnheadings.h"

namespace linkdesk {

TemplateTableModel::TemplateTableModel(QObject* parent)
    : QAbstractTableModel(parent) {}

void TemplateTableModel::setTemplates(const QList<CustomerTemplate>& templates) {
    beginResetModel();
    m_templates = templates;
    m_drafts = QList<QHash<QString, Draft>>(templates.size());
    m_removed.clear();
    endResetModel();
}

int TemplateTableModel::addTemplate() {
    const int row = int(m_templates.size());
    beginInsertRows({}, row, row);
    CustomerTemplate t;
    t.name = tr("New template");
    t.priority = 100;
    m_templates.append(t);
    m_drafts.append(QHash<QString, Draft>());
    endInsertRows();
    return row;
}

void TemplateTableModel::removeTemplate(int row) {
    if (row < 0 || row >= m_templates.size())
        return;
    beginRemoveRows({}, row, row);
    if (m_templates[row].id != 0)
        m_removed.append(m_templates[row].id);
    m_templates.removeAt(row);
    m_drafts.removeAt(row);
    endRemoveRows();
}

void TemplateTableModel::setField(int row, const QString& key, const QJsonValue& value) {
    if (row < 0 || row >= m_templates.size())
        return;
    QJsonObject& fields = m_templates[row].fields;
    if (value.isUndefined())
        fields.remove(key);
    else
        fields.insert(key, value);
    m_drafts[row].remove(key);
    emit fieldsChanged(row);
}

void TemplateTableModel::setDraft(int row, const QString& key, const Draft& draft) {
    if (row < 0 || row >= m_templates.size())
        return;
    m_drafts[row].insert(key, draft);
    emit fieldsChanged(row);
}

bool TemplateTableModel::hasDrafts() const {
    return firstDraft().first >= 0;
}

std::pair<int, QString> TemplateTableModel::firstDraft() const {
    for (int row = 0; row < m_drafts.size(); ++row)
        if (!m_drafts.at(row).isEmpty())
            return {row, m_drafts.at(row).keys().first()};
    return {-1, QString()};
}

QString TemplateTableModel::vatText(int vatPresent) {
    switch (vatPresent) {
    case 0:
        return tr("without VAT no.");
    case 1:
        return tr("with VAT no.");
    default:
        return tr("any");
    }
}

int TemplateTableModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_templates.size());
}

int TemplateTableModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TemplateTableModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CustomerTemplate& t = m_templates.at(index.row());
    const bool edit = role == Qt::EditRole;
    if (role != Qt::DisplayRole && !edit && role != Qt::ToolTipRole)
        return {};
    switch (Column(index.column())) {
    case Name:
        return t.name;
    case Priority:
        return t.priority;
    case Shop:
        return edit || !t.shopCode.isEmpty() ? t.shopCode : tr("any");
    case Country:
        return edit || !t.country.isEmpty() ? t.country : tr("any");
    case Currency:
        return edit || !t.currency.isEmpty() ? t.currency : tr("any");
    case VatPresent:
        return edit ? QVariant(t.vatPresent) : QVariant(vatText(t.vatPresent));
    case ColumnCount:
        break;
    }
    return {};
}

bool TemplateTableModel::setData(const QModelIndex& index, const QVariant& value, int role) {
    if (role != Qt::EditRole ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    CustomerTemplate& t = m_templates[index.row()];
    const QString text = value.toString().trimmed();
    switch (Column(index.column())) {
    case Name:
        if (text.isEmpty()) {
            emit editRejected(tr("A template needs a name."));
            return false;
        }
        t.name = text;
        break;
    case Priority: {
        bool ok = false;
        const int p = value.toInt(&ok);
        if (!ok) {
            emit editRejected(tr("The priority must be a whole number."));
            return false;
        }
        t.priority = p;
        break;
    }
    case Shop:
        t.shopCode = text;
        break;
    case Country:
        t.country = text.toUpper();
        break;
    case Currency:
        t.currency = text.toUpper();
        break;
    case VatPresent:
        t.vatPresent = qBound(-1, value.toInt(), 1);
        break;
    case ColumnCount:
        return false;
    }
    emit dataChanged(index, index, {Qt::DisplayRole, Qt::EditRole, Qt::ToolTipRole});
    return true;
}

QVariant TemplateTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    static const QList<const char*> headings{QT_TR_NOOP("Name"),     QT_TR_NOOP("Priority"),
                                             QT_TR_NOOP("Shop"),     QT_TR_NOOP("Country"),
                                             QT_TR_NOOP("Currency"), QT_TR_NOOP("VAT no.")};
    return columnHeading(*this, headings, section, orientation, role);
}

Qt::ItemFlags TemplateTableModel::flags(const QModelIndex& index) const {
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemIsEditable;
}

} // namespace linkdesk
