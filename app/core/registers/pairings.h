#pragma once

#include "registers/formspec.h"
#include "registers/listspec.h"

namespace tongxin {

/// The pairing form: the kind first, then the two parties the kind takes (each a lookup showing
/// the name with where it belongs), the dates, status, agreement number and notes. The parties
/// are edited in the schema's own columns; the columns a kind does not use are hidden and
/// written NULL. Checked by Rules::pairing. Labels are translated in the context "PairingForms".
class PairingForms final
{
public:
    static FormSpec pairing();
};

/// The lists of pairings: their queries and columns (headers translated in the context
/// "tongxin::PairingsPage").
class PairingLists final
{
public:
    /// Every pairing in force between the binds :from and :to (PairingQuery::listSql() and
    /// yearBinds()), with the ids the page filters on (unit_id, east_unit_id, east_street_id)
    /// and its title ("east_party ↔ west_party").
    static ListSpec pairings();
};

} // namespace tongxin
