#pragma once

#include "registers/formspec.h"
#include "registers/listspec.h"

namespace tongxin {

/// The form of one yearly target (Reports ▸ Yearly targets…). Labels are translated in the
/// context "tongxin::TargetsDialog"; the rules are TargetOps'.
class TargetsForms final
{
public:
    /// Indicator (the figures that can have a target), western unit, year and value: money
    /// typed in yuan, counts as whole numbers, both stored in `value`.
    static FormSpec target();
};

/// The list of the targets dialog.
class TargetsLists final
{
public:
    /// Every target by year, western unit and indicator; each value with its unit (money in
    /// the display unit of money).
    static ListSpec targets();
};

} // namespace tongxin
