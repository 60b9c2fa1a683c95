#include "page.h"

#include "erp/erpclient.h"

#include <QCoreApplication>
#include <QLabel>

namespace linkdesk {

Page::Page(const char* title, QWidget* parent)
    : QWidget(parent)
    , m_title(title) {}

Page::~Page() = default;

QString Page::title() const {
    return QCoreApplication::translate("linkdesk::Page", m_title);
}

QString Page::sourceTitle() const {
    return QString::fromUtf8(m_title);
}

bool Page::confirmLeave(std::function<void()> /*leave*/) {
    return true;
}

void Page::setErpClient(ErpClient* erp) {
    m_erp = erp;
}

ErpClient* Page::erpClient() const {
    return m_erp;
}

void Page::setBusy(bool busy) {
    if (m_busy == busy)
        return;
    m_busy = busy;
    emit busyChanged(busy);
}

void Page::showMessage(QLabel* label, const QString& message, bool error) {
    label->setText(message);
    label->setStyleSheet(error ? QStringLiteral("color: #b00020;") : QString());
    if (!error)
        emit statusMessage(message);
}

} // namespace linkdesk
