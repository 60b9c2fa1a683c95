#pragma once

#include "templatefields.h"

#include <QGroupBox>

class QFormLayout;
class QLabel;

namespace linkdesk {

class TemplateTableModel;

// The fields of the customer template chosen in the table, one labelled editor each (TemplateField:
// the ERP's keys, then any other key the template has). A value that cannot be stored is kept as
// typed with why beside it, and the page refuses to save until it is corrected. Object names:
// templateField_KEY for the editor, templateFieldError_KEY for its message.
class TemplateFieldsForm final : public QGroupBox {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TemplateFieldsForm)
public:
    TemplateFieldsForm(TemplateTableModel* model, const QString& erpType, QWidget* parent = nullptr);
    ~TemplateFieldsForm() override;

    // Shows the fields of the template in this row; -1: none.
    void showTemplate(int row);
    int shownRow() const { return m_row; }
    // Puts the cursor in the field of this key.
    void focusField(const QString& key);
    // The label of the field of this key, as shown.
    QString fieldLabel(const QString& key) const;

private:
    struct Row {
        TemplateField field;
        QLabel* label;
        QWidget* editor;
        QLabel* error;
        QWidget* cell; // editor and message
    };
    void addRow(const TemplateField& field);
    void removeOtherRows();
    void showValue(Row& row, const QString& text, const QString& error);
    void edited(const TemplateField& field, const QString& text);

    TemplateTableModel* m_model;
    QFormLayout* m_form;
    QLabel* m_emptyLabel;
    QList<Row> m_rows;
    int m_known = 0; // the first rows: the ERP's fields
    int m_row = -1;
    bool m_showing = false; // values being shown, not typed
};

} // namespace linkdesk
