#include "tracedialog.h"

#include "domain/matchtrace.h"
#include "domain/stagedorder.h"
#include "ordertablemodel.h"
#include "ui/common/errordetails.h"
#include "ui/common/shopnames.h"
#include "ui_tracedialog.h"

#include <QPushButton>

namespace linkdesk {

TraceDialog::TraceDialog(const StagedOrder& order, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::TraceDialog>()) {
    m_ui->setupUi(this);
    setWindowTitle(
        tr("Match trace of order %1 (%2)").arg(order.orderNumber, ShopNames::current().of(order.shopCode)));
    QString header = tr("Order %1 (%2): %3")
                         .arg(order.orderNumber, ShopNames::current().of(order.shopCode),
                              OrderTableModel::statusLabel(order.status));
    if (!order.reason.isEmpty())
        header += QLatin1Char('\n') + order.reason;
    m_ui->headerLabel->setText(header);
    // The plain sentence stays in the header; the request and the answer behind it on demand.
    auto* details = new ErrorDetailsButton(this);
    details->setError(order.lastError, order.lastErrorDetail);
    m_ui->dialogLayout->insertWidget(m_ui->dialogLayout->indexOf(m_ui->headerLabel) + 1, details, 0,
                                     Qt::AlignLeft);
    setMaximumWidth(900); // a long reason wraps instead of widening the dialog
    const QStringList sentences = MatchTrace::fromJson(order.matchTrace).sentences();
    if (sentences.isEmpty())
        m_ui->traceList->addItem(tr("This order has not been matched yet."));
    for (const QString& sentence : sentences)
        m_ui->traceList->addItem(sentence);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

TraceDialog::~TraceDialog() = default;

} // namespace linkdesk
