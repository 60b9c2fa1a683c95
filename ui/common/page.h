#pragma once

#include <QPointer>
#include <QWidget>

#include <functional>

class QLabel;
class QLineEdit;

namespace linkdesk {

class ErpClient;

// What the window knows of each of its pages (and the settings page of each of its tabs): a
// title, reload() for Refresh (F5), whether it is busy reading or writing, and messages for the
// status bar. The window calls these typed; a page reads and writes through a DatabaseWorker, never
// on the GUI thread, and says it is busy until the answer is in.
class Page : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Page)
public:
    // title: English, marked with QT_TRANSLATE_NOOP("linkdesk::Page", ...); title() translates it.
    explicit Page(const char* title, QWidget* parent = nullptr);
    ~Page() override;

    // The title in the user's language.
    QString title() const;
    // The title in English (the window's --page option takes it too).
    QString sourceTitle() const;

    // Reads what the page shows again, with what other users changed meanwhile. Returns at once;
    // the page is busy until the answer is shown.
    virtual void reload() = 0;

    bool isBusy() const { return m_busy; }

    // Asked by the window before it shows another page or closes: true when the page may be left
    // now. A page with changes not saved returns false and asks the user without blocking (Save,
    // Discard, Cancel); once its changes are saved or dropped it calls leave, and the window goes
    // on. Cancel, or a save that fails, calls nothing: the page stays. The default returns true.
    virtual bool confirmLeave(std::function<void()> leave);

    // The page's filter, where Edit → Find (Ctrl+F) puts the cursor; null when it has none.
    virtual QLineEdit* filterEdit() const { return nullptr; }

    // The ERP connection the page and its dialogs search and check with (Connect Link, the item
    // picker): it lives on its own thread, reached only through askErp (ui/common/erpcall.h). The
    // window builds it in the background and hands it to every page; null until then, or when
    // there is none. A page that enables actions by it overrides this and calls it.
    virtual void setErpClient(ErpClient* erp);
    ErpClient* erpClient() const;

signals:
    void busyChanged(bool busy);
    // A short message for the window's status bar: what was done.
    void statusMessage(const QString& message);

protected:
    void setBusy(bool busy);
    // Shows what came of an action under it: an error in red; anything else also in the status bar.
    void showMessage(QLabel* label, const QString& message, bool error);

private:
    const char* m_title;
    bool m_busy = false;
    QPointer<ErpClient> m_erp;
};

} // namespace linkdesk
