#include "funds/attachments.h"

#include "accounts/access.h"
#include "db/dberror.h"
#include "db/openfiles.h"
#include "db/transaction.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QMimeDatabase>
#include <QSaveFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QVariant>

namespace tongxin {

namespace {

void setError(QString *error, const QString &message)
{
    if (error)
        *error = message;
}

bool projectExists(const QSqlDatabase &db, qint64 projectId)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT 1 FROM projects WHERE id = :id"));
    q.bindValue(QStringLiteral(":id"), projectId);
    return q.exec() && q.next();
}

bool updateOfProject(const QSqlDatabase &db, qint64 updateId, qint64 projectId)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT 1 FROM project_updates WHERE id = :id AND project_id = :project"));
    q.bindValue(QStringLiteral(":id"), updateId);
    q.bindValue(QStringLiteral(":project"), projectId);
    return q.exec() && q.next();
}

// A name that is safe as one path component: no directories, no leading dot.
QString safeFileName(const QString &name, qint64 id)
{
    QString n = QFileInfo(QString(name).replace(QLatin1Char('\\'), QLatin1Char('/'))).fileName();
    n.replace(QLatin1Char(':'), QLatin1Char('_'));
    while (n.startsWith(QLatin1Char('.')))
        n.remove(0, 1);
    return n.trimmed().isEmpty() ? QStringLiteral("attachment-%1").arg(id) : n;
}

QTemporaryDir &tempDir()
{
    // Lives until the application ends; its destructor removes the files.
    static QTemporaryDir dir(QDir::tempPath() + QStringLiteral("/tongxin-attachments-XXXXXX"));
    return dir;
}

} // namespace

QString Attachments::sizeText(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

QString Attachments::sizeError(const QString &fileName, qint64 bytes)
{
    if (bytes <= MaxBytes)
        return {};
    const QLocale locale;
    return tr("The file “%1” is too large to attach: it is %2 (%3 bytes), and an attachment can be at most %4 "
              "(%5 bytes). Reduce it (a smaller scan or photo) or split it, and attach it again.")
        .arg(fileName, sizeText(bytes), locale.toString(bytes), sizeText(MaxBytes), locale.toString(MaxBytes));
}

qint64 Attachments::add(const QSqlDatabase &db, qint64 projectId, const QString &filePath, qint64 updateId,
    QString *error)
{
    const QFileInfo fi(filePath);
    if (!fi.exists() || !fi.isFile()) {
        setError(error, tr("The file %1 does not exist.").arg(QDir::toNativeSeparators(filePath)));
        return 0;
    }
    // Refuse by size before reading anything into memory.
    const QString tooBig = sizeError(fi.fileName(), fi.size());
    if (!tooBig.isEmpty()) {
        setError(error, tooBig);
        return 0;
    }
    // A database open in this process is never read by other means than SQLite (closing the
    // descriptor would drop the process's locks on it; see OpenFiles).
    if (OpenFiles::contains(filePath)) {
        setError(error, tr("The file %1 is an open database; it cannot be attached.").arg(QDir::toNativeSeparators(filePath)));
        return 0;
    }
    QFile file(filePath);
    if (!file.open(QIODevice::ReadOnly)) {
        setError(error, tr("The file %1 could not be read: %2").arg(QDir::toNativeSeparators(filePath), file.errorString()));
        return 0;
    }
    const QByteArray data = file.read(MaxBytes + 1); // a file that grew meanwhile is still caught
    if (file.error() != QFileDevice::NoError) {
        setError(error, tr("The file %1 could not be read: %2").arg(QDir::toNativeSeparators(filePath), file.errorString()));
        return 0;
    }
    const QString type = QMimeDatabase().mimeTypeForFileNameAndData(fi.fileName(), data).name();
    return addData(db, projectId, fi.fileName(), data, type, updateId, error);
}

qint64 Attachments::addData(const QSqlDatabase &db, qint64 projectId, const QString &fileName, const QByteArray &data,
    const QString &mimeType, qint64 updateId, QString *error)
{
    const QString name = safeFileName(fileName, 0);
    const QString tooBig = sizeError(name, data.size());
    if (!tooBig.isEmpty()) {
        setError(error, tooBig);
        return 0;
    }
    if (!projectExists(db, projectId)) {
        setError(error, tr("There is no project number %1 to attach the file to.").arg(projectId));
        return 0;
    }
    if (updateId > 0 && !updateOfProject(db, updateId, projectId)) {
        setError(error, tr("The progress update %1 does not belong to the project %2.").arg(updateId).arg(projectId));
        return 0;
    }
    const QString type = mimeType.isEmpty() ? QMimeDatabase().mimeTypeForFileNameAndData(name, data).name() : mimeType;

    Transaction t(db);
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO project_attachments (project_id, update_id, file_name, mime_type, size_bytes,"
                             " data, added_at) VALUES (:project, :update, :name, :type, :size, :data, :at)"));
    q.bindValue(QStringLiteral(":project"), projectId);
    q.bindValue(QStringLiteral(":update"), updateId > 0 ? QVariant(updateId) : QVariant(QMetaType(QMetaType::LongLong)));
    q.bindValue(QStringLiteral(":name"), name);
    q.bindValue(QStringLiteral(":type"), type);
    q.bindValue(QStringLiteral(":size"), qint64(data.size()));
    // An empty QByteArray binds as NULL; the column is NOT NULL, so bind an empty blob as such.
    q.bindValue(QStringLiteral(":data"), data.isNull() ? QByteArray("") : data);
    q.bindValue(QStringLiteral(":at"), QDateTime::currentDateTime().toString(Qt::ISODate));
    if (!q.exec()) {
        setError(error, DbError::describe(q.lastError()));
        return 0;
    }
    const qint64 id = q.lastInsertId().toLongLong();
    if (const QString refused = Access::recordRefusal(db, QStringLiteral("project_attachments"), id); !refused.isEmpty()) {
        setError(error, refused);
        return 0;
    }
    if (!t.commit()) {
        setError(error, t.lastError());
        return 0;
    }
    return id;
}

QVector<AttachmentInfo> Attachments::list(const QSqlDatabase &db, qint64 projectId)
{
    QVector<AttachmentInfo> out;
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT id, project_id, ifnull(update_id, 0), file_name, mime_type, size_bytes, added_at"
                             " FROM project_attachments WHERE project_id = :id ORDER BY id"));
    q.bindValue(QStringLiteral(":id"), projectId);
    if (!q.exec())
        return out;
    while (q.next())
        out.push_back(AttachmentInfo { q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toLongLong(),
            q.value(3).toString(), q.value(4).toString(), q.value(5).toLongLong(), q.value(6).toString() });
    return out;
}

bool Attachments::info(const QSqlDatabase &db, qint64 attachmentId, AttachmentInfo *out)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT id, project_id, ifnull(update_id, 0), file_name, mime_type, size_bytes, added_at"
                             " FROM project_attachments WHERE id = :id"));
    q.bindValue(QStringLiteral(":id"), attachmentId);
    if (!q.exec() || !q.next())
        return false;
    *out = AttachmentInfo { q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toLongLong(),
        q.value(3).toString(), q.value(4).toString(), q.value(5).toLongLong(), q.value(6).toString() };
    return true;
}

bool Attachments::fetch(const QSqlDatabase &db, qint64 attachmentId, QByteArray *data, QString *error)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT data FROM project_attachments WHERE id = :id"));
    q.bindValue(QStringLiteral(":id"), attachmentId);
    if (!q.exec()) {
        setError(error, DbError::describe(q.lastError()));
        return false;
    }
    if (!q.next()) {
        setError(error, tr("The attachment %1 no longer exists.").arg(attachmentId));
        return false;
    }
    *data = q.value(0).toByteArray();
    return true;
}

QString Attachments::saveToTemp(const QSqlDatabase &db, qint64 attachmentId, QString *error)
{
    AttachmentInfo meta;
    QByteArray data;
    if (!info(db, attachmentId, &meta)) {
        setError(error, tr("The attachment %1 no longer exists.").arg(attachmentId));
        return {};
    }
    if (!fetch(db, attachmentId, &data, error))
        return {};
    if (!tempDir().isValid()) {
        setError(error, tr("No temporary folder could be created: %1").arg(tempDir().errorString()));
        return {};
    }
    // One folder per attachment keeps its own name, even when two share a name.
    const QString folder = tempDir().filePath(QString::number(attachmentId));
    if (!QDir().mkpath(folder)) {
        setError(error, tr("The folder %1 could not be created.").arg(QDir::toNativeSeparators(folder)));
        return {};
    }
    const QString path = folder + QLatin1Char('/') + safeFileName(meta.fileName, attachmentId);
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly) || out.write(data) != data.size() || !out.commit()) {
        setError(error, tr("The file %1 could not be written: %2").arg(QDir::toNativeSeparators(path), out.errorString()));
        return {};
    }
    return path;
}

bool Attachments::remove(const QSqlDatabase &db, qint64 attachmentId, QString *error)
{
    Transaction t(db);
    if (const QString refused = Access::recordRefusal(db, QStringLiteral("project_attachments"), attachmentId); !refused.isEmpty()) {
        setError(error, refused);
        return false;
    }
    QSqlQuery q(db);
    q.prepare(QStringLiteral("DELETE FROM project_attachments WHERE id = :id"));
    q.bindValue(QStringLiteral(":id"), attachmentId);
    if (!q.exec()) {
        setError(error, DbError::describe(q.lastError()));
        return false;
    }
    if (q.numRowsAffected() != 1) {
        setError(error, tr("The attachment %1 no longer exists.").arg(attachmentId));
        return false;
    }
    if (!t.commit()) {
        setError(error, t.lastError());
        return false;
    }
    return true;
}

} // namespace tongxin
