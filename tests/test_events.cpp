// Events and livestreams (ui/consumption/eventspage*, app/core/consumption/event*): on the demo,
// the festival's totals equal the dashboard's headline figures (and independent SQL); the
// rules of the three forms; a session added through the form in the main window changes the
// totals and Edit ▸ Undo restores them; the page in Chinese shows the article's figures.
//
// With TONGXIN_SHOTS=<dir> in the environment, the page is also grabbed to a PNG there.

#include "common/userdriver2.h"
#include "explain_driver.h"
#include "consumption/eventquery.h"
#include "consumption/eventrules.h"
#include "consumption/eventspage.h"
#include "db/database.h"
#include "demo/demo.h"
#include "i18n/language.h"
#include "money/money.h"
#include "records/recordactions.h"
#include "records/recordcommands.h"
#include "records/recorddialog.h"
#include "shell/application.h"
#include "shell/mainwindow.h"
#include "shell/messagebox.h"
#include "stats/breakdowns.h"
#include "stats/headline.h"
#include "widgets/listview.h"

#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QStackedBarSeries>
#include <QLabel>
#include <QSettings>
#include <QSqlError>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace tongxin;

namespace {

qint64 scalar(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql) || !q.next()) {
        qWarning() << "query failed:" << sql << q.lastError().text();
        return -1;
    }
    return q.value(0).toLongLong();
}

void compareTotals(const EventTotals &a, const EventTotals &b)
{
    QCOMPARE(a.salesFen, b.salesFen);
    QCOMPARE(a.orders, b.orders);
    QCOMPARE(a.viewers, b.viewers);
    QCOMPARE(a.clicks, b.clicks);
    QCOMPARE(a.sessions, b.sessions);
    QCOMPARE(a.talents, b.talents);
}

/// Shows a page on its own at the screenshot size, so its buttons can be clicked.
bool showPage(QWidget &page)
{
    page.resize(1280, 800);
    page.show();
    return QTest::qWaitForWindowExposed(&page);
}

/// Clicks the New… button of a list on the page.
bool clickNew(QWidget &page, RecordActions *actions)
{
    return usertest::clickAction(&page, actions->newAction());
}

} // namespace

class TestEvents final : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void demoTotalsEqualHeadline();
    void pageShowsTheFestival();
    void chartDaysListTheirSessions();
    void rules();
    void formsRefuseBadValues();
    void addingSessionChangesTotalsAndUndoRestores();
    void newEventAndTalent();

private:
    void shot(QWidget &w, const QString &name);

    QTemporaryDir m_home;
    QString m_demo;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    QVector<qint64> m_units;
    qint64 m_festival = 0;
};

void TestEvents::initTestCase()
{
    Application::configure();
    QVERIFY(m_home.isValid());
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_home.filePath(QStringLiteral("config"))));
    qputenv("XDG_DATA_HOME", QFile::encodeName(m_home.filePath(QStringLiteral("data"))));
    QSettings().clear();
    MessageBox::setRecordOnly(true);
    QVERIFY(Language::apply(QStringLiteral("en")));
    m_demo = m_home.filePath(QStringLiteral("demo.db"));
    Database demo;
    QString error;
    QVERIFY(demo.create(m_demo));
    QVERIFY2(Demo::populate(demo, &error), qPrintable(error));
    for (const Unit &u : Breakdowns::westernUnits(demo.db()))
        m_units << u.id;
    QCOMPARE(m_units.size(), 3);
    m_festival = scalar(demo.db(), QStringLiteral("SELECT id FROM events WHERE start_date = '2020-09-15'"));
    QVERIFY(m_festival > 0);
}

void TestEvents::init()
{
    QVERIFY(Language::apply(QStringLiteral("en")));
    undoStack()->clear();
    MessageBox::clearRecorded();
    m_dir = std::make_unique<QTemporaryDir>();
    const QString path = m_dir->filePath(QStringLiteral("demo.db"));
    QVERIFY(QFile::copy(m_demo, path));
    m_db = std::make_unique<Database>();
    QVERIFY(m_db->open(path));
}

void TestEvents::cleanup()
{
    RecordActions::setDialogDriver(nullptr);
    undoStack()->clear();
    m_db.reset();
    m_dir.reset();
}

void TestEvents::shot(QWidget &w, const QString &name)
{
    const QString dir = qEnvironmentVariable("TONGXIN_SHOTS");
    if (dir.isEmpty())
        return;
    QApplication::processEvents();
    w.grab().save(QDir(dir).filePath(name + QStringLiteral(".png")));
}

void TestEvents::demoTotalsEqualHeadline()
{
    const QSqlDatabase db = m_db->db();
    HeadlineFigures all;
    QVERIFY(Headline::compute(db, Filter {}, &all));
    // The article's figures, from the headline.
    QCOMPARE(all.value(Figure::FestivalSales), 1037000000); // 1037万元
    QVERIFY(all.value(Figure::FestivalOrders) > 200000); // 超20万
    QVERIFY(all.value(Figure::FestivalViewers) > 16000000); // 超1600万
    QVERIFY(all.value(Figure::FestivalClicks) > 90000000); // 超9000万次
    QCOMPARE(all.value(Figure::LivestreamTalentsTrained), 142);

    // The festival's totals by its own query equal the headline (it is the only event) and
    // independent SQL.
    EventTotals festival;
    QString error;
    QVERIFY2(EventQuery::totals(db, m_festival, &festival, &error), qPrintable(error));
    QCOMPARE(festival.salesFen, all.value(Figure::FestivalSales));
    QCOMPARE(festival.orders, all.value(Figure::FestivalOrders));
    QCOMPARE(festival.viewers, all.value(Figure::FestivalViewers));
    QCOMPARE(festival.clicks, all.value(Figure::FestivalClicks));
    QCOMPARE(festival.talents, all.value(Figure::LivestreamTalentsTrained));
    QCOMPARE(festival.sessions,
        scalar(db, QStringLiteral("SELECT count(*) FROM livestream_sessions WHERE event_id = %1").arg(m_festival)));
    QVERIFY(festival.sessions > 33 * 4);

    // The whole period's totals are the headline figures; summed over every event they agree.
    EventTotals period;
    QVERIFY(EventQuery::periodTotals(db, Filter {}, &period));
    compareTotals(period, festival);
    EventTotals sum;
    QSqlQuery q(db);
    QVERIFY(q.exec(QStringLiteral("SELECT id FROM events")));
    while (q.next()) {
        EventTotals t;
        QVERIFY(EventQuery::totals(db, q.value(0).toLongLong(), &t));
        sum.salesFen += t.salesFen;
        sum.orders += t.orders;
        sum.viewers += t.viewers;
        sum.clicks += t.clicks;
        sum.sessions += t.sessions;
        sum.talents += t.talents;
    }
    compareTotals(sum, period);
    // A year and a unit follow the headline too.
    EventTotals year2019;
    QVERIFY(EventQuery::periodTotals(db, Filter::year(2019), &year2019));
    QCOMPARE(year2019.salesFen, 0);
    QCOMPARE(year2019.sessions, 0);
    HeadlineFigures unit;
    QVERIFY(Headline::compute(db, Filter { 0, 0, m_units[0] }, &unit));
    EventTotals ofUnit;
    QVERIFY(EventQuery::periodTotals(db, Filter { 0, 0, m_units[0] }, &ofUnit));
    QCOMPARE(ofUnit.salesFen, unit.value(Figure::FestivalSales));
    QCOMPARE(ofUnit.talents, unit.value(Figure::LivestreamTalentsTrained));
    QCOMPARE(ofUnit.sessions,
        scalar(db, QStringLiteral("SELECT count(*) FROM livestream_sessions WHERE county_id = %1").arg(m_units[0])));

    // Sales by day add up to the event's sales, over its 33 days.
    const QVector<Cell> days = EventQuery::salesByDay(db, m_festival);
    qint64 fen = 0;
    QSet<QString> dates;
    for (const Cell &c : days) {
        fen += c.value;
        dates.insert(c.row);
    }
    QCOMPARE(fen, festival.salesFen);
    QCOMPARE(dates.size(), 33);
}

// A double-click on a unit's part of a day's bar lists that day's sessions of that unit, in
// both languages (the unit is named as the chart names it); in core every part adds up.
void TestEvents::chartDaysListTheirSessions()
{
    EventsPage page;
    page.resize(1280, 860);
    page.setDatabase(m_db.get());
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    for (const char *language : { "en", "zh_CN" }) {
        QVERIFY(Language::apply(QString::fromLatin1(language)));
        QCoreApplication::sendPostedEvents(); // the switch reaches the page: names in the new language
        QTRY_VERIFY(qobject_cast<QStackedBarSeries *>(page.chartView()->chart()->series().value(0)));
        QChartView *view = page.chartView();
        auto *series = qobject_cast<QStackedBarSeries *>(view->chart()->series().value(0));
        QBarSet *set = nullptr;
        int index = -1;
        for (QBarSet *s : series->barSets()) {
            for (int i = 0; i < s->count(); ++i) {
                if (!set || s->at(i) > set->at(index)) {
                    set = s;
                    index = i;
                }
            }
        }
        QVERIFY(set && set->at(index) > 0);
        ExplainDialog *dialog
            = explaintest::doubleClick(view->viewport(), explaintest::barCentre(view, series, set, index));
        QVERIFY(dialog);
        const QString day = QDate(2020, 9, 15).addDays(index).toString(Qt::ISODate);
        const QString where = QStringLiteral(" FROM livestream_sessions s JOIN places p ON p.id = s.county_id "
                                             "WHERE s.event_id = %1 AND s.session_date = '%2' AND %3 = '%4'")
                                  .arg(m_festival)
                                  .arg(day, QLatin1String(language) == QLatin1String("en") ? QStringLiteral("p.name_en") : QStringLiteral("p.name"),
                                      set->property("unit").toString());
        const qint64 expected = scalar(m_db->db(), QStringLiteral("SELECT total(s.sales_fen)") + where);
        QVERIFY(expected > 0);
        QCOMPARE(set->at(index), Money::inDisplayUnit(expected));
        QTRY_COMPARE(explaintest::listRows(dialog), int(scalar(m_db->db(), QStringLiteral("SELECT count(*)") + where)));
        QCOMPARE(dialog->value(), expected);
        QCOMPARE(dialog->total(), expected);
        QCOMPARE(explaintest::listSum(dialog), expected);
        QVERIFY2(explaintest::headingText(dialog).contains(day), qPrintable(explaintest::headingText(dialog)));
        delete dialog;
    }
    int parts = 0;
    for (const Cell &c : EventQuery::salesByDay(m_db->db(), m_festival)) {
        ExplainList list;
        QString error;
        QVERIFY2(EventQuery::explainDay(m_db->db(), m_festival, c.row, c.column, &list, &error), qPrintable(error));
        QCOMPARE(list.value, c.value);
        QCOMPARE(list.total, c.value);
        ++parts;
    }
    QVERIFY(parts > 20);
}

void TestEvents::pageShowsTheFestival()
{
    EventsPage page;
    page.resize(1280, 860);
    page.setDatabase(m_db.get());
    QCOMPARE(page.pageId(), QStringLiteral("events"));
    QCOMPARE(page.title(), QStringLiteral("Events and livestreams"));
    QCOMPARE(page.currentEventId(), m_festival);
    QCOMPARE(page.eventsList()->totalRowCount(), 1);
    HeadlineFigures all;
    QVERIFY(Headline::compute(m_db->db(), Filter {}, &all));
    QCOMPARE(page.eventTotals().salesFen, all.value(Figure::FestivalSales));
    QCOMPARE(page.periodTotals().orders, all.value(Figure::FestivalOrders));
    QCOMPARE(page.sessionsList()->totalRowCount(), int(page.eventTotals().sessions));
    QCOMPARE(page.talentsList()->totalRowCount(), 142);
    QCOMPARE(page.tileValue(QStringLiteral("sales"))->text(), all.text(Figure::FestivalSales));
    QCOMPARE(page.tileValue(QStringLiteral("talents"))->text(), QStringLiteral("142"));
    QVERIFY(page.eventHeading()->text().contains(QStringLiteral("津诚所至")));
    QVERIFY(page.eventHeading()->text().contains(QLatin1String("33 days")));
    QVERIFY(page.chartView()->isVisibleTo(&page));
    QVERIFY(page.chartView()->chart() && !page.chartView()->chart()->series().isEmpty());
    // Western units in English in English.
    QVERIFY(page.sessionsList()->value(0, QStringLiteral("unit")).toString().contains(QLatin1Char(' ')));
    shot(page, QStringLiteral("events-en"));

    // In Chinese: the article's words.
    QVERIFY(Language::apply(QStringLiteral("zh_CN")));
    // Money as everywhere (Money::format): 1,037.00万元, the article's 1037万元.
    QTRY_COMPARE(page.tileValue(QStringLiteral("sales"))->text(), QStringLiteral("1,037.00万元"));
    QCOMPARE(page.tileValue(QStringLiteral("orders"))->text().right(1), QStringLiteral("万"));
    QVERIFY(page.tileValue(QStringLiteral("orders"))->text().startsWith(QLatin1String("20.")));
    QCOMPARE(page.tileValue(QStringLiteral("viewers"))->text(), QStringLiteral("1,635万")); // 超1600万
    QCOMPARE(page.tileValue(QStringLiteral("clicks"))->text(), QStringLiteral("9,276万")); // 超9000万
    QVERIFY(!page.sessionsList()->value(0, QStringLiteral("unit")).toString().contains(QLatin1Char(' ')));
    shot(page, QStringLiteral("events-zh"));
    QVERIFY(Language::apply(QStringLiteral("en")));
    QTRY_VERIFY(page.tileValue(QStringLiteral("sales"))->text().contains(QLatin1String("million")));
}

void TestEvents::rules()
{
    const QSqlDatabase db = m_db->db();
    const auto event = [](const char *start, const char *end) {
        return QVariantMap { { QStringLiteral("name"), QStringLiteral("直播周") },
            { QStringLiteral("start_date"), QLatin1String(start) },
            { QStringLiteral("end_date"), QLatin1String(end) } };
    };
    QVERIFY(EventRules::event(db, event("2021-05-01", "2021-05-07"), 0).isEmpty());
    QVERIFY(EventRules::event(db, event("2021-05-01", "2021-05-01"), 0).isEmpty());
    QVERIFY(EventRules::event(db, event("2021-05-07", "2021-05-01"), 0).contains(QLatin1String("cannot end")));
    QVariantMap unnamed = event("2021-05-01", "2021-05-07");
    unnamed.insert(QStringLiteral("name"), QStringLiteral("  "));
    QVERIFY(EventRules::event(db, unnamed, 0).contains(QLatin1String("name")));
    // Shortening the festival would leave sessions outside it.
    const QString shorter = EventRules::event(db, event("2020-09-20", "2020-10-17"), m_festival);
    QVERIFY2(shorter.contains(QLatin1String("outside these dates")), qPrintable(shorter));
    QVERIFY(EventRules::event(db, event("2020-09-01", "2020-10-31"), m_festival).isEmpty());

    const auto session = [this](const char *date) {
        return QVariantMap { { QStringLiteral("event_id"), m_festival },
            { QStringLiteral("session_date"), QLatin1String(date) }, { QStringLiteral("county_id"), m_units[0] },
            { QStringLiteral("sales_fen"), 100000 }, { QStringLiteral("orders"), 10 },
            { QStringLiteral("viewers"), 1000 }, { QStringLiteral("clicks"), 5000 } };
    };
    QVERIFY(EventRules::session(db, session("2020-09-15"), 0).isEmpty());
    QVERIFY(EventRules::session(db, session("2020-10-17"), 0).isEmpty());
    const QString early = EventRules::session(db, session("2020-09-14"), 0);
    QVERIFY2(early.contains(QLatin1String("outside the event")) && early.contains(QLatin1String("2020-09-15")),
        qPrintable(early));
    QVERIFY(EventRules::session(db, session("2020-10-18"), 0).contains(QLatin1String("outside the event")));
    for (const char *figure : { "sales_fen", "orders", "viewers", "clicks" }) {
        QVariantMap v = session("2020-09-20");
        v.insert(QLatin1String(figure), -1);
        QVERIFY2(EventRules::session(db, v, 0).contains(QLatin1String("negative")), figure);
    }
    QVariantMap eastern = session("2020-09-20");
    eastern.insert(QStringLiteral("county_id"),
        scalar(db, QStringLiteral("SELECT id FROM places WHERE side = 'east' AND level = 'district' LIMIT 1")));
    QVERIFY(EventRules::session(db, eastern, 0).contains(QLatin1String("western unit")));
    QVariantMap orphan = session("2020-09-20");
    orphan.remove(QStringLiteral("event_id"));
    QVERIFY(EventRules::session(db, orphan, 0).contains(QLatin1String("event")));

    const QVariantMap talent { { QStringLiteral("name"), QStringLiteral("马小花") },
        { QStringLiteral("county_id"), m_units[1] }, { QStringLiteral("trained_date"), QStringLiteral("2020-08-27") } };
    QVERIFY(EventRules::talent(db, talent, 0).isEmpty());
    QVariantMap noUnit = talent;
    noUnit.remove(QStringLiteral("county_id"));
    QVERIFY(EventRules::talent(db, noUnit, 0).contains(QLatin1String("western unit")));

    // In Chinese the messages are translated once the lead's translation lands; until then they
    // must at least still be sentences.
    QVERIFY(Language::apply(QStringLiteral("zh_CN")));
    QVERIFY(!EventRules::session(db, session("2020-10-18"), 0).isEmpty());
}

void TestEvents::formsRefuseBadValues()
{
    EventsPage page;
    page.setDatabase(m_db.get());
    QVERIFY(showPage(page));
    const QStringList before
        = { QString::number(scalar(m_db->db(), QStringLiteral("SELECT count(*) FROM livestream_sessions"))) };
    QString shown;
    QVariantMap prefilled;
    // A session outside the festival's dates: the rule's message stays in the dialog.
    RecordActions::setDialogDriver(usertest::driver([&](RecordDialog &d) {
        prefilled = d.values();
        QVERIFY(usertest::enter(&d, QStringLiteral("session_date"), QStringLiteral("2020-11-01")));
        QVERIFY(usertest::enter(&d, QStringLiteral("sales_fen"), 500000));
        usertest::clickSave(&d);
        shown = d.message();
        usertest::clickCancel(&d);
    }));
    QVERIFY(clickNew(page, page.sessionActions()));
    // The form started with the event shown and its first day.
    QCOMPARE(prefilled.value(QStringLiteral("event_id")).toLongLong(), m_festival);
    QCOMPARE(prefilled.value(QStringLiteral("session_date")).toString(), QStringLiteral("2020-09-15"));
    QVERIFY2(shown.contains(QLatin1String("outside the event")), qPrintable(shown));
    // An event ending before it starts.
    RecordActions::setDialogDriver(usertest::driver([&](RecordDialog &d) {
        QVERIFY(usertest::enter(&d, QStringLiteral("name"), QStringLiteral("消费帮扶月")));
        QVERIFY(usertest::enter(&d, QStringLiteral("start_date"), QStringLiteral("2021-06-30")));
        QVERIFY(usertest::enter(&d, QStringLiteral("end_date"), QStringLiteral("2021-06-01")));
        usertest::clickSave(&d);
        shown = d.message();
        usertest::clickCancel(&d);
    }));
    QVERIFY(clickNew(page, page.eventActions()));
    QVERIFY2(!shown.isEmpty(), "an event ending before it starts is refused");
    QCOMPARE(
        QStringList { QString::number(scalar(m_db->db(), QStringLiteral("SELECT count(*) FROM livestream_sessions"))) },
        before);
    QCOMPARE(scalar(m_db->db(), QStringLiteral("SELECT count(*) FROM events")), 1);
}

void TestEvents::addingSessionChangesTotalsAndUndoRestores()
{
    // In the main window, Events chosen from its sidebar: the window reads its pages again after
    // every save, undo and redo, and Edit ▸ Undo / Redo are its menu's.
    MainWindow w;
    auto *events = usertest::openAtPage<EventsPage>(w, m_db->path(), QStringLiteral("events"));
    QVERIFY(events);
    EventsPage &page = *events;
    const EventTotals before = page.eventTotals();
    const EventTotals periodBefore = page.periodTotals();
    const QString tileBefore = page.tileValue(QStringLiteral("sales"))->text();
    RecordActions::setDialogDriver(usertest::driver([&](RecordDialog &d) {
        QVERIFY(usertest::enter(&d, QStringLiteral("session_date"), QStringLiteral("2020-10-01")));
        QVERIFY(usertest::enter(&d, QStringLiteral("county_id"), m_units[2]));
        QVERIFY(usertest::enter(&d, QStringLiteral("host"), QStringLiteral("示例县县长")));
        QVERIFY(usertest::enter(&d, QStringLiteral("platform"), QStringLiteral("抖音")));
        QVERIFY(usertest::enter(&d, QStringLiteral("sales_fen"), 12345600)); // 123,456.00 yuan
        QVERIFY(usertest::enter(&d, QStringLiteral("orders"), 4321));
        QVERIFY(usertest::enter(&d, QStringLiteral("viewers"), 98765));
        QVERIFY(usertest::enter(&d, QStringLiteral("clicks"), 543210));
        usertest::clickSave(&d);
    }));
    QVERIFY(clickNew(page, page.sessionActions()));
    const EventTotals after = page.eventTotals();
    QCOMPARE(after.salesFen, before.salesFen + 12345600);
    QCOMPARE(after.orders, before.orders + 4321);
    QCOMPARE(after.viewers, before.viewers + 98765);
    QCOMPARE(after.clicks, before.clicks + 543210);
    QCOMPARE(after.sessions, before.sessions + 1);
    QCOMPARE(after.talents, before.talents);
    QCOMPARE(page.sessionsList()->totalRowCount(), int(before.sessions) + 1);
    QVERIFY(page.tileValue(QStringLiteral("sales"))->text() != tileBefore);
    // The dashboard's figures moved by the same amounts.
    HeadlineFigures all;
    QVERIFY(Headline::compute(m_db->db(), Filter {}, &all));
    QCOMPARE(all.value(Figure::FestivalSales), after.salesFen);
    QCOMPARE(page.periodTotals().salesFen, periodBefore.salesFen + 12345600);
    QCOMPARE(page.periodTotals().sessions, periodBefore.sessions + 1);

    QCOMPARE(undoStack()->count(), 1);

    QVERIFY(usertest::chooseUndo(&w)); // Edit ▸ Undo
    compareTotals(page.eventTotals(), before);
    compareTotals(page.periodTotals(), periodBefore);
    QCOMPARE(page.tileValue(QStringLiteral("sales"))->text(), tileBefore);
    QCOMPARE(page.sessionsList()->totalRowCount(), int(before.sessions));
    QVERIFY(Headline::compute(m_db->db(), Filter {}, &all));
    QCOMPARE(all.value(Figure::FestivalSales), 1037000000);
    QVERIFY(usertest::chooseRedo(&w)); // Edit ▸ Redo
    QCOMPARE(page.eventTotals().salesFen, before.salesFen + 12345600);
    QCOMPARE(page.sessionsList()->totalRowCount(), int(before.sessions) + 1);
    QVERIFY(MessageBox::recorded().isEmpty()); // no "Cannot Undo"
}

void TestEvents::newEventAndTalent()
{
    EventsPage page;
    page.setDatabase(m_db.get());
    QVERIFY(showPage(page));
    RecordActions::setDialogDriver(usertest::driver([&](RecordDialog &d) {
        QVERIFY(usertest::enter(&d, QStringLiteral("name"), QStringLiteral("2021年“消费帮扶月”直播周")));
        QVERIFY(usertest::enter(&d, QStringLiteral("start_date"), QStringLiteral("2021-09-01")));
        QVERIFY(usertest::enter(&d, QStringLiteral("end_date"), QStringLiteral("2021-09-07")));
        QVERIFY(usertest::enter(&d, QStringLiteral("organiser"), QStringLiteral("河西区商务局")));
        usertest::clickSave(&d);
    }));
    QVERIFY(clickNew(page, page.eventActions()));
    // The new event is shown, empty.
    QVERIFY(page.currentEventId() != m_festival);
    QCOMPARE(page.eventsList()->totalRowCount(), 2);
    QCOMPARE(page.eventTotals().sessions, 0);
    QCOMPARE(page.sessionsList()->totalRowCount(), 0);
    QVERIFY(!page.chartView()->isVisibleTo(&page));
    // A talent trained for it; the whole period counts it as the headline does.
    RecordActions::setDialogDriver(usertest::driver([&](RecordDialog &d) {
        QVERIFY(usertest::enter(&d, QStringLiteral("name"), QStringLiteral("李春燕")));
        QVERIFY(usertest::enter(&d, QStringLiteral("county_id"), m_units[0]));
        QVERIFY(usertest::enter(&d, QStringLiteral("trained_date"), QStringLiteral("2021-08-20")));
        usertest::clickSave(&d);
    }));
    // On the talents tab, clicked.
    auto *tabs = page.findChild<QTabWidget *>();
    QVERIFY(tabs);
    QVERIFY(usertest::clickTab(tabs, tabs->indexOf(page.talentsList())));
    QVERIFY(clickNew(page, page.talentActions()));
    QCOMPARE(page.eventTotals().talents, 1);
    QCOMPARE(page.periodTotals().talents, 143);
    QCOMPARE(scalar(m_db->db(), QStringLiteral("SELECT event_id FROM livestream_talents WHERE name = '李春燕'")),
        page.currentEventId());
    // Back to the festival: its row of the events list clicked.
    QVERIFY(usertest::clickRowWithId(page.eventsList(), m_festival));
    QCOMPARE(page.currentEventId(), m_festival);
    QCOMPARE(page.eventTotals().talents, 142);
}

QTEST_MAIN(TestEvents)
#include "test_events.moc"
