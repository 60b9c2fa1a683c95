#include "ordermappingmodel.h"

#include "ui/common/columnheadings.h"

#include "erp/salesorderbuilder.h"
#include "ordermappingnames.h"

#include <QBrush>
#include <QPalette>

namespace linkdesk {

namespace {
const QString FieldKind = QStringLiteral("field");
const QString ConstantKind = QStringLiteral("constant");
} // namespace

OrderMappingModel::OrderMappingModel(const QString& erpType, QObject* parent)
    : QAbstractTableModel(parent) {
    for (const OrderMappingNames::FixedRow& fixed : OrderMappingNames::fixedRows(erpType)) {
        OrderMappingRow r;
        r.erpField = fixed.erpField;
        r.sourceValue = fixed.source;
        m_fixed.append(r);
    }
}

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
        const int shown = i + 1 + lockedRowCount(); // the row number on screen
        if (r.erpField.isEmpty())
            return tr("Row %1 names no ERP field.").arg(shown);
        const QString name = OrderMappingNames::erpField(r.erpField);
        if (SalesOrderBuilder::isFixedField(r.erpField))
            return tr("Row %1: %2 is always set from the order itself (the customer matching chose, the "
                      "external document number, the lines) and cannot be mapped.")
                .arg(shown)
                .arg(name);
        if (seen.contains(r.erpField))
            return tr("The ERP field %1 is filled twice (row %2).").arg(name).arg(shown);
        seen << r.erpField;
        if (r.sourceKind == FieldKind && !fields.contains(r.sourceValue)) {
            QStringList names;
            for (const QString& field : fields)
                names << OrderMappingNames::orderField(field);
            return tr("Row %1 (%2) must take one of the order fields: %3.")
                .arg(shown)
                .arg(name, names.join(QStringLiteral(", ")));
        }
    }
    return {};
}

int OrderMappingModel::addRow() {
    const int row = int(m_fixed.size() + m_rows.size());
    beginInsertRows({}, row, row);
    OrderMappingRow r;
    r.sourceKind = FieldKind;
    r.sourceValue = SalesOrderBuilder::fieldNames().value(0);
    m_rows.append(r);
    endInsertRows();
    return row;
}

void OrderMappingModel::removeRow(int row) {
    if (row < m_fixed.size() || row >= rowCount())
        return;
    beginRemoveRows({}, row, row);
    m_rows.removeAt(row - m_fixed.size());
    endRemoveRows();
}

QString OrderMappingModel::kindText(const QString& kind) {
    return kind == ConstantKind ? tr("constant") : tr("order field");
}

int OrderMappingModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_fixed.size() + m_rows.size());
}

int OrderMappingModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant OrderMappingModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (isLocked(index.row()))
        return lockedData(index.row(), index.column(), role);
    const OrderMappingRow& r = m_rows.at(index.row() - m_fixed.size());
    const bool isField = r.sourceKind == FieldKind;
    switch (role) {
    case Qt::DisplayRole:
        switch (Column(index.column())) {
        case ErpField:
            return OrderMappingNames::erpField(r.erpField);
        case SourceKind:
            return kindText(r.sourceKind);
        case SourceValue:
            return isField ? OrderMappingNames::orderField(r.sourceValue) : r.sourceValue;
        case ColumnCount:
            break;
        }
        break;
    case Qt::EditRole:
        switch (Column(index.column())) {
        case ErpField:
            return r.erpField;
        case SourceKind:
            return r.sourceKind;
        case SourceValue:
            return r.sourceValue;
        case ColumnCount:
            break;
        }
        break;
    case Qt::ToolTipRole: // the internal name: what the ERP and the CLI call it
        if (index.column() == ErpField)
            return r.erpField;
        if (index.column() == SourceValue && isField)
            return r.sourceValue;
        break;
    default:
        break;
    }
    return {};
}

QVariant OrderMappingModel::lockedData(int row, int column, int role) const {
    const OrderMappingRow& r = m_fixed.at(row);
    switch (role) {
    case Qt::DisplayRole:
        if (column == ErpField)
            return OrderMappingNames::erpField(r.erpField);
        if (column == SourceKind)
            return tr("always set");
        if (column == SourceValue)
            return r.sourceValue;
        break;
    case Qt::EditRole:
        return column == ErpField ? r.erpField : QVariant();
    case Qt::ToolTipRole:
        return tr("%1 (%2) is always set from the order itself: it cannot be mapped or changed.")
            .arg(OrderMappingNames::erpField(r.erpField), r.erpField);
    case Qt::ForegroundRole:
        return QPalette().brush(QPalette::Disabled, QPalette::Text);
    default:
        break;
    }
    return {};
}

bool OrderMappingModel::setData(const QModelIndex& index, const QVariant& value, int role) {
    if (role != Qt::EditRole ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    if (isLocked(index.row()))
        return false;
    OrderMappingRow& r = m_rows[index.row() - m_fixed.size()];
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
    static const QList<const char*> headings{QT_TR_NOOP("ERP field"), QT_TR_NOOP("Taken from"),
                                             QT_TR_NOOP("Order field or constant")};
    return columnHeading(*this, headings, section, orientation, role);
}

Qt::ItemFlags OrderMappingModel::flags(const QModelIndex& index) const {
    if (!index.isValid())
        return Qt::NoItemFlags;
    if (isLocked(index.row())) // shown, greyed; never edited
        return Qt::ItemIsSelectable | Qt::ItemIsEnabled;
    return Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemIsEditable;
}

} // namespace linkdesk
