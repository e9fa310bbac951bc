#pragma once

#include "registers/formspec.h"
#include "registers/listspec.h"

namespace tongxin {

/// The forms of consumption aid: outlets and single sales-ledger rows (the bulk of the ledger
/// comes from the import). Labels are translated in the context "ConsumptionForms"; the rules
/// are OutletRules'.
class ConsumptionForms final
{
public:
    /// Name, kind, eastern place, address, opening and closing dates, operator, notes.
    static FormSpec outlet();
    /// Date, channel, outlet (those of the channel's kinds first), origin western unit,
    /// category, product, quantity and unit, amount in yuan, buyer type, 以购代捐, source reference.
    static FormSpec sale();
};

/// The lists of consumption aid. Headers are translated in the context "tongxin::OutletsTab".
class ConsumptionLists final
{
public:
    /// Every outlet by kind (showrooms first), opening date and name; its status is "open" or
    /// "closed" (closed before today).
    static ListSpec outlets();
};

} // namespace tongxin
