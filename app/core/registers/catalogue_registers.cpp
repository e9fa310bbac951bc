// The declarations of the catalogue: every register of the schema, its columns in the schema's
// order, the column deciding its year and the SQL of its western unit.

#include "registers/catalogue.h"

namespace tongxin {

namespace {

using T = RegisterColumn::Type;
using D = Labels::Domain;

RegisterColumn col(const char *name, const char *label, T type, bool required = false)
{
    RegisterColumn c;
    c.name = QString::fromLatin1(name);
    c.label = label;
    c.type = type;
    c.required = required;
    return c;
}
RegisterColumn req(const char *name, const char *label, T type) { return col(name, label, type, true); }
RegisterColumn id() { return col("id", nullptr, T::Id); }
RegisterColumn ref(const char *name, const char *label, const char *table, bool required = false)
{
    RegisterColumn c = col(name, label, T::Reference, required);
    c.references = QString::fromLatin1(table);
    return c;
}
RegisterColumn code(const char *name, const char *label, D domain, bool required = true)
{
    RegisterColumn c = col(name, label, T::Code, required);
    c.domain = domain;
    return c;
}
Register reg(const char *table, const char *noun, const char *title, QVector<RegisterColumn> columns,
    const char *year = "", const QString &unit = {})
{
    Register r;
    r.table = QString::fromLatin1(table);
    r.noun = noun;
    r.title = title;
    r.columns = std::move(columns);
    r.yearColumn = QString::fromLatin1(year);
    r.unitSql = unit;
    // The column naming a record where another refers to it: "name" unless declared otherwise.
    r.nameColumn = r.column(QStringLiteral("name")) ? QStringLiteral("name") : QString();
    return r;
}

Register notExported(Register r)
{
    r.exported = false;
    return r;
}

Register named(const char *column, Register r)
{
    r.nameColumn = QString::fromLatin1(column);
    return r;
}

// The western unit of a row of a western place, organisation or person (none on the eastern side).
const char *const CountyUnit = "r.county_id";
const char *const ProjectUnit = "(SELECT county_id FROM projects WHERE id = r.project_id)";

QString westPlaceUnit(const char *place)
{
    return QStringLiteral("CASE WHEN r.side = 'west' THEN (SELECT unit_id FROM place_units WHERE place_id = %1) END")
        .arg(QLatin1String(place));
}

} // namespace

QVector<Register> Catalogue::registries()
{
    const QString placeUnit = westPlaceUnit("r.id");
    const QString orgUnit = westPlaceUnit("r.place_id");
    return {
        reg("places", QT_TR_NOOP("places"), QT_TR_NOOP("Places"),
            { id(), code("side", QT_TR_NOOP("Side"), D::Side), code("level", QT_TR_NOOP("Level"), D::PlaceLevel),
                ref("parent_id", QT_TR_NOOP("Parent place"), "places"), req("name", QT_TR_NOOP("Name"), T::Text),
                col("name_en", QT_TR_NOOP("English name"), T::Text), col("code", QT_TR_NOOP("Code"), T::Text),
                col("population", QT_TR_NOOP("Population"), T::Integer),
                req("is_poor", QT_TR_NOOP("Poor county or village"), T::Flag),
                col("exit_year", QT_TR_NOOP("Year out of poverty"), T::Year),
                req("illustrative", QT_TR_NOOP("Illustrative"), T::Flag), col("notes", QT_TR_NOOP("Notes"), T::Text) },
            "", placeUnit),
        reg("organisations", QT_TR_NOOP("organisations"), QT_TR_NOOP("Organisations"),
            { id(), code("side", QT_TR_NOOP("Side"), D::Side), code("kind", QT_TR_NOOP("Kind"), D::OrgKind),
                req("name", QT_TR_NOOP("Name"), T::Text), ref("place_id", QT_TR_NOOP("Place"), "places"),
                code("ownership", QT_TR_NOOP("Ownership"), D::Ownership, false),
                col("contact", QT_TR_NOOP("Contact"), T::Text), col("notes", QT_TR_NOOP("Notes"), T::Text) },
            "", orgUnit),
        reg("people", QT_TR_NOOP("people"), QT_TR_NOOP("People"),
            { id(), code("side", QT_TR_NOOP("Side"), D::Side), req("name", QT_TR_NOOP("Name"), T::Text),
                code("gender", QT_TR_NOOP("Gender"), D::Gender, false), code("role", QT_TR_NOOP("Role"), D::PersonRole),
                code("field", QT_TR_NOOP("Field"), D::Field, false), col("rank", QT_TR_NOOP("Rank"), T::Text),
                ref("org_id", QT_TR_NOOP("Organisation"), "organisations"), ref("place_id", QT_TR_NOOP("Place"), "places"),
                col("phone", QT_TR_NOOP("Phone"), T::Text), col("notes", QT_TR_NOOP("Notes"), T::Text) },
            "", orgUnit),
        named("head_name", reg("households", QT_TR_NOOP("registered poor households"), QT_TR_NOOP("Registered poor households"),
            { id(), ref("village_id", QT_TR_NOOP("Village"), "places", true),
                req("head_name", QT_TR_NOOP("Head of household"), T::Text), req("members", QT_TR_NOOP("Members"), T::Integer),
                req("registered_year", QT_TR_NOOP("Year registered"), T::Year),
                col("exit_year", QT_TR_NOOP("Year out of poverty"), T::Year),
                req("food_clothing_ok", QT_TR_NOOP("Food and clothing assured"), T::Flag),
                req("education_ok", QT_TR_NOOP("Compulsory education assured"), T::Flag),
                req("medical_ok", QT_TR_NOOP("Basic medical care assured"), T::Flag),
                req("housing_ok", QT_TR_NOOP("Safe housing assured"), T::Flag),
                req("water_ok", QT_TR_NOOP("Safe drinking water assured"), T::Flag), col("notes", QT_TR_NOOP("Notes"), T::Text) },
            "", "(SELECT unit_id FROM place_units WHERE place_id = r.village_id)")),
        reg("pairings", QT_TR_NOOP("pairings"), QT_TR_NOOP("Pairings"),
            { id(), code("kind", QT_TR_NOOP("Kind"), D::PairingKind),
                ref("east_place_id", QT_TR_NOOP("Eastern place"), "places"),
                ref("east_org_id", QT_TR_NOOP("Eastern organisation"), "organisations"),
                ref("east_person_id", QT_TR_NOOP("Eastern cadre"), "people"),
                ref("west_place_id", QT_TR_NOOP("Western place"), "places"),
                ref("west_org_id", QT_TR_NOOP("Western organisation"), "organisations"),
                ref("west_household_id", QT_TR_NOOP("Registered poor household"), "households"),
                req("start_date", QT_TR_NOOP("Start date"), T::Date), col("end_date", QT_TR_NOOP("End date"), T::Date),
                col("agreement_no", QT_TR_NOOP("Agreement no."), T::Text),
                code("status", QT_TR_NOOP("Status"), D::PairingStatus), col("notes", QT_TR_NOOP("Notes"), T::Text) },
            "start_date", "(SELECT county_id FROM pairing_units WHERE pairing_id = r.id)"),
    };
}

QVector<Register> Catalogue::funds()
{
    return {
        reg("fund_allocations", QT_TR_NOOP("fund allocations"), QT_TR_NOOP("Fiscal aid allocations"),
            { id(), ref("county_id", QT_TR_NOOP("Western unit"), "places", true), req("year", QT_TR_NOOP("Year"), T::Year),
                req("amount_fen", QT_TR_NOOP("Amount"), T::Money), code("source", QT_TR_NOOP("Source"), D::FundSource),
                col("doc_no", QT_TR_NOOP("Document no."), T::Text), col("notes", QT_TR_NOOP("Notes"), T::Text) },
            "year", CountyUnit),
        reg("projects", QT_TR_NOOP("aid projects"), QT_TR_NOOP("Aid projects"),
            { id(), req("name", QT_TR_NOOP("Name"), T::Text), req("year", QT_TR_NOOP("Year"), T::Year),
                ref("county_id", QT_TR_NOOP("Western unit"), "places", true), ref("place_id", QT_TR_NOOP("Place"), "places"),
                code("category", QT_TR_NOOP("Category"), D::ProjectCategory),
                col("subcategory", QT_TR_NOOP("Subcategory"), T::Text), col("implementer", QT_TR_NOOP("Implementer"), T::Text),
                col("contact", QT_TR_NOOP("Contact"), T::Text), col("start_date", QT_TR_NOOP("Start date"), T::Date),
                col("planned_end_date", QT_TR_NOOP("Planned end date"), T::Date),
                req("budget_fen", QT_TR_NOOP("Budget"), T::Money), col("doc_no", QT_TR_NOOP("Document no."), T::Text),
                code("status", QT_TR_NOOP("Status"), D::ProjectStatus),
                req("beneficiaries_poor", QT_TR_NOOP("Registered poor beneficiaries"), T::Integer),
                req("beneficiaries", QT_TR_NOOP("Beneficiaries"), T::Integer), col("notes", QT_TR_NOOP("Notes"), T::Text) },
            "year", CountyUnit),
        reg("project_payments", QT_TR_NOOP("payments"), QT_TR_NOOP("Payments"),
            { id(), ref("project_id", QT_TR_NOOP("Project"), "projects", true), req("pay_date", QT_TR_NOOP("Date"), T::Date),
                req("amount_fen", QT_TR_NOOP("Amount"), T::Money), col("voucher_no", QT_TR_NOOP("Voucher no."), T::Text),
                col("notes", QT_TR_NOOP("Notes"), T::Text) },
            "pay_date", ProjectUnit),
        named("update_date", reg("project_updates", QT_TR_NOOP("progress updates"), QT_TR_NOOP("Progress updates"),
            { id(), ref("project_id", QT_TR_NOOP("Project"), "projects", true), req("update_date", QT_TR_NOOP("Date"), T::Date),
                req("text", QT_TR_NOOP("Progress"), T::Text), col("percent", QT_TR_NOOP("Percent complete"), T::Integer) },
            "", ProjectUnit)),
        notExported(reg("project_attachments", QT_TR_NOOP("attachments"), QT_TR_NOOP("Attachments"),
            { id(), ref("project_id", QT_TR_NOOP("Project"), "projects", true),
                ref("update_id", QT_TR_NOOP("Progress update"), "project_updates"),
                req("file_name", QT_TR_NOOP("File name"), T::Text), req("mime_type", QT_TR_NOOP("File type"), T::Text),
                req("size_bytes", QT_TR_NOOP("Size (bytes)"), T::Integer), req("data", QT_TR_NOOP("File"), T::Blob),
                req("added_at", QT_TR_NOOP("Added"), T::Timestamp) },
            "", ProjectUnit)),
    };
}

QVector<Register> Catalogue::areas()
{
    return {
        reg("enterprise_settlements", QT_TR_NOOP("enterprise settlements"), QT_TR_NOOP("Enterprises settled"),
            { id(), ref("org_id", QT_TR_NOOP("Enterprise"), "organisations", true),
                ref("county_id", QT_TR_NOOP("Western unit"), "places", true), col("industry", QT_TR_NOOP("Industry"), T::Text),
                req("year", QT_TR_NOOP("Year"), T::Year), req("investment_fen", QT_TR_NOOP("Investment"), T::Money),
                req("jobs", QT_TR_NOOP("Jobs created"), T::Integer),
                req("poor_employed", QT_TR_NOOP("Registered poor employed"), T::Integer),
                req("workshops", QT_TR_NOOP("Aid workshops built"), T::Integer), col("park", QT_TR_NOOP("Industrial park"), T::Text),
                col("notes", QT_TR_NOOP("Notes"), T::Text), code("kind", QT_TR_NOOP("Kind"), D::SettlementKind) },
            "year", CountyUnit),
        reg("events", QT_TR_NOOP("events"), QT_TR_NOOP("Events"),
            { id(), req("name", QT_TR_NOOP("Name"), T::Text), req("start_date", QT_TR_NOOP("Start date"), T::Date),
                req("end_date", QT_TR_NOOP("End date"), T::Date), col("organiser", QT_TR_NOOP("Organiser"), T::Text),
                col("notes", QT_TR_NOOP("Notes"), T::Text) }),
        named("title", reg("trainings", QT_TR_NOOP("trainings"), QT_TR_NOOP("Trainings"),
            { id(), req("title", QT_TR_NOOP("Title"), T::Text), code("kind", QT_TR_NOOP("Kind"), D::TrainingKind),
                req("train_date", QT_TR_NOOP("Date"), T::Date), ref("county_id", QT_TR_NOOP("Western unit"), "places"),
                code("mode", QT_TR_NOOP("Mode"), D::TrainingMode), code("field", QT_TR_NOOP("Field"), D::Field, false),
                col("organiser", QT_TR_NOOP("Organiser"), T::Text), req("person_times", QT_TR_NOOP("Person-times"), T::Integer),
                ref("event_id", QT_TR_NOOP("Event"), "events"), col("notes", QT_TR_NOOP("Notes"), T::Text) },
            "train_date", CountyUnit)),
        reg("labour_placements", QT_TR_NOOP("labour placements"), QT_TR_NOOP("Labour placements"),
            { id(), ref("county_id", QT_TR_NOOP("Western unit"), "places", true), req("year", QT_TR_NOOP("Year"), T::Year),
                col("month", QT_TR_NOOP("Month"), T::Integer), code("destination", QT_TR_NOOP("Destination"), D::Destination),
                col("employer", QT_TR_NOOP("Employer"), T::Text), req("persons", QT_TR_NOOP("Persons"), T::Integer),
                req("poor_persons", QT_TR_NOOP("Of whom registered poor"), T::Integer),
                ref("training_id", QT_TR_NOOP("Training"), "trainings"), col("notes", QT_TR_NOOP("Notes"), T::Text) },
            "year", CountyUnit),
        reg("secondments", QT_TR_NOOP("secondments"), QT_TR_NOOP("Secondments"),
            { id(), ref("person_id", QT_TR_NOOP("Person"), "people", true), code("direction", QT_TR_NOOP("Direction"), D::Direction),
                ref("county_id", QT_TR_NOOP("Western unit"), "places", true), col("home_unit", QT_TR_NOOP("Home unit"), T::Text),
                col("host_unit", QT_TR_NOOP("Host unit"), T::Text), col("position", QT_TR_NOOP("Position"), T::Text),
                req("start_date", QT_TR_NOOP("Start date"), T::Date), col("end_date", QT_TR_NOOP("End date"), T::Date),
                code("term", QT_TR_NOOP("Term"), D::Term), col("notes", QT_TR_NOOP("Notes"), T::Text) },
            "start_date", CountyUnit),
        reg("professional_dispatches", QT_TR_NOOP("professional dispatches"), QT_TR_NOOP("Professional dispatches"),
            { id(), ref("person_id", QT_TR_NOOP("Person"), "people", true), code("field", QT_TR_NOOP("Field"), D::Field),
                ref("county_id", QT_TR_NOOP("Western unit"), "places", true),
                ref("host_org_id", QT_TR_NOOP("Host organisation"), "organisations"),
                req("start_date", QT_TR_NOOP("Start date"), T::Date), col("end_date", QT_TR_NOOP("End date"), T::Date),
                code("term", QT_TR_NOOP("Term"), D::Term), col("notes", QT_TR_NOOP("Notes"), T::Text) },
            "start_date", CountyUnit),
        reg("visitors_received", QT_TR_NOOP("visits received"), QT_TR_NOOP("Visits received"),
            { id(), ref("county_id", QT_TR_NOOP("Western unit"), "places", true),
                req("start_date", QT_TR_NOOP("Start date"), T::Date), col("end_date", QT_TR_NOOP("End date"), T::Date),
                req("persons", QT_TR_NOOP("Persons"), T::Integer), code("purpose", QT_TR_NOOP("Purpose"), D::VisitPurpose),
                col("notes", QT_TR_NOOP("Notes"), T::Text) },
            "start_date", CountyUnit),
    };
}

QVector<Register> Catalogue::consumption()
{
    const QString outletUnit = QStringLiteral("(SELECT u.unit_id FROM place_units u JOIN places p ON p.id = u.place_id "
                                              "WHERE u.place_id = r.place_id AND p.side = 'west')");
    return {
        reg("outlets", QT_TR_NOOP("outlets"), QT_TR_NOOP("Outlets"),
            { id(), req("name", QT_TR_NOOP("Name"), T::Text), code("kind", QT_TR_NOOP("Kind"), D::OutletKind),
                ref("place_id", QT_TR_NOOP("Place"), "places"), col("address", QT_TR_NOOP("Address"), T::Text),
                col("opened_date", QT_TR_NOOP("Opened"), T::Date), col("closed_date", QT_TR_NOOP("Closed"), T::Date),
                col("operator", QT_TR_NOOP("Operator"), T::Text), col("notes", QT_TR_NOOP("Notes"), T::Text) },
            "", outletUnit),
        reg("sales", QT_TR_NOOP("sales records"), QT_TR_NOOP("Sales"),
            { id(), req("sale_date", QT_TR_NOOP("Date"), T::Date), code("channel", QT_TR_NOOP("Channel"), D::Channel),
                ref("outlet_id", QT_TR_NOOP("Outlet"), "outlets"), ref("county_id", QT_TR_NOOP("Western unit"), "places", true),
                col("category", QT_TR_NOOP("Category"), T::Text), req("product", QT_TR_NOOP("Product"), T::Text),
                col("quantity", QT_TR_NOOP("Quantity"), T::Real), col("unit", QT_TR_NOOP("Unit of measure"), T::Text),
                req("amount_fen", QT_TR_NOOP("Amount"), T::Money), code("buyer_type", QT_TR_NOOP("Buyer type"), D::BuyerType),
                req("purchase_for_donation", QT_TR_NOOP("Bought instead of donating"), T::Flag),
                col("source_ref", QT_TR_NOOP("Source reference"), T::Text) },
            "sale_date", CountyUnit),
        reg("livestream_sessions", QT_TR_NOOP("livestream sessions"), QT_TR_NOOP("Livestream sessions"),
            { id(), ref("event_id", QT_TR_NOOP("Event"), "events", true), req("session_date", QT_TR_NOOP("Date"), T::Date),
                ref("county_id", QT_TR_NOOP("Western unit"), "places"), col("host", QT_TR_NOOP("Host"), T::Text),
                col("platform", QT_TR_NOOP("Platform"), T::Text), req("sales_fen", QT_TR_NOOP("Sales"), T::Money),
                req("orders", QT_TR_NOOP("Orders"), T::Integer), req("viewers", QT_TR_NOOP("Viewers"), T::Integer),
                req("clicks", QT_TR_NOOP("Clicks"), T::Integer) },
            "session_date", CountyUnit),
        reg("livestream_talents", QT_TR_NOOP("livestream talents"), QT_TR_NOOP("Livestream talents"),
            { id(), ref("event_id", QT_TR_NOOP("Event"), "events"), req("name", QT_TR_NOOP("Name"), T::Text),
                ref("county_id", QT_TR_NOOP("Western unit"), "places", true),
                req("trained_date", QT_TR_NOOP("Date trained"), T::Date), col("notes", QT_TR_NOOP("Notes"), T::Text) },
            "trained_date", CountyUnit),
        reg("donations", QT_TR_NOOP("donations"), QT_TR_NOOP("Donations"),
            { id(), req("donation_date", QT_TR_NOOP("Date"), T::Date), code("donor_type", QT_TR_NOOP("Donor type"), D::DonorType),
                ref("donor_org_id", QT_TR_NOOP("Donor organisation"), "organisations"),
                ref("donor_person_id", QT_TR_NOOP("Donor person"), "people"), req("donor_name", QT_TR_NOOP("Donor"), T::Text),
                ref("county_id", QT_TR_NOOP("Western unit"), "places", true),
                ref("recipient_place_id", QT_TR_NOOP("Recipient place"), "places"),
                ref("recipient_org_id", QT_TR_NOOP("Recipient organisation"), "organisations"),
                ref("recipient_household_id", QT_TR_NOOP("Recipient household"), "households"),
                req("cash_fen", QT_TR_NOOP("Cash"), T::Money), col("goods_desc", QT_TR_NOOP("Goods"), T::Text),
                req("goods_value_fen", QT_TR_NOOP("Value of goods"), T::Money), col("purpose", QT_TR_NOOP("Purpose"), T::Text) },
            "donation_date", CountyUnit),
    };
}

QVector<Register> Catalogue::organisation()
{
    return {
        reg("working_groups", QT_TR_NOOP("working groups"), QT_TR_NOOP("Working groups"),
            { id(), req("name", QT_TR_NOOP("Name"), T::Text), col("leader", QT_TR_NOOP("Leader"), T::Text),
                col("members", QT_TR_NOOP("Members"), T::Integer), col("remit", QT_TR_NOOP("Remit"), T::Text),
                req("established_date", QT_TR_NOOP("Established"), T::Date),
                col("dissolved_date", QT_TR_NOOP("Dissolved"), T::Date) }),
        reg("visits", QT_TR_NOOP("delegation visits"), QT_TR_NOOP("Delegation visits"),
            { id(), code("direction", QT_TR_NOOP("Direction"), D::Direction), req("start_date", QT_TR_NOOP("Start date"), T::Date),
                col("end_date", QT_TR_NOOP("End date"), T::Date), ref("county_id", QT_TR_NOOP("Western unit"), "places", true),
                col("leader", QT_TR_NOOP("Leader"), T::Text), col("size", QT_TR_NOOP("Size"), T::Integer),
                col("purpose", QT_TR_NOOP("Purpose"), T::Text),
                req("agreements_signed", QT_TR_NOOP("Agreements signed"), T::Integer) },
            "start_date", CountyUnit),
        reg("meetings", QT_TR_NOOP("meetings"), QT_TR_NOOP("Meetings"),
            { id(), req("meeting_date", QT_TR_NOOP("Date"), T::Date), req("title", QT_TR_NOOP("Title"), T::Text),
                col("location", QT_TR_NOOP("Location"), T::Text), ref("county_id", QT_TR_NOOP("Western unit"), "places"),
                col("participants", QT_TR_NOOP("Participants"), T::Integer), col("notes", QT_TR_NOOP("Notes"), T::Text) },
            "meeting_date", CountyUnit),
        notExported(reg("targets", QT_TR_NOOP("targets"), QT_TR_NOOP("Targets"),
            { id(), ref("county_id", QT_TR_NOOP("Western unit"), "places", true), req("year", QT_TR_NOOP("Year"), T::Year),
                req("indicator", QT_TR_NOOP("Indicator"), T::Text), req("value", QT_TR_NOOP("Target"), T::Integer) },
            "year", CountyUnit)),
    };
}

} // namespace tongxin
