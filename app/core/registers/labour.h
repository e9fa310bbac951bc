#pragma once

#include "registers/formspec.h"

namespace tongxin {

/// The form of the labour page (劳务协作). Labels are translated in the context "LabourForms";
/// the rules are AreaRules'.
class LabourForms final
{
public:
    /// Western workers placed in jobs in a year (and month), of whom registered poor, with the
    /// vocational training of their unit if any.
    static FormSpec placement();
};

} // namespace tongxin
