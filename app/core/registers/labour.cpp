#include "registers/labour.h"

#include "areas/arearules.h"
#include "registers/arealookups.h"

namespace tongxin {

namespace {

using D = Labels::Domain;
using F = FormField;

} // namespace

FormSpec LabourForms::placement()
{
    FormSpec f;
    f.table = QStringLiteral("labour_placements");
    f.context = "LabourForms";
    f.newTitle = QT_TRANSLATE_NOOP("LabourForms", "New placement");
    f.editTitle = QT_TRANSLATE_NOOP("LabourForms", "Placement");
    f.fields = {
        F::lookup(
            QStringLiteral("county_id"), QT_TRANSLATE_NOOP("LabourForms", "Western unit"), arealookups::westernUnits())
            .req(),
        F::year(QStringLiteral("year"), QT_TRANSLATE_NOOP("LabourForms", "Year")).req(),
        F::integer(QStringLiteral("month"), QT_TRANSLATE_NOOP("LabourForms", "Month"))
            .range(1, 12)
            .tip(QT_TRANSLATE_NOOP("LabourForms", "Leave empty when the month is not known")),
        F::code(QStringLiteral("destination"), QT_TRANSLATE_NOOP("LabourForms", "Destination"), D::Destination)
            .req()
            .byDefault(QStringLiteral("tianjin")),
        F::text(QStringLiteral("employer"), QT_TRANSLATE_NOOP("LabourForms", "Employer or programme")),
        F::integer(QStringLiteral("persons"), QT_TRANSLATE_NOOP("LabourForms", "Persons placed"))
            .req()
            .range(0, 10000000),
        F::integer(QStringLiteral("poor_persons"), QT_TRANSLATE_NOOP("LabourForms", "Of whom registered poor"))
            .req()
            .range(0, 10000000)
            .byDefault(0),
        // Vocational trainings held for the unit (or for all units).
        F::lookup(QStringLiteral("training_id"), QT_TRANSLATE_NOOP("LabourForms", "Vocational training"),
            QStringLiteral("SELECT id, train_date || ' ' || title FROM trainings "
                           "WHERE county_id = :county_id OR county_id IS NULL ORDER BY train_date DESC")),
        F::notes(QStringLiteral("notes"), QT_TRANSLATE_NOOP("LabourForms", "Notes")),
    };
    f.validate = &AreaRules::placement;
    return f;
}

} // namespace tongxin
