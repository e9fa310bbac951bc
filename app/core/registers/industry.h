#pragma once

#include "registers/formspec.h"

namespace tongxin {

/// The form of the industry page (产业合作). Labels are translated in the context
/// "IndustryForms"; the rules are AreaRules'.
class IndustryForms final
{
public:
    /// An eastern enterprise settled in a western unit in a year (new or expansion): industry,
    /// investment, jobs, registered poor employed, aid workshops and industrial park. A new
    /// record's year is this year within the office's period, else the nearest year of it.
    static FormSpec settlement();
};

/// The lists' queries of the industry page.
class IndustryLists final
{
public:
    /// The industries entered so far, in order (one column), the choices of the settlements'
    /// industry filter (read by AreaQuery::filterValues).
    static QString industriesSql();
};

} // namespace tongxin
