#pragma once

#include "stats/breakdowns.h"

#include <QDate>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QVariantMap>
#include <QVector>

namespace tongxin {

/// A poor village and the kinds of village pairing (community, enterprise, chamber) in force
/// for it on the date asked about.
struct VillageCoverage
{
    qint64 id = 0;
    QString name;
    qint64 townId = 0;
    QString town;
    qint64 unitId = 0;
    QStringList kinds; ///< pairing kind codes, in Coverage::villageKinds() order; empty = uncovered
};

/// A registered poor household (建档立卡贫困户) and whether a cadre pair is in force for it.
struct HouseholdCoverage
{
    qint64 id = 0;
    QString head;
    int members = 0;
    int registeredYear = 0;
    int exitYear = 0; ///< 0 = not yet out of poverty
    qint64 villageId = 0;
    QString village;
    QString town;
    qint64 unitId = 0;
    bool hasCadre = false;
};

/// The coverage of one western unit: its poor villages split by how many kinds of village
/// pairing reach them, and its registered poor households without a cadre pair.
struct UnitCoverage
{
    Unit unit;
    int poorVillages = 0;
    QVector<VillageCoverage> uncovered; ///< no village pairing of any kind
    QVector<VillageCoverage> oneKind; ///< exactly one kind
    QVector<VillageCoverage> severalKinds; ///< two or more kinds
    int households = 0; ///< all registered households, out of poverty or not
    QVector<HouseholdCoverage> withoutCadre;
};

/// The coverage of every western unit asked about, as of one date, and the totals.
struct CoverageReport
{
    QDate date;
    QVector<UnitCoverage> units;

    int poorVillages() const;
    int uncovered() const;
    int oneKind() const;
    int severalKinds() const;
    int households() const;
    int householdsWithoutCadre() const;

    /// The report as JSON (the format of `tongxin-cli coverage --json`):
    /// {"date": "YYYY-MM-DD",
    ///  "units": [{"id", "name", "name_en", "illustrative", "poor_villages",
    ///             "uncovered": [village], "one_kind": [village], "several_kinds": n,
    ///             "households": n, "households_without_cadre": [household]}],
    ///  "totals": {"poor_villages", "uncovered", "one_kind", "several_kinds", "households",
    ///             "households_without_cadre"}}  (all counts)
    /// village = {"id", "name", "town", "kinds": [kind code]};
    /// household = {"id", "head", "members", "village", "town", "registered_year", "exit_year" (null when none)}.
    QJsonObject toJson() const;
};

/// Coverage of poor villages and registered poor households by pairings ("一个都不能少": who is
/// still left out), as of a day: see inForceCondition() for when a pairing counts. The lists of
/// the coverage page and `tongxin-cli coverage` both come from the queries here.
class Coverage final
{
public:
    /// Which poor villages a list shows.
    enum class Villages { All, Uncovered, OneKind, SeveralKinds };

    /// The pairing kinds whose western party is a village: community_village,
    /// enterprise_village, chamber_village.
    static QStringList villageKinds();

    /// SQL condition: pairing `alias` is in force on the day bound as :date. It has started
    /// (start_date <= :date) and either its status is 'active' and it has no end date or ends
    /// on or after the day, or its status is 'ended' and it ended after the day. So a pairing
    /// ended today no longer counts today, while a day in the past sees the pairings of then.
    static QString inForceCondition(const QString &alias = QStringLiteral("p"));

    /// One row per poor village (places.level 'village', is_poor 1) of unit :unit (0 = all),
    /// in unit, town, village order. Columns: village_id, village, town_id, town, unit_id,
    /// one 0/1 column per village kind (community_village, enterprise_village,
    /// chamber_village) telling whether a pairing of that kind is in force on :date,
    /// kind_count (their sum) and kinds (the codes in force, separated by spaces).
    /// `which` keeps only the villages with no kind, one kind or several kinds.
    static QString villagesSql(Villages which = Villages::All);
    /// One row per registered poor household of unit :unit (0 = all). Columns: household_id,
    /// head, members, registered_year, exit_year (NULL when none), village_id, village, town,
    /// unit_id, has_cadre (1 when a cadre_household pairing is in force on :date).
    /// `withoutCadreOnly` keeps only the households with has_cadre 0.
    static QString householdsSql(bool withoutCadreOnly = false);
    /// The named values both queries bind: :date (ISO) and :unit.
    static QVariantMap binds(const QDate &date, qint64 unitId = 0);

    /// The coverage of one western unit (or all, `unitId` 0) on `date`. Units come in the
    /// order of Breakdowns::westernUnits(); a unit without poor villages is listed with zeros.
    /// False (with the SQL error) when a query fails.
    static bool compute(
        const QSqlDatabase &db, const QDate &date, qint64 unitId, CoverageReport *out, QString *error = nullptr);
};

} // namespace tongxin
