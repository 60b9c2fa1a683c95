#pragma once

#include "store/attention.h"

#include <QListWidget>

namespace linkdesk {

// The sidebar's "Needs attention" list: one row per kind of work waiting (needs review, blocked,
// failed, quarantined, stale links) with its count. A row with work is marked and can be clicked to
// open it; a row without is greyed. Counts come from the window (setCounts), which reads them on
// its database worker.
class AttentionPanel final : public QListWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AttentionPanel)
public:
    enum class Kind { NeedsReview, Blocked, Failed, Quarantined, StaleLinks };

    explicit AttentionPanel(QWidget* parent = nullptr);
    ~AttentionPanel() override;

    void setCounts(const Attention& counts);
    // The count a row shows; -1 before the first counts arrived.
    int countOf(Kind kind) const;
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    QListWidgetItem* itemOf(Kind kind) const;
    const Attention& counts() const { return m_counts; }

signals:
    void chosen(linkdesk::AttentionPanel::Kind kind);

private:
    bool m_known = false;
    Attention m_counts;
};

} // namespace linkdesk
