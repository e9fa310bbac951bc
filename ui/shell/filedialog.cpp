#include "shell/filedialog.h"

#include "shell/messagebox.h"

#include <QFileDialog>
#include <optional>

namespace tongxin {

namespace {
std::optional<QString> &queued()
{
    static std::optional<QString> next;
    return next;
}
} // namespace

void FileDialog::setNextFileName(const QString &fileName)
{
    queued() = fileName;
}

bool FileDialog::takeQueued(QString *fileName)
{
    if (queued()) {
        *fileName = *queued();
        queued().reset();
        return true;
    }
    if (MessageBox::recordOnly()) {
        fileName->clear();
        return true;
    }
    return false;
}

QString FileDialog::openFileName(QWidget *parent, const QString &caption, const QString &dir, const QString &filter)
{
    QString name;
    if (takeQueued(&name))
        return name;
    return QFileDialog::getOpenFileName(parent, caption, dir, filter);
}

QString FileDialog::saveFileName(QWidget *parent, const QString &caption, const QString &dir, const QString &filter)
{
    QString name;
    if (takeQueued(&name))
        return name;
    return QFileDialog::getSaveFileName(parent, caption, dir, filter);
}

} // namespace tongxin
