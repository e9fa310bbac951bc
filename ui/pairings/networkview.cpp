#include "pairings/networkscene.h"

#include <QScrollBar>
#include <QWheelEvent>

#include <cmath>

// NetworkView: the view of a NetworkScene with zoom, fit and the start position.

namespace tongxin {

NetworkView::NetworkView(QWidget *parent)
    : QGraphicsView(parent)
{
    setRenderHint(QPainter::Antialiasing);
    setRenderHint(QPainter::TextAntialiasing);
    setDragMode(QGraphicsView::ScrollHandDrag);
    setTransformationAnchor(QGraphicsView::AnchorUnderMouse);
    setViewportUpdateMode(QGraphicsView::BoundingRectViewportUpdate);
    setAlignment(Qt::AlignLeft | Qt::AlignTop);
}

qreal NetworkView::zoom() const
{
    return transform().m11();
}

void NetworkView::zoomBy(qreal factor)
{
    const qreal target = std::clamp(zoom() * factor, 0.05, 4.0);
    const qreal f = target / zoom();
    if (qFuzzyCompare(f, 1.0))
        return;
    scale(f, f);
    emit zoomChanged(zoom());
}

void NetworkView::fitAll()
{
    if (!scene())
        return;
    fitInView(sceneRect(), Qt::KeepAspectRatio);
    emit zoomChanged(zoom());
}

void NetworkView::actualSize()
{
    resetTransform();
    horizontalScrollBar()->setValue(horizontalScrollBar()->minimum());
    verticalScrollBar()->setValue(verticalScrollBar()->minimum());
    emit zoomChanged(zoom());
}

void NetworkView::showStart()
{
    resetTransform();
    if (scene()) {
        const qreal available = viewport()->width() - 4;
        const qreal width = sceneRect().width();
        if (width > available && available > 100) {
            const qreal f = std::max(0.05, available / width);
            scale(f, f);
        }
    }
    horizontalScrollBar()->setValue(horizontalScrollBar()->minimum());
    verticalScrollBar()->setValue(verticalScrollBar()->minimum());
    emit zoomChanged(zoom());
}

void NetworkView::wheelEvent(QWheelEvent *event)
{
    if (event->modifiers() & Qt::ControlModifier) {
        const qreal steps = event->angleDelta().y() / 120.0;
        if (steps != 0)
            zoomBy(std::pow(1.15, steps));
        event->accept();
        return;
    }
    QGraphicsView::wheelEvent(event);
}

} // namespace tongxin
