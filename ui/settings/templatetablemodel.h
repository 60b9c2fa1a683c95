#pragma once

#include "domain/catalog.h"

#include <QAbstractTableModel>
#include <QHash>

namespace linkdesk {

// The customer templates being edited: rows are changed in memory and written by the page. The
// rules are the columns; the fields (the JSON object) are edited beside the table, one by one
// (TemplateFieldsForm): a value refused is kept as typed, with why, until it is corrected.
class TemplateTableModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TemplateTableModel)
public:
    enum Column { Name, Priority, Shop, Country, Currency, VatPresent, ColumnCount };

    // A field's text as typed that is not a value it can take, and why.
    struct Draft {
        QString text;
        QString error;
    };

    explicit TemplateTableModel(QObject* parent = nullptr);

    void setTemplates(const QList<CustomerTemplate>& templates);
    const QList<CustomerTemplate>& templates() const { return m_templates; }
    // Ids of stored templates whose rows were removed since setTemplates().
    const QList<qint64>& removedIds() const { return m_removed; }
    void setId(int row, qint64 id) { m_templates[row].id = id; }

    int addTemplate(); // returns the new row
    void removeTemplate(int row);

    // Sets one key of a template's fields (Undefined: removes it) and drops its draft.
    void setField(int row, const QString& key, const QJsonValue& value);
    // Keeps a refused text for the key; the stored value stays as it was.
    void setDraft(int row, const QString& key, const Draft& draft);
    QHash<QString, Draft> drafts(int row) const { return m_drafts.value(row); }
    bool hasDrafts() const;
    // The first template with a refused field: its row (-1: none) and key.
    std::pair<int, QString> firstDraft() const;

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
    // A template's fields or drafts changed.
    void fieldsChanged(int row);

private:
    QList<CustomerTemplate> m_templates;
    QList<QHash<QString, Draft>> m_drafts; // one per template
    QList<qint64> m_removed;
};

} // namespace linkdesk
