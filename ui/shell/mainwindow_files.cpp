#include "shell/mainwindow.h"

#include "accounts/accounts.h"
#include "accounts/accountsdialog.h"
#include "accounts/locksdialog.h"
#include "accounts/signindialog.h"
#include "db/database.h"
#include "db/dbfiles.h"
#include "db/openfiles.h"
#include "db/schema.h"
#include "demo/demo.h"
#include "records/recordcommands.h"
#include "shell/filedialog.h"
#include "shell/gettingstarted.h"
#include "shell/messagebox.h"
#include "shell/page.h"
#include "shell/recentfiles.h"
#include "shell/settingskeys.h"
#include "welcome/welcomepage.h"

#include <QAction>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMenu>
#include <QSettings>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QUndoStack>

// MainWindow's files: opening, creating, the demo, backups and recent files.

namespace tongxin {

// --- Files -------------------------------------------------------------------------------

QString MainWindow::demoPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/tongxin-demo.db");
}

bool MainWindow::openDatabase(const QString &path)
{
    const QString file = QFileInfo(path).absoluteFilePath();
    // The file already open stays open: a second connection gains nothing, and the one open
    // keeps its locks and undo steps.
    if (m_db && QFileInfo(m_db->path()) == QFileInfo(file)) {
        m_central->setCurrentWidget(m_workspace);
        return true;
    }
    // A file of an older version is upgraded only when the user says so, after a copy is kept.
    // No leaves it as it was and not opened: the window edits what it opens, and an older file
    // opened read-only would refuse every save.
    int version = 0;
    if (!Database::probe(file, &version) && version < Schema::Version) {
        const QString copy = DbFiles::upgradeCopyName(file, version);
        if (MessageBox::question(this, tr("Upgrade Database"),
                tr("This database was made by an older version of Tongxin. Upgrade it? A copy is kept as %1.")
                    .arg(QDir::toNativeSeparators(copy)))
            != QMessageBox::Yes) {
            statusBar()->showMessage(
                tr("%1 was not opened; it is unchanged.").arg(QDir::toNativeSeparators(file)), 8000);
            return false;
        }
    }
    auto db = std::make_unique<Database>();
    OpenError error;
    bool opened = db->open(file, &error);
    // A file on a read-only share can still be read: opened read-only, and the user told.
    if (!opened && error.code == OpenError::NotWritable) {
        opened = db->open(file, &error, Database::Access::ReadOnly);
        if (opened)
            MessageBox::warning(this, tr("Opened Read-Only"),
                tr("%1 cannot be written (the file or its folder is read-only). It is open for reading only: "
                   "changes cannot be saved.")
                    .arg(QDir::toNativeSeparators(file)));
    }
    if (!opened) {
        MessageBox::critical(this, tr("Cannot Open Database"), error.message);
        if (error.code == OpenError::Missing)
            forgetRecent(file);
        return false;
    }
    // A database with accounts opens for the account that signs in; Cancel leaves it unopened.
    if (Accounts::enabled(db->db())) {
        SignInDialog signIn(db->db(), file, this);
        if (signIn.exec() != QDialog::Accepted) {
            statusBar()->showMessage(tr("%1 was not opened: no one signed in.").arg(QDir::toNativeSeparators(file)), 8000);
            return false;
        }
    }
    const QString copy = db->upgradeCopy();
    setDatabase(std::move(db));
    if (!copy.isEmpty())
        statusBar()->showMessage(
            tr("Upgraded; the file as it was is kept as %1").arg(QDir::toNativeSeparators(copy)), 10000);
    return true;
}

bool MainWindow::createDatabase(const QString &path)
{
    const QString file = QFileInfo(path).absoluteFilePath();
    if (m_db && QFileInfo(m_db->path()) == QFileInfo(file)) {
        MessageBox::critical(
            this, tr("Cannot Create Database"), tr("The file %1 is the open database; it was not replaced.").arg(file));
        return false;
    }
    auto db = std::make_unique<Database>();
    OpenError error;
    // The file dialog has already asked before replacing a file; create() moves the old one
    // aside (never deletes it), refuses one that is not a Tongxin database, and one from a
    // newer version unless the user confirms a second time here.
    bool created = db->create(file, true, &error);
    if (!created && error.code == OpenError::TooNew
        && MessageBox::question(this, tr("Replace Newer Database"),
               tr("%1\n\nReplace it anyway with a new, empty database? The file is kept beside it, renamed "
                  "FILE.replaced-DATE-TIME.")
                   .arg(error.message))
            == QMessageBox::Yes)
        created = db->create(file, true, &error, true);
    if (!created) {
        if (error.code != OpenError::TooNew)
            MessageBox::critical(this, tr("Cannot Create Database"), error.message);
        return false;
    }
    const QString aside = db->replacedFile();
    setDatabase(std::move(db));
    if (!aside.isEmpty())
        statusBar()->showMessage(tr("The previous file is kept as %1").arg(QDir::toNativeSeparators(aside)), 10000);
    return true;
}

bool MainWindow::openDemo()
{
    const QString path = demoPath();
    if (m_db && QFileInfo(m_db->path()) == QFileInfo(path))
        return openDatabase(path); // already open: never probe or rebuild it under our own connection
    // The demo is ours and can always be rebuilt: missing, damaged or from another version.
    if (!QFileInfo::exists(path) || Database::probe(path)) {
        QString why;
        if (!Demo::createFile(path, &why)) {
            MessageBox::critical(
                this, tr("Cannot Open Demo"), tr("The demo database could not be created: %1").arg(why));
            return false;
        }
    }
    return openDatabase(path);
}

bool MainWindow::backupTo(const QString &path)
{
    if (!m_db)
        return false;
    QString error;
    if (!m_db->backupTo(QFileInfo(path).absoluteFilePath(), &error)) {
        MessageBox::critical(this, tr("Backup Failed"), error);
        return false;
    }
    statusBar()->showMessage(tr("Backup copy written to %1").arg(QDir::toNativeSeparators(path)), 8000);
    return true;
}

void MainWindow::setDatabase(std::unique_ptr<Database> db)
{
    // Undo steps belong to the database they were made in.
    undoStack()->clear();
    m_stale.clear();
    for (Page *p : std::as_const(m_pages))
        p->setDatabase(db.get());
    m_db.swap(db); // the previous database closes when `db` goes out of scope
    db.reset();

    rememberRecent(m_db->path());
    if (m_remember) {
        QSettings settings;
        settings.setValue(settingskeys::LastFile, m_db->path());
        settings.setValue(settingskeys::LastDir, QFileInfo(m_db->path()).absolutePath());
    }
    m_backupAction->setEnabled(true);
    m_accountsAction->setEnabled(true);
    m_locksAction->setEnabled(true);
    m_central->setCurrentWidget(m_workspace);
    m_gettingStarted->refresh(m_db.get());
    updateTitle();
    statusBar()->showMessage(tr("Opened %1").arg(QDir::toNativeSeparators(m_db->path())), 5000);
}

void MainWindow::reopenLastFile()
{
    const QString last = QSettings().value(settingskeys::LastFile).toString();
    // Probe first: a file that went away or changed is not worth a message at start-up.
    if (!last.isEmpty() && !Database::probe(last))
        openDatabase(last);
}

QString MainWindow::dialogDirectory() const
{
    const QString dir = QSettings().value(settingskeys::LastDir).toString();
    if (!dir.isEmpty() && QFileInfo(dir).isDir())
        return dir;
    return QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
}

void MainWindow::newDatabaseDialog()
{
    QString path = FileDialog::saveFileName(this, tr("New Database"), dialogDirectory() + QStringLiteral("/tongxin.db"),
        tr("Tongxin databases (*.db);;All files (*)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".db");
    createDatabase(path);
}

void MainWindow::openDatabaseDialog()
{
    const QString path = FileDialog::openFileName(
        this, tr("Open Database"), dialogDirectory(), tr("Tongxin databases (*.db);;All files (*)"));
    if (!path.isEmpty())
        openDatabase(path);
}

void MainWindow::backupDialog()
{
    if (!m_db)
        return;
    const QFileInfo current(m_db->path());
    const QString suggested = current.absolutePath() + QLatin1Char('/') + current.completeBaseName()
        + QStringLiteral("-backup-") + QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmm"))
        + QStringLiteral(".db");
    const QString path
        = FileDialog::saveFileName(this, tr("Backup Copy"), suggested, tr("Tongxin databases (*.db);;All files (*)"));
    if (path.isEmpty())
        return;
    // A database open in this process (this one, or its -wal/-shm) is never the target.
    if (OpenFiles::contains(path)) {
        MessageBox::critical(
            this, tr("Backup Failed"), tr("The file %1 is the open database; a backup cannot replace it.").arg(path));
        return;
    }
    // The dialog asked before replacing; VACUUM INTO writes only to a new file.
    if (QFileInfo::exists(path))
        QFile::remove(path);
    backupTo(path);
}

void MainWindow::accountsDialog()
{
    if (!m_db)
        return;
    AccountsDialog dialog(m_db->db(), this);
    dialog.exec();
    // Enabling accounts signs in their first administrator: the title names who works, and
    // every page offers what the account may do.
    updateTitle();
    reloadAfterWrite(nullptr);
}

void MainWindow::locksDialog()
{
    if (!m_db)
        return;
    LocksDialog dialog(m_db->db(), this);
    dialog.exec();
}

// --- Recent files ------------------------------------------------------------------------

QStringList MainWindow::recentFiles() const
{
    return RecentFiles::list();
}

void MainWindow::rememberRecent(const QString &path)
{
    if (!m_remember)
        return;
    RecentFiles::remember(path);
    updateRecentFiles();
}

void MainWindow::forgetRecent(const QString &path)
{
    if (m_remember && RecentFiles::forget(path))
        updateRecentFiles();
}

void MainWindow::updateRecentFiles()
{
    RecentFiles::fillMenu(m_recentMenu, m_clearRecentAction, [this](const QString &path) { openDatabase(path); });
    m_welcome->setRecentFiles(RecentFiles::list());
}

} // namespace tongxin
