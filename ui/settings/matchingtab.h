#pragma once

#include "settingstab.h"
#include "store/settingsstore.h"
#include "ui/common/databaseworker.h"

#include <memory>

namespace Ui {
class MatchingTab;
}

namespace linkdesk {

class SettingEditor;
struct Profile;

// A settings tab of shared settings: those of one group (SettingGroup: "Matching", or "Order lines"),
// of the installation or of one shop, each with the value it falls back to beside it. Read on the
// database worker, saved by the settings page (all values in its one transaction); the form is
// disabled while either runs.
class MatchingTab final : public SettingsTab {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MatchingTab)
public:
    MatchingTab(DatabaseWorker& db, const Profile& profile, SettingGroup group = SettingGroup::Matching,
                QWidget* parent = nullptr);
    ~MatchingTab() override;

    // The scope being edited: empty for the installation, else a shop code.
    QString scope() const;
    // Reads the settings of the scope again; edits not saved are dropped.
    void reload() override;

    QString validate() override;
    Save save() override;
    void revert() override;

signals:
    // A saved change, once it is committed (and so visible to every connection).
    void settingChanged(const QString& key, const QString& shop);

private:
    void buildSettingsForm();
    void loadSettings();
    void applySettings(int scopeIndex, Result<QList<SettingsStore::Entry>> entries);
    void showEntries(const QList<SettingsStore::Entry>& entries);
    void changeScope();
    void updateEnabled() override;
    // What each editor shows: inherited, and the value.
    QList<std::pair<bool, QString>> editorState() const;

    std::unique_ptr<Ui::MatchingTab> m_ui;
    DatabaseWorker& m_db;
    const SettingGroup m_group;
    RequestSerial m_reads;
    QList<SettingEditor*> m_editors;
    bool m_loading = false;
    int m_shownScope = 0;                     // the shop selector row the form shows
    QList<SettingsStore::Entry> m_entries;    // as read for it
    QList<std::pair<bool, QString>> m_loaded; // editorState() as read
};

} // namespace linkdesk
