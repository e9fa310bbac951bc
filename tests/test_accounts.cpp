// Accounts and roles (issue #14): a database without accounts works as before; the first
// account, an administrator, enables them; from then on the CLI signs in with --user (password
// from TONGXIN_PASSWORD) and core refuses, for every kind of write (the record store behind
// forms and undo, register and sales imports, locks, accounts), what the role may not do — a
// viewer nothing, a county working group only records of its units — leaving the file
// byte-identical; passwords are kept as Argon2id hashes only, a wrong one is slow, and accounts
// are disabled, never deleted.

#include "common/dbfilefixture.h"

#include "accounts/access.h"
#include "accounts/accounts.h"
#include "db/database.h"
#include "records/recordops.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace tongxin;
using dbfiletest::fileHash;
using dbfiletest::Result;
using dbfiletest::runCli;
using dbfiletest::sqliteShell;

namespace {

const QString AdminPassword = QStringLiteral("admin-pass-1");
const QString OfficePassword = QStringLiteral("office-pass-1");
const QString CountyPassword = QStringLiteral("county-pass-1");
const QString ViewerPassword = QStringLiteral("viewer-pass-1");

// tongxin-cli with a password in TONGXIN_PASSWORD (and a new one in TONGXIN_NEW_PASSWORD).
Result runAs(const QStringList &arguments, const QString &password, const QString &newPassword = QString())
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("TONGXIN_PASSWORD"));
    env.remove(QStringLiteral("TONGXIN_NEW_PASSWORD"));
    if (!password.isNull())
        env.insert(QStringLiteral("TONGXIN_PASSWORD"), password);
    if (!newPassword.isNull())
        env.insert(QStringLiteral("TONGXIN_NEW_PASSWORD"), newPassword);
    return runCli(arguments + QStringList { QStringLiteral("--lang"), QStringLiteral("en") }, env);
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

QByteArray salesCsv(const char *county, const char *ref)
{
    return QByteArray("日期,渠道,销售网点,来源县区,品类,产品,数量,单位,金额（元）,购买方类型,以购代捐,来源单号\n")
        + "2020-03-01,institutional,," + county + ",蔬菜,马铃薯,100,箱,3000.00,government,0," + ref + "\n";
}

QVariantMap allocation(qint64 county)
{
    return { { QStringLiteral("county_id"), county }, { QStringLiteral("year"), 2021 },
        { QStringLiteral("amount_fen"), 100000 }, { QStringLiteral("source"), QStringLiteral("district") } };
}

} // namespace

class TestAccounts : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void withoutAccountsEverythingWorksAsBefore();
    void firstAccountIsAnAdministratorsAndPasswordsAreHashed();
    void cliSignsInWithUser();
    void rolesInCore();
    void rolesInTheCli();
    void accountsAreDisabledNeverDeleted();

private:
    QString withAccounts(const QString &name); ///< a copy of the demo with one account per role
    dbfiletest::DemoCopies m_f;
};

void TestAccounts::initTestCase()
{
    QVERIFY(m_f.setUp());
}

QString TestAccounts::withAccounts(const QString &name)
{
    const QString path = m_f.copy(name);
    const auto add = [&](const QStringList &args, const QString &password) {
        const Result r = runAs(QStringList { QStringLiteral("user"), QStringLiteral("add"), path } + args
                + QStringList { QStringLiteral("--user"), QStringLiteral("王敏") },
            AdminPassword, password);
        return r.code == 0;
    };
    if (runAs({ QStringLiteral("user"), QStringLiteral("add"), path, QStringLiteral("王敏"), QStringLiteral("--role"),
                  QStringLiteral("administrator") },
            QString(), AdminPassword)
            .code
        != 0)
        return {};
    if (!add({ QStringLiteral("李芳"), QStringLiteral("--role"), QStringLiteral("office") }, OfficePassword)
        || !add({ QStringLiteral("庄浪组"), QStringLiteral("--role"), QStringLiteral("county"), QStringLiteral("--unit"),
                    QStringLiteral("庄浪县") },
            CountyPassword)
        || !add({ QStringLiteral("访客"), QStringLiteral("--role"), QStringLiteral("viewer") }, ViewerPassword))
        return {};
    return path;
}

void TestAccounts::withoutAccountsEverythingWorksAsBefore()
{
    const QString path = m_f.copy(QStringLiteral("plain.db"));
    Database db;
    QVERIFY(db.open(path));
    QVERIFY(!Accounts::enabled(db.db()));
    QVERIFY(Access::tableRefusal(db.db(), QStringLiteral("fund_allocations")).isEmpty());
    QString why;
    RecordChange change;
    QVERIFY2(RecordOps::save(db.db(), QStringLiteral("fund_allocations"), 0, allocation(m_f.zhuanglang), &change, &why),
        qPrintable(why));
    db.close();
    // No --user needed; one given is not needed either.
    QCOMPARE(runAs({ QStringLiteral("summary"), path }, QString()).code, 0);
    const Result list = runAs({ QStringLiteral("user"), QStringLiteral("list"), path }, QString());
    QCOMPARE(list.code, 0);
    QVERIFY2(list.out.contains(QStringLiteral("has no accounts")), qPrintable(list.out));
}

void TestAccounts::firstAccountIsAnAdministratorsAndPasswordsAreHashed()
{
    const QString path = m_f.copy(QStringLiteral("first.db"));
    const QByteArray before = fileHash(path);
    // Not an administrator, or too short a password: refused, nothing written.
    Result r = runAs({ QStringLiteral("user"), QStringLiteral("add"), path, QStringLiteral("李芳"), QStringLiteral("--role"),
                         QStringLiteral("office") },
        QString(), OfficePassword);
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(QStringLiteral("must be an administrator")), qPrintable(r.err));
    r = runAs({ QStringLiteral("user"), QStringLiteral("add"), path, QStringLiteral("王敏"), QStringLiteral("--role"),
                  QStringLiteral("administrator") },
        QString(), QStringLiteral("short"));
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(QStringLiteral("at least 8 characters")), qPrintable(r.err));
    // No password at all, and no terminal to ask on: said so.
    r = runAs({ QStringLiteral("user"), QStringLiteral("add"), path, QStringLiteral("王敏"), QStringLiteral("--role"),
                  QStringLiteral("administrator") },
        QString());
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains(QStringLiteral("TONGXIN_NEW_PASSWORD")), qPrintable(r.err));
    QCOMPARE(fileHash(path), before);

    r = runAs({ QStringLiteral("user"), QStringLiteral("add"), path, QStringLiteral("王敏"), QStringLiteral("--role"),
                  QStringLiteral("administrator") },
        QString(), AdminPassword);
    QVERIFY2(r.code == 0, qPrintable(r.err));
    // The hash is Argon2id; the password itself is nowhere in the file, nor in the audit trail.
    QVERIFY(sqliteShell(path, QStringLiteral("SELECT password_hash FROM accounts")).out.startsWith(QStringLiteral("$argon2id$")));
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QVERIFY(!f.readAll().contains(AdminPassword.toUtf8()));
    QCOMPARE(sqliteShell(path, QStringLiteral("SELECT count(*) FROM audit_log WHERE new_values LIKE '%argon2%'")).out,
        QStringLiteral("0"));
    QCOMPARE(sqliteShell(path,
                 QStringLiteral("SELECT json_extract(new_values, '$.password_hash') || ' ' || json_extract(new_values, '$.role') "
                                "FROM audit_log WHERE table_name = 'accounts'"))
                 .out,
        QStringLiteral("hidden administrator"));
}

void TestAccounts::cliSignsInWithUser()
{
    const QString path = withAccounts(QStringLiteral("signin.db"));
    QVERIFY(!path.isEmpty());
    // No --user: refused, saying how.
    Result r = runAs({ QStringLiteral("summary"), path }, QString());
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains(QStringLiteral("--user NAME")), qPrintable(r.err));
    // A wrong password, or an unknown name: the same answer, slowly.
    for (const QString &name : { QStringLiteral("王敏"), QStringLiteral("nobody") }) {
        QElapsedTimer clock;
        clock.start();
        r = runAs({ QStringLiteral("summary"), path, QStringLiteral("--user"), name }, QStringLiteral("wrong-password"));
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(QStringLiteral("Wrong name or password.")), qPrintable(r.err));
        QVERIFY2(clock.elapsed() >= 2000, qPrintable(QString::number(clock.elapsed())));
    }
    r = runAs({ QStringLiteral("summary"), path, QStringLiteral("--user"), QStringLiteral("访客") }, ViewerPassword);
    QVERIFY2(r.code == 0, qPrintable(r.err));
    // The list names every account with its role and units.
    r = runAs({ QStringLiteral("user"), QStringLiteral("list"), path, QStringLiteral("--user"), QStringLiteral("访客") },
        ViewerPassword);
    QCOMPARE(r.code, 0);
    QVERIFY2(r.out.contains(QStringLiteral("庄浪组  county working group (庄浪县)")), qPrintable(r.out));
    QVERIFY(r.out.contains(QStringLiteral("访客  viewer")));
}

void TestAccounts::rolesInCore()
{
    const QString path = withAccounts(QStringLiteral("core.db"));
    QVERIFY(!path.isEmpty());
    Database db;
    QVERIFY(db.open(path));
    QString why;
    RecordChange change;
    // No one signed in: nothing is written.
    QVERIFY(!RecordOps::save(db.db(), QStringLiteral("fund_allocations"), 0, allocation(m_f.zhuanglang), &change, &why));
    QVERIFY2(why.contains(QStringLiteral("sign in")), qPrintable(why));
    const auto countOf = [&](const QString &sql) {
        QSqlQuery q(db.db());
        return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
    };
    const qint64 kongtongAllocation
        = countOf(QStringLiteral("SELECT min(id) FROM fund_allocations WHERE county_id = %1").arg(m_f.kongtong));
    const qint64 zhuanglangAllocation
        = countOf(QStringLiteral("SELECT min(id) FROM fund_allocations WHERE county_id = %1 AND year = 2020").arg(m_f.zhuanglang));
    QVERIFY(kongtongAllocation > 0 && zhuanglangAllocation > 0);

    // A viewer: refused every write, and the administrator's acts.
    QVERIFY(Accounts::signIn(db.db(), QStringLiteral("访客"), ViewerPassword, &why));
    const qint64 entries = countOf(QStringLiteral("SELECT count(*) FROM audit_log"));
    QVERIFY(!RecordOps::save(db.db(), QStringLiteral("fund_allocations"), 0, allocation(m_f.zhuanglang), &change, &why));
    QVERIFY2(why.contains(QStringLiteral("viewer")), qPrintable(why));
    QVERIFY(!RecordOps::remove(db.db(), QStringLiteral("fund_allocations"), zhuanglangAllocation, &change, &why));
    QVERIFY(!Accounts::add(db.db(), QStringLiteral("x"), AccountRole::Viewer, {}, ViewerPassword, &why));
    QVERIFY2(why.contains(QStringLiteral("Only an administrator")), qPrintable(why));
    QVERIFY(!db.setSetting(QStringLiteral("office_name"), QStringLiteral("x")));
    QCOMPARE(countOf(QStringLiteral("SELECT count(*) FROM audit_log")), entries);

    // A county working group: its unit's records, added, changed and deleted; not another's,
    // nor one moved out of its unit, nor a register of no unit.
    QVERIFY(Accounts::signIn(db.db(), QStringLiteral("庄浪组"), CountyPassword, &why));
    QVERIFY2(RecordOps::save(db.db(), QStringLiteral("fund_allocations"), 0, allocation(m_f.zhuanglang), &change, &why),
        qPrintable(why));
    const qint64 own = change.id;
    QVERIFY2(RecordOps::save(db.db(), QStringLiteral("fund_allocations"), own, { { QStringLiteral("notes"), QStringLiteral("庄浪") } },
                 &change, &why),
        qPrintable(why));
    QVERIFY(!RecordOps::save(db.db(), QStringLiteral("fund_allocations"), own, { { QStringLiteral("county_id"), m_f.kongtong } },
        &change, &why));
    QVERIFY2(why.contains(QStringLiteral("belongs to 崆峒区")), qPrintable(why));
    QVERIFY(!RecordOps::save(db.db(), QStringLiteral("fund_allocations"), 0, allocation(m_f.kongtong), &change, &why));
    QVERIFY(!RecordOps::save(db.db(), QStringLiteral("fund_allocations"), kongtongAllocation,
        { { QStringLiteral("notes"), QStringLiteral("x") } }, &change, &why));
    QVERIFY(!RecordOps::remove(db.db(), QStringLiteral("fund_allocations"), kongtongAllocation, &change, &why));
    QVERIFY(!Access::tableRefusal(db.db(), QStringLiteral("events")).isEmpty());
    QCOMPARE(countOf(QStringLiteral("SELECT count(*) FROM fund_allocations WHERE county_id = %1 AND notes IS NOT NULL AND notes = 'x'")
                         .arg(m_f.kongtong)),
        0);
    QVERIFY2(RecordOps::remove(db.db(), QStringLiteral("fund_allocations"), own, &change, &why), qPrintable(why));
    // Its entries name it.
    QCOMPARE(countOf(QStringLiteral("SELECT count(*) FROM audit_log WHERE user_name = '庄浪组' AND table_name = 'fund_allocations'")),
        3);

    // Office staff write every unit, but do not lock years or manage accounts.
    QVERIFY(Accounts::signIn(db.db(), QStringLiteral("李芳"), OfficePassword, &why));
    QVERIFY2(RecordOps::save(db.db(), QStringLiteral("fund_allocations"), kongtongAllocation,
                 { { QStringLiteral("notes"), QStringLiteral("办公室") } }, &change, &why),
        qPrintable(why));
    QVERIFY(!Accounts::disable(db.db(), QStringLiteral("访客"), &why));
    QVERIFY2(why.contains(QStringLiteral("Only an administrator")), qPrintable(why));
    // Anyone changes their own password; only an administrator another's.
    QVERIFY2(Accounts::setPassword(db.db(), QStringLiteral("李芳"), QStringLiteral("office-pass-2"), &why), qPrintable(why));
    QVERIFY(!Accounts::setPassword(db.db(), QStringLiteral("访客"), QStringLiteral("viewer-pass-2"), &why));
    QVERIFY(Accounts::signIn(db.db(), QStringLiteral("李芳"), QStringLiteral("office-pass-2"), &why));
}

void TestAccounts::rolesInTheCli()
{
    const QString path = withAccounts(QStringLiteral("cli.db"));
    QVERIFY(!path.isEmpty());
    const QString own = m_f.dir.filePath(QStringLiteral("own.csv"));
    const QString other = m_f.dir.filePath(QStringLiteral("other.csv"));
    QVERIFY(writeFile(own, salesCsv("庄浪县", "ACC-OWN")));
    QVERIFY(writeFile(other, salesCsv("崆峒区", "ACC-OTHER")));
    const QStringList viewer { QStringLiteral("--user"), QStringLiteral("访客") };
    const QStringList county { QStringLiteral("--user"), QStringLiteral("庄浪组") };
    QByteArray before = fileHash(path);
    // A viewer imports nothing, locks nothing: exit 1, the rule's message, the file unchanged.
    Result r = runAs(QStringList { QStringLiteral("import-sales"), path, own } + viewer, ViewerPassword);
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(QStringLiteral("viewer")), qPrintable(r.err));
    const QString households = m_f.dir.filePath(QStringLiteral("households.csv"));
    QVERIFY(writeFile(households, "村,户主,人口数,建档年份,两不愁三保障\n陈家沟村,新户,3,2016,1\n"));
    r = runAs(QStringList { QStringLiteral("import"), path, QStringLiteral("--table"), QStringLiteral("households"), households }
            + viewer,
        ViewerPassword);
    QCOMPARE(r.code, 1);
    QVERIFY2((r.out + r.err).contains(QStringLiteral("viewer")), qPrintable(r.out + r.err));
    r = runAs(QStringList { QStringLiteral("lock"), path, QStringLiteral("--year"), QStringLiteral("2019") } + county,
        CountyPassword);
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(QStringLiteral("Only an administrator may lock a year")), qPrintable(r.err));
    // A county working group: another unit's sales refused, the file unchanged; its own added.
    r = runAs(QStringList { QStringLiteral("import-sales"), path, other } + county, CountyPassword);
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(QStringLiteral("belongs to 崆峒区")), qPrintable(r.err));
    QCOMPARE(fileHash(path), before);
    r = runAs(QStringList { QStringLiteral("import-sales"), path, own } + county, CountyPassword);
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QCOMPARE(sqliteShell(path, QStringLiteral("SELECT user_name FROM audit_log WHERE operation = 'import' ORDER BY id DESC LIMIT 1"))
                 .out,
        QStringLiteral("庄浪组"));
    // The administrator locks; the audit filter --by lists what each did.
    r = runAs({ QStringLiteral("lock"), path, QStringLiteral("--year"), QStringLiteral("2019"), QStringLiteral("--user"),
                  QStringLiteral("王敏") },
        AdminPassword);
    QVERIFY2(r.code == 0, qPrintable(r.err));
    r = runAs(QStringList { QStringLiteral("audit"), path, QStringLiteral("--by"), QStringLiteral("庄浪组") } + viewer,
        ViewerPassword);
    QCOMPARE(r.code, 0);
    QVERIFY2(r.out.contains(QStringLiteral("imported sales records")) && !r.out.contains(QStringLiteral("period locks")),
        qPrintable(r.out));
}

void TestAccounts::accountsAreDisabledNeverDeleted()
{
    const QString path = withAccounts(QStringLiteral("disable.db"));
    QVERIFY(!path.isEmpty());
    const QStringList admin { QStringLiteral("--user"), QStringLiteral("王敏") };
    // The last administrator in use is kept.
    Result r = runAs(QStringList { QStringLiteral("user"), QStringLiteral("disable"), path, QStringLiteral("王敏") } + admin,
        AdminPassword);
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(QStringLiteral("last administrator")), qPrintable(r.err));
    r = runAs(QStringList { QStringLiteral("user"), QStringLiteral("disable"), path, QStringLiteral("访客") } + admin, AdminPassword);
    QVERIFY2(r.code == 0, qPrintable(r.err));
    // A disabled account signs in no more, with its right password.
    r = runAs({ QStringLiteral("summary"), path, QStringLiteral("--user"), QStringLiteral("访客") }, ViewerPassword);
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains(QStringLiteral("was disabled")), qPrintable(r.err));
    // Deleting an account, or renaming it, with the plain sqlite3 shell: refused.
    const QByteArray before = fileHash(path);
    QVERIFY(sqliteShell(path, QStringLiteral("DELETE FROM accounts WHERE name = '访客'")).code != 0);
    QVERIFY(sqliteShell(path, QStringLiteral("UPDATE accounts SET name = 'x' WHERE name = '访客'")).code != 0);
    QCOMPARE(fileHash(path), before);
    QCOMPARE(sqliteShell(path, QStringLiteral("SELECT count(*) FROM accounts")).out, QStringLiteral("4"));
}

QTEST_GUILESS_MAIN(TestAccounts)
#include "test_accounts.moc"
