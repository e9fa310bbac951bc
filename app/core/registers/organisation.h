#pragma once

#include "registers/formspec.h"

namespace tongxin {

/// The forms of the organisation page (组织领导). Labels are translated in the context
/// "OrganisationForms"; the rules are AreaRules'.
class OrganisationForms final
{
public:
    /// A special working group: name, leader, members, remit, established and dissolved dates.
    static FormSpec workingGroup();
    /// A delegation visit either way to or from a western unit, its dates, leader, size, purpose
    /// and agreements signed.
    static FormSpec visit();
    /// A joint meeting, of one western unit or of the whole office.
    static FormSpec meeting();
};

} // namespace tongxin
