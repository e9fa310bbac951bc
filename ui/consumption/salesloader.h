#pragma once

#include <QObject>
#include <QString>

#include <functional>
#include <memory>

class QThread;

namespace tongxin {

class SalesQuery;
class SalesWorker;

/// Runs sales-ledger queries off the GUI thread, so that a million-row ledger never freezes
/// the window: one worker thread with a database connection of its own (a connection belongs
/// to the thread that opened it), opened on the file of the GUI's connection and kept open
/// while that connection lives, so its page cache stays warm. With WAL, the worker reads what
/// the GUI connection has committed.
///
/// Jobs run one after the other. A job started again before the previous run of the same
/// channel began is skipped (only the latest filter matters). A job hands its results back with
/// deliver(): they run in the GUI thread, and never after the loader is gone (its destructor
/// waits for a running job), so the owner of the loader deletes it first.
class SalesLoader final : public QObject
{
    Q_OBJECT
public:
    /// A job: runs in the worker thread; `stale()` turns true once a newer job of the same
    /// channel was posted (check it between long queries).
    using Job = std::function<void(SalesQuery &query, const std::function<bool()> &stale)>;

    explicit SalesLoader(QObject *parent = nullptr);
    ~SalesLoader() override;

    /// The file and connection the worker reads: `path` of the database, `key` any value that
    /// changes when another database is opened (the GUI connection's name). A change closes the
    /// worker's connection; the next job opens the new file.
    void setSource(const QString &path, const QString &key);
    QString path() const { return m_path; }

    static constexpr int Channels = 4;

    /// Posts a job on a channel (0 … Channels − 1, e.g. 0 = ledger, 1 = charts). Returns its
    /// ticket.
    int post(int channel, Job job);
    /// Makes every job of a channel posted so far stale (they are skipped or not delivered).
    void cancel(int channel);
    /// The ticket of the latest job posted on a channel.
    int latest(int channel) const;
    /// Runs `f` in the loader's (GUI) thread; callable from the worker. Dropped when the loader
    /// is destroyed first.
    void deliver(std::function<void()> f);

    /// Why the worker could not open the file (empty when it could), as of the last job.
    QString openError() const;

private:
    friend class SalesWorker;
    struct Tickets; // the latest ticket of each channel, shared with the worker

    QThread *m_thread;
    SalesWorker *m_worker;
    QString m_path;
    QString m_key;
    std::shared_ptr<Tickets> m_tickets;
};

} // namespace tongxin
