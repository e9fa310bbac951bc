#include "registers/pairings.h"

#include "pairing/pairingquery.h"
#include "records/rules.h"

#include <QCoreApplication>

namespace tongxin {

namespace {

using F = FormField;

// Whether a pairing kind keeps its party in this column (Rules::pairingColumns).
FormField::Condition usesColumn(const QString &column)
{
    return [column](const QVariantMap &v) {
        const auto cols = Rules::pairingColumns(v.value(QStringLiteral("kind")).toString());
        return cols.first == column || cols.second == column;
    };
}

// "name（parent，unit）": a place with its parent and its county or district, so equal names in
// two towns can be told apart; the parent is left out when it is the unit itself.
const char *const PlaceName
    = "p.name || '（' || CASE WHEN par.id <> u.id THEN par.name || '，' ELSE '' END || u.name || '）'";
const char *const PlaceJoins = " FROM places p JOIN places par ON par.id = p.parent_id "
                               "JOIN place_units pu ON pu.place_id = p.id JOIN places u ON u.id = pu.unit_id ";

// An organisation with its place and unit (the place alone when it is the unit).
const char *const OrgName
    = "o.name || CASE WHEN pl.id IS NULL THEN '' WHEN u.id IS NULL OR u.id = pl.id THEN '（' || pl.name || '）' "
      "ELSE '（' || pl.name || '，' || u.name || '）' END";
const char *const OrgJoins
    = " FROM organisations o LEFT JOIN places pl ON pl.id = o.place_id "
      "LEFT JOIN place_units pu ON pu.place_id = o.place_id LEFT JOIN places u ON u.id = pu.unit_id ";

QString eastPlaceSql()
{
    return QStringLiteral("SELECT p.id, %1 %2 WHERE p.side = 'east' AND p.level = "
                          "CASE :kind WHEN 'street_town' THEN 'street' WHEN 'community_village' THEN 'community' END "
                          "ORDER BY pu.unit_id, par.id, p.id")
        .arg(QString::fromUtf8(PlaceName), QString::fromUtf8(PlaceJoins));
}

QString eastOrgSql()
{
    return QStringLiteral("SELECT o.id, %1 %2 WHERE o.side = 'east' AND o.kind = "
                          "CASE :kind WHEN 'school' THEN 'school' WHEN 'hospital' THEN 'hospital' "
                          "WHEN 'enterprise_village' THEN 'enterprise' WHEN 'chamber_village' THEN 'chamber' END "
                          "ORDER BY o.name, o.id")
        .arg(QString::fromUtf8(OrgName), QString::fromUtf8(OrgJoins));
}

// Eastern cadres with their organisation (or place) and rank.
QString eastPersonSql()
{
    return QStringLiteral(
        "SELECT pe.id, pe.name || CASE WHEN coalesce(o.name, pl.name) IS NULL THEN '' "
        "ELSE '（' || coalesce(o.name, pl.name) || CASE WHEN pe.rank IS NULL THEN '' ELSE '，' || pe.rank END || '）' "
        "END "
        "FROM people pe LEFT JOIN organisations o ON o.id = pe.org_id LEFT JOIN places pl ON pl.id = pe.place_id "
        "WHERE pe.side = 'east' AND pe.role = 'cadre' ORDER BY pe.name, pe.id");
}

// Towns (street ↔ town) or villages (the other place kinds), poor villages marked.
QString westPlaceSql()
{
    return QStringLiteral(
        "SELECT p.id, %1 || CASE WHEN p.is_poor = 1 THEN ' · ' || :poor_village ELSE '' END %2 "
        "WHERE p.side = 'west' AND p.level = CASE :kind WHEN 'street_town' THEN 'town' ELSE 'village' END "
        "ORDER BY u.illustrative, pu.unit_id, par.id, p.id")
        .arg(QString::fromUtf8(PlaceName), QString::fromUtf8(PlaceJoins));
}

QString westOrgSql()
{
    return QStringLiteral("SELECT o.id, %1 %2 WHERE o.side = 'west' AND o.kind = :kind "
                          "ORDER BY u.illustrative, pu.unit_id, o.name, o.id")
        .arg(QString::fromUtf8(OrgName), QString::fromUtf8(OrgJoins));
}

// Registered poor households: the head's name with village, town and unit.
QString westHouseholdSql()
{
    return QStringLiteral("SELECT h.id, h.head_name || '（' || v.name || '，' || t.name || '，' || c.name || '）' "
                          "FROM households h JOIN places v ON v.id = h.village_id JOIN places t ON t.id = v.parent_id "
                          "JOIN places c ON c.id = t.parent_id ORDER BY c.illustrative, c.id, t.id, v.id, h.id");
}

const QStringList &partyColumns()
{
    static const QStringList columns
        = { QStringLiteral("east_place_id"), QStringLiteral("east_org_id"), QStringLiteral("east_person_id"),
              QStringLiteral("west_place_id"), QStringLiteral("west_org_id"), QStringLiteral("west_household_id") };
    return columns;
}

} // namespace

FormSpec PairingForms::pairing()
{
    FormSpec s;
    s.table = QStringLiteral("pairings");
    s.context = "PairingForms";
    s.newTitle = QT_TRANSLATE_NOOP("PairingForms", "New pairing");
    s.editTitle = QT_TRANSLATE_NOOP("PairingForms", "Pairing");
    const char *const east = QT_TRANSLATE_NOOP("PairingForms", "Eastern party");
    const char *const west = QT_TRANSLATE_NOOP("PairingForms", "Western party");
    s.fields = {
        F::code(QStringLiteral("kind"), QT_TRANSLATE_NOOP("PairingForms", "Kind"), Labels::Domain::PairingKind)
            .req()
            .byDefault(QStringLiteral("community_village")),
        F::lookup(QStringLiteral("east_place_id"), east, eastPlaceSql())
            .req()
            .when(usesColumn(QStringLiteral("east_place_id")))
            .tip(QT_TRANSLATE_NOOP("PairingForms",
                "A street (street ↔ town) or a community (community ↔ village) "
                "of the eastern side; type part of the name")),
        F::lookup(QStringLiteral("east_org_id"), east, eastOrgSql())
            .req()
            .when(usesColumn(QStringLiteral("east_org_id")))
            .tip(QT_TRANSLATE_NOOP("PairingForms",
                "An eastern school, hospital, enterprise or chamber of commerce, "
                "as the kind says; type part of the name")),
        F::lookup(QStringLiteral("east_person_id"), east, eastPersonSql())
            .req()
            .when(usesColumn(QStringLiteral("east_person_id")))
            .tip(QT_TRANSLATE_NOOP("PairingForms", "An eastern cadre; type part of the name")),
        F::lookup(QStringLiteral("west_place_id"), west, westPlaceSql())
            .req()
            .when(usesColumn(QStringLiteral("west_place_id")))
            .tip(QT_TRANSLATE_NOOP("PairingForms",
                "A town (street ↔ town) or a village of the western side; "
                "type part of the name")),
        F::lookup(QStringLiteral("west_org_id"), west, westOrgSql())
            .req()
            .when(usesColumn(QStringLiteral("west_org_id")))
            .tip(QT_TRANSLATE_NOOP("PairingForms", "A western school or hospital; type part of the name")),
        F::lookup(QStringLiteral("west_household_id"), west, westHouseholdSql())
            .req()
            .when(usesColumn(QStringLiteral("west_household_id")))
            .tip(QT_TRANSLATE_NOOP("PairingForms", "A registered poor household, by the name of its head")),
        F::date(QStringLiteral("start_date"), QT_TRANSLATE_NOOP("PairingForms", "Start date")).req(),
        F::date(QStringLiteral("end_date"), QT_TRANSLATE_NOOP("PairingForms", "End date"))
            .tip(QT_TRANSLATE_NOOP("PairingForms", "Leave unticked while the pairing is in force")),
        F::code(QStringLiteral("status"), QT_TRANSLATE_NOOP("PairingForms", "Status"), Labels::Domain::PairingStatus)
            .req()
            .byDefault(QStringLiteral("active")),
        F::text(QStringLiteral("agreement_no"), QT_TRANSLATE_NOOP("PairingForms", "Agreement no.")),
        F::notes(QStringLiteral("notes"), QT_TRANSLATE_NOOP("PairingForms", "Notes")),
    };
    // The party columns a kind does not use are NULL, whatever the form held before the kind changed.
    s.derive = [](QVariantMap &v) {
        const auto used = Rules::pairingColumns(v.value(QStringLiteral("kind")).toString());
        for (const QString &column : partyColumns()) {
            if (column != used.first && column != used.second)
                v.insert(column, QVariant());
        }
    };
    s.lookupBinds = [] {
        return QVariantMap { { QStringLiteral("poor_village"),
            QCoreApplication::translate("PairingForms", "poor village") } };
    };
    s.dateOrder = { { QStringLiteral("start_date"), QStringLiteral("end_date") } };
    s.validate = &Rules::pairing;
    return s;
}

ListSpec PairingLists::pairings()
{
    using C = ListColumn;
    using D = Labels::Domain;
    return { QStringLiteral("pairings/list"), "tongxin::PairingsPage", PairingQuery::listSql(),
        { C::id(QStringLiteral("id")), C::id(QStringLiteral("unit_id")), C::id(QStringLiteral("east_unit_id")),
            C::id(QStringLiteral("east_street_id")), C::id(QStringLiteral("title")),
            C::code(QStringLiteral("kind"), QT_TRANSLATE_NOOP("tongxin::PairingsPage", "Kind"), D::PairingKind),
            C::text(QStringLiteral("east_party"), QT_TRANSLATE_NOOP("tongxin::PairingsPage", "Eastern party")),
            C::text(QStringLiteral("west_party"), QT_TRANSLATE_NOOP("tongxin::PairingsPage", "Western party")),
            C::text(QStringLiteral("unit"), QT_TRANSLATE_NOOP("tongxin::PairingsPage", "Western unit")),
            C::text(QStringLiteral("start_date"), QT_TRANSLATE_NOOP("tongxin::PairingsPage", "Start")),
            C::text(QStringLiteral("end_date"), QT_TRANSLATE_NOOP("tongxin::PairingsPage", "End")),
            C::code(QStringLiteral("status"), QT_TRANSLATE_NOOP("tongxin::PairingsPage", "Status"), D::PairingStatus),
            C::text(QStringLiteral("agreement_no"), QT_TRANSLATE_NOOP("tongxin::PairingsPage", "Agreement no.")),
            C::text(QStringLiteral("notes"), QT_TRANSLATE_NOOP("tongxin::PairingsPage", "Notes")) } };
}

} // namespace tongxin
