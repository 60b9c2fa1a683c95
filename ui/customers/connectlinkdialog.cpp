#include "connectlinkdialog.h"

#include "customertablemodel.h"
#include "domain/matchtrace.h"
#include "domain/stagedorder.h"
#include "erp/erpclient.h"
#include "store/customerrepository.h"
#include "store/database.h"
#include "store/linkrepository.h"
#include "store/orderrepository.h"
#include "store/settingsstore.h"
#include "ui/common/databaseworker.h"
#include "ui/common/erpcall.h"
#include "ui/common/shopnames.h"
#include "ui_connectlinkdialog.h"

#include <QCoreApplication>
#include <QHeaderView>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>

namespace linkdesk {

namespace {

QString orDash(const QString& text) {
    return text.isEmpty() ? QStringLiteral("—") : text;
}

QString when(const QDateTime& at) {
    return QLocale().toString(at.toLocalTime(), QLocale::ShortFormat);
}

} // namespace

struct ConnectLinkDialog::Loaded {
    ShopCustomer customer;
    Link link;
    std::optional<StagedOrder> order;
    ShopSettings settings; // the shop's: the search normalises and filters as the matcher does
};

ConnectLinkDialog::ConnectLinkDialog(Database& db, ErpClient* erp, qint64 customerId, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ConnectLinkDialog>())
    , m_worker(new DatabaseWorker(db, this))
    , m_search(new ErpCustomerSearch(this))
    , m_erp(erp)
    , m_customerId(customerId) {
    m_ui->setupUi(this);
    m_search->setErpClient(erp);
    connect(m_search, &ErpCustomerSearch::started, m_ui->searchStatusLabel, &QLabel::setText);
    connect(m_search, &ErpCustomerSearch::finished, this, &ConnectLinkDialog::showCandidates);
    m_ui->candidateList->header()->setStretchLastSection(true);
    m_ui->candidateList->setColumnWidth(0, 75);
    m_ui->candidateList->setColumnWidth(1, 140);
    m_ui->candidateList->setColumnWidth(2, 160);
    m_ui->customerLabel->setText(tr("Reading…"));

    // Enter in the search or number box searches or links; it must not also close the dialog.
    m_ui->buttonBox->button(QDialogButtonBox::Close)->setAutoDefault(false);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->searchButton, &QPushButton::clicked, this, &ConnectLinkDialog::search);
    connect(m_ui->searchEdit, &QLineEdit::returnPressed, this, &ConnectLinkDialog::search);
    connect(m_ui->moreCandidatesButton, &QPushButton::clicked, this, [this] {
        m_ui->moreCandidatesButton->setEnabled(false);
        m_search->more();
    });
    m_ui->moreCandidatesButton->hide();
    connect(m_ui->candidateList, &QTreeWidget::currentItemChanged, this, &ConnectLinkDialog::pickCandidate);
    // A double-click picks a candidate as a click does; only Link links.
    connect(m_ui->candidateList, &QTreeWidget::itemDoubleClicked, this, &ConnectLinkDialog::pickCandidate);
    connect(m_ui->erpNumberEdit, &QLineEdit::returnPressed, this, &ConnectLinkDialog::linkToNumber);
    connect(m_ui->linkButton, &QPushButton::clicked, this, &ConnectLinkDialog::linkToNumber);
    connect(m_ui->clearButton, &QPushButton::clicked, this, &ConnectLinkDialog::clearLink);
    connect(m_ui->undoButton, &QPushButton::clicked, this, &ConnectLinkDialog::undo);

    if (!m_erp) {
        m_ui->searchEdit->setEnabled(false);
        m_ui->searchButton->setEnabled(false);
        m_ui->searchStatusLabel->setText(tr("No ERP connection configured: you can still link to a typed "
                                            "customer number."));
    }
    updateButtons();
    reload();
}

ConnectLinkDialog::~ConnectLinkDialog() = default;

void ConnectLinkDialog::reload() {
    m_loaded = false;
    updateButtons();
    const qint64 id = m_customerId;
    m_worker->run<std::shared_ptr<Loaded>>(
        this,
        [id](Database& db) -> Result<std::shared_ptr<Loaded>> {
            auto customer = CustomerRepository(db).get(id);
            if (!customer)
                return customer.error();
            if (!*customer)
                return fail(tr("This shop customer no longer exists."));
            auto loaded = std::make_shared<Loaded>();
            loaded->customer = **customer;
            auto link = LinkRepository(db).get(id);
            if (!link)
                return link.error();
            loaded->link = *link;
            auto order = OrderRepository(db).latestFor(loaded->customer);
            if (!order)
                return order.error();
            loaded->order = *order;
            auto settings = SettingsStore(db).forShop(loaded->customer.shopCode);
            if (!settings)
                return settings.error();
            loaded->settings = *settings;
            return loaded;
        },
        [this](Result<std::shared_ptr<Loaded>> result) { showLoaded(std::move(result)); });
}

void ConnectLinkDialog::showLoaded(Result<std::shared_ptr<Loaded>> result) {
    if (!result) {
        m_ui->customerLabel->setText(QString());
        showMessage(tr("The customer could not be read: %1").arg(result.message()), true);
        return;
    }
    const Loaded& read = **result;
    m_customer = read.customer;
    m_link = read.link;
    m_settings = read.settings;
    m_search->setCustomer(m_customer, m_settings);
    m_loaded = true;

    QStringList lines;
    lines << (m_customer.displayName().isEmpty()
                  ? m_customer.email
                  : tr("%1 <%2>").arg(m_customer.displayName(), m_customer.email));
    if (!m_customer.company.isEmpty())
        lines << m_customer.company;
    lines << tr("%1, customer %2")
                 .arg(ShopNames::current().of(m_customer.shopCode),
                      m_customer.isGuest() ? tr("(guest)") : m_customer.shopCustomerId);
    QStringList extra;
    if (!m_customer.country.isEmpty())
        extra << tr("country %1").arg(m_customer.country);
    if (!m_customer.currency.isEmpty())
        extra << tr("currency %1").arg(m_customer.currency);
    if (!m_customer.vatNumber.isEmpty())
        extra << tr("VAT no. %1").arg(m_customer.vatNumber);
    if (!extra.isEmpty())
        lines << extra.join(QStringLiteral(", "));
    m_ui->customerLabel->setText(lines.join(QLatin1Char('\n')));
    setWindowTitle(tr("Connect Link — %1").arg(m_customer.email));

    if (read.order) {
        const StagedOrder& order = *read.order;
        m_ui->traceOrderLabel->setText(
            tr("Order %1 (%2), booked to %3")
                .arg(order.orderNumber, toString(order.status), orDash(order.erpCustomerNumber)));
        const QStringList sentences = MatchTrace::fromJson(order.matchTrace).sentences();
        m_ui->traceView->setPlainText(sentences.isEmpty() ? tr("This order has not been matched yet.")
                                                          : sentences.join(QLatin1Char('\n')));
    } else {
        m_ui->traceOrderLabel->setText(tr("No staged order for this customer yet."));
        m_ui->traceView->clear();
    }
    if (m_erp && m_ui->searchEdit->text().isEmpty())
        m_ui->searchEdit->setText(m_customer.email);

    showLink();
    fetchErpDetails();
    updateButtons();
    if (m_conflictPending) {
        m_conflictPending = false;
        showMessage(tr("Not saved: %1 changed this link at %2, after you opened it; it is now %3. Their "
                       "change is kept and shown above. Save again if yours should still replace it.")
                        .arg(m_link.setBy.isEmpty() ? tr("someone else") : m_link.setBy, when(m_link.setAt),
                             m_link.isLinked()
                                 ? tr("%1 %2").arg(m_link.erpCustomerNumber, m_link.erpCustomerName).trimmed()
                                 : tr("not linked")),
                    true);
    }
    emit loaded();
}

void ConnectLinkDialog::showLink() {
    m_ui->externalIdLabel->setText(
        m_link.isLinked() ? tr("%1 %2").arg(m_link.erpCustomerNumber, m_link.erpCustomerName).trimmed()
                          : tr("Not linked"));
    m_ui->sourceLabel->setText(m_link.isLinked() ? CustomerTableModel::sourceText(m_link.source)
                                                 : QStringLiteral("—"));
    m_ui->setByLabel->setText(m_link.rowVersion > 0
                                  ? tr("%1 at %2").arg(orDash(m_link.setBy), when(m_link.setAt))
                                  : QStringLiteral("—"));
    m_ui->staleLabel->setText(m_link.stale ? m_link.staleReason : tr("No"));
}

void ConnectLinkDialog::fetchErpDetails() {
    const int generation = ++m_detailsGeneration;
    if (!m_erp) {
        m_ui->erpDetailsLabel->setText(tr("No ERP connection configured."));
        emit erpDetailsShown();
        return;
    }
    if (!m_link.isLinked()) {
        m_ui->erpDetailsLabel->setText(tr("Not linked to an ERP customer."));
        emit erpDetailsShown();
        return;
    }
    const QString number = m_link.erpCustomerNumber;
    m_ui->erpDetailsLabel->setText(tr("Asking the ERP for customer %1…").arg(number));
    askErp<std::optional<ErpCustomer>>(
        m_erp, this,
        [number](ErpClient& erp, ErpClient::Callback<std::optional<ErpCustomer>> done) {
            erp.customer(number, std::move(done));
        },
        [this, generation, number](Result<std::optional<ErpCustomer>> result) {
            if (generation != m_detailsGeneration)
                return;
            if (!result) {
                m_ui->erpDetailsLabel->setText(
                    tr("The ERP could not be asked: %1\nCheck the ERP connection and open this again.")
                        .arg(result.message()));
            } else if (!*result) {
                m_ui->erpDetailsLabel->setText(
                    tr("The ERP has no customer %1: the link points to a customer that is gone. Link this "
                       "shop customer to another one or clear the link.")
                        .arg(number));
            } else {
                const ErpCustomer& c = **result;
                QStringList lines{
                    tr("%1 %2").arg(c.number, c.name), tr("E-mail: %1").arg(orDash(c.email)),
                    tr("Company: %1").arg(orDash(c.company)),
                    tr("Country: %1, currency: %2").arg(orDash(c.country), orDash(c.currencyCode)),
                    tr("VAT no.: %1").arg(orDash(c.vatNumber))};
                if (c.blocked)
                    lines << tr("Blocked in the ERP: %1").arg(orDash(c.blockedReason));
                m_ui->erpDetailsLabel->setText(lines.join(QLatin1Char('\n')));
            }
            emit erpDetailsShown();
        });
}

void ConnectLinkDialog::search() {
    const QString text = m_ui->searchEdit->text().trimmed();
    if (!m_erp || text.isEmpty())
        return;
    m_ui->candidateList->clear();
    m_candidates.clear();
    m_ui->moreCandidatesButton->hide();
    m_search->search(text);
}

void ConnectLinkDialog::showCandidates(const QList<ErpCustomerSearch::Candidate>& found,
                                       const QString& status) {
    for (const ErpCustomerSearch::Candidate& c : found) {
        auto* item = new QTreeWidgetItem(m_ui->candidateList,
                                         {c.customer.number, c.customer.name, c.customer.email, c.why});
        item->setToolTip(3, c.why);
        m_candidates.insert(c.customer.number, c.customer);
    }
    m_ui->searchStatusLabel->setText(status);
    m_ui->moreCandidatesButton->setVisible(m_search->hasMore());
    m_ui->moreCandidatesButton->setEnabled(true);
    emit searchFinished();
}

void ConnectLinkDialog::pickCandidate() {
    if (QTreeWidgetItem* item = m_ui->candidateList->currentItem())
        m_ui->erpNumberEdit->setText(item->text(0));
}

void ConnectLinkDialog::linkToNumber() {
    if (!m_loaded || m_writing)
        return;
    const QString number = m_ui->erpNumberEdit->text().trimmed();
    if (number.isEmpty()) {
        showMessage(tr("Type an ERP customer number or pick a candidate first."), true);
        return;
    }
    const QString reason = requiredReason();
    if (reason.isEmpty())
        return;
    if (m_candidates.contains(number) || !m_erp) {
        // A candidate the ERP just listed, or no ERP to ask: link as it is.
        ErpCustomer c = m_candidates.value(number);
        c.number = number;
        if (c.name.isEmpty() && number == m_link.erpCustomerNumber)
            c.name = m_link.erpCustomerName;
        confirmAndLink(c, reason);
        return;
    }
    // A typed number: make sure the ERP has it (and take its name) before linking.
    setWriting(true);
    showMessage(tr("Checking ERP customer %1…").arg(number), false);
    askErp<std::optional<ErpCustomer>>(
        m_erp, this,
        [number](ErpClient& erp, ErpClient::Callback<std::optional<ErpCustomer>> done) {
            erp.customer(number, std::move(done));
        },
        [this, number, reason](Result<std::optional<ErpCustomer>> result) {
            setWriting(false);
            if (!result) {
                showMessage(tr("The link was not changed: the ERP could not be asked whether customer %1 "
                               "exists (%2). Try again when the ERP answers.")
                                .arg(number, result.message()),
                            true);
            } else if (!*result) {
                showMessage(tr("The link was not changed: the ERP has no customer %1. Check the number, or "
                               "search by e-mail.")
                                .arg(number),
                            true);
            } else {
                confirmAndLink(**result, reason);
            }
        });
}

void ConnectLinkDialog::confirmAndLink(const ErpCustomer& c, const QString& reason) {
    setWriting(true);
    const qint64 self = m_customerId;
    m_worker->run<QList<ShopCustomer>>(
        this, [number = c.number](Database& db) { return LinkRepository(db).customersLinkedTo(number); },
        [this, c, reason, self](Result<QList<ShopCustomer>> linked) {
            setWriting(false);
            if (!linked) {
                showMessage(tr("The link was not changed: %1").arg(linked.message()), true);
                return;
            }
            QStringList concerns;
            const QString shopEmail = m_customer.email.trimmed();
            if (!c.email.trimmed().isEmpty() && !shopEmail.isEmpty() &&
                c.email.trimmed().compare(shopEmail, Qt::CaseInsensitive) != 0)
                concerns << tr("ERP customer %1 has the e-mail %2; this shop customer has %3.")
                                .arg(c.number, c.email.trimmed(), shopEmail);
            QStringList others;
            for (const ShopCustomer& other : *linked)
                if (other.id != self)
                    others << QStringLiteral("%1 (%2)").arg(other.describe(),
                                                            ShopNames::current().of(other.shopCode));
            if (!others.isEmpty())
                concerns << tr("ERP customer %1 is linked already to: %2.")
                                .arg(c.number, others.join(QStringLiteral("; ")));
            if (concerns.isEmpty()) {
                write(c.number, c.name, LinkSource::Manual, reason, false);
                return;
            }
            auto* box = new QMessageBox(QMessageBox::Question, tr("Link to %1?").arg(c.number),
                                        concerns.join(QLatin1Char('\n')) + QStringLiteral("\n\n") +
                                            tr("Link this shop customer to %1 anyway?").arg(c.number),
                                        QMessageBox::Yes | QMessageBox::No, this);
            box->setObjectName(QStringLiteral("confirmLinkBox"));
            box->setDefaultButton(QMessageBox::No);
            box->setAttribute(Qt::WA_DeleteOnClose);
            connect(box, &QMessageBox::finished, this, [this, box, c, reason](int) {
                if (box->clickedButton() == box->button(QMessageBox::Yes))
                    write(c.number, c.name, LinkSource::Manual, reason, false);
                else
                    showMessage(tr("Not linked."), false);
            });
            box->open();
        });
}

QString ConnectLinkDialog::requiredReason() {
    const QString reason = m_ui->reasonEdit->text().trimmed();
    if (reason.isEmpty()) {
        showMessage(tr("Give a reason for the change first: it is kept with the link in the audit log."),
                    true);
        m_ui->reasonEdit->setFocus();
    }
    return reason;
}

void ConnectLinkDialog::clearLink() {
    if (!m_loaded || m_writing || !m_link.isLinked())
        return;
    const QString reason = requiredReason();
    if (reason.isEmpty())
        return;
    write(QString(), QString(), m_link.source, reason, false);
}

void ConnectLinkDialog::undo() {
    if (!m_loaded || m_writing || !m_undo)
        return;
    const Link before = m_undo->before;
    QString reason = m_ui->reasonEdit->text().trimmed();
    if (reason.isEmpty())
        reason = tr("undo of the last change");
    write(before.erpCustomerNumber, before.erpCustomerName, before.source, reason, true);
}

void ConnectLinkDialog::write(const QString& erpNumber, const QString& erpName, LinkSource source,
                              const QString& reason, bool isUndo) {
    const Link before = m_link;
    const int version = m_link.rowVersion;
    setWriting(true);
    showMessage(tr("Saving…"), false);
    ShopCustomer customer = m_customer;
    customer.id = m_customerId;
    m_worker->run<LinkRepository::Change>(
        this,
        [=](Database& db) {
            // Orders that wait for review or failed against the old link are matched again.
            return LinkRepository(db).change(
                customer, erpNumber, erpName, source, version, reason,
                QStringLiteral("its customer's link changed in Connect Link (%1)").arg(reason));
        },
        [this, before, isUndo](Result<LinkRepository::Change> result) {
            setWriting(false);
            if (!result) {
                if (result.error().is(ErrorKind::Conflict)) {
                    // Said once the newer link is read back, naming who changed it, when, and to what.
                    m_conflictPending = true;
                    showMessage(tr("Not saved: someone else changed this link meanwhile. Reading it again…"),
                                true);
                    m_undo.reset(); // undoing over someone else's change would lose it
                    reload();
                } else {
                    showMessage(tr("The link could not be saved: %1").arg(result.message()), true);
                }
                return;
            }
            m_link = result->link;
            const int requeued = int(result->requeued.size());
            if (isUndo)
                m_undo.reset();
            else
                m_undo = UndoStep{before};
            m_ui->reasonEdit->clear();
            QString message = isUndo ? tr("Undone: the link is %1 again.").arg(describeLink(m_link))
                                     : tr("Saved: the link is now %1.").arg(describeLink(m_link));
            if (requeued > 0)
                message += QLatin1Char(' ') +
                           tr("Orders of this customer that waited for review or failed are matched again by "
                              "the next import: %1.")
                               .arg(requeued);
            showMessage(message, false);
            showLink();
            fetchErpDetails();
            updateButtons();
            emit linkChanged(m_customerId);
        });
}

void ConnectLinkDialog::setWriting(bool writing) {
    m_writing = writing;
    updateButtons();
}

void ConnectLinkDialog::showMessage(const QString& text, bool problem) {
    m_ui->messageLabel->setStyleSheet(problem ? QStringLiteral("color: #b3261e; font-weight: bold;")
                                              : QString());
    m_ui->messageLabel->setText(text);
}

void ConnectLinkDialog::updateButtons() {
    const bool ready = m_loaded && !m_writing;
    m_ui->linkButton->setEnabled(ready);
    m_ui->clearButton->setEnabled(ready && m_link.isLinked());
    m_ui->undoButton->setEnabled(ready && m_undo.has_value());
}

} // namespace linkdesk
