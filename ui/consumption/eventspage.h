#pragma once

#include "consumption/eventquery.h"
#include "shell/page.h"

#include <QPointer>
#include <QVector>

QT_BEGIN_NAMESPACE
class QChartView;
class QFrame;
class QLabel;
class QSplitter;
class QTabWidget;
QT_END_NAMESPACE

namespace tongxin {

class ExplainDialog;
class ListView;
class RecordActions;

/// Events and livestreams (电商节, 直播带货): the events, and for the event chosen its
/// livestream sessions and the livestream talents trained for it, its totals (EventQuery) beside
/// the whole period's (the dashboard's headline figures), and its sales by day.
class EventsPage final : public Page
{
    Q_OBJECT
public:
    explicit EventsPage(QWidget *parent = nullptr);
    ~EventsPage() override;

    QString pageId() const override { return QStringLiteral("events"); }
    QString title() const override;
    QIcon icon() const override;
    void setDatabase(Database *db) override;

    /// The event shown (0 when none), and showing another.
    qint64 currentEventId() const { return m_eventId; }
    bool selectEvent(qint64 id);
    /// The totals shown: of the event, and of every livestream in the whole period.
    const EventTotals &eventTotals() const { return m_totals; }
    const EventTotals &periodTotals() const { return m_period; }
    /// The value label of a tile: "sales", "orders", "viewers", "clicks", "sessions", "talents".
    QLabel *tileValue(const QString &name) const;
    QLabel *periodLabel() const { return m_periodLabel; }
    QLabel *eventHeading() const { return m_eventHeading; }

    ListView *eventsList() const { return m_events; }
    ListView *sessionsList() const { return m_sessions; }
    ListView *talentsList() const { return m_talents; }
    RecordActions *eventActions() const { return m_eventActions; }
    RecordActions *sessionActions() const { return m_sessionActions; }
    RecordActions *talentActions() const { return m_talentActions; }
    QTabWidget *tabs() const { return m_tabs; }
    QChartView *chartView() const { return m_chartView; }

    /// Reads everything again (after a write, an undo, a language switch).
    void reload();

protected:
    void changeEvent(QEvent *event) override;

private:
    QFrame *buildTotalsCard();
    QFrame *buildChartCard();
    void displayEvent(qint64 id);
    void refreshEvent();
    void renderTotals();
    void renderChart();
    /// A double-click on a day's part of a unit lists the sessions that make it.
    void explainDay(const QString &day, const QString &unit);
    void retranslateUi();

    Database *m_db = nullptr;
    qint64 m_eventId = 0;
    EventInfo m_event;
    EventTotals m_totals;
    EventTotals m_period;
    QString m_error;
    QVector<Cell> m_cells;

    QLabel *m_heading;
    QLabel *m_intro;
    ListView *m_events;
    ListView *m_sessions;
    ListView *m_talents;
    RecordActions *m_eventActions;
    RecordActions *m_sessionActions;
    RecordActions *m_talentActions;
    QTabWidget *m_tabs;
    QLabel *m_eventHeading;
    QVector<QLabel *> m_tileValues;
    QVector<QLabel *> m_tileCaptions;
    QLabel *m_periodLabel;
    QChartView *m_chartView = nullptr;
    QVector<QPointer<ExplainDialog>> m_explanations; ///< the lists of records left open
    QLabel *m_legend = nullptr;
    QLabel *m_empty = nullptr;
};

} // namespace tongxin
