#include "consumption/eventspage.h"

#include "consumption/eventschart.h"
#include "dashboard/explaindialog.h"
#include "db/database.h"
#include "i18n/language.h"
#include "money/money.h"
#include "records/recordactions.h"
#include "registers/events.h"
#include "widgets/listmodel.h"
#include "widgets/listproxy.h"
#include "widgets/listview.h"

#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QEvent>
#include <QStackedBarSeries>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPainter>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace tongxin {

namespace {

// The tiles of the totals card, in order (object names "tile_<name>").
const char *const TileNames[] = { "sales", "orders", "viewers", "clicks", "sessions", "talents" };
constexpr int Tiles = 6;

// A large count as people say it: "20.34万" (Chinese), "203 thousand" (English). Rounded down, so
// that "over" stays true of it ("超20万").
QString compact(qint64 n)
{
    const QLocale locale;
    const auto digits = [](double v) { return v >= 1000 ? 0 : (v >= 100 ? 1 : 2); };
    const auto floorTo = [](double v, int decimals) {
        const double f = std::pow(10.0, decimals);
        return std::floor(v * f) / f;
    };
    if (Language::current() != QLatin1String("en")) {
        if (n >= 100000000) {
            const double v = n / 1e8;
            return EventsPage::tr("%1亿").arg(locale.toString(floorTo(v, digits(v)), 'f', digits(v)));
        }
        if (n >= 10000) {
            const double v = n / 1e4;
            return EventsPage::tr("%1万").arg(locale.toString(floorTo(v, digits(v)), 'f', digits(v)));
        }
        return locale.toString(n);
    }
    if (n >= 1000000) {
        const double v = n / 1e6;
        return EventsPage::tr("%1 million").arg(locale.toString(floorTo(v, digits(v)), 'f', digits(v)));
    }
    if (n >= 10000) {
        const double v = n / 1e3;
        return EventsPage::tr("%1 thousand").arg(locale.toString(floorTo(v, digits(v)), 'f', digits(v)));
    }
    return locale.toString(n);
}

void selectRowWithId(ListView *list, qint64 id)
{
    ListModel *model = list->model();
    for (int r = 0; r < model->rowCount(); ++r) {
        if (list->value(r, QStringLiteral("id")).toLongLong() == id) {
            const QModelIndex at = list->proxy()->mapFromSource(model->index(r, 0));
            if (at.isValid())
                list->tableView()->setCurrentIndex(at);
            return;
        }
    }
}

} // namespace

EventsPage::EventsPage(QWidget *parent)
    : Page(parent)
    , m_heading(new QLabel(this))
    , m_intro(new QLabel(this))
    , m_events(new ListView(EventsForms::eventsList(), this))
    , m_sessions(new ListView(EventsForms::sessionsList(), this))
    , m_talents(new ListView(EventsForms::talentsList(), this))
    , m_tabs(new QTabWidget(this))
    , m_eventHeading(new QLabel(this))
    , m_periodLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("eventsPage"));
    m_heading->setObjectName(QStringLiteral("headingLabel"));
    QFont heading = m_heading->font();
    heading.setPointSizeF(heading.pointSizeF() * 1.5);
    heading.setBold(true);
    m_heading->setFont(heading);
    m_intro->setObjectName(QStringLiteral("introLabel"));
    m_intro->setWordWrap(true);
    m_intro->setStyleSheet(QStringLiteral("color: #6d6760;"));
    m_events->setObjectName(QStringLiteral("eventsList"));
    m_sessions->setObjectName(QStringLiteral("sessionsList"));
    m_talents->setObjectName(QStringLiteral("talentsList"));
    m_tabs->setObjectName(QStringLiteral("tabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_sessions, QString());
    m_tabs->addTab(m_talents, QString());

    m_eventActions = new RecordActions(m_events, EventsForms::eventForm(), this);
    m_sessionActions = new RecordActions(m_sessions, EventsForms::sessionForm(), this);
    m_talentActions = new RecordActions(m_talents, EventsForms::talentForm(), this);
    m_eventActions->setNameColumn(QStringLiteral("name"));
    m_sessionActions->setNameColumn(QStringLiteral("session_date"));
    m_talentActions->setNameColumn(QStringLiteral("name"));
    // New sessions and talents belong to the event shown; a session starts on its first day.
    m_sessionActions->setPrefill([this] {
        QVariantMap v;
        if (m_eventId) {
            v.insert(QStringLiteral("event_id"), m_eventId);
            v.insert(QStringLiteral("session_date"), m_event.start.toString(Qt::ISODate));
        }
        return v;
    });
    m_talentActions->setPrefill([this] {
        return m_eventId ? QVariantMap { { QStringLiteral("event_id"), m_eventId } } : QVariantMap();
    });
    for (RecordActions *a : { m_eventActions, m_sessionActions, m_talentActions }) {
        connect(a, &RecordActions::saved, this, [this](qint64) {
            reload();
            emit dataChanged();
        });
        connect(a, &RecordActions::deleted, this, [this](qint64) {
            reload();
            emit dataChanged();
        });
    }
    // A new event is shown at once.
    connect(m_eventActions, &RecordActions::saved, this, [this](qint64 id) { selectEvent(id); });
    connect(m_events, &ListView::currentRowChanged, this, [this](int row) {
        if (row >= 0)
            displayEvent(m_events->value(row, QStringLiteral("id")).toLongLong());
    });

    // Top: the events. Below: the event's totals beside its sales by day, then its sessions and
    // talents across the whole width (eight columns need it).
    auto *lower = new QWidget(this);
    auto *lowerLayout = new QVBoxLayout(lower);
    lowerLayout->setContentsMargins(0, 4, 0, 0);
    lowerLayout->setSpacing(8);
    auto *figures = new QHBoxLayout;
    figures->setSpacing(8);
    figures->addWidget(buildTotalsCard(), 1);
    figures->addWidget(buildChartCard(), 1);
    lowerLayout->addLayout(figures);
    lowerLayout->addWidget(m_tabs, 1);

    auto *vertical = new QSplitter(Qt::Vertical, this);
    vertical->setObjectName(QStringLiteral("splitter"));
    vertical->setChildrenCollapsible(false);
    vertical->addWidget(m_events);
    vertical->addWidget(lower);
    vertical->setStretchFactor(0, 1);
    vertical->setStretchFactor(1, 5);
    vertical->setSizes({ 120, 600 });
    m_events->setMinimumHeight(100);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->setSpacing(8);
    layout->addWidget(m_heading);
    layout->addWidget(m_intro);
    layout->addWidget(vertical, 1);

    setStyleSheet(QStringLiteral(
        "QFrame[card=\"true\"] { background: palette(base); border: 1px solid #e2ded6; border-radius: 8px; }"
        "QFrame[card=\"true\"] QLabel { background: transparent; border: none; }"
        "QLabel[role=\"tileValue\"] { font-size: 16pt; font-weight: bold; color: #3a3633; }"
        "QLabel#tile_sales { color: #c62828; }"
        "QLabel[role=\"tileCaption\"] { color: #6d6760; }"
        "QLabel[role=\"empty\"] { color: #8a857d; }"));
    retranslateUi();
}

EventsPage::~EventsPage() = default;

QFrame *EventsPage::buildTotalsCard()
{
    auto *card = new QFrame(this);
    card->setObjectName(QStringLiteral("totalsCard"));
    card->setProperty("card", true);
    auto *grid = new QGridLayout(card);
    grid->setContentsMargins(14, 10, 14, 10);
    grid->setHorizontalSpacing(18);
    grid->setVerticalSpacing(2);
    m_eventHeading->setObjectName(QStringLiteral("eventHeading"));
    m_eventHeading->setTextFormat(Qt::RichText);
    m_eventHeading->setWordWrap(true);
    constexpr int Columns = 3;
    grid->addWidget(m_eventHeading, 0, 0, 1, Columns);
    for (int i = 0; i < Tiles; ++i) {
        auto *value = new QLabel(card);
        value->setObjectName(QStringLiteral("tile_") + QLatin1String(TileNames[i]));
        value->setProperty("role", QStringLiteral("tileValue"));
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        auto *caption = new QLabel(card);
        caption->setProperty("role", QStringLiteral("tileCaption"));
        const int row = 1 + 3 * (i / Columns); // rows 1–2 and 4–5; row 3 is a gap
        grid->addWidget(value, row, i % Columns);
        grid->addWidget(caption, row + 1, i % Columns, Qt::AlignTop);
        grid->setColumnStretch(i % Columns, 1);
        m_tileValues << value;
        m_tileCaptions << caption;
    }
    m_periodLabel->setObjectName(QStringLiteral("periodTotals"));
    m_periodLabel->setWordWrap(true);
    m_periodLabel->setTextFormat(Qt::RichText);
    m_periodLabel->setStyleSheet(QStringLiteral("color: #6d6760; padding-top: 6px;"));
    grid->setRowMinimumHeight(3, 10);
    grid->addWidget(m_periodLabel, 6, 0, 1, Columns);
    grid->setRowStretch(7, 1);
    return card;
}

QFrame *EventsPage::buildChartCard()
{
    auto *card = new QFrame(this);
    card->setObjectName(QStringLiteral("chartCard"));
    card->setProperty("card", true);
    card->setMinimumWidth(340);
    auto *layout = new QVBoxLayout(card);
    layout->setContentsMargins(6, 4, 6, 4);
    layout->setSpacing(0);
    m_chartView = new QChartView(card);
    m_chartView->setObjectName(QStringLiteral("chart"));
    m_chartView->setRenderHint(QPainter::Antialiasing);
    m_chartView->setFrameShape(QFrame::NoFrame);
    m_chartView->setStyleSheet(QStringLiteral("background: transparent;"));
    m_chartView->setMinimumHeight(230);
    layout->addWidget(m_chartView, 1);
    m_legend = new QLabel(card);
    m_legend->setObjectName(QStringLiteral("chartLegend"));
    m_legend->setWordWrap(true);
    m_legend->setAlignment(Qt::AlignCenter);
    m_legend->setTextFormat(Qt::RichText);
    layout->addWidget(m_legend);
    m_empty = new QLabel(card);
    m_empty->setObjectName(QStringLiteral("chartEmpty"));
    m_empty->setProperty("role", QStringLiteral("empty"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->hide();
    layout->addWidget(m_empty, 1);
    return card;
}

QString EventsPage::title() const
{
    return tr("Events and livestreams");
}

// A play button on a screen, in the dashboard's colours.
QIcon EventsPage::icon() const
{
    QIcon icon;
    for (int size : { 16, 24, 32, 48 }) {
        QPixmap pm(size, size);
        pm.fill(Qt::transparent);
        QPainter p(&pm);
        p.setRenderHint(QPainter::Antialiasing);
        p.scale(size / 16.0, size / 16.0);
        p.setPen(Qt::NoPen);
        p.setBrush(QColor(0xC6, 0x28, 0x28));
        p.drawRoundedRect(QRectF(1, 2.5, 14, 10), 2, 2);
        p.setBrush(QColor(0xE0, 0xA1, 0x1B));
        p.drawRect(QRectF(5, 13.2, 6, 1.6));
        p.setBrush(Qt::white);
        const QPointF play[] = { QPointF(6.5, 5), QPointF(6.5, 10), QPointF(10.8, 7.5) };
        p.drawPolygon(play, 3);
        icon.addPixmap(pm);
    }
    return icon;
}

void EventsPage::setDatabase(Database *db)
{
    if (db != m_db) {
        m_eventId = 0; // another file: its ids mean other events
        for (const QPointer<ExplainDialog> &dialog : std::as_const(m_explanations)) {
            if (dialog)
                dialog->close();
        }
        m_explanations.clear();
    }
    m_db = db && db->isOpen() ? db : nullptr;
    m_eventActions->setDatabase(m_db);
    m_sessionActions->setDatabase(m_db);
    m_talentActions->setDatabase(m_db);
    reload();
}

QLabel *EventsPage::tileValue(const QString &name) const
{
    for (int i = 0; i < Tiles; ++i) {
        if (name == QLatin1String(TileNames[i]))
            return m_tileValues.at(i);
    }
    return nullptr;
}

void EventsPage::reload()
{
    const qint64 keep = m_eventId;
    m_period = EventTotals();
    m_error.clear();
    if (!m_db) {
        m_events->clear();
        m_eventId = 0;
        refreshEvent();
        return;
    }
    if (!EventQuery::periodTotals(m_db->db(), Filter(), &m_period, &m_error) && m_error.isEmpty())
        m_error = tr("unknown error");
    {
        const QSignalBlocker block(m_events);
        m_events->load(m_db->db());
    }
    // The event shown before, if it is still there; else the latest.
    qint64 id = 0;
    for (int r = 0; r < m_events->model()->rowCount(); ++r) {
        const qint64 rowId = m_events->value(r, QStringLiteral("id")).toLongLong();
        if (r == 0 || rowId == keep)
            id = rowId;
        if (rowId == keep)
            break;
    }
    m_eventId = -1; // force a refresh
    if (!selectEvent(id))
        displayEvent(0);
}

bool EventsPage::selectEvent(qint64 id)
{
    if (!id)
        return false;
    for (int r = 0; r < m_events->model()->rowCount(); ++r) {
        if (m_events->value(r, QStringLiteral("id")).toLongLong() == id) {
            selectRowWithId(m_events, id);
            displayEvent(id); // also when the row was current already
            return true;
        }
    }
    return false;
}

void EventsPage::displayEvent(qint64 id)
{
    if (id == m_eventId)
        return;
    m_eventId = id;
    refreshEvent();
}

// The event's lists, totals and chart.
void EventsPage::refreshEvent()
{
    m_event = EventInfo();
    m_totals = EventTotals();
    m_cells.clear();
    if (m_db && m_eventId > 0 && EventQuery::event(m_db->db(), m_eventId, &m_event)) {
        const QVariantMap binds { { QStringLiteral(":event"), m_eventId },
            { QStringLiteral(":en"), Language::current() == QLatin1String("en") ? 1 : 0 } };
        m_sessions->load(m_db->db(), binds);
        m_talents->load(m_db->db(), binds);
        QString why;
        if (!EventQuery::totals(m_db->db(), m_eventId, &m_totals, &why))
            m_error = why;
        m_cells = EventQuery::salesByDay(m_db->db(), m_eventId);
    } else {
        m_eventId = 0;
        m_sessions->clear();
        m_talents->clear();
    }
    m_sessionActions->setReadOnly(m_eventId == 0);
    m_talentActions->setReadOnly(m_eventId == 0);
    renderTotals();
    renderChart();
}

void EventsPage::renderTotals()
{
    const QLocale locale;
    if (!m_db) {
        m_eventHeading->setText(tr("No database is open."));
    } else if (!m_eventId) {
        m_eventHeading->setText(tr("<b>No event yet.</b> Add one with New above: an e-commerce festival, a "
                                   "livestream week …"));
    } else {
        QStringList parts {
            QStringLiteral("<span style=\"font-size:12pt\"><b>%1</b></span>").arg(m_event.name.toHtmlEscaped())
        };
        parts << tr("%1 to %2, %3 days")
                     .arg(m_event.start.toString(Qt::ISODate), m_event.end.toString(Qt::ISODate))
                     .arg(m_event.days())
                     .toHtmlEscaped();
        if (!m_event.organiser.isEmpty())
            parts << tr("organised by %1").arg(m_event.organiser).toHtmlEscaped();
        m_eventHeading->setText(parts.join(QStringLiteral(" &nbsp;·&nbsp; ")));
    }
    const bool shown = m_db && m_eventId;
    const qint64 counts[Tiles] = { m_totals.salesFen, m_totals.orders, m_totals.viewers, m_totals.clicks,
        m_totals.sessions, m_totals.talents };
    const char *const captions[Tiles] = { QT_TR_NOOP("sales"), QT_TR_NOOP("orders"), QT_TR_NOOP("viewers"),
        QT_TR_NOOP("clicks"), QT_TR_NOOP("livestream sessions"), QT_TR_NOOP("livestream talents trained") };
    for (int i = 0; i < Tiles; ++i) {
        QLabel *value = m_tileValues.at(i);
        if (!shown) {
            value->setText(QStringLiteral("–"));
            value->setToolTip(QString());
        } else if (i == 0) {
            value->setText(Money::format(counts[i]));
            value->setToolTip(tr("%1 yuan").arg(Money::yuan(counts[i])));
        } else {
            value->setText(compact(counts[i]));
            value->setToolTip(locale.toString(counts[i]));
        }
        // The exact count under a rounded one.
        const bool rounded = shown && i > 0 && compact(counts[i]) != locale.toString(counts[i]);
        m_tileCaptions.at(i)->setText(
            rounded ? tr("%1 (%2)").arg(tr(captions[i]), locale.toString(counts[i])) : tr(captions[i]));
    }

    if (!m_db) {
        m_periodLabel->clear();
    } else if (!m_error.isEmpty()) {
        m_periodLabel->setText(QStringLiteral("<span style=\"color:#b71c1c\">%1</span>")
                                   .arg(tr("The totals could not be read: %1").arg(m_error).toHtmlEscaped()));
    } else {
        // Every livestream of the whole period: the dashboard's figures.
        m_periodLabel->setText(tr("<b>All livestreams, whole period:</b> sales %1 · orders %2 · viewers %3 · clicks "
                                  "%4 · %5 sessions · %6 talents trained")
                                   .arg(Money::format(m_period.salesFen), locale.toString(m_period.orders),
                                       locale.toString(m_period.viewers), locale.toString(m_period.clicks),
                                       locale.toString(m_period.sessions), locale.toString(m_period.talents)));
        m_periodLabel->setToolTip(tr("The dashboard's figures: every livestream session and every talent trained, "
                                     "whatever the event"));
    }
}

void EventsPage::renderChart()
{
    QChart *old = m_chartView->chart();
    QChart *chart = m_db && m_eventId ? EventsChart::salesByDay(m_cells, m_event.start, m_event.end) : nullptr;
    if (chart) {
        for (QAbstractSeries *series : chart->series()) {
            auto *bars = qobject_cast<QStackedBarSeries *>(series);
            for (QBarSet *set : bars ? bars->barSets() : QList<QBarSet *>()) {
                const QString unit = set->property("unit").toString();
                const QDate first = m_event.start;
                connect(set, &QBarSet::doubleClicked, this, [this, unit, first](int index) {
                    explainDay(first.addDays(index).toString(Qt::ISODate), unit);
                });
            }
        }
        m_chartView->setChart(chart); // the view owns the new chart but releases the old one
        m_chartView->show();
        m_legend->setText(EventsChart::legendHtml(chart));
        m_legend->show();
        m_empty->hide();
    } else {
        m_chartView->setChart(new QChart);
        m_chartView->hide();
        m_legend->hide();
        m_empty->setText(QStringLiteral("<b>%1</b><br><br>%2")
                             .arg(EventsChart::tr("Sales by day").toHtmlEscaped(),
                                 m_db ? tr("No livestream sessions for this event yet.").toHtmlEscaped()
                                      : tr("No database is open.").toHtmlEscaped()));
        m_empty->show();
    }
    delete old;
    // The lists left open keep their day and unit; the sessions may have changed.
    m_explanations.removeIf([](const QPointer<ExplainDialog> &d) { return d.isNull(); });
    for (const QPointer<ExplainDialog> &dialog : std::as_const(m_explanations))
        dialog->reload();
}

void EventsPage::explainDay(const QString &day, const QString &unit)
{
    if (!m_db || m_eventId <= 0)
        return;
    const qint64 eventId = m_eventId;
    const QString eventName = m_event.name;
    ExplainSubject subject;
    subject.heading = [eventName, day, unit] {
        return QStringList { eventName, EventsChart::tr("Sales by day"), day,
            unit.isEmpty() ? EventsChart::tr("Not assigned to a unit") : unit }
            .join(QStringLiteral(" · "));
    };
    subject.definition = [] { return tr("The livestream sessions of the event on that day and of that western unit, each with its sales."); };
    subject.read = [eventId, day, unit](const QSqlDatabase &db, ExplainList *out, QString *error) {
        return EventQuery::explainDay(db, eventId, day, unit, out, error);
    };
    auto *dialog = new ExplainDialog(m_db->db(), subject, this);
    m_explanations << dialog;
    dialog->show();
}

void EventsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    Page::changeEvent(event);
}

void EventsPage::retranslateUi()
{
    m_heading->setText(title());
    m_intro->setText(tr("E-commerce festivals and other events with their livestream sessions (直播带货) and the "
                        "livestream talents trained for them. Choose an event to see its sessions, talents, totals "
                        "and sales by day."));
    m_tabs->setTabText(0, tr("Livestream sessions"));
    m_tabs->setTabText(1, tr("Talents trained"));
    // Unit names, money and dates in the new language.
    if (m_db) {
        const qint64 keep = m_eventId;
        m_eventId = -1;
        displayEvent(keep);
    } else {
        renderTotals();
        renderChart();
    }
}

} // namespace tongxin
