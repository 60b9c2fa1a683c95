#include "statusmark.h"

#include <QHash>
#include <QPainter>
#include <QPixmap>

namespace linkdesk {

Tone toneOf(OrderStatus status) {
    switch (status) {
    case OrderStatus::Submitted:
        return Tone::Good;
    case OrderStatus::NeedsReview:
    case OrderStatus::Blocked:
        return Tone::Waiting;
    case OrderStatus::Failed:
    case OrderStatus::Quarantined:
        return Tone::Problem;
    case OrderStatus::New:
    case OrderStatus::Matched:
    case OrderStatus::Submitting:
        break;
    }
    return Tone::Neutral;
}

QColor colorOf(Tone tone) {
    switch (tone) {
    case Tone::Good:
        return QColor(0x2e, 0x7d, 0x32); // green
    case Tone::Waiting:
        return QColor(0xef, 0x8f, 0x00); // amber
    case Tone::Problem:
        return QColor(0xc6, 0x28, 0x28); // red
    case Tone::Neutral:
        break;
    }
    return QColor(0x78, 0x90, 0x9c); // blue-grey
}

QIcon markOf(Tone tone) {
    static QHash<int, QIcon> drawn; // GUI thread only
    auto it = drawn.find(int(tone));
    if (it != drawn.end())
        return *it;
    QIcon icon;
    for (int size : {12, 16, 24}) {
        QPixmap dot(size, size);
        dot.fill(Qt::transparent);
        QPainter p(&dot);
        p.setRenderHint(QPainter::Antialiasing);
        p.setPen(Qt::NoPen);
        p.setBrush(colorOf(tone));
        const qreal margin = size / 4.0;
        p.drawEllipse(QRectF(margin, margin, size - 2 * margin, size - 2 * margin));
        p.end();
        icon.addPixmap(dot);
    }
    return *drawn.insert(int(tone), icon);
}

int attentionRank(OrderStatus status) {
    switch (status) {
    case OrderStatus::Quarantined:
        return 0;
    case OrderStatus::Failed:
        return 1;
    case OrderStatus::NeedsReview:
        return 2;
    case OrderStatus::Blocked:
        return 3;
    case OrderStatus::New:
        return 4;
    case OrderStatus::Matched:
        return 5;
    case OrderStatus::Submitting:
        return 6;
    case OrderStatus::Submitted:
        return 7;
    }
    return 8;
}

} // namespace linkdesk
