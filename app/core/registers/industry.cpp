#include "registers/industry.h"

#include "areas/arearules.h"
#include "registers/arealookups.h"
#include "stats/period.h"

#include <QDate>

namespace tongxin {

namespace {

using F = FormField;

} // namespace

FormSpec IndustryForms::settlement()
{
    FormSpec f;
    f.table = QStringLiteral("enterprise_settlements");
    f.context = "IndustryForms";
    f.newTitle = QT_TRANSLATE_NOOP("IndustryForms", "New enterprise settled");
    f.editTitle = QT_TRANSLATE_NOOP("IndustryForms", "Enterprise settled");
    f.fields = {
        F::lookup(QStringLiteral("org_id"), QT_TRANSLATE_NOOP("IndustryForms", "Enterprise"),
            QStringLiteral("SELECT id, name FROM organisations WHERE side = 'east' AND kind = 'enterprise' "
                           "ORDER BY name"))
            .req()
            .tip(
                QT_TRANSLATE_NOOP("IndustryForms", "Eastern enterprises of the registry (Registries ▸ Organisations)")),
        F::lookup(QStringLiteral("county_id"), QT_TRANSLATE_NOOP("IndustryForms", "Western unit"),
            arealookups::westernUnits())
            .req(),
        // 新落地 or 扩产: the headline counts an enterprise as newly settled once, on its 'new' row.
        F::code(QStringLiteral("kind"), QT_TRANSLATE_NOOP("IndustryForms", "Kind"), Labels::Domain::SettlementKind)
            .req()
            .byDefault(QStringLiteral("new"))
            .tip(QT_TRANSLATE_NOOP("IndustryForms",
                "New: the enterprise's first settlement in the west; Expansion: a further settlement of an "
                "enterprise already settled")),
        F::text(QStringLiteral("industry"), QT_TRANSLATE_NOOP("IndustryForms", "Industry")),
        F::year(QStringLiteral("year"), QT_TRANSLATE_NOOP("IndustryForms", "Year")).req(),
        F::money(QStringLiteral("investment_fen"), QT_TRANSLATE_NOOP("IndustryForms", "Investment (yuan)"))
            .req()
            .byDefault(0),
        F::integer(QStringLiteral("jobs"), QT_TRANSLATE_NOOP("IndustryForms", "Jobs created")).req().byDefault(0),
        F::integer(QStringLiteral("poor_employed"), QT_TRANSLATE_NOOP("IndustryForms", "Registered poor employed"))
            .req()
            .byDefault(0),
        F::integer(QStringLiteral("workshops"), QT_TRANSLATE_NOOP("IndustryForms", "Aid workshops built"))
            .req()
            .range(0, 10000)
            .byDefault(0),
        F::text(QStringLiteral("park"), QT_TRANSLATE_NOOP("IndustryForms", "Industrial park")),
        F::notes(QStringLiteral("notes"), QT_TRANSLATE_NOOP("IndustryForms", "Notes")),
    };
    f.validate = &AreaRules::settlement;
    // A new record's year: this year within the office's period, else the nearest year of it
    // (an office whose period has ended records its last years).
    f.initial = [](const QSqlDatabase &db, QVariantMap &row) {
        const OfficePeriod period = OfficePeriod::of(db);
        row.insert(QStringLiteral("year"), qBound(period.from, QDate::currentDate().year(), period.to));
    };
    return f;
}

QString IndustryLists::industriesSql()
{
    return QStringLiteral("SELECT DISTINCT industry FROM enterprise_settlements WHERE industry IS NOT NULL "
                          "ORDER BY industry");
}

} // namespace tongxin
