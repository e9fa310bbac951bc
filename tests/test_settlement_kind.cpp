// Schema version 3 (issue #11): enterprise_settlements.kind tells a new settlement from an
// expansion (二期扩产). A version-2 file made here is upgraded on a read-write open: a copy is
// kept, every row stays as it was and the flag is inferred from the enterprise's earlier
// settlements; new files get the column with its default and its CHECK; the code has names and
// the export shows them.

#include "common/dbfilefixture.h"
#include "db/database.h"
#include "domain/labels.h"
#include "export/csvexporter.h"
#include "export/tables.h"

#include <QBuffer>
#include <QTemporaryDir>
#include <QtTest>

using namespace tongxin;
using namespace dbfiletest;

namespace {

// Every settlement of the v2 file, as "id|org|year|investment|jobs|notes", in id order.
const char *const SettlementColumns = "id || '|' || org_id || '|' || year || '|' || investment_fen || '|' || jobs "
                                      "|| '|' || ifnull(notes, '')";

QStringList rows(const QSqlDatabase &db, const QString &select)
{
    QStringList out;
    QSqlQuery q(db);
    if (!q.exec(select))
        return { q.lastError().text() };
    while (q.next())
        out << q.value(0).toString();
    return out;
}

QStringList rawRows(const QString &path, const QString &select)
{
    const QString name = QStringLiteral("raw-settlement-kind");
    QStringList out;
    {
        QSqlDatabase d = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        d.setDatabaseName(path);
        d.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (d.open())
            out = rows(d, select);
        d.close();
    }
    QSqlDatabase::removeDatabase(name);
    return out;
}

QStringList script(const QString &resource)
{
    QFile f(resource);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return Schema::splitStatements(QString::fromUtf8(f.readAll()));
}

// A file as Tongxin wrote it at schema version 2: the v1 script, the v2 migration, and
// settlements of three enterprises in an order where ids and years disagree.
bool makeV2(const QString &path)
{
    QStringList sql = script(QStringLiteral(":/sql/schema_v1.sql"));
    sql << script(QStringLiteral(":/sql/migrate_v2.sql"));
    if (sql.size() < 10)
        return false;
    sql << QStringLiteral("PRAGMA application_id = %1").arg(Schema::ApplicationId)
        << QStringLiteral("PRAGMA user_version = 2")
        << QStringLiteral("INSERT INTO places(id, side, level, name, is_poor) VALUES (1, 'east', 'district', '河西区', 0)")
        << QStringLiteral("INSERT INTO places(id, side, level, name, name_en, is_poor) "
                          "VALUES (10, 'west', 'county', '庄浪县', 'Zhuanglang County', 1)")
        << QStringLiteral("INSERT INTO organisations(id, side, kind, name, place_id) VALUES (20, 'east', 'enterprise', '甲公司', 1)")
        << QStringLiteral("INSERT INTO organisations(id, side, kind, name, place_id) VALUES (21, 'east', 'enterprise', '乙公司', 1)")
        << QStringLiteral("INSERT INTO organisations(id, side, kind, name, place_id) VALUES (22, 'east', 'enterprise', '丙公司', 1)");
    // id, org, year: 甲 settles in 2017 (id 7), expands 2018 (id 1) and 2019 (id 2); 乙 settles and
    // expands in one year (ids 3, 4); 丙 settles in 2018 (id 6) and expands in 2020 (id 5).
    const QList<QVector<int>> settlements = { { 1, 20, 2018 }, { 2, 20, 2019 }, { 3, 21, 2019 }, { 4, 21, 2019 },
        { 5, 22, 2020 }, { 6, 22, 2018 }, { 7, 20, 2017 } };
    for (const QVector<int> &s : settlements)
        sql << QStringLiteral("INSERT INTO enterprise_settlements(id, org_id, county_id, industry, year, "
                              "investment_fen, jobs, poor_employed, notes) "
                              "VALUES (%1, %2, 10, '食品加工', %3, %4, %5, 1, %6)")
                   .arg(s[0])
                   .arg(s[1])
                   .arg(s[2])
                   .arg(qint64(s[0]) * 1000000)
                   .arg(10 + s[0])
                   .arg(s[0] == 1 ? QStringLiteral("'二期扩产'") : QStringLiteral("NULL"));
    return rawExec(path, sql);
}

const QStringList ExpectedKinds = { "1|expansion", "2|expansion", "3|new", "4|expansion", "5|expansion", "6|new",
    "7|new" };

} // namespace

class TestSettlementKind : public QObject
{
    Q_OBJECT

private slots:
    void upgradesVersion2File();
    void readOnlyOpenLeavesFileAlone();
    void newFileHasKind();
    void labelsAndExport();

private:
    QString path(const QString &name) const { return m_dir.filePath(name); }
    QTemporaryDir m_dir;
};

void TestSettlementKind::upgradesVersion2File()
{
    const QString file = path(QStringLiteral("v2.db"));
    QVERIFY(makeV2(file));
    QCOMPARE(rawScalar(file, QStringLiteral("PRAGMA user_version")), qint64(2));
    const QString select = QStringLiteral("SELECT %1 FROM enterprise_settlements ORDER BY id").arg(SettlementColumns);
    const QStringList before = rawRows(file, select);
    QCOMPARE(before.size(), 7);
    const qint64 organisations = rawScalar(file, QStringLiteral("SELECT count(*) FROM organisations"));

    {
        Database db;
        OpenError error;
        QVERIFY2(db.open(file, &error), qPrintable(error.message));
        // The copy kept before the upgrade is the version-2 file with all its rows.
        QVERIFY(db.upgradeCopy().contains(QLatin1String(".v2-")));
        QVERIFY(db.upgradeCopy().endsWith(QLatin1String(".bak")));
        QCOMPARE(rawScalar(db.upgradeCopy(), QStringLiteral("PRAGMA user_version")), qint64(2));
        QCOMPARE(rawRows(db.upgradeCopy(), select), before);

        QCOMPARE(rows(db.db(), QStringLiteral("PRAGMA user_version")), QStringList { QString::number(Schema::Version) });
        QCOMPARE(rows(db.db(), select), before);
        QCOMPARE(rows(db.db(), QStringLiteral("SELECT id || '|' || kind FROM enterprise_settlements ORDER BY id")),
            ExpectedKinds);
        QCOMPARE(rows(db.db(), QStringLiteral("SELECT count(*) FROM organisations")),
            QStringList { QString::number(organisations) });
        QCOMPARE(rows(db.db(), QStringLiteral("PRAGMA integrity_check")), QStringList { QStringLiteral("ok") });
        QCOMPARE(rows(db.db(), QStringLiteral("PRAGMA foreign_key_check")), QStringList());

        // The condition reported for the headline figures: one 'new' row per enterprise here.
        QCOMPARE(rows(db.db(),
                     QStringLiteral("SELECT count(DISTINCT org_id) FROM enterprise_settlements WHERE kind = 'new'")),
            QStringList { QStringLiteral("3") });
        QCOMPARE(rows(db.db(), QStringLiteral("SELECT count(*) FROM enterprise_settlements WHERE kind = 'expansion'")),
            QStringList { QStringLiteral("4") });
    }
    // Opened again: nothing left to upgrade, no second copy.
    Database again;
    QVERIFY(again.open(file));
    QVERIFY(again.upgradeCopy().isEmpty());
}

void TestSettlementKind::readOnlyOpenLeavesFileAlone()
{
    const QString file = path(QStringLiteral("v2-ro.db"));
    QVERIFY(makeV2(file));
    const QByteArray hash = fileHash(file);
    {
        Database db;
        OpenError error;
        QVERIFY2(db.open(file, &error, Database::Access::ReadOnly), qPrintable(error.message));
        // Read through an upgraded snapshot: the flags are there, the file is not touched.
        QCOMPARE(rows(db.db(), QStringLiteral("SELECT id || '|' || kind FROM enterprise_settlements ORDER BY id")),
            ExpectedKinds);
    }
    QCOMPARE(fileHash(file), hash);
    QCOMPARE(rawScalar(file, QStringLiteral("PRAGMA user_version")), qint64(2));
}

void TestSettlementKind::newFileHasKind()
{
    Database db;
    QVERIFY(db.create(path(QStringLiteral("new.db"))));
    QSqlDatabase d = db.db();
    QSqlQuery q(d);
    QVERIFY(q.exec(QStringLiteral("INSERT INTO places(id, side, level, name) VALUES (1, 'east', 'district', '河西区')")));
    QVERIFY(q.exec(QStringLiteral("INSERT INTO places(id, side, level, name) VALUES (10, 'west', 'county', '庄浪县')")));
    QVERIFY(q.exec(QStringLiteral(
        "INSERT INTO organisations(id, side, kind, name, place_id) VALUES (20, 'east', 'enterprise', '甲公司', 1)")));
    QVERIFY(q.exec(QStringLiteral("INSERT INTO enterprise_settlements(id, org_id, county_id, year) VALUES (1, 20, 10, 2019)")));
    QVERIFY(q.exec(QStringLiteral(
        "INSERT INTO enterprise_settlements(id, org_id, county_id, year, kind) VALUES (2, 20, 10, 2020, 'expansion')")));
    QVERIFY(!q.exec(QStringLiteral(
        "INSERT INTO enterprise_settlements(id, org_id, county_id, year, kind) VALUES (3, 20, 10, 2020, 'other')")));
    QVERIFY(!q.exec(QStringLiteral(
        "INSERT INTO enterprise_settlements(id, org_id, county_id, year, kind) VALUES (4, 20, 10, 2020, NULL)")));
    QCOMPARE(rows(d, QStringLiteral("SELECT id || '|' || kind FROM enterprise_settlements ORDER BY id")),
        (QStringList { "1|new", "2|expansion" }));
}

void TestSettlementKind::labelsAndExport()
{
    QCOMPARE(Labels::codes(Labels::Domain::SettlementKind), (QStringList { "new", "expansion" }));
    QCOMPARE(Labels::text(Labels::Domain::SettlementKind, QStringLiteral("new")), QStringLiteral("New"));
    QCOMPARE(Labels::text(Labels::Domain::SettlementKind, QStringLiteral("expansion")), QStringLiteral("Expansion"));
    QCOMPARE(Labels::codeFor(Labels::Domain::SettlementKind, QStringLiteral("Expansion")), QStringLiteral("expansion"));

    const QString file = path(QStringLiteral("v2-export.db"));
    QVERIFY(makeV2(file));
    Database db;
    QVERIFY(db.open(file));
    auto source = ExportTables::source(db.db(), QStringLiteral("enterprises"), Filter {});
    QVERIFY(source);
    QBuffer buffer;
    QVERIFY(buffer.open(QIODevice::WriteOnly));
    CsvExporter csv;
    QVERIFY2(csv.write(*source, &buffer), qPrintable(csv.errorString()));
    const QString text = QString::fromUtf8(buffer.data());
    const QStringList lines = text.split(QRegularExpression(QStringLiteral("\r?\n")), Qt::SkipEmptyParts);
    const int header = int(std::find_if(lines.cbegin(), lines.cend(),
                                [](const QString &l) { return l.contains(QLatin1String("Enterprise,Kind,")); })
        - lines.cbegin());
    QVERIFY2(header < lines.size(), qPrintable(text));
    // 甲公司's first settlement (2017) is new, its 2018 one an expansion.
    QVERIFY2(text.contains(QStringLiteral("甲公司,New,")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("甲公司,Expansion,")), qPrintable(text));
    QCOMPARE(text.count(QStringLiteral(",Expansion,")), 4);
}

QTEST_GUILESS_MAIN(TestSettlementKind)
#include "test_settlement_kind.moc"
