#pragma once

// The fixture of the sales import tests: a fresh Tongxin file in a temporary directory with two
// western units, one eastern district, two outlets and two ledger rows; files written there;
// a snapshot of every row of every table (the summary and the schema's triggers included).

#include "common/importdata.h"

#include "consumption/salesfields.h"
#include "consumption/salesimport.h"
#include "db/database.h"
#include "db/schema.h"
#include "i18n/language.h"

#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QtTest>

namespace tongxin::importtest {

class ImportFixture
{
protected:
    QTemporaryDir *m_dir = nullptr;
    Database *m_db = nullptr;
    QString m_file;
    qint64 m_zhuanglang = 0;
    qint64 m_kongtong = 0;
    qint64 m_showroom = 0;
    qint64 m_online = 0;

    QSqlDatabase db() const { return m_db->db(); }
    QString path(const QString &name) const { return m_dir->filePath(name); }
    QString writeCsv(
        const QString &name, const QList<QStringList> &rows, const QString &language = QStringLiteral("zh_CN"))
    {
        const QString p = path(name);
        writeBytes(p, csv(QList<QStringList> { SalesFields::headers(language) } + rows).toUtf8());
        return p;
    }
    SalesImportResult import(
        const QString &file, SalesImportOptions options = SalesImportOptions(), const SalesMapping *mapping = nullptr)
    {
        return SalesImport(db()).runFile(file, QString(), QString(), mapping, options);
    }
    // Every row of every table, the summary and the schema's objects (triggers included).
    QStringList snapshot() const
    {
        QStringList out;
        QStringList tables = Schema::tables();
        tables << QStringLiteral("sales_monthly") << QStringLiteral("sqlite_master");
        for (const QString &table : tables) {
            QSqlQuery q(db());
            const QString order = table == QLatin1String("sales_monthly") ? QStringLiteral("1, 2, 3, 4, 5, 6, 7, 8")
                : table == QLatin1String("sqlite_master")                 ? QStringLiteral("type, name")
                                                                          : QStringLiteral("rowid");
            if (!q.exec(QStringLiteral("SELECT * FROM %1 ORDER BY %2").arg(table, order)))
                return { QStringLiteral("error: ") + q.lastError().text() };
            while (q.next()) {
                QStringList cells { table };
                for (int i = 0; i < q.record().count(); ++i)
                    cells << (q.value(i).isNull() ? QStringLiteral("<null>") : q.value(i).toString());
                out << cells.join(QLatin1Char('|'));
            }
        }
        return out;
    }
    static QProcess *startCli(const QStringList &arguments)
    {
        auto *p = new QProcess;
        p->start(QStringLiteral(TONGXIN_CLI), arguments);
        return p;
    }
    static int runCli(const QStringList &arguments, QString *out = nullptr, QString *err = nullptr)
    {
        QProcess p;
        p.start(QStringLiteral(TONGXIN_CLI), arguments);
        if (!p.waitForFinished(120000) || p.exitStatus() != QProcess::NormalExit)
            return -1;
        if (out)
            *out = QString::fromUtf8(p.readAllStandardOutput());
        if (err)
            *err = QString::fromUtf8(p.readAllStandardError());
        return p.exitCode();
    }

    void setUp()
    {
        Language::apply(QStringLiteral("en"));
        m_dir = new QTemporaryDir;
        QVERIFY(m_dir->isValid());
        m_file = path(QStringLiteral("ledger.tongxin"));
        m_db = new Database;
        OpenError e;
        QVERIFY2(m_db->create(m_file, false, &e), qPrintable(e.message));
        QSqlQuery q(db());
        QVERIFY(q.exec(QStringLiteral("INSERT INTO places(side, level, name, name_en, is_poor) VALUES"
                                      "('west', 'county', '庄浪县', 'Zhuanglang County', 1),"
                                      "('west', 'county', '崆峒区', 'Kongtong District', 0),"
                                      "('east', 'district', '河西区', 'Hexi District', 0)")));
        m_zhuanglang = scalar(db(), QStringLiteral("SELECT id FROM places WHERE name = '庄浪县'"));
        m_kongtong = scalar(db(), QStringLiteral("SELECT id FROM places WHERE name = '崆峒区'"));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO outlets(name, kind) VALUES('河西区消费扶贫馆', 'showroom'), "
                                      "('津甘优品网店', 'online')")));
        m_showroom = scalar(db(), QStringLiteral("SELECT id FROM outlets WHERE kind = 'showroom'"));
        m_online = scalar(db(), QStringLiteral("SELECT id FROM outlets WHERE kind = 'online'"));
        // Two rows already in the ledger.
        QVERIFY(q.exec(QStringLiteral(
            "INSERT INTO sales(sale_date, channel, outlet_id, county_id, category, product, "
            "quantity, unit, amount_fen, buyer_type, source_ref) VALUES"
            "('2019-05-01', 'ecommerce', %1, %2, '水果', '庄浪苹果', 2, '箱', 13600, 'individual', 'OLD-1'),"
            "('2019-05-02', 'outlet', %3, %4, '肉类', '平凉红牛牛肉', 1, '千克', 8800, 'government', NULL)")
                           .arg(m_online)
                           .arg(m_zhuanglang)
                           .arg(m_showroom)
                           .arg(m_kongtong)));
    }

    void tearDown()
    {
        delete m_db;
        m_db = nullptr;
        delete m_dir;
        m_dir = nullptr;
    }
};

} // namespace tongxin::importtest
