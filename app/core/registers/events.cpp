#include "registers/events.h"

#include "registers/arealookups.h"

#include "consumption/eventrules.h"

namespace tongxin {

namespace {

using C = ListColumn;
using F = FormField;

// List headers are translated in the page's context; form labels in "EventsForms".
constexpr const char *Ctx = "tongxin::EventsPage";

QString unitName(const char *alias)
{
    return QStringLiteral("CASE WHEN :en = 1 AND ifnull(%1.name_en, '') <> '' THEN %1.name_en ELSE %1.name END")
        .arg(QLatin1String(alias));
}

QString events()
{
    return QStringLiteral("SELECT id, name || '（' || start_date || ' – ' || end_date || '）' FROM events "
                          "ORDER BY start_date DESC, id DESC");
}

} // namespace

ListSpec EventsForms::eventsList()
{
    return ListSpec { QStringLiteral("events/events"), Ctx,
        QStringLiteral("SELECT e.id, e.name, e.start_date, e.end_date, "
                       "CAST(julianday(e.end_date) - julianday(e.start_date) + 1 AS INTEGER) AS days, "
                       "e.organiser, "
                       "(SELECT count(*) FROM livestream_sessions s WHERE s.event_id = e.id) AS sessions, "
                       "(SELECT ifnull(sum(s.sales_fen), 0) FROM livestream_sessions s WHERE s.event_id = e.id) "
                       "AS sales_fen, "
                       "e.notes FROM events e ORDER BY e.start_date DESC, e.id DESC"),
        { C::id(QStringLiteral("id")),
            C::text(QStringLiteral("name"), QT_TRANSLATE_NOOP("tongxin::EventsPage", "Event")),
            C::text(QStringLiteral("start_date"), QT_TRANSLATE_NOOP("tongxin::EventsPage", "From"), false),
            C::text(QStringLiteral("end_date"), QT_TRANSLATE_NOOP("tongxin::EventsPage", "To"), false),
            C::integer(QStringLiteral("days"), QT_TRANSLATE_NOOP("tongxin::EventsPage", "Days")),
            C::text(QStringLiteral("organiser"), QT_TRANSLATE_NOOP("tongxin::EventsPage", "Organiser")),
            C::integer(QStringLiteral("sessions"), QT_TRANSLATE_NOOP("tongxin::EventsPage", "Sessions")),
            C::money(QStringLiteral("sales_fen"), QT_TRANSLATE_NOOP("tongxin::EventsPage", "Sales")),
            C::text(QStringLiteral("notes"), QT_TRANSLATE_NOOP("tongxin::EventsPage", "Notes")) } };
}

ListSpec EventsForms::sessionsList()
{
    return ListSpec { QStringLiteral("events/sessions"), Ctx,
        QStringLiteral("SELECT s.id, s.session_date, %1 AS unit, s.host, s.platform, s.sales_fen, s.orders, "
                       "s.viewers, s.clicks FROM livestream_sessions s LEFT JOIN places p ON p.id = s.county_id "
                       "WHERE s.event_id = :event ORDER BY s.session_date, s.id")
            .arg(unitName("p")),
        { C::id(QStringLiteral("id")),
            C::text(QStringLiteral("session_date"), QT_TRANSLATE_NOOP("tongxin::EventsPage", "Date")),
            C::text(QStringLiteral("unit"), QT_TRANSLATE_NOOP("tongxin::EventsPage", "Western unit")),
            C::text(QStringLiteral("host"), QT_TRANSLATE_NOOP("tongxin::EventsPage", "Host")),
            C::text(QStringLiteral("platform"), QT_TRANSLATE_NOOP("tongxin::EventsPage", "Platform")),
            C::money(QStringLiteral("sales_fen"), QT_TRANSLATE_NOOP("tongxin::EventsPage", "Sales")),
            C::integer(QStringLiteral("orders"), QT_TRANSLATE_NOOP("tongxin::EventsPage", "Orders")),
            C::integer(QStringLiteral("viewers"), QT_TRANSLATE_NOOP("tongxin::EventsPage", "Viewers")),
            C::integer(QStringLiteral("clicks"), QT_TRANSLATE_NOOP("tongxin::EventsPage", "Clicks")) } };
}

ListSpec EventsForms::talentsList()
{
    return ListSpec { QStringLiteral("events/talents"), Ctx,
        QStringLiteral("SELECT t.id, t.name, %1 AS unit, t.trained_date, t.notes FROM livestream_talents t "
                       "JOIN places p ON p.id = t.county_id WHERE t.event_id = :event "
                       "ORDER BY t.trained_date, p.illustrative, p.id, t.id")
            .arg(unitName("p")),
        { C::id(QStringLiteral("id")),
            C::text(QStringLiteral("name"), QT_TRANSLATE_NOOP("tongxin::EventsPage", "Name")),
            C::text(QStringLiteral("unit"), QT_TRANSLATE_NOOP("tongxin::EventsPage", "Western unit")),
            C::text(QStringLiteral("trained_date"), QT_TRANSLATE_NOOP("tongxin::EventsPage", "Trained on"), false),
            C::text(QStringLiteral("notes"), QT_TRANSLATE_NOOP("tongxin::EventsPage", "Background")) } };
}

FormSpec EventsForms::eventForm()
{
    FormSpec f;
    f.table = QStringLiteral("events");
    f.context = "EventsForms";
    f.newTitle = QT_TRANSLATE_NOOP("EventsForms", "New event");
    f.editTitle = QT_TRANSLATE_NOOP("EventsForms", "Event");
    f.fields = {
        F::text(QStringLiteral("name"), QT_TRANSLATE_NOOP("EventsForms", "Name")).req(),
        F::date(QStringLiteral("start_date"), QT_TRANSLATE_NOOP("EventsForms", "First day")).req(),
        F::date(QStringLiteral("end_date"), QT_TRANSLATE_NOOP("EventsForms", "Last day")).req(),
        F::text(QStringLiteral("organiser"), QT_TRANSLATE_NOOP("EventsForms", "Organiser")),
        F::notes(QStringLiteral("notes"), QT_TRANSLATE_NOOP("EventsForms", "Notes")),
    };
    f.dateOrder = { { QStringLiteral("start_date"), QStringLiteral("end_date") } };
    f.validate = &EventRules::event;
    return f;
}

FormSpec EventsForms::sessionForm()
{
    FormSpec f;
    f.table = QStringLiteral("livestream_sessions");
    f.context = "EventsForms";
    f.newTitle = QT_TRANSLATE_NOOP("EventsForms", "New livestream session");
    f.editTitle = QT_TRANSLATE_NOOP("EventsForms", "Livestream session");
    f.fields = {
        F::lookup(QStringLiteral("event_id"), QT_TRANSLATE_NOOP("EventsForms", "Event"), events()).req(),
        F::date(QStringLiteral("session_date"), QT_TRANSLATE_NOOP("EventsForms", "Date")).req(),
        F::lookup(QStringLiteral("county_id"), QT_TRANSLATE_NOOP("EventsForms", "Western unit"), arealookups::westernUnits())
            .tip(QT_TRANSLATE_NOOP("EventsForms", "The western unit whose produce was sold")),
        F::text(QStringLiteral("host"), QT_TRANSLATE_NOOP("EventsForms", "Host")),
        F::text(QStringLiteral("platform"), QT_TRANSLATE_NOOP("EventsForms", "Platform")),
        F::money(QStringLiteral("sales_fen"), QT_TRANSLATE_NOOP("EventsForms", "Sales (yuan)")).req().byDefault(0),
        F::integer(QStringLiteral("orders"), QT_TRANSLATE_NOOP("EventsForms", "Orders"))
            .req()
            .range(0, 2147483647)
            .byDefault(0),
        F::integer(QStringLiteral("viewers"), QT_TRANSLATE_NOOP("EventsForms", "Viewers"))
            .req()
            .range(0, 2147483647)
            .byDefault(0),
        F::integer(QStringLiteral("clicks"), QT_TRANSLATE_NOOP("EventsForms", "Clicks"))
            .req()
            .range(0, 2147483647)
            .byDefault(0),
    };
    f.validate = &EventRules::session;
    return f;
}

FormSpec EventsForms::talentForm()
{
    FormSpec f;
    f.table = QStringLiteral("livestream_talents");
    f.context = "EventsForms";
    f.newTitle = QT_TRANSLATE_NOOP("EventsForms", "New livestream talent");
    f.editTitle = QT_TRANSLATE_NOOP("EventsForms", "Livestream talent");
    f.fields = {
        F::text(QStringLiteral("name"), QT_TRANSLATE_NOOP("EventsForms", "Name")).req(),
        F::lookup(QStringLiteral("county_id"), QT_TRANSLATE_NOOP("EventsForms", "Western unit"), arealookups::westernUnits()).req(),
        F::date(QStringLiteral("trained_date"), QT_TRANSLATE_NOOP("EventsForms", "Trained on")).req(),
        F::lookup(QStringLiteral("event_id"), QT_TRANSLATE_NOOP("EventsForms", "Trained for the event"), events())
            .tip(QT_TRANSLATE_NOOP("EventsForms", "The event the talent was trained for, if any")),
        F::notes(QStringLiteral("notes"), QT_TRANSLATE_NOOP("EventsForms", "Background")),
    };
    f.validate = &EventRules::talent;
    return f;
}

} // namespace tongxin
