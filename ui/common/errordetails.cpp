#include "errordetails.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QLabel>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace linkdesk {

namespace {
// Wide enough for a request line, never as wide as the longest answer: the text wraps.
constexpr int kMaxDialogWidth = 760;
} // namespace

ErrorDetailsButton::ErrorDetailsButton(QWidget* parent)
    : QPushButton(tr("Details…"), parent) {
    setObjectName(QStringLiteral("errorDetailsButton"));
    setToolTip(tr("The request and the answer behind this error, for whoever looks into it"));
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    hide();
    connect(this, &QPushButton::clicked, this, [this] { showDetails(window(), m_message, m_detail); });
}

ErrorDetailsButton::~ErrorDetailsButton() = default;

void ErrorDetailsButton::setError(const QString& message, const QString& detail) {
    m_message = message;
    m_detail = detail;
    setVisible(!detail.isEmpty());
}

QWidget* ErrorDetailsButton::showDetails(QWidget* parent, const QString& message, const QString& detail) {
    auto* dialog = new QDialog(parent);
    dialog->setObjectName(QStringLiteral("errorDetailsDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Error details"));
    dialog->setMaximumWidth(kMaxDialogWidth);
    auto* layout = new QVBoxLayout(dialog);
    auto* label = new QLabel(message, dialog);
    label->setObjectName(QStringLiteral("errorMessageLabel"));
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(label);
    auto* text = new QPlainTextEdit(detail, dialog);
    text->setObjectName(QStringLiteral("errorDetailText"));
    text->setReadOnly(true);
    text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    mono.setStyleHint(QFont::Monospace); // where the platform names no fixed font
    mono.setFixedPitch(true);
    text->setFont(mono);
    text->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    text->setWordWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout->addWidget(text, 1);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    layout->addWidget(buttons);
    dialog->resize(kMaxDialogWidth, 360);
    dialog->open();
    return dialog;
}

} // namespace linkdesk
