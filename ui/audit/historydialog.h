#pragma once

#include <QDialog>

namespace tongxin {

class Database;

/// A record's history: every change the audit trail holds for it, newest first, with who made
/// it and the values before and after. Opened from a list (right-click ▸ History…, Ctrl+H).
class HistoryDialog final : public QDialog
{
    Q_OBJECT
public:
    HistoryDialog(Database *db, const QString &table, qint64 id, QWidget *parent = nullptr);
};

} // namespace tongxin
