#include "ordermappingmodel.h"

#include "erp/salesorderbuilder.h"

namespace linkdesk {

namespace {
const QString FieldKind = QStringLiteral("field");
const QString ConstantKind = QStringLiteral("constant");
} // namespace

OrderMappingModel::OrderMappingModel(QObject* parent)
    : QAbstractTableModel(parent) {}

void OrderMappingModel::setRows(const QList<OrderMappingRow>& rows) {
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

QList<OrderMappingRow> OrderMappingModel::rows() const {
    QList<OrderMappingRow> rows = m_rows;
    for (int i = 0; i < rows.size(); ++i)
        rows[i].position = i;
    return rows;
}

QString OrderMappingModel::validate() const {
    const QStringList fields = SalesOrderBuilder::fieldNames();
    QStringList seen;
    for (int i = 0; i < m_rows.size(); ++i) {
        const OrderMappingRow& r = m_rows.at(i);
        if (r.erpField.isEmpty())
            return tr("Row %1 names no ERP field.").arg(i + 1);
        if (SalesOrderBuilder::isFixedField(r.erpField))
            return tr("Row %1: %2 is set from the order itself (the customer matching chose, the external "
                      "document number, the lines) and cannot be mapped.")
                .arg(i + 1)
                .arg(r.erpField);
        if (seen.contains(r.erpField))
            return tr("The ERP field %1 is filled twice (row %2).").arg(r.erpField).arg(i + 1);
        seen << r.erpField;
        if (r.sourceKind == FieldKind && !fields.contains(r.sourceValue))
            return tr("Row %1 (%2) must take one of the order fields: %3.")
                .arg(i + 1)
                .arg(r.erpField, fields.join(QStringLiteral(", ")));
    }
    return {};
}

int OrderMappingModel::addRow() {
    const int row = int(m_rows.size());
    beginInsertRows({}, row, row);
    OrderMappingRow r;
    r.sourceKind = FieldKind;
    r.sourceValue = SalesOrderBuilder::fieldNames().value(0);
    m_rows.append(r);
    endInsertRows();
    return row;
}

void OrderMappingModel::removeRow(int row) {
    if (row < 0 || row >= m_rows.size())
        return;
    beginRemoveRows({}, row, row);
    m_rows.removeAt(row);
    endRemoveRows();
}

QString OrderMappingModel::kindText(const QString& kind) {
    return kind == ConstantKind ? tr("constant") : tr("order field");
}

int OrderMappingModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

int OrderMappingModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant OrderMappingModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    const OrderMappingRow& r = m_rows.at(index.row());
    switch (Column(index.column())) {
    case ErpField:
        return r.erpField;
    case SourceKind:
        return role == Qt::EditRole ? r.sourceKind : kindText(r.sourceKind);
    case SourceValue:
        return r.sourceValue;
    case ColumnCount:
        break;
    }
    return {};
}

bool OrderMappingModel::setData(const QModelIndex& index, const QVariant& value, int role) {
    if (role != Qt::EditRole ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    OrderMappingRow& r = m_rows[index.row()];
    const QString text = value.toString().trimmed();
    switch (Column(index.column())) {
    case ErpField:
        r.erpField = text;
        break;
    case SourceKind:
        if (text != FieldKind && text != ConstantKind)
            return false;
        if (r.sourceKind != text && text == FieldKind &&
            !SalesOrderBuilder::fieldNames().contains(r.sourceValue)) {
            r.sourceValue = SalesOrderBuilder::fieldNames().value(0);
            r.sourceKind = text;
            emit dataChanged(index, index.siblingAtColumn(SourceValue));
            return true;
        }
        r.sourceKind = text;
        break;
    case SourceValue:
        r.sourceValue = value.toString(); // a constant keeps its spaces
        break;
    case ColumnCount:
        return false;
    }
    emit dataChanged(index, index);
    return true;
}

QVariant OrderMappingModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case ErpField:
        return tr("ERP field");
    case SourceKind:
        return tr("Taken from");
    case SourceValue:
        return tr("Order field or constant");
    case ColumnCount:
        break;
    }
    return {};
}

Qt::ItemFlags OrderMappingModel::flags(const QModelIndex& index) const {
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemIsEditable;
}

} // namespace linkdesk
