#pragma once

// Helpers of test_sales_ui, test_sales_ui_forms and test_sales_ui_charts: a fresh copy of the
// demo for each test, the independent SQL of a sales filter (written here, not taken from the
// core), setting the Consumption aid page's filters as a user does, and a translator that marks
// every string to prove retranslation.

#include "common/userdriver.h"
#include "consumption/salesledger.h"
#include "consumption/salespage.h"
#include "consumption/salessummary.h"
#include "db/database.h"
#include "demo/demo.h"
#include "i18n/language.h"
#include "records/recordactions.h"
#include "records/recordcommands.h"
#include "shell/application.h"
#include "shell/messagebox.h"

#include <QCheckBox>
#include <QComboBox>
#include "widgets/datefield.h"
#include <QDebug>
#include <QSettings>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QUndoStack>
#include <QVariantMap>

#include <memory>

namespace tongxin::testing {

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

// The independent SQL of a filter: the WHERE clause written here, not taken from the core.
struct Sql
{
    QString where = QStringLiteral("1 = 1");
    QVariantMap binds;
};

inline Sql sqlOf(const SalesFilter &f)
{
    Sql s;
    const auto add = [&s](const QString &condition, const QString &name, const QVariant &value) {
        s.where += QStringLiteral(" AND ") + condition;
        s.binds.insert(name, value);
    };
    if (f.from.isValid())
        add(QStringLiteral("s.sale_date >= :from"), QStringLiteral(":from"), f.from.toString(Qt::ISODate));
    if (f.to.isValid())
        add(QStringLiteral("s.sale_date <= :to"), QStringLiteral(":to"), f.to.toString(Qt::ISODate));
    if (!f.channel.isEmpty())
        add(QStringLiteral("s.channel = :channel"), QStringLiteral(":channel"), f.channel);
    if (f.outletId == SalesFilter::NoOutlet)
        s.where += QStringLiteral(" AND s.outlet_id IS NULL");
    else if (f.outletId > 0)
        add(QStringLiteral("s.outlet_id = :outlet"), QStringLiteral(":outlet"), f.outletId);
    if (f.countyId > 0)
        add(QStringLiteral("s.county_id = :county"), QStringLiteral(":county"), f.countyId);
    if (!f.category.isEmpty())
        add(QStringLiteral("s.category = :category"), QStringLiteral(":category"), f.category);
    if (!f.buyerType.isEmpty())
        add(QStringLiteral("s.buyer_type = :buyer"), QStringLiteral(":buyer"), f.buyerType);
    if (!f.search.isEmpty())
        add(QStringLiteral(
                "(instr(s.product, :q) OR instr(ifnull(s.category, ''), :q) OR instr(ifnull(s.unit, ''), :q) "
                "OR instr(ifnull(s.source_ref, ''), :q) OR instr(ifnull(o.name, ''), :q))"),
            QStringLiteral(":q"), f.search);
    return s;
}

inline QSqlQuery run(const QSqlDatabase &db, const QString &sql, const QVariantMap &binds)
{
    QSqlQuery q(db);
    if (!q.prepare(sql))
        qWarning() << "prepare failed:" << sql << q.lastError().text();
    for (auto it = binds.constBegin(); it != binds.constEnd(); ++it) {
        if (sql.contains(it.key()))
            q.bindValue(it.key(), it.value());
    }
    if (!q.exec())
        qWarning() << "query failed:" << sql << q.lastError().text();
    return q;
}

struct Expected
{
    qint64 rows = 0;
    qint64 fen = 0;
    qint64 donationFen = 0;
};

inline Expected expected(const QSqlDatabase &db, const SalesFilter &f)
{
    const Sql s = sqlOf(f);
    QSqlQuery q = run(db,
        QStringLiteral("SELECT count(*), ifnull(sum(s.amount_fen), 0), "
                       "ifnull(sum(CASE WHEN s.purchase_for_donation = 1 THEN s.amount_fen END), 0) "
                       "FROM sales s LEFT JOIN outlets o ON o.id = s.outlet_id WHERE ")
            + s.where,
        s.binds);
    Expected e;
    if (q.next()) {
        e.rows = q.value(0).toLongLong();
        e.fen = q.value(1).toLongLong();
        e.donationFen = q.value(2).toLongLong();
    }
    return e;
}

inline qint64 scalar(const QSqlDatabase &db, const QString &sql, const QVariantMap &binds = {})
{
    QSqlQuery q = run(db, sql, binds);
    return q.next() ? q.value(0).toLongLong() : -1;
}

inline qint64 placeId(const QSqlDatabase &db, const QString &name)
{
    return scalar(db, QStringLiteral("SELECT id FROM places WHERE name = :n"), { { QStringLiteral(":n"), name } });
}

inline qint64 outletId(const QSqlDatabase &db, const QString &name)
{
    return scalar(db, QStringLiteral("SELECT id FROM outlets WHERE name = :n"), { { QStringLiteral(":n"), name } });
}

// The value a filter combo box should show: `value`, or its first item ("All …") for none.
inline bool chooseFilter(QComboBox *combo, const QVariant &value, bool none)
{
    int row = combo->findData(value);
    if (row < 0 && none)
        row = 0;
    return row >= 0 && (combo->currentIndex() == row || usertest::clickItem(combo, row));
}

// Sets the page's filter bar as a user does: ticks the dates and types them, clicks each filter's
// choice in its list, types the search into the ledger's box. True when the ledger then asks for
// exactly `f`.
inline bool applyFilter(SalesPage &page, const SalesFilter &f)
{
    bool ok = usertest::tick(page.fromCheck(), f.from.isValid())
        && (!f.from.isValid() || usertest::typeDate(page.fromDate(), f.from))
        && usertest::tick(page.toCheck(), f.to.isValid())
        && (!f.to.isValid() || usertest::typeDate(page.toDate(), f.to))
        && chooseFilter(page.channelFilter(), f.channel, f.channel.isEmpty())
        && chooseFilter(page.outletFilter(), f.outletId, f.outletId == 0)
        && chooseFilter(page.unitFilter(), f.countyId, f.countyId == 0)
        && chooseFilter(page.categoryFilter(), f.category, f.category.isEmpty())
        && chooseFilter(page.buyerFilter(), f.buyerType, f.buyerType.isEmpty())
        && usertest::search(page.ledger(), f.search);
    if (ok && !(page.ledger()->filter() == f)) {
        qWarning("applyFilter: the ledger asks for another filter");
        ok = false;
    }
    return ok;
}

inline qint64 cellValue(const QVector<Cell> &cells, const QString &row, const QString &column = QString())
{
    qint64 sum = 0;
    for (const Cell &c : cells) {
        if (c.row == row && (column.isEmpty() || c.column == column))
            sum += c.value;
    }
    return sum;
}

/// A copy of the demo for each test (made once per test case, then copied), settings in a home of
/// the test case's own. Call its functions from the test class's initTestCase(), init() and
/// cleanup().
struct SalesUiFixture
{
    QTemporaryDir home;
    QTemporaryDir dir;
    QString master;
    QString path;
    int copies = 0;
    std::unique_ptr<Database> db;

    void initTestCase()
    {
        Application::configure();
        QVERIFY(home.isValid() && dir.isValid());
        qputenv("XDG_CONFIG_HOME", QFile::encodeName(home.filePath(QStringLiteral("config"))));
        qputenv("XDG_DATA_HOME", QFile::encodeName(home.filePath(QStringLiteral("data"))));
        QStandardPaths::setTestModeEnabled(true);
        MessageBox::setRecordOnly(true);
        QVERIFY(Language::apply(QStringLiteral("en")));
        master = dir.filePath(QStringLiteral("demo.db"));
        Database m;
        OpenError error;
        QVERIFY2(m.create(master, false, &error), qPrintable(error.message));
        QString why;
        QVERIFY2(Demo::populate(m, &why), qPrintable(why));
    }

    void init()
    {
        MessageBox::clearRecorded();
        QSettings().remove(QStringLiteral("lists/salesLedger")); // columns and date order as on a first start
        undoStack()->clear();
        path = dir.filePath(QStringLiteral("copy%1.db").arg(++copies));
        {
            Database m;
            QVERIFY(m.open(master));
            QString why;
            QVERIFY2(m.backupTo(path, &why), qPrintable(why));
        }
        db = std::make_unique<Database>();
        QVERIFY(db->open(path));
        QVERIFY(SalesSummary::exists(db->db()));
    }

    void cleanup()
    {
        RecordActions::setDialogDriver(nullptr);
        undoStack()->clear();
        Language::apply(QStringLiteral("en"));
        db.reset();
    }

    /// Shows the page on the test's database at a size where its filter bar fits.
    void showPage(SalesPage &page)
    {
        page.resize(1100, 760);
        page.setDatabase(db.get());
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
    }
};

} // namespace tongxin::testing
