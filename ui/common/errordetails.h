#pragma once

#include <QPushButton>
#include <QString>

namespace linkdesk {

// "Details…" beside an error's plain sentence: the technical text behind it (Error::detail, the
// request and the answer) in a dialog with a read-only, monospace, selectable text box. Hidden
// while there is no detail. One for every place an error is shown.
class ErrorDetailsButton final : public QPushButton {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ErrorDetailsButton)
public:
    explicit ErrorDetailsButton(QWidget* parent = nullptr);
    ~ErrorDetailsButton() override;

    // The error to show; an empty detail hides the button.
    void setError(const QString& message, const QString& detail);
    QString detail() const { return m_detail; }

    // Opens (non-modal, deleted on close) the dialog "errorDetailsDialog": the sentence in
    // "errorMessageLabel", the detail in "errorDetailText".
    static QWidget* showDetails(QWidget* parent, const QString& message, const QString& detail);

private:
    QString m_message;
    QString m_detail;
};

} // namespace linkdesk
