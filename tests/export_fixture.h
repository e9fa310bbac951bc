#pragma once

// Shared by test_export and test_export_views: settings in a home of their own, English,
// messages recorded, and the demo database with 庄浪县's id.

#include "db/database.h"
#include "demo/demo.h"
#include "i18n/language.h"
#include "shell/messagebox.h"
#include "stats/breakdowns.h"

#include <QFile>
#include <QFileInfo>
#include <QObject>
#include <QSettings>
#include <QSqlError>
#include <QSqlQuery>
#include <QtDebug>
#include <QVariant>
#include <QTemporaryDir>
#include <QtTest>

/// A number from SQL written here apart from the code under test.
inline qint64 scalar(const QSqlDatabase &db, const QString &sql, const QVariantList &binds = {})
{
    QSqlQuery q(db);
    q.prepare(sql);
    for (const QVariant &v : binds)
        q.addBindValue(v);
    if (!q.exec() || !q.next()) {
        qWarning() << sql << q.lastError().text();
        return -1;
    }
    return q.value(0).toLongLong();
}

class ExportTestBase : public QObject
{
protected:
    /// initTestCase()
    void setUpDemo()
    {
        QVERIFY(m_home.isValid());
        qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_home.filePath(QStringLiteral("config"))));
        qputenv("XDG_DATA_HOME", QFile::encodeName(m_home.filePath(QStringLiteral("data"))));
        QSettings().clear();
        tongxin::MessageBox::setRecordOnly(true);
        QVERIFY(tongxin::Language::apply(QStringLiteral("en")));
        QVERIFY(m_dir.isValid());
        tongxin::OpenError error;
        QVERIFY2(m_db.create(m_dir.filePath(QStringLiteral("demo.tongxin")), false, &error), qPrintable(error.message));
        QString why;
        QVERIFY2(tongxin::Demo::populate(m_db, &why), qPrintable(why));
        m_zhuanglang = tongxin::Breakdowns::findUnit(m_db.db(), QStringLiteral("庄浪县"));
        QVERIFY(m_zhuanglang > 0);
        QVERIFY2(QFileInfo::exists(QStringLiteral("/usr/bin/python3")), "openpyxl is read through /usr/bin/python3");
    }
    /// cleanup()
    void reset()
    {
        tongxin::Language::apply(QStringLiteral("en"));
        tongxin::MessageBox::clearRecorded();
        QSettings().clear(); // lists remember their column order
    }

    QTemporaryDir m_home;
    QTemporaryDir m_dir;
    tongxin::Database m_db;
    qint64 m_zhuanglang = 0;
};
