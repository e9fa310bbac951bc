// Funds and projects (app/core/funds, ui/funds, `tongxin-cli projects`): the queries against
// independent SQL over the demo, paid by unit and year against Headline, the rules (payment over
// budget refused by the core and by the schema, budget over allocation warned), attachments
// (round trip, size limit), the charts' series against the queries, the ledger, detail and page
// widgets, and the command line's JSON against the core.

#include "db/database.h"
#include "db/dberror.h"
#include "db/transaction.h"
#include "domain/labels.h"
#include "demo/demo.h"
#include "funds/attachments.h"
#include "funds/fundschartswidget.h"
#include "funds/fundspage.h"
#include "funds/fundsquery.h"
#include "funds/fundsrules.h"
#include "funds/projectdetailwidget.h"
#include "funds/projectledgerview.h"
#include "i18n/language.h"
#include "money/money.h"
#include "shell/application.h"
#include "shell/filedialog.h"
#include "shell/mainwindow.h"
#include "shell/messagebox.h"
#include "stats/headline.h"
#include "widgets/listmodel.h"
#include "widgets/listproxy.h"
#include "widgets/listview.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QHorizontalBarSeries>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineSeries>
#include <QPieSeries>
#include <QPieSlice>
#include <QProcess>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QTreeWidget>
#include <QValueAxis>

using namespace tongxin;

namespace {

qint64 scalar(const QSqlDatabase &db, const QString &sql, const QVariantMap &binds)
{
    QSqlQuery q(db);
    q.prepare(sql);
    for (auto it = binds.constBegin(); it != binds.constEnd(); ++it)
        q.bindValue(it.key(), it.value());
    if (!q.exec() || !q.next()) {
        qWarning() << "query failed:" << sql << q.lastError().text();
        return -1;
    }
    return q.value(0).toLongLong();
}

qint64 scalar(const QSqlDatabase &db, const QString &sql, const QVariantList &binds = {})
{
    QSqlQuery q(db);
    if (!q.prepare(sql)) {
        qWarning() << "prepare failed:" << sql << q.lastError().text();
        return -1;
    }
    for (const QVariant &v : binds)
        q.addBindValue(v);
    if (!q.exec() || !q.next()) {
        qWarning() << "query failed:" << sql << q.lastError().text();
        return -1;
    }
    return q.value(0).toLongLong();
}

// The whole state of the money tables, to prove a refused write changed nothing.
QString fingerprint(const QSqlDatabase &db)
{
    QStringList parts;
    for (const char *sql : { "SELECT count(*) FROM project_payments", "SELECT ifnull(sum(amount_fen), 0) FROM project_payments",
             "SELECT ifnull(sum(budget_fen), 0) FROM projects", "SELECT count(*) FROM project_attachments",
             "SELECT ifnull(sum(size_bytes), 0) FROM project_attachments" })
        parts << QString::number(scalar(db, QString::fromLatin1(sql)));
    return parts.join(QLatin1Char('/'));
}

qint64 sumCells(const QVector<Cell> &cells, const QString &row, const QString &column)
{
    qint64 s = 0;
    for (const Cell &c : cells) {
        if ((row.isEmpty() || c.row == row) && (column.isEmpty() || c.column == column))
            s += c.value;
    }
    return s;
}

/// Wraps every translated string in ‹›: proves that widgets retranslate on LanguageChange.
class MarkingTranslator final : public QTranslator
{
public:
    bool isEmpty() const override { return false; }
    QString translate(const char *, const char *source, const char *, int) const override
    {
        return source && *source ? QStringLiteral("‹%1›").arg(QString::fromUtf8(source)) : QString();
    }
};

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
    void chartsShowQueryValues();
    void chartsHoverSaveAndRetranslate();
    void ledgerViewTotalsAndSearch();
    void detailWidgetShowsAndOpens();
    void pageFiltersWarningsAndMainWindow();
    void cliJsonTotalsEqualCore();
    void tmpShots();

private:
    QSqlDatabase db() const { return m_db->db(); }

    QTemporaryDir m_home;
    QTemporaryDir m_dir;
    QString m_master; // the demo, made once; each test works on a copy
    QString m_path;
    std::unique_ptr<Database> m_db;
    int m_copies = 0;
};

void TestFunds::initTestCase()
{
    Application::configure();
    QVERIFY(m_home.isValid() && m_dir.isValid());
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_home.filePath(QStringLiteral("config"))));
    qputenv("XDG_DATA_HOME", QFile::encodeName(m_home.filePath(QStringLiteral("data"))));
    MessageBox::setRecordOnly(true);
    QVERIFY(Language::apply(QStringLiteral("en")));
    m_master = m_dir.filePath(QStringLiteral("demo.db"));
    Database master;
    OpenError error;
    QVERIFY2(master.create(m_master, false, &error), qPrintable(error.message));
    QString why;
    QVERIFY2(Demo::populate(master, &why), qPrintable(why));
}

void TestFunds::init()
{
    MessageBox::clearRecorded();
    m_path = m_dir.filePath(QStringLiteral("copy%1.db").arg(++m_copies));
    {
        Database master;
        QVERIFY(master.open(m_master));
        QString why;
        QVERIFY2(master.backupTo(m_path, &why), qPrintable(why));
    }
    m_db = std::make_unique<Database>();
    QVERIFY(m_db->open(m_path));
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
    const QString file = m_dir.filePath(QStringLiteral("验收照片.png"));
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
    const QString file = m_dir.filePath(QStringLiteral("scan.pdf"));
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
    QVERIFY(!Attachments::add(db(), project, m_dir.filePath(QStringLiteral("missing.pdf")), 0, &why));
}

void TestFunds::chartsShowQueryValues()
{
    FundsChartsWidget charts;
    charts.resize(1100, 300);
    FundsFilter f;
    charts.load(db(), f);

    // Allocation vs paid: one series, two sets per unit (allocated, paid), years as categories.
    QChart *chart = charts.view(FundsChartsWidget::Allocation)->chart();
    QCOMPARE(chart->series().size(), 1);
    auto *bars = qobject_cast<QBarSeries *>(chart->series().first());
    QVERIFY(bars);
    const QVector<Unit> units = Breakdowns::westernUnits(db());
    QCOMPARE(bars->count(), 2 * int(units.size()));
    const QStringList years = qobject_cast<QBarCategoryAxis *>(chart->axes(Qt::Horizontal).first())->categories();
    QCOMPARE(years, QStringList({ QStringLiteral("2017"), QStringLiteral("2018"), QStringLiteral("2019"), QStringLiteral("2020") }));
    const QVector<Cell> allocated = FundsQuery::allocatedByUnitYear(db(), Filter {});
    const QVector<Cell> paid = FundsQuery::paidByUnitYear(db(), Filter {});
    for (QBarSet *set : bars->barSets()) {
        const QString unit = set->property("unitId").toString();
        const bool isPaid = set->property("kind").toString() == QLatin1String("paid");
        QVERIFY(!unit.isEmpty());
        for (int i = 0; i < years.size(); ++i)
            QCOMPARE(set->at(i), Money::inDisplayUnit(sumCells(isPaid ? paid : allocated, unit, years.at(i))));
    }
    QCOMPARE(bars->barSets().at(0)->label(), QStringLiteral("Zhuanglang County, allocated"));
    QCOMPARE(bars->barSets().at(1)->label(), QStringLiteral("Zhuanglang County, paid"));

    // Budget by category: one slice per category with a budget, its share as the label.
    auto *pie = qobject_cast<QPieSeries *>(charts.view(FundsChartsWidget::Category)->chart()->series().first());
    QVERIFY(pie);
    QVERIFY(pie->holeSize() > 0); // a donut
    const QVector<Cell> budget = FundsQuery::budgetByCategory(db(), f);
    QCOMPARE(pie->count(), int(budget.size()));
    const qint64 total = sumCells(budget, QString(), QString());
    for (int i = 0; i < budget.size(); ++i) {
        QPieSlice *slice = pie->slices().at(i);
        QCOMPARE(slice->property("code").toString(), budget.at(i).row);
        QCOMPARE(slice->value(), Money::inDisplayUnit(budget.at(i).value));
        QCOMPARE(slice->label(), QStringLiteral("%1%").arg(qRound(100.0 * double(budget.at(i).value) / double(total))));
    }
    QVERIFY(charts.findChild<QLabel *>(QStringLiteral("categoryChartLegend"))->text().contains(QStringLiteral("Industry")));

    // Cumulative payments: a point per month from the first payment to the last.
    QChart *line = charts.view(FundsChartsWidget::Payments)->chart();
    auto *cumulative = qobject_cast<QLineSeries *>(line->series().first());
    QVERIFY(cumulative);
    const QVector<MonthAmount> months = FundsQuery::paymentsByMonth(db(), f);
    const QDate first = QDate::fromString(months.first().month + QStringLiteral("-01"), Qt::ISODate);
    for (const MonthAmount &m : months) {
        const QDate d = QDate::fromString(m.month + QStringLiteral("-01"), Qt::ISODate);
        const int index = (d.year() - first.year()) * 12 + d.month() - first.month();
        QCOMPARE(cumulative->at(index).y(), Money::inDisplayUnit(m.cumulativeFen));
    }
    QCOMPARE(cumulative->points().last().y(), Money::inDisplayUnit(FundsQuery::ledgerTotals(db(), f).paidFen));
    auto *budgetLine = qobject_cast<QLineSeries *>(line->series().at(1));
    QCOMPARE(budgetLine->at(0).y(), Money::inDisplayUnit(FundsQuery::ledgerTotals(db(), f).budgetFen));

    // Projects by status, first status on top (a horizontal chart lists from the bottom).
    QChart *status = charts.view(FundsChartsWidget::Status)->chart();
    auto *hbars = qobject_cast<QHorizontalBarSeries *>(status->series().first());
    QVERIFY(hbars);
    const QStringList names = qobject_cast<QBarCategoryAxis *>(status->axes(Qt::Vertical).first())->categories();
    const QVector<Cell> counts = FundsQuery::projectsByStatus(db(), f);
    QCOMPARE(names.size(), counts.size());
    for (int i = 0; i < counts.size(); ++i) {
        const int at = int(names.indexOf(
            Labels::text(Labels::Domain::ProjectStatus, counts.at(i).row).replace(QStringLiteral(" construction"), QStringLiteral("<br>construction"))));
        QCOMPARE(at, int(counts.size()) - 1 - i);
        QCOMPARE(hbars->barSets().first()->at(at), double(counts.at(i).value));
    }

    // A filter changes every chart: one unit, one year.
    f.year = 2019;
    f.countyId = units.first().id;
    f.category = QStringLiteral("industry");
    charts.load(db(), f);
    bars = qobject_cast<QBarSeries *>(charts.view(FundsChartsWidget::Allocation)->chart()->series().first());
    QCOMPARE(bars->count(), 2);
    QCOMPARE(bars->barSets().at(1)->at(0),
        Money::inDisplayUnit(sumCells(FundsQuery::paidByUnitYear(db(), Filter::year(2019, f.countyId)), QString(), QString())));
    pie = qobject_cast<QPieSeries *>(charts.view(FundsChartsWidget::Category)->chart()->series().first());
    QCOMPARE(pie->count(), 1);
    QCOMPARE(pie->slices().first()->value(), Money::inDisplayUnit(FundsQuery::ledgerTotals(db(), f).budgetFen));

    // Nothing selected: each card says so instead of an empty chart.
    f.status = QStringLiteral("cancelled");
    f.year = 2017;
    charts.load(db(), f);
    QVERIFY(charts.view(FundsChartsWidget::Category)->isHidden());
    QVERIFY(charts.findChild<QLabel *>(QStringLiteral("categoryChartEmpty"))->text().contains(QStringLiteral("No records")));
}

void TestFunds::chartsHoverSaveAndRetranslate()
{
    FundsChartsWidget charts;
    charts.resize(1100, 300);
    charts.load(db(), FundsFilter {});

    auto *bars = qobject_cast<QBarSeries *>(charts.view(FundsChartsWidget::Allocation)->chart()->series().first());
    QBarSet *paid = bars->barSets().at(1);
    emit paid->hovered(true, 1);
    const QString hover = charts.hoverText(FundsChartsWidget::Allocation);
    const qint64 unit = paid->property("unitId").toLongLong();
    QVERIFY2(hover.contains(QStringLiteral("Zhuanglang County, 2018")), qPrintable(hover));
    QVERIFY(hover.contains(Money::format(sumCells(FundsQuery::paidByUnitYear(db(), Filter::year(2018, unit)), QString(), QString()))));
    QVERIFY(hover.contains(Money::format(FundsQuery::allocatedOfUnitYear(db(), unit, 2018))));
    emit paid->hovered(false, 1);
    QVERIFY(charts.hoverText(FundsChartsWidget::Allocation).isEmpty());

    auto *pie = qobject_cast<QPieSeries *>(charts.view(FundsChartsWidget::Category)->chart()->series().first());
    emit pie->slices().first()->hovered(true);
    QVERIFY(pie->slices().first()->isExploded());
    QVERIFY(charts.hoverText(FundsChartsWidget::Category).contains(Money::format(FundsQuery::budgetByCategory(db(), {}).first().value)));
    auto *line = qobject_cast<QLineSeries *>(charts.view(FundsChartsWidget::Payments)->chart()->series().first());
    emit line->hovered(QPointF(line->count() - 1, 0), true);
    QVERIFY(charts.hoverText(FundsChartsWidget::Payments).contains(Money::format(FundsQuery::ledgerTotals(db(), {}).paidFen)));
    auto *status = qobject_cast<QHorizontalBarSeries *>(charts.view(FundsChartsWidget::Status)->chart()->series().first());
    emit status->barSets().first()->hovered(true, int(status->barSets().first()->count()) - 1); // the top bar: planned
    QVERIFY2(charts.hoverText(FundsChartsWidget::Status).contains(QStringLiteral("Planned")),
        qPrintable(charts.hoverText(FundsChartsWidget::Status)));

    // Save as PNG through the dialog seam.
    const QString png = m_dir.filePath(QStringLiteral("chart"));
    FileDialog::setNextFileName(png);
    charts.show();
    charts.saveWithDialog(FundsChartsWidget::Category);
    QImage image(png + QStringLiteral(".png"));
    QVERIFY(!image.isNull());
    QVERIFY(image.width() > 100 && image.height() > 100);
    FileDialog::setNextFileName(QString()); // cancelled: nothing written, nothing said
    charts.saveWithDialog(FundsChartsWidget::Status);
    QVERIFY(MessageBox::recorded().isEmpty());
    QVERIFY(!charts.savePng(FundsChartsWidget::Status, m_dir.filePath(QStringLiteral("no/such/dir/x.png"))));
    QCOMPARE(MessageBox::recorded().size(), 1);

    // Titles, axes and legends follow the language.
    MarkingTranslator marking;
    QCoreApplication::installTranslator(&marking);
    QTRY_COMPARE(charts.view(FundsChartsWidget::Allocation)->chart()->title(),
        QStringLiteral("‹Allocated and paid, by year›"));
    QCOMPARE(charts.view(FundsChartsWidget::Status)->chart()->title(), QStringLiteral("‹Projects by status›"));
    QVERIFY(charts.findChild<QLabel *>(QStringLiteral("allocationChartLegend"))->text().contains(QStringLiteral("‹allocated")));
    QCoreApplication::removeTranslator(&marking);
    QTRY_COMPARE(charts.view(FundsChartsWidget::Status)->chart()->title(), QStringLiteral("Projects by status"));
    // Money in the display unit of the language: 万元 in Chinese.
    QVERIFY(Language::apply(QStringLiteral("zh_CN")));
    QTRY_COMPARE(qobject_cast<QValueAxis *>(charts.view(FundsChartsWidget::Allocation)->chart()->axes(Qt::Vertical).first())->titleText(),
        QStringLiteral("万元"));
    bars = qobject_cast<QBarSeries *>(charts.view(FundsChartsWidget::Allocation)->chart()->series().first());
    QCOMPARE(bars->barSets().at(1)->at(1),
        Money::inDisplayUnit(sumCells(FundsQuery::paidByUnitYear(db(), Filter::year(2018, unit)), QString(), QString())));
}

void TestFunds::ledgerViewTotalsAndSearch()
{
    ProjectLedgerView ledger;
    QSignalSpy activated(&ledger, &ProjectLedgerView::projectActivated);
    ledger.setDatabase(m_db.get());
    FundsFilter f;
    f.year = 2019;
    ledger.setFilter(f);
    const LedgerTotals core = FundsQuery::ledgerTotals(db(), f);
    QCOMPARE(qint64(ledger.list()->visibleRowCount()), core.projects);
    const LedgerTotals shown = ledger.visibleTotals();
    QCOMPARE(shown.budgetFen, core.budgetFen);
    QCOMPARE(shown.paidFen, core.paidFen);
    QVERIFY2(ledger.totalsLabel()->text().contains(Money::format(core.budgetFen)), qPrintable(ledger.totalsLabel()->text()));
    QVERIFY(ledger.totalsLabel()->text().contains(Money::format(core.paidFen)));
    QVERIFY(ledger.totalsLabel()->text().contains(FundsQuery::percentText(core.paidFen, core.budgetFen)));

    // The search box narrows the rows and the totals follow.
    f.search = QStringLiteral("两癌");
    ledger.setFilter(f);
    const LedgerTotals searched = ledger.visibleTotals();
    QVERIFY(searched.projects > 0 && searched.projects < core.projects);
    QVector<LedgerRow> rows;
    QVERIFY(FundsQuery::ledger(db(), f, &rows));
    QCOMPARE(searched.projects, qint64(rows.size()));
    QCOMPARE(searched.budgetFen, FundsQuery::totals(rows).budgetFen);
    QVERIFY(ledger.totalsLabel()->text().contains(Money::format(searched.budgetFen)));

    // The "% paid" column: raw hundredths of a percent, drawn by the bar delegate.
    const int column = ledger.list()->model()->columnIndex(QStringLiteral("percent_paid_bp"));
    QVERIFY(qobject_cast<PercentBarDelegate *>(ledger.list()->tableView()->itemDelegateForColumn(column)));
    const qint64 id = rows.first().id;
    QVERIFY(ledger.selectProject(id));
    QCOMPARE(ledger.currentProjectId(), id);
    const int row = ledger.list()->currentRow();
    QCOMPARE(ledger.list()->value(row, QStringLiteral("percent_paid_bp")).toLongLong(),
        rows.first().paidFen * 10000 / rows.first().budgetFen);
    QCOMPARE(PercentBarDelegate::text(ledger.list()->value(row, QStringLiteral("percent_paid_bp"))),
        FundsQuery::percentText(rows.first().paidFen, rows.first().budgetFen));
    emit ledger.list()->activated(row);
    QCOMPARE(activated.size(), 1);
    QCOMPARE(activated.first().first().toLongLong(), id);

    // The list shows English unit names in English, and the place of the project.
    const int unitColumn = ledger.list()->model()->columnIndex(QStringLiteral("county"));
    QCOMPARE(ledger.list()->model()->displayText(row, unitColumn), rows.first().countyEn);
    QVERIFY(rows.first().countyEn.endsWith(QStringLiteral("County")) || rows.first().countyEn.endsWith(QStringLiteral("District")));
    ledger.setDatabase(nullptr);
    QCOMPARE(ledger.list()->totalRowCount(), 0);
}

void TestFunds::detailWidgetShowsAndOpens()
{
    const qint64 project = scalar(db(), QStringLiteral("SELECT project_id FROM project_attachments ORDER BY id LIMIT 1"));
    const QByteArray bytes("验收意见：合格\n");
    QString why;
    const qint64 attachment = Attachments::addData(db(), project, QStringLiteral("意见.txt"), bytes, QString(), 0, &why);
    QVERIFY2(attachment > 0, qPrintable(why));

    ProjectDetailWidget detail;
    detail.setDatabase(m_db.get());
    detail.showProject(project);
    QCOMPARE(detail.projectId(), project);
    QCOMPARE(qint64(detail.paymentsList()->topLevelItemCount()),
        scalar(db(), QStringLiteral("SELECT count(*) FROM project_payments WHERE project_id = ?"), { project }));
    QCOMPARE(qint64(detail.updatesList()->topLevelItemCount()),
        scalar(db(), QStringLiteral("SELECT count(*) FROM project_updates WHERE project_id = ?"), { project }));
    QTreeWidget *files = detail.attachmentsList();
    QTreeWidgetItem *item = nullptr;
    for (int i = 0; i < files->topLevelItemCount(); ++i) {
        if (files->topLevelItem(i)->data(0, Qt::UserRole).toLongLong() == attachment)
            item = files->topLevelItem(i);
    }
    QVERIFY(item);
    QCOMPARE(item->text(0), QStringLiteral("意见.txt"));
    QCOMPARE(item->text(2), Attachments::sizeText(bytes.size()));
    QCOMPARE(item->toolTip(1), QStringLiteral("text/plain"));
    QVERIFY(detail.tabs()->tabText(ProjectDetailWidget::Files).contains(QString::number(files->topLevelItemCount())));
    const QString percent = scalar(db(), QStringLiteral("SELECT percent FROM project_updates WHERE project_id = ? ORDER BY update_date, id LIMIT 1"), { project }) >= 0
        ? QStringLiteral("%1%").arg(scalar(db(), QStringLiteral("SELECT percent FROM project_updates WHERE project_id = ? ORDER BY update_date, id LIMIT 1"), { project }))
        : QString();
    QCOMPARE(detail.updatesList()->topLevelItem(0)->text(1), percent);

    // "Open": the bytes go to a temporary file handed to the viewer.
    QUrl opened;
    ProjectDetailWidget::setUrlOpener([&opened](const QUrl &url) {
        opened = url;
        return true;
    });
    files->setCurrentItem(item);
    QVERIFY(detail.openCurrentAttachment());
    ProjectDetailWidget::setUrlOpener({});
    QVERIFY(opened.isLocalFile());
    QFile f(opened.toLocalFile());
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), bytes);
    QCOMPARE(QFileInfo(f).fileName(), QStringLiteral("意见.txt"));

    detail.showProject(0);
    QCOMPARE(detail.projectId(), qint64(0));
}

void TestFunds::pageFiltersWarningsAndMainWindow()
{
    FundsPage page;
    page.resize(1280, 800);
    page.setDatabase(m_db.get());
    QCOMPARE(page.pageId(), QStringLiteral("funds"));
    auto *year = page.findChild<QComboBox *>(QStringLiteral("yearFilter"));
    auto *unit = page.findChild<QComboBox *>(QStringLiteral("unitFilter"));
    auto *category = page.findChild<QComboBox *>(QStringLiteral("categoryFilter"));
    auto *status = page.findChild<QComboBox *>(QStringLiteral("statusFilter"));
    QVERIFY(year && unit && category && status);
    QCOMPARE(qint64(page.ledger()->list()->visibleRowCount()), scalar(db(), QStringLiteral("SELECT count(*) FROM projects")));
    QVERIFY(page.detail()->projectId() > 0); // the first project is shown
    QVERIFY(page.warningLabel()->isHidden());

    year->setCurrentIndex(year->findData(2020));
    unit->setCurrentIndex(unit->findData(Breakdowns::findUnit(db(), QStringLiteral("示例县"))));
    category->setCurrentIndex(category->findData(QStringLiteral("health")));
    const FundsFilter f = page.filter();
    QCOMPARE(f.year, 2020);
    QCOMPARE(f.category, QStringLiteral("health"));
    QCOMPARE(qint64(page.ledger()->list()->visibleRowCount()), FundsQuery::ledgerTotals(db(), f).projects);
    QCOMPARE(page.charts()->data().filter.category, QStringLiteral("health"));
    auto *pie = qobject_cast<QPieSeries *>(page.charts()->view(FundsChartsWidget::Category)->chart()->series().first());
    QCOMPARE(pie->sum(), Money::inDisplayUnit(FundsQuery::ledgerTotals(db(), f).budgetFen));
    status->setCurrentIndex(status->findData(QStringLiteral("accepted")));
    QCOMPARE(qint64(page.ledger()->list()->visibleRowCount()), FundsQuery::ledgerTotals(db(), page.filter()).projects);

    // Budgets over the allocation: a visible warning under the filters.
    QSqlQuery q(db());
    q.prepare(QStringLiteral("INSERT INTO projects (name, year, county_id, category, budget_fen) VALUES ('追加', 2020, ?, 'health', 1000000000)"));
    q.addBindValue(f.countyId);
    QVERIFY(q.exec());
    page.setDatabase(m_db.get()); // as the main window does after a write
    QCOMPARE(page.filter().year, 2020); // the same file keeps its filters
    QVERIFY(!page.warningLabel()->isHidden());
    QVERIFY(page.warningLabel()->text().contains(FundsRules::budgetWarning(db(), f.countyId, 2020).toHtmlEscaped()));

    // The main window hosts the page.
    MainWindow w;
    w.setRememberSession(false);
    QVERIFY(w.openDatabase(m_path));
    QVERIFY(w.pageIds().contains(QStringLiteral("funds")));
    auto *hosted = qobject_cast<FundsPage *>(w.page(QStringLiteral("funds")));
    QVERIFY(hosted);
    QCOMPARE(hosted->title(), QStringLiteral("Funds"));
    QVERIFY(!hosted->icon().isNull());
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

void TestFunds::tmpShots()
{
    const QString dir = qEnvironmentVariable("TMP_SHOTS");
    if (dir.isEmpty())
        QSKIP("no dir");
    QSqlQuery q(db());
    QVERIFY(q.exec(QStringLiteral("INSERT INTO projects (name, year, county_id, category, budget_fen) VALUES ('追加', 2019, 401, 'health', 90000000)")));
    for (const QString &lang : { QStringLiteral("en"), QStringLiteral("zh_CN") }) {
        Language::apply(lang);
        FundsPage page;
        page.resize(1100, 760);
        page.setDatabase(m_db.get());
        page.show();
        page.findChild<QComboBox *>(QStringLiteral("yearFilter"))->setCurrentIndex(3);
        page.findChild<QComboBox *>(QStringLiteral("unitFilter"))->setCurrentIndex(2);
        QTest::qWait(50);
        page.grab().save(dir + QStringLiteral("/page-%1.png").arg(lang));
        page.charts()->savePng(FundsChartsWidget::Category, dir + QStringLiteral("/cat-%1.png").arg(lang));
    }
}

QTEST_MAIN(TestFunds)
#include "test_funds.moc"
