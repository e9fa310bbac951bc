#pragma once

#include <QString>

namespace tongxin::arealookups {

/// Lookup queries shared by the forms of the area pages (SELECT id, text; binds named after
/// other fields of the form).

/// The western units, as in the filters: in Chinese their names; in English their English
/// names with the Chinese one after it, which the records and the offices' papers use (:en is
/// bound by ListRows::lookup). One query for every form that picks a unit.
inline QString westernUnits()
{
    return QStringLiteral(
        "SELECT id, CASE WHEN :en = 1 AND ifnull(name_en, '') <> '' THEN name_en || ' (' || name || ')' ELSE name END "
        "FROM places WHERE side = 'west' AND level = 'county' ORDER BY illustrative, id");
}

/// Western organisations of the unit chosen in the field county_id.
inline QString westernOrganisationsOfUnit()
{
    return QStringLiteral("SELECT o.id, o.name FROM organisations o JOIN place_units pu ON pu.place_id = o.place_id "
                          "WHERE o.side = 'west' AND pu.unit_id = :county_id ORDER BY o.kind, o.name");
}

} // namespace tongxin::arealookups
