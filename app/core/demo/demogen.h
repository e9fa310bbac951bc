#pragma once

// Internal to the demo generator (app/core/demo/): the random source, the exact splitter, the
// row writer and the model of the demo world that the fill stages share. Not public API.

#include <QDate>
#include <QHash>
#include <QPair>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QVariant>
#include <QVector>

#include <initializer_list>
#include <map>
#include <memory>

namespace tongxin::demo {

/// SplitMix64: tiny, fast, and the same sequence on every platform and Qt version (no libm,
/// no std::distribution whose output is implementation-defined).
class Rng final
{
public:
    explicit Rng(quint64 seed)
        : m_state(seed)
    { }
    quint64 next();
    /// Uniform in [0, 1).
    double real();
    /// Uniform integer in [lo, hi].
    int range(int lo, int hi);
    double between(double lo, double hi) { return lo + (hi - lo) * real(); }
    /// Right-skewed value in [lo, hi): many small, few large (no transcendental functions).
    double skew(double lo, double hi)
    {
        const double u = real();
        return lo + (hi - lo) * u * u;
    }
    bool chance(double p) { return real() < p; }
    /// Index drawn with the given weights.
    int weighted(const QVector<double> &weights);
    template <class T> const T &pick(const QVector<T> &v) { return v.at(range(0, int(v.size()) - 1)); }
    template <class T> void shuffle(QVector<T> &v)
    {
        for (int i = int(v.size()) - 1; i > 0; --i)
            std::swap(v[i], v[range(0, i)]);
    }

private:
    quint64 m_state;
};

/// Splits `total` into integer pieces proportional to `weights` (largest remainder): the pieces
/// add up to exactly `total`, and each is at least `minEach` (when total allows).
QVector<qint64> splitExact(qint64 total, const QVector<double> &weights, qint64 minEach = 0);

/// ISO date text.
inline QString iso(const QDate &d)
{
    return d.toString(Qt::ISODate);
}
inline QString iso(int y, int m, int d)
{
    return iso(QDate(y, m, d));
}
/// A day in [from, to] (inclusive).
QDate dayBetween(Rng &rng, const QDate &from, const QDate &to);

/// One column value of an insert.
struct Field
{
    const char *column;
    QVariant value;
};

/// Inserts rows through cached prepared statements (positional binds). The first failure is
/// kept with the table name; later inserts are skipped so the caller checks once per stage.
class Writer final
{
public:
    explicit Writer(QSqlDatabase db)
        : m_db(std::move(db))
    { }
    /// The new row id, or -1 after a failure.
    qint64 insert(const char *table, std::initializer_list<Field> fields);
    bool ok() const { return m_error.isEmpty(); }
    QString error() const { return m_error; }
    QSqlDatabase db() const { return m_db; }
    void fail(const QString &why)
    {
        if (m_error.isEmpty())
            m_error = why;
    }

private:
    QSqlDatabase m_db;
    std::map<QString, std::unique_ptr<QSqlQuery>> m_statements;
    QString m_error;
};

// ---- The demo world ------------------------------------------------------------------------

struct Street
{
    qint64 id = 0;
    QString name;
    QVector<qint64> communities;
    QVector<QString> communityNames;
};

struct Town
{
    qint64 id = 0;
    int county = 0;
    QString name;
    QVector<int> villages; // indexes into World::villages
};

struct Village
{
    qint64 id = 0;
    int county = 0;
    int town = 0; // index into World::towns
    QString name;
    bool poor = false;
};

struct County
{
    qint64 id = 0;
    QString name; // 庄浪县
    QString nameEn; // Zhuanglang County
    QString abbr; // 庄 (document numbers)
    double weight = 1; // share of money and activity
    QVector<int> towns; // indexes into World::towns
    QVector<int> poorVillages; // indexes into World::villages
    // Organisations of this unit
    qint64 government = 0; // 县人民政府
    qint64 povertyOffice = 0; // 扶贫开发办公室
    QHash<QString, qint64> bureaus; // 教育局, 卫生健康局, 商务局, 农业农村局, 人社局, 水务局, 住建局 …
    QVector<qint64> schools;
    QVector<qint64> hospitals; // [0] 人民医院, [1] 中医医院, then 卫生院
    QVector<qint64> cooperatives;
    qint64 charity = 0;
    QStringList products; // main products sold east
};

struct Person
{
    qint64 id = 0;
    QString name;
    QString field; // professionals
    qint64 org = 0;
};

struct Household
{
    qint64 id = 0;
    int county = 0;
    int village = 0;
};

/// Everything the stages share: the writer, and the ids of what earlier stages created.
struct World
{
    explicit World(QSqlDatabase db)
        : w(std::move(db))
    { }
    Writer w;

    qint64 hexi = 0;
    QVector<Street> streets;
    QVector<County> counties;
    QVector<Town> towns;
    QVector<Village> villages;
    QVector<int> pairedTowns; // town index paired with streets[i] (14)

    QHash<qint64, QString> orgNames; // every organisation's name by id

    // East organisations
    qint64 office = 0; // 合作交流办公室
    QHash<QString, qint64> eastBureaus; // 教育局, 卫生健康委, 商务局 …
    QVector<qint64> streetOffices;
    QVector<qint64> eastSchools;
    QVector<qint64> eastHospitals;
    QVector<qint64> eastPrivate; // private enterprises for 万企帮万村
    QVector<QString> eastPrivateNames;
    QVector<qint64> settledEnterprises; // enterprises that invest in the west
    QVector<QString> settledNames;
    QVector<qint64> eastSocial;
    QVector<QString> eastSocialNames;
    qint64 chamber = 0;

    // People
    QVector<Person> secondedCadres; // 10, east → west
    QVector<Person> leaderCadres; // 处级及以上, paired with households
    QVector<Person> professionals; // east, with field
    QVector<Person> westCadres; // west → east
    QVector<Person> staff; // office staff (role other)

    QVector<Household> households;

    // Pairing coverage (indexes into villages / households)
    QVector<int> communityVillages;
    QVector<int> enterpriseVillages;
    QVector<int> chamberVillages;
    QVector<int> cadreHouseholds;

    // Activities
    qint64 festival = 0; // the e-commerce festival event
    QDate festivalFrom;
    QDate festivalTo;
    QVector<QVector<QPair<QDate, qint64>>> labourTrainings; // per county: (date, training id)
    QVector<QDate> talentTrainingDates; // per county: the livestream-talent training
    QVector<int> talentsPerCounty; // per county: talents trained (142 in all)
};

// Names (demonames.cpp)
namespace names {
QString person(Rng &rng, bool female, bool rural = false);
QStringList streetNames();
QString streetPinyin(const QString &street);
QStringList townNames(int county); // 0 庄浪县, 1 崆峒区, 2 示例县
QString townPinyin(int county, const QString &town);
/// A village name unique within `taken`.
QString village(Rng &rng, QSet<QString> &taken);
/// A residential community name unique within `taken`.
QString community(Rng &rng, QSet<QString> &taken);
/// A Tianjin private company name unique within `taken`.
QString company(Rng &rng, QSet<QString> &taken);
QString maskedPhone(Rng &rng);
} // namespace names

// The fill stages, in order (each returns w.ok()).
bool fillPlaces(World &world); // demoplaces.cpp
bool fillOrganisations(World &world); // demoorgs.cpp
bool fillPeople(World &world); // demoorgs.cpp
bool fillHouseholds(World &world); // demoplaces.cpp
bool fillPairings(World &world); // demopairings.cpp
bool fillFunds(World &world); // demofunds.cpp
bool fillIndustry(World &world); // demofunds.cpp
bool fillOrganisationWork(World &world); // demotalent.cpp (working groups, visits, meetings)
bool fillTalent(World &world); // demotalent.cpp (secondments, dispatches, festival, trainings, visitors)
bool fillLabour(World &world); // demofunds.cpp
bool fillConsumption(World &world); // democonsumption.cpp
bool fillSocial(World &world); // demosocial.cpp (donations)
bool fillTargets(World &world); // demosocial.cpp (needs everything else)

} // namespace tongxin::demo
