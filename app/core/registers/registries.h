#pragma once

#include "registers/formspec.h"
#include "registers/listspec.h"

namespace tongxin {

/// The forms of the registries: places (both sides), organisations, people and registered
/// poor households. Labels are translated in the context "RegistryForms".
class RegistryForms final
{
public:
    static FormSpec place();
    static FormSpec organisation();
    static FormSpec person();
    static FormSpec household();
};

/// The lists of the registries: their queries and columns (headers translated in the context
/// "tongxin::RegistriesPage"). Every row carries its western unit as `unit_id` for the unit filter.
class RegistryLists final
{
public:
    static ListSpec places();
    static ListSpec organisations();
    static ListSpec people();
    static ListSpec households();
};

} // namespace tongxin
