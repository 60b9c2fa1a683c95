#pragma once

#include <QProxyStyle>

namespace linkdesk {

// The platform's style with a focus frame people can see from across the desk: a two-pixel frame
// in the highlight colour around the focused button, check box or table cell (Fusion's own is a
// faint tint). Everything else is drawn as the style draws it.
class FocusFrameStyle final : public QProxyStyle {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FocusFrameStyle)
public:
    // base: the style to draw with (the application's, by key); it takes it over.
    explicit FocusFrameStyle(QStyle* base = nullptr);
    ~FocusFrameStyle() override;

    void drawPrimitive(PrimitiveElement element, const QStyleOption* option, QPainter* painter,
                       const QWidget* widget = nullptr) const override;
};

} // namespace linkdesk
