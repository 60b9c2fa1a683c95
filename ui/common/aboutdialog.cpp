#include "aboutdialog.h"

#include "util/logfile.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QVBoxLayout>

namespace linkdesk {

AboutDialog::AboutDialog(QWidget* parent)
    : QDialog(parent) {
    setWindowTitle(tr("About Linkdesk"));
    auto* layout = new QVBoxLayout(this);
    auto* icon = new QLabel(this);
    icon->setPixmap(QApplication::windowIcon().pixmap(64, 64));
    layout->addWidget(icon, 0, Qt::AlignHCenter);

    const QString text =
        tr("<h3>Linkdesk %1</h3>"
           "<p>Imports webshop orders, links each order's customer to the right ERP customer, matches "
           "its items and submits the sales order exactly once.</p>"
           "<p>Built with Qt %2 (running on Qt %3), used under the GNU Lesser General Public License "
           "version 3; and QtKeychain %4, used under the BSD 2-clause licence. Help → About Qt has "
           "Qt's own notice.</p>"
           "<p>Log files: %5</p>")
            .arg(QApplication::applicationVersion(), QStringLiteral(QT_VERSION_STR),
                 QString::fromLatin1(qVersion()), QStringLiteral(LINKDESK_QTKEYCHAIN_VERSION),
                 QDir::toNativeSeparators(QFileInfo(LogFile::defaultPath()).absolutePath()).toHtmlEscaped());
    auto* label = new QLabel(text, this);
    label->setObjectName(QStringLiteral("aboutText"));
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(label);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    setMaximumWidth(560);
    resize(480, sizeHint().height());
}

AboutDialog::~AboutDialog() = default;

} // namespace linkdesk
