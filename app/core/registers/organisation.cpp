#include "registers/organisation.h"

#include "areas/arearules.h"
#include "registers/arealookups.h"

namespace tongxin {

namespace {

using D = Labels::Domain;
using F = FormField;

} // namespace

FormSpec OrganisationForms::workingGroup()
{
    FormSpec f;
    f.table = QStringLiteral("working_groups");
    f.context = "OrganisationForms";
    f.newTitle = QT_TRANSLATE_NOOP("OrganisationForms", "New working group");
    f.editTitle = QT_TRANSLATE_NOOP("OrganisationForms", "Working group");
    f.fields = {
        F::text(QStringLiteral("name"), QT_TRANSLATE_NOOP("OrganisationForms", "Name")).req(),
        F::text(QStringLiteral("leader"), QT_TRANSLATE_NOOP("OrganisationForms", "Leader")),
        F::integer(QStringLiteral("members"), QT_TRANSLATE_NOOP("OrganisationForms", "Members")).range(0, 10000),
        F::notes(QStringLiteral("remit"), QT_TRANSLATE_NOOP("OrganisationForms", "Remit")),
        F::date(QStringLiteral("established_date"), QT_TRANSLATE_NOOP("OrganisationForms", "Established")).req(),
        F::date(QStringLiteral("dissolved_date"), QT_TRANSLATE_NOOP("OrganisationForms", "Dissolved")),
    };
    f.dateOrder = { { QStringLiteral("established_date"), QStringLiteral("dissolved_date") } };
    f.validate = &AreaRules::workingGroup;
    return f;
}

FormSpec OrganisationForms::visit()
{
    FormSpec f;
    f.table = QStringLiteral("visits");
    f.context = "OrganisationForms";
    f.newTitle = QT_TRANSLATE_NOOP("OrganisationForms", "New delegation visit");
    f.editTitle = QT_TRANSLATE_NOOP("OrganisationForms", "Delegation visit");
    f.fields = {
        F::code(QStringLiteral("direction"), QT_TRANSLATE_NOOP("OrganisationForms", "Direction"), D::Direction)
            .req()
            .byDefault(QStringLiteral("east_to_west")),
        F::lookup(QStringLiteral("county_id"), QT_TRANSLATE_NOOP("OrganisationForms", "Western unit"),
            arealookups::westernUnits())
            .req(),
        F::date(QStringLiteral("start_date"), QT_TRANSLATE_NOOP("OrganisationForms", "From")).req(),
        F::date(QStringLiteral("end_date"), QT_TRANSLATE_NOOP("OrganisationForms", "To")),
        F::text(QStringLiteral("leader"), QT_TRANSLATE_NOOP("OrganisationForms", "Led by")),
        F::integer(QStringLiteral("size"), QT_TRANSLATE_NOOP("OrganisationForms", "Delegation size")).range(1, 10000),
        F::text(QStringLiteral("purpose"), QT_TRANSLATE_NOOP("OrganisationForms", "Purpose")),
        F::integer(QStringLiteral("agreements_signed"), QT_TRANSLATE_NOOP("OrganisationForms", "Agreements signed"))
            .req()
            .range(0, 1000)
            .byDefault(0),
    };
    f.dateOrder = { { QStringLiteral("start_date"), QStringLiteral("end_date") } };
    f.validate = &AreaRules::visit;
    return f;
}

FormSpec OrganisationForms::meeting()
{
    FormSpec f;
    f.table = QStringLiteral("meetings");
    f.context = "OrganisationForms";
    f.newTitle = QT_TRANSLATE_NOOP("OrganisationForms", "New meeting");
    f.editTitle = QT_TRANSLATE_NOOP("OrganisationForms", "Meeting");
    f.fields = {
        F::date(QStringLiteral("meeting_date"), QT_TRANSLATE_NOOP("OrganisationForms", "Date")).req(),
        F::text(QStringLiteral("title"), QT_TRANSLATE_NOOP("OrganisationForms", "Title")).req(),
        F::text(QStringLiteral("location"), QT_TRANSLATE_NOOP("OrganisationForms", "Location")),
        F::lookup(QStringLiteral("county_id"), QT_TRANSLATE_NOOP("OrganisationForms", "Western unit"),
            arealookups::westernUnits())
            .tip(QT_TRANSLATE_NOOP("OrganisationForms", "Leave empty for a meeting of the whole office")),
        F::integer(QStringLiteral("participants"), QT_TRANSLATE_NOOP("OrganisationForms", "Participants"))
            .range(0, 100000),
        F::notes(QStringLiteral("notes"), QT_TRANSLATE_NOOP("OrganisationForms", "Notes")),
    };
    f.validate = &AreaRules::meeting;
    return f;
}

} // namespace tongxin
