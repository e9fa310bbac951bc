// The main window's shell, driven as a user drives it: a window saved on a larger screen opens
// inside this one, the sidebar shows whole labels in both languages, Edit ▸ Undo/Redo follow a
// language switch, a new empty database shows where to begin (its buttons lead to the lists),
// and File ▸ Open of the file already open keeps the one connection.

#include "common/userdriver2.h"
#include "db/database.h"
#include "i18n/language.h"
#include "registries/registriespage.h"
#include "shell/application.h"
#include "shell/mainwindow.h"
#include "shell/messagebox.h"
#include "shell/page.h"
#include "records/recordcommands.h"

#include <QAction>
#include <QApplication>
#include <QFile>
#include <QListWidget>
#include <QPushButton>
#include <QScreen>
#include <QSettings>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QUndoStack>

using namespace tongxin;

namespace {

/// Wraps every translated string in ‹›, so a text that did not retranslate shows at once.
class MarkingTranslator final : public QTranslator
{
public:
    bool isEmpty() const override { return false; }
    QString translate(const char *, const char *source, const char *, int) const override
    {
        return source && *source ? QStringLiteral("‹%1›").arg(QString::fromUtf8(source)) : QString();
    }
};

class Step final : public QUndoCommand
{
public:
    explicit Step(const QString &text) { setText(text); }
    void undo() override {}
    void redo() override {}
};

int fontMetrics(QWidget *w, const char *text)
{
    return QFontMetrics(w->font()).horizontalAdvance(QLatin1String(text));
}

} // namespace

class TestShell final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void savedGeometryFitsTheScreen();
    void sidebarShowsWholeLabels();
    void undoTextsFollowTheLanguage();
    void emptyDatabaseShowsWhereToBegin();
    void openingTheOpenFileKeepsItsConnection();

private:
    QString emptyDatabase(const QString &name);

    QTemporaryDir m_home;
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestShell::initTestCase()
{
    Application::configure();
    QVERIFY(m_home.isValid());
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_home.filePath(QStringLiteral("config"))));
    qputenv("XDG_DATA_HOME", QFile::encodeName(m_home.filePath(QStringLiteral("data"))));
    MessageBox::setRecordOnly(true);
    QVERIFY(Language::apply(QStringLiteral("en")));
}

void TestShell::init()
{
    QSettings().clear();
    MessageBox::clearRecorded();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestShell::cleanup()
{
    Language::apply(QStringLiteral("en"));
    undoStack()->clear();
    m_dir.reset();
}

QString TestShell::emptyDatabase(const QString &name)
{
    const QString path = m_dir->filePath(name);
    Database db;
    return db.create(path) ? path : QString();
}

void TestShell::savedGeometryFitsTheScreen()
{
    const QRect available = QGuiApplication::primaryScreen()->availableGeometry();
    // A window saved on a screen much larger than this one, far to the right and below.
    QByteArray saved;
    {
        QWidget big;
        big.setGeometry(QRect(available.right() - 100, available.bottom() - 80, available.width() + 600,
                              available.height() + 400));
        saved = big.saveGeometry();
    }
    QSettings().setValue(QStringLiteral("window/geometry"), saved);

    MainWindow w;
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QVERIFY2(available.contains(w.frameGeometry()),
             qPrintable(QStringLiteral("window %1,%2 %3×%4 outside the screen %5×%6")
                            .arg(w.frameGeometry().x())
                            .arg(w.frameGeometry().y())
                            .arg(w.frameGeometry().width())
                            .arg(w.frameGeometry().height())
                            .arg(available.width())
                            .arg(available.height())));
}

void TestShell::sidebarShowsWholeLabels()
{
    MainWindow w;
    const QString path = emptyDatabase(QStringLiteral("office.db"));
    QVERIFY(w.openDatabase(path));
    w.resize(1280, 800);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    auto *sidebar = w.findChild<QListWidget *>(QStringLiteral("sidebar"));
    for (const char *lang : { "en", "zh_CN", "en" }) {
        QVERIFY(usertest::chooseLanguage(&w, QLatin1String(lang))); // Language ▸ 中文 / English
        QCoreApplication::processEvents();
        const QFontMetrics fm(sidebar->font());
        for (int i = 0; i < sidebar->count(); ++i) {
            const QListWidgetItem *item = sidebar->item(i);
            const QRect rect = sidebar->visualItemRect(item);
            const int needed = fm.horizontalAdvance(item->text()) + sidebar->iconSize().width() + 8;
            QVERIFY2(rect.width() >= needed,
                     qPrintable(QStringLiteral("%1: “%2” needs %3 px, has %4")
                                    .arg(QLatin1String(lang), item->text())
                                    .arg(needed)
                                    .arg(rect.width())));
            QVERIFY(rect.right() <= sidebar->viewport()->width());
        }
    }
    // "Events and livestreams" is the longest English title.
    QVERIFY(sidebar->width() > fontMetrics(sidebar, "Events and livestreams"));
}

void TestShell::undoTextsFollowTheLanguage()
{
    MainWindow w;
    auto *undo = w.findChild<QAction *>(QStringLiteral("actionUndo"));
    auto *redo = w.findChild<QAction *>(QStringLiteral("actionRedo"));
    QVERIFY(undo && redo);
    QCOMPARE(undo->text(), QStringLiteral("&Undo"));
    QVERIFY(!undo->isEnabled());
    undoStack()->push(new Step(QStringLiteral("Save place")));
    QCOMPARE(undo->text(), QStringLiteral("&Undo Save place"));
    QVERIFY(undo->isEnabled());
    QVERIFY(!redo->isEnabled());

    MarkingTranslator marking;
    QCoreApplication::installTranslator(&marking);
    QTRY_COMPARE(undo->text(), QStringLiteral("‹&Undo Save place›"));
    QCOMPARE(redo->text(), QStringLiteral("‹&Redo›"));
    QCoreApplication::removeTranslator(&marking);
    QTRY_COMPARE(undo->text(), QStringLiteral("&Undo Save place"));

    // The user presses Ctrl+Z: the step moves to Redo, in the current language.
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QTest::keyClick(&w, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(redo->text(), QStringLiteral("&Redo Save place"));
    QCOMPARE(undo->text(), QStringLiteral("&Undo"));
}

void TestShell::emptyDatabaseShowsWhereToBegin()
{
    MainWindow w;
    w.resize(1280, 800);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    const QString path = emptyDatabase(QStringLiteral("new.db"));
    QVERIFY(w.openDatabase(path));
    auto *guide = w.findChild<QWidget *>(QStringLiteral("gettingStarted"));
    QVERIFY(guide);
    QTRY_VERIFY(guide->isVisible());
    auto *places = guide->findChild<QPushButton *>(QStringLiteral("stepPlaces"));
    auto *orgs = guide->findChild<QPushButton *>(QStringLiteral("stepOrganisations"));
    auto *pairings = guide->findChild<QPushButton *>(QStringLiteral("stepPairings"));
    QVERIFY(places && orgs && pairings);
    QVERIFY(places->isDefault()); // places come first

    auto *registries = static_cast<RegistriesPage *>(w.page(QStringLiteral("registries")));
    QTest::mouseClick(orgs, Qt::LeftButton);
    QCOMPARE(w.currentPageId(), QStringLiteral("registries"));
    QCOMPARE(registries->tabs()->currentIndex(), int(RegistriesPage::Organisations));
    QTest::mouseClick(places, Qt::LeftButton);
    QCOMPARE(registries->tabs()->currentIndex(), int(RegistriesPage::Places));
    QTest::mouseClick(pairings, Qt::LeftButton);
    QCOMPARE(w.currentPageId(), QStringLiteral("pairings"));

    // Once places on both sides, an organisation and a pairing exist, the guide goes away.
    {
        QSqlQuery q(w.database()->db());
        QVERIFY(q.exec(QStringLiteral("INSERT INTO places (id, side, level, name) VALUES (1, 'east', 'district', '河西区')")));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO places (id, side, level, name) VALUES (2, 'west', 'county', '庄浪县')")));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO organisations (id, side, kind, name) VALUES (1, 'east', 'school', '第一中学')")));
    }
    emit w.page(QStringLiteral("registries"))->dataChanged(); // as a page does after a save
    QVERIFY(guide->isVisible());
    QVERIFY(pairings->isDefault()); // the next step to do
    QVERIFY(!places->isDefault());

    MainWindow demo;
    QVERIFY(demo.openDemo());
    QVERIFY(!demo.findChild<QWidget *>(QStringLiteral("gettingStarted"))->isVisibleTo(&demo));
}

void TestShell::openingTheOpenFileKeepsItsConnection()
{
    MainWindow w;
    const QString path = emptyDatabase(QStringLiteral("office.db"));
    QVERIFY(w.openDatabase(path));
    Database *first = w.database();
    const QString connection = first->connectionName();
    undoStack()->push(new Step(QStringLiteral("Save place")));
    QVERIFY(w.openDatabase(path)); // File ▸ Open of the same file, or its recent-files entry
    QCOMPARE(w.database(), first);
    QCOMPARE(w.database()->connectionName(), connection);
    QVERIFY(undoStack()->canUndo()); // its undo steps are kept
    QVERIFY(MessageBox::recorded().isEmpty());
}

QTEST_MAIN(TestShell)
#include "test_shell.moc"
