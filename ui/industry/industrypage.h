#pragma once

#include "areas/areapage.h"

namespace tongxin {

/// Industry cooperation (产业合作): eastern enterprises settled in the west, their investment,
/// jobs, registered poor employed, aid workshops and industrial parks.
class IndustryPage final : public AreaPage
{
    Q_OBJECT
public:
    explicit IndustryPage(QWidget *parent = nullptr);

    static AreaTabSpec settlementsSpec();
};

} // namespace tongxin
