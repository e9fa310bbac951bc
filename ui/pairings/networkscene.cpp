#include "pairings/networkscene.h"

#include "pairings/networkitems_p.h"

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

NetworkScene::NetworkScene(QObject *parent)
    : QGraphicsScene(parent)
{
    setBackgroundBrush(Qt::white);
    setItemIndexMethod(QGraphicsScene::BspTreeIndex);
}

NetworkScene::~NetworkScene() = default;

QColor NetworkScene::kindColour(const QString &kind)
{
    static const QHash<QString, QColor> colours {
        { QStringLiteral("street_town"), QColor(0xC6, 0x28, 0x28) },
        { QStringLiteral("community_village"), QColor(0x15, 0x65, 0xC0) },
        { QStringLiteral("school"), QColor(0x2E, 0x7D, 0x32) },
        { QStringLiteral("hospital"), QColor(0x8E, 0x24, 0xAA) },
        { QStringLiteral("enterprise_village"), QColor(0xE0, 0x9A, 0x00) },
        { QStringLiteral("chamber_village"), QColor(0x00, 0x83, 0x8F) },
        { QStringLiteral("cadre_household"), QColor(0x79, 0x55, 0x48) },
    };
    return colours.value(kind, QColor(0x75, 0x75, 0x75));
}

QPixmap NetworkScene::kindSwatch(const QString &kind, bool dashed, int width, int height)
{
    QPixmap pm(width, height);
    pm.fill(Qt::transparent);
    QPainter p(&pm);
    p.setRenderHint(QPainter::Antialiasing);
    QPen pen(kindColour(kind), 3);
    pen.setCapStyle(Qt::RoundCap);
    if (dashed)
        pen.setDashPattern({ 2, 1.5 });
    p.setPen(pen);
    p.drawLine(QPointF(2, height / 2.0), QPointF(width - 2, height / 2.0));
    return pm;
}

QString NetworkScene::groupTitle(NetworkNode::Side side, const QString &group)
{
    if (side == NetworkNode::Side::East) {
        if (group == QLatin1String("street"))
            return tr("Streets");
        if (group == QLatin1String("community"))
            return tr("Communities");
        if (group == QLatin1String("school"))
            return tr("Schools");
        if (group == QLatin1String("hospital"))
            return tr("Hospitals");
        if (group == QLatin1String("enterprise"))
            return tr("Enterprises");
        if (group == QLatin1String("chamber"))
            return tr("Chamber of commerce");
        if (group == QLatin1String("cadre"))
            return tr("Cadres");
    } else {
        if (group == QLatin1String("town"))
            return tr("Towns");
        if (group == QLatin1String("village"))
            return tr("Villages");
        if (group == QLatin1String("school"))
            return tr("Schools");
        if (group == QLatin1String("hospital"))
            return tr("Hospitals");
        if (group == QLatin1String("household"))
            return tr("Registered poor households");
    }
    return group;
}

void NetworkScene::clearDrawing()
{
    m_highlighted = -1;
    m_nodes.clear();
    m_edges.clear();
    m_edgesOfNode.clear();
    m_legend.clear();
    clear();
}

void NetworkScene::setMessage(const QString &text)
{
    clearDrawing();
    m_network = PairingNetwork {};
    auto *item = addSimpleText(text);
    item->setBrush(MutedColour);
    setSceneRect(itemsBoundingRect().adjusted(-20, -20, 20, 20));
}

QVector<int> NetworkScene::sortedByPlace(NetworkNode::Side side) const
{
    QVector<int> order;
    for (int i = 0; i < m_network.nodes.size(); ++i) {
        if (m_network.nodes.at(i).side == side)
            order << i;
    }
    const QStringList groups = PairingNetwork::groups(side);
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
        const NetworkNode &x = m_network.nodes.at(a);
        const NetworkNode &y = m_network.nodes.at(b);
        const int gx = int(groups.indexOf(x.group));
        const int gy = int(groups.indexOf(y.group));
        if (gx != gy)
            return gx < gy;
        if (x.parentId != y.parentId)
            return x.parentId < y.parentId;
        return x.id < y.id;
    });
    return order;
}

QVector<int> NetworkScene::sortedByPartners(NetworkNode::Side side) const
{
    // The mean vertical position of a node's partners (already laid out).
    QVector<qreal> mean(m_network.nodes.size(), 0);
    for (int i = 0; i < m_network.nodes.size(); ++i) {
        if (m_network.nodes.at(i).side != side || m_edgesOfNode.at(i).isEmpty())
            continue;
        qreal sum = 0;
        for (int e : m_edgesOfNode.at(i)) {
            const NetworkEdge &edge = m_network.edges.at(e);
            const int other = side == NetworkNode::Side::East ? edge.west : edge.east;
            sum += m_nodes.at(other)->pos().y();
        }
        mean[i] = sum / m_edgesOfNode.at(i).size();
    }
    QVector<int> order = sortedByPlace(side);
    const QStringList groups = PairingNetwork::groups(side);
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
        const int ga = int(groups.indexOf(m_network.nodes.at(a).group));
        const int gb = int(groups.indexOf(m_network.nodes.at(b).group));
        if (ga != gb)
            return ga < gb;
        return mean.at(a) < mean.at(b);
    });
    return order;
}

void NetworkScene::layoutSide(NetworkNode::Side side, const QVector<int> &order, qreal top, int rowsPerColumn)
{
    const bool east = side == NetworkNode::Side::East;
    const QStringList groups = PairingNetwork::groups(side);
    QFont headerFont = nodeFont();
    headerFont.setPointSizeF(9);
    headerFont.setBold(true);
    qreal y = top;
    int i = 0;
    for (const QString &group : groups) {
        QVector<int> members;
        while (i < order.size() && m_network.nodes.at(order.at(i)).group == group)
            members << order.at(i++);
        if (members.isEmpty())
            continue;
        const int columns = int(std::ceil(members.size() / qreal(rowsPerColumn)));
        const int rows = int(std::ceil(members.size() / qreal(columns)));
        auto *header = addSimpleText(QStringLiteral("%1 (%2)").arg(groupTitle(side, group)).arg(members.size()));
        header->setFont(headerFont);
        header->setBrush(MutedColour);
        header->setZValue(NodeZ);
        const qreal headerWidth = header->boundingRect().width();
        header->setPos(east ? -headerWidth : MiddleWidth, y + 3);
        y += GroupHeaderHeight;
        for (int k = 0; k < members.size(); ++k) {
            const int c = k / rows; // 0 = the sub-column next to the middle
            const int r = k % rows;
            const qreal x
                = east ? -(c + 1) * NodeWidth - c * SubColumnGap : MiddleWidth + c * (NodeWidth + SubColumnGap);
            m_nodes.at(members.at(k))->setPos(x, y + r * RowPitch);
        }
        y += rows * RowPitch + GroupGap;
    }
}

void NetworkScene::addEdges()
{
    for (int e = 0; e < m_network.edges.size(); ++e) {
        const NetworkEdge &edge = m_network.edges.at(e);
        // A node of an outer sub-column is reached through the channel beside it and the
        // lane between its row and the row above, never behind another node.
        const qreal lane = (RowPitch - NodeHeight) / 2;
        const QPointF eastPos = m_nodes.at(edge.east)->pos();
        const QPointF westPos = m_nodes.at(edge.west)->pos();
        QPainterPath path(eastPos + QPointF(NodeWidth, NodeHeight / 2));
        qreal startY = eastPos.y() + NodeHeight / 2;
        if (eastPos.x() + NodeWidth < -0.5) {
            const qreal channel = eastPos.x() + NodeWidth + SubColumnGap / 2;
            startY = eastPos.y() - lane;
            path.lineTo(channel, eastPos.y() + NodeHeight / 2);
            path.lineTo(channel, startY);
            path.lineTo(0, startY);
        }
        const bool outerWest = westPos.x() > MiddleWidth + 0.5;
        const qreal endY = outerWest ? westPos.y() - lane : westPos.y() + NodeHeight / 2;
        path.cubicTo(
            QPointF(MiddleWidth * 0.45, startY), QPointF(MiddleWidth * 0.55, endY), QPointF(MiddleWidth, endY));
        if (outerWest) {
            const qreal channel = westPos.x() - SubColumnGap / 2;
            path.lineTo(channel, endY);
            path.lineTo(channel, westPos.y() + NodeHeight / 2);
            path.lineTo(westPos + QPointF(0, NodeHeight / 2));
        }
        auto *item = new NetworkEdgeItem(edge, path);
        const NetworkNode &east = m_network.nodes.at(edge.east);
        const NetworkNode &west = m_network.nodes.at(edge.west);
        item->setToolTip(QStringLiteral("<b>%1</b><br>%2 ↔ %3<br>%4%5")
                             .arg(escaped(Labels::text(Labels::Domain::PairingKind, edge.kind)), escaped(east.name),
                                 escaped(west.name), escaped(period(edge)),
                                 edge.inForce ? QString() : QStringLiteral(" (%1)").arg(tr("ended"))));
        addItem(item);
        m_edges << item;
    }
}

void NetworkScene::addHeader(const QString &title, const QString &subtitle, qreal *y)
{
    const QRectF columns = itemsBoundingRect();
    const qreal left = columns.left();
    const qreal right = std::max(columns.right(), left + 600);
    QFont titleFont = nodeFont();
    titleFont.setPointSizeF(13);
    titleFont.setBold(true);
    QFont textFont = nodeFont();
    textFont.setPointSizeF(9);

    // Built downwards from 0, then moved above the columns.
    QList<QGraphicsItem *> items;
    auto *titleItem = addSimpleText(title);
    titleItem->setFont(titleFont);
    titleItem->setBrush(TextColour);
    titleItem->setPos(0, 0);
    items << titleItem;
    qreal cursor = titleItem->boundingRect().height() + 2;
    auto *subtitleItem = addSimpleText(subtitle);
    subtitleItem->setFont(textFont);
    subtitleItem->setBrush(MutedColour);
    subtitleItem->setPos(0, cursor);
    items << subtitleItem;
    cursor += subtitleItem->boundingRect().height() + 8;

    // The legend: one entry per kind present, wrapped to the drawing's width.
    qreal x = 0;
    const qreal lineHeight = 18;
    bool anyEnded = false;
    for (const QString &kind : Labels::codes(Labels::Domain::PairingKind)) {
        const int n = m_network.edgeCount(kind);
        if (n == 0)
            continue;
        for (const NetworkEdge &e : std::as_const(m_network.edges))
            anyEnded = anyEnded || (e.kind == kind && !e.inForce);
        auto *group = new QGraphicsItemGroup;
        addItem(group);
        auto *swatch = new QGraphicsPixmapItem(kindSwatch(kind, false, 26, 12));
        swatch->setPos(0, 2);
        group->addToGroup(swatch);
        auto *label = new QGraphicsSimpleTextItem(
            QStringLiteral("%1 (%2)").arg(Labels::text(Labels::Domain::PairingKind, kind)).arg(n));
        label->setFont(textFont);
        label->setBrush(TextColour);
        label->setPos(30, 0);
        group->addToGroup(label);
        const qreal width = group->childrenBoundingRect().width() + 18;
        if (x > 0 && x + width > right - left) {
            x = 0;
            cursor += lineHeight;
        }
        group->setPos(x, cursor);
        x += width;
        m_legend.insert(kind, group);
        items << group;
    }
    if (anyEnded) {
        auto *note = addSimpleText(tr("dashed: no longer in force"));
        note->setFont(textFont);
        note->setBrush(MutedColour);
        if (x > 0 && x + note->boundingRect().width() > right - left) {
            x = 0;
            cursor += lineHeight;
        }
        note->setPos(x, cursor);
        items << note;
    }
    cursor += lineHeight + 14;

    // Side captions just above the columns.
    QFont sideFont = nodeFont();
    sideFont.setPointSizeF(10);
    sideFont.setBold(true);
    auto *eastCaption = addSimpleText(tr("Eastern side"));
    eastCaption->setFont(sideFont);
    eastCaption->setBrush(QColor(0xA0, 0x6A, 0x1E));
    eastCaption->setPos(-eastCaption->boundingRect().width(), cursor);
    auto *westCaption = addSimpleText(tr("Western side"));
    westCaption->setFont(sideFont);
    westCaption->setBrush(QColor(0x2E, 0x6F, 0x9E));
    westCaption->setPos(MiddleWidth, cursor);
    cursor += eastCaption->boundingRect().height() + 6;

    const qreal shift = columns.top() - cursor;
    for (QGraphicsItem *item : std::as_const(items))
        item->setPos(item->pos() + QPointF(left, shift));
    eastCaption->moveBy(0, shift);
    westCaption->moveBy(0, shift);
    *y = shift;
}

void NetworkScene::setNetwork(
    const PairingNetwork &network, NetworkNode::Side focus, const QString &title, const QString &subtitle)
{
    clearDrawing();
    m_network = network;
    m_edgesOfNode.resize(m_network.nodes.size());
    for (int e = 0; e < m_network.edges.size(); ++e) {
        m_edgesOfNode[m_network.edges.at(e).east] << e;
        m_edgesOfNode[m_network.edges.at(e).west] << e;
    }

    // Rows per sub-column: enough that no group needs more than MaxSubColumns.
    int largest = 0;
    for (NetworkNode::Side side : { NetworkNode::Side::East, NetworkNode::Side::West }) {
        for (const QString &group : PairingNetwork::groups(side))
            largest = std::max(largest, m_network.nodeCount(side, group));
    }
    const int rowsPerColumn = std::max(MinRowsPerColumn, int(std::ceil(largest / qreal(MaxSubColumns))));

    for (int i = 0; i < m_network.nodes.size(); ++i) {
        const NetworkNode &n = m_network.nodes.at(i);
        auto *item = new NetworkNodeItem(n, i);
        QStringList partners;
        for (int e : std::as_const(m_edgesOfNode.at(i))) {
            const NetworkEdge &edge = m_network.edges.at(e);
            const NetworkNode &other = m_network.nodes.at(n.side == NetworkNode::Side::East ? edge.west : edge.east);
            if (partners.size() == 12) {
                partners << tr("… and %n more", nullptr, int(m_edgesOfNode.at(i).size()) - 12);
                break;
            }
            partners << QStringLiteral("%1: %2 (%3%4)")
                            .arg(escaped(Labels::text(Labels::Domain::PairingKind, edge.kind)), escaped(other.name),
                                escaped(period(edge)),
                                edge.inForce ? QString() : QStringLiteral(", %1").arg(tr("ended")));
        }
        QStringList where { escaped(groupName(n)) };
        if (!n.parent.isEmpty())
            where << escaped(n.parent);
        if (!n.unit.isEmpty() && n.unit != n.parent)
            where << escaped(n.unit);
        item->setToolTip(
            QStringLiteral("<b>%1</b><br>%2<br>%3<br>%4")
                .arg(escaped(n.name), where.join(QStringLiteral(" · ")),
                    m_edgesOfNode.at(i).size() == 1 ? tr("1 pairing:")
                                                    : tr("%n pairings:", nullptr, int(m_edgesOfNode.at(i).size())),
                    partners.join(QStringLiteral("<br>"))));
        addItem(item);
        m_nodes << item;
    }

    const NetworkNode::Side other
        = focus == NetworkNode::Side::East ? NetworkNode::Side::West : NetworkNode::Side::East;
    layoutSide(focus, sortedByPlace(focus), 0, rowsPerColumn);
    layoutSide(other, sortedByPartners(other), 0, rowsPerColumn);
    addEdges();
    qreal top = 0;
    addHeader(title, subtitle, &top);
    for (const QString &kind : std::as_const(m_hiddenKinds))
        setKindVisible(kind, false);
    updateFading();
    setSceneRect(itemsBoundingRect().adjusted(-24, -24, 24, 24));
}

void NetworkScene::setKindVisible(const QString &kind, bool visible)
{
    if (visible)
        m_hiddenKinds.remove(kind);
    else
        m_hiddenKinds.insert(kind);
    for (NetworkEdgeItem *e : std::as_const(m_edges)) {
        if (e->edge().kind == kind)
            e->setVisible(visible);
    }
    if (QGraphicsItem *legend = m_legend.value(kind))
        legend->setOpacity(visible ? 1.0 : 0.3);
    updateFading();
}

void NetworkScene::updateFading()
{
    for (int i = 0; i < m_nodes.size(); ++i) {
        bool shown = m_edgesOfNode.at(i).isEmpty();
        for (int e : std::as_const(m_edgesOfNode.at(i)))
            shown = shown || !m_hiddenKinds.contains(m_network.edges.at(e).kind);
        m_nodes.at(i)->setOpacity(shown ? 1.0 : 0.3);
    }
}

QList<QGraphicsItem *> NetworkScene::nodeItems() const
{
    QList<QGraphicsItem *> out;
    for (NetworkNodeItem *n : m_nodes)
        out << n;
    return out;
}

QList<QGraphicsPathItem *> NetworkScene::edgeItems(const QString &kind) const
{
    QList<QGraphicsPathItem *> out;
    for (NetworkEdgeItem *e : m_edges) {
        if (kind.isEmpty() || e->edge().kind == kind)
            out << e;
    }
    return out;
}

int NetworkScene::nodeItemCount(NetworkNode::Side side, const QString &group) const
{
    int n = 0;
    for (NetworkNodeItem *item : m_nodes)
        n += item->side() == side && item->group() == group ? 1 : 0;
    return n;
}

void NetworkScene::highlight(int index)
{
    if (index == m_highlighted)
        return;
    m_highlighted = index;
    QSet<int> connectedEdges;
    QSet<int> partners;
    if (index >= 0 && index < m_nodes.size()) {
        for (int e : std::as_const(m_edgesOfNode.at(index))) {
            if (m_hiddenKinds.contains(m_network.edges.at(e).kind))
                continue;
            connectedEdges.insert(e);
            partners.insert(m_network.edges.at(e).east);
            partners.insert(m_network.edges.at(e).west);
        }
    }
    for (int e = 0; e < m_edges.size(); ++e) {
        if (index < 0)
            m_edges.at(e)->restyle(NetworkEdgeItem::Normal);
        else
            m_edges.at(e)->restyle(connectedEdges.contains(e) ? NetworkEdgeItem::Highlighted : NetworkEdgeItem::Dimmed);
    }
    for (int i = 0; i < m_nodes.size(); ++i) {
        m_nodes.at(i)->setMark(i == index ? NetworkNodeItem::Self
                : partners.contains(i)    ? NetworkNodeItem::Partner
                                          : NetworkNodeItem::None);
    }
}

QImage NetworkScene::renderImage(qreal scale)
{
    const QRectF source = sceneRect();
    const QSize size = (source.size() * scale).toSize();
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    if (image.isNull())
        return image;
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    render(&painter, QRectF(QPointF(0, 0), QSizeF(size)), source);
    painter.end();
    return image;
}

} // namespace tongxin
