#include "registers/registries.h"

#include <QCoreApplication>
#include <QLocale>

#include "records/rules.h"

namespace tongxin {

namespace {

constexpr const char *Ctx = "RegistryForms";
using F = FormField;
using D = Labels::Domain;

bool eastLevel(const QString &level)
{
    return level == QLatin1String("district") || level == QLatin1String("street") || level == QLatin1String("community");
}

// "大营门街道（河西区）": a place with its unit, so equal names in two units can be told apart.
const char *const PlaceWithUnit = R"(
SELECT p.id, p.name || CASE WHEN u.id IS NULL OR u.id = p.id THEN '' ELSE '（' || u.name || '）' END
FROM places p LEFT JOIN place_units pu ON pu.place_id = p.id LEFT JOIN places u ON u.id = pu.unit_id
)";

} // namespace

FormSpec RegistryForms::place()
{
    FormSpec s;
    s.table = QStringLiteral("places");
    s.context = Ctx;
    s.newTitle = QT_TRANSLATE_NOOP("RegistryForms", "New place");
    s.editTitle = QT_TRANSLATE_NOOP("RegistryForms", "Place");
    s.fields = {
        F::code(QStringLiteral("level"), QT_TRANSLATE_NOOP("RegistryForms", "Level"), D::PlaceLevel).req()
            .byDefault(QStringLiteral("village")),
        F::lookup(QStringLiteral("parent_id"), QT_TRANSLATE_NOOP("RegistryForms", "Part of"),
                  QString::fromUtf8(PlaceWithUnit)
                      + QStringLiteral("WHERE p.level = CASE :level WHEN 'street' THEN 'district' WHEN 'community' "
                                       "THEN 'street' WHEN 'town' THEN 'county' WHEN 'village' THEN 'town' END "
                                       "ORDER BY u.illustrative, pu.unit_id, p.id"))
            .req()
            .when([](const QVariantMap &v) {
                const QString l = v.value(QStringLiteral("level")).toString();
                return l != QLatin1String("district") && l != QLatin1String("county");
            }),
        F::text(QStringLiteral("name"), QT_TRANSLATE_NOOP("RegistryForms", "Name")).req(),
        F::text(QStringLiteral("name_en"), QT_TRANSLATE_NOOP("RegistryForms", "English name")),
        F::text(QStringLiteral("code"), QT_TRANSLATE_NOOP("RegistryForms", "Administrative code")),
        F::integer(QStringLiteral("population"), QT_TRANSLATE_NOOP("RegistryForms", "Population")),
        F::boolean(QStringLiteral("is_poor"), QT_TRANSLATE_NOOP("RegistryForms", "Poor (registered poor county or village)"))
            .when([](const QVariantMap &v) {
                const QString l = v.value(QStringLiteral("level")).toString();
                return l == QLatin1String("county") || l == QLatin1String("village");
            }),
        F::year(QStringLiteral("exit_year"), QT_TRANSLATE_NOOP("RegistryForms", "Poverty exit year"))
            .when([](const QVariantMap &v) { return v.value(QStringLiteral("is_poor")).toInt() != 0; }),
        F::boolean(QStringLiteral("illustrative"), QT_TRANSLATE_NOOP("RegistryForms", "Illustrative (not a confirmed real unit)"))
            .when([](const QVariantMap &v) { return !eastLevel(v.value(QStringLiteral("level")).toString()); }),
        F::notes(QStringLiteral("notes"), QT_TRANSLATE_NOOP("RegistryForms", "Notes")),
    };
    s.derive = [](QVariantMap &v) {
        v.insert(QStringLiteral("side"),
                 eastLevel(v.value(QStringLiteral("level")).toString()) ? QStringLiteral("east") : QStringLiteral("west"));
        if (v.value(QStringLiteral("is_poor")).isNull())
            v.insert(QStringLiteral("is_poor"), 0);
        if (v.value(QStringLiteral("illustrative")).isNull())
            v.insert(QStringLiteral("illustrative"), 0);
    };
    // Never a level that cannot be saved for want of a parent (a village on an empty database).
    s.initial = [](const QSqlDatabase &db, QVariantMap &row) { row.insert(Rules::newPlace(db)); };
    s.validate = &Rules::place;
    return s;
}

FormSpec RegistryForms::organisation()
{
    FormSpec s;
    s.table = QStringLiteral("organisations");
    s.context = Ctx;
    s.newTitle = QT_TRANSLATE_NOOP("RegistryForms", "New organisation");
    s.editTitle = QT_TRANSLATE_NOOP("RegistryForms", "Organisation");
    s.fields = {
        F::code(QStringLiteral("side"), QT_TRANSLATE_NOOP("RegistryForms", "Side"), D::Side).req().byDefault(QStringLiteral("east")),
        F::code(QStringLiteral("kind"), QT_TRANSLATE_NOOP("RegistryForms", "Kind"), D::OrgKind).req(),
        F::text(QStringLiteral("name"), QT_TRANSLATE_NOOP("RegistryForms", "Name")).req(),
        F::lookup(QStringLiteral("place_id"), QT_TRANSLATE_NOOP("RegistryForms", "Place"),
                  QString::fromUtf8(PlaceWithUnit)
                      + QStringLiteral("WHERE p.side = :side ORDER BY u.illustrative, pu.unit_id, p.id")),
        F::code(QStringLiteral("ownership"), QT_TRANSLATE_NOOP("RegistryForms", "Ownership"), D::Ownership),
        F::text(QStringLiteral("contact"), QT_TRANSLATE_NOOP("RegistryForms", "Contact")),
        F::notes(QStringLiteral("notes"), QT_TRANSLATE_NOOP("RegistryForms", "Notes")),
    };
    s.validate = &Rules::organisation;
    return s;
}

FormSpec RegistryForms::person()
{
    FormSpec s;
    s.table = QStringLiteral("people");
    s.context = Ctx;
    s.newTitle = QT_TRANSLATE_NOOP("RegistryForms", "New person");
    s.editTitle = QT_TRANSLATE_NOOP("RegistryForms", "Person");
    s.fields = {
        F::code(QStringLiteral("side"), QT_TRANSLATE_NOOP("RegistryForms", "Side"), D::Side).req().byDefault(QStringLiteral("east")),
        F::text(QStringLiteral("name"), QT_TRANSLATE_NOOP("RegistryForms", "Name")).req(),
        F::code(QStringLiteral("gender"), QT_TRANSLATE_NOOP("RegistryForms", "Gender"), D::Gender),
        F::code(QStringLiteral("role"), QT_TRANSLATE_NOOP("RegistryForms", "Role"), D::PersonRole).req()
            .byDefault(QStringLiteral("cadre")),
        F::code(QStringLiteral("field"), QT_TRANSLATE_NOOP("RegistryForms", "Field"), D::Field)
            .when([](const QVariantMap &v) { return v.value(QStringLiteral("role")).toString() == QLatin1String("professional"); }),
        F::text(QStringLiteral("rank"), QT_TRANSLATE_NOOP("RegistryForms", "Rank or title")),
        F::lookup(QStringLiteral("org_id"), QT_TRANSLATE_NOOP("RegistryForms", "Organisation"),
                  QStringLiteral("SELECT id, name FROM organisations WHERE side = :side ORDER BY kind, name")),
        F::lookup(QStringLiteral("place_id"), QT_TRANSLATE_NOOP("RegistryForms", "Place"),
                  QString::fromUtf8(PlaceWithUnit)
                      + QStringLiteral("WHERE p.side = :side ORDER BY u.illustrative, pu.unit_id, p.id")),
        F::text(QStringLiteral("phone"), QT_TRANSLATE_NOOP("RegistryForms", "Phone")),
        F::notes(QStringLiteral("notes"), QT_TRANSLATE_NOOP("RegistryForms", "Notes")),
    };
    s.validate = &Rules::person;
    return s;
}

FormSpec RegistryForms::household()
{
    FormSpec s;
    s.table = QStringLiteral("households");
    s.context = Ctx;
    s.newTitle = QT_TRANSLATE_NOOP("RegistryForms", "New registered poor household");
    s.editTitle = QT_TRANSLATE_NOOP("RegistryForms", "Registered poor household");
    s.fields = {
        F::lookup(QStringLiteral("village_id"), QT_TRANSLATE_NOOP("RegistryForms", "Village"),
                  QStringLiteral("SELECT v.id, v.name || '（' || t.name || '，' || c.name || '）' FROM places v "
                                 "JOIN places t ON t.id = v.parent_id JOIN places c ON c.id = t.parent_id "
                                 "WHERE v.level = 'village' ORDER BY c.illustrative, c.id, t.id, v.id"))
            .req(),
        F::text(QStringLiteral("head_name"), QT_TRANSLATE_NOOP("RegistryForms", "Head of household")).req(),
        F::integer(QStringLiteral("members"), QT_TRANSLATE_NOOP("RegistryForms", "Members")).req().range(1, 30).byDefault(1),
        F::year(QStringLiteral("registered_year"), QT_TRANSLATE_NOOP("RegistryForms", "Year registered")).req()
            .range(2000, 2100),
        F::year(QStringLiteral("exit_year"), QT_TRANSLATE_NOOP("RegistryForms", "Year out of poverty")).range(2000, 2100),
        F::boolean(QStringLiteral("food_clothing_ok"), QT_TRANSLATE_NOOP("RegistryForms", "No worry about food and clothing")),
        F::boolean(QStringLiteral("education_ok"), QT_TRANSLATE_NOOP("RegistryForms", "Compulsory education guaranteed")),
        F::boolean(QStringLiteral("medical_ok"), QT_TRANSLATE_NOOP("RegistryForms", "Basic medical care guaranteed")),
        F::boolean(QStringLiteral("housing_ok"), QT_TRANSLATE_NOOP("RegistryForms", "Safe housing guaranteed")),
        F::boolean(QStringLiteral("water_ok"), QT_TRANSLATE_NOOP("RegistryForms", "Safe drinking water")),
        F::notes(QStringLiteral("notes"), QT_TRANSLATE_NOOP("RegistryForms", "Notes")),
    };
    s.validate = &Rules::household;
    return s;
}

namespace {

// Header texts are translated in the page's own context.
constexpr const char *Context = "tongxin::RegistriesPage";

// Places in tree order, as entered: each unit, then each street or town followed by its
// communities or villages.
const char *const PlacesSql = R"(
SELECT p.id, p.side, p.name, p.name_en, p.level, par.name AS parent, u.name AS unit, pu.unit_id,
       p.population, p.is_poor, p.exit_year
FROM places p
LEFT JOIN places par ON par.id = p.parent_id
LEFT JOIN place_units pu ON pu.place_id = p.id
LEFT JOIN places u ON u.id = pu.unit_id
ORDER BY p.side, u.illustrative, pu.unit_id,
         p.level NOT IN ('district', 'county'),
         CASE WHEN p.level IN ('street', 'town') THEN p.id
              WHEN p.level IN ('community', 'village') THEN par.id ELSE 0 END,
         p.level IN ('community', 'village'), p.id
)";

const char *const OrganisationsSql = R"(
SELECT o.id, o.name, o.kind, o.side, pl.name AS place, u.name AS unit, pu.unit_id, o.ownership
FROM organisations o
LEFT JOIN places pl ON pl.id = o.place_id
LEFT JOIN place_units pu ON pu.place_id = o.place_id
LEFT JOIN places u ON u.id = pu.unit_id
ORDER BY o.side, o.kind, o.name, o.id
)";

// A person's place is their own, or else their organisation's.
const char *const PeopleSql = R"(
SELECT pe.id, pe.name, pe.role, pe.field, pe.side, o.name AS organisation,
       coalesce(pl.name, opl.name) AS place, u.name AS unit, pu.unit_id
FROM people pe
LEFT JOIN organisations o ON o.id = pe.org_id
LEFT JOIN places pl ON pl.id = pe.place_id
LEFT JOIN places opl ON opl.id = o.place_id
LEFT JOIN place_units pu ON pu.place_id = coalesce(pe.place_id, o.place_id)
LEFT JOIN places u ON u.id = pu.unit_id
ORDER BY pe.side, pe.role, pe.name, pe.id
)";

// status: one digit per guarantee (food and clothing, education, medical care, housing,
// drinking water), 1 when met.
const char *const HouseholdsSql = R"(
SELECT h.id, h.head_name, v.name AS village, t.name AS town, c.name AS unit, c.id AS unit_id,
       h.members, h.registered_year, h.exit_year,
       h.food_clothing_ok || h.education_ok || h.medical_ok || h.housing_ok || h.water_ok AS status
FROM households h
JOIN places v ON v.id = h.village_id
JOIN places t ON t.id = v.parent_id
JOIN places c ON c.id = t.parent_id
ORDER BY c.illustrative, c.id, t.id, v.id, h.id
)";


// 两不愁三保障: "All met", or which guarantees are not met yet.
QString guaranteesText(const QVariant &raw)
{
    const QString flags = raw.toString();
    if (flags.isEmpty())
        return {};
    static const char *const names[] = {
        QT_TRANSLATE_NOOP("tongxin::RegistriesPage", "food and clothing"),
        QT_TRANSLATE_NOOP("tongxin::RegistriesPage", "education"),
        QT_TRANSLATE_NOOP("tongxin::RegistriesPage", "medical care"),
        QT_TRANSLATE_NOOP("tongxin::RegistriesPage", "housing"),
        QT_TRANSLATE_NOOP("tongxin::RegistriesPage", "drinking water"),
    };
    QStringList missing;
    for (int i = 0; i < 5; ++i) {
        if (i >= flags.size() || flags.at(i) != QLatin1Char('1'))
            missing << QCoreApplication::translate(Context, names[i]);
    }
    if (missing.isEmpty())
        return QCoreApplication::translate(Context, QT_TRANSLATE_NOOP("tongxin::RegistriesPage", "All met"));
    return QCoreApplication::translate(Context, QT_TRANSLATE_NOOP("tongxin::RegistriesPage", "Not met: %1"))
        .arg(QLocale().createSeparatedList(missing));
}

} // namespace

ListSpec RegistryLists::places()
{
    using C = ListColumn;
    using D = Labels::Domain;
    return { QStringLiteral("registries/places"), Context, QString::fromUtf8(PlacesSql),
        { C::id(QStringLiteral("id")), C::id(QStringLiteral("unit_id")),
            C::text(QStringLiteral("name"), QT_TRANSLATE_NOOP("tongxin::RegistriesPage", "Name")),
            C::text(QStringLiteral("name_en"), QT_TRANSLATE_NOOP("tongxin::RegistriesPage", "English name")),
            C::code(QStringLiteral("level"), QT_TRANSLATE_NOOP("tongxin::RegistriesPage", "Level"), D::PlaceLevel),
            C::code(QStringLiteral("side"), QT_TRANSLATE_NOOP("tongxin::RegistriesPage", "Side"), D::Side),
            C::text(QStringLiteral("parent"), QT_TRANSLATE_NOOP("tongxin::RegistriesPage", "Part of")),
            C::text(QStringLiteral("unit"), QT_TRANSLATE_NOOP("tongxin::RegistriesPage", "County / district")),
            C::integer(QStringLiteral("population"), QT_TRANSLATE_NOOP("tongxin::RegistriesPage", "Population")),
            C::boolean(QStringLiteral("is_poor"), QT_TRANSLATE_NOOP("tongxin::RegistriesPage", "Poor")),
            C::year(QStringLiteral("exit_year"), QT_TRANSLATE_NOOP("tongxin::RegistriesPage", "Exit year")) } };
}

ListSpec RegistryLists::organisations()
{
    using C = ListColumn;
    using D = Labels::Domain;
    return { QStringLiteral("registries/organisations"), Context, QString::fromUtf8(OrganisationsSql),
        { C::id(QStringLiteral("id")), C::id(QStringLiteral("unit_id")),
            C::text(QStringLiteral("name"), QT_TRANSLATE_NOOP("tongxin::RegistriesPage", "Name")),
            C::code(QStringLiteral("kind"), QT_TRANSLATE_NOOP("tongxin::RegistriesPage", "Kind"), D::OrgKind),
            C::code(QStringLiteral("side"), QT_TRANSLATE_NOOP("tongxin::RegistriesPage", "Side"), D::Side),
            C::text(QStringLiteral("place"), QT_TRANSLATE_NOOP("tongxin::RegistriesPage", "Place")),
            C::text(QStringLiteral("unit"), QT_TRANSLATE_NOOP("tongxin::RegistriesPage", "County / district")),
            C::code(QStringLiteral("ownership"), QT_TRANSLATE_NOOP("tongxin::RegistriesPage", "Ownership"),
                Labels::Domain::Ownership) } };
}

ListSpec RegistryLists::people()
{
    using C = ListColumn;
    using D = Labels::Domain;
    return { QStringLiteral("registries/people"), Context, QString::fromUtf8(PeopleSql),
        { C::id(QStringLiteral("id")), C::id(QStringLiteral("unit_id")),
            C::text(QStringLiteral("name"), QT_TRANSLATE_NOOP("tongxin::RegistriesPage", "Name")),
            C::code(QStringLiteral("role"), QT_TRANSLATE_NOOP("tongxin::RegistriesPage", "Role"), D::PersonRole),
            C::code(QStringLiteral("field"), QT_TRANSLATE_NOOP("tongxin::RegistriesPage", "Field"), D::Field),
            C::code(QStringLiteral("side"), QT_TRANSLATE_NOOP("tongxin::RegistriesPage", "Side"), D::Side),
            C::text(QStringLiteral("organisation"), QT_TRANSLATE_NOOP("tongxin::RegistriesPage", "Organisation")),
            C::text(QStringLiteral("place"), QT_TRANSLATE_NOOP("tongxin::RegistriesPage", "Place")),
            C::text(QStringLiteral("unit"), QT_TRANSLATE_NOOP("tongxin::RegistriesPage", "County / district")) } };
}

ListSpec RegistryLists::households()
{
    using C = ListColumn;
    return { QStringLiteral("registries/households"), Context, QString::fromUtf8(HouseholdsSql),
        { C::id(QStringLiteral("id")), C::id(QStringLiteral("unit_id")),
            C::text(QStringLiteral("head_name"), QT_TRANSLATE_NOOP("tongxin::RegistriesPage", "Head of household")),
            C::text(QStringLiteral("village"), QT_TRANSLATE_NOOP("tongxin::RegistriesPage", "Village")),
            C::text(QStringLiteral("town"), QT_TRANSLATE_NOOP("tongxin::RegistriesPage", "Town")),
            C::text(QStringLiteral("unit"), QT_TRANSLATE_NOOP("tongxin::RegistriesPage", "Western unit")),
            C::integer(QStringLiteral("members"), QT_TRANSLATE_NOOP("tongxin::RegistriesPage", "Members")),
            C::year(QStringLiteral("registered_year"), QT_TRANSLATE_NOOP("tongxin::RegistriesPage", "Registered")),
            C::year(QStringLiteral("exit_year"), QT_TRANSLATE_NOOP("tongxin::RegistriesPage", "Exit year")),
            C::custom(QStringLiteral("status"),
                QT_TRANSLATE_NOOP("tongxin::RegistriesPage", "Two assurances, three guarantees"), guaranteesText) } };
}

} // namespace tongxin
