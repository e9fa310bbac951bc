#include "consumption/importwizardrunner.h"

#include "db/database.h"
#include "db/openfiles.h"
#include "io/tabularreader.h"

#include <QThread>

namespace tongxin {

namespace {

std::function<void(qint64, qint64)> &progressHook()
{
    static std::function<void(qint64, qint64)> hook;
    return hook;
}

} // namespace

ImportWizardRunner::ImportWizardRunner(QObject *parent)
    : QObject(parent)
{ }

ImportWizardRunner::~ImportWizardRunner()
{
    cancel();
    wait();
}

void ImportWizardRunner::setProgressHook(std::function<void(qint64, qint64)> hook)
{
    progressHook() = std::move(hook);
}

bool ImportWizardRunner::start(const Job &job)
{
    if (m_thread)
        return false;
    m_job = job;
    m_cancel.store(false);
    m_running = SalesImportResult();
    m_thread = QThread::create([this] { run(); });
    m_thread->setObjectName(QStringLiteral("salesImport"));
    connect(m_thread, &QThread::finished, this, &ImportWizardRunner::ended);
    m_thread->start();
    return true;
}

void ImportWizardRunner::cancel()
{
    m_cancel.store(true);
}

void ImportWizardRunner::wait()
{
    if (!m_thread)
        return;
    m_thread->wait();
    ended();
}

void ImportWizardRunner::ended()
{
    if (!m_thread)
        return; // wait() already handled it
    m_thread->deleteLater();
    m_thread = nullptr;
    m_result = m_running;
    emit finished();
}

// The worker: its own connection (a connection belongs to the thread that opened it), its own
// reader, the core's import. Progress goes to the wizard as queued signals.
void ImportWizardRunner::run()
{
    SalesImportResult &result = m_running;
    const auto failed = [&result](SalesImportResult::Failure failure, const QString &why) {
        result.status = SalesImportResult::Status::Failed;
        result.failure = failure;
        result.error = why;
    };
    Database db;
    OpenError error;
    if (m_job.databasePath.isEmpty() || !db.open(m_job.databasePath, &error)) {
        failed(SalesImportResult::Failure::Database,
            error ? error.message : tr("The database has no file to import into."));
        return;
    }
    if (m_job.account)
        Accounts::adopt(db.db(), *m_job.account);
    if (OpenFiles::contains(m_job.file)) {
        failed(SalesImportResult::Failure::File, SalesImport::notSales(m_job.file));
        return;
    }
    std::unique_ptr<TabularReader> reader = TabularReader::forFile(m_job.file);
    if (auto *csv = dynamic_cast<CsvReader *>(reader.get()))
        csv->setEncoding(m_job.encoding);
    if (!reader->open(m_job.file) || !reader->selectSheet(m_job.sheet)) {
        failed(SalesImportResult::Failure::File, reader->errorString());
        return;
    }
    SalesImportOptions options;
    options.mode = m_job.mode;
    options.dryRun = m_job.dryRun;
    options.skipInvalid = m_job.skipInvalid;
    options.allowOutsidePeriod = m_job.allowOutsidePeriod;
    options.headerRow = m_job.headerRow;
    options.cancel = &m_cancel;
    options.progress = [this](qint64 done, qint64 total) {
        if (progressHook())
            progressHook()(done, total);
        QMetaObject::invokeMethod(
            this, [this, done, total] { emit progress(done, total); }, Qt::QueuedConnection);
    };
    options.waiting = [this] {
        QMetaObject::invokeMethod(this, [this] { emit waiting(); }, Qt::QueuedConnection);
    };
    result = SalesImport(db.db()).run(*reader, &m_job.mapping, options);
}

} // namespace tongxin
