#include "registers/targets.h"

#include "registers/arealookups.h"

#include "money/money.h"
#include "stats/figures.h"
#include "targets/targetops.h"

#include <QLocale>

namespace tongxin {

namespace {

constexpr const char *Ctx = "tongxin::TargetsDialog";

bool isMoney(const QString &key)
{
    const FigureInfo *info = Figures::byKey(key);
    return info && info->kind == FigureInfo::Kind::Money;
}

QString indicatorName(const QString &key)
{
    const FigureInfo *info = Figures::byKey(key);
    return info ? Figures::label(info->id) : key;
}

} // namespace

ListSpec TargetsLists::targets()
{
    using C = ListColumn;
    ListSpec s;
    s.settingsKey = QStringLiteral("targets");
    s.context = Ctx;
    s.sql = QStringLiteral("SELECT t.id, t.indicator, c.name AS unit, t.year, t.indicator || '|' || t.value AS target "
                           "FROM targets t "
                           "JOIN places c ON c.id = t.county_id ORDER BY t.year, c.illustrative, c.id, t.indicator");
    s.columns = {
        C::id(QStringLiteral("id")),
        C::custom(QStringLiteral("indicator"), QT_TRANSLATE_NOOP("tongxin::TargetsDialog", "Indicator"),
                  [](const QVariant &raw) { return indicatorName(raw.toString()); }),
        C::text(QStringLiteral("unit"), QT_TRANSLATE_NOOP("tongxin::TargetsDialog", "Western unit")),
        C::year(QStringLiteral("year"), QT_TRANSLATE_NOOP("tongxin::TargetsDialog", "Year")),
        // Targets of different indicators share the column, so every cell names its unit; money
        // targets all in one unit (万元 / thousand yuan), counts with theirs.
        C::custom(QStringLiteral("target"), QT_TRANSLATE_NOOP("tongxin::TargetsDialog", "Target"),
                  [](const QVariant &raw) {
                      const QString key = raw.toString().section(QLatin1Char('|'), 0, 0);
                      const qint64 value = raw.toString().section(QLatin1Char('|'), 1).toLongLong();
                      const FigureInfo *info = Figures::byKey(key);
                      if (!info)
                          return QString::number(value);
                      if (info->kind == FigureInfo::Kind::Money)
                          return Money::formatIn(value, Money::displayUnitOf(Money::currentStyle()));
                      return QLocale().toString(value) + Figures::unit(info->id, value).prepend(
                                 QLocale().language() == QLocale::Chinese ? QString() : QStringLiteral(" "));
                  },
                  false),
    };
    return s;
}

FormSpec TargetsForms::target()
{
    using F = FormField;
    QStringList keys;
    for (const FigureInfo &info : Figures::all()) {
        if (info.kind != FigureInfo::Kind::Pairing)
            keys << QString::fromLatin1(info.key);
    }
    FormSpec s;
    s.table = QStringLiteral("targets");
    s.context = Ctx;
    s.newTitle = QT_TRANSLATE_NOOP("tongxin::TargetsDialog", "New target");
    s.editTitle = QT_TRANSLATE_NOOP("tongxin::TargetsDialog", "Target");
    F indicator = F::code(QStringLiteral("indicator"), QT_TRANSLATE_NOOP("tongxin::TargetsDialog", "Indicator"),
                          Labels::Domain::Area)
                      .req()
                      .only(keys);
    indicator.codeText = &indicatorName;
    s.fields = {
        indicator,
        F::lookup(QStringLiteral("county_id"), QT_TRANSLATE_NOOP("tongxin::TargetsDialog", "Western unit"),
                  arealookups::westernUnits())
            .req(),
        F::year(QStringLiteral("year"), QT_TRANSLATE_NOOP("tongxin::TargetsDialog", "Year")).req(),
        // Money indicators are typed in yuan, counts as whole numbers; both are stored in `value`.
        F::money(QStringLiteral("value_money"), QT_TRANSLATE_NOOP("tongxin::TargetsDialog", "Target (yuan)"))
            .req()
            .when([](const QVariantMap &v) { return isMoney(v.value(QStringLiteral("indicator")).toString()); }),
        F::integer(QStringLiteral("value_count"), QT_TRANSLATE_NOOP("tongxin::TargetsDialog", "Target"))
            .req()
            .when([](const QVariantMap &v) { return !isMoney(v.value(QStringLiteral("indicator")).toString()); }),
    };
    s.expand = [](QVariantMap &row) {
        const QString key = isMoney(row.value(QStringLiteral("indicator")).toString()) ? QStringLiteral("value_money")
                                                                                        : QStringLiteral("value_count");
        row.insert(key, row.value(QStringLiteral("value")));
    };
    s.derive = [](QVariantMap &v) {
        const bool money = isMoney(v.value(QStringLiteral("indicator")).toString());
        v.insert(QStringLiteral("value"), v.value(money ? QStringLiteral("value_money") : QStringLiteral("value_count")));
        v.remove(QStringLiteral("value_money"));
        v.remove(QStringLiteral("value_count"));
    };
    s.validate = &TargetOps::check;
    return s;
}

} // namespace tongxin
