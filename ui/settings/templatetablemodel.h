#pragma once

#include "domain/catalog.h"

#include <QAbstractTableModel>

namespace linkdesk {

// The customer templates being edited: rows are changed in memory and written by the page.
class TemplateTableModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TemplateTableModel)
public:
    enum Column { Name, Priority, Shop, Country, Currency, VatPresent, Fields, ColumnCount };

    explicit TemplateTableModel(QObject* parent = nullptr);

    void setTemplates(const QList<CustomerTemplate>& templates);
    const QList<CustomerTemplate>& templates() const { return m_templates; }
    // Ids of stored templates whose rows were removed since setTemplates().
    const QList<qint64>& removedIds() const { return m_removed; }
    void setId(int row, qint64 id) { m_templates[row].id = id; }

    int addTemplate(); // returns the new row
    void removeTemplate(int row);

    static QString vatText(int vatPresent);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

signals:
    // An edit that was refused, in plain words.
    void editRejected(const QString& message);

private:
    QList<CustomerTemplate> m_templates;
    QList<qint64> m_removed;
};

} // namespace linkdesk
