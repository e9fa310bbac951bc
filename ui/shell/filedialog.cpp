#include "shell/filedialog.h"

#include "shell/messagebox.h"

#include <QAbstractFileIconProvider>
#include <QCoreApplication>
#include <QFileDialog>
#include <QFileSystemModel>
#include <QIdentityProxyModel>
#include <QLocale>
#include <QMimeDatabase>
#include <optional>

namespace tongxin {

namespace {

/// Icons and types of the files a dialog lists, from their names only. Qt's own provider asks
/// QMimeDatabase, which opens a file to read its first bytes when the name says nothing — as
/// for an open database's -wal and -shm. Closing that descriptor drops every SQLite lock this
/// process holds on the file, and the next program to open the database deletes its live
/// write-ahead log (a save lost; "file is not a database"). So no file is ever opened here.
class NameOnlyIconProvider final : public QAbstractFileIconProvider
{
public:
    QIcon icon(const QFileInfo &info) const override
    {
        return QAbstractFileIconProvider::icon(info.isDir() ? Folder : File);
    }
    QIcon icon(IconType type) const override { return QAbstractFileIconProvider::icon(type); }
    QString type(const QFileInfo &info) const override
    {
        if (info.isDir())
            return QCoreApplication::translate("tongxin::FileDialog", "Folder");
        const QMimeType mime = QMimeDatabase().mimeTypeForFile(info, QMimeDatabase::MatchExtension);
        if (!mime.isDefault())
            return mime.comment();
        return info.suffix().isEmpty() ? QCoreApplication::translate("tongxin::FileDialog", "File")
                                       : QCoreApplication::translate("tongxin::FileDialog", "%1 file")
                                             .arg(info.suffix().toUpper());
    }
};

/// Sizes and dates in the window's language. Qt's file system model writes them in the
/// system's locale ("4 bytes", "2 Dec 2026"), whatever language the window speaks; the dialog's
/// other texts come from Qt's own translation, loaded with the window's (Language::apply).
class LocaleColumns final : public QIdentityProxyModel
{
public:
    using QIdentityProxyModel::QIdentityProxyModel;
    QVariant data(const QModelIndex &index, int role) const override
    {
        const auto *files = qobject_cast<const QFileSystemModel *>(sourceModel());
        if (role != Qt::DisplayRole || !files || (index.column() != SizeColumn && index.column() != DateColumn))
            return QIdentityProxyModel::data(index, role);
        const QModelIndex source = mapToSource(index);
        if (index.column() == SizeColumn)
            return files->isDir(source) ? QString() : QLocale().formattedDataSize(files->size(source));
        return QLocale().toString(files->lastModified(source), QLocale::ShortFormat);
    }

private:
    enum { SizeColumn = 1, DateColumn = 3 }; // QFileSystemModel's columns: name, size, type, date
};

/// Qt's own dialog (a platform's native one would read the files itself), listing by name only.
QString ask(QWidget *parent, const QString &caption, const QString &dir, const QString &filter, bool save)
{
    static NameOnlyIconProvider provider;
    QFileDialog dialog(parent, caption, dir, filter);
    dialog.setOption(QFileDialog::DontUseNativeDialog, true);
    dialog.setIconProvider(&provider);
    dialog.setProxyModel(new LocaleColumns(&dialog));
    dialog.setAcceptMode(save ? QFileDialog::AcceptSave : QFileDialog::AcceptOpen);
    dialog.setFileMode(save ? QFileDialog::AnyFile : QFileDialog::ExistingFile);
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
        return QString();
    return dialog.selectedFiles().constFirst();
}

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
    return ask(parent, caption, dir, filter, false);
}

QString FileDialog::saveFileName(QWidget *parent, const QString &caption, const QString &dir, const QString &filter)
{
    QString name;
    if (takeQueued(&name))
        return name;
    return ask(parent, caption, dir, filter, true);
}

} // namespace tongxin
