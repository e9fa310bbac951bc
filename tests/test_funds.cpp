// Funds and projects, core and command line (app/core/funds, `tongxin-cli projects`): the
// queries against independent SQL over the demo, paid by unit and year against Headline, the
// rules (payment over budget refused by the core and by the schema, budget over allocation
// warned), attachments (round trip, size limit), and the command line's JSON against the core.
// The widgets are tested in test_funds_ui.

#include "common/fundsfixture.h"

#include "db/dberror.h"
#include "db/transaction.h"
#include "domain/labels.h"
#include "funds/attachments.h"
#include "funds/fundsquery.h"
#include "funds/fundsrules.h"
#include "i18n/language.h"
#include "money/money.h"
#include "stats/headline.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QProcess>
#include <QRandomGenerator>
#include <QTest>

using namespace tongxin;
using namespace tongxin::testing;

namespace {

struct CliResult
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

CliResult runCli(const QStringList &arguments)
{
    QProcess p;
    p.setProgram(QStringLiteral(TONGXIN_CLI));
    p.setArguments(arguments);
    p.start();
    CliResult r;
    if (!p.waitForFinished(120000) || p.exitStatus() != QProcess::NormalExit)
        return r;
    r.exitCode = p.exitCode();
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

} // namespace

class TestFunds final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void totalsEqualIndependentSql_data();
    void totalsEqualIndependentSql();
    void paidByUnitYearEqualsHeadline();
    void ledgerSearchAndDetail();
    void checkPaymentRefusesOverBudget();
    void triggerRefusesRawInsert();
    void checkBudgetBelowPaid();
    void budgetWarningWhenOverAllocation();
    void attachmentRoundTrip();
    void attachmentOverLimitRefused();
    void cliJsonTotalsEqualCore();

private:
    QSqlDatabase db() const { return m_db->db(); }

    DemoCopies m_demo;
    QString m_path;
    std::unique_ptr<Database> m_db;
};

void TestFunds::initTestCase()
{
    QVERIFY(Language::apply(QStringLiteral("en")));
    QString why;
    QVERIFY2(m_demo.setUp(&why), qPrintable(why));
}

void TestFunds::init()
{
    QString why;
    m_db = m_demo.copy(&m_path, &why);
    QVERIFY2(m_db, qPrintable(why));
}

void TestFunds::cleanup()
{
    Language::apply(QStringLiteral("en"));
    m_db.reset();
}

void TestFunds::totalsEqualIndependentSql_data()
{
    QTest::addColumn<int>("year");
    QTest::addColumn<QString>("county"); // Chinese name, empty = all
    QTest::addColumn<QString>("category");
    QTest::addColumn<QString>("status");
    QTest::newRow("everything") << 0 << QString() << QString() << QString();
    QTest::newRow("2018") << 2018 << QString() << QString() << QString();
    QTest::newRow("庄浪县 2020") << 2020 << QStringLiteral("庄浪县") << QString() << QString();
    QTest::newRow("崆峒区 industry") << 0 << QStringLiteral("崆峒区") << QStringLiteral("industry") << QString();
    QTest::newRow("accepted 2019") << 2019 << QString() << QString() << QStringLiteral("accepted");
    QTest::newRow("cancelled") << 0 << QString() << QString() << QStringLiteral("cancelled");
}

void TestFunds::totalsEqualIndependentSql()
{
    QFETCH(int, year);
    QFETCH(QString, county);
    QFETCH(QString, category);
    QFETCH(QString, status);
    FundsFilter f;
    f.year = year;
    f.countyId = county.isEmpty() ? 0 : Breakdowns::findUnit(db(), county);
    QVERIFY(county.isEmpty() || f.countyId > 0);
    f.category = category;
    f.status = status;

    // The same selection written independently.
    const QString where = QStringLiteral(" WHERE (:y = 0 OR p.year = :y) AND (:c = 0 OR p.county_id = :c)"
                                         " AND (:cat = '' OR p.category = :cat) AND (:st = '' OR p.status = :st)");
    const QVariantMap binds { { QStringLiteral(":y"), year }, { QStringLiteral(":c"), f.countyId },
        { QStringLiteral(":cat"), category.isNull() ? QStringLiteral("") : category },
        { QStringLiteral(":st"), status.isNull() ? QStringLiteral("") : status } };
    const qint64 count = scalar(db(), QStringLiteral("SELECT count(*) FROM projects p") + where, binds);
    const qint64 budget = scalar(db(), QStringLiteral("SELECT ifnull(sum(budget_fen), 0) FROM projects p") + where, binds);
    const qint64 paid = scalar(db(),
        QStringLiteral("SELECT ifnull(sum(pp.amount_fen), 0) FROM project_payments pp JOIN projects p ON p.id = pp.project_id")
            + where,
        binds);
    const qint64 people
        = scalar(db(), QStringLiteral("SELECT ifnull(sum(beneficiaries), 0) FROM projects p") + where, binds);
    QVERIFY(count >= 0 && budget >= 0 && paid >= 0);

    QVector<LedgerRow> rows;
    QString why;
    QVERIFY2(FundsQuery::ledger(db(), f, &rows, &why), qPrintable(why));
    const LedgerTotals t = FundsQuery::totals(rows);
    QCOMPARE(t.projects, count);
    QCOMPARE(t.budgetFen, budget);
    QCOMPARE(t.paidFen, paid);
    QCOMPARE(t.beneficiaries, people);
    const LedgerTotals direct = FundsQuery::ledgerTotals(db(), f);
    QCOMPARE(direct.budgetFen, budget);
    QCOMPARE(direct.paidFen, paid);
    for (const LedgerRow &r : std::as_const(rows)) {
        QVERIFY(r.paidFen <= r.budgetFen);
        QVERIFY(year == 0 || r.year == year);
        QVERIFY(f.countyId == 0 || r.countyId == f.countyId);
    }

    // Budget by category and subcategory.
    QSqlQuery q(db());
    q.prepare(QStringLiteral("SELECT category, sum(budget_fen) FROM projects p") + where + QStringLiteral(" GROUP BY 1"));
    for (auto it = binds.constBegin(); it != binds.constEnd(); ++it)
        q.bindValue(it.key(), it.value());
    QVERIFY(q.exec());
    QMap<QString, qint64> byCategory;
    while (q.next())
        byCategory.insert(q.value(0).toString(), q.value(1).toLongLong());
    const QVector<Cell> cats = FundsQuery::budgetByCategory(db(), f);
    QCOMPARE(cats.size(), byCategory.size());
    for (const Cell &c : cats) {
        QCOMPARE(c.value, byCategory.value(c.row));
        QCOMPARE(sumCells(FundsQuery::budgetBySubcategory(db(), f), c.row, QString()), c.value);
    }

    // Projects by status: every status listed, the counts add up.
    const QVector<Cell> statuses = FundsQuery::projectsByStatus(db(), f);
    QCOMPARE(statuses.size(), Labels::codes(Labels::Domain::ProjectStatus).size());
    qint64 counted = 0;
    for (const Cell &c : statuses) {
        QVariantMap b = binds;
        b[QStringLiteral(":st")] = c.row;
        QCOMPARE(c.value,
            status.isEmpty() || status == c.row ? scalar(db(), QStringLiteral("SELECT count(*) FROM projects p") + where, b)
                                                : 0);
        counted += c.value;
    }
    QCOMPARE(counted, count);

    // Payments by month: monthly sums, running total ending at the ledger's paid.
    const QVector<MonthAmount> months = FundsQuery::paymentsByMonth(db(), f);
    qint64 running = 0;
    for (const MonthAmount &m : months) {
        QVariantMap b = binds;
        b.insert(QStringLiteral(":m"), m.month);
        QCOMPARE(m.fen,
            scalar(db(),
                QStringLiteral("SELECT ifnull(sum(pp.amount_fen), 0) FROM project_payments pp JOIN projects p"
                               " ON p.id = pp.project_id")
                    + where + QStringLiteral(" AND substr(pp.pay_date, 1, 7) = :m"),
                b));
        running += m.fen;
        QCOMPARE(m.cumulativeFen, running);
    }
    QCOMPARE(running, paid);

    // Allocations by unit and year (calendar year of the allocation).
    const QVector<Cell> allocated = FundsQuery::allocatedByUnitYear(db(), f.statsFilter());
    QCOMPARE(sumCells(allocated, QString(), QString()),
        scalar(db(),
            QStringLiteral("SELECT ifnull(sum(amount_fen), 0) FROM fund_allocations WHERE (:y = 0 OR year = :y)"
                           " AND (:c = 0 OR county_id = :c)"),
            QVariantMap { { QStringLiteral(":y"), year }, { QStringLiteral(":c"), f.countyId } }));
    for (const Cell &c : allocated)
        QCOMPARE(c.value,
            scalar(db(), QStringLiteral("SELECT sum(amount_fen) FROM fund_allocations WHERE county_id = ? AND year = ?"),
                { c.row.toLongLong(), c.column.toInt() }));
}

void TestFunds::paidByUnitYearEqualsHeadline()
{
    const QVector<Cell> cells = FundsQuery::paidByUnitYear(db(), Filter {});
    QVERIFY(!cells.isEmpty());
    HeadlineFigures all;
    QVERIFY(Headline::compute(db(), Filter {}, &all));
    QCOMPARE(sumCells(cells, QString(), QString()), all.value(Figure::FiscalAidPaid));
    QCOMPARE(all.value(Figure::FiscalAidPaid), qint64(30903472100)); // the article's 3.09亿元
    int checked = 0;
    for (const Unit &u : Breakdowns::westernUnits(db())) {
        for (int y = 2016; y <= 2021; ++y) {
            HeadlineFigures figs;
            QVERIFY(Headline::compute(db(), Filter::year(y, u.id), &figs));
            const qint64 headline = figs.value(Figure::FiscalAidPaid);
            QCOMPARE(sumCells(cells, QString::number(u.id), QString::number(y)), headline);
            QCOMPARE(sumCells(FundsQuery::paidByUnitYear(db(), Filter::year(y, u.id)), QString(), QString()), headline);
            // The ledger, counting payments of that calendar year, says the same.
            FundsFilter f;
            f.countyId = u.id;
            f.paidYear = y;
            QCOMPARE(FundsQuery::ledgerTotals(db(), f).paidFen, headline);
            checked += headline > 0;
        }
    }
    QCOMPARE(checked, 12); // three units × four years with payments
}

void TestFunds::ledgerSearchAndDetail()
{
    FundsFilter f;
    f.search = QStringLiteral("两癌");
    QVector<LedgerRow> rows;
    QVERIFY(FundsQuery::ledger(db(), f, &rows));
    QCOMPARE(qint64(rows.size()), scalar(db(), QStringLiteral("SELECT count(*) FROM projects WHERE name LIKE '%两癌%'"
                                                              " OR subcategory LIKE '%两癌%'")));
    QVERIFY(rows.size() >= 3);
    f.search = QStringLiteral("两癌 zhuanglang"); // every word must match, English names too
    QVector<LedgerRow> zhuanglang;
    QVERIFY(FundsQuery::ledger(db(), f, &zhuanglang));
    QVERIFY(!zhuanglang.isEmpty() && zhuanglang.size() < rows.size());
    for (const LedgerRow &r : std::as_const(zhuanglang))
        QCOMPARE(r.county, QStringLiteral("庄浪县"));

    // A project's detail: its ledger row, payments, updates and attachments.
    const qint64 id = scalar(db(), QStringLiteral("SELECT project_id FROM project_attachments ORDER BY id LIMIT 1"));
    ProjectDetail d;
    QString why;
    QVERIFY2(FundsQuery::detail(db(), id, &d, &why), qPrintable(why));
    QCOMPARE(d.project.id, id);
    QCOMPARE(qint64(d.payments.size()), scalar(db(), QStringLiteral("SELECT count(*) FROM project_payments WHERE project_id = ?"), { id }));
    QCOMPARE(qint64(d.updates.size()), scalar(db(), QStringLiteral("SELECT count(*) FROM project_updates WHERE project_id = ?"), { id }));
    QVERIFY(!d.attachments.isEmpty());
    qint64 paid = 0;
    for (const PaymentRecord &p : std::as_const(d.payments))
        paid += p.amountFen;
    QCOMPARE(d.project.paidFen, paid);
    QVERIFY(!FundsQuery::detail(db(), 999999, &d, &why));
    QVERIFY(why.contains(QStringLiteral("999999")));
}

void TestFunds::checkPaymentRefusesOverBudget()
{
    const qint64 id = scalar(db(), QStringLiteral("SELECT p.id FROM projects p WHERE p.budget_fen > (SELECT ifnull(sum(amount_fen), 0)"
                                                  " FROM project_payments WHERE project_id = p.id) + 100000 ORDER BY p.id LIMIT 1"));
    QVERIFY(id > 0);
    const qint64 budget = scalar(db(), QStringLiteral("SELECT budget_fen FROM projects WHERE id = ?"), { id });
    const qint64 paid = FundsQuery::paidOfProject(db(), id);
    const qint64 left = budget - paid;
    const QString before = fingerprint(db());

    QVERIFY(FundsRules::checkPayment(db(), id, left).isEmpty()); // exactly up to the budget is fine
    const QString refused = FundsRules::checkPayment(db(), id, left + 1);
    QVERIFY(!refused.isEmpty());
    QVERIFY2(refused.contains(Money::format(budget)), qPrintable(refused));
    QVERIFY2(refused.contains(Money::format(paid)), qPrintable(refused));
    QVERIFY2(refused.contains(Money::format(left)), qPrintable(refused));
    QVERIFY2(refused.contains(Money::format(paid + left + 1)), qPrintable(refused));
    QCOMPARE(fingerprint(db()), before);

    // Editing a payment: the payment being replaced does not count against the budget.
    const qint64 payment = scalar(db(), QStringLiteral("SELECT id FROM project_payments WHERE project_id = ? ORDER BY id LIMIT 1"), { id });
    if (payment > 0) {
        const qint64 amount = scalar(db(), QStringLiteral("SELECT amount_fen FROM project_payments WHERE id = ?"), { payment });
        QVERIFY(FundsRules::checkPayment(db(), id, amount + left, payment).isEmpty());
        QVERIFY(!FundsRules::checkPayment(db(), id, amount + left + 1, payment).isEmpty());
    }
    QVERIFY(!FundsRules::checkPayment(db(), id, 0).isEmpty());
    QVERIFY(!FundsRules::checkPayment(db(), id, -5).isEmpty());
    QVERIFY(FundsRules::checkPayment(db(), 999999, 100).contains(QStringLiteral("999999")));

    // A fully paid project says so.
    const qint64 full = scalar(db(), QStringLiteral("SELECT p.id FROM projects p WHERE p.budget_fen > 0 AND p.budget_fen ="
                                                    " (SELECT sum(amount_fen) FROM project_payments WHERE project_id = p.id) LIMIT 1"));
    QVERIFY(full > 0);
    QVERIFY(FundsRules::checkPayment(db(), full, 1).contains(QStringLiteral("fully paid")));
    QCOMPARE(fingerprint(db()), before);
}

void TestFunds::triggerRefusesRawInsert()
{
    const qint64 id = scalar(db(), QStringLiteral("SELECT id FROM projects WHERE status = 'under_construction' LIMIT 1"));
    const qint64 left = scalar(db(), QStringLiteral("SELECT budget_fen FROM projects WHERE id = ?"), { id })
        - FundsQuery::paidOfProject(db(), id);
    const QString before = fingerprint(db());
    {
        Transaction t(db());
        QSqlQuery q(db());
        q.prepare(QStringLiteral("INSERT INTO project_payments (project_id, pay_date, amount_fen) VALUES (?, '2020-12-30', ?)"));
        q.addBindValue(id);
        q.addBindValue(left + 1);
        QVERIFY(!q.exec());
        QVERIFY2(q.lastError().text().contains(QStringLiteral("payment_over_budget")), qPrintable(q.lastError().text()));
        QCOMPARE(DbError::describe(q.lastError()), DbError::tr("The total paid for a project cannot exceed its budget."));
    }
    QCOMPARE(fingerprint(db()), before);
    // Lowering a budget under what was paid is refused too.
    QSqlQuery q(db());
    q.prepare(QStringLiteral("UPDATE projects SET budget_fen = ? WHERE id = ?"));
    q.addBindValue(FundsQuery::paidOfProject(db(), id) - 1);
    q.addBindValue(id);
    QVERIFY(!q.exec());
    QCOMPARE(fingerprint(db()), before);
}

void TestFunds::checkBudgetBelowPaid()
{
    const qint64 id = scalar(db(), QStringLiteral("SELECT project_id FROM project_payments ORDER BY id LIMIT 1"));
    const qint64 paid = FundsQuery::paidOfProject(db(), id);
    QVERIFY(paid > 0);
    QVERIFY(FundsRules::checkBudget(db(), id, paid).isEmpty());
    const QString refused = FundsRules::checkBudget(db(), id, paid - 1);
    QVERIFY(refused.contains(Money::format(paid)));
    QVERIFY(!FundsRules::checkBudget(db(), id, -1).isEmpty());
    QVERIFY(FundsRules::checkBudget(db(), 0, 100).isEmpty()); // a new project
}

void TestFunds::budgetWarningWhenOverAllocation()
{
    const qint64 unit = Breakdowns::findUnit(db(), QStringLiteral("崆峒区"));
    // The demo stays within its allocations (cancelled projects do not count).
    for (const Unit &u : Breakdowns::westernUnits(db())) {
        for (int y = 2017; y <= 2020; ++y)
            QVERIFY2(FundsRules::budgetWarning(db(), u.id, y).isEmpty(), qPrintable(FundsRules::budgetWarning(db(), u.id, y)));
    }
    const qint64 allocated = FundsQuery::allocatedOfUnitYear(db(), unit, 2019);
    const qint64 budgets = FundsQuery::budgetOfUnitYear(db(), unit, 2019);
    QCOMPARE(allocated, scalar(db(), QStringLiteral("SELECT sum(amount_fen) FROM fund_allocations WHERE county_id = ? AND year = 2019"), { unit }));
    QVERIFY(budgets <= allocated);
    const qint64 extra = allocated - budgets + 500000; // 5,000 yuan over
    QSqlQuery q(db());
    q.prepare(QStringLiteral("INSERT INTO projects (name, year, county_id, category, budget_fen) VALUES ('追加项目', 2019, ?, 'other', ?)"));
    q.addBindValue(unit);
    q.addBindValue(extra);
    QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
    const QString warning = FundsRules::budgetWarning(db(), unit, 2019);
    QVERIFY(!warning.isEmpty());
    QVERIFY2(warning.contains(Money::format(budgets + extra)), qPrintable(warning));
    QVERIFY2(warning.contains(Money::format(allocated)), qPrintable(warning));
    QVERIFY2(warning.contains(Money::format(500000)), qPrintable(warning));
    QVERIFY(warning.contains(QStringLiteral("Kongtong District")) && warning.contains(QStringLiteral("2019")));
    // A year without any allocation but with budgets is warned about too.
    QVERIFY(q.prepare(QStringLiteral("INSERT INTO projects (name, year, county_id, category, budget_fen) VALUES ('新年项目', 2021, ?, 'other', 100)")));
    q.addBindValue(unit);
    QVERIFY(q.exec());
    QVERIFY(FundsRules::budgetWarning(db(), unit, 2021).contains(QStringLiteral("No allocation")));
    QVERIFY(FundsRules::budgetWarning(db(), unit, 2022).isEmpty());
}

void TestFunds::attachmentRoundTrip()
{
    const qint64 project = scalar(db(), QStringLiteral("SELECT min(id) FROM projects"));
    const qint64 update = scalar(db(), QStringLiteral("SELECT min(id) FROM project_updates WHERE project_id = ?"), { project });
    // A PNG signature and random bytes (every byte value, NULs included).
    QByteArray bytes("\x89PNG\r\n\x1a\n", 8);
    for (int i = 0; i < 300000; ++i)
        bytes.append(char(QRandomGenerator::global()->bounded(256)));
    const QString file = m_demo.filePath(QStringLiteral("验收照片.png"));
    {
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QCOMPARE(f.write(bytes), qint64(bytes.size()));
    }
    const int before = int(Attachments::list(db(), project).size());
    QString why;
    const qint64 id = Attachments::add(db(), project, file, update, &why);
    QVERIFY2(id > 0, qPrintable(why));
    const QVector<AttachmentInfo> list = Attachments::list(db(), project);
    QCOMPARE(list.size(), before + 1);
    const AttachmentInfo &a = list.last();
    QCOMPARE(a.id, id);
    QCOMPARE(a.fileName, QStringLiteral("验收照片.png"));
    QCOMPARE(a.mimeType, QStringLiteral("image/png"));
    QCOMPARE(a.sizeBytes, qint64(bytes.size()));
    QCOMPARE(a.updateId, update);
    QCOMPARE(Attachments::sizeText(a.sizeBytes), QLocale().formattedDataSize(bytes.size(), 1, QLocale::DataSizeTraditionalFormat));

    QByteArray back;
    QVERIFY(Attachments::fetch(db(), id, &back, &why));
    QCOMPARE(back, bytes);
    // After closing and reopening the file, the bytes are still the same.
    m_db.reset();
    m_db = std::make_unique<Database>();
    QVERIFY(m_db->open(m_path));
    QVERIFY(Attachments::fetch(db(), id, &back, &why));
    QCOMPARE(back, bytes);
    const QString temp = Attachments::saveToTemp(db(), id, &why);
    QVERIFY2(!temp.isEmpty(), qPrintable(why));
    QCOMPARE(QFileInfo(temp).fileName(), QStringLiteral("验收照片.png"));
    QFile saved(temp);
    QVERIFY(saved.open(QIODevice::ReadOnly));
    QCOMPARE(saved.readAll(), bytes);

    // Bytes in memory, type guessed from name and content; an empty file is a file too.
    const qint64 text = Attachments::addData(db(), project, QStringLiteral("说明.txt"), QByteArray("验收合格\n"));
    AttachmentInfo info;
    QVERIFY(Attachments::info(db(), text, &info));
    QCOMPARE(info.mimeType, QStringLiteral("text/plain"));
    const qint64 empty = Attachments::addData(db(), project, QStringLiteral("empty.bin"), QByteArray());
    QVERIFY(empty > 0);
    QVERIFY(Attachments::fetch(db(), empty, &back, &why));
    QVERIFY(back.isEmpty());
    // An update of another project, or no project, is refused.
    const qint64 other = scalar(db(), QStringLiteral("SELECT min(id) FROM project_updates WHERE project_id <> ?"), { project });
    QCOMPARE(Attachments::addData(db(), project, QStringLiteral("x.txt"), "x", QString(), other, &why), qint64(0));
    QCOMPARE(Attachments::addData(db(), 999999, QStringLiteral("x.txt"), "x", QString(), 0, &why), qint64(0));

    QVERIFY(Attachments::remove(db(), id, &why));
    QVERIFY(!Attachments::fetch(db(), id, &back, &why));
    QVERIFY(!Attachments::remove(db(), id, &why));
}

void TestFunds::attachmentOverLimitRefused()
{
    const qint64 project = scalar(db(), QStringLiteral("SELECT min(id) FROM projects"));
    const QString before = fingerprint(db());
    const QString file = m_demo.filePath(QStringLiteral("scan.pdf"));
    {
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QVERIFY(f.resize(Attachments::MaxBytes + 1)); // sparse: no 20 MB written
    }
    QString why;
    QCOMPARE(Attachments::add(db(), project, file, 0, &why), qint64(0));
    QVERIFY2(why.contains(QStringLiteral("scan.pdf")), qPrintable(why));
    QVERIFY2(why.contains(QLocale().toString(Attachments::MaxBytes + 1)), qPrintable(why));
    QVERIFY2(why.contains(QLocale().toString(Attachments::MaxBytes)), qPrintable(why));
    QVERIFY2(why.contains(Attachments::sizeText(Attachments::MaxBytes)), qPrintable(why));
    QCOMPARE(fingerprint(db()), before);
    // In memory too; exactly the limit is accepted.
    QCOMPARE(Attachments::addData(db(), project, QStringLiteral("big.bin"), QByteArray(Attachments::MaxBytes + 1, 'x'),
                 QString(), 0, &why),
        qint64(0));
    QCOMPARE(fingerprint(db()), before);
    QVERIFY(Attachments::addData(db(), project, QStringLiteral("limit.bin"), QByteArray(Attachments::MaxBytes, 'x')) > 0);
    QCOMPARE(scalar(db(), QStringLiteral("SELECT size_bytes FROM project_attachments WHERE file_name = 'limit.bin'")),
        Attachments::MaxBytes);
    QVERIFY(!Attachments::add(db(), project, m_demo.filePath(QStringLiteral("missing.pdf")), 0, &why));
}

void TestFunds::cliJsonTotalsEqualCore()
{
    QVERIFY2(QFile::exists(QStringLiteral(TONGXIN_CLI)), TONGXIN_CLI);
    m_db.reset(); // the CLI opens the file itself
    Database check;
    QVERIFY(check.open(m_path));
    const struct
    {
        QStringList options;
        FundsFilter filter;
    } cases[] = {
        { {}, {} },
        { { QStringLiteral("--year"), QStringLiteral("2019") }, [] { FundsFilter f; f.year = 2019; return f; }() },
        { { QStringLiteral("--county"), QStringLiteral("Kongtong District"), QStringLiteral("--category"), QStringLiteral("产业") },
            [&] { FundsFilter f; f.countyId = Breakdowns::findUnit(check.db(), QStringLiteral("崆峒区")); f.category = QStringLiteral("industry"); return f; }() },
        { { QStringLiteral("--status"), QStringLiteral("Under construction"), QStringLiteral("--paid-year"), QStringLiteral("2020") },
            [] { FundsFilter f; f.status = QStringLiteral("under_construction"); f.paidYear = 2020; return f; }() },
    };
    for (const auto &c : cases) {
        const CliResult r = runCli(QStringList { QStringLiteral("projects"), m_path, QStringLiteral("--json"),
                                       QStringLiteral("--lang"), QStringLiteral("en") }
            + c.options);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonObject root = QJsonDocument::fromJson(r.out).object();
        const QJsonObject totals = root.value(QStringLiteral("totals")).toObject();
        const LedgerTotals core = FundsQuery::ledgerTotals(check.db(), c.filter);
        QCOMPARE(totals.value(QStringLiteral("projects")).toInteger(), core.projects);
        QCOMPARE(totals.value(QStringLiteral("budget_fen")).toInteger(), core.budgetFen);
        QCOMPARE(totals.value(QStringLiteral("paid_fen")).toInteger(), core.paidFen);
        QCOMPARE(totals.value(QStringLiteral("beneficiaries")).toInteger(), core.beneficiaries);
        const QJsonArray projects = root.value(QStringLiteral("projects")).toArray();
        QCOMPARE(qint64(projects.size()), core.projects);
        qint64 paid = 0;
        for (const QJsonValue &p : projects)
            paid += p.toObject().value(QStringLiteral("paid_fen")).toInteger();
        QCOMPARE(paid, core.paidFen);
    }

    // `summary` keeps matching: the ledger's paid for a payment year is the headline figure.
    for (int y = 2017; y <= 2020; ++y) {
        const CliResult ledger = runCli({ QStringLiteral("projects"), m_path, QStringLiteral("--paid-year"), QString::number(y),
            QStringLiteral("--county"), QStringLiteral("庄浪县"), QStringLiteral("--json"), QStringLiteral("--compact") });
        const CliResult summary = runCli({ QStringLiteral("summary"), m_path, QStringLiteral("--year"), QString::number(y),
            QStringLiteral("--county"), QStringLiteral("庄浪县"), QStringLiteral("--json"), QStringLiteral("--compact") });
        QCOMPARE(ledger.exitCode, 0);
        QCOMPARE(summary.exitCode, 0);
        const qint64 ledgerPaid = QJsonDocument::fromJson(ledger.out).object().value(QStringLiteral("totals")).toObject().value(QStringLiteral("paid_fen")).toInteger();
        const qint64 headline = QJsonDocument::fromJson(summary.out).object().value(QStringLiteral("fiscal_aid_paid_fen")).toInteger();
        QVERIFY(headline > 0);
        QCOMPARE(ledgerPaid, headline);
    }

    // The table: a totals line; unknown values and options are usage errors.
    const CliResult table = runCli({ QStringLiteral("projects"), m_path, QStringLiteral("--year"), QStringLiteral("2017"),
        QStringLiteral("--lang"), QStringLiteral("en") });
    QCOMPARE(table.exitCode, 0);
    const QString text = QString::fromUtf8(table.out);
    FundsFilter y2017;
    y2017.year = 2017;
    const LedgerTotals t2017 = FundsQuery::ledgerTotals(check.db(), y2017);
    QVERIFY2(text.contains(QStringLiteral("Total: %1 projects").arg(t2017.projects)), qPrintable(text));
    QVERIFY(text.contains(Money::format(t2017.budgetFen, Money::Style::English)));
    QVERIFY(text.contains(QStringLiteral("funding year 2017")));
    QCOMPARE(runCli({ QStringLiteral("projects"), m_path, QStringLiteral("--status"), QStringLiteral("nonsense") }).exitCode, 2);
    QCOMPARE(runCli({ QStringLiteral("projects"), m_path, QStringLiteral("--from"), QStringLiteral("2018") }).exitCode, 2);
    QCOMPARE(runCli({ QStringLiteral("projects"), m_path, QStringLiteral("--county"), QStringLiteral("nowhere") }).exitCode, 2);
    const CliResult help = runCli({ QStringLiteral("--help"), QStringLiteral("--lang"), QStringLiteral("en") });
    QVERIFY(QString::fromUtf8(help.out).contains(QStringLiteral("--paid-year")));
    QVERIFY(QString::fromUtf8(help.out).simplified().contains(QStringLiteral("only projects of this funding year")));
}

QTEST_GUILESS_MAIN(TestFunds)
#include "test_funds.moc"
