#include "stats/definitions.h"

#include "stats/explain.h"
#include "stats/figures.h"

namespace tongxin {

namespace {

enum class Scope {
    OfficeWide, ///< the office's own, not any unit's
    Unit, ///< the western unit the record names
    UnitOrNone, ///< the western unit the record names, if any
    ProjectUnit, ///< the project's western unit
    PartyUnit, ///< the unit of the pairing's western party
};

struct Text
{
    const char *key;
    const char *counted; // context "Definitions"
    const char *year; // context "Definitions"
    Scope scope;
    const char *target; // the targets table's indicator, or nullptr
};

// What each figure counts. Pairing figures share one text (below).
const Text Texts[] = {
    {"working_groups", QT_TRANSLATE_NOOP("Definitions", "Special working groups in existence at any time in the span: established by its end and not dissolved before its start."),
     QT_TRANSLATE_NOOP("Definitions", "Established and dissolved dates."), Scope::OfficeWide, nullptr},
    {"delegation_trips", QT_TRANSLATE_NOOP("Definitions", "Trips of eastern delegations to the west, each trip once."),
     QT_TRANSLATE_NOOP("Definitions", "The trip's start date."), Scope::Unit, "delegation_trips"},
    {"cadres_seconded", QT_TRANSLATE_NOOP("Definitions", "Eastern cadres sent to the west: secondments that started in the span, each person once (a person seconded twice counts once; in a unit's row, once in each unit)."),
     QT_TRANSLATE_NOOP("Definitions", "The secondment's start date."), Scope::Unit, "cadres_seconded"},
    {"cadres_in_post", QT_TRANSLATE_NOOP("Definitions", "Eastern cadres in post in the west: secondments that overlap the span (started by its end, not ended before its start), each person once."),
     QT_TRANSLATE_NOOP("Definitions", "The secondment's start and end dates."), Scope::Unit, nullptr},
    {"professionals_dispatched", QT_TRANSLATE_NOOP("Definitions", "Professionals (doctors, teachers, technicians) sent to the west: dispatches that started in the span, each person once."),
     QT_TRANSLATE_NOOP("Definitions", "The dispatch's start date."), Scope::Unit, "professionals_dispatched"},
    {"professionals_in_post", QT_TRANSLATE_NOOP("Definitions", "Professionals in post in the west: dispatches that overlap the span, each person once."),
     QT_TRANSLATE_NOOP("Definitions", "The dispatch's start and end dates."), Scope::Unit, nullptr},
    {"training_activities", QT_TRANSLATE_NOOP("Definitions", "Guidance, exchange and training sessions held, each session once."),
     QT_TRANSLATE_NOOP("Definitions", "The session's date."), Scope::UnitOrNone, "training_activities"},
    {"training_person_times", QT_TRANSLATE_NOOP("Definitions", "Training opportunities: the person-times recorded on the sessions, added up."),
     QT_TRANSLATE_NOOP("Definitions", "The session's date."), Scope::UnitOrNone, "training_person_times"},
    {"western_visitors_received", QT_TRANSLATE_NOOP("Definitions", "Western cadres and professionals received in the east: the persons of each group received, added up."),
     QT_TRANSLATE_NOOP("Definitions", "The group's arrival date."), Scope::Unit, "western_visitors_received"},
    {"fiscal_aid_paid_fen", QT_TRANSLATE_NOOP("Definitions", "Fiscal aid paid out to projects: the amounts of the payments, added up."),
     QT_TRANSLATE_NOOP("Definitions", "The payment's date."), Scope::ProjectUnit, "fiscal_aid_paid_fen"},
    {"aid_projects", QT_TRANSLATE_NOOP("Definitions", "Fiscal aid projects of the span's years, except cancelled ones."),
     QT_TRANSLATE_NOOP("Definitions", "The project's year."), Scope::Unit, "aid_projects"},
    {"enterprises_settled", QT_TRANSLATE_NOOP("Definitions", "Eastern enterprises with a settlement recorded in the span's years, each enterprise once in the span (an enterprise that settles in one year and expands in another counts in both years, once over both)."),
     QT_TRANSLATE_NOOP("Definitions", "The settlement's year."), Scope::Unit, "enterprises_settled"},
    {"enterprises_new", QT_TRANSLATE_NOOP("Definitions", "Eastern enterprises settling in the west for the first time: settlements marked New in the span's years, each enterprise once (over several years these add up to the enterprises settled)."),
     QT_TRANSLATE_NOOP("Definitions", "The settlement's year."), Scope::Unit, nullptr},
    {"enterprise_expansions", QT_TRANSLATE_NOOP("Definitions", "Expansions (such as a second phase) of enterprises already settled: settlements marked Expansion in the span's years, each once."),
     QT_TRANSLATE_NOOP("Definitions", "The settlement's year."), Scope::Unit, nullptr},
    {"enterprise_investment_fen", QT_TRANSLATE_NOOP("Definitions", "The investment recorded on those settlements, added up."),
     QT_TRANSLATE_NOOP("Definitions", "The settlement's year."), Scope::Unit, "enterprise_investment_fen"},
    {"consumption_outlets", QT_TRANSLATE_NOOP("Definitions", "Showrooms, counters and shops open at any time in the span (opened by its end, not closed before its start)."),
     QT_TRANSLATE_NOOP("Definitions", "Opening and closing dates."), Scope::OfficeWide, nullptr},
    {"consumption_sales_fen", QT_TRANSLATE_NOOP("Definitions", "Sales of western products in the sales ledger: the amounts, added up."),
     QT_TRANSLATE_NOOP("Definitions", "The sale's date."), Scope::Unit, "consumption_sales_fen"},
    {"livestream_talents_trained", QT_TRANSLATE_NOOP("Definitions", "Livestream talents trained, each record once."),
     QT_TRANSLATE_NOOP("Definitions", "The training date."), Scope::Unit, "livestream_talents_trained"},
    {"festival_sales_fen", QT_TRANSLATE_NOOP("Definitions", "Sales made in livestream sessions of events: the amounts recorded on the sessions, added up."),
     QT_TRANSLATE_NOOP("Definitions", "The session's date."), Scope::UnitOrNone, "festival_sales_fen"},
    {"festival_orders", QT_TRANSLATE_NOOP("Definitions", "Orders recorded on the livestream sessions, added up."),
     QT_TRANSLATE_NOOP("Definitions", "The session's date."), Scope::UnitOrNone, "festival_orders"},
    {"festival_viewers", QT_TRANSLATE_NOOP("Definitions", "Viewers recorded on the livestream sessions, added up (a person watching two sessions counts twice)."),
     QT_TRANSLATE_NOOP("Definitions", "The session's date."), Scope::UnitOrNone, "festival_viewers"},
    {"festival_clicks", QT_TRANSLATE_NOOP("Definitions", "Clicks recorded on the livestream sessions, added up."),
     QT_TRANSLATE_NOOP("Definitions", "The session's date."), Scope::UnitOrNone, "festival_clicks"},
    {"labour_persons_placed", QT_TRANSLATE_NOOP("Definitions", "Rural workers placed in jobs: the persons of each placement record, added up."),
     QT_TRANSLATE_NOOP("Definitions", "The year of placement."), Scope::Unit, "labour_placed"},
    {"labour_poor_placed", QT_TRANSLATE_NOOP("Definitions", "Of those, registered poor: the poor persons of each placement record, added up."),
     QT_TRANSLATE_NOOP("Definitions", "The year of placement."), Scope::Unit, "labour_placed_poor"},
    {"donations_cash_fen", QT_TRANSLATE_NOOP("Definitions", "Donations in cash: the cash amounts, added up."),
     QT_TRANSLATE_NOOP("Definitions", "The donation date."), Scope::Unit, "donations_cash_fen"},
    {"donations_in_kind_fen", QT_TRANSLATE_NOOP("Definitions", "Donations in kind: the goods at the value recorded, added up."),
     QT_TRANSLATE_NOOP("Definitions", "The donation date."), Scope::Unit, "donations_goods_fen"},
};

const char *const PairingCounted = QT_TRANSLATE_NOOP(
    "Definitions", "Pairings of this kind in force at any time in the span (started by its end, not ended before its "
                   "start), shown as distinct eastern parties ↔ distinct western parties · pairings.");
const char *const PairingAtEndCounted
    = QT_TRANSLATE_NOOP("Definitions", "Pairings of this kind still in force on the last day of the span.");
const char *const PairingYear = QT_TRANSLATE_NOOP("Definitions", "The pairing's start and end dates.");

QString text(const char *s)
{
    return QCoreApplication::translate("Definitions", s);
}

QString scopeText(Scope s)
{
    switch (s) {
    case Scope::OfficeWide:
        return text(QT_TRANSLATE_NOOP("Definitions", "Office-wide: not counted per western unit."));
    case Scope::Unit:
        return text(QT_TRANSLATE_NOOP("Definitions", "Per western unit: the unit the record names."));
    case Scope::UnitOrNone:
        return text(QT_TRANSLATE_NOOP("Definitions", "Per western unit: the unit the record names; records that name "
                                                   "none are in the total and in the row \"Not assigned to a unit\"."));
    case Scope::ProjectUnit:
        return text(QT_TRANSLATE_NOOP("Definitions", "Per western unit: the project's unit."));
    case Scope::PartyUnit:
        return text(QT_TRANSLATE_NOOP("Definitions", "Per western unit: the unit of the western party; pairings whose "
                                                   "party has no unit are in the row \"Not assigned to a unit\"."));
    }
    return {};
}

QString targetText(const char *target)
{
    if (!target)
        return text(QT_TRANSLATE_NOOP("Definitions", "None."));
    return text(QT_TRANSLATE_NOOP("Definitions", "Its targets, set per western unit and year; a rate over several "
                                               "units or years divides the sum of the units' figures, each counted "
                                               "in its unit and year, by the sum of their targets."));
}

} // namespace

QJsonObject Definition::toJson() const
{
    return QJsonObject{{QStringLiteral("key"), key},         {QStringLiteral("name"), name},
                       {QStringLiteral("counted"), counted}, {QStringLiteral("year"), year},
                       {QStringLiteral("scope"), scope},     {QStringLiteral("unit"), unitOnCommandLine()},
                       {QStringLiteral("target"), target}};
}

QString Definition::unitOnCommandLine() const
{
    return money ? Definitions::tr("yuan (fen in JSON)") : unit;
}

QString Definition::tooltip() const
{
    return Definitions::tr("%1\nYear: %2\n%3\nTarget: %4").arg(counted, year, scope, target);
}

QStringList Definitions::headings()
{
    return {tr("Figure"), tr("What is counted"), tr("Which date decides the year"), tr("Scope"), tr("Unit"),
            tr("Compared with")};
}

Definition Definitions::of(const QString &key)
{
    Definition d;
    QString base = key;
    const bool atEnd = key.endsWith(QLatin1String(".in_force_at_end"));
    if (atEnd)
        base.chop(int(qstrlen(".in_force_at_end")));
    if (const FigureInfo *f = Figures::byKey(base)) {
        d.name = Figures::label(f->id);
        if (f->kind == FigureInfo::Kind::Pairing) {
            d.key = key;
            if (atEnd)
                d.name = tr("%1, in force at the end").arg(d.name);
            d.counted = text(atEnd ? PairingAtEndCounted : PairingCounted);
            d.year = text(PairingYear);
            d.scope = scopeText(Scope::PartyUnit);
            d.unit = tr("pairings");
            d.target = targetText(atEnd ? nullptr : f->key);
            d.targetKey = atEnd ? QString() : base;
            return d;
        }
        d.money = f->kind == FigureInfo::Kind::Money;
        d.unit = d.money ? tr("yuan") : Figures::unit(f->id);
    } else {
        for (const AreaFigureInfo &a : Figures::areaFigures()) {
            if (key == QLatin1String(a.key)) {
                d.name = Figures::label(a.id);
                d.money = a.kind == FigureInfo::Kind::Money;
                d.unit = d.money ? tr("yuan") : Figures::unit(a.id);
            }
        }
    }
    for (const Text &t : Texts) {
        if (key != QLatin1String(t.key))
            continue;
        d.key = key;
        d.counted = text(t.counted);
        d.year = text(t.year);
        d.scope = scopeText(t.scope);
        d.officeWide = t.scope == Scope::OfficeWide;
        d.target = targetText(t.target);
        d.targetKey = t.target ? QString::fromLatin1(t.target) : QString();
    }
    return d;
}

QVector<Definition> Definitions::forAppendix()
{
    QVector<Definition> out;
    bool atEndShown = false;
    for (const QString &key : Explain::figures()) {
        if (key.endsWith(QLatin1String(".in_force_at_end"))) {
            if (atEndShown)
                continue;
            atEndShown = true;
            Definition d = of(key);
            d.name = tr("Pairings in force at the end (each kind)");
            out.push_back(d);
            continue;
        }
        out.push_back(of(key));
    }
    return out;
}

QVector<Definition> Definitions::all()
{
    QVector<Definition> out;
    for (const QString &key : Explain::figures())
        out.push_back(of(key));
    return out;
}

} // namespace tongxin
