#pragma once

#include "records/formspec.h"

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

} // namespace tongxin
