#include "registers/talent.h"

#include "areas/arearules.h"
#include "registers/arealookups.h"

namespace tongxin {

namespace {

using D = Labels::Domain;
using F = FormField;

bool isEcommerce(const QVariantMap &v)
{
    return v.value(QStringLiteral("field")).toString() == QLatin1String("ecommerce");
}

} // namespace

FormSpec TalentForms::secondment()
{
    FormSpec f;
    f.table = QStringLiteral("secondments");
    f.context = "TalentForms";
    f.newTitle = QT_TRANSLATE_NOOP("TalentForms", "New secondment");
    f.editTitle = QT_TRANSLATE_NOOP("TalentForms", "Secondment");
    f.fields = {
        F::code(QStringLiteral("direction"), QT_TRANSLATE_NOOP("TalentForms", "Direction"), D::Direction)
            .req()
            .byDefault(QStringLiteral("east_to_west")),
        // East → west: a person of the east; west → east: a person of the west.
        F::lookup(QStringLiteral("person_id"), QT_TRANSLATE_NOOP("TalentForms", "Person"),
            QStringLiteral("SELECT p.id, p.name || ifnull('（' || o.name || '）', '') FROM people p "
                           "LEFT JOIN organisations o ON o.id = p.org_id "
                           "WHERE p.side = CASE :direction WHEN 'west_to_east' THEN 'west' ELSE 'east' END "
                           "ORDER BY p.role <> 'cadre', p.name"))
            .req(),
        F::lookup(
            QStringLiteral("county_id"), QT_TRANSLATE_NOOP("TalentForms", "Western unit"), arealookups::westernUnits())
            .req(),
        F::text(QStringLiteral("home_unit"), QT_TRANSLATE_NOOP("TalentForms", "Home unit")),
        F::text(QStringLiteral("host_unit"), QT_TRANSLATE_NOOP("TalentForms", "Host unit")),
        F::text(QStringLiteral("position"), QT_TRANSLATE_NOOP("TalentForms", "Position")),
        F::date(QStringLiteral("start_date"), QT_TRANSLATE_NOOP("TalentForms", "Start")).req(),
        F::date(QStringLiteral("end_date"), QT_TRANSLATE_NOOP("TalentForms", "End")),
        F::code(QStringLiteral("term"), QT_TRANSLATE_NOOP("TalentForms", "Term"), D::Term)
            .req()
            .byDefault(QStringLiteral("long")),
        F::notes(QStringLiteral("notes"), QT_TRANSLATE_NOOP("TalentForms", "Notes")),
    };
    f.dateOrder = { { QStringLiteral("start_date"), QStringLiteral("end_date") } };
    f.validate = &AreaRules::secondment;
    return f;
}

FormSpec TalentForms::dispatch()
{
    FormSpec f;
    f.table = QStringLiteral("professional_dispatches");
    f.context = "TalentForms";
    f.newTitle = QT_TRANSLATE_NOOP("TalentForms", "New professional dispatched");
    f.editTitle = QT_TRANSLATE_NOOP("TalentForms", "Professional dispatched");
    f.fields = {
        F::lookup(QStringLiteral("person_id"), QT_TRANSLATE_NOOP("TalentForms", "Professional"),
            QStringLiteral("SELECT p.id, p.name || ifnull('（' || o.name || '）', '') FROM people p "
                           "LEFT JOIN organisations o ON o.id = p.org_id "
                           "WHERE p.side = 'east' ORDER BY p.role <> 'professional', p.name"))
            .req(),
        F::code(QStringLiteral("field"), QT_TRANSLATE_NOOP("TalentForms", "Field"), D::Field).req(),
        F::lookup(
            QStringLiteral("county_id"), QT_TRANSLATE_NOOP("TalentForms", "Western unit"), arealookups::westernUnits())
            .req(),
        F::lookup(QStringLiteral("host_org_id"), QT_TRANSLATE_NOOP("TalentForms", "Host organisation"),
            arealookups::westernOrganisationsOfUnit()),
        F::date(QStringLiteral("start_date"), QT_TRANSLATE_NOOP("TalentForms", "Start")).req(),
        F::date(QStringLiteral("end_date"), QT_TRANSLATE_NOOP("TalentForms", "End")),
        F::code(QStringLiteral("term"), QT_TRANSLATE_NOOP("TalentForms", "Term"), D::Term)
            .req()
            .byDefault(QStringLiteral("short")),
        F::notes(QStringLiteral("notes"), QT_TRANSLATE_NOOP("TalentForms", "Work done")),
    };
    f.dateOrder = { { QStringLiteral("start_date"), QStringLiteral("end_date") } };
    f.validate = &AreaRules::dispatch;
    return f;
}

FormSpec TalentForms::training()
{
    FormSpec f;
    f.table = QStringLiteral("trainings");
    f.context = "TalentForms";
    f.newTitle = QT_TRANSLATE_NOOP("TalentForms", "New training activity");
    f.editTitle = QT_TRANSLATE_NOOP("TalentForms", "Training activity");
    f.fields = {
        F::text(QStringLiteral("title"), QT_TRANSLATE_NOOP("TalentForms", "Title")).req(),
        F::code(QStringLiteral("kind"), QT_TRANSLATE_NOOP("TalentForms", "Kind"), D::TrainingKind)
            .req()
            .byDefault(QStringLiteral("training")),
        F::date(QStringLiteral("train_date"), QT_TRANSLATE_NOOP("TalentForms", "Date")).req(),
        F::lookup(
            QStringLiteral("county_id"), QT_TRANSLATE_NOOP("TalentForms", "Western unit"), arealookups::westernUnits())
            .tip(QT_TRANSLATE_NOOP("TalentForms", "Leave empty for an activity for all western units")),
        F::code(QStringLiteral("mode"), QT_TRANSLATE_NOOP("TalentForms", "Mode"), D::TrainingMode)
            .req()
            .byDefault(QStringLiteral("onsite")),
        F::code(QStringLiteral("field"), QT_TRANSLATE_NOOP("TalentForms", "Field"), D::Field),
        F::text(QStringLiteral("organiser"), QT_TRANSLATE_NOOP("TalentForms", "Organiser")),
        F::integer(QStringLiteral("person_times"), QT_TRANSLATE_NOOP("TalentForms", "Trainees (person-times)"))
            .req()
            .range(0, 10000000),
        // Livestream-talent training for an e-commerce festival links to the event.
        F::lookup(QStringLiteral("event_id"), QT_TRANSLATE_NOOP("TalentForms", "Event"),
            QStringLiteral("SELECT id, name || '（' || start_date || '）' FROM events ORDER BY start_date DESC"))
            .when(isEcommerce),
        F::notes(QStringLiteral("notes"), QT_TRANSLATE_NOOP("TalentForms", "Notes")),
    };
    f.validate = &AreaRules::training;
    return f;
}

FormSpec TalentForms::visitors()
{
    FormSpec f;
    f.table = QStringLiteral("visitors_received");
    f.context = "TalentForms";
    f.newTitle = QT_TRANSLATE_NOOP("TalentForms", "New group received");
    f.editTitle = QT_TRANSLATE_NOOP("TalentForms", "Group received");
    f.fields = {
        F::lookup(
            QStringLiteral("county_id"), QT_TRANSLATE_NOOP("TalentForms", "Western unit"), arealookups::westernUnits())
            .req(),
        F::date(QStringLiteral("start_date"), QT_TRANSLATE_NOOP("TalentForms", "Arrived")).req(),
        F::date(QStringLiteral("end_date"), QT_TRANSLATE_NOOP("TalentForms", "Left")),
        F::integer(QStringLiteral("persons"), QT_TRANSLATE_NOOP("TalentForms", "Persons"))
            .req()
            .range(1, 100000)
            .byDefault(1),
        F::code(QStringLiteral("purpose"), QT_TRANSLATE_NOOP("TalentForms", "Purpose"), D::VisitPurpose)
            .req()
            .byDefault(QStringLiteral("study")),
        F::notes(QStringLiteral("notes"), QT_TRANSLATE_NOOP("TalentForms", "Programme")),
    };
    f.dateOrder = { { QStringLiteral("start_date"), QStringLiteral("end_date") } };
    f.validate = &AreaRules::visitors;
    return f;
}

} // namespace tongxin
