#pragma once

#include <QStyledItemDelegate>

#include <functional>

namespace linkdesk {

// Edits a cell with a combo box of choices (text shown, value stored under Qt::EditRole) when the
// choice function offers any for that cell, else with the ordinary editor.
class ChoiceDelegate final : public QStyledItemDelegate {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChoiceDelegate)
public:
    struct Choice {
        QString text;
        QVariant value;
    };
    using ChoiceFunction = std::function<QList<Choice>(const QModelIndex& index)>;

    ChoiceDelegate(ChoiceFunction choices, QObject* parent = nullptr);

    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option,
                          const QModelIndex& index) const override;
    void setEditorData(QWidget* editor, const QModelIndex& index) const override;
    void setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const override;

private:
    ChoiceFunction m_choices;
};

} // namespace linkdesk
