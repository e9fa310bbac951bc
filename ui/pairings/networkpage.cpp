#include "pairings/networkpage.h"

#include "db/database.h"
#include "domain/labels.h"
#include "pairings/networkscene.h"
#include "shell/filedialog.h"
#include "shell/messagebox.h"
#include "stats/breakdowns.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QImageWriter>
#include <QLabel>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <QStandardPaths>
#include <QToolButton>
#include <QVBoxLayout>

namespace tongxin {

namespace {

constexpr int SideRole = Qt::UserRole + 1;
constexpr int KindColumns = 4;

QIcon networkIcon()
{
    QIcon icon;
    for (int size : { 16, 24, 32, 48 }) {
        QPixmap pm(size, size);
        pm.fill(Qt::transparent);
        QPainter p(&pm);
        p.setRenderHint(QPainter::Antialiasing);
        p.scale(size / 16.0, size / 16.0);
        // Two columns of parties joined by coloured curves.
        const QColor colours[] = { QColor(0xC6, 0x28, 0x28), QColor(0x15, 0x65, 0xC0), QColor(0xE0, 0x9A, 0x00) };
        const qreal left[] = { 3, 8, 13 };
        const qreal right[] = { 5, 13, 8 };
        for (int i = 0; i < 3; ++i) {
            QPainterPath path(QPointF(3.5, left[i]));
            path.cubicTo(QPointF(8, left[i]), QPointF(8, right[i]), QPointF(12.5, right[i]));
            p.setPen(QPen(colours[i], 1.3));
            p.setBrush(Qt::NoBrush);
            p.drawPath(path);
        }
        p.setPen(Qt::NoPen);
        p.setBrush(QColor(0xA0, 0x6A, 0x1E));
        for (qreal y : left)
            p.drawEllipse(QPointF(2.5, y), 1.8, 1.8);
        p.setBrush(QColor(0x2E, 0x6F, 0x9E));
        for (qreal y : right)
            p.drawEllipse(QPointF(13.5, y), 1.8, 1.8);
        icon.addPixmap(pm);
    }
    return icon;
}

} // namespace

NetworkPage::NetworkPage(QWidget *parent)
    : Page(parent)
    , m_date(QDate::currentDate())
    , m_heading(new QLabel(this))
    , m_unitLabel(new QLabel(this))
    , m_unitCombo(new QComboBox(this))
    , m_endedBox(new QCheckBox(this))
    , m_fitButton(new QToolButton(this))
    , m_actualButton(new QToolButton(this))
    , m_exportButton(new QToolButton(this))
    , m_zoomLabel(new QLabel(this))
    , m_showLabel(new QLabel(this))
    , m_hint(new QLabel(this))
    , m_scene(new NetworkScene(this))
    , m_view(new NetworkView(this))
{
    setObjectName(QStringLiteral("networkPage"));
    m_heading->setObjectName(QStringLiteral("heading"));
    QFont heading = m_heading->font();
    heading.setPointSizeF(heading.pointSizeF() * 1.5);
    heading.setBold(true);
    m_heading->setFont(heading);
    m_unitCombo->setObjectName(QStringLiteral("unitCombo"));
    m_unitCombo->setMinimumWidth(170);
    m_unitCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_unitLabel->setBuddy(m_unitCombo);
    m_endedBox->setObjectName(QStringLiteral("includeEnded"));
    m_fitButton->setObjectName(QStringLiteral("fitButton"));
    m_actualButton->setObjectName(QStringLiteral("actualSizeButton"));
    m_exportButton->setObjectName(QStringLiteral("exportButton"));
    for (QToolButton *b : { m_fitButton, m_actualButton, m_exportButton })
        b->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_zoomLabel->setObjectName(QStringLiteral("zoomLabel"));
    m_zoomLabel->setMinimumWidth(44);
    m_zoomLabel->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_zoomLabel->setStyleSheet(QStringLiteral("color: #5f5b55;"));
    m_hint->setObjectName(QStringLiteral("hint"));
    m_hint->setStyleSheet(QStringLiteral("color: #5f5b55;"));
    m_view->setObjectName(QStringLiteral("networkView"));
    m_view->setScene(m_scene);
    m_view->setFrameShape(QFrame::StyledPanel);

    auto *bar = new QHBoxLayout;
    bar->setSpacing(8);
    bar->addWidget(m_heading);
    bar->addStretch(1);
    bar->addWidget(m_unitLabel);
    bar->addWidget(m_unitCombo);
    bar->addSpacing(8);
    bar->addWidget(m_endedBox);
    bar->addSpacing(8);
    bar->addWidget(m_zoomLabel);
    bar->addWidget(m_fitButton);
    bar->addWidget(m_actualButton);
    bar->addWidget(m_exportButton);

    auto *kinds = new QGridLayout;
    kinds->setHorizontalSpacing(16);
    kinds->setVerticalSpacing(2);
    kinds->addWidget(m_showLabel, 0, 0, Qt::AlignTop);
    const QStringList codes = Labels::codes(Labels::Domain::PairingKind);
    for (int i = 0; i < codes.size(); ++i) {
        const QString kind = codes.at(i);
        auto *box = new QCheckBox(this);
        box->setObjectName(QStringLiteral("kind_") + kind);
        box->setChecked(true);
        box->setIcon(QIcon(NetworkScene::kindSwatch(kind)));
        box->setIconSize(QSize(22, 12));
        connect(box, &QCheckBox::toggled, this, [this, kind](bool on) { m_scene->setKindVisible(kind, on); });
        m_kindBoxes.insert(kind, box);
        kinds->addWidget(box, i / KindColumns, 1 + i % KindColumns);
    }
    kinds->setColumnStretch(KindColumns + 1, 1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->setSpacing(8);
    layout->addLayout(bar);
    layout->addLayout(kinds);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_hint);

    connect(m_unitCombo, &QComboBox::currentIndexChanged, this, &NetworkPage::reload);
    connect(m_endedBox, &QCheckBox::toggled, this, &NetworkPage::reload);
    connect(m_fitButton, &QToolButton::clicked, m_view, &NetworkView::fitAll);
    connect(m_actualButton, &QToolButton::clicked, m_view, &NetworkView::actualSize);
    connect(m_exportButton, &QToolButton::clicked, this, &NetworkPage::exportImage);
    connect(m_view, &NetworkView::zoomChanged, this,
        [this](qreal zoom) { m_zoomLabel->setText(QLocale().toString(qRound(zoom * 100)) + QLatin1Char('%')); });
    retranslateUi();
    setDatabase(nullptr);
}

QString NetworkPage::title() const
{
    return tr("Pairing network");
}

QIcon NetworkPage::icon() const
{
    return networkIcon();
}

void NetworkPage::setDatabase(Database *db)
{
    if (db != m_db) { // another file: its unit ids mean other places
        const QSignalBlocker block(m_unitCombo);
        m_unitCombo->clear();
    }
    m_db = db && db->isOpen() ? db : nullptr;
    fillUnits();
    m_dirty = true;
    if (isVisible())
        reload();
}

void NetworkPage::fillUnits()
{
    const NetworkNode::Side currentSide = side();
    const qint64 currentId = unitId();
    const QSignalBlocker block(m_unitCombo);
    m_unitCombo->clear();
    if (m_db) {
        for (const Unit &u : Breakdowns::westernUnits(m_db->db())) {
            m_unitCombo->addItem(u.displayName(), u.id);
            m_unitCombo->setItemData(m_unitCombo->count() - 1, int(NetworkNode::Side::West), SideRole);
        }
        const QVector<Unit> east = PairingNetwork::easternUnits(m_db->db());
        if (!east.isEmpty() && m_unitCombo->count() > 0)
            m_unitCombo->insertSeparator(m_unitCombo->count());
        for (const Unit &u : east) {
            m_unitCombo->addItem(tr("%1 (eastern side)").arg(u.displayName()), u.id);
            m_unitCombo->setItemData(m_unitCombo->count() - 1, int(NetworkNode::Side::East), SideRole);
        }
    }
    int index = 0;
    for (int i = 0; i < m_unitCombo->count(); ++i) {
        if (m_unitCombo->itemData(i).toLongLong() == currentId && currentId != 0
            && m_unitCombo->itemData(i, SideRole).toInt() == int(currentSide))
            index = i;
    }
    m_unitCombo->setCurrentIndex(m_unitCombo->count() > 0 ? index : -1);
    m_unitCombo->setEnabled(m_unitCombo->count() > 0);
    m_endedBox->setEnabled(m_db != nullptr);
    m_exportButton->setEnabled(m_db != nullptr);
}

bool NetworkPage::setUnit(NetworkNode::Side side, qint64 unitId)
{
    for (int i = 0; i < m_unitCombo->count(); ++i) {
        if (m_unitCombo->itemData(i).toLongLong() == unitId
            && m_unitCombo->itemData(i, SideRole).toInt() == int(side)) {
            if (i == m_unitCombo->currentIndex())
                reload();
            else
                m_unitCombo->setCurrentIndex(i); // reloads
            return true;
        }
    }
    return false;
}

NetworkNode::Side NetworkPage::side() const
{
    return NetworkNode::Side(m_unitCombo->currentData(SideRole).toInt());
}

qint64 NetworkPage::unitId() const
{
    return m_unitCombo->currentData().toLongLong();
}

void NetworkPage::setIncludeEnded(bool include)
{
    if (m_endedBox->isChecked() == include)
        reload();
    else
        m_endedBox->setChecked(include); // reloads
}

void NetworkPage::setDate(const QDate &date)
{
    m_date = date.isValid() ? date : QDate::currentDate();
    reload();
}

QString NetworkPage::unitTitle() const
{
    return side() == NetworkNode::Side::East ? m_unitCombo->currentText().section(QLatin1String(" ("), 0, 0)
                                             : m_unitCombo->currentText();
}

void NetworkPage::reload()
{
    m_dirty = false;
    m_error.clear();
    if (!m_db) {
        m_scene->setMessage(tr("No database is open."));
        updateKindBoxes();
        m_view->actualSize();
        return;
    }
    if (unitId() == 0) {
        m_scene->setMessage(tr("The database has no units to draw."));
        updateKindBoxes();
        m_view->actualSize();
        return;
    }
    PairingNetwork net;
    if (!PairingNetwork::load(m_db->db(), side(), unitId(), m_date, m_endedBox->isChecked(), &net, &m_error)) {
        m_scene->setMessage(tr("The pairings could not be read: %1").arg(m_error));
        updateKindBoxes();
        m_view->actualSize();
        return;
    }
    if (net.edges.isEmpty()) {
        m_scene->setMessage(tr("%1 has no pairings in force on %2.").arg(unitTitle(), m_date.toString(Qt::ISODate)));
        updateKindBoxes();
        m_view->actualSize();
        return;
    }
    int inForce = 0;
    for (const NetworkEdge &e : std::as_const(net.edges))
        inForce += e.inForce ? 1 : 0;
    const int ended = int(net.edges.size()) - inForce;
    QString subtitle
        = (inForce == 1 ? tr("1 pairing in force on %1") : tr("%n pairings in force on %1", nullptr, inForce))
              .arg(m_date.toString(Qt::ISODate));
    if (ended > 0)
        subtitle += QStringLiteral(" · ") + tr("%n no longer in force", nullptr, ended);
    subtitle += QStringLiteral(" · ")
        + tr("%1 eastern and %2 western parties")
              .arg(QLocale().toString(qlonglong(std::count_if(net.nodes.cbegin(), net.nodes.cend(),
                  [](const NetworkNode &n) { return n.side == NetworkNode::Side::East; }))))
              .arg(QLocale().toString(qlonglong(std::count_if(net.nodes.cbegin(), net.nodes.cend(),
                  [](const NetworkNode &n) { return n.side == NetworkNode::Side::West; }))));
    m_scene->setNetwork(net, side(), tr("Pairing network: %1").arg(unitTitle()), subtitle);
    updateKindBoxes();
    m_view->showStart();
}

void NetworkPage::updateKindBoxes()
{
    for (auto it = m_kindBoxes.constBegin(); it != m_kindBoxes.constEnd(); ++it) {
        const int n = m_scene->network().edgeCount(it.key());
        it.value()->setText(
            QStringLiteral("%1 (%2)").arg(Labels::text(Labels::Domain::PairingKind, it.key()), QLocale().toString(n)));
        it.value()->setEnabled(n > 0);
    }
}

bool NetworkPage::exportPng(const QString &fileName, QString *error)
{
    const QImage image = m_scene->renderImage(2.0);
    QImageWriter writer(fileName, "png");
    if (image.isNull() || !writer.write(image)) {
        if (error)
            *error = image.isNull() ? tr("The drawing is too large to export.") : writer.errorString();
        return false;
    }
    return true;
}

void NetworkPage::exportImage()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::PicturesLocation);
    const QString suggested = QDir(dir).filePath(tr("pairing-network") + QLatin1Char('-')
        + unitTitle().replace(QLatin1Char(' '), QLatin1Char('-')) + QStringLiteral(".png"));
    QString fileName
        = FileDialog::saveFileName(this, tr("Export the network as PNG"), suggested, tr("PNG images (*.png)"));
    if (fileName.isEmpty())
        return;
    if (QFileInfo(fileName).suffix().isEmpty())
        fileName += QStringLiteral(".png");
    QString why;
    if (!exportPng(fileName, &why))
        MessageBox::warning(
            this, tr("Export failed"), tr("The image could not be written to %1: %2").arg(fileName, why));
}

void NetworkPage::showEvent(QShowEvent *event)
{
    Page::showEvent(event);
    if (m_dirty)
        reload();
}

void NetworkPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    Page::changeEvent(event);
}

void NetworkPage::retranslateUi()
{
    m_heading->setText(tr("Pairing network"));
    m_unitLabel->setText(tr("&Unit:"));
    m_endedBox->setText(tr("Include &ended pairings"));
    m_endedBox->setToolTip(tr("Also draw pairings that are no longer in force, as dashed lines."));
    m_fitButton->setText(tr("&Fit"));
    m_fitButton->setToolTip(tr("Show the whole network in the view"));
    m_actualButton->setText(tr("100%"));
    m_actualButton->setToolTip(tr("Actual size"));
    m_exportButton->setText(tr("E&xport PNG…"));
    m_exportButton->setToolTip(tr("Save the drawing as a PNG image at twice the screen size"));
    m_showLabel->setText(tr("Show:"));
    m_hint->setText(tr("Point at a party to highlight its pairings and see them listed; Ctrl+wheel zooms, "
                       "dragging moves the drawing."));
    m_zoomLabel->setText(QLocale().toString(qRound(m_view->zoom() * 100)) + QLatin1Char('%'));
    fillUnits(); // unit names follow the language
    if (isVisible())
        reload(); // titles, group names and legend
    else
        m_dirty = true;
}

} // namespace tongxin
