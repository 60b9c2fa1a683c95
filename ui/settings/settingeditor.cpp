#include "settingeditor.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>

namespace linkdesk {

namespace {

QString choiceText(const QString& value) {
    static const QHash<QString, const char*> texts{
        {QStringLiteral("default_customer"),
         QT_TRANSLATE_NOOP("linkdesk::SettingEditor", "Use the default customer")},
        {QStringLiteral("match_email"), QT_TRANSLATE_NOOP("linkdesk::SettingEditor", "Match by e-mail")},
        {QStringLiteral("exact"),
         QT_TRANSLATE_NOOP("linkdesk::SettingEditor", "Exact (trimmed, lower-case)")},
        {QStringLiteral("provider_rules"),
         QT_TRANSLATE_NOOP("linkdesk::SettingEditor", "Provider rules (also Gmail dots and +tags)")},
        {QStringLiteral("currency_code"), QT_TRANSLATE_NOOP("linkdesk::SettingEditor", "Currency")},
        {QStringLiteral("country"), QT_TRANSLATE_NOOP("linkdesk::SettingEditor", "Country")},
        {QStringLiteral("company"), QT_TRANSLATE_NOOP("linkdesk::SettingEditor", "Company")},
        {QStringLiteral("vat_number"), QT_TRANSLATE_NOOP("linkdesk::SettingEditor", "VAT number")},
        {QStringLiteral("shop"), QT_TRANSLATE_NOOP("linkdesk::SettingEditor", "From the shop")},
        {QStringLiteral("erp"), QT_TRANSLATE_NOOP("linkdesk::SettingEditor", "From the ERP (nothing sent)")},
        {QStringLiteral("none"), QT_TRANSLATE_NOOP("linkdesk::SettingEditor", "Not sent")},
        {QStringLiteral("item"), QT_TRANSLATE_NOOP("linkdesk::SettingEditor", "As a line of an ERP item")},
        {QStringLiteral("account"),
         QT_TRANSLATE_NOOP("linkdesk::SettingEditor", "As a G/L account line (Business Central)")},
    };
    const char* text = texts.value(value);
    return text ? SettingEditor::tr(text) : value;
}

} // namespace

SettingEditor::SettingEditor(const SettingSpec& spec, QGridLayout* grid, int row, QWidget* parent)
    : QObject(parent)
    , m_spec(spec) {
    auto* nameLabel = new QLabel(label(spec), parent);
    nameLabel->setObjectName(QStringLiteral("label_") + spec.key);
    switch (spec.type) {
    case SettingType::Bool: {
        auto* box = new QCheckBox(tr("On"), parent);
        connect(box, &QCheckBox::toggled, this, &SettingEditor::edited);
        m_editor = box;
        break;
    }
    case SettingType::Enum: {
        auto* combo = new QComboBox(parent);
        for (const QString& v : spec.allowed)
            combo->addItem(choiceText(v), v);
        connect(combo, &QComboBox::currentIndexChanged, this, &SettingEditor::edited);
        m_editor = combo;
        break;
    }
    case SettingType::List: {
        m_editor = new QWidget(parent);
        auto* layout = new QHBoxLayout(m_editor);
        layout->setContentsMargins(0, 0, 0, 0);
        for (const QString& v : spec.allowed) {
            auto* box = new QCheckBox(choiceText(v), m_editor);
            box->setObjectName(spec.key + QLatin1Char('_') + v);
            connect(box, &QCheckBox::toggled, this, &SettingEditor::edited);
            layout->addWidget(box);
            m_items.append(box);
        }
        layout->addStretch();
        break;
    }
    case SettingType::Int: {
        auto* spin = new QSpinBox(parent);
        spin->setRange(0, 7 * 24 * 3600);
        spin->setSingleStep(60);
        spin->setSuffix(tr(" s"));
        connect(spin, &QSpinBox::valueChanged, this, &SettingEditor::edited);
        m_editor = spin;
        break;
    }
    case SettingType::String: {
        auto* edit = new QLineEdit(parent);
        connect(edit, &QLineEdit::textEdited, this, &SettingEditor::edited);
        m_editor = edit;
        break;
    }
    }
    m_editor->setObjectName(spec.key);
    nameLabel->setBuddy(m_items.isEmpty() ? m_editor : m_items.first());
    nameLabel->setToolTip(help(spec));
    m_editor->setToolTip(help(spec));
    m_fallback = new QLabel(parent);
    m_fallback->setObjectName(QStringLiteral("fallback_") + spec.key);
    m_fallback->setForegroundRole(QPalette::PlaceholderText);
    m_inherit = new QCheckBox(parent);
    m_inherit->setObjectName(QStringLiteral("inherit_") + spec.key);
    connect(m_inherit, &QCheckBox::toggled, this, [this](bool inherited) {
        // Going back to the fallback shows it; taking the value over starts from it.
        setEditorValue(inherited ? m_fallbackValue : (m_ownValue.isNull() ? m_fallbackValue : m_ownValue));
        updateEnabled();
        emit edited();
    });
    grid->addWidget(nameLabel, row, 0);
    grid->addWidget(m_editor, row, 1);
    grid->addWidget(m_fallback, row, 2);
    grid->addWidget(m_inherit, row, 3);
}

QString SettingEditor::label(const SettingSpec& spec) {
    return QCoreApplication::translate(SettingSpec::TranslationContext, spec.label);
}

QString SettingEditor::help(const SettingSpec& spec) {
    return QCoreApplication::translate(SettingSpec::TranslationContext, spec.help);
}

QString SettingEditor::displayValue(const SettingSpec& spec, const QString& value) {
    switch (spec.type) {
    case SettingType::Bool:
        return value == QLatin1String("true") ? tr("on") : tr("off");
    case SettingType::Enum:
        return choiceText(value);
    case SettingType::List: {
        QStringList items;
        for (const QString& v : value.split(QLatin1Char(','), Qt::SkipEmptyParts))
            items << choiceText(v);
        return items.isEmpty() ? tr("e-mail only") : items.join(QStringLiteral(", "));
    }
    case SettingType::Int:
        return tr("%1 s").arg(value);
    case SettingType::String:
        return value.isEmpty() ? tr("(empty)") : value;
    }
    return value;
}

void SettingEditor::load(const QString& value, bool inherited, const QString& fallback,
                         const QString& fallbackCaption, const QString& inheritCaption) {
    const QSignalBlocker blockInherit(m_inherit);
    m_fallbackValue = fallback;
    m_ownValue = inherited ? QString() : value;
    m_fallback->setText(fallbackCaption.arg(displayValue(m_spec, fallback)));
    m_inherit->setText(inheritCaption);
    m_inherit->setChecked(inherited);
    setEditorValue(inherited ? fallback : value);
    updateEnabled();
}

bool SettingEditor::isInherited() const {
    return m_inherit->isChecked();
}

QString SettingEditor::value() const {
    switch (m_spec.type) {
    case SettingType::Bool:
        return static_cast<QCheckBox*>(m_editor)->isChecked() ? QStringLiteral("true")
                                                              : QStringLiteral("false");
    case SettingType::Enum:
        return static_cast<QComboBox*>(m_editor)->currentData().toString();
    case SettingType::List: {
        QStringList items;
        for (int i = 0; i < m_items.size(); ++i)
            if (m_items[i]->isChecked())
                items << m_spec.allowed.at(i);
        return items.join(QLatin1Char(','));
    }
    case SettingType::Int:
        return QString::number(static_cast<QSpinBox*>(m_editor)->value());
    case SettingType::String:
        return static_cast<QLineEdit*>(m_editor)->text().trimmed();
    }
    return {};
}

void SettingEditor::setEditorValue(const QString& value) {
    const QSignalBlocker block(this);
    switch (m_spec.type) {
    case SettingType::Bool:
        static_cast<QCheckBox*>(m_editor)->setChecked(value == QLatin1String("true"));
        break;
    case SettingType::Enum: {
        auto* combo = static_cast<QComboBox*>(m_editor);
        combo->setCurrentIndex(qMax(0, combo->findData(value)));
        break;
    }
    case SettingType::List: {
        const QStringList items = value.split(QLatin1Char(','), Qt::SkipEmptyParts);
        for (int i = 0; i < m_items.size(); ++i)
            m_items[i]->setChecked(items.contains(m_spec.allowed.at(i)));
        break;
    }
    case SettingType::Int:
        static_cast<QSpinBox*>(m_editor)->setValue(value.toInt());
        break;
    case SettingType::String:
        static_cast<QLineEdit*>(m_editor)->setText(value);
        break;
    }
}

void SettingEditor::updateEnabled() {
    m_editor->setEnabled(!m_inherit->isChecked());
}

} // namespace linkdesk
