#pragma once

#include "areas/areapage.h"

namespace tongxin {

/// Organisation and leadership (组织领导): special working groups, delegation visits both ways
/// and joint meetings.
class OrganisationPage final : public AreaPage
{
    Q_OBJECT
public:
    enum Tab { WorkingGroups, Visits, Meetings };

    explicit OrganisationPage(QWidget *parent = nullptr);

    static AreaTabSpec workingGroupsSpec();
    static AreaTabSpec visitsSpec();
    static AreaTabSpec meetingsSpec();
};

} // namespace tongxin
