// The live language switch, over everything a user can see: every page (every tab of it) and
// every dialog it opens (record forms through their New… buttons, the allocations, targets and
// import dialogs), switched 中文 → English → 中文 through the Language menu. After each switch no
// visible label, button, tab, group title, column header, placeholder, window title, menu or
// chart title may be left in the other language. Data (names of places, organisations, people,
// products: what the database holds) is not checked: list cells and combo items are data.

#include "db/database.h"
#include "demo/demo.h"
#include "i18n/language.h"
#include "shell/application.h"
#include "shell/mainwindow.h"
#include "shell/messagebox.h"
#include "shell/page.h"

#include "common/userdriver.h"

#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QFile>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QRegularExpression>
#include <QSettings>
#include <QTabWidget>
#include <QTableView>
#include <QTreeView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>
#include <QToolButton>
#include <QValueAxis>
#include <QWizard>

using namespace tongxin;

namespace {

struct Seen
{
    QString where;
    QString text;
};

QString plain(const QString &text)
{
    if (!Qt::mightBeRichText(text))
        return text;
    QTextDocument doc;
    doc.setHtml(text);
    return doc.toPlainText();
}

QString path(const QWidget *w)
{
    QStringList parts;
    for (const QObject *o = w; o; o = o->parent()) {
        if (!o->objectName().isEmpty())
            parts.prepend(o->objectName());
        if (o->isWidgetType() && static_cast<const QWidget *>(o)->isWindow())
            break;
    }
    return parts.join(QLatin1Char('/')) + QStringLiteral(" (") + QLatin1String(w->metaObject()->className()) + QLatin1Char(')');
}

/// Everything a user reads on the visible part of `root` (its window title included).
QVector<Seen> visibleTexts(QWidget *root)
{
    QVector<Seen> out;
    auto add = [&out](const QWidget *w, const QString &text) {
        const QString t = plain(text).trimmed();
        if (!t.isEmpty())
            out.append({ path(w), t });
    };
    if (root->isWindow())
        add(root, root->windowTitle());
    QList<QWidget *> widgets = root->findChildren<QWidget *>();
    widgets.prepend(root);
    for (QWidget *w : std::as_const(widgets)) {
        if (!w->isVisible())
            continue;
        if (auto *l = qobject_cast<QLabel *>(w)) {
            add(w, l->text());
        } else if (auto *b = qobject_cast<QAbstractButton *>(w)) {
            add(w, b->text());
        } else if (auto *g = qobject_cast<QGroupBox *>(w)) {
            add(w, g->title());
        } else if (auto *t = qobject_cast<QTabWidget *>(w)) {
            for (int i = 0; i < t->count(); ++i)
                add(w, t->tabText(i));
        } else if (auto *e = qobject_cast<QLineEdit *>(w)) {
            add(w, e->placeholderText());
        } else if (auto *v = qobject_cast<QAbstractItemView *>(w)) {
            QAbstractItemModel *m = v->model();
            auto *table = qobject_cast<QTableView *>(w);
            auto *tree = qobject_cast<QTreeView *>(w);
            QHeaderView *header = table ? table->horizontalHeader() : tree ? tree->header() : nullptr;
            if (m && header && header->isVisible()) {
                for (int c = 0; c < m->columnCount(); ++c) {
                    if (!header->isSectionHidden(c))
                        add(w, m->headerData(c, Qt::Horizontal).toString());
                }
            }
        } else if (auto *chartView = qobject_cast<QChartView *>(w)) {
            QChart *chart = chartView->chart();
            add(w, chart->title());
            const auto axes = chart->axes();
            for (QAbstractAxis *axis : axes)
                add(w, axis->titleText());
        } else if (auto *wizard = qobject_cast<QWizard *>(w)) {
            if (wizard->currentPage()) {
                add(w, wizard->currentPage()->title());
                add(w, wizard->currentPage()->subTitle());
            }
        }
    }
    return out;
}

QVector<Seen> menuTexts(QMenuBar *bar)
{
    QVector<Seen> out;
    const auto menus = bar->actions();
    for (QAction *m : menus) {
        out.append({ QStringLiteral("menu"), m->text() });
        if (!m->menu())
            continue;
        const auto actions = m->menu()->actions();
        for (QAction *a : actions) {
            // Recent files are file names; the languages are written in their own language.
            const bool own = a->objectName().startsWith(QLatin1String("actionLanguage"));
            if (!a->isSeparator() && !own && (a->menu() || !a->objectName().isEmpty()))
                out.append({ QStringLiteral("menu ") + m->text(), a->text() });
        }
    }
    return out;
}

const QRegularExpression &chinese()
{
    static const QRegularExpression re(QStringLiteral("[\\x{3400}-\\x{9fff}\\x{3000}-\\x{303f}\\x{ff08}\\x{ff09}\\x{ff0c}\\x{ff1a}]"));
    return re;
}

/// Words that are the same in both languages: file formats, encodings, names of things.
bool neutralWord(const QString &word)
{
    static const QStringList words { QStringLiteral("PDF"), QStringLiteral("CSV"), QStringLiteral("PNG"),
        QStringLiteral("xlsx"), QStringLiteral("XLSX"), QStringLiteral("Excel"), QStringLiteral("WPS"),
        QStringLiteral("UTF"), QStringLiteral("BOM"), QStringLiteral("GB18030"), QStringLiteral("Tongxin"),
        QStringLiteral("English"), QStringLiteral("SQLite"), QStringLiteral("Ctrl"), QStringLiteral("Shift"),
        QStringLiteral("Del"), QStringLiteral("Esc"), QStringLiteral("Insert"), QStringLiteral("Enter") };
    return words.contains(word, Qt::CaseInsensitive);
}

/// The first English word of a text (three letters or more), or empty.
QString englishWord(const QString &text)
{
    static const QRegularExpression word(QStringLiteral("[A-Za-z]{3,}"));
    auto it = word.globalMatch(text);
    while (it.hasNext()) {
        const QString w = it.next().captured();
        if (!neutralWord(w))
            return w;
    }
    return {};
}

/// Widgets whose text is the database's data (a name, a title, a record's facts), by objectName.
bool showsData(const QString &where)
{
    static const QStringList names { QStringLiteral("/officeLabel "), QStringLiteral("/detailTitle "),
        QStringLiteral("/detailFacts "), QStringLiteral("/eventHeading ") };
    for (const QString &n : names) {
        if (where.contains(n))
            return true;
    }
    return false;
}

/// Texts left in the other language: Chinese in English, English words in Chinese. A Chinese
/// term glossed in brackets in English text ("livestream sessions (直播带货)") is meant so, and
/// the database's file name in a window title is data.
QStringList leftovers(const QVector<Seen> &seen, const QString &lang, const QString &where, const QString &fileName = {})
{
    static const QRegularExpression gloss(QStringLiteral("\\([\\x{4e00}-\\x{9fff}]+\\)"));
    QStringList out;
    for (const Seen &s : seen) {
        if (showsData(s.where))
            continue;
        QString text = s.text;
        if (!fileName.isEmpty())
            text.remove(fileName);
        text.remove(gloss);
        const bool wrong = lang == QLatin1String("en") ? text.contains(chinese()) : !englishWord(text).isEmpty();
        if (wrong)
            out << QStringLiteral("[%1] %2 %3: “%4”").arg(lang, where, s.where, s.text);
    }
    return out;
}

} // namespace

class TestLanguage final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void everyPageAndDialogSwitches();

private:
    QStringList checkPage(MainWindow &w, Page *page, const QString &lang);
    QStringList checkDialogs(MainWindow &w, Page *page, const QString &lang);

    QTemporaryDir m_home;
};

void TestLanguage::initTestCase()
{
    Application::configure();
    QVERIFY(m_home.isValid());
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_home.filePath(QStringLiteral("config"))));
    qputenv("XDG_DATA_HOME", QFile::encodeName(m_home.filePath(QStringLiteral("data"))));
    QSettings().clear();
    MessageBox::setRecordOnly(true);
}

QStringList TestLanguage::checkPage(MainWindow &w, Page *page, const QString &lang)
{
    QStringList out;
    // The page's line in the sidebar, clicked (sidebar rows are the pages in pageIds() order).
    auto *sidebar = w.findChild<QListWidget *>(QStringLiteral("sidebar"));
    const int row = int(w.pageIds().indexOf(page->pageId()));
    if (!sidebar || !usertest::clickIndex(sidebar, sidebar->model()->index(row, 0))
        || w.currentPageId() != page->pageId())
        return { QStringLiteral("[%1] %2: its sidebar line could not be clicked").arg(lang, page->pageId()) };
    QCoreApplication::processEvents();
    // Every tab of every tab widget on the page, one at a time, clicked.
    QList<QTabWidget *> tabs = page->findChildren<QTabWidget *>();
    if (tabs.isEmpty()) {
        out << leftovers(visibleTexts(page), lang, page->pageId());
    }
    for (QTabWidget *t : std::as_const(tabs)) {
        if (!t->isVisible())
            continue;
        const int was = t->currentIndex();
        for (int i = 0; i < t->count(); ++i) {
            // The current tab needs no click (a lone tab has no tab bar to click).
            if (t->currentIndex() != i && !usertest::clickTab(t, i)) {
                out << QStringLiteral("[%1] %2: tab %3 could not be clicked").arg(lang, page->pageId()).arg(i);
                continue;
            }
            QCoreApplication::processEvents();
            out << leftovers(visibleTexts(page), lang, page->pageId() + QLatin1Char('#') + QString::number(i));
            out << checkDialogs(w, page, lang);
        }
        if (t->currentIndex() != was && !usertest::clickTab(t, was))
            out << QStringLiteral("[%1] %2: tab %3 could not be clicked back").arg(lang, page->pageId()).arg(was);
    }
    if (tabs.isEmpty())
        out << checkDialogs(w, page, lang);
    return out;
}

QStringList TestLanguage::checkDialogs(MainWindow &w, Page *page, const QString &lang)
{
    Q_UNUSED(w);
    QStringList out;
    // Record forms: the New… button of every list shown; the other dialogs by their buttons.
    const auto buttons = page->findChildren<QAbstractButton *>();
    for (QAbstractButton *b : buttons) {
        auto *tool = qobject_cast<QToolButton *>(b);
        const QString name = tool && tool->defaultAction() ? tool->defaultAction()->objectName() : b->objectName();
        const bool opensDialog = name.startsWith(QLatin1String("new_"))
            || name == QLatin1String("allocationsButton") || name == QLatin1String("targetsButton")
            || name == QLatin1String("importButton");
        if (!opensDialog || !b->isVisible() || !b->isEnabled())
            continue;
        const auto done = usertest::whenModal([&out, &lang, name](QWidget *dialog) {
            QCoreApplication::processEvents();
            out << leftovers(visibleTexts(dialog), lang, name);
            usertest::pressEscape(dialog);
        });
        QTest::mouseClick(b, Qt::LeftButton);
        if (!*done)
            out << QStringLiteral("[%1] %2: no dialog opened").arg(lang, name);
    }
    return out;
}

void TestLanguage::everyPageAndDialogSwitches()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("demo.db"));
    QString why;
    QVERIFY2(Demo::createFile(path, &why), qPrintable(why));

    MainWindow w;
    w.setRememberSession(false);
    w.resize(1280, 800);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QVERIFY(w.openDatabase(path));
    QStringList problems;
    for (const char *lang : { "zh_CN", "en", "zh_CN" }) {
        // Through the Language menu, as a user switches.
        const QString code = QLatin1String(lang);
        QVERIFY(usertest::chooseMenuItem(&w, QStringLiteral("menuLanguage"),
            code == QLatin1String("en") ? QStringLiteral("actionLanguageEn") : QStringLiteral("actionLanguageZh")));
        QCOMPARE(Language::current(), code);
        QCoreApplication::processEvents();
        problems << leftovers(menuTexts(w.menuBar()), code, QStringLiteral("menus"));
        problems << leftovers(visibleTexts(&w), code, QStringLiteral("window"), QStringLiteral("demo.db"));
        for (const QString &id : w.pageIds())
            problems << checkPage(w, w.page(id), code);
    }
    problems.removeDuplicates();
    for (const QString &p : std::as_const(problems))
        qWarning().noquote() << p;
    QVERIFY2(problems.isEmpty(), qPrintable(QStringLiteral("%1 texts left in the other language (listed above)")
                                                .arg(problems.size())));
}

QTEST_MAIN(TestLanguage)
#include "test_language.moc"
