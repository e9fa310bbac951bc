#include "shell/windowfit.h"

#include <QGuiApplication>
#include <QListWidget>
#include <QScreen>
#include <QWidget>

namespace tongxin {

void fitToScreen(QWidget *window)
{
    if (window->isMaximized() || window->isFullScreen())
        return;
    QScreen *screen = window->screen();
    if (!screen || !QGuiApplication::screens().contains(screen))
        screen = QGuiApplication::primaryScreen();
    if (!screen)
        return;
    // A window saved on another screen may no longer intersect any: take the one under its centre.
    if (QScreen *under = QGuiApplication::screenAt(window->geometry().center()))
        screen = under;
    const QRect available = screen->availableGeometry();
    // The frame (title bar, borders) counts: keep the whole frame inside the available area.
    // Before the window is shown its frame is not known yet: assume a usual title bar and border.
    const QRect frame = window->frameGeometry();
    const bool known = frame != window->geometry();
    const int extraW = known ? qMax(0, frame.width() - window->width()) : 8;
    const int extraH = known ? qMax(0, frame.height() - window->height()) : 38;
    const QSize maxClient(available.width() - extraW, available.height() - extraH);
    QSize size = window->size().boundedTo(maxClient).expandedTo(window->minimumSize().boundedTo(maxClient));
    if (size != window->size())
        window->resize(size);
    const QPoint frameTopLeft = known ? window->frameGeometry().topLeft() : window->pos();
    QRect outer(frameTopLeft, QSize(size.width() + extraW, size.height() + extraH));
    if (outer.right() > available.right())
        outer.moveRight(available.right());
    if (outer.bottom() > available.bottom())
        outer.moveBottom(available.bottom());
    if (outer.left() < available.left())
        outer.moveLeft(available.left());
    if (outer.top() < available.top())
        outer.moveTop(available.top());
    if (outer.topLeft() != frameTopLeft)
        window->move(outer.topLeft()); // move() places the frame's top-left corner
}

int sidebarWidth(const QListWidget *list, int minimum)
{
    const QFontMetrics fm(list->font());
    int widest = 0;
    for (int i = 0; i < list->count(); ++i)
        widest = qMax(widest, fm.horizontalAdvance(list->item(i)->text()));
    // Icon and its spacing, the item's padding (2 × 10) and margin (2 × 8), the border, and a
    // little air so a label never touches the edge.
    const int chrome = list->iconSize().width() + 8 + 20 + 16 + 2 + 12;
    return qMax(minimum, widest + chrome);
}

} // namespace tongxin
