#include "areas/arearules.h"

#include "domain/labels.h"
#include "money/bounds.h"
#include "money/money.h"

#include <QDate>
#include <QLocale>
#include <QSqlQuery>
#include <QVariant>

namespace tongxin {

namespace {

bool blank(const QVariant &v)
{
    return v.isNull() || v.toString().trimmed().isEmpty();
}

QVariant scalar(const QSqlDatabase &db, const QString &sql, const QVariant &bind)
{
    QSqlQuery q(db);
    q.prepare(sql);
    q.addBindValue(bind);
    if (q.exec() && q.next())
        return q.value(0);
    return QVariant();
}

QString text(const QSqlDatabase &db, const QString &sql, const QVariant &bind)
{
    return scalar(db, sql, bind).toString();
}

// The western (or eastern) county-level unit of a place, or 0.
qint64 unitOfPlace(const QSqlDatabase &db, const QVariant &placeId)
{
    if (blank(placeId))
        return 0;
    return scalar(db, QStringLiteral("SELECT unit_id FROM place_units WHERE place_id = ?"), placeId).toLongLong();
}

qint64 unitOfOrg(const QSqlDatabase &db, const QVariant &orgId)
{
    return unitOfPlace(db, scalar(db, QStringLiteral("SELECT place_id FROM organisations WHERE id = ?"), orgId));
}

// A person's unit: their own place's, else their organisation's.
qint64 unitOfPerson(const QSqlDatabase &db, const QVariant &personId)
{
    return unitOfPlace(db,
        scalar(db,
            QStringLiteral("SELECT coalesce(p.place_id, o.place_id) FROM people p "
                           "LEFT JOIN organisations o ON o.id = p.org_id WHERE p.id = ?"),
            personId));
}

QString placeName(const QSqlDatabase &db, const QVariant &id)
{
    return text(db, QStringLiteral("SELECT name FROM places WHERE id = ?"), id);
}

bool isCounty(const QSqlDatabase &db, const QVariant &id)
{
    return !blank(id)
        && text(db, QStringLiteral("SELECT level FROM places WHERE id = ?"), id) == QLatin1String("county");
}

QString dates(const QVariantMap &v, const char *start, const char *end)
{
    const QString s = v.value(QLatin1String(start)).toString();
    const QString e = v.value(QLatin1String(end)).toString();
    if (!QDate::fromString(s, Qt::ISODate).isValid())
        return AreaRules::tr("The start date is required.");
    if (!e.isEmpty() && e < s)
        return AreaRules::tr("The end date cannot be before the start date.");
    return QString();
}

} // namespace

QString AreaRules::secondment(const QSqlDatabase &db, const QVariantMap &v, qint64 id)
{
    const QVariant person = v.value(QStringLiteral("person_id"));
    if (blank(person))
        return tr("Choose the person seconded.");
    const QString direction = v.value(QStringLiteral("direction")).toString();
    if (direction != QLatin1String("east_to_west") && direction != QLatin1String("west_to_east"))
        return tr("Choose the direction of the secondment.");
    const QVariant county = v.value(QStringLiteral("county_id"));
    if (!isCounty(db, county))
        return tr("Choose the western unit of the secondment.");
    const QString name = text(db, QStringLiteral("SELECT name FROM people WHERE id = ?"), person);
    const QString side = text(db, QStringLiteral("SELECT side FROM people WHERE id = ?"), person);
    const QString wanted = direction == QLatin1String("east_to_west") ? QStringLiteral("east") : QStringLiteral("west");
    if (side != wanted)
        return tr("“%1” is a person of the %2 side; a secondment %3 is of a person of the %4 side.")
            .arg(name, Labels::text(Labels::Domain::Side, side), Labels::text(Labels::Domain::Direction, direction),
                Labels::text(Labels::Domain::Side, wanted));
    if (wanted == QLatin1String("west")) {
        const qint64 own = unitOfPerson(db, person);
        if (own && own != county.toLongLong())
            return tr("“%1” belongs to %2, not to %3.").arg(name, placeName(db, own), placeName(db, county));
    }
    const QString problem = dates(v, "start_date", "end_date");
    if (!problem.isEmpty())
        return problem;
    // One secondment at a time.
    QSqlQuery q(db);
    q.prepare(
        QStringLiteral("SELECT start_date, end_date FROM secondments WHERE person_id = :p AND id <> :id "
                       "AND start_date <= :end AND (end_date IS NULL OR end_date >= :start) ORDER BY start_date"));
    q.bindValue(QStringLiteral(":p"), person);
    q.bindValue(QStringLiteral(":id"), id);
    q.bindValue(QStringLiteral(":start"), v.value(QStringLiteral("start_date")).toString());
    const QString end = v.value(QStringLiteral("end_date")).toString();
    q.bindValue(QStringLiteral(":end"), end.isEmpty() ? QStringLiteral("9999-12-31") : end);
    if (q.exec() && q.next()) {
        const QString otherEnd = q.value(1).toString();
        return otherEnd.isEmpty()
            ? tr("“%1” is already on secondment from %2, with no end date.").arg(name, q.value(0).toString())
            : tr("“%1” is already on secondment from %2 to %3.").arg(name, q.value(0).toString(), otherEnd);
    }
    return QString();
}

QString AreaRules::dispatch(const QSqlDatabase &db, const QVariantMap &v, qint64)
{
    const QVariant person = v.value(QStringLiteral("person_id"));
    if (blank(person))
        return tr("Choose the professional dispatched.");
    if (text(db, QStringLiteral("SELECT side FROM people WHERE id = ?"), person) != QLatin1String("east"))
        return tr("Professionals are dispatched from the east: “%1” is a person of the west side.")
            .arg(text(db, QStringLiteral("SELECT name FROM people WHERE id = ?"), person));
    if (!Labels::codes(Labels::Domain::Field).contains(v.value(QStringLiteral("field")).toString()))
        return tr("Choose the professional's field (medical, education, e-commerce, agriculture or other).");
    const QVariant county = v.value(QStringLiteral("county_id"));
    if (!isCounty(db, county))
        return tr("Choose the western unit the professional goes to.");
    const QVariant host = v.value(QStringLiteral("host_org_id"));
    if (!blank(host)) {
        const QString hostName = text(db, QStringLiteral("SELECT name FROM organisations WHERE id = ?"), host);
        if (text(db, QStringLiteral("SELECT side FROM organisations WHERE id = ?"), host) != QLatin1String("west"))
            return tr("The host organisation “%1” is not on the western side.").arg(hostName);
        const qint64 unit = unitOfOrg(db, host);
        if (unit && unit != county.toLongLong())
            return tr("The host organisation “%1” is in %2, not in %3.")
                .arg(hostName, placeName(db, unit), placeName(db, county));
    }
    return dates(v, "start_date", "end_date");
}

QString AreaRules::training(const QSqlDatabase &db, const QVariantMap &v, qint64)
{
    // Plausible values only: a sum of them must stay computable (issue #17).
    if (const QString b = Bounds::check(v, "AreaRules",
        {
            { "person_times", QT_TRANSLATE_NOOP("AreaRules", "The person-times"), Bounds::MaxCount, false },
        });
        !b.isEmpty())
        return b;
    if (blank(v.value(QStringLiteral("title"))))
        return tr("A training needs a title.");
    if (!QDate::fromString(v.value(QStringLiteral("train_date")).toString(), Qt::ISODate).isValid())
        return tr("A training needs its date.");
    const QVariant county = v.value(QStringLiteral("county_id"));
    if (!blank(county) && !isCounty(db, county))
        return tr("Choose a western unit, or none for a training of all units.");
    if (v.value(QStringLiteral("person_times")).toLongLong() < 0)
        return tr("The person-times cannot be negative.");
    if (!blank(v.value(QStringLiteral("event_id")))
        && v.value(QStringLiteral("field")).toString() != QLatin1String("ecommerce"))
        return tr("Only livestream-talent training links to an event: set its field to %1.")
            .arg(Labels::text(Labels::Domain::Field, QStringLiteral("ecommerce")));
    return QString();
}

QString AreaRules::visitors(const QSqlDatabase &db, const QVariantMap &v, qint64)
{
    // Plausible values only: a sum of them must stay computable (issue #17).
    if (const QString b = Bounds::check(v, "AreaRules",
        {
            { "persons", QT_TRANSLATE_NOOP("AreaRules", "The number of persons"), Bounds::MaxCount, false },
        });
        !b.isEmpty())
        return b;
    if (!isCounty(db, v.value(QStringLiteral("county_id"))))
        return tr("Choose the western unit the visitors come from.");
    if (v.value(QStringLiteral("persons")).toLongLong() < 1)
        return tr("A group received has at least one person.");
    return dates(v, "start_date", "end_date");
}

QString AreaRules::placement(const QSqlDatabase &db, const QVariantMap &v, qint64)
{
    // Plausible values only: a sum of them must stay computable (issue #17).
    if (const QString b = Bounds::check(v, "AreaRules",
        {
            { "persons", QT_TRANSLATE_NOOP("AreaRules", "The number of persons placed"), Bounds::MaxCount, false },
            { "poor_persons", QT_TRANSLATE_NOOP("AreaRules", "The number of registered poor persons"), Bounds::MaxCount, false },
        });
        !b.isEmpty())
        return b;
    const QVariant county = v.value(QStringLiteral("county_id"));
    if (!isCounty(db, county))
        return tr("Choose the western unit the workers come from.");
    const QVariant month = v.value(QStringLiteral("month"));
    if (!blank(month) && (month.toInt() < 1 || month.toInt() > 12))
        return tr("The month is a number from 1 to 12, or empty when not known.");
    const qint64 persons = v.value(QStringLiteral("persons")).toLongLong();
    const qint64 poor = v.value(QStringLiteral("poor_persons")).toLongLong();
    if (persons < 0 || poor < 0)
        return tr("The numbers of persons cannot be negative.");
    if (poor > persons)
        return tr("Registered poor persons (%1) cannot be more than the persons placed (%2).")
            .arg(QLocale().toString(poor), QLocale().toString(persons));
    const QVariant training = v.value(QStringLiteral("training_id"));
    if (!blank(training)) {
        const QVariant unit = scalar(db, QStringLiteral("SELECT county_id FROM trainings WHERE id = ?"), training);
        if (!unit.isNull() && unit.toLongLong() != county.toLongLong())
            return tr("The training “%1” was held for %2, not for %3.")
                .arg(text(db, QStringLiteral("SELECT title FROM trainings WHERE id = ?"), training),
                    placeName(db, unit), placeName(db, county));
    }
    return QString();
}

QString AreaRules::settlement(const QSqlDatabase &db, const QVariantMap &v, qint64 id)
{
    // Plausible values only: a sum of them must stay computable (issue #17).
    if (const QString b = Bounds::check(v, "AreaRules",
        {
            { "investment_fen", QT_TRANSLATE_NOOP("AreaRules", "The investment"), Bounds::MaxAmountFen, true },
            { "jobs", QT_TRANSLATE_NOOP("AreaRules", "The number of jobs"), Bounds::MaxCount, false },
            { "poor_employed", QT_TRANSLATE_NOOP("AreaRules", "The number of registered poor employed"), Bounds::MaxCount, false },
            { "workshops", QT_TRANSLATE_NOOP("AreaRules", "The number of workshops"), Bounds::MaxCount, false },
        });
        !b.isEmpty())
        return b;
    const QVariant org = v.value(QStringLiteral("org_id"));
    if (blank(org))
        return tr("Choose the enterprise.");
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT name, side, kind FROM organisations WHERE id = ?"));
    q.addBindValue(org);
    if (!q.exec() || !q.next())
        return tr("Choose the enterprise.");
    if (q.value(1).toString() != QLatin1String("east") || q.value(2).toString() != QLatin1String("enterprise"))
        return tr("“%1” is not an eastern enterprise.").arg(q.value(0).toString());
    if (!isCounty(db, v.value(QStringLiteral("county_id"))))
        return tr("Choose the western unit the enterprise settled in.");
    if (v.value(QStringLiteral("investment_fen")).toLongLong() < 0)
        return tr("The investment cannot be negative.");
    const qint64 jobs = v.value(QStringLiteral("jobs")).toLongLong();
    const qint64 poor = v.value(QStringLiteral("poor_employed")).toLongLong();
    if (jobs < 0 || poor < 0 || v.value(QStringLiteral("workshops")).toLongLong() < 0)
        return tr("Jobs, registered poor employed and workshops cannot be negative.");
    if (poor > jobs)
        return tr("Registered poor employed (%1) cannot be more than the jobs created (%2).")
            .arg(QLocale().toString(poor), QLocale().toString(jobs));
    // One record per enterprise, western unit, year and kind: a second would count the
    // enterprise and its investment twice.
    QSqlQuery same(db);
    same.prepare(QStringLiteral("SELECT id FROM enterprise_settlements WHERE org_id = ? AND county_id = ? "
                                "AND year = ? AND kind = ? AND id <> ? ORDER BY id LIMIT 1"));
    for (const QVariant &bind : { org, v.value(QStringLiteral("county_id")), v.value(QStringLiteral("year")),
             v.value(QStringLiteral("kind")), QVariant(id) })
        same.addBindValue(bind);
    if (same.exec() && same.next()) {
        const QString kind = v.value(QStringLiteral("kind")).toString();
        return tr("“%1” already has a settlement of the kind “%2” in %3 in %4: record no. %5. Change that record "
                  "instead of adding the same settlement again.")
            .arg(q.value(0).toString(), Labels::text(Labels::Domain::SettlementKind, kind),
                placeName(db, v.value(QStringLiteral("county_id"))), v.value(QStringLiteral("year")).toString(),
                same.value(0).toString());
    }
    // An enterprise settles first in a western unit once: a later record there is an expansion
    // (the yearly new enterprises would otherwise not add up to the period's).
    // (A record without a kind is new: the schema's default.)
    if (v.value(QStringLiteral("kind"), QStringLiteral("new")).toString() == QLatin1String("new")) {
        QSqlQuery first(db);
        first.prepare(QStringLiteral("SELECT id, year FROM enterprise_settlements WHERE org_id = ? AND county_id = ? "
                                     "AND kind = 'new' AND id <> ? ORDER BY year, id LIMIT 1"));
        for (const QVariant &bind : { org, v.value(QStringLiteral("county_id")), QVariant(id) })
            first.addBindValue(bind);
        if (first.exec() && first.next())
            return tr("“%1” already settled first in %2 in %3: record no. %4. An enterprise settles first in a "
                      "unit once; a later settlement there is an expansion: set its kind to “%5”.")
                .arg(q.value(0).toString(), placeName(db, v.value(QStringLiteral("county_id"))),
                    first.value(1).toString(), first.value(0).toString(),
                    Labels::text(Labels::Domain::SettlementKind, QStringLiteral("expansion")));
    }
    return QString();
}

QString AreaRules::donation(const QSqlDatabase &db, const QVariantMap &v, qint64)
{
    // Plausible values only: a sum of them must stay computable (issue #17).
    if (const QString b = Bounds::check(v, "AreaRules",
        {
            { "cash_fen", QT_TRANSLATE_NOOP("AreaRules", "The cash amount"), Bounds::MaxAmountFen, true },
            { "goods_value_fen", QT_TRANSLATE_NOOP("AreaRules", "The value of the goods"), Bounds::MaxAmountFen, true },
        });
        !b.isEmpty())
        return b;
    if (!QDate::fromString(v.value(QStringLiteral("donation_date")).toString(), Qt::ISODate).isValid())
        return tr("A donation needs its date.");
    const QString type = v.value(QStringLiteral("donor_type")).toString();
    if (!Labels::codes(Labels::Domain::DonorType).contains(type))
        return tr("Choose the type of donor.");
    const qint64 cash = v.value(QStringLiteral("cash_fen")).toLongLong();
    const qint64 goods = v.value(QStringLiteral("goods_value_fen")).toLongLong();
    if (cash < 0 || goods < 0)
        return tr("Amounts cannot be negative.");
    if (cash + goods <= 0)
        return tr("A donation has a cash amount or goods with their value: both are zero.");
    if (goods > 0 && blank(v.value(QStringLiteral("goods_desc"))))
        return tr("Describe the goods given in kind (valued at %1).").arg(Money::format(goods));
    if (goods == 0 && !blank(v.value(QStringLiteral("goods_desc"))))
        return tr("Give the value of the goods given in kind.");

    const QVariant org = v.value(QStringLiteral("donor_org_id"));
    const QVariant person = v.value(QStringLiteral("donor_person_id"));
    if (!blank(org) && !blank(person))
        return tr("A donor is an organisation or a person, not both.");
    if (blank(org) && blank(person) && blank(v.value(QStringLiteral("donor_name"))))
        return tr("Name the donor: choose an organisation or a person, or type a name.");
    if (!blank(org)) {
        const QString kind = text(db, QStringLiteral("SELECT kind FROM organisations WHERE id = ?"), org);
        const bool fits = type == QLatin1String("enterprise") ? kind == QLatin1String("enterprise")
            : type == QLatin1String("government")             ? kind == QLatin1String("government")
            : type == QLatin1String("social") ? (kind == QLatin1String("social") || kind == QLatin1String("chamber"))
                                              : type == QLatin1String("other");
        if (!fits)
            return tr("“%1” is not a donor of the type “%2”.")
                .arg(text(db, QStringLiteral("SELECT name FROM organisations WHERE id = ?"), org),
                    Labels::text(Labels::Domain::DonorType, type));
    }
    if (!blank(person) && type != QLatin1String("individual"))
        return tr("A person donates as an individual: set the donor type to “%1”.")
            .arg(Labels::text(Labels::Domain::DonorType, QStringLiteral("individual")));

    const QVariant county = v.value(QStringLiteral("county_id"));
    if (!isCounty(db, county))
        return tr("Choose the western unit that receives the donation.");
    const QVariant toPlace = v.value(QStringLiteral("recipient_place_id"));
    const QVariant toOrg = v.value(QStringLiteral("recipient_org_id"));
    const QVariant toHousehold = v.value(QStringLiteral("recipient_household_id"));
    if (int(!blank(toPlace)) + int(!blank(toOrg)) + int(!blank(toHousehold)) > 1)
        return tr("Choose one recipient: a place, an organisation or a household.");
    qint64 unit = 0;
    QString recipient;
    if (!blank(toPlace)) {
        unit = unitOfPlace(db, toPlace);
        recipient = placeName(db, toPlace);
    } else if (!blank(toOrg)) {
        unit = unitOfOrg(db, toOrg);
        recipient = text(db, QStringLiteral("SELECT name FROM organisations WHERE id = ?"), toOrg);
    } else if (!blank(toHousehold)) {
        unit = unitOfPlace(
            db, scalar(db, QStringLiteral("SELECT village_id FROM households WHERE id = ?"), toHousehold));
        recipient = text(db, QStringLiteral("SELECT head_name FROM households WHERE id = ?"), toHousehold);
    }
    if (unit && unit != county.toLongLong())
        return tr("The recipient “%1” is in %2, not in %3.").arg(recipient, placeName(db, unit), placeName(db, county));
    return QString();
}

QString AreaRules::workingGroup(const QSqlDatabase &, const QVariantMap &v, qint64)
{
    // Plausible values only: a sum of them must stay computable (issue #17).
    if (const QString b = Bounds::check(v, "AreaRules",
        {
            { "members", QT_TRANSLATE_NOOP("AreaRules", "The number of members"), Bounds::MaxCount, false },
        });
        !b.isEmpty())
        return b;
    if (blank(v.value(QStringLiteral("name"))))
        return tr("A working group needs a name.");
    if (v.value(QStringLiteral("members")).toLongLong() < 0)
        return tr("The number of members cannot be negative.");
    const QString start = v.value(QStringLiteral("established_date")).toString();
    const QString end = v.value(QStringLiteral("dissolved_date")).toString();
    if (!QDate::fromString(start, Qt::ISODate).isValid())
        return tr("A working group needs the date it was established.");
    if (!end.isEmpty() && end < start)
        return tr("A working group cannot be dissolved before it was established.");
    return QString();
}

QString AreaRules::visit(const QSqlDatabase &db, const QVariantMap &v, qint64)
{
    // Plausible values only: a sum of them must stay computable (issue #17).
    if (const QString b = Bounds::check(v, "AreaRules",
        {
            { "size", QT_TRANSLATE_NOOP("AreaRules", "The size of the delegation"), Bounds::MaxCount, false },
            { "agreements_signed", QT_TRANSLATE_NOOP("AreaRules", "The number of agreements signed"), Bounds::MaxCount, false },
        });
        !b.isEmpty())
        return b;
    const QString direction = v.value(QStringLiteral("direction")).toString();
    if (direction != QLatin1String("east_to_west") && direction != QLatin1String("west_to_east"))
        return tr("Choose the direction of the visit.");
    if (!isCounty(db, v.value(QStringLiteral("county_id"))))
        return tr("Choose the western unit visited or visiting.");
    const QVariant size = v.value(QStringLiteral("size"));
    if (!blank(size) && size.toLongLong() < 1)
        return tr("A delegation has at least one person.");
    if (v.value(QStringLiteral("agreements_signed")).toLongLong() < 0)
        return tr("The number of agreements signed cannot be negative.");
    return dates(v, "start_date", "end_date");
}

QString AreaRules::meeting(const QSqlDatabase &db, const QVariantMap &v, qint64)
{
    // Plausible values only: a sum of them must stay computable (issue #17).
    if (const QString b = Bounds::check(v, "AreaRules",
        {
            { "participants", QT_TRANSLATE_NOOP("AreaRules", "The number of participants"), Bounds::MaxCount, false },
        });
        !b.isEmpty())
        return b;
    if (blank(v.value(QStringLiteral("title"))))
        return tr("A meeting needs a title.");
    if (!QDate::fromString(v.value(QStringLiteral("meeting_date")).toString(), Qt::ISODate).isValid())
        return tr("A meeting needs its date.");
    const QVariant county = v.value(QStringLiteral("county_id"));
    if (!blank(county) && !isCounty(db, county))
        return tr("Choose a western unit, or none for a meeting of the whole office.");
    if (v.value(QStringLiteral("participants")).toLongLong() < 0)
        return tr("The number of participants cannot be negative.");
    return QString();
}

void AreaRules::completeDonation(const QSqlDatabase &db, QVariantMap &v)
{
    if (!blank(v.value(QStringLiteral("donor_name"))))
        return;
    const QVariant org = v.value(QStringLiteral("donor_org_id"));
    const QVariant person = v.value(QStringLiteral("donor_person_id"));
    QString name;
    if (!blank(org))
        name = text(db, QStringLiteral("SELECT name FROM organisations WHERE id = ?"), org);
    else if (!blank(person))
        name = text(db, QStringLiteral("SELECT name FROM people WHERE id = ?"), person);
    if (!name.isEmpty())
        v.insert(QStringLiteral("donor_name"), name);
}

} // namespace tongxin
