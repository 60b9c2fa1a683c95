#include "testorderdialog.h"

#include "import/importworker.h"
#include "store/customerrepository.h"
#include "ui/common/errordetails.h"
#include "ui/common/shopnames.h"
#include "ui_testorderdialog.h"

#include <QDoubleSpinBox>
#include <QHeaderView>
#include <QJsonArray>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTimer>

#include <utility>

namespace linkdesk {

namespace {
enum LineColumn { SkuColumn, QuantityColumn, ShopPriceColumn };
enum PriceColumn { PriceSku, PriceQuantity, PriceShop, PriceErp, PriceOnOrder, PriceColumnCount };
enum CustomerColumn { CustomerName, CustomerCompany, CustomerEmail, CustomerId };
constexpr int SearchRows = 50; // the search lists this many; more typing narrows it
constexpr int KeyRole = Qt::UserRole;

QString money(const QJsonValue& value) {
    return value.isDouble() ? QLocale().toString(value.toDouble(), 'f', 2) : QStringLiteral("–");
}

QString priceText(const QJsonObject& price) {
    if (price.isEmpty())
        return QObject::tr("(no price asked: no code or no item)");
    if (price.contains(QStringLiteral("error")))
        return QObject::tr("%1: %2").arg(price.value(QStringLiteral("customer")).toString(),
                                         price.value(QStringLiteral("error")).toString());
    return QObject::tr("%1: %2").arg(
        price.value(QStringLiteral("customer")).toString(),
        QLocale().toString(price.value(QStringLiteral("total")).toDouble(), 'f', 2));
}
} // namespace

TestOrderDialog::TestOrderDialog(ImportWorker* worker, DatabaseWorker& db, const QStringList& shopCodes,
                                 QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::TestOrderDialog>())
    , m_worker(worker)
    , m_db(db)
    , m_searchTimer(new QTimer(this))
    , m_errorDetails(new ErrorDetailsButton(this)) {
    m_ui->setupUi(this);
    m_ui->resultLayout->addRow(QString(), m_errorDetails);
    // However long an error, the dialog keeps a width that fits a screen: the labels wrap.
    setMaximumWidth(1200);
    for (const QString& code : shopCodes)
        m_ui->shopCombo->addItem(ShopNames::current().of(code), code);
    m_ui->linesTable->setColumnCount(3);
    m_ui->linesTable->setHorizontalHeaderLabels({tr("SKU"), tr("Quantity"), tr("Shop price")});
    m_ui->linesTable->horizontalHeader()->setSectionResizeMode(SkuColumn, QHeaderView::Stretch);
    m_ui->linesTable->verticalHeader()->hide();
    // Rows as tall as their spin boxes, so that three lines show without scrolling.
    m_ui->linesTable->verticalHeader()->setDefaultSectionSize(QDoubleSpinBox().sizeHint().height());
    m_ui->priceTable->setColumnCount(PriceColumnCount);
    m_ui->priceTable->setHorizontalHeaderLabels(
        {tr("SKU"), tr("Quantity"), tr("Shop price"), tr("ERP price"), tr("On the order")});
    m_ui->priceTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_ui->priceTable->horizontalHeader()->setSectionResizeMode(PriceSku, QHeaderView::Stretch);
    m_ui->priceTable->verticalHeader()->hide();
    m_ui->priceTable->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);
    m_ui->customerList->header()->setStretchLastSection(false);
    m_ui->customerList->header()->setSectionResizeMode(CustomerEmail, QHeaderView::Stretch);
    m_ui->customerList->setColumnWidth(CustomerName, 170);
    m_ui->customerList->setColumnWidth(CustomerCompany, 170);
    m_ui->customerList->setColumnWidth(CustomerId, 110);
    // A long error keeps the dialog as wide as it is; its whole text goes in the list below.
    m_ui->traceList->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    addLine(QString());

    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->addLineButton, &QPushButton::clicked, this, [this] { addLine(QString()); });
    connect(m_ui->removeLineButton, &QPushButton::clicked, this, [this] {
        if (m_ui->linesTable->rowCount() > 1)
            m_ui->linesTable->removeRow(std::max(0, m_ui->linesTable->currentRow()));
    });
    connect(m_ui->runButton, &QPushButton::clicked, this, &TestOrderDialog::run);
    connect(m_ui->linkButton, &QPushButton::clicked, this, &TestOrderDialog::confirmLinkForReal);
    connect(m_worker, &ImportWorker::testOrderFinished, this, &TestOrderDialog::showResult);
    connect(m_worker, &ImportWorker::linkForRealFinished, this, &TestOrderDialog::showLinked);

    // Who: a customer found by the search (a keystroke restarts a short timer, so a word is one
    // query), or one typed in who has not ordered yet.
    connect(m_ui->storedRadio, &QRadioButton::toggled, this, [this](bool stored) {
        m_ui->customerStack->setCurrentWidget(stored ? m_ui->storedPage : m_ui->newCustomerPage);
    });
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(150);
    connect(m_searchTimer, &QTimer::timeout, this, &TestOrderDialog::search);
    connect(m_ui->customerSearchEdit, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_ui->shopCombo, &QComboBox::currentIndexChanged, this, &TestOrderDialog::search);
    connect(m_ui->customerList, &QTreeWidget::currentItemChanged, this, &TestOrderDialog::pickCustomer);
}

TestOrderDialog::~TestOrderDialog() {
    m_searchSerial.supersede(); // a search still running answers no one
}

void TestOrderDialog::setCustomer(const QString& shopCode, const QString& shopCustomerId) {
    m_ui->shopCombo->setCurrentIndex(std::max(0, m_ui->shopCombo->findData(shopCode)));
    m_ui->customerEdit->setText(shopCustomerId);
    m_ui->storedRadio->setChecked(true);
}

void TestOrderDialog::setNewCustomer(const ShopCustomer& typed) {
    m_ui->emailEdit->setText(typed.email);
    m_ui->nameEdit->setText(QStringList{typed.firstName, typed.lastName}.join(QLatin1Char(' ')).trimmed());
    m_ui->companyEdit->setText(typed.company);
    m_ui->currencyEdit->setText(typed.currency);
    m_ui->countryEdit->setText(typed.country);
    m_ui->newCustomerIdEdit->setText(typed.shopCustomerId);
    m_ui->newCustomerRadio->setChecked(true);
}

void TestOrderDialog::addLine(const QString& sku, double quantity, std::optional<double> shopPrice) {
    if (m_ui->linesTable->rowCount() == 1 && !sku.isEmpty() && m_ui->linesTable->item(0, SkuColumn) &&
        m_ui->linesTable->item(0, SkuColumn)->text().isEmpty())
        m_ui->linesTable->removeRow(0); // the empty starter row
    const int row = m_ui->linesTable->rowCount();
    m_ui->linesTable->insertRow(row);
    m_ui->linesTable->setItem(row, SkuColumn, new QTableWidgetItem(sku));
    auto* qty = new QDoubleSpinBox(m_ui->linesTable);
    qty->setRange(0.001, 1e6);
    qty->setDecimals(3);
    qty->setValue(quantity);
    m_ui->linesTable->setCellWidget(row, QuantityColumn, qty);
    // Its lowest value means "not given" (a price of 0 is one the shop may charge).
    auto* price = new QDoubleSpinBox(m_ui->linesTable);
    price->setRange(-0.01, 1e9);
    price->setDecimals(2);
    price->setSpecialValueText(tr("not given"));
    price->setValue(shopPrice ? *shopPrice : -0.01);
    m_ui->linesTable->setCellWidget(row, ShopPriceColumn, price);
}

void TestOrderDialog::search() {
    const QString text = m_ui->customerSearchEdit->text().trimmed();
    const RequestSerial::Ticket ticket = m_searchSerial.next(); // an older search's rows are dropped
    if (text.isEmpty()) {
        m_ui->customerList->clear();
        m_ui->customerSearchStatus->clear();
        return;
    }
    CustomerQuery query;
    query.text = text;
    query.shopCode = m_ui->shopCombo->currentData().toString();
    m_ui->customerSearchStatus->setText(tr("Searching…"));
    m_db.run<QList<CustomerRow>>(
        this, ticket, [query](Database& db) { return CustomerRepository(db).page(query, 0, SearchRows); },
        [this](Result<QList<CustomerRow>> rows) {
            m_ui->customerList->clear();
            if (!rows) {
                showText(m_ui->customerSearchStatus, tr("The search failed: %1").arg(rows.message()));
                emit customersFound();
                return;
            }
            for (const CustomerRow& row : *rows) {
                const ShopCustomer& c = row.customer;
                auto* item = new QTreeWidgetItem(m_ui->customerList);
                item->setText(CustomerName,
                              QStringList{c.firstName, c.lastName}.join(QLatin1Char(' ')).trimmed());
                item->setText(CustomerCompany, c.company);
                item->setText(CustomerEmail, c.email);
                item->setText(CustomerId, c.isGuest() ? tr("guest") : c.shopCustomerId);
                item->setData(CustomerName, KeyRole, c.key);
                item->setToolTip(CustomerEmail, c.describe());
            }
            m_ui->customerSearchStatus->setText(
                rows->size() >= SearchRows ? tr("The first %n; type more to narrow.", nullptr, SearchRows)
                                           : tr("%n found", nullptr, int(rows->size())));
            m_ui->customerSearchStatus->setToolTip(QString());
            emit customersFound();
        });
}

void TestOrderDialog::pickCustomer() {
    if (const QTreeWidgetItem* item = m_ui->customerList->currentItem())
        m_ui->customerEdit->setText(item->data(CustomerName, KeyRole).toString());
}

std::optional<TestOrder::Customer> TestOrderDialog::customer() {
    const QString shop = m_ui->shopCombo->currentData().toString();
    if (m_ui->storedRadio->isChecked()) {
        const QString key = m_ui->customerEdit->text().trimmed();
        if (key.isEmpty()) {
            showProblem(tr("Pick the customer: search by e-mail or name, or enter the shop customer ID."));
            return std::nullopt;
        }
        return TestOrder::Customer::stored(shop, key);
    }
    ShopCustomer typed;
    typed.shopCode = shop;
    typed.email = m_ui->emailEdit->text().trimmed();
    const QString name = m_ui->nameEdit->text().simplified();
    typed.firstName = name.section(QLatin1Char(' '), 0, 0);
    typed.lastName = name.section(QLatin1Char(' '), 1);
    typed.company = m_ui->companyEdit->text().trimmed();
    typed.currency = m_ui->currencyEdit->text().trimmed().toUpper();
    typed.country = m_ui->countryEdit->text().trimmed().toUpper();
    typed.shopCustomerId = m_ui->newCustomerIdEdit->text().trimmed();
    if (!typed.email.contains(QLatin1Char('@'))) {
        showProblem(tr("Enter the e-mail address of the customer who has not ordered yet."));
        m_ui->emailEdit->setFocus();
        return std::nullopt;
    }
    return TestOrder::Customer::newCustomer(typed);
}

void TestOrderDialog::run() {
    if (m_waiting != Waiting::Nothing)
        return;
    QList<TestOrder::Line> lines;
    for (int row = 0; row < m_ui->linesTable->rowCount(); ++row) {
        const QString sku = m_ui->linesTable->item(row, SkuColumn)
                                ? m_ui->linesTable->item(row, SkuColumn)->text().trimmed()
                                : QString();
        const auto* qty = qobject_cast<QDoubleSpinBox*>(m_ui->linesTable->cellWidget(row, QuantityColumn));
        const auto* price = qobject_cast<QDoubleSpinBox*>(m_ui->linesTable->cellWidget(row, ShopPriceColumn));
        std::optional<double> shopPrice;
        if (price && price->value() >= 0)
            shopPrice = price->value();
        if (!sku.isEmpty())
            lines.append({sku, qty ? qty->value() : 1, shopPrice});
    }
    const std::optional<TestOrder::Customer> who = customer();
    if (!who)
        return;
    if (lines.isEmpty()) {
        showProblem(tr("Enter at least one SKU."));
        return;
    }
    if (!m_worker->startTestOrder(*who, lines)) {
        showProblem(tr("An import is running; try again when it has finished."));
        return;
    }
    startWaiting(Waiting::TestOrder, tr("Asking the ERP…"));
}

void TestOrderDialog::confirmLinkForReal() {
    if (m_waiting != Waiting::Nothing)
        return;
    const std::optional<TestOrder::Customer> who = customer();
    if (!who)
        return;
    const QString name = who->isNew() ? who->typed.email : who->customerKey;
    auto* box = new QMessageBox(
        QMessageBox::Question, tr("Link for real?"),
        tr("This changes the ERP. As a first order would, it links %1 (%2) to an ERP customer found "
           "by the matching rules, or creates an ERP customer from a template and links it, or books "
           "them to the default customer. No sales order is submitted; the link is audited.")
                .arg(name, ShopNames::current().of(who->shopCode)) +
            QStringLiteral("\n\n") + tr("Link %1 for real?").arg(name),
        QMessageBox::Yes | QMessageBox::No, this);
    box->setObjectName(QStringLiteral("confirmLinkForRealBox"));
    box->setDefaultButton(QMessageBox::No);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, box, chosen = *who](int) {
        if (box->clickedButton() == box->button(QMessageBox::Yes))
            startLinkForReal(chosen);
    });
    box->open();
}

void TestOrderDialog::startLinkForReal(const TestOrder::Customer& customer) {
    if (m_waiting != Waiting::Nothing)
        return;
    if (!m_worker->startLinkForReal(customer)) {
        showProblem(tr("An import is running; try again when it has finished."));
        return;
    }
    startWaiting(Waiting::Link, tr("Linking in the ERP…"));
}

void TestOrderDialog::startWaiting(Waiting what, const QString& message) {
    m_waiting = what;
    m_ui->runButton->setEnabled(false);
    m_ui->linkButton->setEnabled(false);
    clearResult();
    showText(m_ui->codeLabel, message);
}

void TestOrderDialog::stopWaiting() {
    m_waiting = Waiting::Nothing;
    m_ui->runButton->setEnabled(true);
    m_ui->linkButton->setEnabled(true);
}

void TestOrderDialog::clearResult() {
    for (QLabel* label :
         {m_ui->codeLabel, m_ui->linkedPriceLabel, m_ui->defaultPriceLabel, m_ui->priceSourceLabel}) {
        label->clear();
        label->setToolTip(QString());
    }
    m_ui->priceTable->setRowCount(0);
    m_ui->traceList->clear();
    m_errorDetails->setError({}, {});
}

void TestOrderDialog::showText(QLabel* label, const QString& text) {
    if (text.size() <= MaxLabelChars) {
        label->setText(text);
        label->setToolTip(QString());
        return;
    }
    label->setText(text.left(MaxLabelChars - 1).trimmed() + QChar(0x2026));
    label->setToolTip(text);
}

void TestOrderDialog::showProblem(const QString& text) {
    clearResult();
    showText(m_ui->codeLabel, text);
    if (text.size() > MaxLabelChars)
        m_ui->traceList->addItem(text); // the whole of it, scrollable
}

bool TestOrderDialog::takeAnswer(Waiting what, bool ok, const QString& error, const QJsonObject& result,
                                 const QString& problem) {
    if (m_waiting != what)
        return false; // someone else's
    stopWaiting();
    if (!ok) {
        showProblem(problem.arg(error));
        m_errorDetails->setError(error, result.value(QStringLiteral("error_detail")).toString());
        emit resultShown();
        return false;
    }
    return true;
}

void TestOrderDialog::showResult(bool ok, const QString& error, const QJsonObject& result) {
    if (!takeAnswer(Waiting::TestOrder, ok, error, result, tr("The test order could not run: %1")))
        return;
    const QString code = result.value(QStringLiteral("customer_code")).toString();
    const QString how = result.value(QStringLiteral("how")).toString();
    // No code yet: a customer would be created (how says from which template), or why there is none.
    showText(m_ui->codeLabel, !code.isEmpty() ? tr("%1 (%2)").arg(code, how)
                              : !how.isEmpty()
                                  ? tr("(none yet): %1").arg(how)
                                  : tr("(none) — %1").arg(result.value(QStringLiteral("reason")).toString()));
    showText(m_ui->linkedPriceLabel, priceText(result.value(QStringLiteral("price_linked")).toObject()));
    showText(m_ui->defaultPriceLabel, priceText(result.value(QStringLiteral("price_default")).toObject()));
    showLinePrices(result);
    // Details: of a look-up that failed while matching, else of a price the ERP could not give.
    const std::pair<QJsonObject, const char*> parts[]{
        {result, "reason"},
        {result.value(QStringLiteral("price_linked")).toObject(), "error"},
        {result.value(QStringLiteral("price_default")).toObject(), "error"}};
    for (const auto& [part, messageKey] : parts)
        if (const QString detail = part.value(QStringLiteral("error_detail")).toString(); !detail.isEmpty()) {
            m_errorDetails->setError(part.value(QLatin1String(messageKey)).toString(), detail);
            break;
        }
    for (const auto& sentence : result.value(QStringLiteral("trace")).toArray())
        m_ui->traceList->addItem(sentence.toString());
    emit resultShown();
}

void TestOrderDialog::showLinked(bool ok, const QString& error, const QJsonObject& result) {
    if (!takeAnswer(Waiting::Link, ok, error, result, tr("Link for real did not run: %1")))
        return;
    const QString code = result.value(QStringLiteral("customer_code")).toString();
    const QString how = result.value(QStringLiteral("how")).toString();
    const bool created = result.value(QStringLiteral("created")).toBool();
    showText(m_ui->codeLabel,
             code.isEmpty() ? tr("Not linked — %1").arg(result.value(QStringLiteral("reason")).toString())
             : created ? tr("Created ERP customer %1 and linked it; no sales order was submitted.").arg(code)
                       : tr("%1 (%2); no sales order was submitted.").arg(code, how));
    for (const auto& sentence : result.value(QStringLiteral("trace")).toArray())
        m_ui->traceList->addItem(sentence.toString());
    emit resultShown();
    if (const qint64 id = result.value(QStringLiteral("customer_id")).toInteger(); id > 0)
        emit connectLinkRequested(id);
}

void TestOrderDialog::showLinePrices(const QJsonObject& result) {
    const QString code = result.value(QStringLiteral("customer_code")).toString();
    const bool erp = result.value(QStringLiteral("line_price_source")).toString() == QLatin1String("erp");
    showText(m_ui->priceSourceLabel,
             erp ? tr("Sent without a price: the ERP applies its own price for %1 (line_price_source: erp).")
                       .arg(code.isEmpty() ? tr("the customer") : code)
                 : tr("Sent with the price the customer paid in the shop (line_price_source: shop)."));
    m_ui->priceTable->horizontalHeaderItem(PriceErp)->setText(
        code.isEmpty() ? tr("ERP price") : tr("ERP price (%1)").arg(code));
    const QJsonArray lines = result.value(QStringLiteral("lines")).toArray();
    m_ui->priceTable->setRowCount(int(lines.size()));
    for (int row = 0; row < lines.size(); ++row) {
        const QJsonObject l = lines.at(row).toObject();
        const QStringList cells{l.value(QStringLiteral("sku")).toString(),
                                QLocale().toString(l.value(QStringLiteral("quantity")).toDouble()),
                                money(l.value(QStringLiteral("shop_price"))),
                                money(l.value(QStringLiteral("erp_price"))),
                                money(l.value(QStringLiteral("order_price")))};
        for (int column = 0; column < PriceColumnCount; ++column) {
            auto* item = new QTableWidgetItem(cells.at(column));
            if (column != PriceSku)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_ui->priceTable->setItem(row, column, item);
        }
    }
}

} // namespace linkdesk
