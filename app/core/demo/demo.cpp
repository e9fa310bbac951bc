#include "demo/demo.h"

#include "db/audittrail.h"
#include "db/database.h"
#include "db/dberror.h"
#include "db/transaction.h"
#include "demo/demogen.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QSqlError>

#include <algorithm>
#include <cmath>

namespace tongxin {

namespace demo {

quint64 Rng::next()
{
    quint64 z = (m_state += 0x9E3779B97F4A7C15ULL);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
}

double Rng::real()
{
    return double(next() >> 11) * (1.0 / 9007199254740992.0);
}

int Rng::range(int lo, int hi)
{
    if (hi <= lo)
        return lo;
    return lo + int(next() % quint64(qint64(hi) - lo + 1));
}

int Rng::weighted(const QVector<double> &weights)
{
    double total = 0;
    for (double w : weights)
        total += w;
    double x = real() * total;
    for (int i = 0; i < weights.size(); ++i) {
        x -= weights.at(i);
        if (x < 0)
            return i;
    }
    return int(weights.size()) - 1;
}

QVector<qint64> splitExact(qint64 total, const QVector<double> &weights, qint64 minEach)
{
    const int n = int(weights.size());
    QVector<qint64> out(n, 0);
    if (n == 0)
        return out;
    if (minEach * n > total)
        minEach = 0;
    const qint64 rest = total - minEach * n;
    long double sum = 0;
    for (double w : weights)
        sum += w > 0 ? w : 0;
    if (sum <= 0) {
        // Even split.
        for (int i = 0; i < n; ++i)
            out[i] = minEach + rest / n + (i < rest % n ? 1 : 0);
        return out;
    }
    QVector<QPair<long double, int>> remainders;
    remainders.reserve(n);
    qint64 assigned = 0;
    for (int i = 0; i < n; ++i) {
        const long double quota = (long double)rest * (weights.at(i) > 0 ? weights.at(i) : 0) / sum;
        const qint64 whole = qint64(std::floor(quota));
        out[i] = whole;
        assigned += whole;
        remainders.append({ quota - (long double)whole, i });
    }
    // Largest remainders first; ties by index, so the result never depends on sort stability.
    std::sort(remainders.begin(), remainders.end(),
        [](const auto &a, const auto &b) { return a.first != b.first ? a.first > b.first : a.second < b.second; });
    qint64 left = rest - assigned;
    for (int k = 0; left > 0; k = (k + 1) % n, --left)
        ++out[remainders.at(k).second];
    for (int k = 0; left < 0; k = (k + 1) % n) {
        const int i = remainders.at(n - 1 - k).second;
        if (out[i] > 0) {
            --out[i];
            ++left;
        }
    }
    for (qint64 &v : out)
        v += minEach;
    return out;
}

QDate dayBetween(Rng &rng, const QDate &from, const QDate &to)
{
    const qint64 span = from.daysTo(to);
    if (span <= 0)
        return from;
    return from.addDays(rng.range(0, int(span)));
}

qint64 Writer::insert(const char *table, std::initializer_list<Field> fields)
{
    if (!ok())
        return -1;
    QString key = QLatin1String(table);
    for (const Field &f : fields) {
        key += QLatin1Char(',');
        key += QLatin1String(f.column);
    }
    auto it = m_statements.find(key);
    if (it == m_statements.end()) {
        QStringList columns;
        QStringList marks;
        for (const Field &f : fields) {
            columns << QLatin1String(f.column);
            marks << QStringLiteral("?");
        }
        auto q = std::make_unique<QSqlQuery>(m_db);
        const QString sql
            = QStringLiteral("INSERT INTO %1(%2) VALUES(%3)")
                  .arg(QLatin1String(table), columns.join(QLatin1Char(',')), marks.join(QLatin1Char(',')));
        if (!q->prepare(sql)) {
            fail(QStringLiteral("%1: %2").arg(QLatin1String(table), q->lastError().text()));
            return -1;
        }
        it = m_statements.emplace(key, std::move(q)).first;
    }
    QSqlQuery &q = *it->second;
    int i = 0;
    for (const Field &f : fields)
        q.bindValue(i++, f.value);
    if (!q.exec()) {
        fail(QStringLiteral("%1: %2 (%3)")
                 .arg(QLatin1String(table), DbError::describe(q.lastError()), q.lastError().text()));
        return -1;
    }
    return q.lastInsertId().toLongLong();
}

namespace {

bool fillSettings(World &world)
{
    Writer &w = world.w;
    const QVector<QPair<QString, QString>> settings = {
        { QStringLiteral("office_name"), QStringLiteral("天津市河西区合作交流办公室") },
        { QStringLiteral("period_from"), QStringLiteral("2017") },
        { QStringLiteral("period_to"), QStringLiteral("2020") },
        { QStringLiteral("east_unit"), QString::number(world.hexi) },
    };
    for (const auto &s : settings)
        w.insert("settings", { { "key", s.first }, { "value", s.second } });
    return w.ok();
}

} // namespace

} // namespace demo

bool Demo::populate(Database &db, QString *error)
{
    using namespace demo;
    auto setError = [error](const QString &why) {
        if (error)
            *error = why;
        return false;
    };
    if (!db.isOpen())
        return setError(QCoreApplication::translate("Demo", "The database is not open."));
    QSqlDatabase sql = db.db();
    {
        QSqlQuery q(sql);
        if (!q.exec(QStringLiteral("SELECT count(*) FROM places")) || !q.next())
            return setError(q.lastError().text());
        if (q.value(0).toLongLong() > 0)
            return setError(
                QCoreApplication::translate("Demo", "The demo data can only be written into an empty database."));
    }

    Transaction t(sql);
    if (!t.isActive())
        return setError(t.lastError());
    // The trail records the demo as one entry with its counts, not tens of thousands of rows.
    QString why;
    if (!AuditTrail::suspendInserts(sql, AuditTrail::auditedTables(), &why))
        return setError(why);
    World world(sql);
    using Stage = bool (*)(World &);
    const Stage stages[]
        = { fillPlaces, fillOrganisations, fillPeople, fillHouseholds, fillPairings, fillFunds, fillIndustry,
              fillOrganisationWork, fillTalent, fillLabour, fillConsumption, fillSocial, fillSettings, fillTargets };
    for (Stage stage : stages) {
        if (!stage(world))
            return setError(world.w.error().isEmpty()
                    ? QCoreApplication::translate("Demo", "The demo data could not be generated.")
                    : world.w.error());
    }
    QJsonObject rows;
    for (const QString &table : AuditTrail::auditedTables()) {
        QSqlQuery q(sql);
        if (!q.exec(QStringLiteral("SELECT count(*) FROM %1").arg(table)) || !q.next())
            return setError(q.lastError().text());
        rows.insert(table, q.value(0).toLongLong());
    }
    if (!AuditTrail::resumeInserts(sql, AuditTrail::auditedTables(), &why)
        || !AuditTrail::note(sql, AuditTrail::wholeDatabase(), QStringLiteral("import"),
            { { QStringLiteral("demo"), true }, { QStringLiteral("rows"), rows } }, &why))
        return setError(why);
    if (!t.commit())
        return setError(t.lastError());
    return true;
}

namespace {
void removeDatabaseFiles(const QString &path)
{
    for (const QString &suffix :
        { QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal") })
        QFile::remove(path + suffix);
}
} // namespace

bool Demo::createFile(const QString &path, QString *error)
{
    QString why;
    const QString dir = QFileInfo(path).absolutePath();
    if (!QDir().mkpath(dir)) {
        if (error)
            *error = QCoreApplication::translate("Demo", "The folder %1 cannot be created.").arg(dir);
        return false;
    }
    const QString part = path + QStringLiteral(".part");
    removeDatabaseFiles(part);
    bool ok = false;
    {
        Database db;
        OpenError created;
        if (!db.create(part, false, &created))
            why = created.message;
        else
            ok = populate(db, &why);
    }
    if (ok) {
        removeDatabaseFiles(path);
        if (!QFile::rename(part, path)) {
            why = QCoreApplication::translate("Demo", "The file %1 cannot be written.").arg(path);
            ok = false;
        }
    }
    if (!ok) {
        removeDatabaseFiles(part);
        if (error)
            *error = why;
    }
    return ok;
}

} // namespace tongxin
