#include "erpitempicker.h"

#include "erp/erpclient.h"
#include "ui/common/erpcall.h"
#include "ui_erpitempicker.h"

#include <QHeaderView>
#include <QKeyEvent>

#include <optional>

namespace linkdesk {

ErpItemPicker::ErpItemPicker(QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::ErpItemPicker>()) {
    m_ui->setupUi(this);
    m_ui->itemList->header()->setStretchLastSection(true);
    m_ui->itemList->setColumnWidth(0, 130);
    m_ui->itemList->setColumnWidth(1, 260);
    // Enter in the search box searches; it must not also press the dialog's default button.
    m_ui->itemSearchEdit->installEventFilter(this);
    m_ui->itemSearchButton->setAutoDefault(false);
    m_ui->moreItemsButton->setAutoDefault(false);
    connect(m_ui->itemSearchButton, &QPushButton::clicked, this,
            [this] { search(m_ui->itemSearchEdit->text()); });
    connect(m_ui->moreItemsButton, &QPushButton::clicked, this, [this] { fetchPage(true); });
    connect(m_ui->itemList, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem* item) {
        if (item)
            emit itemChosen(item->text(0));
    });
    updateState();
}

ErpItemPicker::~ErpItemPicker() = default;

void ErpItemPicker::setErpClient(ErpClient* erp) {
    m_erp = erp;
    updateState();
}

bool ErpItemPicker::hasErp() const {
    return !m_erp.isNull();
}

void ErpItemPicker::setPageSize(int size) {
    m_pageSize = qMax(1, size);
}

bool ErpItemPicker::eventFilter(QObject* watched, QEvent* event) {
    if (watched == m_ui->itemSearchEdit && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent*>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            search(m_ui->itemSearchEdit->text());
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void ErpItemPicker::search(const QString& text) {
    if (m_ui->itemSearchEdit->text() != text)
        m_ui->itemSearchEdit->setText(text);
    m_text = text.trimmed();
    if (m_text.isEmpty()) {
        m_ui->itemSearchStatusLabel->setText(tr("Type part of an ERP item number or name to search for."));
        return;
    }
    fetchPage(false);
}

void ErpItemPicker::fetchPage(bool more) {
    if (!m_erp || m_text.isEmpty() || (more && m_next.isEmpty()))
        return;
    const int generation = ++m_generation; // a newer search drops the answer of an older one
    if (!more)
        m_ui->itemList->clear();
    const ErpSearch request{m_text, m_pageSize, more ? m_next : QString()};
    m_next.clear();
    m_searching = true;
    m_ui->itemSearchStatusLabel->setText(tr("Searching the ERP for “%1”…").arg(m_text));
    updateState();
    askErp<ErpSearchPage<ErpItem>>(
        m_erp, this,
        [request](ErpClient& erp, ErpClient::Callback<ErpSearchPage<ErpItem>> done) {
            erp.searchItems(request, std::move(done));
        },
        [this, generation](Result<ErpSearchPage<ErpItem>> page) {
            if (generation != m_generation)
                return;
            m_searching = false;
            if (!page) {
                m_ui->itemSearchStatusLabel->setText(tr("The ERP search failed: %1").arg(page.message()));
            } else {
                for (const ErpItem& item : page->rows) {
                    auto* row = new QTreeWidgetItem(
                        m_ui->itemList,
                        {item.number, item.name, item.blocked ? tr("blocked in the ERP") : QString()});
                    row->setToolTip(1, item.name);
                }
                m_next = page->next;
                const int shown = m_ui->itemList->topLevelItemCount();
                m_ui->itemSearchStatusLabel->setText(
                    shown == 0 ? tr("The ERP has no item whose number or name matches “%1”.").arg(m_text)
                    : page->hasMore()
                        ? tr("%n item(s) shown; there are more: More results lists them.", nullptr, shown)
                        : tr("%n item(s) found.", nullptr, shown));
            }
            updateState();
            emit searchFinished();
        });
}

void ErpItemPicker::checkItems(const QStringList& numbers, std::function<void(Result<QStringList>)> done) {
    struct Check {
        QStringList numbers;
        QList<bool> unknown;
        qsizetype left = 0;
        std::optional<Error> error;
    };
    auto check = std::make_shared<Check>();
    check->numbers = numbers;
    check->unknown = QList<bool>(numbers.size(), false);
    check->left = numbers.size();
    if (!m_erp || numbers.isEmpty()) {
        QMetaObject::invokeMethod(
            this,
            [done, none = numbers.isEmpty()] {
                done(none ? Result<QStringList>(QStringList())
                          : Result<QStringList>(fail(tr("No ERP connection is configured."))));
            },
            Qt::QueuedConnection);
        return;
    }
    for (qsizetype i = 0; i < numbers.size(); ++i) {
        const QString number = numbers.at(i);
        askErp<bool>(
            m_erp, this,
            [number](ErpClient& erp, ErpClient::Callback<bool> answer) {
                erp.itemExists(number, std::move(answer));
            },
            [check, i, done](Result<bool> exists) {
                if (!exists && !check->error)
                    check->error = exists.error();
                else if (exists && !*exists)
                    check->unknown[i] = true;
                if (--check->left > 0)
                    return;
                if (check->error) {
                    done(*check->error);
                    return;
                }
                QStringList unknown;
                for (qsizetype n = 0; n < check->numbers.size(); ++n)
                    if (check->unknown.at(n))
                        unknown << check->numbers.at(n);
                done(unknown);
            });
    }
}

void ErpItemPicker::updateState() {
    const bool connected = !m_erp.isNull();
    m_ui->itemSearchEdit->setEnabled(connected);
    m_ui->itemSearchButton->setEnabled(connected);
    m_ui->moreItemsButton->setVisible(!m_next.isEmpty());
    m_ui->moreItemsButton->setEnabled(!m_searching);
    if (!connected)
        m_ui->itemSearchStatusLabel->setText(tr("No ERP connection: the ERP cannot be searched."));
}

} // namespace linkdesk
