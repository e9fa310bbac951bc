#include "consumption/saleschartswidget.h"

#include "shell/filedialog.h"
#include "shell/messagebox.h"

#include <QAction>
#include <QChart>
#include <QChartView>
#include <QCursor>
#include <QDir>
#include <QEvent>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QImageWriter>
#include <QLabel>
#include <QMenu>
#include <QPixmap>
#include <QStandardPaths>
#include <QStyle>
#include <QToolButton>
#include <QToolTip>
#include <QVBoxLayout>

namespace tongxin {

namespace {

const char *const ObjectNames[] = { "monthsChart", "countiesChart", "productsChart", "buyersChart" };
const char *const FileNames[]
    = { "sales-by-month.png", "sales-by-western-unit.png", "sales-top-products.png", "sales-by-buyer-type.png" };

} // namespace

SalesChartsWidget::SalesChartsWidget(QWidget *parent)
    : QWidget(parent)
    , m_note(new QLabel(this))
{
    setObjectName(QStringLiteral("salesCharts"));
    m_note->setObjectName(QStringLiteral("chartsNote"));
    m_note->setProperty("role", QStringLiteral("empty"));
    m_note->setWordWrap(true);
    auto *grid = new QGridLayout;
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setSpacing(8);
    for (int c = 0; c < ChartCount; ++c) {
        buildCard(Chart(c), QLatin1String(ObjectNames[c]));
        grid->addWidget(m_cards[c].frame, c / 2, c % 2);
    }
    grid->setColumnStretch(0, 3);
    grid->setColumnStretch(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 8, 0, 0);
    layout->setSpacing(6);
    layout->addWidget(m_note);
    layout->addLayout(grid, 1);
    setStyleSheet(QStringLiteral(
        "QFrame[card=\"true\"] { background: palette(base); border: 1px solid #e2ded6; border-radius: 8px; }"
        "QFrame[card=\"true\"] QLabel { background: transparent; border: none; }"
        "QFrame[card=\"true\"] QToolButton { border: none; background: transparent; }"
        "QFrame[card=\"true\"] QToolButton:hover { background: #f1ede6; border-radius: 4px; }"
        "QLabel[role=\"empty\"] { color: #8a857d; }"));
    retranslateUi();
    clear();
}

void SalesChartsWidget::buildCard(Chart chart, const QString &name)
{
    Card &card = m_cards[chart];
    card.frame = new QFrame(this);
    card.frame->setObjectName(name + QStringLiteral("Card"));
    card.frame->setProperty("card", true);
    auto *layout = new QVBoxLayout(card.frame);
    layout->setContentsMargins(6, 6, 6, 4);
    layout->setSpacing(2);

    card.view = new QChartView(card.frame);
    card.view->setObjectName(name);
    card.view->setRenderHint(QPainter::Antialiasing);
    card.view->setFrameShape(QFrame::NoFrame);
    card.view->setStyleSheet(QStringLiteral("background: transparent;"));
    card.view->setMinimumSize(220, 180);
    card.view->setMouseTracking(true);
    card.view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(card.view, &QWidget::customContextMenuRequested, this, [this, chart](const QPoint &pos) {
        QMenu menu(this);
        QAction *save = menu.addAction(tr("Save Chart as PNG…"));
        save->setObjectName(QStringLiteral("saveChartAction"));
        if (menu.exec(m_cards[chart].view->mapToGlobal(pos)) == save)
            saveWithDialog(chart);
    });
    layout->addWidget(card.view, 1);

    card.empty = new QLabel(card.frame);
    card.empty->setObjectName(name + QStringLiteral("Empty"));
    card.empty->setProperty("role", QStringLiteral("empty"));
    card.empty->setAlignment(Qt::AlignCenter);
    card.empty->setWordWrap(true);
    card.empty->hide();
    layout->addWidget(card.empty, 1);

    auto *bottom = new QHBoxLayout;
    bottom->setContentsMargins(0, 0, 0, 0);
    card.legend = new QLabel(card.frame);
    card.legend->setObjectName(name + QStringLiteral("Legend"));
    card.legend->setWordWrap(true);
    card.legend->setAlignment(Qt::AlignCenter);
    card.legend->setTextFormat(Qt::RichText);
    QFont small = card.legend->font();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    card.legend->setFont(small);
    bottom->addWidget(card.legend, 1);
    card.save = new QToolButton(card.frame);
    card.save->setObjectName(name + QStringLiteral("Save"));
    card.save->setIcon(style()->standardIcon(QStyle::SP_DialogSaveButton));
    card.save->setIconSize(QSize(14, 14));
    card.save->setAutoRaise(true);
    connect(card.save, &QToolButton::clicked, this, [this, chart] { saveWithDialog(chart); });
    bottom->addWidget(card.save, 0, Qt::AlignBottom);
    layout->addLayout(bottom);
}

QString SalesChartsWidget::title(Chart chart)
{
    switch (chart) {
    case Months:
        return SalesCharts::byMonthTitle();
    case Counties:
        return SalesCharts::byCountyTitle();
    case Products:
        return SalesCharts::topProductsTitle();
    case Buyers:
    case ChartCount:
        break;
    }
    return SalesCharts::byBuyerTitle();
}

void SalesChartsWidget::load(const QSqlDatabase &db, const SalesFilter &filter)
{
    m_db = db;
    m_data = SalesChartData::read(db, filter);
    m_loaded = true;
    render();
}

void SalesChartsWidget::clear()
{
    m_db = QSqlDatabase();
    m_data = SalesChartData {};
    m_loaded = false;
    render();
}

void SalesChartsWidget::showHover(Chart chart, const QString &text)
{
    m_hover[chart] = text;
    QChartView *view = m_cards[chart].view;
    if (text.isEmpty())
        QToolTip::hideText();
    else if (view->isVisible())
        QToolTip::showText(QCursor::pos(), text, view);
}

void SalesChartsWidget::render()
{
    for (QString &h : m_hover)
        h.clear();
    QChart *charts[ChartCount] = {};
    if (m_loaded && m_data.error.isEmpty()) {
        charts[Months] = SalesCharts::byMonth(m_data, [this](const QString &t) { showHover(Months, t); });
        charts[Counties] = SalesCharts::byCounty(m_data, [this](const QString &t) { showHover(Counties, t); });
        charts[Products] = SalesCharts::topProducts(m_data, [this](const QString &t) { showHover(Products, t); });
        charts[Buyers] = SalesCharts::byBuyer(m_data, [this](const QString &t) { showHover(Buyers, t); });
    }
    for (int c = 0; c < ChartCount; ++c) {
        Card &card = m_cards[c];
        QChart *old = card.view->chart();
        if (charts[c]) {
            card.view->setChart(charts[c]); // the view owns the new chart but releases the old one
            card.view->show();
            card.empty->hide();
            const QString legend = SalesCharts::legend(charts[c]);
            card.legend->setText(legend);
            card.legend->setVisible(!legend.isEmpty());
            card.save->setEnabled(true);
        } else {
            card.view->setChart(new QChart);
            card.view->hide();
            card.legend->clear();
            card.legend->hide();
            const QString why = !m_loaded ? tr("No database is open.")
                : !m_data.error.isEmpty() ? tr("The figures could not be read: %1").arg(m_data.error)
                                          : tr("No sales for this selection.");
            card.empty->setText(
                QStringLiteral("<b>%1</b><br><br>%2").arg(title(Chart(c)).toHtmlEscaped(), why.toHtmlEscaped()));
            card.empty->show();
            card.save->setEnabled(false);
        }
        delete old;
    }
}

bool SalesChartsWidget::savePng(Chart chart, const QString &path)
{
    Card &card = m_cards[chart];
    const bool buttonShown = card.save->isVisible();
    card.save->hide(); // the picture is the chart and its legend, not the button
    const QPixmap picture = card.frame->grab();
    card.save->setVisible(buttonShown);
    QImageWriter writer(path, "png");
    if (picture.isNull() || !writer.write(picture.toImage())) {
        MessageBox::warning(this, tr("Chart Not Saved"),
            tr("The chart could not be saved to %1: %2")
                .arg(QDir::toNativeSeparators(path), picture.isNull() ? tr("nothing to draw") : writer.errorString()));
        return false;
    }
    return true;
}

void SalesChartsWidget::saveWithDialog(Chart chart)
{
    if (m_cards[chart].view->isHidden())
        return;
    QString dir = QStandardPaths::writableLocation(QStandardPaths::PicturesLocation);
    if (dir.isEmpty())
        dir = QDir::homePath();
    QString path = FileDialog::saveFileName(
        this, tr("Save Chart as PNG"), QDir(dir).filePath(QLatin1String(FileNames[chart])), tr("PNG images (*.png)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(QLatin1String(".png"), Qt::CaseInsensitive))
        path += QStringLiteral(".png");
    savePng(chart, path);
}

void SalesChartsWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void SalesChartsWidget::retranslateUi()
{
    m_note->setText(tr("The charts follow the ledger's filters (dates, channel, outlet, western unit, category, "
                       "buyer type); the text search applies to the ledger only. Hover over a chart for its figures."));
    for (Card &card : m_cards) {
        card.save->setToolTip(tr("Save this chart as a PNG picture"));
        card.view->setToolTip(QString()); // figures show on hover of points, bars and slices
    }
    // Unit names are read in the language of the time: read again, then draw.
    if (m_loaded && m_db.isOpen())
        m_data = SalesChartData::read(m_db, m_data.filter);
    render();
}

} // namespace tongxin
