#pragma once

#include "areas/areapage.h"

namespace tongxin {

/// Labour cooperation (劳务协作): western workers placed in jobs (in Tianjin, within the province,
/// elsewhere), of whom registered poor, with totals by western unit and year.
class LabourPage final : public AreaPage
{
    Q_OBJECT
public:
    explicit LabourPage(QWidget *parent = nullptr);

    static AreaTabSpec placementsSpec();
};

} // namespace tongxin
