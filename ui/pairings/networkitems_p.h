#pragma once

// The items of the pairing network (nodes and curves) and the layout constants they share with
// NetworkScene; included by networkscene.cpp only.

#include "pairings/networkscene.h"

#include "domain/labels.h"

#include <QFontMetricsF>
#include <QGraphicsPathItem>
#include <QGraphicsSceneHoverEvent>
#include <QGraphicsSimpleTextItem>
#include <QPainter>
#include <QPainterPathStroker>
#include <QScrollBar>
#include <QStyleOptionGraphicsItem>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

namespace tongxin {

namespace {

constexpr qreal NodeWidth = 164; // most names of enterprises fit at 8 pt
constexpr qreal NodeHeight = 18;
constexpr qreal RowPitch = 24; // the 6 px between rows carry curves to outer sub-columns
constexpr qreal SubColumnGap = 10;
constexpr qreal GroupHeaderHeight = 24;
constexpr qreal GroupGap = 16;
constexpr qreal MiddleWidth = 280; // between the eastern and the western column, where curves run
constexpr int MinRowsPerColumn = 20;
constexpr int MaxSubColumns = 3;
constexpr qreal NodeZ = 2;
constexpr qreal EdgeZ = 0;
constexpr qreal HighlightZ = 1;
const QColor TextColour(0x2b, 0x28, 0x25);
const QColor MutedColour(0x6b, 0x66, 0x60);

QFont nodeFont()
{
    QFont f;
    f.setPointSizeF(8);
    return f;
}

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

// Singular name of a node's group, for tool tips.
QString groupName(const NetworkNode &n)
{
    if (n.group == QLatin1String("household"))
        return NetworkScene::tr("Registered poor household");
    if (n.group == QLatin1String("cadre"))
        return Labels::text(Labels::Domain::PersonRole, n.group);
    if (n.key.startsWith(QLatin1String("place:")))
        return Labels::text(Labels::Domain::PlaceLevel, n.group);
    return Labels::text(Labels::Domain::OrgKind, n.group);
}

QString period(const NetworkEdge &e)
{
    if (e.endDate.isEmpty())
        return NetworkScene::tr("since %1").arg(e.startDate);
    return QStringLiteral("%1 – %2").arg(e.startDate, e.endDate);
}

} // namespace

/// One pairing: a curve from the eastern node to the western one.
class NetworkEdgeItem final : public QGraphicsPathItem
{
public:
    NetworkEdgeItem(const NetworkEdge &edge, const QPainterPath &path)
        : QGraphicsPathItem(path)
        , m_edge(edge)
    {
        setZValue(EdgeZ);
        setData(0, edge.kind);
        restyle(Normal);
    }
    enum Style { Normal, Highlighted, Dimmed };
    void restyle(Style style)
    {
        QColor c = NetworkScene::kindColour(m_edge.kind);
        qreal width = 1.2;
        switch (style) {
        case Normal:
            c.setAlpha(m_edge.inForce ? 150 : 120);
            break;
        case Highlighted:
            width = 2.8;
            break;
        case Dimmed:
            c.setAlpha(22);
            break;
        }
        QPen pen(c, width);
        pen.setCapStyle(Qt::RoundCap);
        if (!m_edge.inForce)
            pen.setDashPattern({ 4, 3 });
        setPen(pen);
        setZValue(style == Highlighted ? HighlightZ : EdgeZ);
    }
    // Only the stroke (not the area under the curve) is hit by the mouse.
    QPainterPath shape() const override
    {
        QPainterPathStroker stroker;
        stroker.setWidth(6);
        return stroker.createStroke(path());
    }
    const NetworkEdge &edge() const { return m_edge; }

private:
    NetworkEdge m_edge;
};

/// One party: a small rounded box with its name; hovering highlights its pairings.
class NetworkNodeItem final : public QGraphicsItem
{
public:
    NetworkNodeItem(const NetworkNode &node, int index)
        : m_side(node.side)
        , m_index(index)
        , m_group(node.group)
    {
        setZValue(NodeZ);
        setAcceptHoverEvents(true);
        setData(0, node.group);
        const QFontMetricsF fm(nodeFont());
        m_text = fm.elidedText(node.name, Qt::ElideRight, NodeWidth - 10);
    }
    enum Mark { None, Self, Partner };
    QRectF boundingRect() const override { return QRectF(-1, -1, NodeWidth + 2, NodeHeight + 2); }
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *) override
    {
        const bool east = m_side == NetworkNode::Side::East;
        QColor fill = east ? QColor(0xFF, 0xF6, 0xEA) : QColor(0xED, 0xF4, 0xFA);
        QColor border = east ? QColor(0xD9, 0xB9, 0x8C) : QColor(0x9D, 0xBB, 0xD6);
        qreal width = 1;
        if (m_mark == Self) {
            fill = east ? QColor(0xFF, 0xE3, 0xBD) : QColor(0xC9, 0xDF, 0xF1);
            border = TextColour;
            width = 1.8;
        } else if (m_mark == Partner) {
            border = TextColour;
            width = 1.2;
        }
        painter->setRenderHint(QPainter::Antialiasing);
        painter->setPen(QPen(border, width));
        painter->setBrush(fill);
        painter->drawRoundedRect(QRectF(0.5, 0.5, NodeWidth - 1, NodeHeight - 1), 4, 4);
        painter->setFont(nodeFont());
        painter->setPen(TextColour);
        painter->drawText(QRectF(5, 0, NodeWidth - 10, NodeHeight), Qt::AlignVCenter | Qt::AlignLeft, m_text);
    }
    void setMark(Mark mark)
    {
        if (mark != m_mark) {
            m_mark = mark;
            update();
        }
    }
    NetworkNode::Side side() const { return m_side; }
    const QString &group() const { return m_group; }

protected:
    void hoverEnterEvent(QGraphicsSceneHoverEvent *) override
    {
        if (auto *s = qobject_cast<NetworkScene *>(scene()))
            s->highlight(m_index);
    }
    void hoverLeaveEvent(QGraphicsSceneHoverEvent *) override
    {
        if (auto *s = qobject_cast<NetworkScene *>(scene()); s && s->highlighted() == m_index)
            s->highlight(-1);
    }

private:
    NetworkNode::Side m_side;
    int m_index;
    QString m_group;
    QString m_text;
    Mark m_mark = None;
};

} // namespace tongxin
