#pragma once

// Shared by test_areas (queries and rules) and test_areas_pages (the pages): settings in a home
// of their own, the demo database made once, and a fresh copy of it for each test.

#include "areas/areafilter.h"
#include "db/database.h"
#include "demo/demo.h"
#include "i18n/language.h"
#include "records/recordactions.h"
#include "records/recordcommands.h"
#include "shell/application.h"
#include "shell/messagebox.h"
#include "stats/breakdowns.h"

#include <QFile>
#include <QSettings>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QVariant>
#include <QVector>
#include <QtDebug>

#include <memory>

namespace areastest {

struct Fixture
{
    QTemporaryDir home;
    QString demoTemplate;
    std::unique_ptr<QTemporaryDir> dir;
    std::unique_ptr<tongxin::Database> db;
    QVector<qint64> units; ///< the three western units of the demo

    /// initTestCase(): English, messages recorded, the demo made once.
    bool setUp()
    {
        using namespace tongxin;
        Application::configure();
        if (!home.isValid())
            return false;
        qputenv("XDG_CONFIG_HOME", QFile::encodeName(home.filePath(QStringLiteral("config"))));
        qputenv("XDG_DATA_HOME", QFile::encodeName(home.filePath(QStringLiteral("data"))));
        QSettings().clear();
        MessageBox::setRecordOnly(true);
        if (!Language::apply(QStringLiteral("en")))
            return false;
        demoTemplate = home.filePath(QStringLiteral("demo.db"));
        Database demo;
        QString error;
        if (!demo.create(demoTemplate) || !Demo::populate(demo, &error)) {
            qWarning() << error;
            return false;
        }
        for (const Unit &u : Breakdowns::westernUnits(demo.db()))
            units << u.id;
        return units.size() == 3;
    }

    /// init(): a fresh copy of the demo.
    bool copy()
    {
        tongxin::undoStack()->clear();
        tongxin::MessageBox::clearRecorded();
        dir = std::make_unique<QTemporaryDir>();
        const QString path = dir->filePath(QStringLiteral("demo.db"));
        if (!QFile::copy(demoTemplate, path))
            return false;
        db = std::make_unique<tongxin::Database>();
        return db->open(path);
    }

    /// cleanup()
    void tearDown()
    {
        tongxin::RecordActions::setDialogDriver(nullptr);
        tongxin::undoStack()->clear();
        db.reset();
        dir.reset();
        tongxin::Language::apply(QStringLiteral("en"));
    }
};

/// One number from independent SQL (totals of REAL columns rounded down), -1 on error.
inline qint64 scalar(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql) || !q.next()) {
        qWarning() << sql << q.lastError().text();
        return -1;
    }
    return qint64(q.value(0).toDouble());
}

inline tongxin::AreaFilter filterOf(int year, qint64 county)
{
    tongxin::AreaFilter f;
    f.year = year;
    f.countyId = county;
    return f;
}

} // namespace areastest
