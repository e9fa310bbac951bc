#pragma once

#include "registers/formspec.h"

namespace tongxin {

/// The forms of fiscal aid: allocations, projects, payments and progress updates. Labels are
/// translated in the context "FundsForms"; the rules are FundsRules' (app/core/funds).
class FundsForms final
{
public:
    static FormSpec allocation();
    static FormSpec project();
    /// A payment against one project.
    static FormSpec payment(qint64 projectId);
    /// A progress update of one project.
    static FormSpec update(qint64 projectId);
};

} // namespace tongxin
