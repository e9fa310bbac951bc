#pragma once

#include "stats/breakdowns.h"
#include "stats/headline.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>
#include <QVariantMap>
#include <QVector>

namespace tongxin {

/// One party of a pairing: a place (street, community, town, village), an organisation
/// (school, hospital, enterprise, chamber), a person (cadre) or a registered poor household.
struct PairingParty
{
    enum class Type { None, Place, Organisation, Person, Household };
    Type type = Type::None;
    qint64 id = 0;

    bool isValid() const { return type != Type::None && id > 0; }
    /// One number naming the party across the four tables (for combo boxes): the type in the
    /// high bits, the id below.
    qint64 key() const { return isValid() ? (qint64(type) << 40) | id : 0; }
    static PairingParty fromKey(qint64 key);
    /// The party held in a pairing column ("east_place_id" …, "west_household_id").
    static PairingParty fromColumn(const QString &column, qint64 id);
    bool operator==(const PairingParty &o) const { return type == o.type && id == o.id; }
    bool operator!=(const PairingParty &o) const { return !(*this == o); }
};

/// A pairing as the Pairings page and its party detail show it.
struct PairingRow
{
    qint64 id = 0;
    QString kind;
    QString status;
    QString startDate;
    QString endDate; ///< empty while in force
    QString agreementNo;
    QString notes;
    PairingParty east;
    PairingParty west;
    QString eastText; ///< "平山道社区（越秀路街道）"
    QString westText; ///< "杨河村（南湖镇）"
    qint64 unitId = 0; ///< western unit
    QString unit;
};

/// One row of the counts by kind: a western unit (0 = all western units) and the pairs,
/// distinct eastern and distinct western parties of one kind.
struct PairingCountRow
{
    QString kind;
    qint64 unitId = 0;
    QString unitName; ///< Unit::displayName(); empty for all units
    PairCount count;
};

/// An eastern district or one of its streets (`level` "district" or "street"), for a filter.
struct EasternUnit
{
    Unit unit; ///< id, name, English name
    QString level;
};

/// The queries of the Pairings page. Counts are never computed here: they come from
/// Headline::pairings(), so they always equal the dashboard's and `summary`'s.
class PairingQuery final
{
    Q_DECLARE_TR_FUNCTIONS(PairingQuery)
public:
    /// The pairings list: one row per pairing in force at any time between the binds :from and
    /// :to (ISO dates; the rule of Headline::pairings), with the party columns of the schema and
    /// id, kind, status, start_date, end_date, agreement_no, notes; east_party and west_party
    /// (names with where they belong) and title ("east_party ↔ west_party"); unit_id and unit
    /// (the western unit); east_unit_id and east_street_id (the eastern district and street the
    /// eastern party belongs to).
    static QString listSql();
    /// The :from and :to binds of listSql() for one calendar year (0 = all years).
    static QVariantMap yearBinds(int year);

    /// Every pairing of a party (either side, every kind, current and past), oldest first.
    static QVector<PairingRow> pairingsOf(const QSqlDatabase &db, const PairingParty &party, QString *error = nullptr);
    /// One pairing, or a row with id 0 when there is none.
    static PairingRow pairing(const QSqlDatabase &db, qint64 id);
    /// A party's name with where it belongs, as the list shows it; empty when it does not exist.
    static QString partyText(const QSqlDatabase &db, const PairingParty &party);
    /// What a party is, in the user's language: "Community", "School", "Cadre", "Registered
    /// poor household" …
    static QString partyKindText(const QSqlDatabase &db, const PairingParty &party);
    /// `SELECT key, text` of every party that can be paired, on both sides (PairingParty::key()),
    /// eastern parties first; for a type-to-search "Show the pairings of…" box.
    static QString partiesLookupSql();

    /// Counts of every kind per western unit for one year (0 = all years): for each kind in
    /// Labels order, one row per western unit (Breakdowns::westernUnits order) and then the
    /// all-units row. Each count is Headline::pairings(db, kind, Filter{year, unit}).
    static QVector<PairingCountRow> countsByUnit(const QSqlDatabase &db, int year, QString *error = nullptr);
    /// The eastern districts, each followed by its streets.
    static QVector<EasternUnit> easternUnits(const QSqlDatabase &db);
};

} // namespace tongxin
