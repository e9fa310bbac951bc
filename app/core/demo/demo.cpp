#include "demo/demo.h"

#include "db/database.h"

namespace tongxin {

bool Demo::populate(Database &db, QString *error)
{
    Q_UNUSED(db);
    if (error)
        *error = QStringLiteral("not yet");
    return false;
}

} // namespace tongxin
