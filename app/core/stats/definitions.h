#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <QVector>

namespace tongxin {

/// What one figure counts, written down: shown as the dashboard tile's tooltip, the yearly
/// report's appendix (指标说明), a sheet of the statistics workbook and by
/// `tongxin-cli summary --definitions`. Texts are in the current language.
struct Definition
{
    QString key; ///< the `summary --json` key
    QString name; ///< the figure's name
    QString counted; ///< what is counted, and how
    QString year; ///< which date decides the year (the span)
    QString scope; ///< office-wide, or per western unit (and which unit)
    QString unit; ///< what the number is in, as tables and workbooks show it ("yuan" for money)
    QString target; ///< the target it is compared with, or "none"
    bool officeWide = false;
    bool money = false; ///< an amount: yuan in tables and workbooks, fen in `summary --json`
    QString targetKey; ///< the targets table's indicator, empty when none

    /// The unit as the command line states it: money "yuan (fen in JSON)", as its JSON gives fen.
    QString unitOnCommandLine() const;
    /// {"key", "name", "counted", "year", "scope", "unit", "target"}, the unit as on the
    /// command line (`summary --definitions --json`).
    QJsonObject toJson() const;
    /// One paragraph for a tooltip: what is counted, the year, the scope, the target.
    QString tooltip() const;
};

class Definitions final
{
    Q_DECLARE_TR_FUNCTIONS(Definitions)
public:
    /// Every figure's definition, in the order of Explain::figures().
    static QVector<Definition> all();
    /// The definitions a report or workbook lists (指标说明): every figure and second reading,
    /// the pairings' "in force at the end" once rather than once per kind.
    static QVector<Definition> forAppendix();
    /// The definition of one figure (empty key when unknown).
    static Definition of(const QString &key);
    /// The column headings of a definitions table, in the current language: name, counted,
    /// year, scope, unit, target.
    static QStringList headings();
};

} // namespace tongxin
