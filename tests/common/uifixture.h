#pragma once

// Shared by test_ui (the window and the dashboard) and test_ui_files (the File menu and the
// files it opens): settings and the demo file in a home of their own, English, messages
// recorded, and for each test an office database with two western units, projects, payments
// and one sale.

#include "db/database.h"
#include "db/transaction.h"
#include "i18n/language.h"
#include "shell/application.h"
#include "shell/mainwindow.h"
#include "shell/messagebox.h"
#include "shell/page.h"

#include <QFile>
#include <QLabel>
#include <QSettings>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtDebug>

#include <memory>

namespace uitest {

constexpr qint64 Paid2018 = 12345600; // 123,456.00 yuan, county 10
constexpr qint64 Paid2019 = 500000000; // 5,000,000.00 yuan, county 20
constexpr qint64 Sales2018 = 8800000; // 88,000.00 yuan

inline const char *const Rows[] = {
    "INSERT INTO settings (key, value) VALUES ('office_name', '河西区合作交流办公室')",
    "INSERT INTO places (id, side, level, name, name_en, is_poor) VALUES "
    "(10, 'west', 'county', '庄浪县', 'Zhuanglang County', 1)",
    "INSERT INTO places (id, side, level, name, name_en, is_poor) VALUES "
    "(20, 'west', 'county', '崆峒区', 'Kongtong District', 1)",
    "INSERT INTO projects (id, name, year, county_id, category, budget_fen, status) VALUES "
    "(1, '马铃薯加工车间', 2018, 10, 'industry', 20000000, 'completed')",
    "INSERT INTO project_payments (project_id, pay_date, amount_fen) VALUES (1, '2018-06-01', 12345600)",
    "INSERT INTO projects (id, name, year, county_id, category, budget_fen, status) VALUES "
    "(2, '安全饮水工程', 2019, 20, 'drinking_water', 600000000, 'under_construction')",
    "INSERT INTO project_payments (project_id, pay_date, amount_fen) VALUES (2, '2019-03-01', 500000000)",
    "INSERT INTO sales (sale_date, channel, county_id, product, amount_fen) VALUES "
    "('2018-07-15', 'outlet', 10, '庄浪苹果', 8800000)",
};

inline tongxin::Page *dash(const tongxin::MainWindow &w)
{
    return w.page(QStringLiteral("dashboard"));
}

/// The text of a dashboard tile's value.
inline QString valueText(const tongxin::MainWindow &w, const char *key)
{
    const auto *label = dash(w)->findChild<QLabel *>(QStringLiteral("value_") + QLatin1String(key));
    return label ? label->text() : QStringLiteral("<no tile %1>").arg(QLatin1String(key));
}

struct Fixture
{
    QTemporaryDir home;
    std::unique_ptr<QTemporaryDir> dir;
    QString path; ///< the office database of this test

    /// initTestCase(): settings and the demo file in a home of our own (QStandardPaths' test
    /// mode would share ~/.qttest with every other Tongxin test running at the same time).
    bool setUp()
    {
        tongxin::Application::configure();
        if (!home.isValid())
            return false;
        qputenv("XDG_CONFIG_HOME", QFile::encodeName(home.filePath(QStringLiteral("config"))));
        qputenv("XDG_DATA_HOME", QFile::encodeName(home.filePath(QStringLiteral("data"))));
        if (!tongxin::MainWindow::demoPath().startsWith(home.path()))
            return false;
        QSettings().clear();
        tongxin::MessageBox::setRecordOnly(true);
        return tongxin::Language::apply(QStringLiteral("en"));
    }

    /// init(): no settings, no messages, a fresh folder with office.db.
    bool fresh()
    {
        QSettings().clear();
        tongxin::MessageBox::setRecordOnly(true);
        tongxin::MessageBox::clearRecorded();
        dir = std::make_unique<QTemporaryDir>();
        if (!dir->isValid())
            return false;
        path = makeDatabase(QStringLiteral("office.db"));
        return !path.isEmpty();
    }

    /// cleanup()
    void tearDown()
    {
        tongxin::Language::apply(QStringLiteral("en"));
        dir.reset();
    }

    /// A database `name` in the test's folder with the rows above.
    QString makeDatabase(const QString &name) const
    {
        const QString file = dir->filePath(name);
        tongxin::Database db;
        tongxin::OpenError error;
        if (!db.create(file, false, &error)) {
            qWarning() << error.message;
            return {};
        }
        tongxin::Transaction t(db.db());
        QSqlQuery q(db.db());
        for (const char *sql : Rows) {
            if (!q.exec(QString::fromUtf8(sql))) {
                qWarning() << sql << q.lastError().text();
                return {};
            }
        }
        return t.commit() ? file : QString();
    }
};

} // namespace uitest
