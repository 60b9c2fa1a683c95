#include "matchingtab.h"

#include "config/profile.h"
#include "settingeditor.h"
#include "ui_matchingtab.h"

#include <QMessageBox>

namespace linkdesk {

namespace {
const char* titleOf(SettingGroup group) {
    return group == SettingGroup::OrderLines ? QT_TRANSLATE_NOOP("linkdesk::Page", "Order lines")
                                             : QT_TRANSLATE_NOOP("linkdesk::Page", "Matching");
}
} // namespace

MatchingTab::MatchingTab(DatabaseWorker& db, const Profile& profile, SettingGroup group, QWidget* parent)
    : SettingsTab(titleOf(group), parent)
    , m_ui(std::make_unique<Ui::MatchingTab>())
    , m_db(db)
    , m_group(group) {
    m_ui->setupUi(this);
    if (group == SettingGroup::OrderLines)
        setObjectName(QStringLiteral("orderLinesTab"));
    m_ui->shopSelector->addItem(tr("Installation (all shops)"), QString());
    for (const ShopConfig& shop : profile.shops)
        m_ui->shopSelector->addItem(shop.name.isEmpty() || shop.name == shop.code
                                        ? shop.code
                                        : tr("%1 (%2)").arg(shop.code, shop.name),
                                    shop.code);
    buildSettingsForm();
    connect(m_ui->shopSelector, &QComboBox::currentIndexChanged, this, &MatchingTab::changeScope);
    loadSettings();
}

MatchingTab::~MatchingTab() = default;

QString MatchingTab::scope() const {
    return m_ui->shopSelector->currentData().toString();
}

void MatchingTab::reload() {
    loadSettings();
}

void MatchingTab::buildSettingsForm() {
    int row = 0;
    for (const SettingSpec& spec : settingSpecs()) {
        if (spec.group != m_group)
            continue;
        auto* editor = new SettingEditor(spec, m_ui->settingsGrid, row++, m_ui->settingsForm);
        connect(editor, &SettingEditor::edited, this, [this] { setModified(editorState() != m_loaded); });
        m_editors.append(editor);
    }
    // Editors keep a sensible width; the slack goes to the right of the last column.
    m_ui->settingsGrid->setColumnMinimumWidth(1, 320);
    m_ui->settingsGrid->setColumnStretch(4, 1);
}

void MatchingTab::updateEnabled() {
    // Nothing to edit until the values of the scope chosen are in, nor while they are saved.
    m_ui->settingsForm->setEnabled(!m_loading && !isSaving());
    m_ui->shopSelector->setEnabled(!isSaving());
    setBusy(m_loading);
}

QList<std::pair<bool, QString>> MatchingTab::editorState() const {
    QList<std::pair<bool, QString>> state;
    for (const SettingEditor* editor : m_editors)
        state.append({editor->isInherited(), editor->value()});
    return state;
}

void MatchingTab::revert() {
    showEntries(m_entries);
}

void MatchingTab::loadSettings() {
    const QString shop = scope();
    m_ui->scopeHintLabel->setText(
        shop.isEmpty() ? tr("Installation values apply to every shop that does not set its own. "
                            "\"Use default\" leaves a value unset, so Linkdesk's default applies.")
                       : tr("Values for shop %1. \"Use installation value\" leaves a value unset, so the "
                            "installation value shown beside it applies.")
                             .arg(shop));
    m_ui->settingsMessageLabel->clear();
    m_loading = true;
    updateEnabled();
    // A scope chosen while another is still being read supersedes it.
    m_db.run<QList<SettingsStore::Entry>>(
        this, m_reads.next(), [shop](Database& db) { return SettingsStore(db).entries(shop); },
        [this, index = m_ui->shopSelector->currentIndex()](Result<QList<SettingsStore::Entry>> entries) {
            applySettings(index, std::move(entries));
        });
}

void MatchingTab::applySettings(int scopeIndex, Result<QList<SettingsStore::Entry>> entries) {
    m_loading = false;
    updateEnabled();
    if (!entries) {
        showMessage(m_ui->settingsMessageLabel,
                    tr("The settings could not be read: %1").arg(entries.message()), true);
        return;
    }
    m_shownScope = scopeIndex;
    m_entries = *entries;
    showEntries(m_entries);
}

void MatchingTab::showEntries(const QList<SettingsStore::Entry>& entries) {
    const QString shop = m_ui->shopSelector->itemData(m_shownScope).toString();
    const SettingsStore::Origin own =
        shop.isEmpty() ? SettingsStore::Origin::Installation : SettingsStore::Origin::Shop;
    const QString fallbackCaption = shop.isEmpty() ? tr("Default: %1") : tr("Installation: %1");
    const QString inheritCaption = shop.isEmpty() ? tr("Use default") : tr("Use installation value");
    for (SettingEditor* editor : std::as_const(m_editors)) {
        for (const SettingsStore::Entry& e : entries) {
            if (e.spec->key != editor->spec().key)
                continue;
            const QString fallback = shop.isEmpty() ? e.spec->defaultValue : e.installationValue;
            editor->load(e.value, e.origin != own, fallback, fallbackCaption, inheritCaption);
        }
    }
    m_loaded = editorState();
    setModified(false);
}

void MatchingTab::changeScope() {
    if (!isModified()) {
        loadSettings();
        return;
    }
    // Unsaved edits: ask before they are dropped; "Cancel" goes back to the scope being edited.
    const int wanted = m_ui->shopSelector->currentIndex();
    {
        const QSignalBlocker block(m_ui->shopSelector);
        m_ui->shopSelector->setCurrentIndex(m_shownScope);
    }
    auto* box = new QMessageBox(QMessageBox::Question, tr("Unsaved settings"),
                                tr("The settings for %1 have changes that are not saved. Discard them?")
                                    .arg(m_ui->shopSelector->currentText()),
                                QMessageBox::Discard | QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("discardChangesBox"));
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, wanted](int result) {
        if (result != QMessageBox::Discard)
            return;
        revert();
        m_ui->shopSelector->setCurrentIndex(wanted); // loads it
    });
    box->open();
}

QString MatchingTab::validate() {
    m_ui->settingsMessageLabel->clear();
    // Every value is checked before anything is written, so a mistake is named first.
    for (SettingEditor* editor : std::as_const(m_editors)) {
        if (editor->isInherited())
            continue;
        QString why;
        if (editor->spec().key == SettingKey::DefaultCustomerCode && editor->value().isEmpty())
            why = tr("\"%1\" cannot be empty: orders that are not linked to a customer are booked to it. "
                     "Type the ERP customer code, or use the installation value.")
                      .arg(SettingEditor::label(editor->spec()));
        else if (auto ok = canonicalSettingValue(editor->spec(), editor->value()); !ok)
            why = tr("\"%1\" cannot be saved: %2").arg(SettingEditor::label(editor->spec()), ok.message());
        if (!why.isEmpty()) {
            showMessage(m_ui->settingsMessageLabel, why, true);
            return why;
        }
    }
    return {};
}

SettingsTab::Save MatchingTab::save() {
    const QString shop = m_ui->shopSelector->itemData(m_shownScope).toString();
    struct Value {
        const SettingSpec* spec;
        bool inherited;
        QString value;
    };
    QList<Value> values;
    for (SettingEditor* editor : std::as_const(m_editors))
        values.append({&editor->spec(), editor->isInherited(), editor->value()});
    // Listeners hear of a change only once it is committed (and so visible to every connection):
    // the store on the worker writes, its changes are announced after.
    auto changedKeys = std::make_shared<QStringList>();
    Save step;
    step.write = [shop, values, changedKeys](Database& db) -> Result<void> {
        SettingsStore writer(db);
        connect(&writer, &SettingsStore::changed, &writer,
                [changedKeys](const QString& key) { *changedKeys << key; });
        for (const Value& v : values) {
            const Result<void> r =
                v.inherited ? writer.unset(v.spec->key, shop) : writer.set(v.spec->key, v.value, shop);
            if (!r)
                return fail(
                    tr("\"%1\" could not be saved: %2").arg(SettingEditor::label(*v.spec), r.message()));
        }
        return {};
    };
    step.committed = [this, shop, changedKeys] {
        for (const QString& key : std::as_const(*changedKeys))
            emit settingChanged(key, shop);
        loadSettings();
    };
    return step;
}

} // namespace linkdesk
