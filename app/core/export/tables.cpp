#include "export/tables.h"

#include "consumption/salesfields.h"
#include "registers/catalogue.h"

#include <optional>

namespace tongxin {

namespace {

using C = TableColumn;
using D = Labels::Domain;
using S = TableColumn::Show;

C text(const char *header, const char *expression)
{
    return C { header, QString::fromLatin1(expression), CellType::Text, S::Value, D::Side, {} };
}
C typed(const char *header, const char *expression, CellType type)
{
    return C { header, QString::fromLatin1(expression), type, S::Value, D::Side, {} };
}
C code(const char *header, const char *expression, D domain)
{
    return C { header, QString::fromLatin1(expression), CellType::Text, S::Code, domain, {} };
}
C flag(const char *header, const char *expression)
{
    return C { header, QString::fromLatin1(expression), CellType::Text, S::Flag, D::Side, {} };
}
C custom(const char *header, const char *expression, std::function<QString(const QVariant &)> format)
{
    return C { header, QString::fromLatin1(expression), CellType::Text, S::Custom, D::Side, std::move(format) };
}

// A column of the sales ledger: header, codes and flags as SalesFields names them.
C field(SalesField f, const char *expression, CellType type = CellType::Text, std::optional<D> domain = {})
{
    C c { nullptr, QString::fromLatin1(expression), type, S::Value, D::Side, {} };
    if (domain) {
        c.show = S::Code;
        c.domain = *domain;
    } else if (f == SalesField::PurchaseForDonation) {
        c.show = S::Flag;
    }
    c.headerText = [f] { return SalesFields::label(f); };
    return c;
}

QString ownership(const QVariant &v)
{
    const QString c = v.toString();
    if (c == QLatin1String("public"))
        return ExportTables::tr("Public institution");
    if (c == QLatin1String("state"))
        return ExportTables::tr("State-owned");
    if (c == QLatin1String("private"))
        return ExportTables::tr("Private");
    return c;
}

QString gender(const QVariant &v)
{
    const QString c = v.toString();
    if (c == QLatin1String("f"))
        return ExportTables::tr("Female");
    if (c == QLatin1String("m"))
        return ExportTables::tr("Male");
    return c;
}

TableSpec spec(const char *name, const char *title, const char *from, QVector<C> columns, const char *years,
    const char *unit, const char *order)
{
    TableSpec s;
    s.name = QString::fromLatin1(name);
    s.title = title;
    s.from = QString::fromLatin1(from);
    s.columns = std::move(columns);
    s.yearCondition = QString::fromLatin1(years);
    s.unitExpression = QString::fromLatin1(unit);
    s.orderBy = QString::fromLatin1(order);
    return s;
}

// A register exported column by column as the catalogue declares it: labels in the user's
// language, codes and flags named, a reference shown by the name of the record it points to; its
// years from the register's year column, its western unit from the register's.
TableSpec registerSpec(const Register &r)
{
    using RT = RegisterColumn::Type;
    TableSpec s;
    s.name = r.table;
    s.title = r.title;
    s.context = "Catalogue";
    s.from = r.table + QStringLiteral(" r");
    int joined = 0;
    for (const RegisterColumn &c : r.columns) {
        if (c.type == RT::Id || c.type == RT::Blob)
            continue;
        C column { nullptr, QStringLiteral("r.") + c.name, CellType::Text, S::Value, D::Side, {} };
        column.headerText = [table = r.table, name = c.name] { return Catalogue::columnLabel(table, name); };
        switch (c.type) {
        case RT::Integer: column.type = CellType::Integer; break;
        case RT::Real: column.type = CellType::Decimal; break;
        case RT::Money: column.type = CellType::Money; break;
        case RT::Date: column.type = CellType::Date; break;
        case RT::Year: column.type = CellType::Year; break;
        case RT::Flag: column.show = S::Flag; break;
        case RT::Code:
            column.show = S::Code;
            column.domain = *c.domain;
            break;
        case RT::Reference: {
            const QString alias = QStringLiteral("j%1").arg(++joined);
            s.from += QStringLiteral(" LEFT JOIN %1 %2 ON %2.id = r.%3").arg(c.references, alias, c.name);
            column.expression = alias + QLatin1Char('.') + Catalogue::find(c.references)->nameColumn;
            break;
        }
        default: break;
        }
        s.columns << column;
    }
    if (const RegisterColumn *year = r.column(r.yearColumn)) {
        s.yearCondition = year->type == RT::Year ? QStringLiteral("r.%1 BETWEEN :y1 AND :y2").arg(year->name)
                                                 : QStringLiteral("r.%1 BETWEEN :from AND :to").arg(year->name);
        s.orderBy = QStringLiteral("r.%1, r.id").arg(year->name);
    } else {
        s.orderBy = QStringLiteral("r.id");
    }
    s.unitExpression = r.unitSql;
    return s;
}

// The exported registers without a table of their own above.
QVector<TableSpec> registerSpecs(const QVector<TableSpec> &declared)
{
    QStringList covered;
    for (const TableSpec &s : declared)
        covered << s.from.section(QLatin1Char(' '), 0, 0);
    QVector<TableSpec> out;
    for (const Register &r : Catalogue::all()) {
        if (r.exported && !covered.contains(r.table))
            out << registerSpec(r);
    }
    return out;
}

// Records in force at some time in the span (secondments, pairings…).
#define IN_FORCE(start, end) start " <= :to AND (" end " IS NULL OR " end " >= :from)"

const QVector<TableSpec> &specs()
{
    using T = CellType;
    static const QVector<TableSpec> list = [] {
        QVector<TableSpec> declared = {
        spec("places", QT_TRANSLATE_NOOP("ExportTables", "Places"),
            "places p LEFT JOIN places par ON par.id = p.parent_id LEFT JOIN place_units pu ON pu.place_id = p.id "
            "LEFT JOIN places u ON u.id = pu.unit_id",
            { text(QT_TRANSLATE_NOOP("ExportTables", "Name"), "p.name"), text(QT_TRANSLATE_NOOP("ExportTables", "English name"), "p.name_en"),
                code(QT_TRANSLATE_NOOP("ExportTables", "Level"), "p.level", D::PlaceLevel), code(QT_TRANSLATE_NOOP("ExportTables", "Side"), "p.side", D::Side),
                text(QT_TRANSLATE_NOOP("ExportTables", "Part of"), "par.name"), text(QT_TRANSLATE_NOOP("ExportTables", "County / district"), "u.name"), text(QT_TRANSLATE_NOOP("ExportTables", "Code"), "p.code"),
                typed(QT_TRANSLATE_NOOP("ExportTables", "Population"), "p.population", T::Integer), flag(QT_TRANSLATE_NOOP("ExportTables", "Poor"), "p.is_poor"),
                typed(QT_TRANSLATE_NOOP("ExportTables", "Exit year"), "p.exit_year", T::Year), flag(QT_TRANSLATE_NOOP("ExportTables", "Illustrative"), "p.illustrative") },
            "", "pu.unit_id",
            "p.side, u.illustrative, pu.unit_id, p.level NOT IN ('district', 'county'), "
            "CASE WHEN p.level IN ('street', 'town') THEN p.id WHEN p.level IN ('community', 'village') "
            "THEN par.id ELSE 0 END, p.level IN ('community', 'village'), p.id"),
        spec("organisations", QT_TRANSLATE_NOOP("ExportTables", "Organisations"),
            "organisations o LEFT JOIN places pl ON pl.id = o.place_id "
            "LEFT JOIN place_units pu ON pu.place_id = o.place_id LEFT JOIN places u ON u.id = pu.unit_id",
            { text(QT_TRANSLATE_NOOP("ExportTables", "Name"), "o.name"), code(QT_TRANSLATE_NOOP("ExportTables", "Kind"), "o.kind", D::OrgKind), code(QT_TRANSLATE_NOOP("ExportTables", "Side"), "o.side", D::Side),
                text(QT_TRANSLATE_NOOP("ExportTables", "Place"), "pl.name"), text(QT_TRANSLATE_NOOP("ExportTables", "County / district"), "u.name"),
                custom(QT_TRANSLATE_NOOP("ExportTables", "Ownership"), "o.ownership", ownership), text(QT_TRANSLATE_NOOP("ExportTables", "Contact"), "o.contact"),
                text(QT_TRANSLATE_NOOP("ExportTables", "Notes"), "o.notes") },
            "", "pu.unit_id", "o.side, o.kind, o.name, o.id"),
        spec("people", QT_TRANSLATE_NOOP("ExportTables", "People"),
            "people pe LEFT JOIN organisations o ON o.id = pe.org_id LEFT JOIN places pl ON pl.id = pe.place_id "
            "LEFT JOIN places opl ON opl.id = o.place_id "
            "LEFT JOIN place_units pu ON pu.place_id = coalesce(pe.place_id, o.place_id) "
            "LEFT JOIN places u ON u.id = pu.unit_id",
            { text(QT_TRANSLATE_NOOP("ExportTables", "Name"), "pe.name"), custom(QT_TRANSLATE_NOOP("ExportTables", "Gender"), "pe.gender", gender),
                code(QT_TRANSLATE_NOOP("ExportTables", "Role"), "pe.role", D::PersonRole), code(QT_TRANSLATE_NOOP("ExportTables", "Field"), "pe.field", D::Field),
                code(QT_TRANSLATE_NOOP("ExportTables", "Side"), "pe.side", D::Side), text(QT_TRANSLATE_NOOP("ExportTables", "Rank"), "pe.rank"),
                text(QT_TRANSLATE_NOOP("ExportTables", "Organisation"), "o.name"), text(QT_TRANSLATE_NOOP("ExportTables", "Place"), "coalesce(pl.name, opl.name)"),
                text(QT_TRANSLATE_NOOP("ExportTables", "County / district"), "u.name"), text(QT_TRANSLATE_NOOP("ExportTables", "Phone"), "pe.phone") },
            "", "pu.unit_id", "pe.side, pe.role, pe.name, pe.id"),
        spec("households", QT_TRANSLATE_NOOP("ExportTables", "Registered poor households"),
            "households h JOIN places v ON v.id = h.village_id JOIN places t ON t.id = v.parent_id "
            "JOIN places c ON c.id = t.parent_id",
            { text(QT_TRANSLATE_NOOP("ExportTables", "Head of household"), "h.head_name"), text(QT_TRANSLATE_NOOP("ExportTables", "Village"), "v.name"), text(QT_TRANSLATE_NOOP("ExportTables", "Town"), "t.name"),
                text(QT_TRANSLATE_NOOP("ExportTables", "Western unit"), "c.name"), typed(QT_TRANSLATE_NOOP("ExportTables", "Members"), "h.members", T::Integer),
                typed(QT_TRANSLATE_NOOP("ExportTables", "Registered"), "h.registered_year", T::Year),
                typed(QT_TRANSLATE_NOOP("ExportTables", "Exit year"), "h.exit_year", T::Year), flag(QT_TRANSLATE_NOOP("ExportTables", "Food and clothing"), "h.food_clothing_ok"),
                flag(QT_TRANSLATE_NOOP("ExportTables", "Education"), "h.education_ok"), flag(QT_TRANSLATE_NOOP("ExportTables", "Medical care"), "h.medical_ok"),
                flag(QT_TRANSLATE_NOOP("ExportTables", "Housing"), "h.housing_ok"), flag(QT_TRANSLATE_NOOP("ExportTables", "Drinking water"), "h.water_ok") },
            "h.registered_year <= :y2 AND (h.exit_year IS NULL OR h.exit_year >= :y1)", "c.id",
            "c.illustrative, c.id, t.id, v.id, h.id"),
        spec("pairings", QT_TRANSLATE_NOOP("ExportTables", "Pairings"),
            "pairings p JOIN pairing_units pu ON pu.pairing_id = p.id LEFT JOIN places u ON u.id = pu.county_id "
            "LEFT JOIN places ep ON ep.id = p.east_place_id LEFT JOIN organisations eo ON eo.id = p.east_org_id "
            "LEFT JOIN people epe ON epe.id = p.east_person_id LEFT JOIN places wp ON wp.id = p.west_place_id "
            "LEFT JOIN organisations wo ON wo.id = p.west_org_id "
            "LEFT JOIN households wh ON wh.id = p.west_household_id LEFT JOIN places hv ON hv.id = wh.village_id",
            { code(QT_TRANSLATE_NOOP("ExportTables", "Kind"), "p.kind", D::PairingKind),
                text(QT_TRANSLATE_NOOP("ExportTables", "Eastern party"), "coalesce(ep.name, eo.name, epe.name)"),
                text(QT_TRANSLATE_NOOP("ExportTables", "Western party"), "coalesce(wp.name, wo.name, wh.head_name || ' (' || hv.name || ')')"),
                text(QT_TRANSLATE_NOOP("ExportTables", "Western unit"), "u.name"), typed(QT_TRANSLATE_NOOP("ExportTables", "Start date"), "p.start_date", T::Date),
                typed(QT_TRANSLATE_NOOP("ExportTables", "End date"), "p.end_date", T::Date), text(QT_TRANSLATE_NOOP("ExportTables", "Agreement no."), "p.agreement_no"),
                code(QT_TRANSLATE_NOOP("ExportTables", "Status"), "p.status", D::PairingStatus) },
            IN_FORCE("p.start_date", "p.end_date"), "pu.county_id", "p.kind, u.illustrative, pu.county_id, p.id"),
        spec("projects", QT_TRANSLATE_NOOP("ExportTables", "Aid projects"),
            "projects p JOIN places u ON u.id = p.county_id LEFT JOIN places pl ON pl.id = p.place_id "
            "LEFT JOIN (SELECT project_id, sum(amount_fen) AS paid FROM project_payments GROUP BY project_id) pp "
            "ON pp.project_id = p.id",
            { text(QT_TRANSLATE_NOOP("ExportTables", "Project"), "p.name"), typed(QT_TRANSLATE_NOOP("ExportTables", "Year"), "p.year", T::Year), text(QT_TRANSLATE_NOOP("ExportTables", "Western unit"), "u.name"),
                text(QT_TRANSLATE_NOOP("ExportTables", "Place"), "pl.name"), code(QT_TRANSLATE_NOOP("ExportTables", "Category"), "p.category", D::ProjectCategory),
                text(QT_TRANSLATE_NOOP("ExportTables", "Subcategory"), "p.subcategory"), text(QT_TRANSLATE_NOOP("ExportTables", "Implementer"), "p.implementer"),
                typed(QT_TRANSLATE_NOOP("ExportTables", "Start date"), "p.start_date", T::Date),
                typed(QT_TRANSLATE_NOOP("ExportTables", "Planned end"), "p.planned_end_date", T::Date),
                typed(QT_TRANSLATE_NOOP("ExportTables", "Budget"), "p.budget_fen", T::Money), typed(QT_TRANSLATE_NOOP("ExportTables", "Paid"), "ifnull(pp.paid, 0)", T::Money),
                typed(QT_TRANSLATE_NOOP("ExportTables", "Paid %"), "CASE WHEN p.budget_fen > 0 THEN ifnull(pp.paid, 0) * 1.0 / p.budget_fen END",
                    T::Percent),
                text(QT_TRANSLATE_NOOP("ExportTables", "Document no."), "p.doc_no"), code(QT_TRANSLATE_NOOP("ExportTables", "Status"), "p.status", D::ProjectStatus),
                typed(QT_TRANSLATE_NOOP("ExportTables", "Beneficiaries"), "p.beneficiaries", T::Integer),
                typed(QT_TRANSLATE_NOOP("ExportTables", "Of whom poor"), "p.beneficiaries_poor", T::Integer) },
            "p.year BETWEEN :y1 AND :y2", "p.county_id", "p.year, u.illustrative, p.county_id, p.id"),
        spec("payments", QT_TRANSLATE_NOOP("ExportTables", "Project payments"),
            "project_payments pp JOIN projects p ON p.id = pp.project_id JOIN places u ON u.id = p.county_id",
            { typed(QT_TRANSLATE_NOOP("ExportTables", "Date"), "pp.pay_date", T::Date), text(QT_TRANSLATE_NOOP("ExportTables", "Project"), "p.name"),
                text(QT_TRANSLATE_NOOP("ExportTables", "Western unit"), "u.name"), typed(QT_TRANSLATE_NOOP("ExportTables", "Amount"), "pp.amount_fen", T::Money),
                text(QT_TRANSLATE_NOOP("ExportTables", "Voucher no."), "pp.voucher_no"), text(QT_TRANSLATE_NOOP("ExportTables", "Notes"), "pp.notes") },
            "pp.pay_date BETWEEN :from AND :to", "p.county_id", "pp.pay_date, pp.id"),
        spec("allocations", QT_TRANSLATE_NOOP("ExportTables", "Fiscal aid allocations"), "fund_allocations a JOIN places u ON u.id = a.county_id",
            { typed(QT_TRANSLATE_NOOP("ExportTables", "Year"), "a.year", T::Year), text(QT_TRANSLATE_NOOP("ExportTables", "Western unit"), "u.name"),
                typed(QT_TRANSLATE_NOOP("ExportTables", "Amount"), "a.amount_fen", T::Money), code(QT_TRANSLATE_NOOP("ExportTables", "Source"), "a.source", D::FundSource),
                text(QT_TRANSLATE_NOOP("ExportTables", "Document no."), "a.doc_no"), text(QT_TRANSLATE_NOOP("ExportTables", "Notes"), "a.notes") },
            "a.year BETWEEN :y1 AND :y2", "a.county_id", "a.year, u.illustrative, a.county_id, a.id"),
        spec("sales", QT_TRANSLATE_NOOP("ExportTables", "Consumption-aid sales"),
            "sales s JOIN places u ON u.id = s.county_id LEFT JOIN outlets o ON o.id = s.outlet_id",
            // Every field of the import template, in its order and under its headers: an export
            // imports back without a mapping (and its rows are then all duplicates).
            { field(SalesField::Date, "s.sale_date", T::Date), field(SalesField::Channel, "s.channel", T::Text, D::Channel),
                field(SalesField::Outlet, "o.name"), field(SalesField::County, "u.name"),
                field(SalesField::Category, "s.category"), field(SalesField::Product, "s.product"),
                field(SalesField::Quantity, "s.quantity", T::Decimal), field(SalesField::Unit, "s.unit"),
                field(SalesField::Amount, "s.amount_fen", T::Money),
                field(SalesField::BuyerType, "s.buyer_type", T::Text, D::BuyerType),
                field(SalesField::PurchaseForDonation, "s.purchase_for_donation"),
                field(SalesField::SourceRef, "s.source_ref") },
            "s.sale_date BETWEEN :from AND :to", "s.county_id",
            "s.id"), // entry order: a date order would read a million rows out of place (2-3x the time)
        spec("secondments", QT_TRANSLATE_NOOP("ExportTables", "Secondments"),
            "secondments s JOIN people pe ON pe.id = s.person_id JOIN places u ON u.id = s.county_id",
            { text(QT_TRANSLATE_NOOP("ExportTables", "Name"), "pe.name"), code(QT_TRANSLATE_NOOP("ExportTables", "Role"), "pe.role", D::PersonRole),
                code(QT_TRANSLATE_NOOP("ExportTables", "Direction"), "s.direction", D::Direction), text(QT_TRANSLATE_NOOP("ExportTables", "Western unit"), "u.name"),
                text(QT_TRANSLATE_NOOP("ExportTables", "Home unit"), "s.home_unit"), text(QT_TRANSLATE_NOOP("ExportTables", "Host unit"), "s.host_unit"),
                text(QT_TRANSLATE_NOOP("ExportTables", "Position"), "s.position"), typed(QT_TRANSLATE_NOOP("ExportTables", "Start date"), "s.start_date", T::Date),
                typed(QT_TRANSLATE_NOOP("ExportTables", "End date"), "s.end_date", T::Date), code(QT_TRANSLATE_NOOP("ExportTables", "Term"), "s.term", D::Term) },
            IN_FORCE("s.start_date", "s.end_date"), "s.county_id", "s.start_date, s.id"),
        spec("dispatches", QT_TRANSLATE_NOOP("ExportTables", "Professionals dispatched"),
            "professional_dispatches d JOIN people pe ON pe.id = d.person_id JOIN places u ON u.id = d.county_id "
            "LEFT JOIN organisations o ON o.id = d.host_org_id",
            { text(QT_TRANSLATE_NOOP("ExportTables", "Name"), "pe.name"), code(QT_TRANSLATE_NOOP("ExportTables", "Field"), "d.field", D::Field), text(QT_TRANSLATE_NOOP("ExportTables", "Western unit"), "u.name"),
                text(QT_TRANSLATE_NOOP("ExportTables", "Host organisation"), "o.name"), typed(QT_TRANSLATE_NOOP("ExportTables", "Start date"), "d.start_date", T::Date),
                typed(QT_TRANSLATE_NOOP("ExportTables", "End date"), "d.end_date", T::Date), code(QT_TRANSLATE_NOOP("ExportTables", "Term"), "d.term", D::Term) },
            IN_FORCE("d.start_date", "d.end_date"), "d.county_id", "d.start_date, d.id"),
        spec("trainings", QT_TRANSLATE_NOOP("ExportTables", "Trainings"), "trainings t LEFT JOIN places u ON u.id = t.county_id",
            { text(QT_TRANSLATE_NOOP("ExportTables", "Title"), "t.title"), code(QT_TRANSLATE_NOOP("ExportTables", "Kind"), "t.kind", D::TrainingKind),
                typed(QT_TRANSLATE_NOOP("ExportTables", "Date"), "t.train_date", T::Date), text(QT_TRANSLATE_NOOP("ExportTables", "Western unit"), "u.name"),
                code(QT_TRANSLATE_NOOP("ExportTables", "Mode"), "t.mode", D::TrainingMode), code(QT_TRANSLATE_NOOP("ExportTables", "Field"), "t.field", D::Field),
                text(QT_TRANSLATE_NOOP("ExportTables", "Organiser"), "t.organiser"), typed(QT_TRANSLATE_NOOP("ExportTables", "Person-times"), "t.person_times", T::Integer) },
            "t.train_date BETWEEN :from AND :to", "t.county_id", "t.train_date, t.id"),
        spec("placements", QT_TRANSLATE_NOOP("ExportTables", "Labour placements"), "labour_placements l JOIN places u ON u.id = l.county_id",
            { typed(QT_TRANSLATE_NOOP("ExportTables", "Year"), "l.year", T::Year), typed(QT_TRANSLATE_NOOP("ExportTables", "Month"), "l.month", T::Year),
                text(QT_TRANSLATE_NOOP("ExportTables", "Western unit"), "u.name"), code(QT_TRANSLATE_NOOP("ExportTables", "Destination"), "l.destination", D::Destination),
                text(QT_TRANSLATE_NOOP("ExportTables", "Employer"), "l.employer"), typed(QT_TRANSLATE_NOOP("ExportTables", "Persons"), "l.persons", T::Integer),
                typed(QT_TRANSLATE_NOOP("ExportTables", "Of whom poor"), "l.poor_persons", T::Integer) },
            "l.year BETWEEN :y1 AND :y2", "l.county_id", "l.year, l.month, u.illustrative, l.county_id, l.id"),
        spec("enterprises", QT_TRANSLATE_NOOP("ExportTables", "Enterprises settled"),
            "enterprise_settlements e JOIN organisations o ON o.id = e.org_id JOIN places u ON u.id = e.county_id",
            { text(QT_TRANSLATE_NOOP("ExportTables", "Enterprise"), "o.name"), code(QT_TRANSLATE_NOOP("ExportTables", "Kind"), "e.kind", D::SettlementKind),
                text(QT_TRANSLATE_NOOP("ExportTables", "Western unit"), "u.name"), text(QT_TRANSLATE_NOOP("ExportTables", "Industry"), "e.industry"),
                typed(QT_TRANSLATE_NOOP("ExportTables", "Year"), "e.year", T::Year), typed(QT_TRANSLATE_NOOP("ExportTables", "Investment"), "e.investment_fen", T::Money),
                typed(QT_TRANSLATE_NOOP("ExportTables", "Jobs"), "e.jobs", T::Integer), typed(QT_TRANSLATE_NOOP("ExportTables", "Poor employed"), "e.poor_employed", T::Integer),
                typed(QT_TRANSLATE_NOOP("ExportTables", "Aid workshops"), "e.workshops", T::Integer), text(QT_TRANSLATE_NOOP("ExportTables", "Park"), "e.park") },
            "e.year BETWEEN :y1 AND :y2", "e.county_id", "e.year, u.illustrative, e.county_id, e.id"),
        spec("donations", QT_TRANSLATE_NOOP("ExportTables", "Donations"),
            "donations d JOIN places u ON u.id = d.county_id LEFT JOIN places rp ON rp.id = d.recipient_place_id "
            "LEFT JOIN organisations ro ON ro.id = d.recipient_org_id "
            "LEFT JOIN households rh ON rh.id = d.recipient_household_id LEFT JOIN places hv ON hv.id = rh.village_id",
            { typed(QT_TRANSLATE_NOOP("ExportTables", "Date"), "d.donation_date", T::Date), text(QT_TRANSLATE_NOOP("ExportTables", "Donor"), "d.donor_name"),
                code(QT_TRANSLATE_NOOP("ExportTables", "Donor type"), "d.donor_type", D::DonorType), text(QT_TRANSLATE_NOOP("ExportTables", "Western unit"), "u.name"),
                text(QT_TRANSLATE_NOOP("ExportTables", "Recipient"), "coalesce(rp.name, ro.name, rh.head_name || ' (' || hv.name || ')')"),
                typed(QT_TRANSLATE_NOOP("ExportTables", "Cash"), "d.cash_fen", T::Money), text(QT_TRANSLATE_NOOP("ExportTables", "Goods"), "d.goods_desc"),
                typed(QT_TRANSLATE_NOOP("ExportTables", "Value of goods"), "d.goods_value_fen", T::Money), text(QT_TRANSLATE_NOOP("ExportTables", "Purpose"), "d.purpose") },
            "d.donation_date BETWEEN :from AND :to", "d.county_id", "d.donation_date, d.id"),
        spec("visits", QT_TRANSLATE_NOOP("ExportTables", "Visits and delegations"), "visits v JOIN places u ON u.id = v.county_id",
            { code(QT_TRANSLATE_NOOP("ExportTables", "Direction"), "v.direction", D::Direction), typed(QT_TRANSLATE_NOOP("ExportTables", "Start date"), "v.start_date", T::Date),
                typed(QT_TRANSLATE_NOOP("ExportTables", "End date"), "v.end_date", T::Date), text(QT_TRANSLATE_NOOP("ExportTables", "Western unit"), "u.name"),
                text(QT_TRANSLATE_NOOP("ExportTables", "Leader"), "v.leader"), typed(QT_TRANSLATE_NOOP("ExportTables", "Size"), "v.size", T::Integer),
                text(QT_TRANSLATE_NOOP("ExportTables", "Purpose"), "v.purpose"), typed(QT_TRANSLATE_NOOP("ExportTables", "Agreements signed"), "v.agreements_signed", T::Integer) },
            "v.start_date BETWEEN :from AND :to", "v.county_id", "v.start_date, v.id"),
        };
        return declared + registerSpecs(declared);
    }();
    return list;
}

#undef IN_FORCE

} // namespace

QStringList ExportTables::names()
{
    QStringList out;
    for (const TableSpec &s : specs())
        out << s.name;
    return out;
}

const TableSpec *ExportTables::spec(const QString &name)
{
    for (const TableSpec &s : specs()) {
        if (s.name == name)
            return &s;
    }
    return nullptr;
}

bool ExportTables::holdsPersonalData(const QString &name)
{
    static const QStringList personal { QStringLiteral("people"), QStringLiteral("households"),
        QStringLiteral("pairings"), QStringLiteral("secondments"), QStringLiteral("dispatches"),
        QStringLiteral("donations"), QStringLiteral("livestream_talents") };
    return personal.contains(name);
}

bool ExportTables::hasYears(const QString &name)
{
    const TableSpec *s = spec(name);
    return s && !s->yearCondition.isEmpty();
}

bool ExportTables::hasUnits(const QString &name)
{
    const TableSpec *s = spec(name);
    return s && !s->unitExpression.isEmpty();
}

std::unique_ptr<SqlTableSource> ExportTables::source(
    const QSqlDatabase &db, const QString &name, const Filter &filter, const QString &unitName)
{
    const TableSpec *s = spec(name);
    if (!s)
        return nullptr;
    Filter f = filter;
    if (s->yearCondition.isEmpty())
        f.fromYear = f.toYear = 0;
    if (s->unitExpression.isEmpty())
        f.countyId = 0;
    return std::make_unique<SqlTableSource>(db, *s, f, describe(f, f.countyId ? unitName : QString()));
}

QString ExportTables::describe(const Filter &f, const QString &unitName)
{
    QString years;
    if (f.fromYear > 0 && f.fromYear == f.toYear)
        years = QString::number(f.fromYear);
    else if (f.fromYear > 0 && f.toYear > 0)
        years = QStringLiteral("%1–%2").arg(f.fromYear).arg(f.toYear);
    else if (f.fromYear > 0)
        years = tr("from %1").arg(f.fromYear);
    else if (f.toYear > 0)
        years = tr("up to %1").arg(f.toYear);
    QStringList parts;
    if (!years.isEmpty())
        parts << years;
    if (!unitName.isEmpty())
        parts << unitName;
    return parts.join(QStringLiteral(" · "));
}

} // namespace tongxin
