#pragma once

#include "funds/fundsquery.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>
#include <QVector>

namespace tongxin {

/// Files attached to a project or to one of its progress updates (photos, scanned
/// agreements), stored in the database (project_attachments) with their name, type and size,
/// so that a backup copy of the file holds them too. Files over MaxBytes are refused.
class Attachments final
{
    Q_DECLARE_TR_FUNCTIONS(Attachments)
public:
    /// The largest file accepted: 20 MB (20 × 1024 × 1024 bytes).
    static constexpr qint64 MaxBytes = 20LL * 1024 * 1024;

    /// Reads a file and stores it for a project (and optionally one of its updates) in one
    /// transaction. The type comes from QMimeDatabase (name and content). Returns the new id,
    /// or 0 with a message in `error` (too big, unreadable, unknown project…); on failure the
    /// database is unchanged.
    static qint64 add(const QSqlDatabase &db, qint64 projectId, const QString &filePath, qint64 updateId = 0,
        QString *error = nullptr);
    /// The same with bytes in memory (pasted images, imports). An empty `mimeType` is guessed
    /// from the name and the bytes.
    static qint64 addData(const QSqlDatabase &db, qint64 projectId, const QString &fileName, const QByteArray &data,
        const QString &mimeType = QString(), qint64 updateId = 0, QString *error = nullptr);

    /// A project's attachments (no bytes), by id.
    static QVector<AttachmentInfo> list(const QSqlDatabase &db, qint64 projectId);
    /// One attachment's metadata; false when there is none with this id.
    static bool info(const QSqlDatabase &db, qint64 attachmentId, AttachmentInfo *out);
    /// The stored bytes.
    static bool fetch(const QSqlDatabase &db, qint64 attachmentId, QByteArray *data, QString *error = nullptr);
    /// Writes the attachment to a temporary file under its own name, for opening with the
    /// system viewer (QDesktopServices::openUrl). The files are removed when the application
    /// ends. Returns the path, or an empty string with a message in `error`.
    static QString saveToTemp(const QSqlDatabase &db, qint64 attachmentId, QString *error = nullptr);
    /// Deletes an attachment in one transaction.
    static bool remove(const QSqlDatabase &db, qint64 attachmentId, QString *error = nullptr);

    /// A size for people: "158 bytes", "1.5 MB".
    static QString sizeText(qint64 bytes);
    /// Why a file of `bytes` is refused, or an empty string when it fits.
    static QString sizeError(const QString &fileName, qint64 bytes);
};

} // namespace tongxin
