// `tongxin-cli import --table` (issue #13), run as a process: every register's own export imports
// back as already present in either language and format; the exports of the demo rebuild an empty
// database register by register; a file with each kind of bad row is refused with every problem
// named and leaves the database byte-identical; --skip-invalid, places written as paths, the
// template, and the usage errors.

#include "common/dbfilefixture.h"

#include "export/tabledata.h"
#include "export/xlsxexporter.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace tongxin;

namespace {

using dbfiletest::fileHash;
using dbfiletest::Result;
using dbfiletest::runCli;

QJsonObject json(const Result &r)
{
    return QJsonDocument::fromJson(r.out.toUtf8()).object();
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

// The export tables and the registers they import into, in the order records refer to each other.
const QVector<QPair<QString, QString>> &exportsInOrder()
{
    static const QVector<QPair<QString, QString>> list = {
        { QStringLiteral("places"), QStringLiteral("places") },
        { QStringLiteral("organisations"), QStringLiteral("organisations") },
        { QStringLiteral("people"), QStringLiteral("people") },
        { QStringLiteral("households"), QStringLiteral("households") },
        { QStringLiteral("pairings"), QStringLiteral("pairings") },
        { QStringLiteral("projects"), QStringLiteral("projects") },
        { QStringLiteral("allocations"), QStringLiteral("fund_allocations") },
        { QStringLiteral("payments"), QStringLiteral("project_payments") },
        { QStringLiteral("project_updates"), QStringLiteral("project_updates") },
        { QStringLiteral("trainings"), QStringLiteral("trainings") },
        { QStringLiteral("secondments"), QStringLiteral("secondments") },
        { QStringLiteral("dispatches"), QStringLiteral("professional_dispatches") },
        { QStringLiteral("placements"), QStringLiteral("labour_placements") },
        { QStringLiteral("enterprises"), QStringLiteral("enterprise_settlements") },
        { QStringLiteral("donations"), QStringLiteral("donations") },
        { QStringLiteral("visits"), QStringLiteral("visits") },
        { QStringLiteral("events"), QStringLiteral("events") },
        { QStringLiteral("outlets"), QStringLiteral("outlets") },
        { QStringLiteral("meetings"), QStringLiteral("meetings") },
        { QStringLiteral("working_groups"), QStringLiteral("working_groups") },
        { QStringLiteral("visitors_received"), QStringLiteral("visitors_received") },
        { QStringLiteral("livestream_sessions"), QStringLiteral("livestream_sessions") },
        { QStringLiteral("livestream_talents"), QStringLiteral("livestream_talents") },
    };
    return list;
}

} // namespace

class TestRegisterImport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void everyExportImportsBackAsPresent_data();
    void everyExportImportsBackAsPresent();
    void exportsRebuildAnEmptyDatabase();
    void badRowsAreRefusedAndNamed();
    void skipInvalidWritesTheGoodRows();
    void templateAndUsage();
    void twoImportsAtOnceAddOnce();
    void hostileFilesChangeNothing();
    void officeWorkbookRebuildsTheDemo();
    void refusedWorkbookWritesNothing();
    void killedImportLosesNothing();

private:
    QString path(const QString &name) const { return m_dir.filePath(name); }

    QTemporaryDir m_dir;
    QString m_demo;
};

void TestRegisterImport::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_demo = path(QStringLiteral("demo.tongxin"));
    const Result r = runCli({ QStringLiteral("demo"), m_demo });
    QVERIFY2(r.code == 0, qPrintable(r.err));
}

void TestRegisterImport::everyExportImportsBackAsPresent_data()
{
    QTest::addColumn<QString>("exported");
    QTest::addColumn<QString>("table");
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("lang");
    for (const auto &[exported, table] : exportsInOrder()) {
        QTest::newRow(qPrintable(exported + QStringLiteral(" en csv"))) << exported << table
                                                                        << exported + QStringLiteral("-en.csv") << "en";
        QTest::newRow(qPrintable(exported + QStringLiteral(" zh xlsx")))
            << exported << table << exported + QStringLiteral("-zh.xlsx") << "zh_CN";
    }
}

void TestRegisterImport::everyExportImportsBackAsPresent()
{
    QFETCH(QString, exported);
    QFETCH(QString, table);
    QFETCH(QString, file);
    QFETCH(QString, lang);
    const Result e = runCli({ QStringLiteral("export"), m_demo, QStringLiteral("--table"), exported,
        QStringLiteral("--lang"), lang, QStringLiteral("-o"), path(file) });
    QVERIFY2(e.code == 0, qPrintable(e.err));
    const QByteArray before = fileHash(m_demo);
    const Result r = runCli({ QStringLiteral("import"), m_demo, QStringLiteral("--table"), table, path(file),
        QStringLiteral("--json") });
    QVERIFY2(r.code == 0, qPrintable(r.err + r.out));
    const QJsonObject o = json(r);
    QCOMPARE(o.value(QStringLiteral("status")).toString(), QStringLiteral("imported"));
    QVERIFY(o.value(QStringLiteral("rows")).toInt() > 0);
    QCOMPARE(o.value(QStringLiteral("duplicates")).toInt(), o.value(QStringLiteral("rows")).toInt());
    QCOMPARE(o.value(QStringLiteral("added")).toInt(), 0);
    QCOMPARE(o.value(QStringLiteral("invalid")).toInt(), 0);
    QVERIFY(o.value(QStringLiteral("errors")).toArray().isEmpty());
    QCOMPARE(fileHash(m_demo), before);
}

// The demo's exports, imported register after register into a new file, give each register the
// same rows.
void TestRegisterImport::exportsRebuildAnEmptyDatabase()
{
    const QString rebuilt = path(QStringLiteral("rebuilt.tongxin"));
    QCOMPARE(runCli({ QStringLiteral("init"), rebuilt }).code, 0);
    for (const auto &[exported, table] : exportsInOrder()) {
        const QString file = path(exported + QStringLiteral("-rebuild.xlsx"));
        QCOMPARE(runCli({ QStringLiteral("export"), m_demo, QStringLiteral("--table"), exported, QStringLiteral("--lang"),
                              QStringLiteral("zh_CN"), QStringLiteral("-o"), file })
                     .code,
            0);
        const Result r = runCli({ QStringLiteral("import"), rebuilt, QStringLiteral("--table"), table, file,
            QStringLiteral("--json") });
        QVERIFY2(r.code == 0, qPrintable(table + QLatin1Char(' ') + r.out + r.err));
        const QJsonObject o = json(r);
        QCOMPARE(o.value(QStringLiteral("invalid")).toInt(), 0);
        QCOMPARE(o.value(QStringLiteral("added")).toInt(), o.value(QStringLiteral("rows")).toInt());
    }
    // Exported again from the new file, each register reads as the demo's, row for row.
    for (const auto &[exported, table] : exportsInOrder()) {
        const QString again = path(exported + QStringLiteral("-again.csv"));
        const QString original = path(exported + QStringLiteral("-original.csv"));
        for (const auto &[db, out] : { qMakePair(rebuilt, again), qMakePair(m_demo, original) }) {
            QCOMPARE(runCli({ QStringLiteral("export"), db, QStringLiteral("--table"), exported, QStringLiteral("-o"), out })
                         .code,
                0);
        }
        QFile a(again);
        QFile b(original);
        QVERIFY(a.open(QIODevice::ReadOnly) && b.open(QIODevice::ReadOnly));
        QCOMPARE(a.readAll().split('\n'), b.readAll().split('\n'));
    }
    const Result check = runCli({ QStringLiteral("check"), rebuilt });
    QVERIFY2(check.code == 0, qPrintable(check.out + check.err));
}

namespace {

// A households file in Chinese: a good row, each kind of bad cell, an unknown and an ambiguous
// village, the same village written as its path, a household already there, a row the rules refuse.
QByteArray badHouseholds()
{
    return QStringLiteral(
        "户主,村,乡镇,西部县区,人口数,建档年份,退出年份,吃穿,义务教育,基本医疗,住房安全,饮水安全,电话\r\n"
        "新户甲,陈家沟村,南湖镇,庄浪县,3,2016,,是,否,是,是,是,123\r\n"
        "新户乙,陈家沟村,南湖镇,庄浪县,三,2016,,是,是,是,是,是,\r\n"
        "新户丙,陈家沟村,南湖镇,庄浪县,3,2016,,也许,是,是,是,是,\r\n"
        "新户丁,无此村,,,3,2016,,是,是,是,是,是,\r\n"
        "新户戊,峡家村,,,3,2016,,是,是,是,是,是,\r\n"
        "新户己,庄浪县/南湖镇/峡家村,,,3,2016,,是,是,是,是,是,\r\n"
        "蒋克俭,陈家沟村,南湖镇,庄浪县,7,2015,2019,是,是,是,是,是,\r\n"
        "新户庚,陈家沟村,南湖镇,庄浪县,0,2016,,是,是,是,是,是,\r\n"
        "\r\n")
        .toUtf8();
}

} // namespace

void TestRegisterImport::badRowsAreRefusedAndNamed()
{
    const QString db = path(QStringLiteral("bad.tongxin"));
    QVERIFY(QFile::copy(m_demo, db));
    const QString csv = path(QStringLiteral("bad-households.csv"));
    QVERIFY(writeFile(csv, badHouseholds()));
    const QByteArray before = fileHash(db);
    const Result r = runCli({ QStringLiteral("import"), db, QStringLiteral("--table"), QStringLiteral("households"), csv,
        QStringLiteral("--json"), QStringLiteral("--lang"), QStringLiteral("en") });
    QCOMPARE(r.code, 1);
    QCOMPARE(fileHash(db), before); // refused: not a byte changed
    const QJsonObject o = json(r);
    QCOMPARE(o.value(QStringLiteral("status")).toString(), QStringLiteral("rejected"));
    QCOMPARE(o.value(QStringLiteral("rows")).toInt(), 8);
    QCOMPARE(o.value(QStringLiteral("added")).toInt(), 2); // 新户甲, 新户己 (not written)
    QCOMPARE(o.value(QStringLiteral("duplicates")).toInt(), 1);
    QCOMPARE(o.value(QStringLiteral("invalid")).toInt(), 5);
    QCOMPARE(o.value(QStringLiteral("ignored_columns")).toArray().toVariantList(),
        QVariantList({ QStringLiteral("乡镇"), QStringLiteral("西部县区"), QStringLiteral("电话") }));
    const QJsonArray errors = o.value(QStringLiteral("errors")).toArray();
    QCOMPARE(errors.size(), 5);
    const auto error = [&errors](int i) { return errors.at(i).toObject(); };
    QCOMPARE(error(0).value(QStringLiteral("row")).toInt(), 3);
    QCOMPARE(error(0).value(QStringLiteral("column")).toString(), QStringLiteral("人口数"));
    QCOMPARE(error(0).value(QStringLiteral("value")).toString(), QStringLiteral("三"));
    QCOMPARE(error(0).value(QStringLiteral("message")).toString(), QStringLiteral("Not a whole number."));
    QCOMPARE(error(1).value(QStringLiteral("row")).toInt(), 4);
    QCOMPARE(error(1).value(QStringLiteral("column")).toString(), QStringLiteral("吃穿"));
    QCOMPARE(error(2).value(QStringLiteral("row")).toInt(), 5);
    QCOMPARE(error(2).value(QStringLiteral("message")).toString(), QStringLiteral("No place is named \"无此村\"."));
    QCOMPARE(error(3).value(QStringLiteral("row")).toInt(), 6);
    const QString ambiguous = error(3).value(QStringLiteral("message")).toString();
    QVERIFY2(ambiguous.contains(QStringLiteral("2 places are named")) && ambiguous.contains(QStringLiteral("庄浪县/南湖镇/峡家村")),
        qPrintable(ambiguous));
    QCOMPARE(error(4).value(QStringLiteral("row")).toInt(), 9);
    QCOMPARE(error(4).value(QStringLiteral("column")).toString(), QString()); // the rules' verdict on the row
    QVERIFY(!error(4).value(QStringLiteral("message")).toString().isEmpty());

    // The text report, in Chinese, names the same rows; a dry run says the same and writes nothing.
    const Result zh = runCli({ QStringLiteral("import"), db, QStringLiteral("--table"), QStringLiteral("households"), csv,
        QStringLiteral("--dry-run"), QStringLiteral("--lang"), QStringLiteral("zh_CN") });
    QCOMPARE(zh.code, 1);
    QVERIFY2(zh.out.contains(QStringLiteral("第 3 行")), qPrintable(zh.out));
    QVERIFY2(zh.out.contains(QStringLiteral("不是整数")), qPrintable(zh.out));
    QCOMPARE(fileHash(db), before);
}

void TestRegisterImport::skipInvalidWritesTheGoodRows()
{
    const QString db = path(QStringLiteral("skip.tongxin"));
    QVERIFY(QFile::copy(m_demo, db));
    const QString csv = path(QStringLiteral("skip-households.csv"));
    QVERIFY(writeFile(csv, badHouseholds()));
    const QStringList args = { QStringLiteral("import"), db, QStringLiteral("--table"), QStringLiteral("households"), csv,
        QStringLiteral("--skip-invalid"), QStringLiteral("--json") };
    Result r = runCli(args);
    QVERIFY2(r.code == 0, qPrintable(r.out + r.err));
    QCOMPARE(json(r).value(QStringLiteral("status")).toString(), QStringLiteral("imported"));
    QCOMPARE(json(r).value(QStringLiteral("added")).toInt(), 2);
    // Again: the two rows written are now present too, nothing is added twice.
    r = runCli(args);
    QCOMPARE(r.code, 0);
    QCOMPARE(json(r).value(QStringLiteral("added")).toInt(), 0);
    QCOMPARE(json(r).value(QStringLiteral("duplicates")).toInt(), 3);
    // 新户己 went to 庄浪县's 峡家村, the one its path names.
    const QString out = path(QStringLiteral("skip-export.csv"));
    QCOMPARE(runCli({ QStringLiteral("export"), db, QStringLiteral("--table"), QStringLiteral("households"),
                          QStringLiteral("--county"), QStringLiteral("庄浪县"), QStringLiteral("-o"), out })
                 .code,
        0);
    QFile f(out);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(f.readAll());
    QVERIFY2(text.contains(QStringLiteral("新户己,峡家村")), qPrintable(text.left(400)));
    QVERIFY(text.contains(QStringLiteral("新户甲,陈家沟村")));
}

void TestRegisterImport::templateAndUsage()
{
    // The template: the register's headers in the language asked for; imported empty, nothing.
    const QString templ = path(QStringLiteral("households-template.csv"));
    Result r = runCli({ QStringLiteral("import"), QStringLiteral("--template"), QStringLiteral("--table"),
        QStringLiteral("households"), templ, QStringLiteral("--lang"), QStringLiteral("zh_CN") });
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QFile f(templ);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QString header = QString::fromUtf8(f.readAll()).trimmed();
    QVERIFY2(header.contains(QStringLiteral("村,户主,人数,建档年份")), qPrintable(header));
    r = runCli({ QStringLiteral("import"), QStringLiteral("--template"), QStringLiteral("--table"),
        QStringLiteral("households"), templ });
    QCOMPARE(r.code, 2); // never replaces a file
    const QString db = path(QStringLiteral("usage.tongxin"));
    QVERIFY(QFile::copy(m_demo, db));
    r = runCli({ QStringLiteral("import"), db, QStringLiteral("--table"), QStringLiteral("households"), templ,
        QStringLiteral("--json") });
    QCOMPARE(r.code, 0);
    QCOMPARE(json(r).value(QStringLiteral("rows")).toInt(), 0);

    // A file naming none of the register's columns, an unknown register, no --table.
    const QString other = path(QStringLiteral("other.csv"));
    QVERIFY(writeFile(other, "a,b,c\r\n1,2,3\r\n"));
    const QByteArray before = fileHash(db);
    r = runCli({ QStringLiteral("import"), db, QStringLiteral("--table"), QStringLiteral("households"), other,
        QStringLiteral("--lang"), QStringLiteral("en") });
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains(QStringLiteral("No header row")), qPrintable(r.err));
    r = runCli({ QStringLiteral("import"), db, QStringLiteral("--table"), QStringLiteral("nosuch"), other });
    QCOMPARE(r.code, 2);
    r = runCli({ QStringLiteral("import"), db, other });
    QCOMPARE(r.code, 2);
    QCOMPARE(fileHash(db), before);

    // --table sales is import-sales: its template is the sales template.
    const QString sales = path(QStringLiteral("sales-template.csv"));
    r = runCli({ QStringLiteral("import"), QStringLiteral("--template"), QStringLiteral("--table"), QStringLiteral("sales"),
        sales, QStringLiteral("--lang"), QStringLiteral("en") });
    QVERIFY2(r.code == 0, qPrintable(r.err));
    const Result salesTempl = runCli({ QStringLiteral("import-sales"), QStringLiteral("--template"),
        path(QStringLiteral("sales-template2.csv")), QStringLiteral("--lang"), QStringLiteral("en") });
    QCOMPARE(salesTempl.code, 0);
    QCOMPARE(fileHash(sales), fileHash(path(QStringLiteral("sales-template2.csv"))));

    // `tables --json` says which registers import.
    r = runCli({ QStringLiteral("tables"), QStringLiteral("--json") });
    QCOMPARE(r.code, 0);
    QHash<QString, bool> importable;
    for (const QJsonValue &v : json(r).value(QStringLiteral("registers")).toArray())
        importable.insert(v[QStringLiteral("table")].toString(), v[QStringLiteral("importable")].toBool());
    QVERIFY(importable.value(QStringLiteral("households")));
    QVERIFY(importable.value(QStringLiteral("sales")));
    QVERIFY(!importable.value(QStringLiteral("project_attachments"), true));
    QVERIFY(!importable.value(QStringLiteral("targets"), true));
}

// Two programs import the same file into the same database at once: one adds the rows, the other
// (waiting for the write lock, then reading what is there) finds them all present.
void TestRegisterImport::twoImportsAtOnceAddOnce()
{
    const QString db = path(QStringLiteral("twice.tongxin"));
    QCOMPARE(runCli({ QStringLiteral("init"), db }).code, 0);
    const QString file = path(QStringLiteral("twice-places.csv"));
    QCOMPARE(runCli({ QStringLiteral("export"), m_demo, QStringLiteral("--table"), QStringLiteral("places"),
                          QStringLiteral("-o"), file })
                 .code,
        0);
    QProcess a;
    QProcess b;
    for (QProcess *p : { &a, &b }) {
        p->setProgram(QStringLiteral(TONGXIN_CLI));
        p->setArguments({ QStringLiteral("import"), db, QStringLiteral("--table"), QStringLiteral("places"), file,
            QStringLiteral("--json"), QStringLiteral("--compact") });
    }
    a.start();
    b.start();
    QVERIFY(a.waitForFinished(180000) && b.waitForFinished(180000));
    QCOMPARE(a.exitCode(), 0);
    QCOMPARE(b.exitCode(), 0);
    const QJsonObject oa = QJsonDocument::fromJson(a.readAllStandardOutput()).object();
    const QJsonObject ob = QJsonDocument::fromJson(b.readAllStandardOutput()).object();
    const int rows = oa.value(QStringLiteral("rows")).toInt();
    QVERIFY(rows > 700);
    QCOMPARE(oa.value(QStringLiteral("added")).toInt() + ob.value(QStringLiteral("added")).toInt(), rows);
    QCOMPARE(oa.value(QStringLiteral("duplicates")).toInt() + ob.value(QStringLiteral("duplicates")).toInt(), rows);
    const Result check = runCli({ QStringLiteral("check"), db });
    QVERIFY2(check.code == 0, qPrintable(check.out + check.err));
}

// Files that are not what they say: each refused with a message (exit 2), the database unchanged.
void TestRegisterImport::hostileFilesChangeNothing()
{
    const QString db = path(QStringLiteral("hostile.tongxin"));
    QVERIFY(QFile::copy(m_demo, db));
    const QByteArray before = fileHash(db);
    QByteArray garbage(4096, '\0');
    for (int i = 0; i < garbage.size(); ++i)
        garbage[i] = char((i * 7919) % 251);
    const QByteArray longCell = "户主,村,人口数,建档年份\r\n" + QByteArray(5000, 'x') + ",陈家沟村,3,2016\r\n";
    const QVector<QPair<QString, QByteArray>> files = {
        { QStringLiteral("garbage.xlsx"), garbage }, // not a zip
        { QStringLiteral("zipstart.xlsx"), QByteArray("PK\x03\x04") + garbage }, // a broken zip
        { QStringLiteral("long-cell.csv"), longCell }, // a cell longer than any register's text
        { QStringLiteral("twice.csv"), QStringLiteral("户主,Head of household,村\r\n甲,乙,陈家沟村\r\n").toUtf8() },
        { QStringLiteral("empty.csv"), QByteArray() },
    };
    for (const auto &[name, bytes] : files) {
        const QString file = path(name);
        QVERIFY(writeFile(file, bytes));
        const Result r = runCli({ QStringLiteral("import"), db, QStringLiteral("--table"), QStringLiteral("households"),
            file, QStringLiteral("--lang"), QStringLiteral("en") });
        QVERIFY2(r.code == 2, qPrintable(name + QLatin1Char(' ') + QString::number(r.code) + r.out + r.err));
        QVERIFY2(!r.err.trimmed().isEmpty(), qPrintable(name));
        QCOMPARE(fileHash(db), before);
    }
    // The database itself given as the data: refused before it is read (reading it would drop
    // the import's own locks on it).
    const Result self = runCli({ QStringLiteral("import"), db, QStringLiteral("--table"), QStringLiteral("places"), db });
    QCOMPARE(self.code, 2);
    QCOMPARE(fileHash(db), before);
}

// An import killed while it writes leaves every register as it was: it is one transaction.
void TestRegisterImport::killedImportLosesNothing()
{
    const QString db = path(QStringLiteral("killed.tongxin"));
    QVERIFY(QFile::copy(m_demo, db));
    QByteArray csv = "户主,村,乡镇,西部县区,人口数,建档年份\r\n";
    for (int i = 0; i < 100000; ++i)
        csv += QStringLiteral("被杀测试户%1,陈家沟村,南湖镇,庄浪县,%2,2016\r\n").arg(i).arg(1 + i % 6).toUtf8();
    const QString file = path(QStringLiteral("killed.csv"));
    QVERIFY(writeFile(file, csv));
    const QString exportBefore = path(QStringLiteral("killed-before.csv"));
    QCOMPARE(runCli({ QStringLiteral("export"), db, QStringLiteral("--table"), QStringLiteral("households"),
                          QStringLiteral("-o"), exportBefore })
                 .code,
        0);
    QProcess p;
    p.setProgram(QStringLiteral(TONGXIN_CLI));
    p.setArguments({ QStringLiteral("import"), db, QStringLiteral("--table"), QStringLiteral("households"), file });
    p.start();
    QVERIFY(p.waitForStarted());
    QTest::qWait(1500); // reading and writing rows by now
    QCOMPARE(p.state(), QProcess::Running);
    p.kill();
    QVERIFY(p.waitForFinished(10000));
    const Result check = runCli({ QStringLiteral("check"), db });
    QVERIFY2(check.code == 0, qPrintable(check.out + check.err));
    const QString exportAfter = path(QStringLiteral("killed-after.csv"));
    QCOMPARE(runCli({ QStringLiteral("export"), db, QStringLiteral("--table"), QStringLiteral("households"),
                          QStringLiteral("-o"), exportAfter })
                 .code,
        0);
    QCOMPARE(fileHash(exportAfter), fileHash(exportBefore));
}

// The whole office in one workbook: exported from the demo, imported into a new file, every figure
// of `summary` is the demo's and `check` passes; imported into the demo, every row is present.
void TestRegisterImport::officeWorkbookRebuildsTheDemo()
{
    const QString book = path(QStringLiteral("office.xlsx"));
    Result r = runCli({ QStringLiteral("export"), m_demo, QStringLiteral("--workbook"), QStringLiteral("-o"), book,
        QStringLiteral("--lang"), QStringLiteral("zh_CN") });
    QVERIFY2(r.code == 0, qPrintable(r.err));
    const QString rebuilt = path(QStringLiteral("office.tongxin"));
    QCOMPARE(runCli({ QStringLiteral("init"), rebuilt }).code, 0);
    r = runCli({ QStringLiteral("import"), rebuilt, QStringLiteral("--workbook"), book, QStringLiteral("--json") });
    QVERIFY2(r.code == 0, qPrintable(r.out.left(2000) + r.err));
    const QJsonObject o = json(r);
    QCOMPARE(o.value(QStringLiteral("status")).toString(), QStringLiteral("imported"));
    QVERIFY(o.value(QStringLiteral("unknown_sheets")).toArray().isEmpty());
    QStringList tables;
    for (const QJsonValue &sheet : o.value(QStringLiteral("sheets")).toArray()) {
        tables << sheet[QStringLiteral("table")].toString();
        QCOMPARE(sheet[QStringLiteral("invalid")].toInt(), 0);
        QCOMPARE(sheet[QStringLiteral("added")].toInt(), sheet[QStringLiteral("rows")].toInt());
    }
    QVERIFY2(tables.contains(QStringLiteral("sales")) && tables.indexOf(QStringLiteral("places")) == 0
            && tables.indexOf(QStringLiteral("households")) < tables.indexOf(QStringLiteral("pairings"))
            && tables.indexOf(QStringLiteral("outlets")) < tables.indexOf(QStringLiteral("sales")),
        qPrintable(tables.join(QLatin1Char(' '))));
    const Result demo = runCli({ QStringLiteral("summary"), m_demo, QStringLiteral("--json") });
    const Result again = runCli({ QStringLiteral("summary"), rebuilt, QStringLiteral("--json") });
    QCOMPARE(again.code, 0);
    QCOMPARE(again.out, demo.out);
    const Result check = runCli({ QStringLiteral("check"), rebuilt });
    QVERIFY2(check.code == 0, qPrintable(check.out + check.err));

    // Into the demo itself: every record already there, nothing added, every figure as it was.
    const QString db = path(QStringLiteral("office-present.tongxin"));
    QVERIFY(QFile::copy(m_demo, db));
    r = runCli({ QStringLiteral("import"), db, QStringLiteral("--workbook"), book, QStringLiteral("--json") });
    QCOMPARE(r.code, 0);
    for (const QJsonValue &sheet : json(r).value(QStringLiteral("sheets")).toArray()) {
        QCOMPARE(sheet[QStringLiteral("added")].toInt(), 0);
        QCOMPARE(sheet[QStringLiteral("duplicates")].toInt(), sheet[QStringLiteral("rows")].toInt());
    }
    QCOMPARE(runCli({ QStringLiteral("summary"), db, QStringLiteral("--json") }).out, demo.out);
}

// A workbook with a good sheet and a sheet with a bad row: nothing of it is written.
void TestRegisterImport::refusedWorkbookWritesNothing()
{
    TableData places(QStringLiteral("Places"), { { QStringLiteral("Name"), CellType::Text },
        { QStringLiteral("Level"), CellType::Text }, { QStringLiteral("Side"), CellType::Text },
        { QStringLiteral("Parent place"), CellType::Text } });
    places.addRow({ QStringLiteral("工作簿测试村"), QStringLiteral("村"), QStringLiteral("西部"), QStringLiteral("南湖镇") });
    TableData households(QStringLiteral("建档立卡贫困户"), { { QStringLiteral("户主"), CellType::Text },
        { QStringLiteral("村"), CellType::Text }, { QStringLiteral("人口数"), CellType::Text },
        { QStringLiteral("建档年份"), CellType::Text } });
    households.addRow({ QStringLiteral("工作簿户甲"), QStringLiteral("工作簿测试村"), QStringLiteral("3"), QStringLiteral("2016") });
    households.addRow({ QStringLiteral("工作簿户乙"), QStringLiteral("工作簿测试村"), QStringLiteral("三"), QStringLiteral("2016") });
    const QString book = path(QStringLiteral("refused.xlsx"));
    XlsxExporter writer;
    QVERIFY2(writer.write(QVector<TableSource *> { &households, &places }, book), qPrintable(writer.errorString()));

    const QString db = path(QStringLiteral("refused-book.tongxin"));
    QVERIFY(QFile::copy(m_demo, db));
    const QByteArray before = fileHash(db);
    Result r = runCli({ QStringLiteral("import"), db, QStringLiteral("--workbook"), book, QStringLiteral("--json") });
    QCOMPARE(r.code, 1);
    QCOMPARE(fileHash(db), before);
    const QJsonArray sheets = json(r).value(QStringLiteral("sheets")).toArray();
    QCOMPARE(sheets.size(), 2);
    QCOMPARE(sheets.at(0)[QStringLiteral("table")].toString(), QStringLiteral("places")); // first, though second in the file
    QCOMPARE(sheets.at(0)[QStringLiteral("added")].toInt(), 1);
    QCOMPARE(sheets.at(1)[QStringLiteral("invalid")].toInt(), 1);
    QCOMPARE(sheets.at(1)[QStringLiteral("errors")].toArray().at(0)[QStringLiteral("value")].toString(), QStringLiteral("三"));
    // Leaving out the invalid row: the place and the good household, in one go.
    r = runCli({ QStringLiteral("import"), db, QStringLiteral("--workbook"), book, QStringLiteral("--skip-invalid"),
        QStringLiteral("--json") });
    QCOMPARE(r.code, 0);
    const QString out = path(QStringLiteral("refused-households.csv"));
    QCOMPARE(runCli({ QStringLiteral("export"), db, QStringLiteral("--table"), QStringLiteral("households"),
                          QStringLiteral("-o"), out })
                 .code,
        0);
    QFile f(out);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(f.readAll());
    QVERIFY(text.contains(QStringLiteral("工作簿户甲,工作簿测试村,南湖镇")));
    QVERIFY(!text.contains(QStringLiteral("工作簿户乙")));
}

QTEST_GUILESS_MAIN(TestRegisterImport)
#include "test_register_import.moc"
