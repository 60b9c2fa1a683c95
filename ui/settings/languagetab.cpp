#include "languagetab.h"

#include "ui/common/translations.h"
#include "ui_languagetab.h"

namespace linkdesk {

LanguageTab::LanguageTab(QWidget* parent)
    : Page(QT_TRANSLATE_NOOP("linkdesk::Page", "Language"), parent)
    , m_ui(std::make_unique<Ui::LanguageTab>()) {
    m_ui->setupUi(this);
    QComboBox* combo = m_ui->languageCombo;
    combo->addItem(tr("System default"), QString());
    for (const Translations::Language& language : Translations::languages())
        combo->addItem(language.nativeName, language.code);
    combo->setCurrentIndex(std::max(0, combo->findData(Translations::savedLanguage())));
    // Saved at once: it is the user's own, not part of the shared settings the Save buttons write.
    connect(combo, &QComboBox::currentIndexChanged, this, [this, combo] {
        Translations::saveLanguage(combo->currentData().toString());
        emit statusMessage(tr("Language saved; it is used from the next start of Linkdesk."));
    });
}

LanguageTab::~LanguageTab() = default;

} // namespace linkdesk
