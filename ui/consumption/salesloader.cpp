#include "consumption/salesloader.h"

#include "consumption/salesquery.h"
#include "db/database.h"

#include <QMutex>
#include <QMutexLocker>
#include <QThread>

#include <array>
#include <atomic>

namespace tongxin {

struct SalesLoader::Tickets
{
    std::atomic_int counter { 0 };
    std::array<std::atomic_int, SalesLoader::Channels> latest {};
    QMutex mutex;
    QString openError;
};

/// Lives in the worker thread and owns its connection.
class SalesWorker final : public QObject
{
public:
    void run(const QString &path, const QString &key, const std::function<bool()> &stale, const SalesLoader::Job &job,
        SalesLoader::Tickets *tickets)
    {
        if (stale())
            return;
        if (!m_db || key != m_key) {
            close();
            auto db = std::make_unique<Database>();
            OpenError error;
            const bool ok = db->open(path, &error);
            {
                QMutexLocker lock(&tickets->mutex);
                tickets->openError = ok ? QString() : error.message;
            }
            if (ok) {
                m_db = std::move(db);
                m_key = key;
            }
        }
        SalesQuery query(m_db ? m_db->db() : QSqlDatabase());
        job(query, stale);
    }
    void close()
    {
        m_db.reset();
        m_key.clear();
    }

private:
    std::unique_ptr<Database> m_db;
    QString m_key;
};

SalesLoader::SalesLoader(QObject *parent)
    : QObject(parent)
    , m_thread(new QThread)
    , m_worker(new SalesWorker)
    , m_tickets(std::make_shared<Tickets>())
{
    m_thread->setObjectName(QStringLiteral("sales-loader"));
    m_worker->moveToThread(m_thread);
    m_thread->start();
}

SalesLoader::~SalesLoader()
{
    // Let a running job end and close the connection in its own thread.
    for (auto &t : m_tickets->latest)
        t = -1;
    QMetaObject::invokeMethod(
        m_worker, [w = m_worker] { w->close(); }, Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
    delete m_worker;
    delete m_thread;
}

void SalesLoader::setSource(const QString &path, const QString &key)
{
    if (path == m_path && key == m_key)
        return;
    m_path = path;
    m_key = key;
    // The old file need not stay open until the next job.
    QMetaObject::invokeMethod(
        m_worker, [w = m_worker] { w->close(); }, Qt::QueuedConnection);
}

int SalesLoader::post(int channel, Job job)
{
    Q_ASSERT(channel >= 0 && channel < Channels);
    const int ticket = ++m_tickets->counter;
    m_tickets->latest[size_t(channel)] = ticket;
    Tickets *tickets = m_tickets.get();
    const auto stale = [tickets, channel, ticket] { return tickets->latest[size_t(channel)].load() != ticket; };
    QMetaObject::invokeMethod(
        m_worker,
        [w = m_worker, path = m_path, key = m_key, stale, job = std::move(job), tickets] {
            w->run(path, key, stale, job, tickets);
        },
        Qt::QueuedConnection);
    return ticket;
}

void SalesLoader::cancel(int channel)
{
    m_tickets->latest[size_t(channel)] = ++m_tickets->counter;
}

int SalesLoader::latest(int channel) const
{
    return m_tickets->latest[size_t(channel)].load();
}

void SalesLoader::deliver(std::function<void()> f)
{
    QMetaObject::invokeMethod(this, std::move(f), Qt::QueuedConnection);
}

QString SalesLoader::openError() const
{
    QMutexLocker lock(&m_tickets->mutex);
    return m_tickets->openError;
}

} // namespace tongxin
