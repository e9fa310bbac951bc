// The list queries of the five areas, with their totals and charts. Each list query selects
// the records of one table under the placeholders bound by AreaQuery::binds():
//   :from, :to   first and last day of the year (or open)      — dated records
//   :y1, :y2     the year (or 0 … 9999)                         — yearly records
//   :county      western unit, 0 = all
//   :en          1 when western units are named in English
//   :on          ISO day the record was in force, '' = any      — records with start and end
//   :<column>    a code of that column, '' = all
// The year and unit conditions are the headline figures' own (stats/headline.cpp), so a list's
// totals under a year and a unit are the dashboard's figures.

#include "areas/areatables_p.h"

#include "stats/figures.h"

namespace tongxin::areas {

namespace {

// A western unit's name in the user's language.
QString unitName(const char *alias)
{
    return QStringLiteral("CASE WHEN :en = 1 AND ifnull(%1.name_en, '') <> '' THEN %1.name_en ELSE %1.name END")
        .arg(QLatin1String(alias));
}

QString codeOk(const char *column, const char *bind)
{
    return QStringLiteral("(ifnull(:%2, '') = '' OR %1 = :%2)").arg(QLatin1String(column), QLatin1String(bind));
}

QString inForceOn(const char *start, const char *end)
{
    return QStringLiteral("(ifnull(:on, '') = '' OR (%1 <= :on AND (%2 IS NULL OR %2 >= :on)))")
        .arg(QLatin1String(start), QLatin1String(end));
}

constexpr int fig(Figure f)
{
    return int(f);
}

using K = AreaTotal::Kind;

QVector<TableDef> build()
{
    QVector<TableDef> defs;

    defs.append(TableDef { AreaTable::Secondments, "secondments",
        QStringLiteral("SELECT s.id, s.person_id, pe.name AS person, pe.role, pe.side, s.direction, s.county_id, ")
            + unitName("u")
            + QStringLiteral(" AS unit, s.home_unit, s.host_unit, s.position, s.start_date, s.end_date, s.term "
                             "FROM secondments s JOIN people pe ON pe.id = s.person_id "
                             "JOIN places u ON u.id = s.county_id "
                             "WHERE s.start_date BETWEEN :from AND :to AND (:county = 0 OR s.county_id = :county) AND ")
            + codeOk("s.direction", "direction") + QStringLiteral(" AND ") + codeOk("s.term", "term")
            + QStringLiteral(" AND ") + inForceOn("s.start_date", "s.end_date")
            + QStringLiteral(" ORDER BY s.start_date DESC, s.id DESC"),
        { QStringLiteral("direction"), QStringLiteral("term") },
        { QStringLiteral("person"), QStringLiteral("unit"), QStringLiteral("home_unit"), QStringLiteral("host_unit"),
            QStringLiteral("position") },
        true, true,
        { { "secondments", K::Count, "count(*)", nullptr, -1 },
            { "cadres_to_west", K::Count,
                "count(DISTINCT CASE WHEN r.direction = 'east_to_west' AND r.role = 'cadre' THEN r.person_id END)",
                nullptr, fig(Figure::CadresSeconded) },
            { "persons_to_east", K::Count,
                "count(DISTINCT CASE WHEN r.direction = 'west_to_east' THEN r.person_id END)", nullptr, -1 },
            { "long_term", K::Count, "ifnull(sum(r.term = 'long'), 0)", nullptr, -1 } },
        "substr(r.start_date, 1, 4)", "r.direction", "1", nullptr });

    defs.append(TableDef { AreaTable::Dispatches, "professional_dispatches",
        QStringLiteral("SELECT d.id, d.person_id, pe.name AS person, d.field, d.county_id, ") + unitName("u")
            + QStringLiteral(" AS unit, d.host_org_id, o.name AS host_org, d.start_date, d.end_date, d.term, d.notes "
                             "FROM professional_dispatches d JOIN people pe ON pe.id = d.person_id "
                             "JOIN places u ON u.id = d.county_id LEFT JOIN organisations o ON o.id = d.host_org_id "
                             "WHERE d.start_date BETWEEN :from AND :to AND (:county = 0 OR d.county_id = :county) AND ")
            + codeOk("d.field", "field") + QStringLiteral(" AND ") + codeOk("d.term", "term") + QStringLiteral(" AND ")
            + inForceOn("d.start_date", "d.end_date") + QStringLiteral(" ORDER BY d.start_date DESC, d.id DESC"),
        { QStringLiteral("field"), QStringLiteral("term") },
        { QStringLiteral("person"), QStringLiteral("unit"), QStringLiteral("host_org"), QStringLiteral("notes") }, true,
        true,
        { { "dispatches", K::Count, "count(*)", nullptr, -1 },
            { "professionals", K::Count, "count(DISTINCT r.person_id)", nullptr, fig(Figure::ProfessionalsDispatched) },
            { "long_term", K::Count, "ifnull(sum(r.term = 'long'), 0)", nullptr, -1 } },
        "substr(r.start_date, 1, 4)", "r.field", "1", nullptr });

    defs.append(TableDef { AreaTable::Trainings, "trainings",
        QStringLiteral("SELECT t.id, t.title, t.kind, t.mode, t.field, t.train_date, t.county_id, ifnull(")
            + unitName("u")
            + QStringLiteral(", :all_units) AS unit, t.organiser, t.person_times, t.event_id, e.name AS event "
                             "FROM trainings t LEFT JOIN places u ON u.id = t.county_id "
                             "LEFT JOIN events e ON e.id = t.event_id "
                             "WHERE t.train_date BETWEEN :from AND :to AND (:county = 0 OR t.county_id = :county) AND ")
            + codeOk("t.kind", "kind") + QStringLiteral(" AND ") + codeOk("t.mode", "mode") + QStringLiteral(" AND ")
            + codeOk("t.field", "field") + QStringLiteral(" ORDER BY t.train_date DESC, t.id DESC"),
        { QStringLiteral("kind"), QStringLiteral("mode"), QStringLiteral("field") },
        { QStringLiteral("title"), QStringLiteral("unit"), QStringLiteral("organiser"), QStringLiteral("event") }, true,
        false,
        { { "sessions", K::Count, "count(*)", nullptr, fig(Figure::TrainingActivities) },
            { "person_times", K::Count, "ifnull(sum(r.person_times), 0)", nullptr, fig(Figure::TrainingPersonTimes) },
            { "remote", K::Count, "ifnull(sum(r.mode = 'remote'), 0)", nullptr, -1 } },
        "substr(r.train_date, 1, 4)", "ifnull(r.field, '')", "r.person_times", nullptr });

    defs.append(TableDef { AreaTable::Visitors, "visitors_received",
        QStringLiteral("SELECT v.id, v.county_id, ") + unitName("u")
            + QStringLiteral(" AS unit, v.start_date, v.end_date, v.persons, v.purpose, v.notes "
                             "FROM visitors_received v JOIN places u ON u.id = v.county_id "
                             "WHERE v.start_date BETWEEN :from AND :to AND (:county = 0 OR v.county_id = :county) AND ")
            + codeOk("v.purpose", "purpose") + QStringLiteral(" AND ") + inForceOn("v.start_date", "v.end_date")
            + QStringLiteral(" ORDER BY v.start_date DESC, v.id DESC"),
        { QStringLiteral("purpose") }, { QStringLiteral("unit"), QStringLiteral("notes") }, true, true,
        { { "groups", K::Count, "count(*)", nullptr, -1 },
            { "visitors", K::Count, "ifnull(sum(r.persons), 0)", nullptr, fig(Figure::WesternVisitorsReceived) } },
        "substr(r.start_date, 1, 4)", "r.purpose", "r.persons", nullptr });

    defs.append(TableDef { AreaTable::Placements, "labour_placements",
        QStringLiteral("SELECT l.id, l.county_id, ") + unitName("u")
            + QStringLiteral(" AS unit, u.illustrative AS unit_order, l.year, l.month, l.destination, l.employer, "
                             "l.persons, l.poor_persons, "
                             "l.training_id, t.title AS training "
                             "FROM labour_placements l JOIN places u ON u.id = l.county_id "
                             "LEFT JOIN trainings t ON t.id = l.training_id "
                             "WHERE l.year BETWEEN :y1 AND :y2 AND (:county = 0 OR l.county_id = :county) AND ")
            + codeOk("l.destination", "destination")
            + QStringLiteral(" ORDER BY l.year DESC, ifnull(l.month, 0) DESC, u.illustrative, l.county_id, l.id"),
        { QStringLiteral("destination") },
        { QStringLiteral("unit"), QStringLiteral("employer"), QStringLiteral("training") }, true, false,
        { { "placements", K::Count, "count(*)", nullptr, -1 },
            { "persons", K::Count, "ifnull(sum(r.persons), 0)", nullptr, -1 },
            { "poor_persons", K::Count, "ifnull(sum(r.poor_persons), 0)", nullptr, -1 },
            { "poor_share", K::Share, "ifnull(sum(r.poor_persons), 0)", "ifnull(sum(r.persons), 0)", -1 } },
        "r.year", "r.destination", "r.persons", nullptr });

    defs.append(TableDef { AreaTable::Settlements, "enterprise_settlements",
        QStringLiteral("SELECT es.id, es.org_id, o.name AS enterprise, es.county_id, ") + unitName("u")
            + QStringLiteral(" AS unit, u.illustrative AS unit_order, es.kind, es.industry, es.year, es.investment_fen, "
                             "es.jobs, es.poor_employed, es.workshops, es.park, es.notes "
                             "FROM enterprise_settlements es JOIN organisations o ON o.id = es.org_id "
                             "JOIN places u ON u.id = es.county_id "
                             "WHERE es.year BETWEEN :y1 AND :y2 AND (:county = 0 OR es.county_id = :county) AND ")
            + codeOk("es.industry", "industry")
            + QStringLiteral(" ORDER BY es.year DESC, u.illustrative, es.county_id, o.name, es.id"),
        { QStringLiteral("industry") },
        { QStringLiteral("enterprise"), QStringLiteral("unit"), QStringLiteral("industry"), QStringLiteral("park"),
            QStringLiteral("notes") },
        true, false,
        { { "enterprises", K::Count, "count(DISTINCT r.org_id)", nullptr, fig(Figure::EnterprisesSettled) },
            { "investment", K::Money, "ifnull(sum(r.investment_fen), 0)", nullptr, fig(Figure::EnterpriseInvestment) },
            { "jobs", K::Count, "ifnull(sum(r.jobs), 0)", nullptr, -1 },
            { "poor_employed", K::Count, "ifnull(sum(r.poor_employed), 0)", nullptr, -1 },
            { "workshops", K::Count, "ifnull(sum(r.workshops), 0)", nullptr, -1 } },
        "r.unit", "r.year", "r.investment_fen", "min(r.unit_order), min(r.county_id)" });

    defs.append(TableDef { AreaTable::Donations, "donations",
        QStringLiteral("SELECT dn.id, dn.donation_date, dn.donor_type, dn.donor_name, dn.county_id, ") + unitName("u")
            + QStringLiteral(
                " AS unit, coalesce(rp.name, ro.name, rh.head_name || '（' || hv.name || '）') AS recipient, "
                "dn.cash_fen, dn.goods_desc, dn.goods_value_fen, dn.cash_fen + dn.goods_value_fen AS value_fen, "
                "dn.purpose "
                "FROM donations dn JOIN places u ON u.id = dn.county_id "
                "LEFT JOIN places rp ON rp.id = dn.recipient_place_id "
                "LEFT JOIN organisations ro ON ro.id = dn.recipient_org_id "
                "LEFT JOIN households rh ON rh.id = dn.recipient_household_id "
                "LEFT JOIN places hv ON hv.id = rh.village_id "
                "WHERE dn.donation_date BETWEEN :from AND :to AND (:county = 0 OR dn.county_id = :county) AND ")
            + codeOk("dn.donor_type", "donor_type") + QStringLiteral(" ORDER BY dn.donation_date DESC, dn.id DESC"),
        { QStringLiteral("donor_type") },
        { QStringLiteral("donor_name"), QStringLiteral("unit"), QStringLiteral("recipient"),
            QStringLiteral("goods_desc"), QStringLiteral("purpose") },
        true, false,
        { { "donations", K::Count, "count(*)", nullptr, -1 },
            { "cash", K::Money, "ifnull(sum(r.cash_fen), 0)", nullptr, -1 },
            { "in_kind", K::Money, "ifnull(sum(r.goods_value_fen), 0)", nullptr, -1 },
            { "value", K::Money, "ifnull(sum(r.value_fen), 0)", nullptr, -1 } },
        "r.donor_type", "''", "r.value_fen", nullptr });

    // Working groups are in force over a span (a stock, as in the headline figure) and belong
    // to the whole office: no unit.
    defs.append(TableDef { AreaTable::WorkingGroups, "working_groups",
        QStringLiteral("SELECT w.id, w.name, w.leader, w.members, w.remit, w.established_date, w.dissolved_date "
                       "FROM working_groups w WHERE w.established_date <= :to "
                       "AND (w.dissolved_date IS NULL OR w.dissolved_date >= :from) AND ")
            + inForceOn("w.established_date", "w.dissolved_date")
            + QStringLiteral(" ORDER BY w.established_date, w.id"),
        {}, { QStringLiteral("name"), QStringLiteral("leader"), QStringLiteral("remit") }, false, true,
        { { "working_groups", K::Count, "count(*)", nullptr, fig(Figure::WorkingGroups) },
            { "members", K::Count, "ifnull(sum(r.members), 0)", nullptr, -1 } },
        nullptr, nullptr, nullptr, nullptr });

    defs.append(TableDef { AreaTable::Visits, "visits",
        QStringLiteral("SELECT v.id, v.direction, v.start_date, v.end_date, v.county_id, ") + unitName("u")
            + QStringLiteral(" AS unit, v.leader, v.size, v.purpose, v.agreements_signed "
                             "FROM visits v JOIN places u ON u.id = v.county_id "
                             "WHERE v.start_date BETWEEN :from AND :to AND (:county = 0 OR v.county_id = :county) AND ")
            + codeOk("v.direction", "direction") + QStringLiteral(" ORDER BY v.start_date DESC, v.id DESC"),
        { QStringLiteral("direction") },
        { QStringLiteral("unit"), QStringLiteral("leader"), QStringLiteral("purpose") }, true, false,
        { { "visits", K::Count, "count(*)", nullptr, -1 },
            { "trips_to_west", K::Count, "ifnull(sum(r.direction = 'east_to_west'), 0)", nullptr,
                fig(Figure::DelegationTrips) },
            { "visits_to_east", K::Count, "ifnull(sum(r.direction = 'west_to_east'), 0)", nullptr, -1 },
            { "delegates", K::Count, "ifnull(sum(r.size), 0)", nullptr, -1 },
            { "agreements", K::Count, "ifnull(sum(r.agreements_signed), 0)", nullptr, -1 } },
        "substr(r.start_date, 1, 4)", "r.direction", "1", nullptr });

    defs.append(TableDef { AreaTable::Meetings, "meetings",
        QStringLiteral("SELECT m.id, m.meeting_date, m.title, m.location, m.county_id, ifnull(") + unitName("u")
            + QStringLiteral(", :office_wide) AS unit, m.participants, m.notes "
                             "FROM meetings m LEFT JOIN places u ON u.id = m.county_id "
                             "WHERE m.meeting_date BETWEEN :from AND :to AND (:county = 0 OR m.county_id = :county) "
                             "ORDER BY m.meeting_date DESC, m.id DESC"),
        {}, { QStringLiteral("title"), QStringLiteral("location"), QStringLiteral("unit") }, true, false,
        { { "meetings", K::Count, "count(*)", nullptr, -1 },
            { "participants", K::Count, "ifnull(sum(r.participants), 0)", nullptr, -1 } },
        "substr(r.meeting_date, 1, 4)", "''", "1", nullptr });

    // How a row reads in the list of the records behind a figure, and the sums of the totals
    // tables beside the lists (AreaQuery::labourByUnitYear, donationsByDonorType).
    const auto records = [&defs](AreaTable t, RecordDef record, QVector<MeasureDef> measures = {}) {
        defs[int(t)].record = record;
        defs[int(t)].measures = measures;
    };
    records(AreaTable::Secondments, { "r.start_date", "r.person || ifnull(' · ' || r.position, '')" });
    records(AreaTable::Dispatches, { "r.start_date", "r.person || ifnull(' · ' || r.host_org, '')" });
    records(AreaTable::Trainings, { "r.train_date", "r.title" });
    records(AreaTable::Visitors, { "r.start_date", "ifnull(r.notes, '')" });
    records(AreaTable::Placements, { "r.year", "coalesce(r.employer, r.training, '')", true },
        { { "persons", "r.persons", false }, { "poor_persons", "r.poor_persons", false } });
    records(AreaTable::Settlements, { "r.year", "r.enterprise", true });
    records(AreaTable::Donations, { "r.donation_date", "r.donor_name || ifnull(' · ' || r.goods_desc, '')" },
        { { "donations", "1", false }, { "cash", "r.cash_fen", true }, { "in_kind", "r.goods_value_fen", true },
            { "value", "r.value_fen", true } });
    records(AreaTable::WorkingGroups, { "r.established_date", "r.name" });
    records(AreaTable::Visits, { "r.start_date", "ifnull(r.leader, '') || ' ' || ifnull(r.purpose, '')" });
    records(AreaTable::Meetings, { "r.meeting_date", "r.title" });
    return defs;
}

} // namespace

const TableDef &tableDef(AreaTable table)
{
    static const QVector<TableDef> defs = build();
    return defs.at(int(table));
}

} // namespace tongxin::areas
