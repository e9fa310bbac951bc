#pragma once

#include <QString>

class QWidget;

namespace tongxin {

/// File dialogs behind a seam: a test queues the name the next dialog "returns" and no dialog
/// is shown. In record-only mode (see MessageBox) an unqueued dialog returns an empty name.
class FileDialog final
{
public:
    static QString openFileName(QWidget *parent, const QString &caption, const QString &dir, const QString &filter);
    static QString saveFileName(QWidget *parent, const QString &caption, const QString &dir, const QString &filter);
    /// The name the next dialog returns without being shown (an empty string means "cancelled").
    static void setNextFileName(const QString &fileName);

private:
    static bool takeQueued(QString *fileName);
};

} // namespace tongxin
