#pragma once

#include "accounts/accounts.h"
#include "consumption/salesimport.h"
#include "io/csvreader.h"

#include <QObject>

#include <atomic>
#include <functional>
#include <optional>

class QThread;

namespace tongxin {

/// Runs a sales import or a dry run of it in a worker thread with its own connection to the
/// database file, so the wizard stays responsive and Cancel is heard at once. The core runs
/// the import as one transaction: a cancel leaves the database exactly as it was. The second
/// connection is an SQLite one, opened through Database (never a plain read of the file, which
/// would drop the window's locks on it).
class ImportWizardRunner final : public QObject
{
    Q_OBJECT
public:
    struct Job
    {
        QString databasePath;
        QString file;
        CsvReader::Encoding encoding = CsvReader::Encoding::Auto;
        int sheet = 0; ///< 0-based
        int headerRow = 0; ///< 1-based, 0 = let the core find it
        SalesMapping mapping;
        SalesImportOptions::Mode mode = SalesImportOptions::Mode::Add;
        bool dryRun = true;
        bool skipInvalid = false;
        bool allowOutsidePeriod = false; ///< import rows dated outside the office's period
        std::optional<Account> account; ///< the account signed in to the window, if any
    };

    explicit ImportWizardRunner(QObject *parent = nullptr);
    ~ImportWizardRunner() override;

    /// Starts a job; false when one is still running.
    bool start(const Job &job);
    bool isRunning() const { return m_thread != nullptr; }
    /// Asks the running job to stop (it ends as Cancelled, nothing written).
    void cancel();
    /// Blocks until the running job ended (after cancel(), when the wizard closes).
    void wait();
    /// The result of the last job that finished.
    const SalesImportResult &result() const { return m_result; }
    /// The job last started.
    const Job &job() const { return m_job; }

    /// Tests: called in the worker thread at each progress report, before the wizard hears of
    /// it (e.g. to hold the import at a known point while the test presses Cancel).
    static void setProgressHook(std::function<void(qint64 done, qint64 total)> hook);

signals:
    /// Rows done and an estimate of all rows (queued from the worker thread).
    void progress(qint64 done, qint64 total);
    /// Another program holds the database's write lock; the import waits for it (queued,
    /// about every quarter of a second while it lasts).
    void waiting();
    /// The job ended; result() holds what it did.
    void finished();

private:
    void run(); // in the worker thread
    void ended();

    QThread *m_thread = nullptr;
    Job m_job;
    std::atomic_bool m_cancel { false };
    SalesImportResult m_running; // written by the worker only
    SalesImportResult m_result;
};

} // namespace tongxin
