// The sales ledger's search through its text index (issue #16, schema v4): at 200,000 rows,
// search (Chinese and Latin; 1-, 2- and 3+-character texts), filters and totals give exactly the
// rows and sums of plain SQL over the same rows; the index follows inserts, updates, deletes and
// the import's bulk path (all-or-nothing, append and overwrite), the window's writes of one sale
// and their undo and redo; an upgrade v3 -> v4 keeps every row and indexes them.

#include "consumption/salesimport.h"
#include "consumption/salesquery.h"
#include "consumption/salessearch.h"
#include "db/database.h"
#include "db/schema.h"
#include "records/recordops.h"
#include "records/recordstore.h"

#include <algorithm>
#include <QElapsedTimer>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace tongxin;

namespace {

constexpr int Rows = 200000;

bool exec(const QSqlDatabase &db, const QString &sql, QString *error = nullptr)
{
    QSqlQuery q(db);
    if (q.exec(sql))
        return true;
    if (error)
        *error = q.lastError().text() + QStringLiteral(" in ") + sql.left(200);
    return false;
}

qint64 scalar(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
}

// Places, outlets, and `rows` sales made by SQL: products, categories, units and source
// references in Chinese and Latin, some missing, some with LIKE's own characters.
QStringList fill(qint64 rows)
{
    QStringList sql {
        QStringLiteral("INSERT INTO places(id, side, level, name, is_poor) VALUES (1, 'east', 'district', '河西区', 0)"),
        QStringLiteral("INSERT INTO places(id, side, level, name, name_en, is_poor) VALUES "
                       "(10, 'west', 'county', '庄浪县', 'Zhuanglang', 1), (11, 'west', 'county', '崆峒区', 'Kongtong', 1), "
                       "(12, 'west', 'county', '示例县', 'Example', 1)"),
        QStringLiteral("INSERT INTO outlets(id, name, kind) VALUES (1, '河西区消费帮扶馆', 'showroom'), "
                       "(2, 'Hexi Online Shop', 'online'), (3, '甘肃特产专柜', 'counter'), (4, '天津超市 ÉPI', 'supermarket')"),
        QStringLiteral("CREATE TEMP TABLE goods(k INTEGER PRIMARY KEY, product TEXT, category TEXT, unit TEXT)"),
        QStringLiteral("INSERT INTO temp.goods VALUES (0, '大米', '粮油', '斤'), (1, '小米粥', '粮油', '碗'), "
                       "(2, '茶叶', '饮品', 'kg'), (3, '苹果', 'Fruit', '箱'), (4, 'Apple Juice', '饮品', 'bottle'), "
                       "(5, 'apple pie', NULL, NULL), (6, '花椒', '调味品', 'kg'), (7, '核桃仁', '干果', '袋'), "
                       "(8, 'Éclair 50%', 'Pâtisserie', 'pc'), (9, 'a_b test', 'Misc', 'x'), (10, '牛肉干', '肉制品', '包'), "
                       "(11, '米', '粮油', '斤')"),
        QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < %1) "
                       "INSERT INTO sales(sale_date, channel, outlet_id, county_id, category, product, quantity, unit, "
                       "amount_fen, buyer_type, purchase_for_donation, source_ref) "
                       "SELECT date('2017-01-01', '+' || (i * 7 % 1461) || ' days'), "
                       "CASE i % 5 WHEN 0 THEN 'outlet' WHEN 1 THEN 'supermarket' WHEN 2 THEN 'ecommerce' "
                       "WHEN 3 THEN 'livestream' ELSE 'institutional' END, "
                       "CASE WHEN i % 4 = 0 THEN NULL ELSE 1 + i % 4 - 1 + (i / 4) % 2 END, 10 + i % 3, "
                       "g.category, g.product, i % 50, g.unit, 100 + (i * 7919) % 500000, "
                       "CASE i % 4 WHEN 0 THEN 'individual' WHEN 1 THEN 'government' WHEN 2 THEN 'state_enterprise' "
                       "ELSE 'private_enterprise' END, i % 7 = 0, "
                       "CASE WHEN i % 9 = 0 THEN NULL WHEN i % 2 = 0 THEN 'JD-' || i ELSE '订单' || (i * 31 % 100000) END "
                       "FROM n JOIN temp.goods g ON g.k = (i * 13) % 12")
            .arg(rows),
    };
    return sql;
}

// Today's search in plain SQL: LIKE over product, category, unit, source reference and outlet.
QString plainWhere(const SalesFilter &f)
{
    QStringList c { QStringLiteral("1") };
    if (f.from.isValid())
        c << QStringLiteral("s.sale_date >= '%1'").arg(f.from.toString(Qt::ISODate));
    if (f.to.isValid())
        c << QStringLiteral("s.sale_date <= '%1'").arg(f.to.toString(Qt::ISODate));
    if (!f.channel.isEmpty())
        c << QStringLiteral("s.channel = '%1'").arg(f.channel);
    if (f.countyId > 0)
        c << QStringLiteral("s.county_id = %1").arg(f.countyId);
    if (f.outletId > 0)
        c << QStringLiteral("s.outlet_id = %1").arg(f.outletId);
    if (!f.buyerType.isEmpty())
        c << QStringLiteral("s.buyer_type = '%1'").arg(f.buyerType);
    if (f.forDonation >= 0)
        c << QStringLiteral("s.purchase_for_donation = %1").arg(f.forDonation > 0 ? 1 : 0);
    const QString t = f.search.trimmed();
    if (!t.isEmpty()) {
        QString e = t;
        e.replace(QLatin1Char('\\'), QLatin1String("\\\\")).replace(QLatin1Char('%'), QLatin1String("\\%"));
        e.replace(QLatin1Char('_'), QLatin1String("\\_")).replace(QLatin1Char('\''), QLatin1String("''"));
        const QString p = QStringLiteral("'%") + e + QStringLiteral("%' ESCAPE '\\'");
        c << QStringLiteral("(s.product LIKE %1 OR s.category LIKE %1 OR s.unit LIKE %1 OR s.source_ref LIKE %1 "
                            "OR o.name LIKE %1)")
                 .arg(p);
    }
    return QStringLiteral(" FROM sales s LEFT JOIN outlets o ON o.id = s.outlet_id WHERE ") + c.join(QLatin1String(" AND "));
}

// The ids in the ledger's order (newest first) and the totals, from one scan.
QVector<qint64> plainIds(const QSqlDatabase &db, const SalesFilter &f, SalesTotals *totals = nullptr)
{
    QVector<qint64> out;
    SalesTotals t;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT s.id, s.amount_fen") + plainWhere(f)
            + QStringLiteral(" ORDER BY s.sale_date DESC, s.id DESC")))
        qWarning() << q.lastError().text();
    while (q.next()) {
        out << q.value(0).toLongLong();
        t.amountFen += q.value(1).toLongLong();
    }
    t.rows = out.size();
    if (totals)
        *totals = t;
    return out;
}

// The index equals one built afresh from the ledger: the same terms in the same number of rows.
QString indexDifference(const QSqlDatabase &db)
{
    QString error;
    const QStringList sql {
        QStringLiteral("DROP TABLE IF EXISTS temp.fresh_terms"),
        QStringLiteral("DROP TABLE IF EXISTS temp.fresh"),
        QStringLiteral("CREATE VIRTUAL TABLE temp.fresh USING fts5(doc, content='', detail='none', columnsize=0, "
                       "tokenize='trigram')"),
        QStringLiteral("INSERT INTO temp.fresh(rowid, doc) SELECT id, ifnull(product, '') || char(1) || "
                       "ifnull(category, '') || char(1) || ifnull(unit, '') || char(1) || ifnull(source_ref, '') "
                       "|| char(1) || char(1) FROM sales"),
        QStringLiteral("CREATE VIRTUAL TABLE temp.fresh_terms USING fts5vocab(temp, fresh, 'row')"),
    };
    for (const QString &s : sql) {
        if (!exec(db, s, &error))
            return error;
    }
    const qint64 differences = scalar(db,
        QStringLiteral("SELECT count(*) FROM (SELECT term, doc FROM sales_fts_terms EXCEPT SELECT term, doc FROM "
                       "temp.fresh_terms UNION ALL SELECT term, doc FROM temp.fresh_terms EXCEPT SELECT term, doc "
                       "FROM sales_fts_terms)"));
    const qint64 terms = scalar(db, QStringLiteral("SELECT count(*) FROM temp.fresh_terms"));
    exec(db, QStringLiteral("DROP TABLE temp.fresh_terms"));
    exec(db, QStringLiteral("DROP TABLE temp.fresh"));
    if (differences != 0 || terms <= 0)
        return QStringLiteral("%1 terms differ of %2").arg(differences).arg(terms);
    return QString();
}

QStringList statements(const QString &resource)
{
    QFile f(resource);
    return f.open(QIODevice::ReadOnly) ? Schema::splitStatements(QString::fromUtf8(f.readAll())) : QStringList();
}

} // namespace

class TestSalesSearch final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void sqliteHasTrigram();
    void searchMatchesPlainSql_data();
    void searchMatchesPlainSql();
    void filtersAndTotalsMatchPlainSql();
    void indexFollowsWrites();
    void indexFollowsEditsUndoAndRedo();
    void importKeepsIndex();
    void upgradeFromV3IndexesEveryRow();

private:
    QSqlDatabase db() const { return m_db.db(); }

    QTemporaryDir m_dir;
    Database m_db;
};

void TestSalesSearch::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(m_db.create(m_dir.filePath(QStringLiteral("search.db"))));
    QElapsedTimer t;
    t.start();
    QVERIFY(exec(db(), QStringLiteral("BEGIN")));
    for (const QString &sql : fill(Rows)) {
        QString error;
        QVERIFY2(exec(db(), sql, &error), qPrintable(error));
    }
    QVERIFY(exec(db(), QStringLiteral("COMMIT")));
    QCOMPARE(scalar(db(), QStringLiteral("SELECT count(*) FROM sales")), qint64(Rows));
    qInfo("%d rows written with the triggers in %lld ms", Rows, t.elapsed());
}

void TestSalesSearch::sqliteHasTrigram()
{
    // Qt's QSQLITE driver here has FTS5 and its trigram tokenizer (SQLite >= 3.34).
    QSqlQuery q(db());
    QVERIFY2(q.exec(QStringLiteral("CREATE VIRTUAL TABLE temp.t USING fts5(x, tokenize='trigram')")),
        qPrintable(q.lastError().text()));
    QVERIFY(q.exec(QStringLiteral("INSERT INTO temp.t(x) VALUES ('甘肃庄浪苹果'), ('Hexi Apple')")));
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM temp.t WHERE t MATCH '\"庄浪苹\" OR \"app\"'")) && q.next());
    QCOMPARE(q.value(0).toInt(), 2);
    QVERIFY(q.exec(QStringLiteral("DROP TABLE temp.t")));
    QVERIFY(Schema::Version >= 4); // the text index came with version 4
    QVERIFY(SalesSearch::exists(db()));
}

void TestSalesSearch::searchMatchesPlainSql_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("indexed"); // answered through the index, not a scan
    const QList<QPair<QString, bool>> texts {
        { QStringLiteral("米"), true }, // one character: a product of its own, and inside others
        { QStringLiteral("粥"), true },
        { QStringLiteral("大米"), true }, // two characters: a whole product
        { QStringLiteral("茶叶"), true },
        { QStringLiteral("粮油"), true }, // a category
        { QStringLiteral("斤"), true }, // a unit
        { QStringLiteral("馆"), true }, // only in an outlet's name
        { QStringLiteral("专柜"), true },
        { QStringLiteral("a"), true }, // Latin, one and two characters, any case
        { QStringLiteral("A"), true },
        { QStringLiteral("kg"), true },
        { QStringLiteral("Ap"), true },
        { QStringLiteral("1"), true }, // in nearly every source reference
        { QStringLiteral("小米粥"), true }, // three and more characters
        { QStringLiteral("核桃仁"), true },
        { QStringLiteral("apple"), true },
        { QStringLiteral("APPLE J"), true },
        { QStringLiteral("juice"), true },
        { QStringLiteral("JD-19"), true },
        { QStringLiteral("订单123"), true },
        { QStringLiteral("Online"), true }, // an outlet
        { QStringLiteral("Shop"), true },
        { QStringLiteral("%"), true }, // LIKE's own characters are text
        { QStringLiteral("50%"), true },
        { QStringLiteral("a_b"), true },
        { QStringLiteral("_"), true },
        { QStringLiteral("éclair"), true }, // LIKE folds ASCII only: "éclair" is not "Éclair"
        { QStringLiteral("Éclair"), true },
        { QStringLiteral("É"), false }, // short and beyond ASCII case: scanned
        { QStringLiteral("ÉPI"), true },
        { QStringLiteral("xyz"), true }, // nothing
        { QStringLiteral("Q"), true },
        { QStringLiteral("  米粥 "), true }, // trimmed
        { QStringLiteral("\"a"), true },
    };
    for (const auto &t : texts)
        QTest::newRow(qPrintable(t.first)) << t.first << t.second;
}

void TestSalesSearch::searchMatchesPlainSql()
{
    QFETCH(QString, text);
    QFETCH(bool, indexed);
    QCOMPARE(SalesSearch::plan(db(), text).kind != SalesSearch::Plan::Kind::Scan, indexed);
    SalesQuery query(db());
    QVector<SalesFilter> filters(4);
    filters[1].countyId = 11;
    filters[2].from = QDate(2018, 3, 17);
    filters[2].to = QDate(2019, 11, 5);
    filters[2].channel = QStringLiteral("ecommerce");
    filters[2].outletId = 2;
    filters[3].buyerType = QStringLiteral("government"); // the buyer's filter, and 以购代捐
    filters[3].forDonation = 1;
    filters[3].from = QDate(2019, 2, 1);
    for (SalesFilter f : std::as_const(filters)) {
        f.search = text;
        SalesTotals plain;
        const QVector<qint64> expected = plainIds(db(), f, &plain);
        QElapsedTimer t;
        t.start();
        const QVector<qint64> ids = query.ids(f);
        const qint64 ms = t.elapsed();
        QVERIFY2(query.lastError().isEmpty(), qPrintable(query.lastError()));
        QCOMPARE(ids.size(), expected.size());
        QCOMPARE(ids, expected);
        const SalesTotals totals = query.totals(f);
        QCOMPARE(totals.rows, plain.rows);
        QCOMPARE(totals.amountFen, plain.amountFen);
        // What the ledger page reads for a search: the same ids and totals from one read, and
        // the part bought instead of donating as its own totals query counts it.
        SalesQuery::Matches found;
        QVERIFY2(query.matches(f, SalesQuery::Order::NewestFirst, &found), qPrintable(query.lastError()));
        QCOMPARE(found.ids, expected);
        QCOMPARE(found.all.rows, plain.rows);
        QCOMPARE(found.all.amountFen, plain.amountFen);
        SalesFilter donation = f;
        donation.forDonation = f.forDonation == 0 ? 0 : 1;
        const SalesTotals part = f.forDonation == 0 ? SalesTotals() : query.totals(donation);
        QCOMPARE(found.donation.rows, part.rows);
        QCOMPARE(found.donation.amountFen, part.amountFen);
        SalesQuery::Matches oldest;
        QVERIFY(query.matches(f, SalesQuery::Order::OldestFirst, &oldest));
        QVector<qint64> reversed = expected;
        std::reverse(reversed.begin(), reversed.end());
        QCOMPARE(oldest.ids, reversed);
        const QVector<SalesRecord> first = query.page(f, 50);
        QCOMPARE(first.size(), qMin(50, int(expected.size())));
        for (int i = 0; i < first.size(); ++i)
            QCOMPARE(first.at(i).id, expected.at(i));
        if (f.countyId == 0 && f.outletId == 0 && !f.from.isValid())
            qInfo("\"%s\": %lld rows, ids in %lld ms", qPrintable(text), qint64(ids.size()), ms);
    }
}

void TestSalesSearch::filtersAndTotalsMatchPlainSql()
{
    SalesQuery query(db());
    QVector<SalesFilter> filters(6);
    filters[5].buyerType = QStringLiteral("private_enterprise");
    filters[5].forDonation = 0;
    filters[1].countyId = 10;
    filters[2].from = QDate(2019, 1, 1);
    filters[2].to = QDate(2019, 12, 31);
    filters[3].from = QDate(2017, 2, 10); // partly covered months: summary and ledger together
    filters[3].to = QDate(2020, 7, 19);
    filters[3].channel = QStringLiteral("livestream");
    filters[4].outletId = 3;
    filters[4].countyId = 12;
    for (const SalesFilter &f : std::as_const(filters)) {
        SalesTotals plain;
        QCOMPARE(query.ids(f), plainIds(db(), f, &plain));
        const SalesTotals totals = query.totals(f);
        QCOMPARE(totals.rows, plain.rows);
        QCOMPARE(totals.amountFen, plain.amountFen);
    }
}

void TestSalesSearch::indexFollowsWrites()
{
    SalesFilter f;
    f.search = QStringLiteral("龙须面");
    SalesQuery query(db());
    QCOMPARE(query.totals(f).rows, qint64(0));
    QVERIFY(exec(db(), QStringLiteral("UPDATE sales SET product = '龙须面' WHERE id IN (5, 6, 7)")));
    QVERIFY(exec(db(), QStringLiteral("UPDATE sales SET source_ref = 'X龙须面' WHERE id = 8")));
    QVERIFY(exec(db(), QStringLiteral("DELETE FROM sales WHERE id = 6")));
    QVERIFY(exec(db(),
        QStringLiteral("INSERT INTO sales(sale_date, channel, county_id, product, amount_fen) "
                       "VALUES ('2020-05-01', 'outlet', 10, '龙须', 1)")));
    QCOMPARE(query.ids(f), plainIds(db(), f));
    QCOMPARE(query.totals(f).rows, qint64(3)); // 5, 7 and 8: 6 deleted, "龙须" is not "龙须面"
    f.search = QStringLiteral("须");
    QCOMPARE(query.ids(f), plainIds(db(), f));
    const QString difference = indexDifference(db());
    QVERIFY2(difference.isEmpty(), qPrintable(difference));
}

void TestSalesSearch::indexFollowsEditsUndoAndRedo()
{
    // The ledger's New, Edit and Delete write through RecordOps; Edit ▸ Undo and Redo write the
    // rows back through RecordStore (ui/records/recordcommands.cpp, RecordCommand::apply): the
    // same calls here, each checked against a scan.
    SalesQuery query(db());
    const auto rowsOf = [&](const QString &text) {
        SalesFilter f;
        f.search = text;
        const QVector<qint64> ids = query.ids(f);
        return ids == plainIds(db(), f) ? ids : QVector<qint64> { -1 };
    };
    QString error;
    RecordChange added;
    const QVariantMap sale { { QStringLiteral("sale_date"), QStringLiteral("2021-03-04") },
        { QStringLiteral("channel"), QStringLiteral("outlet") }, { QStringLiteral("county_id"), 10 },
        { QStringLiteral("product"), QStringLiteral("酸辣粉条") }, { QStringLiteral("category"), QStringLiteral("粮油") },
        { QStringLiteral("amount_fen"), 990 }, { QStringLiteral("source_ref"), QStringLiteral("UNDO-1") } };
    QVERIFY2(RecordOps::save(db(), QStringLiteral("sales"), 0, sale, &added, &error), qPrintable(error));
    const qint64 id = added.id;
    const QVector<qint64> one { id };
    QCOMPARE(rowsOf(QStringLiteral("酸辣粉")), one);
    QCOMPARE(rowsOf(QStringLiteral("酸")), one);
    QCOMPARE(rowsOf(QStringLiteral("undo-1")), one);

    RecordChange edited;
    QVERIFY2(RecordOps::save(db(), QStringLiteral("sales"), id,
                 { { QStringLiteral("product"), QStringLiteral("香菇酱") }, { QStringLiteral("source_ref"), QVariant() } },
                 &edited, &error),
        qPrintable(error));
    QCOMPARE(rowsOf(QStringLiteral("酸辣粉")), QVector<qint64>());
    QCOMPARE(rowsOf(QStringLiteral("香菇")), one);
    QCOMPARE(rowsOf(QStringLiteral("UNDO")), QVector<qint64>());
    // Undo the edit, redo it, undo it again.
    QVariantMap before = edited.before;
    before.remove(QStringLiteral("id"));
    QVariantMap after = edited.after;
    after.remove(QStringLiteral("id"));
    QVERIFY2(RecordStore::update(db(), QStringLiteral("sales"), id, before, nullptr, &error), qPrintable(error));
    QCOMPARE(rowsOf(QStringLiteral("酸辣粉")), one);
    QCOMPARE(rowsOf(QStringLiteral("香菇")), QVector<qint64>());
    QVERIFY2(RecordStore::update(db(), QStringLiteral("sales"), id, after, nullptr, &error), qPrintable(error));
    QCOMPARE(rowsOf(QStringLiteral("香菇酱")), one);
    QVERIFY2(RecordStore::update(db(), QStringLiteral("sales"), id, before, nullptr, &error), qPrintable(error));

    // Delete, undo the delete (the row back under its id), redo it.
    RecordChange removed;
    QVERIFY2(RecordOps::remove(db(), QStringLiteral("sales"), id, &removed, &error), qPrintable(error));
    QCOMPARE(rowsOf(QStringLiteral("酸辣粉")), QVector<qint64>());
    QCOMPARE(rowsOf(QStringLiteral("undo-1")), QVector<qint64>());
    QVariantMap back = removed.before;
    back.insert(QStringLiteral("id"), id);
    qint64 restored = 0;
    QVERIFY2(RecordStore::insert(db(), QStringLiteral("sales"), back, &restored, &error), qPrintable(error));
    QCOMPARE(restored, id);
    QCOMPARE(rowsOf(QStringLiteral("酸辣粉")), one);
    QCOMPARE(rowsOf(QStringLiteral("UNDO-1")), one);
    QVERIFY2(RecordStore::remove(db(), QStringLiteral("sales"), id, nullptr, &error), qPrintable(error));
    QCOMPARE(rowsOf(QStringLiteral("酸辣粉")), QVector<qint64>());
    // Undo of the delete once more, then of the New (the insert taken back).
    QVERIFY2(RecordStore::insert(db(), QStringLiteral("sales"), back, &restored, &error), qPrintable(error));
    QCOMPARE(rowsOf(QStringLiteral("辣")), one);
    QVERIFY2(RecordStore::remove(db(), QStringLiteral("sales"), id, nullptr, &error), qPrintable(error));
    QCOMPARE(rowsOf(QStringLiteral("辣")), QVector<qint64>());
    const QString difference = indexDifference(db());
    QVERIFY2(difference.isEmpty(), qPrintable(difference));
}

void TestSalesSearch::importKeepsIndex()
{
    const auto write = [this](const QString &name, const QStringList &lines) {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            return QString();
        f.write((QStringLiteral("日期,渠道,销售网点,来源县区,品类,产品,数量,单位,金额（元）,购买方类型,以购代捐,来源单号\n")
                    + lines.join(QLatin1Char('\n')) + QLatin1Char('\n'))
                    .toUtf8());
        return path;
    };
    const qint64 before = scalar(db(), QStringLiteral("SELECT count(*) FROM sales"));
    // One invalid row rejects the file: nothing written, the trigger back, the index unchanged.
    const QString bad = write(QStringLiteral("bad.csv"),
        { QStringLiteral("2020-06-01,outlet,,庄浪县,粮油,荞麦面条,1,袋,12.50,individual,否,IMP-1"),
            QStringLiteral("2020-06-02,outlet,,nowhere,粮油,荞麦面条,1,袋,12.50,individual,否,IMP-2") });
    SalesImportResult r = SalesImport(db()).runFile(bad, QString(), QString(), nullptr, SalesImportOptions());
    QVERIFY(!r.ok() || r.imported == 0);
    QCOMPARE(scalar(db(), QStringLiteral("SELECT count(*) FROM sales")), before);
    QCOMPARE(scalar(db(), QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'sales_fts_insert'")), 1);
    SalesFilter f;
    f.search = QStringLiteral("荞麦");
    SalesQuery query(db());
    QCOMPARE(query.totals(f).rows, qint64(0));

    const QString good = write(QStringLiteral("good.csv"),
        { QStringLiteral("2020-06-01,outlet,,庄浪县,粮油,荞麦面条,1,袋,12.50,individual,否,IMP-1"),
            QStringLiteral("2020-06-02,ecommerce,Hexi Online Shop,崆峒区,粮油,Buckwheat 荞麦,2,袋,30,individual,否,IMP-2"),
            QStringLiteral("2020-06-03,outlet,,庄浪县,杂粮,燕麦,2,袋,30,individual,否,IMP-3") });
    r = SalesImport(db()).runFile(good, QString(), QString(), nullptr, SalesImportOptions());
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(r.imported, qint64(3));
    QCOMPARE(scalar(db(), QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'sales_fts_insert'")), 1);
    QCOMPARE(query.totals(f).rows, qint64(2));
    QCOMPARE(query.ids(f), plainIds(db(), f));
    f.search = QStringLiteral("麦");
    QCOMPARE(query.ids(f), plainIds(db(), f));
    f.search = QStringLiteral("IMP-");
    QCOMPARE(query.ids(f).size(), 3);

    // Overwrite: the ledger's row of IMP-2 goes (through the delete trigger), the file's comes in.
    const QString corrected = write(QStringLiteral("corrected.csv"),
        { QStringLiteral("2020-06-02,ecommerce,Hexi Online Shop,崆峒区,粮油,荞麦挂面,2,袋,30,individual,否,IMP-2") });
    SalesImportOptions overwrite;
    overwrite.mode = SalesImportOptions::Mode::Overwrite;
    r = SalesImport(db()).runFile(corrected, QString(), QString(), nullptr, overwrite);
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(r.replaced, qint64(1));
    QCOMPARE(scalar(db(), QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'sales_fts_insert'")), 1);
    f.search = QStringLiteral("Buckwheat");
    QCOMPARE(query.ids(f), QVector<qint64>());
    f.search = QStringLiteral("挂面");
    QCOMPARE(query.ids(f).size(), 1);
    QCOMPARE(query.ids(f), plainIds(db(), f));
    f.search = QStringLiteral("荞麦");
    QCOMPARE(query.ids(f), plainIds(db(), f));
    QCOMPARE(query.ids(f).size(), 2);
    const QString difference = indexDifference(db());
    QVERIFY2(difference.isEmpty(), qPrintable(difference));
}

void TestSalesSearch::upgradeFromV3IndexesEveryRow()
{
    // A file as Tongxin wrote it at schema version 3, with 20,000 sales.
    const QString path = m_dir.filePath(QStringLiteral("v3.db"));
    const QString rowHash = QStringLiteral(
        "SELECT count(*) || ':' || sum(id * 31 + amount_fen + length(product) * 7 + length(ifnull(source_ref, ''))) FROM sales");
    QString before;
    {
        const QString name = QStringLiteral("v3-maker");
        {
            QSqlDatabase d = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            d.setDatabaseName(path);
            QVERIFY(d.open());
            QStringList sql = statements(QStringLiteral(":/sql/schema_v1.sql"));
            sql << statements(QStringLiteral(":/sql/migrate_v2.sql")) << statements(QStringLiteral(":/sql/migrate_v3.sql"));
            QVERIFY(sql.size() > 10);
            sql << fill(20000);
            sql << QStringLiteral("PRAGMA application_id = %1").arg(Schema::ApplicationId)
                << QStringLiteral("PRAGMA user_version = 3");
            for (const QString &s : std::as_const(sql)) {
                QString error;
                QVERIFY2(exec(d, s, &error), qPrintable(error));
            }
            QVERIFY(!SalesSearch::exists(d));
            QSqlQuery q(d);
            QVERIFY(q.exec(rowHash) && q.next());
            before = q.value(0).toString();
            d.close();
        }
        QSqlDatabase::removeDatabase(name);
    }
    Database upgraded;
    QVERIFY(upgraded.open(path));
    QCOMPARE(scalar(upgraded.db(), QStringLiteral("PRAGMA user_version")), qint64(Schema::Version));
    QSqlQuery q(upgraded.db());
    QVERIFY(q.exec(rowHash) && q.next());
    QCOMPARE(q.value(0).toString(), before);
    QVERIFY(SalesSearch::exists(upgraded.db()));
    const QString difference = indexDifference(upgraded.db());
    QVERIFY2(difference.isEmpty(), qPrintable(difference));
    SalesQuery query(upgraded.db());
    for (const QString &text : { QStringLiteral("米"), QStringLiteral("苹果"), QStringLiteral("juice") }) {
        SalesFilter f;
        f.search = text;
        QVERIFY(SalesSearch::plan(upgraded.db(), text).kind == SalesSearch::Plan::Kind::Match);
        QCOMPARE(query.ids(f), plainIds(upgraded.db(), f));
    }
}

QTEST_GUILESS_MAIN(TestSalesSearch)
#include "test_sales_search.moc"
