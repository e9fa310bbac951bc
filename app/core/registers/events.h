#pragma once

#include "registers/formspec.h"
#include "registers/listspec.h"

namespace tongxin {

/// The lists and forms of the events page: events, their livestream sessions and the
/// livestream talents trained. List SQL binds :event (the event shown) and :en (1 for English
/// unit names).
class EventsForms final
{
public:
    static ListSpec eventsList();
    static ListSpec sessionsList();
    static ListSpec talentsList();
    static FormSpec eventForm();
    static FormSpec sessionForm();
    static FormSpec talentForm();
};

} // namespace tongxin
