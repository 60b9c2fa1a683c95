#include "choosecustomerdialog.h"

#include "erp/erpclient.h"
#include "store/customerrepository.h"
#include "store/database.h"
#include "store/linkrepository.h"
#include "store/settingsstore.h"
#include "ui/common/databaseworker.h"
#include "ui/common/erpcall.h"
#include "ui/common/shopnames.h"
#include "ui_choosecustomerdialog.h"

#include <QHeaderView>
#include <QLocale>
#include <QPushButton>

namespace linkdesk {

namespace {
// The candidate table's columns.
enum CandidateColumn {
    NumberColumn,
    NameColumn,
    EmailColumn,
    AddressColumn,
    CityColumn,
    CountryColumn,
    CurrencyColumn,
    BlockedColumn,
    CandidateColumns
};

QString dashIfEmpty(const QString& text) {
    return text.isEmpty() ? QStringLiteral("—") : text;
}
} // namespace

ChooseCustomerDialog::ChooseCustomerDialog(DatabaseWorker& db, ErpClient* erp, const StagedOrder& order,
                                           bool canSubmit, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ChooseCustomerDialog>())
    , m_db(db)
    , m_erp(erp)
    , m_search(new ErpCustomerSearch(this))
    , m_order(order) {
    m_ui->setupUi(this);
    setWindowTitle(tr("Choose the ERP customer — order %1").arg(order.externalDocumentNumber()));
    const ShopCustomer& buyer = order.customer;
    QStringList who;
    if (!buyer.displayName().isEmpty())
        who << buyer.displayName();
    if (!buyer.company.isEmpty())
        who << buyer.company;
    who << tr("%1, customer %2")
               .arg(ShopNames::current().of(order.shopCode),
                    buyer.isGuest() ? tr("(guest)") : buyer.shopCustomerId);
    m_ui->orderLabel->setText(
        tr("Order %1 of %2 (%3)")
            .arg(order.externalDocumentNumber(), buyer.email, who.join(QStringLiteral(", "))));
    m_ui->waitReasonLabel->setText(tr("Waiting because: %1").arg(dashIfEmpty(order.reason)));

    QTableWidget* table = m_ui->candidateTable;
    table->setColumnCount(CandidateColumns);
    table->setHorizontalHeaderLabels({tr("Number"), tr("Name"), tr("E-mail"), tr("Address"), tr("City"),
                                      tr("Country"), tr("Currency"), tr("Blocked")});
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    const std::pair<int, int> widths[] = {{NumberColumn, 80},   {NameColumn, 170}, {EmailColumn, 190},
                                          {AddressColumn, 150}, {CityColumn, 100}, {CountryColumn, 60},
                                          {CurrencyColumn, 65}};
    for (const auto& [column, width] : widths)
        table->setColumnWidth(column, width);

    m_ui->submitNowCheck->setVisible(canSubmit);
    m_ui->submitNowCheck->setChecked(canSubmit);
    m_ui->blockedLabel->setStyleSheet(QStringLiteral("color: #b3261e;"));
    // Enter in the search box searches; it must not also close the dialog.
    m_ui->buttonBox->button(QDialogButtonBox::Cancel)->setAutoDefault(false);
    m_ui->linkButton->setAutoDefault(false);
    m_ui->buttonBox->addButton(m_ui->linkButton, QDialogButtonBox::AcceptRole); // beside Cancel
    m_ui->searchButton->setAutoDefault(false);
    m_ui->recheckButton->setAutoDefault(false);

    m_search->setErpClient(erp);
    connect(m_search, &ErpCustomerSearch::started, m_ui->searchStatusLabel, &QLabel::setText);
    connect(m_search, &ErpCustomerSearch::finished, this, &ChooseCustomerDialog::showCandidates);
    connect(m_ui->searchButton, &QPushButton::clicked, this, &ChooseCustomerDialog::search);
    connect(m_ui->searchEdit, &QLineEdit::returnPressed, this, &ChooseCustomerDialog::search);
    // A click, a double-click or the arrow keys pick a candidate; only the Link button links.
    connect(table, &QTableWidget::itemSelectionChanged, this, &ChooseCustomerDialog::updateState);
    connect(table, &QTableWidget::cellDoubleClicked, this, [table](int row) { table->selectRow(row); });
    connect(m_ui->recheckButton, &QPushButton::clicked, this, &ChooseCustomerDialog::recheck);
    connect(m_ui->linkButton, &QPushButton::clicked, this, &ChooseCustomerDialog::link);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateState();

    m_ui->searchStatusLabel->setText(tr("Reading the order's customer…"));
    const QString shop = order.shopCode;
    ShopCustomer fromOrder = order.customer;
    if (fromOrder.currency.isEmpty())
        fromOrder.currency = order.currency; // as the matcher searches
    m_db.run<Loaded>(
        this,
        [shop, fromOrder](Database& database) -> Result<Loaded> {
            Loaded loaded;
            auto customer = CustomerRepository(database).find(shop, fromOrder.effectiveKey());
            if (!customer)
                return customer.error();
            loaded.customer = *customer ? **customer : fromOrder;
            if (loaded.customer.currency.isEmpty())
                loaded.customer.currency = fromOrder.currency;
            if (loaded.customer.id > 0) {
                auto link = LinkRepository(database).get(loaded.customer.id);
                if (!link)
                    return link.error();
                loaded.link = *link;
            }
            auto settings = SettingsStore(database).forShop(shop);
            if (!settings)
                return settings.error();
            loaded.settings = *settings;
            return loaded;
        },
        [this](Result<Loaded> read) { showLoaded(std::move(read)); });
}

ChooseCustomerDialog::~ChooseCustomerDialog() = default;

void ChooseCustomerDialog::showLoaded(Result<Loaded> read) {
    if (!read) {
        m_ui->searchStatusLabel->clear();
        showMessage(tr("The order's customer could not be read: %1").arg(read.message()), true);
        return;
    }
    m_customer = read->customer;
    m_link = read->link;
    m_search->setCustomer(m_customer, read->settings);
    m_loaded = true;
    if (m_link.isLinked())
        showMessage(tr("This customer is linked to %1 now; linking replaces that.").arg(describeLink(m_link)),
                    false);
    // The matcher's own search first: the cards it could not choose between.
    m_ui->searchEdit->setText(m_customer.email);
    updateState();
    search();
    emit loaded();
}

void ChooseCustomerDialog::search() {
    if (!m_erp) {
        m_ui->searchStatusLabel->setText(tr("No ERP connection: the candidates cannot be read."));
        emit searchFinished();
        return;
    }
    const QString text = m_ui->searchEdit->text().trimmed();
    if (text.isEmpty())
        return;
    m_search->search(text);
}

void ChooseCustomerDialog::showCandidates(const QList<ErpCustomerSearch::Candidate>& found,
                                          const QString& status) {
    m_ui->searchStatusLabel->setText(status);
    m_candidates.clear();
    m_ui->candidateTable->setRowCount(0);
    for (const ErpCustomerSearch::Candidate& c : found) {
        const int row = int(m_candidates.size());
        m_candidates.append(c.customer);
        m_ui->candidateTable->insertRow(row);
        setRow(row, c.customer);
        m_ui->candidateTable->item(row, NumberColumn)->setToolTip(c.why);
    }
    m_ui->candidateTable->clearSelection();
    m_ui->candidateTable->setCurrentCell(-1, -1);
    updateState();
    emit searchFinished();
}

void ChooseCustomerDialog::setRow(int row, const ErpCustomer& c) {
    const QStringList cells{
        c.number,       c.name,
        c.email,        c.address,
        c.city,         c.country,
        c.currencyCode, c.blocked ? tr("blocked: %1").arg(dashIfEmpty(c.blockedReason)) : tr("no")};
    for (int column = 0; column < CandidateColumns; ++column) {
        auto* item = new QTableWidgetItem(cells.at(column));
        item->setToolTip(cells.at(column));
        if (c.blocked)
            item->setForeground(QColor(0xb3, 0x26, 0x1e));
        m_ui->candidateTable->setItem(row, column, item);
    }
}

std::optional<ErpCustomer> ChooseCustomerDialog::chosen() const {
    const int row = m_ui->candidateTable->currentRow();
    if (row < 0 || row >= m_candidates.size() || !m_ui->candidateTable->item(row, NumberColumn)->isSelected())
        return std::nullopt;
    return m_candidates.at(row);
}

void ChooseCustomerDialog::updateState() {
    const auto c = chosen();
    m_ui->chosenLabel->setText(c ? tr("Chosen: %1 %2").arg(c->number, c->name)
                                 : tr("Pick one of the customers above."));
    const bool blocked = c && c->blocked;
    m_ui->blockedLabel->setVisible(blocked);
    m_ui->recheckButton->setVisible(blocked);
    if (blocked)
        m_ui->blockedLabel->setText(tr("%1 is blocked in the ERP (%2): orders cannot be booked to it. Choose "
                                       "another card, or have it unblocked in the ERP and ask again.")
                                        .arg(c->number, dashIfEmpty(c->blockedReason)));
    m_ui->recheckButton->setEnabled(!m_busy);
    m_ui->searchButton->setEnabled(m_loaded && !m_busy && m_erp);
    m_ui->linkButton->setEnabled(m_loaded && !m_busy && c && !c->blocked);
}

void ChooseCustomerDialog::recheck() {
    const auto c = chosen();
    if (!c || !m_erp || m_busy)
        return;
    const int row = m_ui->candidateTable->currentRow();
    const QString number = c->number;
    m_busy = true;
    updateState();
    showMessage(tr("Asking the ERP about customer %1…").arg(number), false);
    askErp<std::optional<ErpCustomer>>(
        m_erp, this,
        [number](ErpClient& erp, ErpClient::Callback<std::optional<ErpCustomer>> done) {
            erp.customer(number, std::move(done));
        },
        [this, row, number](Result<std::optional<ErpCustomer>> answer) {
            m_busy = false;
            if (!answer) {
                showMessage(tr("The ERP could not be asked: %1").arg(answer.message()), true);
            } else if (!*answer) {
                showMessage(tr("The ERP has no customer %1 any more: choose another card.").arg(number),
                            true);
            } else if (row < m_candidates.size() && m_candidates.at(row).number == number) {
                m_candidates[row] = **answer;
                setRow(row, **answer);
                showMessage((*answer)->blocked ? tr("%1 is still blocked in the ERP.").arg(number)
                                               : tr("%1 is no longer blocked: it can be linked.").arg(number),
                            (*answer)->blocked);
            }
            updateState();
            emit rechecked();
        });
}

void ChooseCustomerDialog::link() {
    const auto c = chosen();
    if (!m_loaded || m_busy || !c)
        return;
    if (c->blocked) {
        showMessage(tr("%1 is blocked in the ERP: choose another card.").arg(c->number), true);
        return;
    }
    const QString reason = m_ui->reasonEdit->text().trimmed();
    if (reason.isEmpty()) {
        showMessage(tr("Give a reason: it is kept with the link in the audit log."), true);
        m_ui->reasonEdit->setFocus();
        return;
    }
    m_busy = true;
    updateState();
    showMessage(tr("Saving…"), false);
    const ShopCustomer customer = m_customer;
    const int version = m_link.rowVersion;
    const ErpCustomer erp = *c;
    const bool submit = m_ui->submitNowCheck->isVisible() && m_ui->submitNowCheck->isChecked();
    m_db.run<LinkRepository::Change>(
        this,
        [customer, version, erp, reason](Database& db) -> Result<LinkRepository::Change> {
            Transaction tx(db); // the identity (first seen here), the link and the orders together
            if (!tx.started())
                return tx.started().error();
            ShopCustomer stored = customer;
            if (stored.id == 0)
                if (auto r = CustomerRepository(db).upsert(stored); !r)
                    return r.error();
            auto change = LinkRepository(db).change(
                stored, erp.number, erp.name, LinkSource::Manual, version, reason,
                QStringLiteral("its customer was linked to %1 by %2 in Choose customer (%3)")
                    .arg(erp.number, db.actor(), reason));
            if (!change)
                return change.error();
            if (auto r = tx.commit(); !r)
                return r.error();
            return change;
        },
        [this, erp, submit](Result<LinkRepository::Change> change) {
            m_busy = false;
            updateState();
            if (!change) {
                if (change.error().is(ErrorKind::Conflict))
                    rereadLink(); // says who changed it, and to what
                else
                    showMessage(tr("The link could not be saved: %1").arg(change.message()), true);
                return;
            }
            const QList<qint64>& requeued = change->requeued;
            const bool now = submit && !requeued.isEmpty();
            QString message =
                (now ? tr("%1 is linked to ERP customer %2 %3. %n order(s) of this customer that waited for "
                          "review or failed are submitted now.",
                          nullptr, int(requeued.size()))
                     : tr("%1 is linked to ERP customer %2 %3. %n order(s) of this customer that waited for "
                          "review or failed are matched again by the next import.",
                          nullptr, int(requeued.size())))
                    .arg(m_customer.email, erp.number, erp.name);
            if (!requeued.contains(m_order.id))
                message +=
                    QLatin1Char(' ') + tr("Order %1 no longer waited for review and was left as it is.")
                                           .arg(m_order.orderNumber);
            emit linked(message, requeued, submit);
            accept();
        });
}

void ChooseCustomerDialog::rereadLink() {
    m_busy = true;
    updateState();
    const QString shop = m_order.shopCode;
    const QString key = m_customer.effectiveKey();
    m_db.run<std::pair<qint64, Link>>(
        this,
        [shop, key](Database& database) -> Result<std::pair<qint64, Link>> {
            auto customer = CustomerRepository(database).find(shop, key);
            if (!customer)
                return customer.error();
            if (!*customer)
                return std::pair{qint64(0), Link()};
            auto link = LinkRepository(database).get((*customer)->id);
            if (!link)
                return link.error();
            return std::pair{(*customer)->id, *link};
        },
        [this](Result<std::pair<qint64, Link>> now) {
            m_busy = false;
            updateState();
            if (!now) {
                showMessage(tr("The link could not be read again: %1").arg(now.message()), true);
                return;
            }
            m_customer.id = now->first;
            m_link = now->second;
            showMessage(
                tr("Not saved: %1 changed this customer's link at %2, after you opened this; it is now "
                   "%3. Their change is kept. Link again if yours should still replace it.")
                    .arg(m_link.setBy.isEmpty() ? tr("someone else") : m_link.setBy,
                         QLocale().toString(m_link.setAt.toLocalTime(), QLocale::ShortFormat),
                         m_link.isLinked() ? describeLink(m_link) : tr("not linked")),
                true);
        });
}

void ChooseCustomerDialog::showMessage(const QString& text, bool problem) {
    m_ui->messageLabel->setStyleSheet(problem ? QStringLiteral("color: #b3261e; font-weight: bold;")
                                              : QString());
    m_ui->messageLabel->setText(text);
}

} // namespace linkdesk
