#include "records/rules.h"

#include "domain/labels.h"
#include "money/bounds.h"

#include <QDate>
#include <QSqlQuery>
#include <QVariant>

namespace tongxin {

namespace {

QString scalarText(const QSqlDatabase &db, const QString &sql, const QVariant &bind)
{
    QSqlQuery q(db);
    q.prepare(sql);
    q.addBindValue(bind);
    if (q.exec() && q.next())
        return q.value(0).toString();
    return QString();
}

QString placeLevel(const QSqlDatabase &db, const QVariant &id)
{
    return scalarText(db, QStringLiteral("SELECT level FROM places WHERE id = ?"), id);
}

QString placeSide(const QSqlDatabase &db, const QVariant &id)
{
    return scalarText(db, QStringLiteral("SELECT side FROM places WHERE id = ?"), id);
}

bool blank(const QVariant &v)
{
    return v.isNull() || v.toString().trimmed().isEmpty();
}

QString parentLevelFor(const QString &level)
{
    static const QHash<QString, QString> parent = {{QStringLiteral("street"), QStringLiteral("district")},
                                                   {QStringLiteral("community"), QStringLiteral("street")},
                                                   {QStringLiteral("town"), QStringLiteral("county")},
                                                   {QStringLiteral("village"), QStringLiteral("town")}};
    return parent.value(level);
}

} // namespace

QVariantMap Rules::newPlace(const QSqlDatabase &db, qint64 chosenId)
{
    static const QHash<QString, QString> child = {{QStringLiteral("district"), QStringLiteral("street")},
                                                  {QStringLiteral("street"), QStringLiteral("community")},
                                                  {QStringLiteral("county"), QStringLiteral("town")},
                                                  {QStringLiteral("town"), QStringLiteral("village")}};
    const QString key = QStringLiteral("level");
    const QString parentKey = QStringLiteral("parent_id");
    if (chosenId) {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("SELECT level, parent_id FROM places WHERE id = ?"));
        q.addBindValue(chosenId);
        if (q.exec() && q.next()) {
            const QString level = q.value(0).toString();
            if (child.contains(level))
                return {{key, child.value(level)}, {parentKey, chosenId}};
            if (!q.value(1).isNull())
                return {{key, level}, {parentKey, q.value(1)}};
        }
    }
    for (const char *level : {"village", "town", "community", "street"}) {
        const QString wanted = QString::fromLatin1(level);
        QSqlQuery q(db);
        q.prepare(QStringLiteral("SELECT 1 FROM places WHERE level = ? LIMIT 1"));
        q.addBindValue(parentLevelFor(wanted));
        if (q.exec() && q.next())
            return {{key, wanted}};
    }
    return {{key, QStringLiteral("county")}};
}

QString Rules::place(const QSqlDatabase &db, const QVariantMap &v, qint64)
{
    const QString side = v.value(QStringLiteral("side")).toString();
    const QString level = v.value(QStringLiteral("level")).toString();
    if (blank(v.value(QStringLiteral("name"))))
        return tr("A place needs a name.");
    const bool east = level == QLatin1String("district") || level == QLatin1String("street")
        || level == QLatin1String("community");
    if (!side.isEmpty() && (side == QLatin1String("east")) != east)
        return tr("A %1 is not on the %2 side.")
            .arg(Labels::text(Labels::Domain::PlaceLevel, level), Labels::text(Labels::Domain::Side, side));
    const QString wanted = parentLevelFor(level);
    const QVariant parent = v.value(QStringLiteral("parent_id"));
    if (wanted.isEmpty() && !blank(parent))
        return tr("A %1 has no parent place.").arg(Labels::text(Labels::Domain::PlaceLevel, level));
    if (!wanted.isEmpty()) {
        if (blank(parent))
            return tr("A %1 belongs to a %2: choose it.")
                .arg(Labels::text(Labels::Domain::PlaceLevel, level), Labels::text(Labels::Domain::PlaceLevel, wanted));
        if (placeLevel(db, parent) != wanted)
            return tr("A %1 belongs to a %2, not to a %3.")
                .arg(Labels::text(Labels::Domain::PlaceLevel, level), Labels::text(Labels::Domain::PlaceLevel, wanted),
                     Labels::text(Labels::Domain::PlaceLevel, placeLevel(db, parent)));
    }
    const bool poor = v.value(QStringLiteral("is_poor")).toInt() != 0;
    if (poor && level != QLatin1String("county") && level != QLatin1String("village"))
        return tr("Only a county or a village is marked poor.");
    if (!blank(v.value(QStringLiteral("exit_year"))) && !poor)
        return tr("Only a poor county or village has a poverty exit year.");
    if (v.value(QStringLiteral("population")).toLongLong() < 0)
        return tr("The population cannot be negative.");
    if (v.value(QStringLiteral("population")).toLongLong() > Bounds::MaxCount)
        return Bounds::tooMany(tr("The population"), Bounds::MaxCount);
    return QString();
}

QString Rules::organisation(const QSqlDatabase &db, const QVariantMap &v, qint64)
{
    if (blank(v.value(QStringLiteral("name"))))
        return tr("An organisation needs a name.");
    const QVariant place = v.value(QStringLiteral("place_id"));
    if (!blank(place) && placeSide(db, place) != v.value(QStringLiteral("side")).toString())
        return tr("An organisation must be in a place on its own side.");
    return QString();
}

QString Rules::person(const QSqlDatabase &db, const QVariantMap &v, qint64)
{
    if (blank(v.value(QStringLiteral("name"))))
        return tr("A person needs a name.");
    if (!blank(v.value(QStringLiteral("field"))) && v.value(QStringLiteral("role")).toString() != QLatin1String("professional"))
        return tr("Only a professional has a field.");
    const QString side = v.value(QStringLiteral("side")).toString();
    const QVariant place = v.value(QStringLiteral("place_id"));
    if (!blank(place) && placeSide(db, place) != side)
        return tr("A person's place must be on their own side.");
    const QVariant org = v.value(QStringLiteral("org_id"));
    if (!blank(org) && scalarText(db, QStringLiteral("SELECT side FROM organisations WHERE id = ?"), org) != side)
        return tr("A person's organisation must be on their own side.");
    return QString();
}

QString Rules::household(const QSqlDatabase &db, const QVariantMap &v, qint64)
{
    if (blank(v.value(QStringLiteral("head_name"))))
        return tr("A household needs the name of its head.");
    if (placeLevel(db, v.value(QStringLiteral("village_id"))) != QLatin1String("village"))
        return tr("A registered poor household belongs to a village.");
    if (v.value(QStringLiteral("members")).toInt() < 1)
        return tr("A household has at least one member.");
    if (v.value(QStringLiteral("members")).toLongLong() > 100)
        return Bounds::tooMany(tr("The number of members of a household"), 100);
    const QVariant exit = v.value(QStringLiteral("exit_year"));
    if (!blank(exit) && exit.toInt() < v.value(QStringLiteral("registered_year")).toInt())
        return tr("The exit year cannot be before the year of registration.");
    return QString();
}

QPair<QString, QString> Rules::pairingColumns(const QString &kind)
{
    if (kind == QLatin1String("street_town") || kind == QLatin1String("community_village"))
        return {QStringLiteral("east_place_id"), QStringLiteral("west_place_id")};
    if (kind == QLatin1String("school") || kind == QLatin1String("hospital"))
        return {QStringLiteral("east_org_id"), QStringLiteral("west_org_id")};
    if (kind == QLatin1String("enterprise_village") || kind == QLatin1String("chamber_village"))
        return {QStringLiteral("east_org_id"), QStringLiteral("west_place_id")};
    if (kind == QLatin1String("cadre_household"))
        return {QStringLiteral("east_person_id"), QStringLiteral("west_household_id")};
    return {};
}

QString Rules::pairing(const QSqlDatabase &db, const QVariantMap &v, qint64 id)
{
    const QString kind = v.value(QStringLiteral("kind")).toString();
    const auto cols = pairingColumns(kind);
    if (cols.first.isEmpty())
        return tr("Choose the kind of pairing.");
    const QVariant east = v.value(cols.first);
    const QVariant west = v.value(cols.second);
    if (blank(east))
        return tr("Choose the eastern party.");
    if (blank(west))
        return tr("Choose the western party.");

    // Sides: each party on its own side.
    auto sideOf = [&db](const QString &column, const QVariant &value) -> QString {
        if (column.endsWith(QLatin1String("place_id")))
            return placeSide(db, value);
        if (column.endsWith(QLatin1String("org_id")))
            return scalarText(db, QStringLiteral("SELECT side FROM organisations WHERE id = ?"), value);
        if (column.endsWith(QLatin1String("person_id")))
            return scalarText(db, QStringLiteral("SELECT side FROM people WHERE id = ?"), value);
        return QStringLiteral("west"); // households are always in the west
    };
    if (sideOf(cols.first, east) != QLatin1String("east") || sideOf(cols.second, west) != QLatin1String("west"))
        return tr("A pairing links one eastern party with one western party; both cannot be on the same side.");

    // Kinds: what each party must be.
    const QString k = Labels::text(Labels::Domain::PairingKind, kind);
    auto orgKind = [&db](const QVariant &value) {
        return scalarText(db, QStringLiteral("SELECT kind FROM organisations WHERE id = ?"), value);
    };
    bool fits = true;
    if (kind == QLatin1String("street_town"))
        fits = placeLevel(db, east) == QLatin1String("street") && placeLevel(db, west) == QLatin1String("town");
    else if (kind == QLatin1String("community_village"))
        fits = placeLevel(db, east) == QLatin1String("community") && placeLevel(db, west) == QLatin1String("village");
    else if (kind == QLatin1String("school") || kind == QLatin1String("hospital"))
        fits = orgKind(east) == kind && orgKind(west) == kind;
    else if (kind == QLatin1String("enterprise_village"))
        fits = orgKind(east) == QLatin1String("enterprise") && placeLevel(db, west) == QLatin1String("village");
    else if (kind == QLatin1String("chamber_village"))
        fits = orgKind(east) == QLatin1String("chamber") && placeLevel(db, west) == QLatin1String("village");
    else if (kind == QLatin1String("cadre_household"))
        fits = scalarText(db, QStringLiteral("SELECT role FROM people WHERE id = ?"), east) == QLatin1String("cadre");
    if (!fits)
        return tr("The two parties do not fit a pairing of the kind “%1”.").arg(k);

    // Dates and status.
    const QString start = v.value(QStringLiteral("start_date")).toString();
    const QString end = v.value(QStringLiteral("end_date")).toString();
    if (!QDate::fromString(start, Qt::ISODate).isValid())
        return tr("A pairing needs its start date.");
    if (!end.isEmpty() && end < start)
        return tr("The end date cannot be before the start date.");
    const QString status = v.value(QStringLiteral("status")).toString();
    if (status == QLatin1String("ended") && end.isEmpty())
        return tr("An ended pairing needs its end date.");

    // No identical active pairing.
    if (status != QLatin1String("ended")) {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("SELECT count(*) FROM pairings WHERE kind = :kind AND status = 'active' AND id <> :id "
                                 "AND %1 = :east AND %2 = :west")
                      .arg(cols.first, cols.second));
        q.bindValue(QStringLiteral(":kind"), kind);
        q.bindValue(QStringLiteral(":id"), id);
        q.bindValue(QStringLiteral(":east"), east);
        q.bindValue(QStringLiteral(":west"), west);
        if (q.exec() && q.next() && q.value(0).toInt() > 0)
            return tr("These two parties already have an active pairing of the kind “%1”.").arg(k);
    }
    return QString();
}

} // namespace tongxin
