#include "shell/mainwindow.h"

#include "accounts/accounts.h"
#include "db/database.h"
#include "demo/demo.h"
#include "i18n/language.h"
#include "pages/pages.h"
#include "shell/application.h"
#include "shell/filedialog.h"
#include "shell/gettingstarted.h"
#include "shell/settingskeys.h"
#include "records/recordcommands.h"
#include "shell/messagebox.h"
#include "shell/recentfiles.h"
#include "shell/undoactions.h"
#include "shell/windowfit.h"
#include "shell/page.h"
#include "welcome/welcomepage.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QShowEvent>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QListWidget>
#include <QMenuBar>
#include <QSettings>
#include <QUndoStack>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace tongxin {


MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(Application::icon());

    m_central = new QStackedWidget(this);
    m_central->setObjectName(QStringLiteral("central"));
    m_welcome = new WelcomePage(m_central);
    m_central->addWidget(m_welcome);

    m_workspace = new QWidget(m_central);
    m_workspace->setObjectName(QStringLiteral("workspace"));
    auto *row = new QHBoxLayout(m_workspace);
    row->setContentsMargins(0, 0, 0, 0);
    row->setSpacing(0);
    m_sidebar = new QListWidget(m_workspace);
    m_sidebar->setObjectName(QStringLiteral("sidebar"));
    m_sidebar->setFixedWidth(SidebarMinWidth);
    m_sidebar->setIconSize(QSize(20, 20));
    m_sidebar->setFrameShape(QFrame::NoFrame);
    m_sidebar->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_pageStack = new QStackedWidget(m_workspace);
    m_pageStack->setObjectName(QStringLiteral("pages"));
    m_gettingStarted = new GettingStarted(m_workspace);
    auto *column = new QVBoxLayout;
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(0);
    column->addWidget(m_gettingStarted);
    column->addWidget(m_pageStack, 1);
    row->addWidget(m_sidebar);
    row->addLayout(column, 1);
    m_central->addWidget(m_workspace);
    setCentralWidget(m_central);

    setStyleSheet(QStringLiteral(
        "QStackedWidget#central > QWidget { background: #f7f5f1; }"
        "QListWidget#sidebar { background: #efebe4; border: none; border-right: 1px solid #e2ded6; "
        "padding-top: 10px; outline: none; }"
        "QListWidget#sidebar::item { padding: 9px 10px; margin: 2px 8px; border-radius: 6px; color: #3a3633; }"
        "QListWidget#sidebar::item:hover { background: #e4ded4; }"
        "QListWidget#sidebar::item:selected { background: #c62828; color: white; }"));
    m_welcome->setAttribute(Qt::WA_StyledBackground);
    m_workspace->setAttribute(Qt::WA_StyledBackground);
    QFont sidebarFont = m_sidebar->font();
    sidebarFont.setPointSizeF(sidebarFont.pointSizeF() * 1.1);
    m_sidebar->setFont(sidebarFont);

    connect(m_sidebar, &QListWidget::currentRowChanged, this, [this](int row) {
        m_pageStack->setCurrentIndex(row);
        // A page that writes elsewhere made out of date reloads when it is shown.
        if (row >= 0 && row < m_pages.size() && m_stale.remove(m_pages.at(row)))
            m_pages.at(row)->setDatabase(m_db.get());
    });
    connect(m_welcome, &WelcomePage::newRequested, this, &MainWindow::newDatabaseDialog);
    connect(m_welcome, &WelcomePage::openRequested, this, &MainWindow::openDatabaseDialog);
    connect(m_welcome, &WelcomePage::demoRequested, this, &MainWindow::openDemo);
    connect(m_welcome, &WelcomePage::recentRequested, this, &MainWindow::openDatabase);
    connect(m_gettingStarted, &GettingStarted::stepRequested, this, &MainWindow::showStartStep);

    createActions();
    createMenus();
    createPages();
    statusBar()->setSizeGripEnabled(true);

    const QSettings settings;
    if (!restoreGeometry(settings.value(settingskeys::Geometry).toByteArray()))
        resize(1280, 800);
    // A geometry saved on a larger screen must not open off this one.
    fitToScreen(this);
    restoreState(settings.value(settingskeys::State).toByteArray());
    const int last = pageIds().indexOf(settings.value(settingskeys::LastPage).toString());
    m_sidebar->setCurrentRow(last >= 0 ? last : 0);

    m_central->setCurrentWidget(m_welcome);
    updateRecentFiles();
    retranslateUi();
}

MainWindow::~MainWindow()
{
    // Pages hold the Database pointer: let them go before the database closes.
    for (Page *p : std::as_const(m_pages))
        p->setDatabase(nullptr);
}

void MainWindow::createPages()
{
    for (const Pages::Factory &make : Pages::factories())
        addPage(make(this));
}

void MainWindow::addPage(Page *page)
{
    m_pages << page;
    m_pageStack->addWidget(page);
    auto *item = new QListWidgetItem(page->icon(), page->title(), m_sidebar);
    item->setData(Qt::UserRole, page->pageId());
    connect(page, &Page::dataChanged, this, [this, page] { reloadAfterWrite(page); });
    // One page asking another (a gap on the coverage page starts a pairing form, pre-filled).
    connect(page, &Page::pageRequested, this, [this](const QString &id, const QVariantMap &request) {
        for (Page *target : std::as_const(m_pages)) {
            if (target->pageId() == id) {
                showPage(id);
                target->handleRequest(request);
            }
        }
    });
    page->setDatabase(m_db.get());
}

void MainWindow::createActions()
{
    m_newAction = new QAction(this);
    m_newAction->setObjectName(QStringLiteral("actionNew"));
    m_newAction->setShortcut(QKeySequence::New);
    connect(m_newAction, &QAction::triggered, this, &MainWindow::newDatabaseDialog);

    m_openAction = new QAction(this);
    m_openAction->setObjectName(QStringLiteral("actionOpen"));
    m_openAction->setShortcut(QKeySequence::Open);
    connect(m_openAction, &QAction::triggered, this, &MainWindow::openDatabaseDialog);

    m_demoAction = new QAction(this);
    m_demoAction->setObjectName(QStringLiteral("actionOpenDemo"));
    connect(m_demoAction, &QAction::triggered, this, &MainWindow::openDemo);

    m_backupAction = new QAction(this);
    m_backupAction->setObjectName(QStringLiteral("actionBackup"));
    m_backupAction->setEnabled(false);
    connect(m_backupAction, &QAction::triggered, this, &MainWindow::backupDialog);

    m_clearRecentAction = new QAction(this);
    m_clearRecentAction->setObjectName(QStringLiteral("actionClearRecent"));
    connect(m_clearRecentAction, &QAction::triggered, this, [this] {
        RecentFiles::clear();
        updateRecentFiles();
    });

    m_quitAction = new QAction(this);
    m_quitAction->setObjectName(QStringLiteral("actionQuit"));
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    m_accountsAction = new QAction(this);
    m_accountsAction->setObjectName(QStringLiteral("actionAccounts"));
    m_accountsAction->setEnabled(false);
    connect(m_accountsAction, &QAction::triggered, this, &MainWindow::accountsDialog);
    m_locksAction = new QAction(this);
    m_locksAction->setObjectName(QStringLiteral("actionLocks"));
    m_locksAction->setEnabled(false);
    connect(m_locksAction, &QAction::triggered, this, &MainWindow::locksDialog);

    m_aboutAction = new QAction(this);
    m_aboutAction->setObjectName(QStringLiteral("actionAbout"));
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::about);

    // Language names are written in their own language, so anyone can find theirs.
    m_languageGroup = new QActionGroup(this);
    m_languageGroup->setExclusive(true);
    m_chineseAction = new QAction(QStringLiteral("中文"), m_languageGroup);
    m_chineseAction->setObjectName(QStringLiteral("actionLanguageZh"));
    m_chineseAction->setData(QStringLiteral("zh_CN"));
    m_englishAction = new QAction(QStringLiteral("English"), m_languageGroup);
    m_englishAction->setObjectName(QStringLiteral("actionLanguageEn"));
    m_englishAction->setData(QStringLiteral("en"));
    for (QAction *a : { m_chineseAction, m_englishAction })
        a->setCheckable(true);
    connect(m_languageGroup, &QActionGroup::triggered, this, [this](QAction *a) { setLanguage(a->data().toString()); });
}

void MainWindow::createMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->setObjectName(QStringLiteral("menuFile"));
    m_fileMenu->addAction(m_newAction);
    m_fileMenu->addAction(m_openAction);
    m_fileMenu->addAction(m_demoAction);
    m_recentMenu = m_fileMenu->addMenu(QString());
    m_recentMenu->setObjectName(QStringLiteral("menuRecent"));
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_backupAction);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_quitAction);

    // Edit: undo and redo of saved changes (every form and delete goes through undoStack()).
    m_editMenu = menuBar()->addMenu(QString());
    m_editMenu->setObjectName(QStringLiteral("menuEdit"));
    m_undoActions = new UndoActions(undoStack(), this);
    m_editMenu->addAction(m_undoActions->undo());
    m_editMenu->addAction(m_undoActions->redo());
    // After a save, an undo or a redo every page shows the database as it now is.
    connect(undoStack(), &QUndoStack::indexChanged, this, [this] {
        if (!RecordCommand::lastError().isEmpty())
            MessageBox::warning(this, tr("Cannot Undo"), RecordCommand::lastError());
        reloadAfterWrite(nullptr);
    });

    m_settingsMenu = menuBar()->addMenu(QString());
    m_settingsMenu->setObjectName(QStringLiteral("menuSettings"));
    m_settingsMenu->addAction(m_accountsAction);
    m_settingsMenu->addAction(m_locksAction);

    m_languageMenu = menuBar()->addMenu(QString());
    m_languageMenu->setObjectName(QStringLiteral("menuLanguage"));
    m_languageMenu->addAction(m_chineseAction);
    m_languageMenu->addAction(m_englishAction);

    m_helpMenu = menuBar()->addMenu(QString());
    m_helpMenu->setObjectName(QStringLiteral("menuHelp"));
    m_helpMenu->addAction(m_aboutAction);
}

void MainWindow::retranslateUi()
{
    m_fileMenu->setTitle(tr("&File"));
    m_newAction->setText(tr("&New…"));
    m_newAction->setStatusTip(tr("Create an empty database file"));
    m_openAction->setText(tr("&Open…"));
    m_openAction->setStatusTip(tr("Open an existing Tongxin database file"));
    m_demoAction->setText(tr("Open &Demo"));
    m_demoAction->setStatusTip(tr("Open the demo database (created when missing)"));
    m_recentMenu->setTitle(tr("&Recent Files"));
    m_clearRecentAction->setText(tr("&Clear List"));
    m_backupAction->setText(tr("&Backup Copy…"));
    m_backupAction->setStatusTip(tr("Write a consistent copy of the open database to a new file"));
    m_quitAction->setText(tr("&Quit"));
    m_editMenu->setTitle(tr("&Edit"));
    m_settingsMenu->setTitle(tr("&Settings"));
    m_accountsAction->setText(tr("&Accounts…"));
    m_accountsAction->setStatusTip(tr("Who may work on this database and what each may change"));
    m_locksAction->setText(tr("&Period Locks…"));
    m_locksAction->setStatusTip(tr("Lock the figures of a year once they are submitted, or unlock them"));
    m_languageMenu->setTitle(tr("&Language"));
    m_helpMenu->setTitle(tr("&Help"));
    m_aboutAction->setText(tr("&About Tongxin"));

    const QString lang = Language::current();
    m_chineseAction->setChecked(lang == QLatin1String("zh_CN"));
    m_englishAction->setChecked(lang == QLatin1String("en"));

    m_undoActions->retranslate();

    for (int i = 0; i < m_pages.size(); ++i)
        m_sidebar->item(i)->setText(m_pages.at(i)->title());
    // Whole labels in every language ("Events and livestreams").
    m_sidebar->setFixedWidth(sidebarWidth(m_sidebar, SidebarMinWidth));
    updateRecentFiles();
    updateTitle();
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QMainWindow::changeEvent(event);
}

void MainWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    // Now the frame is known: fit once more, so the title bar is on the screen too.
    if (!m_fitted && !event->spontaneous()) {
        m_fitted = true;
        fitToScreen(this);
    }
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_remember) {
        QSettings settings;
        settings.setValue(settingskeys::Geometry, saveGeometry());
        settings.setValue(settingskeys::State, saveState());
        settings.setValue(settingskeys::LastPage, currentPageId());
    }
    event->accept();
}

void MainWindow::updateTitle()
{
    const std::optional<Account> signedIn = m_db ? Accounts::current(m_db->db()) : std::nullopt;
    if (signedIn)
        setWindowTitle(tr("%1 — %2 (%3) — Tongxin")
                           .arg(QFileInfo(m_db->path()).fileName(), signedIn->name, Accounts::roleName(signedIn->role)));
    else if (m_db)
        setWindowTitle(tr("%1 — Tongxin").arg(QFileInfo(m_db->path()).fileName()));
    else
        setWindowTitle(tr("Tongxin"));
}

// --- Language, pages, about --------------------------------------------------------------

bool MainWindow::setLanguage(const QString &code)
{
    const QString lang = Language::normalise(code);
    if (lang.isEmpty() || !Language::apply(lang)) {
        retranslateUi(); // puts the check mark back on the language in use
        return false;
    }
    if (m_remember)
        QSettings().setValue(settingskeys::Language, lang);
    // Language::apply() posts LanguageChange to top-level widgets; an empty translation posts
    // nothing. Retranslate this window now either way, so the switch is complete on return.
    QEvent change(QEvent::LanguageChange);
    QCoreApplication::sendEvent(this, &change);
    return true;
}

void MainWindow::showStartStep(int step)
{
    if (step == GettingStarted::Pairings) {
        showPage(QStringLiteral("pairings"));
        return;
    }
    const QString registries = QStringLiteral("registries");
    showPage(registries);
    page(registries)->handleRequest({ { QStringLiteral("tab"),
        step == GettingStarted::Places ? QStringLiteral("places") : QStringLiteral("organisations") } });
}

void MainWindow::reloadAfterWrite(Page *writer)
{
    if (!m_db)
        return;
    // Only the pages showing a table the write changed; nothing committed (a refused write)
    // leaves every page as it is. The page that wrote has reloaded itself.
    const QSet<QString> changed = m_db->takeChangedTables();
    Page *shown = m_pages.value(m_sidebar->currentRow(), nullptr);
    for (Page *p : std::as_const(m_pages)) {
        if (p == writer || changed.isEmpty())
            continue;
        const QStringList reads = p->readsTables();
        const bool affected = reads.isEmpty()
            || std::any_of(reads.cbegin(), reads.cend(), [&](const QString &t) { return changed.contains(t); });
        if (!affected)
            continue;
        if (p == shown && m_central->currentWidget() == m_workspace)
            p->setDatabase(m_db.get());
        else
            m_stale.insert(p);
    }
    if (!changed.isEmpty())
        m_gettingStarted->refresh(m_db.get());
}

QStringList MainWindow::pageIds() const
{
    QStringList ids;
    for (const Page *p : m_pages)
        ids << p->pageId();
    return ids;
}

Page *MainWindow::page(const QString &pageId) const
{
    for (Page *p : m_pages) {
        if (p->pageId() == pageId)
            return p;
    }
    return nullptr;
}

bool MainWindow::showPage(const QString &pageId)
{
    const int row = pageIds().indexOf(pageId);
    if (row < 0)
        return false;
    m_sidebar->setCurrentRow(row);
    return true;
}

QString MainWindow::currentPageId() const
{
    const int row = m_sidebar->currentRow();
    return row >= 0 && row < m_pages.size() ? m_pages.at(row)->pageId() : QString();
}

bool MainWindow::isWelcomeShown() const
{
    return m_central->currentWidget() == m_welcome;
}

void MainWindow::about()
{
    MessageBox::about(this, tr("About Tongxin"),
        tr("<h3>Tongxin (同心) %1</h3><p>%2</p><p>Built with Qt %3.</p>")
            .arg(Application::version(), Application::description().toHtmlEscaped(), QString::fromLatin1(qVersion())));
}

bool MainWindow::saveScreenshots(const QString &dir, const QSize &size, QStringList *written, QString *error)
{
    if (!QDir().mkpath(dir)) {
        if (error)
            *error = tr("The folder %1 cannot be created.").arg(dir);
        return false;
    }
    setWindowState(Qt::WindowNoState);
    m_fitted = true; // a picture at the size asked for, not a window fitted to this screen
    resize(size);
    statusBar()->clearMessage();
    if (!isVisible())
        show();
    QStringList ids = m_db ? pageIds() : QStringList { QStringLiteral("welcome") };
    const QString before = currentPageId();
    for (const QString &id : std::as_const(ids)) {
        if (m_db)
            showPage(id);
        // Let layouts, style polish and chart geometry settle before grabbing.
        for (int i = 0; i < 3; ++i)
            QCoreApplication::processEvents();
        const QString file = QDir(dir).filePath(id + QStringLiteral(".png"));
        if (!grab().save(file)) {
            if (error)
                *error = tr("The file %1 cannot be written.").arg(file);
            return false;
        }
        if (written)
            *written << file;
    }
    if (m_db)
        showPage(before);
    return true;
}

} // namespace tongxin
