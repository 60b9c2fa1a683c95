#include "focusframestyle.h"

#include <QPainter>
#include <QStyleOption>

namespace linkdesk {

namespace {
void drawFrame(QPainter* painter, const QRect& rect, const QPalette& palette) {
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, true);
    QPen pen(palette.color(QPalette::Active, QPalette::Highlight), 2);
    painter->setPen(pen);
    painter->setBrush(Qt::NoBrush);
    painter->drawRoundedRect(QRectF(rect).adjusted(1, 1, -1, -1), 2, 2);
    painter->restore();
}
} // namespace

FocusFrameStyle::FocusFrameStyle(QStyle* base)
    : QProxyStyle(base) {}

FocusFrameStyle::~FocusFrameStyle() = default;

void FocusFrameStyle::drawPrimitive(PrimitiveElement element, const QStyleOption* option, QPainter* painter,
                                    const QWidget* widget) const {
    switch (element) {
    case PE_FrameFocusRect:
        drawFrame(painter, option->rect, option->palette);
        return;
    case PE_PanelButtonCommand:
    case PE_PanelButtonBevel:
        QProxyStyle::drawPrimitive(element, option, painter, widget);
        if (option->state & State_HasFocus)
            drawFrame(painter, option->rect, option->palette);
        return;
    default:
        QProxyStyle::drawPrimitive(element, option, painter, widget);
    }
}

} // namespace linkdesk
