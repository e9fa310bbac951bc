#include "funds/fundsquery.h"

#include "funds/projectselection_p.h"

#include "domain/labels.h"
#include "i18n/language.h"

#include <QHash>
#include <QJsonValue>
#include <QLocale>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace tongxin {

using fundsdetail::ProjectSelection;
using fundsdetail::paidFrom;
using fundsdetail::paidTo;

namespace {

bool run(QSqlQuery &q, QString *error)
{
    if (q.exec())
        return true;
    if (error)
        *error = q.lastError().text();
    qWarning("FundsQuery: %s", qPrintable(q.lastError().text()));
    return false;
}

qint64 scalar(const QSqlDatabase &db, const QString &sql, const QVariantMap &binds)
{
    QSqlQuery q(db);
    q.prepare(sql);
    for (auto it = binds.constBegin(); it != binds.constEnd(); ++it)
        q.bindValue(it.key(), it.value());
    if (!run(q, nullptr) || !q.next())
        return 0;
    return q.value(0).toLongLong();
}

int categoryRank(const QString &code)
{
    const int i = int(Labels::codes(Labels::Domain::ProjectCategory).indexOf(code));
    return i < 0 ? 1000 : i;
}

} // namespace

double LedgerRow::percentPaid() const
{
    return budgetFen > 0 ? 100.0 * double(paidFen) / double(budgetFen) : 0.0;
}

QString LedgerRow::countyName() const
{
    if (Language::current() == QLatin1String("en") && !countyEn.isEmpty())
        return countyEn;
    return county;
}

QString LedgerRow::placeText() const
{
    return placeText(town, townEn, village, villageEn);
}

QString LedgerRow::placeText(const QString &town, const QString &townEn, const QString &village,
    const QString &villageEn)
{
    const bool en = Language::current() == QLatin1String("en");
    const QString t = en && !townEn.isEmpty() ? townEn : town;
    const QString v = en && !villageEn.isEmpty() ? villageEn : village;
    if (t.isEmpty())
        return v;
    if (v.isEmpty())
        return t;
    return t + QStringLiteral(" · ") + v;
}

QJsonObject LedgerRow::toJson() const
{
    QJsonObject o;
    o.insert(QStringLiteral("id"), id);
    o.insert(QStringLiteral("name"), name);
    o.insert(QStringLiteral("year"), year);
    o.insert(QStringLiteral("county_id"), countyId);
    o.insert(QStringLiteral("county"), county);
    o.insert(QStringLiteral("town"), town.isEmpty() ? QJsonValue() : QJsonValue(town));
    o.insert(QStringLiteral("village"), village.isEmpty() ? QJsonValue() : QJsonValue(village));
    o.insert(QStringLiteral("category"), category);
    o.insert(QStringLiteral("subcategory"), subcategory.isEmpty() ? QJsonValue() : QJsonValue(subcategory));
    o.insert(QStringLiteral("status"), status);
    o.insert(QStringLiteral("budget_fen"), budgetFen);
    o.insert(QStringLiteral("paid_fen"), paidFen);
    o.insert(QStringLiteral("percent_paid"), qRound(percentPaid() * 100.0) / 100.0);
    o.insert(QStringLiteral("beneficiaries"), beneficiaries);
    o.insert(QStringLiteral("beneficiaries_poor"), beneficiariesPoor);
    o.insert(QStringLiteral("doc_no"), docNo.isEmpty() ? QJsonValue() : QJsonValue(docNo));
    o.insert(QStringLiteral("implementer"), implementer.isEmpty() ? QJsonValue() : QJsonValue(implementer));
    return o;
}

double LedgerTotals::percentPaid() const
{
    return budgetFen > 0 ? 100.0 * double(paidFen) / double(budgetFen) : 0.0;
}

QJsonObject LedgerTotals::toJson() const
{
    QJsonObject o;
    o.insert(QStringLiteral("projects"), projects);
    o.insert(QStringLiteral("budget_fen"), budgetFen);
    o.insert(QStringLiteral("paid_fen"), paidFen);
    o.insert(QStringLiteral("percent_paid"), qRound(percentPaid() * 100.0) / 100.0);
    o.insert(QStringLiteral("beneficiaries"), beneficiaries);
    o.insert(QStringLiteral("beneficiaries_poor"), beneficiariesPoor);
    return o;
}

QVector<Cell> FundsQuery::allocatedByUnitYear(const QSqlDatabase &db, const Filter &f)
{
    QVector<Cell> out;
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT county_id, year, sum(amount_fen) FROM fund_allocations "
                             "WHERE year BETWEEN :y1 AND :y2 AND (:county = 0 OR county_id = :county) "
                             "GROUP BY 1, 2 ORDER BY 1, 2"));
    q.bindValue(QStringLiteral(":y1"), f.firstYear());
    q.bindValue(QStringLiteral(":y2"), f.lastYear());
    q.bindValue(QStringLiteral(":county"), f.countyId);
    if (!run(q, nullptr))
        return out;
    while (q.next())
        out.push_back(Cell { q.value(0).toString(), q.value(1).toString(), q.value(2).toLongLong() });
    return out;
}

QVector<Cell> FundsQuery::paidByUnitYear(const QSqlDatabase &db, const Filter &filter)
{
    return Breakdowns::fiscalAidPaidByUnitYear(db, filter);
}

QVector<Cell> FundsQuery::budgetBySubcategory(const QSqlDatabase &db, const FundsFilter &f)
{
    QVector<Cell> out;
    const ProjectSelection sel(f);
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT p.category, ifnull(p.subcategory, ''), sum(p.budget_fen) FROM projects p")
        + ProjectSelection::joins() + sel.where + QStringLiteral(" GROUP BY 1, 2 ORDER BY 1, 3 DESC, 2"));
    sel.bind(q, f);
    if (!run(q, nullptr))
        return out;
    while (q.next())
        out.push_back(Cell { q.value(0).toString(), q.value(1).toString(), q.value(2).toLongLong() });
    std::stable_sort(out.begin(), out.end(),
        [](const Cell &a, const Cell &b) { return categoryRank(a.row) < categoryRank(b.row); });
    return out;
}

QVector<Cell> FundsQuery::budgetByCategory(const QSqlDatabase &db, const FundsFilter &f)
{
    QVector<Cell> out;
    const ProjectSelection sel(f);
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT p.category, sum(p.budget_fen), count(*) FROM projects p")
        + ProjectSelection::joins() + sel.where + QStringLiteral(" GROUP BY 1"));
    sel.bind(q, f);
    if (!run(q, nullptr))
        return out;
    while (q.next())
        out.push_back(Cell { q.value(0).toString(), QString(), q.value(1).toLongLong() });
    std::stable_sort(out.begin(), out.end(),
        [](const Cell &a, const Cell &b) { return categoryRank(a.row) < categoryRank(b.row); });
    return out;
}

QVector<MonthAmount> FundsQuery::paymentsByMonth(const QSqlDatabase &db, const FundsFilter &f)
{
    QVector<MonthAmount> out;
    const ProjectSelection sel(f);
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT substr(pp.pay_date, 1, 7), sum(pp.amount_fen) FROM project_payments pp "
                             "JOIN projects p ON p.id = pp.project_id")
        + ProjectSelection::joins() + sel.where
        + QStringLiteral(" AND pp.pay_date BETWEEN :pfrom AND :pto GROUP BY 1 ORDER BY 1"));
    sel.bind(q, f);
    q.bindValue(QStringLiteral(":pfrom"), paidFrom(f));
    q.bindValue(QStringLiteral(":pto"), paidTo(f));
    if (!run(q, nullptr))
        return out;
    qint64 running = 0;
    while (q.next()) {
        const qint64 fen = q.value(1).toLongLong();
        running += fen;
        out.push_back(MonthAmount { q.value(0).toString(), fen, running });
    }
    return out;
}

QVector<Cell> FundsQuery::projectsByStatus(const QSqlDatabase &db, const FundsFilter &f)
{
    QHash<QString, qint64> counts;
    const ProjectSelection sel(f);
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT p.status, count(*) FROM projects p") + ProjectSelection::joins() + sel.where
        + QStringLiteral(" GROUP BY 1"));
    sel.bind(q, f);
    if (run(q, nullptr)) {
        while (q.next())
            counts.insert(q.value(0).toString(), q.value(1).toLongLong());
    }
    QVector<Cell> out;
    for (const QString &code : Labels::codes(Labels::Domain::ProjectStatus))
        out.push_back(Cell { code, QString(), counts.take(code) });
    for (auto it = counts.constBegin(); it != counts.constEnd(); ++it) // unknown codes still count
        out.push_back(Cell { it.key(), QString(), it.value() });
    return out;
}

QString FundsQuery::ledgerSql(const FundsFilter &f)
{
    const ProjectSelection sel(f);
    // Columns by alias (ListView reads them by name, ledger() by position). percent_paid_bp is
    // paid / budget in hundredths of a percent, for sorting.
    return QStringLiteral(
        "SELECT *, CASE WHEN budget_fen > 0 THEN (paid_fen * 10000) / budget_fen ELSE 0 END AS percent_paid_bp"
        " FROM (SELECT p.id AS id, p.name AS name, p.year AS year, p.county_id AS county_id, c.name AS county,"
        " ifnull(c.name_en, '') AS county_en,"
        " CASE pl.level WHEN 'town' THEN pl.name WHEN 'village' THEN par.name ELSE '' END AS town,"
        " CASE pl.level WHEN 'town' THEN ifnull(pl.name_en, '') WHEN 'village' THEN ifnull(par.name_en, '')"
        "  ELSE '' END AS town_en,"
        " CASE pl.level WHEN 'village' THEN pl.name ELSE '' END AS village,"
        " CASE pl.level WHEN 'village' THEN ifnull(pl.name_en, '') ELSE '' END AS village_en,"
        " p.category AS category, ifnull(p.subcategory, '') AS subcategory, p.status AS status,"
        " p.budget_fen AS budget_fen,"
        " (SELECT ifnull(sum(pp.amount_fen), 0) FROM project_payments pp WHERE pp.project_id = p.id"
        "  AND pp.pay_date BETWEEN :pfrom AND :pto) AS paid_fen,"
        " p.beneficiaries AS beneficiaries, p.beneficiaries_poor AS beneficiaries_poor,"
        " ifnull(p.doc_no, '') AS doc_no, ifnull(p.implementer, '') AS implementer,"
        " c.illustrative AS illustrative"
        " FROM projects p")
        + ProjectSelection::joins() + sel.where + QStringLiteral(") ORDER BY year, illustrative, county_id, id");
}

QVariantMap FundsQuery::ledgerBinds(const FundsFilter &f)
{
    const ProjectSelection sel(f);
    QVariantMap binds = sel.binds(f);
    binds.insert(QStringLiteral(":pfrom"), paidFrom(f));
    binds.insert(QStringLiteral(":pto"), paidTo(f));
    return binds;
}

bool FundsQuery::ledger(const QSqlDatabase &db, const FundsFilter &f, QVector<LedgerRow> *rows, QString *error)
{
    rows->clear();
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(ledgerSql(f));
    const QVariantMap binds = ledgerBinds(f);
    for (auto it = binds.constBegin(); it != binds.constEnd(); ++it)
        q.bindValue(it.key(), it.value());
    if (!run(q, error))
        return false;
    while (q.next()) {
        LedgerRow r;
        r.id = q.value(0).toLongLong();
        r.name = q.value(1).toString();
        r.year = q.value(2).toInt();
        r.countyId = q.value(3).toLongLong();
        r.county = q.value(4).toString();
        r.countyEn = q.value(5).toString();
        r.town = q.value(6).toString();
        r.townEn = q.value(7).toString();
        r.village = q.value(8).toString();
        r.villageEn = q.value(9).toString();
        r.category = q.value(10).toString();
        r.subcategory = q.value(11).toString();
        r.status = q.value(12).toString();
        r.budgetFen = q.value(13).toLongLong();
        r.paidFen = q.value(14).toLongLong();
        r.beneficiaries = q.value(15).toLongLong();
        r.beneficiariesPoor = q.value(16).toLongLong();
        r.docNo = q.value(17).toString();
        r.implementer = q.value(18).toString();
        rows->push_back(r);
    }
    return true;
}

LedgerTotals FundsQuery::totals(const QVector<LedgerRow> &rows)
{
    LedgerTotals t;
    for (const LedgerRow &r : rows) {
        ++t.projects;
        t.budgetFen += r.budgetFen;
        t.paidFen += r.paidFen;
        t.beneficiaries += r.beneficiaries;
        t.beneficiariesPoor += r.beneficiariesPoor;
    }
    return t;
}

LedgerTotals FundsQuery::ledgerTotals(const QSqlDatabase &db, const FundsFilter &f)
{
    QVector<LedgerRow> rows;
    ledger(db, f, &rows);
    return totals(rows);
}

bool FundsQuery::detail(const QSqlDatabase &db, qint64 projectId, ProjectDetail *out, QString *error)
{
    *out = ProjectDetail {};
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT ifnull(contact, ''), ifnull(start_date, ''),"
                             " ifnull(planned_end_date, ''), ifnull(notes, '') FROM projects WHERE id = :id"));
    q.bindValue(QStringLiteral(":id"), projectId);
    if (!run(q, error))
        return false;
    if (!q.next()) {
        if (error)
            *error = tr("There is no project number %1.").arg(projectId);
        return false;
    }
    out->contact = q.value(0).toString();
    out->startDate = q.value(1).toString();
    out->plannedEndDate = q.value(2).toString();
    out->notes = q.value(3).toString();

    // The project's ledger row: the same query as the list, so the figures agree.
    FundsFilter only;
    only.projectId = projectId;
    QVector<LedgerRow> rows;
    if (!ledger(db, only, &rows, error) || rows.isEmpty())
        return false;
    out->project = rows.first();

    QSqlQuery p(db);
    p.prepare(QStringLiteral("SELECT id, pay_date, amount_fen, ifnull(voucher_no, ''), ifnull(notes, '')"
                             " FROM project_payments WHERE project_id = :id ORDER BY pay_date, id"));
    p.bindValue(QStringLiteral(":id"), projectId);
    if (!run(p, error))
        return false;
    while (p.next())
        out->payments.push_back(PaymentRecord { p.value(0).toLongLong(), p.value(1).toString(),
            p.value(2).toLongLong(), p.value(3).toString(), p.value(4).toString() });

    QSqlQuery u(db);
    u.prepare(QStringLiteral("SELECT id, update_date, text, percent FROM project_updates"
                             " WHERE project_id = :id ORDER BY update_date, id"));
    u.bindValue(QStringLiteral(":id"), projectId);
    if (!run(u, error))
        return false;
    while (u.next())
        out->updates.push_back(UpdateRecord { u.value(0).toLongLong(), u.value(1).toString(), u.value(2).toString(),
            u.value(3).isNull() ? -1 : u.value(3).toInt() });

    QSqlQuery a(db);
    a.prepare(QStringLiteral("SELECT id, project_id, ifnull(update_id, 0), file_name, mime_type, size_bytes, added_at"
                             " FROM project_attachments WHERE project_id = :id ORDER BY id"));
    a.bindValue(QStringLiteral(":id"), projectId);
    if (!run(a, error))
        return false;
    while (a.next())
        out->attachments.push_back(AttachmentInfo { a.value(0).toLongLong(), a.value(1).toLongLong(),
            a.value(2).toLongLong(), a.value(3).toString(), a.value(4).toString(), a.value(5).toLongLong(),
            a.value(6).toString() });
    return true;
}

qint64 FundsQuery::budgetOfUnitYear(const QSqlDatabase &db, qint64 countyId, int year)
{
    return scalar(db,
        QStringLiteral("SELECT ifnull(sum(budget_fen), 0) FROM projects WHERE county_id = :county AND year = :year"
                       " AND status <> 'cancelled'"),
        { { QStringLiteral(":county"), countyId }, { QStringLiteral(":year"), year } });
}

qint64 FundsQuery::allocatedOfUnitYear(const QSqlDatabase &db, qint64 countyId, int year)
{
    return scalar(db,
        QStringLiteral("SELECT ifnull(sum(amount_fen), 0) FROM fund_allocations WHERE county_id = :county"
                       " AND year = :year"),
        { { QStringLiteral(":county"), countyId }, { QStringLiteral(":year"), year } });
}

QString FundsQuery::percentText(qint64 paidFen, qint64 budgetFen)
{
    const qint64 tenths = budgetFen > 0 ? paidFen * 1000 / budgetFen : 0;
    return QLocale().toString(double(tenths) / 10.0, 'f', 1) + QLatin1Char('%');
}

qint64 FundsQuery::paidOfProject(const QSqlDatabase &db, qint64 projectId, qint64 excludingPaymentId)
{
    return scalar(db,
        QStringLiteral("SELECT ifnull(sum(amount_fen), 0) FROM project_payments WHERE project_id = :id"
                       " AND id <> :skip"),
        { { QStringLiteral(":id"), projectId }, { QStringLiteral(":skip"), excludingPaymentId } });
}

} // namespace tongxin
