#pragma once

#include "pairing/network.h"

#include <QCoreApplication>
#include <QGraphicsScene>
#include <QGraphicsView>
#include <QHash>
#include <QImage>
#include <QSet>

class QGraphicsPathItem;
class QGraphicsSimpleTextItem;

namespace tongxin {

class NetworkNodeItem;
class NetworkEdgeItem;

/// The drawing of a PairingNetwork: eastern parties in a column on the left, western parties
/// on the right, each grouped by level or kind (streets, communities, … | towns, villages, …)
/// with a group that has many nodes wrapped into several sub-columns; pairings as curves
/// coloured by kind (dashed when no longer in force). A title and a legend at the top make an
/// exported image self-explanatory. Hovering a node highlights its pairings and dims the rest.
class NetworkScene final : public QGraphicsScene
{
    Q_OBJECT
public:
    explicit NetworkScene(QObject *parent = nullptr);
    ~NetworkScene() override;

    /// Replaces the drawing. The side of `focus` keeps its natural order (by place); the other
    /// side is ordered by the mean position of its partners, which keeps curves short.
    void setNetwork(
        const PairingNetwork &network, NetworkNode::Side focus, const QString &title, const QString &subtitle);
    /// An empty drawing with one line of text (no database, nothing paired…).
    void setMessage(const QString &text);
    const PairingNetwork &network() const { return m_network; }

    /// The colour of a pairing kind, also used by the page's check boxes.
    static QColor kindColour(const QString &kind);
    /// A short line in the kind's colour (for legends and check boxes), dashed or not.
    static QPixmap kindSwatch(const QString &kind, bool dashed = false, int width = 22, int height = 12);
    /// The title of a node group: "Streets", "Registered poor households", …
    static QString groupTitle(NetworkNode::Side side, const QString &group);

    /// Shows or hides the pairings of a kind (nodes stay; a node none of whose pairings is
    /// shown fades).
    void setKindVisible(const QString &kind, bool visible);
    bool isKindVisible(const QString &kind) const { return !m_hiddenKinds.contains(kind); }

    /// Node items (one per party) and edge items (one per pairing, of one kind or all).
    QList<QGraphicsItem *> nodeItems() const;
    QList<QGraphicsPathItem *> edgeItems(const QString &kind = QString()) const;
    /// Node items of one group of one side.
    int nodeItemCount(NetworkNode::Side side, const QString &group) const;

    /// Highlights the pairings of node `index` (and its partners), -1 clears.
    void highlight(int index);
    int highlighted() const { return m_highlighted; }

    /// The whole drawing on white, at `scale` (2 = twice the on-screen size).
    QImage renderImage(qreal scale = 2.0);

private:
    void clearDrawing();
    void addHeader(const QString &title, const QString &subtitle, qreal *y);
    void layoutSide(NetworkNode::Side side, const QVector<int> &order, qreal top, int rowsPerColumn);
    QVector<int> sortedByPlace(NetworkNode::Side side) const;
    QVector<int> sortedByPartners(NetworkNode::Side side) const;
    void addEdges();
    void updateFading();

    PairingNetwork m_network;
    QVector<NetworkNodeItem *> m_nodes; // by index of m_network.nodes
    QVector<NetworkEdgeItem *> m_edges; // by index of m_network.edges
    QVector<QVector<int>> m_edgesOfNode;
    QHash<QString, QGraphicsItem *> m_legend; // kind -> legend entry
    QSet<QString> m_hiddenKinds;
    int m_highlighted = -1;
};

/// A QGraphicsView for the network: Ctrl+wheel zooms about the mouse, plain wheel scrolls.
class NetworkView final : public QGraphicsView
{
    Q_OBJECT
public:
    explicit NetworkView(QWidget *parent = nullptr);

    /// Multiplies the zoom by `factor`, kept between 5% and 400%.
    void zoomBy(qreal factor);
    /// The whole drawing in the view.
    void fitAll();
    /// 100%, scrolled to the top left.
    void actualSize();
    /// Fits the drawing's width when it is wider than the view, else 100%; scrolled to the top.
    void showStart();
    qreal zoom() const;

signals:
    void zoomChanged(qreal zoom);

protected:
    void wheelEvent(QWheelEvent *event) override;
};

} // namespace tongxin
