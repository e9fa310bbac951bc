#pragma once

#include "areas/areapage.h"

namespace tongxin {

/// Talent (人才交流): secondments both ways, professionals dispatched, guidance, exchange and
/// training activities, and western visitors received, each a tab with its totals and chart.
class TalentPage final : public AreaPage
{
    Q_OBJECT
public:
    enum Tab { Secondments, Dispatches, Trainings, Visitors };

    explicit TalentPage(QWidget *parent = nullptr);

    static AreaTabSpec secondmentsSpec();
    static AreaTabSpec dispatchesSpec();
    static AreaTabSpec trainingsSpec();
    static AreaTabSpec visitorsSpec();
};

} // namespace tongxin
