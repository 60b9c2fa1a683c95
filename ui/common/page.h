#pragma once

#include <QWidget>

class QLabel;

namespace linkdesk {

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
};

} // namespace linkdesk
