// The Reports page and a live language switch (found by a new user): the preview shown is made
// again in the language just chosen from the Language menu (the report's language box follows
// the window's), on the page shown, or when the page is next shown.

#include "common/userdriver.h"
#include "db/database.h"
#include "i18n/language.h"
#include "report/reportdocument.h"
#include "reports/reportspage.h"
#include "shell/application.h"
#include "shell/mainwindow.h"
#include "shell/messagebox.h"

#include <QComboBox>
#include <QListWidget>
#include <QSettings>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace tongxin;

namespace {

bool hasChinese(const QString &text)
{
    for (const QChar c : text) {
        if (c.unicode() >= 0x4e00 && c.unicode() <= 0x9fff)
            return true;
    }
    return false;
}

} // namespace

class TestReportsLanguage final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase() { Language::apply(QStringLiteral("en")); }
    void previewFollowsTheLanguageMenu();

private:
    bool choosePage(MainWindow &w, const QString &pageId);
    bool chooseLanguage(MainWindow &w, const QString &code);
    QTemporaryDir m_home;
};

void TestReportsLanguage::initTestCase()
{
    Application::configure();
    QVERIFY(m_home.isValid());
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_home.filePath(QStringLiteral("config"))));
    qputenv("XDG_DATA_HOME", QFile::encodeName(m_home.filePath(QStringLiteral("data"))));
    QSettings().clear();
    MessageBox::setRecordOnly(true);
}

bool TestReportsLanguage::choosePage(MainWindow &w, const QString &pageId)
{
    auto *sidebar = w.findChild<QListWidget *>(QStringLiteral("sidebar"));
    const int row = int(w.pageIds().indexOf(pageId));
    return sidebar && usertest::clickIndex(sidebar, sidebar->model()->index(row, 0)) && w.currentPageId() == pageId;
}

bool TestReportsLanguage::chooseLanguage(MainWindow &w, const QString &code)
{
    return usertest::chooseMenuItem(&w, QStringLiteral("menuLanguage"),
                                    code == QLatin1String("en") ? QStringLiteral("actionLanguageEn")
                                                                : QStringLiteral("actionLanguageZh"))
        && Language::applied() == code;
}

void TestReportsLanguage::previewFollowsTheLanguageMenu()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("reports.db"));
    {
        Database db;
        QVERIFY(db.create(path));
        QSqlQuery q(db.db());
        QVERIFY(q.exec(QStringLiteral("INSERT INTO places (id, side, level, name, name_en, is_poor) "
                                      "VALUES (10, 'west', 'county', '庄浪县', 'Zhuanglang County', 1)")));
        QVERIFY(db.setSetting(QStringLiteral("period_from"), QStringLiteral("2018")));
        QVERIFY(db.setSetting(QStringLiteral("period_to"), QStringLiteral("2020")));
    }
    MainWindow w;
    w.setRememberSession(false);
    w.resize(1280, 800);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QVERIFY(w.openDatabase(path));
    QVERIFY(chooseLanguage(w, QStringLiteral("zh_CN")));

    auto *page = qobject_cast<ReportsPage *>(w.page(QStringLiteral("reports")));
    QVERIFY(page);
    QVERIFY(choosePage(w, QStringLiteral("reports")));
    QTRY_VERIFY(page->report());
    QVERIFY2(hasChinese(page->report()->title()), qPrintable(page->report()->title()));

    // Switched on the page: the preview is made again in English.
    QVERIFY(chooseLanguage(w, QStringLiteral("en")));
    QCOMPARE(page->findChild<QComboBox *>(QStringLiteral("language"))->currentData().toString(), QStringLiteral("en"));
    QTRY_VERIFY2(page->report() && !hasChinese(page->report()->title()), qPrintable(page->report()->title()));
    QCOMPARE(page->options().language, QStringLiteral("en"));

    // Switched while another page is shown: made again in Chinese once the page is back.
    QVERIFY(choosePage(w, w.pageIds().first()));
    QVERIFY(chooseLanguage(w, QStringLiteral("zh_CN")));
    QVERIFY(choosePage(w, QStringLiteral("reports")));
    QTRY_VERIFY2(page->report() && hasChinese(page->report()->title()), qPrintable(page->report()->title()));
}

QTEST_MAIN(TestReportsLanguage)
#include "test_reports_language.moc"
