#include "attentionpanel.h"

#include "ui/common/statusmark.h"

namespace linkdesk {

namespace {
using Kind = AttentionPanel::Kind;
constexpr Kind kKinds[] = {Kind::NeedsReview, Kind::Blocked, Kind::Failed, Kind::Quarantined,
                           Kind::StaleLinks};

int valueOf(const Attention& a, Kind kind) {
    switch (kind) {
    case Kind::NeedsReview:
        return a.needsReview;
    case Kind::Blocked:
        return a.blocked;
    case Kind::Failed:
        return a.failed;
    case Kind::Quarantined:
        return a.quarantined;
    case Kind::StaleLinks:
        return a.staleLinks;
    }
    return 0;
}

Tone toneOf(Kind kind) {
    return kind == Kind::Failed || kind == Kind::Quarantined ? Tone::Problem : Tone::Waiting;
}
} // namespace

AttentionPanel::AttentionPanel(QWidget* parent)
    : QListWidget(parent) {
    setObjectName(QStringLiteral("attentionList"));
    setAccessibleName(tr("Needs attention"));
    setSelectionMode(QAbstractItemView::NoSelection);
    setFocusPolicy(Qt::TabFocus);
    const QStringList names{tr("Needs review"), tr("Blocked"), tr("Failed"), tr("Quarantined"),
                            tr("Stale links")};
    const QStringList tips{
        tr("Orders waiting for someone to choose their ERP customer."),
        tr("Orders with an item that has no ERP item: map the SKU."),
        tr("Orders the ERP refused, or whose attempts ran out: read the reason, then retry."),
        tr("Orders that could not be read: their parse error says why."),
        tr("Links whose ERP customer is gone, blocked or changed: check them on the Customers page.")};
    for (int i = 0; i < names.size(); ++i) {
        auto* item = new QListWidgetItem(names.at(i), this);
        item->setData(Qt::UserRole, names.at(i));
        item->setToolTip(tips.at(i));
        item->setIcon(markOf(Tone::Neutral));
        item->setFlags(Qt::NoItemFlags);
    }
    // A click, or Enter on the current row, opens the work of a row that has some.
    const auto open = [this](QListWidgetItem* item) {
        if (item->flags() & Qt::ItemIsEnabled)
            emit chosen(kKinds[QListWidget::row(item)]);
    };
    connect(this, &QListWidget::itemClicked, this, open);
    connect(this, &QListWidget::itemActivated, this, open);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
}

QSize AttentionPanel::sizeHint() const { // as tall as its rows and as wide as their text, no more
    return {minimumSizeHint().width(), sizeHintForRow(0) * count() + 2 * frameWidth() + 2};
}

AttentionPanel::~AttentionPanel() = default;

QListWidgetItem* AttentionPanel::itemOf(Kind kind) const {
    return item(int(kind));
}

int AttentionPanel::countOf(Kind kind) const {
    return m_known ? valueOf(m_counts, kind) : -1;
}

void AttentionPanel::setCounts(const Attention& counts) {
    m_known = true;
    m_counts = counts;
    for (Kind kind : kKinds) {
        QListWidgetItem* it = itemOf(kind);
        const int n = valueOf(counts, kind);
        //: A row of the sidebar's "Needs attention" list: what waits, and how many.
        it->setText(tr("%1: %2").arg(it->data(Qt::UserRole).toString()).arg(n));
        it->setIcon(markOf(n > 0 ? toneOf(kind) : Tone::Neutral));
        it->setFlags(n > 0 ? Qt::ItemIsEnabled : Qt::NoItemFlags);
        QFont font = it->font();
        font.setBold(n > 0);
        it->setFont(font);
    }
    updateGeometry(); // a longer count may widen it
}

QSize AttentionPanel::minimumSizeHint() const { // every row in full, never cut or scrolled
    return {sizeHintForColumn(0) + 2 * frameWidth() + 6, sizeHintForRow(0) * count() + 2 * frameWidth() + 2};
}

} // namespace linkdesk
