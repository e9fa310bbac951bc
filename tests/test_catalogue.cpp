// The register catalogue (issue #12) against the SQL schema, column by column: every table of
// the schema is a register and every register a table; names, order, types, required columns,
// references and code lists agree; references come before the registers that use them; every
// form edits columns the catalogue declares. Then what is built from it: the years list (the
// same span as the plain SQL over the demo), the western unit of every row, the records named in
// messages, and a missing required value named by its column in both languages.

#include "db/database.h"
#include "db/dberror.h"
#include "db/schema.h"
#include "demo/demo.h"
#include "export/tables.h"
#include "i18n/language.h"
#include "records/recordstore.h"
#include "registers/catalogue.h"
#include "registers/consumption.h"
#include "registers/events.h"
#include "registers/funds.h"
#include "registers/industry.h"
#include "registers/labour.h"
#include "registers/organisation.h"
#include "registers/pairings.h"
#include "registers/registries.h"
#include "registers/social.h"
#include "registers/talent.h"
#include "registers/targets.h"
#include "stats/breakdowns.h"

#include <QRegularExpression>
#include <QSet>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace tongxin;

class TestCatalogue final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void tablesAreRegisters();
    void columnsAgree();
    void referencesAgree();
    void codesAgree();
    void referencedFirst();
    void formsEditDeclaredColumns();
    void everyRegisterExports();
    void yearsSpanTheRecords();
    void unitsAreWesternUnits();
    void missingValueNamesItsColumn();

private:
    QString createSql(const QString &table) const;

    QTemporaryDir m_dir;
    Database m_db;
};

void TestCatalogue::initTestCase()
{
    QVERIFY(m_dir.isValid());
    OpenError oe;
    QVERIFY2(m_db.create(m_dir.filePath(QStringLiteral("demo.tongxin")), false, &oe), qPrintable(oe.message));
    QString error;
    QVERIFY2(Demo::populate(m_db, &error), qPrintable(error));
}

void TestCatalogue::cleanupTestCase()
{
    Language::apply(QStringLiteral("en"));
}

QString TestCatalogue::createSql(const QString &table) const
{
    QSqlQuery q(m_db.db());
    q.prepare(QStringLiteral("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?"));
    q.addBindValue(table);
    return q.exec() && q.next() ? q.value(0).toString() : QString();
}

void TestCatalogue::tablesAreRegisters()
{
    // Tables that are not registers: the settings, the sales summary and the search index
    // (kept by triggers, never written by a form), the audit trail (written by triggers).
    const QSet<QString> derived { QStringLiteral("settings"), QStringLiteral("sales_monthly"),
        QStringLiteral("audit_context"), QStringLiteral("audit_log"), QStringLiteral("audit_seals"),
        QStringLiteral("period_locks"), QStringLiteral("accounts"), QStringLiteral("account_units") };
    QSet<QString> tables;
    QSqlQuery q(m_db.db());
    QVERIFY(q.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
                                  "AND name NOT LIKE 'sales_fts%'")));
    while (q.next()) {
        if (!derived.contains(q.value(0).toString()))
            tables.insert(q.value(0).toString());
    }
    const QStringList registers = Catalogue::tables();
    QCOMPARE(QSet<QString>(registers.cbegin(), registers.cend()), tables);
    QCOMPARE(registers.size(), tables.size()); // each register declared once
    QCOMPARE(Schema::tables(), QStringList { QStringLiteral("settings") } + registers);
}

void TestCatalogue::columnsAgree()
{
    for (const Register &r : Catalogue::all()) {
        QSqlQuery q(m_db.db());
        QVERIFY(q.exec(QStringLiteral("PRAGMA table_info(%1)").arg(r.table)));
        int i = 0;
        while (q.next()) {
            // columns: cid, name, type, notnull, dflt_value, pk
            const QString where = QStringLiteral("%1.%2").arg(r.table, q.value(1).toString());
            QVERIFY2(i < r.columns.size(), qPrintable(where + QStringLiteral(" is not declared")));
            const RegisterColumn &c = r.columns.at(i++);
            QVERIFY2(c.name == q.value(1).toString(), qPrintable(where + QStringLiteral(" declared as ") + c.name));
            QVERIFY2(c.sqlType() == q.value(2).toString(), qPrintable(where + QStringLiteral(": ") + c.sqlType()));
            QVERIFY2(c.required == q.value(3).toBool(), qPrintable(where + QStringLiteral(": required")));
            QVERIFY2((c.type == RegisterColumn::Type::Id) == (q.value(5).toInt() == 1), qPrintable(where));
            QVERIFY2(c.type == RegisterColumn::Type::Id || c.label, qPrintable(where + QStringLiteral(": no label")));
            QVERIFY2(c.type != RegisterColumn::Type::Code || c.domain, qPrintable(where + QStringLiteral(": no codes")));
        }
        QVERIFY2(i == r.columns.size(), qPrintable(r.table + QStringLiteral(": declared columns the schema lacks")));
        QVERIFY2(r.noun, qPrintable(r.table));
        if (!r.yearColumn.isEmpty()) {
            const RegisterColumn *year = r.column(r.yearColumn);
            QVERIFY2(year && (year->type == RegisterColumn::Type::Year || year->type == RegisterColumn::Type::Date),
                qPrintable(r.table + QStringLiteral(".") + r.yearColumn));
        }
    }
}

void TestCatalogue::referencesAgree()
{
    for (const Register &r : Catalogue::all()) {
        QSet<QString> schema;
        QSqlQuery fk(m_db.db());
        QVERIFY(fk.exec(QStringLiteral("PRAGMA foreign_key_list(%1)").arg(r.table)));
        while (fk.next()) // columns: id, seq, table, from, to, …
            schema.insert(fk.value(3).toString() + QStringLiteral(" -> ") + fk.value(2).toString());
        QSet<QString> declared;
        for (const RegisterColumn &c : r.columns) {
            QCOMPARE(c.type == RegisterColumn::Type::Reference, !c.references.isEmpty());
            if (!c.references.isEmpty())
                declared.insert(c.name + QStringLiteral(" -> ") + c.references);
        }
        QVERIFY2(declared == schema, qPrintable(r.table));
    }
}

void TestCatalogue::codesAgree()
{
    int checked = 0;
    for (const Register &r : Catalogue::all()) {
        const QString sql = createSql(r.table);
        for (const RegisterColumn &c : r.columns) {
            if (c.type != RegisterColumn::Type::Code)
                continue;
            // "kind TEXT NOT NULL CHECK (kind IN ('school', 'hospital', …))", also after ALTER TABLE.
            const QRegularExpression check(
                QStringLiteral("(?:^|[\\n,(])\\s*%1\\s+TEXT[^,]*?\\b%1 IN \\(([^)]*)\\)").arg(c.name));
            const QRegularExpressionMatch m = check.match(sql);
            QVERIFY2(m.hasMatch(), qPrintable(r.table + QStringLiteral(".") + c.name));
            QStringList allowed;
            for (QString code : m.captured(1).split(QLatin1Char(','))) {
                code = code.trimmed();
                allowed << code.mid(1, code.size() - 2);
            }
            const QStringList codes = Labels::codes(*c.domain);
            QVERIFY2(QSet<QString>(allowed.cbegin(), allowed.cend()) == QSet<QString>(codes.cbegin(), codes.cend()),
                qPrintable(r.table + QStringLiteral(".") + c.name + QStringLiteral(": ") + allowed.join(QLatin1Char(' '))));
            ++checked;
        }
    }
    QVERIFY(checked >= 28);
}

void TestCatalogue::referencedFirst()
{
    QStringList seen;
    for (const Register &r : Catalogue::all()) {
        seen << r.table;
        QVERIFY2(r.title, qPrintable(r.table));
        for (const RegisterColumn &c : r.columns) {
            if (c.references.isEmpty())
                continue;
            QVERIFY2(seen.contains(c.references), qPrintable(r.table + QStringLiteral(" before ") + c.references));
            // A reference is shown by the name of the record it points to.
            const Register *target = Catalogue::find(c.references);
            QVERIFY2(target->column(target->nameColumn), qPrintable(c.references + QStringLiteral(": no name column")));
        }
    }
}

void TestCatalogue::formsEditDeclaredColumns()
{
    const QVector<FormSpec> forms { RegistryForms::place(), RegistryForms::organisation(), RegistryForms::person(),
        RegistryForms::household(), PairingForms::pairing(), FundsForms::allocation(), FundsForms::project(),
        FundsForms::payment(0), FundsForms::update(0), IndustryForms::settlement(), LabourForms::placement(),
        TalentForms::secondment(), TalentForms::dispatch(), TalentForms::training(), TalentForms::visitors(),
        SocialForms::donation([this] { return m_db.db(); }), OrganisationForms::workingGroup(), OrganisationForms::visit(),
        OrganisationForms::meeting(), TargetsForms::target(), ConsumptionForms::outlet(), ConsumptionForms::sale(),
        EventsForms::eventForm(), EventsForms::sessionForm(), EventsForms::talentForm() };
    QSet<QString> tables;
    for (const FormSpec &f : forms) {
        const Register *r = Catalogue::find(f.table);
        QVERIFY2(r, qPrintable(f.table));
        tables.insert(f.table);
        for (auto it = f.fixed.cbegin(); it != f.fixed.cend(); ++it)
            QVERIFY2(r->column(it.key()), qPrintable(f.table + QStringLiteral(".") + it.key()));
        // A form whose fields are not the columns one to one says so with expand and derive.
        if (f.expand && f.derive)
            continue;
        for (const FormField &field : f.fields)
            QVERIFY2(r->column(field.column), qPrintable(f.table + QStringLiteral(".") + field.column));
    }
    // Every register has a form but the attachments (added from a file, not typed).
    QCOMPARE(tables.size(), Catalogue::all().size() - 1);
    QVERIFY(!tables.contains(QStringLiteral("project_attachments")));
}

void TestCatalogue::everyRegisterExports()
{
    // Each exported register is one export table (declared, or built from the catalogue), and
    // each export table reads one register.
    QStringList read;
    for (const QString &name : ExportTables::names())
        read << ExportTables::spec(name)->from.section(QLatin1Char(' '), 0, 0);
    for (const Register &r : Catalogue::all())
        QVERIFY2(read.count(r.table) == (r.exported ? 1 : 0), qPrintable(r.table));
    QCOMPARE(read.size(), ExportTables::names().size());
    // A register built from the catalogue filters by its years and western unit.
    QVERIFY(ExportTables::hasYears(QStringLiteral("meetings")) && ExportTables::hasUnits(QStringLiteral("meetings")));
    QVERIFY(!ExportTables::hasYears(QStringLiteral("events")) && !ExportTables::hasUnits(QStringLiteral("events")));
}

void TestCatalogue::yearsSpanTheRecords()
{
    // The years list before the catalogue, as plain SQL: every year of the dated records.
    QSqlQuery q(m_db.db());
    QVERIFY(q.exec(QStringLiteral(
        "SELECT min(y), max(y) FROM ("
        " SELECT year AS y FROM projects UNION SELECT year FROM fund_allocations"
        " UNION SELECT substr(pay_date, 1, 4) FROM project_payments"
        " UNION SELECT year FROM enterprise_settlements UNION SELECT year FROM labour_placements"
        " UNION SELECT substr(start_date, 1, 4) FROM pairings UNION SELECT substr(sale_date, 1, 4) FROM sales"
        " UNION SELECT substr(train_date, 1, 4) FROM trainings UNION SELECT substr(start_date, 1, 4) FROM visits"
        " UNION SELECT substr(start_date, 1, 4) FROM visitors_received"
        " UNION SELECT substr(start_date, 1, 4) FROM secondments"
        " UNION SELECT substr(start_date, 1, 4) FROM professional_dispatches"
        " UNION SELECT substr(session_date, 1, 4) FROM livestream_sessions"
        " UNION SELECT substr(trained_date, 1, 4) FROM livestream_talents"
        " UNION SELECT substr(donation_date, 1, 4) FROM donations"
        " UNION SELECT substr(meeting_date, 1, 4) FROM meetings UNION SELECT year FROM targets)")));
    QVERIFY(q.next());
    QVector<int> span;
    for (int y = q.value(0).toInt(); y <= q.value(1).toInt(); ++y)
        span << y;
    QVERIFY(span.size() >= 4);
    QCOMPARE(Breakdowns::years(m_db.db()), span);

    // A payment dated a later year, through the record store, extends the list by that year.
    qint64 id = 0;
    QString error;
    QSqlQuery p(m_db.db());
    QVERIFY(p.exec(QStringLiteral("SELECT id FROM projects ORDER BY budget_fen DESC LIMIT 1")) && p.next());
    const qint64 project = p.value(0).toLongLong();
    QVERIFY(p.exec(QStringLiteral("UPDATE projects SET budget_fen = budget_fen + 1 WHERE id = %1").arg(project)));
    const int later = span.last() + 2;
    QVERIFY2(RecordStore::insert(m_db.db(), QStringLiteral("project_payments"),
                 { { QStringLiteral("project_id"), project },
                     { QStringLiteral("pay_date"), QStringLiteral("%1-06-30").arg(later) },
                     { QStringLiteral("amount_fen"), 1 } },
                 &id, &error),
        qPrintable(error));
    QCOMPARE(Breakdowns::years(m_db.db()).last(), later);
    QCOMPARE(Breakdowns::years(m_db.db()).size(), span.size() + 2);
    QVERIFY(RecordStore::remove(m_db.db(), QStringLiteral("project_payments"), id, nullptr, &error));
    QCOMPARE(Breakdowns::years(m_db.db()), span);
}

void TestCatalogue::unitsAreWesternUnits()
{
    for (const Register &r : Catalogue::all()) {
        if (r.unitSql.isEmpty())
            continue;
        QSqlQuery q(m_db.db());
        QVERIFY2(q.exec(QStringLiteral("SELECT count(*), count(u), count(CASE WHEN u IN (SELECT id FROM places "
                                       "WHERE level = 'county') THEN 1 END) FROM (SELECT %1 AS u FROM %2 r)")
                            .arg(r.unitSql, r.table)),
            qPrintable(r.table));
        QVERIFY(q.next());
        // Every unit found is a western unit (county).
        QVERIFY2(q.value(1) == q.value(2), qPrintable(r.table));
        // Registers keyed by a required county give every row its unit.
        const RegisterColumn *county = r.column(QStringLiteral("county_id"));
        if (county && county->required)
            QVERIFY2(q.value(1) == q.value(0), qPrintable(r.table));
        // The demo has western rows in every register with a unit but the outlets (all in Tianjin).
        if (r.table != QLatin1String("outlets"))
            QVERIFY2(q.value(1).toLongLong() > 0, qPrintable(r.table));
    }
}

void TestCatalogue::missingValueNamesItsColumn()
{
    QCOMPARE(RecordStore::tableName(QStringLiteral("households")), QStringLiteral("registered poor households"));
    QString error;
    qint64 id = 0;
    const QVariantMap sale { { QStringLiteral("sale_date"), QStringLiteral("2019-05-01") },
        { QStringLiteral("channel"), QStringLiteral("outlet") }, { QStringLiteral("county_id"), QVariant() },
        { QStringLiteral("product"), QStringLiteral("苹果") }, { QStringLiteral("amount_fen"), 100 } };
    QSqlQuery count(m_db.db());
    QVERIFY(count.exec(QStringLiteral("SELECT count(*) FROM sales")) && count.next());
    const qint64 before = count.value(0).toLongLong();
    QVERIFY(!RecordStore::insert(m_db.db(), QStringLiteral("sales"), sale, &id, &error));
    QCOMPARE(error, QStringLiteral("A required value is missing: “Western unit” (sales records)."));

    QVERIFY(Language::apply(QStringLiteral("zh_CN")));
    QCOMPARE(RecordStore::tableName(QStringLiteral("households")), QStringLiteral("建档立卡贫困户"));
    QVERIFY(!RecordStore::insert(m_db.db(), QStringLiteral("sales"), sale, &id, &error));
    QCOMPARE(error, QStringLiteral("缺少必填项：“西部县区”（销售记录）。"));
    QCOMPARE(DbError::describe(QStringLiteral("NOT NULL constraint failed: nowhere.x")), QStringLiteral("缺少必填项。"));
    QVERIFY(Language::apply(QStringLiteral("en")));

    QVERIFY(count.exec(QStringLiteral("SELECT count(*) FROM sales")) && count.next());
    QCOMPARE(count.value(0).toLongLong(), before);
}

QTEST_GUILESS_MAIN(TestCatalogue)
#include "test_catalogue.moc"
