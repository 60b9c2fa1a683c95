#include "templatefieldsform.h"

#include "templatetablemodel.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace linkdesk {

TemplateFieldsForm::TemplateFieldsForm(TemplateTableModel* model, const QString& erpType, QWidget* parent)
    : QGroupBox(tr("Fields of the new ERP customer"), parent)
    , m_model(model)
    , m_form(new QFormLayout(this))
    , m_emptyLabel(new QLabel(this)) {
    setObjectName(QStringLiteral("templateFieldsForm"));
    m_emptyLabel->setObjectName(QStringLiteral("templateFieldsEmptyLabel"));
    m_emptyLabel->setWordWrap(true);
    m_emptyLabel->setForegroundRole(QPalette::PlaceholderText);
    m_form->addRow(m_emptyLabel);
    for (const TemplateField& field : templateFields(erpType))
        addRow(field);
    m_known = int(m_rows.size());
    showTemplate(-1);
}

TemplateFieldsForm::~TemplateFieldsForm() = default;

void TemplateFieldsForm::addRow(const TemplateField& field) {
    Row row{field, new QLabel(field.labelText(), this), nullptr, new QLabel(this), new QWidget(this)};
    using Kind = TemplateField::Kind;
    if (field.kind == Kind::YesNo || field.kind == Kind::Choice) {
        auto* combo = new QComboBox(row.cell);
        combo->addItem(tr("(not set)"), QString());
        if (field.kind == Kind::YesNo) {
            combo->addItem(tr("Yes"), QStringLiteral("true"));
            combo->addItem(tr("No"), QStringLiteral("false"));
        } else {
            for (const QString& choice : field.choices)
                combo->addItem(choice, choice);
        }
        combo->setProperty("offered", combo->count());
        connect(combo, &QComboBox::currentIndexChanged, this, [this, field, combo] {
            if (!m_showing)
                edited(field, combo->currentData().toString());
        });
        row.editor = combo;
    } else {
        auto* edit = new QLineEdit(row.cell);
        edit->setClearButtonEnabled(true);
        edit->setPlaceholderText(tr("not set"));
        if (field.kind == Kind::Code && field.maxLength > 0)
            edit->setMaxLength(field.maxLength * 4); // longer text is shown, and refused with why
        connect(edit, &QLineEdit::textEdited, this,
                [this, field](const QString& text) { edited(field, text); });
        row.editor = edit;
    }
    row.editor->setObjectName(QStringLiteral("templateField_") + field.key);
    row.editor->setToolTip(field.helpText() + QLatin1Char('\n') + tr("Stored as \"%1\".").arg(field.key));
    row.label->setToolTip(row.editor->toolTip());
    row.label->setBuddy(row.editor);
    row.error->setObjectName(QStringLiteral("templateFieldError_") + field.key);
    row.error->setWordWrap(true);
    row.error->setStyleSheet(QStringLiteral("color: #b00020;"));
    row.error->hide();
    auto* layout = new QVBoxLayout(row.cell);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(row.editor);
    layout->addWidget(row.error);
    m_form->addRow(row.label, row.cell);
    m_rows.append(row);
}

void TemplateFieldsForm::removeOtherRows() {
    while (m_rows.size() > m_known) {
        const Row row = m_rows.takeLast();
        m_form->removeRow(row.cell); // deletes the label and the cell
    }
}

void TemplateFieldsForm::showTemplate(int templateRow) {
    const bool valid = templateRow >= 0 && templateRow < m_model->rowCount();
    m_row = valid ? templateRow : -1;
    removeOtherRows();
    if (!valid) {
        m_emptyLabel->setText(tr("Choose a template in the table to fill in its fields."));
        m_emptyLabel->show();
        for (Row& row : m_rows)
            showValue(row, {}, {});
        setEnabled(false);
        return;
    }
    const CustomerTemplate& t = m_model->templates().at(m_row);
    const QHash<QString, TemplateTableModel::Draft> drafts = m_model->drafts(m_row);
    // Keys no field of the ERP knows are kept, and shown for what they are.
    QStringList others;
    for (const QString& key : t.fields.keys() + drafts.keys()) {
        const bool known = std::any_of(m_rows.cbegin(), m_rows.cbegin() + m_known,
                                       [&key](const Row& r) { return r.field.key == key; });
        if (!known && !others.contains(key))
            others << key;
    }
    for (const QString& key : std::as_const(others))
        addRow(otherTemplateField(key));
    m_emptyLabel->setVisible(m_rows.isEmpty());
    m_emptyLabel->setText(tr("The ERP's customer takes no fields Linkdesk knows of."));
    for (Row& row : m_rows) {
        const auto draft = drafts.constFind(row.field.key);
        if (draft != drafts.cend()) {
            showValue(row, draft->text, draft->error);
            continue;
        }
        const QString text = row.field.text(t.fields.value(row.field.key));
        // A stored value the ERP would refuse is named too; it is kept until someone changes it.
        const Result<QJsonValue> parsed = row.field.parse(text);
        showValue(row, text, parsed ? QString() : parsed.message());
    }
    setEnabled(true);
}

void TemplateFieldsForm::showValue(Row& row, const QString& text, const QString& error) {
    m_showing = true;
    if (auto* combo = qobject_cast<QComboBox*>(row.editor)) {
        while (combo->count() > combo->property("offered").toInt()) // another template's value
            combo->removeItem(combo->count() - 1);
        int index = combo->findData(text);
        if (index < 0) { // a value it does not offer: shown as it is, never replaced unasked
            combo->addItem(tr("%1 (not allowed)").arg(text), text);
            index = combo->count() - 1;
        }
        combo->setCurrentIndex(index);
    } else if (auto* edit = qobject_cast<QLineEdit*>(row.editor)) {
        edit->setText(text);
    }
    m_showing = false;
    row.error->setText(error);
    row.error->setVisible(!error.isEmpty());
}

void TemplateFieldsForm::edited(const TemplateField& field, const QString& text) {
    if (m_row < 0)
        return;
    const Result<QJsonValue> value = field.parse(text);
    if (value)
        m_model->setField(m_row, field.key, *value);
    else
        m_model->setDraft(m_row, field.key, {text, value.message()});
    for (Row& row : m_rows) {
        if (row.field.key != field.key)
            continue;
        row.error->setText(value ? QString() : value.message());
        row.error->setVisible(!value);
    }
}

QString TemplateFieldsForm::fieldLabel(const QString& key) const {
    for (const Row& row : m_rows)
        if (row.field.key == key)
            return row.field.labelText();
    return key;
}

void TemplateFieldsForm::focusField(const QString& key) {
    for (const Row& row : std::as_const(m_rows))
        if (row.field.key == key)
            row.editor->setFocus();
}

} // namespace linkdesk
