#pragma once

#include <QMainWindow>
#include <QSet>
#include <QStringList>
#include <QVector>
#include <memory>

QT_BEGIN_NAMESPACE
class QAction;
class QActionGroup;
class QListWidget;
class QMenu;
class QStackedWidget;
QT_END_NAMESPACE

namespace tongxin {

class Database;
class GettingStarted;
class Page;
class UndoActions;
class WelcomePage;

/// The main window only hosts pages: a sidebar switching the pages, the File, Language and
/// Help menus, and the welcome page while no database is open. It owns the open Database and
/// hands it to every page.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
public:
    static constexpr int MaxRecentFiles = 8;
    /// The sidebar is never narrower than this; wider when a page's title needs it.
    static constexpr int SidebarMinWidth = 184;

    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Opens a Tongxin file. On failure says why (MessageBox) and keeps the current database.
    bool openDatabase(const QString &path);
    /// Creates a new, empty Tongxin file (replacing an existing Tongxin file) and opens it.
    bool createDatabase(const QString &path);
    /// Opens the demo database, creating it first when it is missing.
    bool openDemo();
    /// Writes a consistent copy of the open database to a new file.
    bool backupTo(const QString &path);
    /// The open database, or nullptr while the welcome page shows.
    Database *database() const { return m_db.get(); }
    /// Where the demo database lives (AppDataLocation/tongxin-demo.db).
    static QString demoPath();

    /// Applies "zh_CN" or "en" at once and remembers it; false when it cannot be applied.
    bool setLanguage(const QString &code);

    QStringList pageIds() const;
    Page *page(const QString &pageId) const;
    /// Shows a page (only while a database is open); false for an unknown id.
    bool showPage(const QString &pageId);
    QString currentPageId() const;
    bool isWelcomeShown() const;

    QStringList recentFiles() const;
    /// Reopens the last file if it still opens; otherwise the welcome page stays.
    void reopenLastFile();
    /// Whether settings (geometry, last file, recent files, language) are written; off for
    /// headless runs such as --screenshots.
    void setRememberSession(bool on) { m_remember = on; }

    /// Renders every page (or the welcome page when no database is open) at `size` to
    /// dir/<pageId>.png. Never blocks.
    bool saveScreenshots(
        const QString &dir, const QSize &size, QStringList *written = nullptr, QString *error = nullptr);

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void createActions();
    void createMenus();
    void createPages();
    void addPage(Page *page);
    void retranslateUi();
    void updateTitle();
    void updateRecentFiles();
    void rememberRecent(const QString &path);
    void forgetRecent(const QString &path);
    void setDatabase(std::unique_ptr<Database> db);
    QString dialogDirectory() const;

    void newDatabaseDialog();
    void openDatabaseDialog();
    void backupDialog();
    void accountsDialog(); ///< Settings ▸ Accounts…
    void locksDialog(); ///< Settings ▸ Period Locks…
    void about();
    void showStartStep(int step);
    /// After a write (by `writer`, or an undo or redo when nullptr): the page shown reloads the
    /// tables the write changed, the other pages showing them when they are next shown.
    void reloadAfterWrite(Page *writer);

    std::unique_ptr<Database> m_db;
    bool m_remember = true;
    bool m_fitted = false;

    QStackedWidget *m_central = nullptr;
    WelcomePage *m_welcome = nullptr;
    QWidget *m_workspace = nullptr;
    GettingStarted *m_gettingStarted = nullptr;
    QListWidget *m_sidebar = nullptr;
    QStackedWidget *m_pageStack = nullptr;
    QVector<Page *> m_pages;
    QSet<Page *> m_stale; ///< to reload when next shown: a write changed a table they show

    QMenu *m_fileMenu = nullptr;
    QMenu *m_recentMenu = nullptr;
    QMenu *m_editMenu = nullptr;
    QMenu *m_languageMenu = nullptr;
    QMenu *m_settingsMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QAction *m_newAction = nullptr;
    QAction *m_openAction = nullptr;
    QAction *m_demoAction = nullptr;
    QAction *m_backupAction = nullptr;
    QAction *m_accountsAction = nullptr; ///< Settings ▸ Accounts…
    QAction *m_locksAction = nullptr; ///< Settings ▸ Period Locks…
    QAction *m_clearRecentAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_aboutAction = nullptr;
    UndoActions *m_undoActions = nullptr;
    QAction *m_chineseAction = nullptr;
    QAction *m_englishAction = nullptr;
    QActionGroup *m_languageGroup = nullptr;
};

} // namespace tongxin
