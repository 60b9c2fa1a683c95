#pragma once

#include "ui/common/page.h"
#include "util/result.h"

#include <QAbstractItemModel>

#include <functional>

namespace linkdesk {

class Database;

// A tab of the settings page whose edits the page's one Save writes and its one Revert drops. The
// page marks the tab while it has edits not saved (modifiedChanged), asks every changed tab to
// check its edits before anything is written (validate), then writes all of them in one
// transaction on the database worker (write), and tells each tab once it is committed.
class SettingsTab : public Page {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsTab)
public:
    // One tab's part of a save: the write, run on the database worker inside the page's
    // transaction, and what the tab does on the GUI thread once the transaction is committed.
    struct Save {
        std::function<Result<void>(Database&)> write;
        std::function<void()> committed;
    };

    using Page::Page;
    ~SettingsTab() override;

    // Whether the tab shows edits that are not saved.
    bool isModified() const { return m_modified; }
    // Checks the edits; shows what is wrong in the tab, next to the value, and returns it in plain
    // words. Empty when they can be saved.
    virtual QString validate() = 0;
    // The tab's part of the page's save (only asked for when it is modified and valid).
    virtual Save save() = 0;
    // Drops the edits: the tab shows the values it read last again.
    virtual void revert() = 0;
    // While the page saves, the tab takes no edits (they would be lost to the reload that follows).
    void setSaving(bool saving);
    bool isSaving() const { return m_saving; }

signals:
    // isModified() may have changed.
    void modifiedChanged();

protected:
    // The tab enables its editors by isBusy-like state of its own and isSaving().
    virtual void updateEnabled() = 0;
    // Whether the tab now shows edits that are not saved: modifiedChanged when that changed.
    void setModified(bool modified);
    // Calls updateModified after every change of the model's data or rows.
    void watchForEdits(QAbstractItemModel* model, const std::function<void()>& updateModified);

private:
    bool m_saving = false;
    bool m_modified = false;
};

} // namespace linkdesk
