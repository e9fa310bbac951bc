// Export → import round trip of the sales ledger: what the app exports (the sales table of
// `tongxin-cli export`, the ledger page's export; CSV and .xlsx; Chinese and English) imports
// back with no mapping, every row a duplicate of the ledger, nothing added. Also the one name
// of each field: the export's headers are the import template's.

#include "consumption/salesexport.h"
#include "consumption/salesfields.h"
#include "consumption/salesimport.h"
#include "consumption/salesmodel.h"
#include "db/database.h"
#include "demo/demo.h"
#include "export/csvexporter.h"
#include "export/tables.h"
#include "export/xlsxexporter.h"
#include "i18n/language.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace tongxin;

namespace {

qint64 salesCount(const QSqlDatabase &db)
{
    QSqlQuery q(db);
    return q.exec(QStringLiteral("SELECT count(*) FROM sales")) && q.next() ? q.value(0).toLongLong() : -1;
}

bool writeSource(TableSource &source, const QString &path, QString *error)
{
    if (path.endsWith(QLatin1String(".csv"))) {
        CsvExporter csv;
        const bool ok = csv.write(source, path);
        *error = csv.errorString();
        return ok;
    }
    XlsxExporter xlsx;
    const bool ok = xlsx.write(source, path);
    *error = xlsx.errorString();
    return ok;
}

struct Run
{
    int code = -1;
    QByteArray out;
    QByteArray err;
};

Run cli(const QStringList &arguments)
{
    QProcess p;
    p.setProgram(QStringLiteral(TONGXIN_CLI));
    p.setArguments(arguments);
    p.start();
    Run r;
    if (!p.waitForFinished(300000) || p.exitStatus() != QProcess::NormalExit)
        return r;
    r.code = p.exitCode();
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

} // namespace

class TestRoundTrip final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void cases_data();
    void tableExportImportsBack_data() { cases_data(); }
    void tableExportImportsBack();
    void ledgerExportImportsBack_data() { cases_data(); }
    void ledgerExportImportsBack();
    void cliExportImportsBack_data() { cases_data(); }
    void cliExportImportsBack();
    void oneNamePerField();
    void totalsRowIsNotASale();

private:
    void checkReimport(const QString &path);

    QTemporaryDir m_dir;
    Database m_db;
    QString m_path;
    qint64 m_rows = 0;
};

void TestRoundTrip::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_path = m_dir.filePath(QStringLiteral("demo.tongxin"));
    OpenError error;
    QVERIFY2(m_db.create(m_path, false, &error), qPrintable(error.message));
    QString why;
    QVERIFY2(Demo::populate(m_db, &why), qPrintable(why));
    m_rows = salesCount(m_db.db());
    QVERIFY(m_rows > 1000);
}

void TestRoundTrip::cleanupTestCase()
{
    Language::apply(QStringLiteral("en"));
}

void TestRoundTrip::cases_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("suffix");
    for (const char *language : { "zh_CN", "en" }) {
        for (const char *suffix : { "csv", "xlsx" })
            QTest::addRow("%s-%s", language, suffix) << QString::fromLatin1(language) << QString::fromLatin1(suffix);
    }
}

// Imports `path` for real: the headers map every field by themselves, every row is a duplicate
// of the ledger, nothing is added.
void TestRoundTrip::checkReimport(const QString &path)
{
    SalesImport import(m_db.db());
    const SalesImportResult r = import.runFile(path, QString(), QString(), nullptr, SalesImportOptions());
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(r.status, SalesImportResult::Status::Imported);
    for (SalesField f : SalesFields::all())
        QVERIFY2(r.mapping.column(f) >= 0, qPrintable(SalesFields::key(f)));
    QVERIFY(r.mapping.isComplete());
    QCOMPARE(r.rowsRead, m_rows);
    QCOMPARE(r.rowsInvalid, 0);
    QCOMPARE(r.duplicates, m_rows);
    QCOMPARE(r.accepted, 0);
    QCOMPARE(r.imported, 0);
    QCOMPARE(salesCount(m_db.db()), m_rows);
}

void TestRoundTrip::tableExportImportsBack()
{
    QFETCH(QString, language);
    QFETCH(QString, suffix);
    QVERIFY(Language::apply(language));
    const auto source = ExportTables::source(m_db.db(), QStringLiteral("sales"), Filter {});
    QVERIFY(source);
    // The export's headers are the template's, in the language applied.
    QStringList headers;
    for (const ExportColumn &c : source->columns())
        headers << c.header;
    QCOMPARE(headers, SalesFields::headers(language));
    const QString path = m_dir.filePath(QStringLiteral("table-%1.%2").arg(language, suffix));
    QString error;
    QVERIFY2(writeSource(*source, path, &error), qPrintable(error));
    checkReimport(path);
}

void TestRoundTrip::ledgerExportImportsBack()
{
    QFETCH(QString, language);
    QFETCH(QString, suffix);
    QVERIFY(Language::apply(language));
    QVector<qint64> ids;
    QSqlQuery q(m_db.db());
    QVERIFY(q.exec(QStringLiteral("SELECT id FROM sales ORDER BY sale_date DESC, id DESC")));
    while (q.next())
        ids << q.value(0).toLongLong();
    // Every column of the ledger in its on-screen order (the unit after the quantity).
    QVector<SalesModel::Column> columns;
    for (int c = 0; c < SalesModel::ColumnCount; ++c)
        columns << SalesModel::Column(c);
    const auto source = SalesExport::source(m_db.db(), ids, columns, QStringLiteral("Sales ledger"), QString());
    QStringList headers;
    for (const ExportColumn &c : source->columns())
        headers << c.header;
    QStringList sorted = headers;
    sorted.sort();
    QStringList expected = SalesFields::headers(language);
    expected.sort();
    QCOMPARE(sorted, expected);
    const QString path = m_dir.filePath(QStringLiteral("ledger-%1.%2").arg(language, suffix));
    QString error;
    QVERIFY2(SalesExport::write(*source, path, &error), qPrintable(error));
    checkReimport(path);
}

void TestRoundTrip::cliExportImportsBack()
{
    QFETCH(QString, language);
    QFETCH(QString, suffix);
    const QString path = m_dir.filePath(QStringLiteral("cli-%1.%2").arg(language, suffix));
    const Run exported
        = cli({ QStringLiteral("export"), m_path, QStringLiteral("--table"), QStringLiteral("sales"),
            QStringLiteral("--lang"), language, QStringLiteral("-o"), path });
    QVERIFY2(exported.code == 0, exported.err.constData());
    const Run dry = cli({ QStringLiteral("import-sales"), m_path, path, QStringLiteral("--dry-run"),
        QStringLiteral("--json"), QStringLiteral("--lang"), language });
    QVERIFY2(dry.code == 0, dry.err.constData());
    const QJsonObject o = QJsonDocument::fromJson(dry.out).object();
    QCOMPARE(o.value(QStringLiteral("status")).toString(), QStringLiteral("dry_run"));
    QCOMPARE(o.value(QStringLiteral("rows_read")).toInteger(), m_rows);
    QCOMPARE(o.value(QStringLiteral("rows_invalid")).toInteger(), 0);
    QCOMPARE(o.value(QStringLiteral("duplicates")).toInteger(), m_rows);
    QCOMPARE(o.value(QStringLiteral("accepted")).toInteger(), 0);
    // Mapped by the headers alone: every field has its column.
    QCOMPARE(o.value(QStringLiteral("mapping")).toObject().size(), int(SalesField::Count));
    QCOMPARE(salesCount(m_db.db()), m_rows);
}

void TestRoundTrip::oneNamePerField()
{
    // The ledger's column headers, the mapping's labels and the template's headers are one set
    // of words in each language.
    for (const QString &language : { QStringLiteral("zh_CN"), QStringLiteral("en") }) {
        QVERIFY(Language::apply(language));
        QCOMPARE(SalesModel::header(SalesModel::County), SalesFields::header(SalesField::County, language));
        QCOMPARE(SalesModel::header(SalesModel::Unit), SalesFields::header(SalesField::Unit, language));
        QCOMPARE(SalesModel::header(SalesModel::SourceRef), SalesFields::header(SalesField::SourceRef, language));
        QCOMPARE(SalesModel::header(SalesModel::Category), SalesFields::header(SalesField::Category, language));
        for (SalesField f : SalesFields::all())
            QCOMPARE(SalesFields::label(f), SalesFields::header(f, language));
    }
    QCOMPARE(SalesFields::header(SalesField::County, QStringLiteral("zh_CN")), QStringLiteral("来源县区"));
    QCOMPARE(SalesFields::header(SalesField::Unit, QStringLiteral("zh_CN")), QStringLiteral("单位"));
    QCOMPARE(SalesFields::header(SalesField::SourceRef, QStringLiteral("zh_CN")), QStringLiteral("来源单号"));
    // Flags go out as the importer reads them.
    for (const bool yes : { true, false }) {
        for (const QString &language : { QStringLiteral("zh_CN"), QStringLiteral("en") }) {
            bool read = !yes;
            QVERIFY(SalesFields::parseYesNo(SalesFields::yesNo(yes, language), &read));
            QCOMPARE(read, yes);
        }
    }
    QCOMPARE(SalesFields::yesNo(true, QStringLiteral("zh_CN")), QStringLiteral("是"));
    QCOMPARE(SalesFields::yesNo(false, QStringLiteral("en")), QStringLiteral("No"));
}

void TestRoundTrip::totalsRowIsNotASale()
{
    const SalesMapping m = SalesMapping::fromHeaders(SalesFields::headers(QStringLiteral("en")));
    const auto row = [](int labelColumn, const QString &label, const QString &date, const QString &product) {
        QStringList cells(int(SalesField::Count));
        cells[int(SalesField::Date)] = date;
        cells[int(SalesField::Product)] = product;
        cells[int(SalesField::Amount)] = QStringLiteral("1234.5");
        if (labelColumn >= 0)
            cells[labelColumn] = label;
        return cells;
    };
    QVERIFY(isSalesTotalsRow(row(0, QStringLiteral("Total"), {}, {}), m));
    QVERIFY(isSalesTotalsRow(row(0, QStringLiteral("合计"), {}, {}), m));
    // Columns moved: the label in another column, no date.
    QVERIFY(isSalesTotalsRow(row(int(SalesField::Channel), QStringLiteral("合计"), {}, {}), m));
    // A sale is never one, whatever its product is called.
    QVERIFY(!isSalesTotalsRow(row(-1, {}, QStringLiteral("2020-10-17"), QStringLiteral("Total")), m));
    QVERIFY(!isSalesTotalsRow(row(0, QStringLiteral("Total"), QStringLiteral("Total"), QStringLiteral("Apples")), m));
    QVERIFY(!isSalesTotalsRow(row(-1, {}, {}, {}), m)); // blank: not a totals row either
}

QTEST_MAIN(TestRoundTrip)
#include "test_roundtrip.moc"
