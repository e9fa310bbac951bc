#include "funds/fundsops.h"

#include "domain/labels.h"
#include "funds/fundsrules.h"

#include <QSqlQuery>

namespace tongxin {

namespace {

QVariant textOrNull(const QString &text)
{
    return text.trimmed().isEmpty() ? QVariant() : QVariant(text);
}

QVariantMap paymentValues(const FundsOps::Payment &p)
{
    return { { QStringLiteral("pay_date"), p.date.isValid() ? QVariant(p.date.toString(Qt::ISODate)) : QVariant() },
        { QStringLiteral("amount_fen"), p.amountFen }, { QStringLiteral("voucher_no"), textOrNull(p.voucherNo) },
        { QStringLiteral("notes"), textOrNull(p.notes) } };
}

bool validDate(const QVariant &value)
{
    return QDate::fromString(value.toString(), Qt::ISODate).isValid();
}

bool isCounty(const QSqlDatabase &db, const QVariant &id)
{
    if (id.isNull() || id.toLongLong() <= 0)
        return false;
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT 1 FROM places WHERE id = ? AND level = 'county'"));
    q.addBindValue(id);
    return q.exec() && q.next();
}

bool projectExists(const QSqlDatabase &db, const QVariant &id)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT 1 FROM projects WHERE id = ?"));
    q.addBindValue(id);
    return q.exec() && q.next();
}

} // namespace

bool FundsOps::pay(
    const QSqlDatabase &db, qint64 projectId, const Payment &payment, RecordChange *change, QString *error)
{
    QVariantMap values = paymentValues(payment);
    values.insert(QStringLiteral("project_id"), projectId);
    return RecordOps::save(db, QStringLiteral("project_payments"), 0, values, change, error);
}

bool FundsOps::editPayment(
    const QSqlDatabase &db, qint64 paymentId, const Payment &payment, RecordChange *change, QString *error)
{
    return RecordOps::save(db, QStringLiteral("project_payments"), paymentId, paymentValues(payment), change, error);
}

bool FundsOps::recordProgress(
    const QSqlDatabase &db, qint64 projectId, const Progress &progress, RecordChange *change, QString *error)
{
    const QVariantMap values = {
        { QStringLiteral("project_id"), projectId },
        { QStringLiteral("update_date"),
            progress.date.isValid() ? QVariant(progress.date.toString(Qt::ISODate)) : QVariant() },
        { QStringLiteral("text"), progress.text.trimmed() },
        { QStringLiteral("percent"), progress.percent },
    };
    return RecordOps::save(db, QStringLiteral("project_updates"), 0, values, change, error);
}

bool FundsOps::allocate(const QSqlDatabase &db, const Allocation &a, RecordChange *change, QString *error)
{
    const QVariantMap values = {
        { QStringLiteral("county_id"), a.countyId },
        { QStringLiteral("year"), a.year },
        { QStringLiteral("amount_fen"), a.amountFen },
        { QStringLiteral("source"), a.source },
        { QStringLiteral("doc_no"), textOrNull(a.docNo) },
        { QStringLiteral("notes"), textOrNull(a.notes) },
    };
    return RecordOps::save(db, QStringLiteral("fund_allocations"), 0, values, change, error);
}

QString FundsOps::checkPayment(const QSqlDatabase &db, const QVariantMap &row, qint64 id)
{
    if (!validDate(row.value(QStringLiteral("pay_date"))))
        return tr("A payment needs the date it was paid.");
    return FundsRules::checkPayment(db, row.value(QStringLiteral("project_id")).toLongLong(),
        row.value(QStringLiteral("amount_fen")).toLongLong(), id);
}

QString FundsOps::checkProgress(const QSqlDatabase &db, const QVariantMap &row, qint64)
{
    const QVariant project = row.value(QStringLiteral("project_id"));
    if (!projectExists(db, project))
        return FundsRules::tr("There is no project number %1.").arg(project.toLongLong());
    if (!validDate(row.value(QStringLiteral("update_date"))))
        return tr("A progress update needs its date.");
    if (row.value(QStringLiteral("text")).toString().trimmed().isEmpty())
        return tr("Say what progress was made.");
    const QVariant percent = row.value(QStringLiteral("percent"));
    if (!percent.isNull() && percent.toString() != QString()
        && (percent.toLongLong() < 0 || percent.toLongLong() > 100))
        return tr("The percent complete is between 0 and 100.");
    return QString();
}

QString FundsOps::checkAllocation(const QSqlDatabase &db, const QVariantMap &row, qint64)
{
    if (!isCounty(db, row.value(QStringLiteral("county_id"))))
        return tr("Choose the western unit the money is allocated to.");
    const int year = row.value(QStringLiteral("year")).toInt();
    if (year < 1990 || year > 2100)
        return tr("The year of an allocation is between 1990 and 2100.");
    if (!Labels::codes(Labels::Domain::FundSource).contains(row.value(QStringLiteral("source")).toString()))
        return tr("Choose the source of the allocation.");
    return FundsRules::checkAllocation(row.value(QStringLiteral("amount_fen")).toLongLong());
}

QString FundsOps::checkProject(const QSqlDatabase &db, const QVariantMap &row, qint64 id)
{
    if (row.value(QStringLiteral("beneficiaries_poor")).toLongLong()
        > row.value(QStringLiteral("beneficiaries")).toLongLong())
        // The form's message, in its translation context.
        return QCoreApplication::translate(
            "FundsForms", "The registered poor benefited cannot be more than all people benefited.");
    return FundsRules::checkBudget(db, id, row.value(QStringLiteral("budget_fen")).toLongLong());
}

} // namespace tongxin
