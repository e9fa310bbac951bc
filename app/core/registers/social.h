#pragma once

#include "registers/formspec.h"

#include <QSqlDatabase>

#include <functional>

namespace tongxin {

/// The form of the social aid page (社会帮扶). Labels are translated in the context
/// "SocialForms"; the rules are AreaRules'.
class SocialForms final
{
public:
    /// A donation in cash or in kind, by donor and recipient. `db` gives the open database to fill
    /// a donor's name from the organisation or person chosen (none: the name is left as typed).
    static FormSpec donation(std::function<QSqlDatabase()> db);
};

} // namespace tongxin
