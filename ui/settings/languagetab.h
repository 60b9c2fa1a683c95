#pragma once

#include "ui/common/page.h"

#include <memory>

namespace Ui {
class LanguageTab;
}

namespace linkdesk {

// The settings tab "Language": the user's own language for the window, kept in the per-user
// settings (not the shared database) and saved as soon as it is chosen.
class LanguageTab final : public Page {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LanguageTab)
public:
    explicit LanguageTab(QWidget* parent = nullptr);
    ~LanguageTab() override;

    // Nothing to read again: the choice is this user's, made here.
    void reload() override {}

private:
    std::unique_ptr<Ui::LanguageTab> m_ui;
};

} // namespace linkdesk
