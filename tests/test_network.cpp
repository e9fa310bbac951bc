// The pairing network (tongxin::PairingNetwork), its drawing (NetworkScene) and the network
// page, offscreen: nodes and edges per group and kind, ended pairings, eastern units, hiding
// kinds, hover highlighting, zoom, and PNG export through the file dialog seam.

#include "common/markingtranslator.h"
#include "common/userdriver2.h"
#include "db/database.h"
#include "demo/demo.h"
#include "i18n/language.h"
#include "pairing/network.h"
#include "pairings/networkpage.h"
#include "pairings/networkscene.h"
#include "shell/filedialog.h"
#include "shell/messagebox.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QGraphicsPathItem>
#include <QGraphicsSimpleTextItem>
#include <QImage>
#include <QLabel>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QToolButton>
#include <QtTest>

using namespace tongxin;

namespace {

using Side = NetworkNode::Side;

// Western unit 10 (two towns, four villages, a school, two households) and unit 20 (one town,
// one village); eastern district 1 with a street, two communities, a school, an enterprise, a
// chamber and two cadres. On 2020-06-01 unit 10 has in force: street↔town 1, community↔village
// 2, school 1, enterprise↔village 2 (one enterprise, two villages), chamber↔village 1,
// cadre↔household 1; and one ended community↔village pairing. Unit 20 has one community↔village.
const char *const Fixture[] = {
    "INSERT INTO places (id, side, level, parent_id, name, name_en) VALUES (1, 'east', 'district', NULL, '河西区', "
    "'Hexi District')",
    "INSERT INTO places (id, side, level, parent_id, name) VALUES (2, 'east', 'street', 1, '大营门街道')",
    "INSERT INTO places (id, side, level, parent_id, name) VALUES (3, 'east', 'community', 2, '新兴里社区')",
    "INSERT INTO places (id, side, level, parent_id, name) VALUES (4, 'east', 'community', 2, '宾西社区')",
    "INSERT INTO places (id, side, level, parent_id, name, name_en) VALUES (10, 'west', 'county', NULL, '庄浪县', "
    "'Zhuanglang County')",
    "INSERT INTO places (id, side, level, parent_id, name) VALUES (11, 'west', 'town', 10, '南湖镇')",
    "INSERT INTO places (id, side, level, parent_id, name) VALUES (12, 'west', 'town', 10, '朱店镇')",
    "INSERT INTO places (id, side, level, parent_id, name, is_poor) VALUES (101, 'west', 'village', 11, '陈家沟村', 1)",
    "INSERT INTO places (id, side, level, parent_id, name, is_poor) VALUES (102, 'west', 'village', 11, '峡家村', 1)",
    "INSERT INTO places (id, side, level, parent_id, name, is_poor) VALUES (103, 'west', 'village', 12, '中岘村', 1)",
    "INSERT INTO places (id, side, level, parent_id, name, is_poor) VALUES (104, 'west', 'village', 12, '牛峡村', 1)",
    "INSERT INTO places (id, side, level, parent_id, name, name_en) VALUES (20, 'west', 'county', NULL, '崆峒区', "
    "'Kongtong District')",
    "INSERT INTO places (id, side, level, parent_id, name) VALUES (21, 'west', 'town', 20, '崆峒镇')",
    "INSERT INTO places (id, side, level, parent_id, name, is_poor) VALUES (201, 'west', 'village', 21, '石沟村', 1)",
    "INSERT INTO organisations (id, side, kind, name, place_id) VALUES (40, 'east', 'school', '河西区第一中学', 1)",
    "INSERT INTO organisations (id, side, kind, name, place_id) VALUES (41, 'west', 'school', '庄浪县第二中学', 12)",
    "INSERT INTO organisations (id, side, kind, name, place_id) VALUES (50, 'east', 'enterprise', "
    "'天津甲科技有限公司', 1)",
    "INSERT INTO organisations (id, side, kind, name, place_id) VALUES (51, 'east', 'chamber', '河西区工商联', 1)",
    "INSERT INTO people (id, side, name, role, place_id) VALUES (60, 'east', '王建华', 'cadre', 1)",
    "INSERT INTO people (id, side, name, role, org_id) VALUES (61, 'east', '李文明', 'cadre', 40)",
    "INSERT INTO households (id, village_id, head_name, members, registered_year) VALUES (1001, 101, '张有福', 4, "
    "2014)",
    "INSERT INTO households (id, village_id, head_name, members, registered_year) VALUES (1002, 103, '王秀英', 5, "
    "2015)",
    "INSERT INTO pairings (kind, east_place_id, west_place_id, start_date) VALUES ('street_town', 2, 11, '2017-05-18')",
    "INSERT INTO pairings (kind, east_place_id, west_place_id, start_date) VALUES ('community_village', 3, 101, "
    "'2017-09-01')",
    "INSERT INTO pairings (kind, east_place_id, west_place_id, start_date) VALUES ('community_village', 4, 103, "
    "'2018-03-01')",
    "INSERT INTO pairings (kind, east_place_id, west_place_id, start_date, end_date, status) VALUES "
    "('community_village', 4, 102, '2017-09-01', '2018-02-28', 'ended')",
    "INSERT INTO pairings (kind, east_org_id, west_org_id, start_date) VALUES ('school', 40, 41, '2017-09-01')",
    "INSERT INTO pairings (kind, east_org_id, west_place_id, start_date) VALUES ('enterprise_village', 50, 101, "
    "'2018-05-01')",
    "INSERT INTO pairings (kind, east_org_id, west_place_id, start_date) VALUES ('enterprise_village', 50, 104, "
    "'2018-05-01')",
    "INSERT INTO pairings (kind, east_org_id, west_place_id, start_date) VALUES ('chamber_village', 51, 104, "
    "'2018-10-17')",
    "INSERT INTO pairings (kind, east_person_id, west_household_id, start_date) VALUES ('cadre_household', 61, 1002, "
    "'2018-04-01')",
    "INSERT INTO pairings (kind, east_place_id, west_place_id, start_date) VALUES ('community_village', 3, 201, "
    "'2018-03-01')",
    // Not yet started on the day asked about: never drawn.
    "INSERT INTO pairings (kind, east_person_id, west_household_id, start_date) VALUES ('cadre_household', 60, 1001, "
    "'2021-01-01')",
};

const QDate AsOf(2020, 6, 1);

// Pixels that are neither white nor near-white.
int inkPixels(const QImage &image)
{
    int n = 0;
    for (int y = 0; y < image.height(); y += 2) {
        for (int x = 0; x < image.width(); x += 2) {
            const QColor c = image.pixelColor(x, y);
            if (c.red() < 230 || c.green() < 230 || c.blue() < 230)
                ++n;
        }
    }
    return n;
}

bool hasColourNear(const QImage &image, const QColor &wanted)
{
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const QColor c = image.pixelColor(x, y);
            if (qAbs(c.red() - wanted.red()) < 24 && qAbs(c.green() - wanted.green()) < 24
                && qAbs(c.blue() - wanted.blue()) < 24)
                return true;
        }
    }
    return false;
}

// The role under which NetworkPage keeps each unit's side beside its id in the unit list.
constexpr int SideRole = Qt::UserRole + 1;

/// Chooses a unit of one side in the shown page's unit list, clicked in the list that opens, as a
/// user does (the eastern units are listed below the western ones). False when it is not listed
/// or the page does not draw it after.
bool chooseUnit(NetworkPage &page, Side side, qint64 unitId)
{
    auto *combo = page.findChild<QComboBox *>(QStringLiteral("unitCombo"));
    for (int i = 0; combo && i < combo->count(); ++i) {
        if (combo->itemData(i).toLongLong() == unitId && combo->itemData(i, SideRole).toInt() == int(side))
            return usertest::clickItem(combo, i) && page.unitId() == unitId && page.side() == side;
    }
    return false;
}

/// Shows the page on its own, so its unit list and boxes can be clicked.
bool showPage(NetworkPage &page, const QSize &size = QSize(1100, 700))
{
    page.resize(size);
    page.show();
    return QTest::qWaitForWindowExposed(&page);
}

} // namespace

class TestNetwork final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    Database m_db;
    QSqlDatabase db() const { return m_db.db(); }

private slots:
    void initTestCase();
    void loadWestUnit();
    void loadEastUnit();
    void sceneItems();
    void pageHidesKinds();
    void pageEndedAndEast();
    void highlight();
    void zoom();
    void exportPng();
    void retranslates();
    void demoReadable();
};

void TestNetwork::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    MessageBox::setRecordOnly(true);
    QVERIFY(m_dir.isValid());
    QVERIFY(Language::apply(QStringLiteral("en")));
    QVERIFY(m_db.create(m_dir.filePath(QStringLiteral("network.db"))));
    for (const char *sql : Fixture) {
        QSqlQuery q(db());
        QVERIFY2(q.exec(QString::fromUtf8(sql)), qPrintable(q.lastError().text() + QLatin1Char(' ') + sql));
    }
}

void TestNetwork::loadWestUnit()
{
    PairingNetwork net;
    QString error;
    QVERIFY2(PairingNetwork::load(db(), Side::West, 10, AsOf, false, &net, &error), qPrintable(error));
    QCOMPARE(net.edges.size(), 8);
    QCOMPARE(net.edgeCount(QStringLiteral("street_town")), 1);
    QCOMPARE(net.edgeCount(QStringLiteral("community_village")), 2);
    QCOMPARE(net.edgeCount(QStringLiteral("school")), 1);
    QCOMPARE(net.edgeCount(QStringLiteral("hospital")), 0);
    QCOMPARE(net.edgeCount(QStringLiteral("enterprise_village")), 2);
    QCOMPARE(net.edgeCount(QStringLiteral("chamber_village")), 1);
    QCOMPARE(net.edgeCount(QStringLiteral("cadre_household")), 1);
    for (const NetworkEdge &e : std::as_const(net.edges))
        QVERIFY(e.inForce);
    // Each party once, on its side and in its group.
    QCOMPARE(net.nodeCount(Side::East, QStringLiteral("street")), 1);
    QCOMPARE(net.nodeCount(Side::East, QStringLiteral("community")), 2);
    QCOMPARE(net.nodeCount(Side::East, QStringLiteral("school")), 1);
    QCOMPARE(net.nodeCount(Side::East, QStringLiteral("enterprise")), 1);
    QCOMPARE(net.nodeCount(Side::East, QStringLiteral("chamber")), 1);
    QCOMPARE(net.nodeCount(Side::East, QStringLiteral("cadre")), 1);
    QCOMPARE(net.nodeCount(Side::West, QStringLiteral("town")), 1);
    QCOMPARE(net.nodeCount(Side::West, QStringLiteral("village")), 3); // 101, 103, 104
    QCOMPARE(net.nodeCount(Side::West, QStringLiteral("school")), 1);
    QCOMPARE(net.nodeCount(Side::West, QStringLiteral("household")), 1);
    QCOMPARE(net.nodes.size(), 7 + 6);
    QSet<QString> keys;
    for (const NetworkNode &n : std::as_const(net.nodes)) {
        keys.insert((n.side == Side::East ? QStringLiteral("e/") : QStringLiteral("w/")) + n.key);
        if (n.key == QLatin1String("household:1002")) {
            QCOMPARE(n.name, QStringLiteral("王秀英"));
            QCOMPARE(n.parent, QStringLiteral("中岘村"));
            QCOMPARE(n.unit, QStringLiteral("庄浪县"));
        }
        if (n.key == QLatin1String("person:61")) {
            QCOMPARE(n.group, QStringLiteral("cadre"));
            QCOMPARE(n.parent, QStringLiteral("河西区第一中学"));
            QCOMPARE(n.unit, QStringLiteral("河西区"));
        }
    }
    QCOMPARE(keys.size(), net.nodes.size());
    QVERIFY(keys.contains(QStringLiteral("w/place:104")));
    QVERIFY(!keys.contains(QStringLiteral("w/place:102"))); // only an ended pairing
    QVERIFY(!keys.contains(QStringLiteral("w/place:201"))); // another unit

    // With ended pairings: the ended community pairing and its village, dashed later.
    QVERIFY(PairingNetwork::load(db(), Side::West, 10, AsOf, true, &net));
    QCOMPARE(net.edges.size(), 9);
    QCOMPARE(net.edgeCount(QStringLiteral("community_village")), 3);
    int ended = 0;
    for (const NetworkEdge &e : std::as_const(net.edges)) {
        if (!e.inForce) {
            ++ended;
            QCOMPARE(e.endDate, QStringLiteral("2018-02-28"));
        }
    }
    QCOMPARE(ended, 1);
    QCOMPARE(net.nodeCount(Side::West, QStringLiteral("village")), 4);
    // Later, the 2021 cadre pairing is in force as well.
    QVERIFY(PairingNetwork::load(db(), Side::West, 10, QDate(2021, 6, 1), false, &net));
    QCOMPARE(net.edgeCount(QStringLiteral("cadre_household")), 2);
}

void TestNetwork::loadEastUnit()
{
    PairingNetwork net;
    QVERIFY(PairingNetwork::load(db(), Side::East, 1, AsOf, false, &net));
    // Everything of district 1, in both western units.
    QCOMPARE(net.edges.size(), 9);
    QCOMPARE(net.edgeCount(QStringLiteral("community_village")), 3);
    QCOMPARE(net.nodeCount(Side::West, QStringLiteral("village")), 4);
    const QVector<Unit> east = PairingNetwork::easternUnits(db());
    QCOMPARE(east.size(), 1);
    QCOMPARE(east.first().id, 1);
    QCOMPARE(east.first().nameEn, QStringLiteral("Hexi District"));
    // A district with nothing: empty, not an error.
    QVERIFY(PairingNetwork::load(db(), Side::East, 999, AsOf, true, &net));
    QVERIFY(net.edges.isEmpty());
    QVERIFY(net.nodes.isEmpty());
}

void TestNetwork::sceneItems()
{
    PairingNetwork net;
    QVERIFY(PairingNetwork::load(db(), Side::West, 10, AsOf, true, &net));
    NetworkScene scene;
    scene.setNetwork(net, Side::West, QStringLiteral("title"), QStringLiteral("subtitle"));
    QCOMPARE(scene.nodeItems().size(), net.nodes.size());
    QCOMPARE(scene.edgeItems().size(), 9);
    const QStringList kinds { "street_town", "community_village", "school", "hospital", "enterprise_village",
        "chamber_village", "cadre_household" };
    const QList<int> expected { 1, 3, 1, 0, 2, 1, 1 };
    for (int i = 0; i < kinds.size(); ++i) {
        QCOMPARE(scene.edgeItems(kinds.at(i)).size(), expected.at(i));
        for (QGraphicsPathItem *e : scene.edgeItems(kinds.at(i)))
            QCOMPARE(e->pen().color().rgb(), NetworkScene::kindColour(kinds.at(i)).rgb());
    }
    QCOMPARE(scene.nodeItemCount(Side::East, QStringLiteral("community")), 2);
    QCOMPARE(scene.nodeItemCount(Side::West, QStringLiteral("village")), 4);
    QCOMPARE(scene.nodeItemCount(Side::West, QStringLiteral("household")), 1);
    // Kinds have distinct colours.
    QSet<QRgb> colours;
    for (const QString &k : kinds)
        colours.insert(NetworkScene::kindColour(k).rgb());
    QCOMPARE(colours.size(), kinds.size());
    // The ended pairing is dashed, the others solid.
    int dashed = 0;
    for (QGraphicsPathItem *e : scene.edgeItems())
        dashed += e->pen().style() == Qt::CustomDashLine ? 1 : 0;
    QCOMPARE(dashed, 1);
    // East nodes left of the west nodes; every edge joins an eastern and a western node.
    qreal eastRight = -1e9;
    qreal westLeft = 1e9;
    for (QGraphicsItem *n : scene.nodeItems()) {
        const QRectF r = n->sceneBoundingRect();
        if (n->data(0).toString() == QLatin1String("town") || n->data(0).toString() == QLatin1String("village")
            || n->data(0).toString() == QLatin1String("household"))
            westLeft = std::min(westLeft, r.left());
        if (n->data(0).toString() == QLatin1String("street") || n->data(0).toString() == QLatin1String("cadre"))
            eastRight = std::max(eastRight, r.right());
    }
    QVERIFY(eastRight < westLeft);
    // Nodes do not overlap.
    const QList<QGraphicsItem *> nodes = scene.nodeItems();
    for (int i = 0; i < nodes.size(); ++i) {
        for (int j = i + 1; j < nodes.size(); ++j)
            QVERIFY(!nodes.at(i)
                         ->sceneBoundingRect()
                         .adjusted(1, 1, -1, -1)
                         .intersects(nodes.at(j)->sceneBoundingRect().adjusted(1, 1, -1, -1)));
    }
    // Tool tips name the party and its partners.
    bool found = false;
    for (QGraphicsItem *n : nodes) {
        if (n->toolTip().contains(QStringLiteral("天津甲科技有限公司"))
            && n->data(0).toString() == QLatin1String("enterprise")) {
            found = true;
            QVERIFY(n->toolTip().contains(QStringLiteral("陈家沟村")));
            QVERIFY(n->toolTip().contains(QStringLiteral("牛峡村")));
            QVERIFY(n->toolTip().contains(QStringLiteral("2 pairings")));
        }
    }
    QVERIFY(found);
}

void TestNetwork::pageHidesKinds()
{
    NetworkPage page;
    page.setDatabase(&m_db);
    page.setDate(AsOf); // the page draws as of today; no user sets its date (a clock, not a widget)
    QVERIFY(showPage(page));
    QVERIFY(chooseUnit(page, Side::West, 10));
    NetworkScene *scene = page.scene();
    QCOMPARE(scene->edgeItems().size(), 8);
    QCOMPARE(scene->edgeItems(QStringLiteral("community_village")).size(), 2);
    QCheckBox *box = page.kindBox(QStringLiteral("community_village"));
    QVERIFY(box);
    QVERIFY(box->isChecked());
    QVERIFY(box->text().contains(QStringLiteral("(2)")));
    QVERIFY(!page.kindBox(QStringLiteral("hospital"))->isEnabled()); // none drawn

    QVERIFY(usertest::clickIndicator(box)); // unticked
    QVERIFY(!box->isChecked());
    for (QGraphicsPathItem *e : scene->edgeItems(QStringLiteral("community_village")))
        QVERIFY(!e->isVisible());
    for (QGraphicsPathItem *e : scene->edgeItems(QStringLiteral("enterprise_village")))
        QVERIFY(e->isVisible());
    QVERIFY(!scene->isKindVisible(QStringLiteral("community_village")));
    // The communities have nothing else shown: they fade; the village with an enterprise does not.
    int faded = 0;
    for (QGraphicsItem *n : scene->nodeItems())
        faded += n->opacity() < 1 ? 1 : 0;
    QCOMPARE(faded, 2 + 1); // two communities, village 103 (its household pair is another node)

    // Hidden kinds stay hidden when the drawing is rebuilt.
    QVERIFY(usertest::tick(page.findChild<QCheckBox *>(QStringLiteral("includeEnded")))); // Include ended pairings
    QCOMPARE(scene->edgeItems(QStringLiteral("community_village")).size(), 3);
    for (QGraphicsPathItem *e : scene->edgeItems(QStringLiteral("community_village")))
        QVERIFY(!e->isVisible());
    QVERIFY(usertest::clickIndicator(box)); // ticked again
    QVERIFY(box->isChecked());
    for (QGraphicsPathItem *e : scene->edgeItems(QStringLiteral("community_village")))
        QVERIFY(e->isVisible());
    for (QGraphicsItem *n : scene->nodeItems())
        QCOMPARE(n->opacity(), 1.0);
}

void TestNetwork::pageEndedAndEast()
{
    NetworkPage page;
    page.setDatabase(&m_db);
    page.setDate(AsOf);
    auto *combo = page.findChild<QComboBox *>(QStringLiteral("unitCombo"));
    QVERIFY(combo);
    // Western units, a separator, the eastern district.
    QCOMPARE(combo->count(), 4);
    QCOMPARE(combo->itemText(0), QStringLiteral("Zhuanglang County"));
    QVERIFY(combo->itemText(3).contains(QStringLiteral("Hexi District")));
    QCOMPARE(page.side(), Side::West);

    QVERIFY(showPage(page));
    QVERIFY(chooseUnit(page, Side::West, 20));
    QCOMPARE(page.scene()->edgeItems().size(), 1);
    QVERIFY(chooseUnit(page, Side::East, 1));
    QCOMPARE(page.side(), Side::East);
    QCOMPARE(page.unitId(), 1);
    QCOMPARE(page.scene()->edgeItems().size(), 9);
    auto *ended = page.findChild<QCheckBox *>(QStringLiteral("includeEnded"));
    QVERIFY(ended);
    QVERIFY(usertest::clickIndicator(ended)); // Include ended pairings, ticked
    QVERIFY(ended->isChecked());
    QCOMPARE(page.scene()->edgeItems().size(), 10);
    QVERIFY(!chooseUnit(page, Side::West, 999)); // no such unit to choose
    QCOMPARE(page.unitId(), 1);

    // No database: a message, no items to hover (the page shown redraws at once).
    page.setDatabase(nullptr);
    QVERIFY(page.scene()->edgeItems().isEmpty());
    QVERIFY(page.scene()->nodeItems().isEmpty());
    QVERIFY(!page.scene()->items().isEmpty());
}

void TestNetwork::highlight()
{
    PairingNetwork net;
    QVERIFY(PairingNetwork::load(db(), Side::West, 10, AsOf, false, &net));
    NetworkScene scene;
    scene.setNetwork(net, Side::West, QStringLiteral("t"), QStringLiteral("s"));
    int enterprise = -1;
    for (int i = 0; i < net.nodes.size(); ++i) {
        if (net.nodes.at(i).group == QLatin1String("enterprise"))
            enterprise = i;
    }
    QVERIFY(enterprise >= 0);
    const qreal normal = scene.edgeItems().first()->pen().widthF();
    scene.highlight(enterprise);
    QCOMPARE(scene.highlighted(), enterprise);
    for (QGraphicsPathItem *e : scene.edgeItems()) {
        if (e->data(0).toString() == QLatin1String("enterprise_village"))
            QVERIFY(e->pen().widthF() > normal);
        else
            QVERIFY(e->pen().color().alpha() < 50);
    }
    scene.highlight(-1);
    for (QGraphicsPathItem *e : scene.edgeItems())
        QCOMPARE(e->pen().widthF(), normal);

    // Hovering a node in a real view does the same.
    NetworkView view;
    view.setScene(&scene);
    view.resize(900, 600);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QGraphicsItem *node = scene.nodeItems().at(enterprise);
    view.centerOn(node);
    const QPoint at = view.mapFromScene(node->sceneBoundingRect().center());
    QTest::mouseMove(view.viewport(), at);
    QTRY_COMPARE(scene.highlighted(), enterprise);
}

void TestNetwork::zoom()
{
    NetworkPage page;
    page.setDatabase(&m_db);
    QVERIFY(showPage(page, QSize(1000, 700)));
    QVERIFY(chooseUnit(page, Side::West, 10));
    NetworkView *view = page.view();
    view->actualSize();
    QCOMPARE(view->zoom(), 1.0);
    // Ctrl+wheel zooms; a plain wheel does not.
    QWheelEvent in(QPointF(200, 200), view->viewport()->mapToGlobal(QPointF(200, 200)), QPoint(), QPoint(0, 120),
        Qt::NoButton, Qt::ControlModifier, Qt::NoScrollPhase, false);
    QCoreApplication::sendEvent(view->viewport(), &in);
    QVERIFY(view->zoom() > 1.1);
    const qreal zoomed = view->zoom();
    QWheelEvent plain(QPointF(200, 200), view->viewport()->mapToGlobal(QPointF(200, 200)), QPoint(), QPoint(0, -120),
        Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false);
    QCoreApplication::sendEvent(view->viewport(), &plain);
    QCOMPARE(view->zoom(), zoomed);
    view->fitAll();
    const QRectF shown = view->mapToScene(view->viewport()->rect()).boundingRect();
    QVERIFY(shown.contains(page.scene()->sceneRect().adjusted(2, 2, -2, -2)));
    view->zoomBy(1000);
    QCOMPARE(view->zoom(), 4.0);
}

void TestNetwork::exportPng()
{
    NetworkPage page;
    page.setDatabase(&m_db);
    page.setDate(AsOf);
    QVERIFY(showPage(page));
    QVERIFY(chooseUnit(page, Side::West, 10));
    auto *exportButton = page.findChild<QToolButton *>(QStringLiteral("exportButton"));
    QVERIFY(exportButton);
    const QString file = m_dir.filePath(QStringLiteral("network"));
    FileDialog::setNextFileName(file); // no suffix: .png is added
    QVERIFY(usertest::click(exportButton)); // Export PNG…
    QImage image(file + QStringLiteral(".png"));
    QVERIFY(!image.isNull());
    const QSizeF scene = page.scene()->sceneRect().size();
    QCOMPARE(image.width(), qRound(scene.width() * 2));
    QCOMPARE(image.height(), qRound(scene.height() * 2));
    // Not blank: text, boxes and coloured lines.
    QVERIFY(inkPixels(image) > 1000);
    QVERIFY(hasColourNear(image, NetworkScene::kindColour(QStringLiteral("enterprise_village"))));
    QVERIFY(hasColourNear(image, NetworkScene::kindColour(QStringLiteral("street_town"))));
    QVERIFY(MessageBox::recorded().isEmpty());

    // Cancelled: nothing written. Unwritable: a warning.
    MessageBox::clearRecorded();
    FileDialog::setNextFileName(QString());
    QVERIFY(usertest::click(exportButton)); // Export PNG…
    QVERIFY(MessageBox::recorded().isEmpty());
    FileDialog::setNextFileName(m_dir.filePath(QStringLiteral("no/such/folder/x.png")));
    QVERIFY(usertest::click(exportButton)); // Export PNG…
    QCOMPARE(MessageBox::recorded().size(), 1);
    QCOMPARE(MessageBox::recorded().first().kind, MessageBox::Kind::Warning);
}

void TestNetwork::retranslates()
{
    NetworkPage page;
    page.setDatabase(&m_db);
    page.setDate(AsOf);
    QVERIFY(showPage(page, QSize(1000, 700)));
    QVERIFY(chooseUnit(page, Side::West, 10));
    const auto sceneTexts = [&page] {
        QStringList texts;
        for (QGraphicsItem *item : page.scene()->items()) {
            if (auto *text = qgraphicsitem_cast<QGraphicsSimpleTextItem *>(item))
                texts << text->text();
        }
        return texts;
    };
    QVERIFY(sceneTexts().contains(QStringLiteral("Villages (3)")));
    usertest::MarkingTranslator marking;
    QCoreApplication::installTranslator(&marking);
    auto *heading = page.findChild<QLabel *>(QStringLiteral("heading"));
    QTRY_COMPARE(heading->text(), QStringLiteral("‹Pairing network›"));
    QVERIFY(page.kindBox(QStringLiteral("school"))->text().startsWith(QStringLiteral("‹")));
    // The drawing is rebuilt: group titles in the new language, same items.
    QVERIFY(sceneTexts().contains(QStringLiteral("‹Villages› (3)")));
    QCOMPARE(page.scene()->edgeItems().size(), 8);
    QCoreApplication::removeTranslator(&marking);
    QTRY_COMPARE(heading->text(), QStringLiteral("Pairing network"));
    QVERIFY(sceneTexts().contains(QStringLiteral("Villages (3)")));
}

void TestNetwork::demoReadable()
{
    Database demo;
    QVERIFY(demo.create(m_dir.filePath(QStringLiteral("demo.db"))));
    QVERIFY(Demo::populate(demo));
    QSqlQuery q(demo.db());
    QVERIFY(q.exec(QStringLiteral("SELECT id FROM places WHERE level = 'county' ORDER BY id LIMIT 1")) && q.next());
    const qint64 first = q.value(0).toLongLong();
    NetworkPage page;
    page.setDatabase(&demo);
    QVERIFY(showPage(page));
    QVERIFY(chooseUnit(page, Side::West, first));
    NetworkScene *scene = page.scene();
    // Every pairing in force of the unit is drawn, once.
    QSqlQuery n(demo.db());
    n.prepare(QStringLiteral("SELECT count(*) FROM pairings p JOIN pairing_units u ON u.pairing_id = p.id "
                             "WHERE u.county_id = :u AND p.status = 'active' AND p.start_date <= :d "
                             "AND (p.end_date IS NULL OR p.end_date >= :d)"));
    n.bindValue(QStringLiteral(":u"), first);
    n.bindValue(QStringLiteral(":d"), QDate::currentDate().toString(Qt::ISODate));
    QVERIFY(n.exec() && n.next());
    QCOMPARE(scene->edgeItems().size(), n.value(0).toInt());
    QVERIFY(scene->nodeItems().size() > 200);
    // Readable: no overlapping nodes, and no group wider than three sub-columns.
    const QList<QGraphicsItem *> nodes = scene->nodeItems();
    QSet<int> columns;
    for (QGraphicsItem *node : nodes)
        columns.insert(qRound(node->sceneBoundingRect().left()));
    QVERIFY(columns.size() <= 6);
    for (int i = 0; i < nodes.size(); ++i) {
        for (int j = i + 1; j < nodes.size(); ++j)
            QVERIFY(!nodes.at(i)
                         ->sceneBoundingRect()
                         .adjusted(1, 1, -1, -1)
                         .intersects(nodes.at(j)->sceneBoundingRect().adjusted(1, 1, -1, -1)));
    }
    // The eastern district draws everything.
    QVERIFY(chooseUnit(page, Side::East, PairingNetwork::easternUnits(demo.db()).first().id));
    QSqlQuery all(demo.db());
    QVERIFY(
        all.exec(QStringLiteral("SELECT count(*) FROM pairings WHERE status = 'active' AND start_date <= date('now') "
                                "AND (end_date IS NULL OR end_date >= date('now'))"))
        && all.next());
    QCOMPARE(page.scene()->edgeItems().size(), all.value(0).toInt());
}

QTEST_MAIN(TestNetwork)
#include "test_network.moc"
