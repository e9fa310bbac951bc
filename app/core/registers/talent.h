#pragma once

#include "registers/formspec.h"

namespace tongxin {

/// The forms of the talent page (人才交流). Labels are translated in the context "TalentForms";
/// the rules are AreaRules'.
class TalentForms final
{
public:
    /// A secondment either way: the person of the side it starts from, western unit, home and
    /// host units, position, dates and term.
    static FormSpec secondment();
    /// An eastern professional dispatched to a western unit and, if any, one of its organisations.
    static FormSpec dispatch();
    /// A training, guidance or exchange activity; an e-commerce one may name its event.
    static FormSpec training();
    /// A group of western visitors received in the east.
    static FormSpec visitors();
};

} // namespace tongxin
