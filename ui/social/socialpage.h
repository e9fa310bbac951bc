#pragma once

#include "areas/areapage.h"

#include <QSqlDatabase>
#include <functional>

namespace tongxin {

/// Social aid (社会帮扶): donations in cash and in kind (valued), by donor and recipient, with
/// totals by donor type.
class SocialPage final : public AreaPage
{
    Q_OBJECT
public:
    explicit SocialPage(QWidget *parent = nullptr);

    /// `db` gives the open database to fill a donor's name from the organisation or person chosen.
    static AreaTabSpec donationsSpec(std::function<QSqlDatabase()> db);
};

} // namespace tongxin
