// Shared by test_funds (core, command line) and test_funds_ui (widgets): the demo database made
// once per run and copied fresh for each test, and small SQL helpers for independent checks.

#pragma once

#include "db/database.h"
#include "demo/demo.h"
#include "stats/breakdowns.h"

#include <QDebug>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QTemporaryDir>
#include <QVariantMap>

#include <memory>

namespace tongxin::testing {

/// One value of a query with named binds; -1 (and a warning) when it fails.
inline qint64 scalar(const QSqlDatabase &db, const QString &sql, const QVariantMap &binds)
{
    QSqlQuery q(db);
    q.prepare(sql);
    for (auto it = binds.constBegin(); it != binds.constEnd(); ++it)
        q.bindValue(it.key(), it.value());
    if (!q.exec() || !q.next()) {
        qWarning() << "query failed:" << sql << q.lastError().text();
        return -1;
    }
    return q.value(0).toLongLong();
}

/// One value of a query with positional binds; -1 (and a warning) when it fails.
inline qint64 scalar(const QSqlDatabase &db, const QString &sql, const QVariantList &binds = {})
{
    QSqlQuery q(db);
    if (!q.prepare(sql)) {
        qWarning() << "prepare failed:" << sql << q.lastError().text();
        return -1;
    }
    for (const QVariant &v : binds)
        q.addBindValue(v);
    if (!q.exec() || !q.next()) {
        qWarning() << "query failed:" << sql << q.lastError().text();
        return -1;
    }
    return q.value(0).toLongLong();
}

/// The whole state of the money tables, to prove that a refused write changed nothing.
inline QString fingerprint(const QSqlDatabase &db)
{
    QStringList parts;
    for (const char *sql : { "SELECT count(*) FROM project_payments", "SELECT ifnull(sum(amount_fen), 0) FROM project_payments",
             "SELECT ifnull(sum(budget_fen), 0) FROM projects", "SELECT count(*) FROM project_attachments",
             "SELECT ifnull(sum(size_bytes), 0) FROM project_attachments" })
        parts << QString::number(scalar(db, QString::fromLatin1(sql)));
    return parts.join(QLatin1Char('/'));
}

/// Sum of the cells of a row and/or column (an empty key matches all).
inline qint64 sumCells(const QVector<Cell> &cells, const QString &row, const QString &column)
{
    qint64 s = 0;
    for (const Cell &c : cells) {
        if ((row.isEmpty() || c.row == row) && (column.isEmpty() || c.column == column))
            s += c.value;
    }
    return s;
}

/// The demo database made once (Demo::populate), and a fresh copy of it for each test.
class DemoCopies final
{
public:
    /// Settings and data in a home of our own, then the demo. False with a message on failure.
    bool setUp(QString *why)
    {
        if (!m_home.isValid() || !m_dir.isValid()) {
            *why = QStringLiteral("no temporary folder");
            return false;
        }
        qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_home.filePath(QStringLiteral("config"))));
        qputenv("XDG_DATA_HOME", QFile::encodeName(m_home.filePath(QStringLiteral("data"))));
        m_master = m_dir.filePath(QStringLiteral("demo.db"));
        Database master;
        OpenError error;
        if (!master.create(m_master, false, &error)) {
            *why = error.message;
            return false;
        }
        return Demo::populate(master, why);
    }

    /// A new copy of the demo, opened. Null with a message on failure.
    std::unique_ptr<Database> copy(QString *path, QString *why)
    {
        *path = m_dir.filePath(QStringLiteral("copy%1.db").arg(++m_copies));
        {
            Database master;
            if (!master.open(m_master) || !master.backupTo(*path, why))
                return nullptr;
        }
        auto db = std::make_unique<Database>();
        if (!db->open(*path)) {
            *why = QStringLiteral("the copy does not open");
            return nullptr;
        }
        return db;
    }

    QString filePath(const QString &name) const { return m_dir.filePath(name); }

private:
    QTemporaryDir m_home;
    QTemporaryDir m_dir;
    QString m_master;
    int m_copies = 0;
};

} // namespace tongxin::testing
