// Reports in a language other than the window's (issue #10): the application's translators and
// windows are left alone; whole words in table cells; the block an office signs.

#include "common/userdriver2.h"

#include "db/database.h"
#include "demo/demo.h"
#include "i18n/language.h"
#include "report/reportbuilder.h"
#include "reports/reportspage.h"
#include "shell/messagebox.h"

#include <QComboBox>
#include <QLabel>
#include <QPrintPreviewWidget>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSpinBox>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace tongxin;

namespace {

const QDate PrintedOn(2024, 3, 15);

QString pdfText(const QString &path)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"), { QStringLiteral("-enc"), QStringLiteral("UTF-8"), path, QStringLiteral("-") });
    return p.waitForFinished(60000) && p.exitCode() == 0 ? QString::fromUtf8(p.readAllStandardOutput()) : QString();
}

QString squeeze(QString s)
{
    static const QRegularExpression space(QStringLiteral("\\s+"));
    return s.remove(space);
}

// A label that retranslates itself, as every widget of the window does, and counts how often.
class Probe final : public QLabel
{
public:
    Probe() { retranslate(); }
    int changes = 0;

protected:
    void changeEvent(QEvent *e) override
    {
        if (e->type() == QEvent::LanguageChange) {
            ++changes;
            retranslate();
        }
        QLabel::changeEvent(e);
    }

private:
    void retranslate() { setText(ReportBuilder::kindTitle(ReportKind::Yearly)); }
};

} // namespace

class TestReportI18n final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void reportLanguageLeavesWindowAlone_data();
    void reportLanguageLeavesWindowAlone();
    void reportsPageFollowsLanguage();
    void wordsAreNotSplit_data();
    void wordsAreNotSplit();
    void signOffBlock();
    void headingsAreNotLeftAtAPageFoot_data();
    void headingsAreNotLeftAtAPageFoot();
    void signOffOnOnePageAndPreviewAsPdf_data() { headingsAreNotLeftAtAPageFoot_data(); }
    void signOffOnOnePageAndPreviewAsPdf();

private:
    QString build(ReportKind kind, const QString &language, const QString &name, const ReportProgress &progress = {});

    QTemporaryDir m_home;
    QTemporaryDir m_dir;
    Database m_db;
};

void TestReportI18n::initTestCase()
{
    QVERIFY(m_dir.isValid() && m_home.isValid());
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_home.filePath(QStringLiteral("config"))));
    qputenv("XDG_DATA_HOME", QFile::encodeName(m_home.filePath(QStringLiteral("data"))));
    QSettings().clear();
    MessageBox::setRecordOnly(true);
    QVERIFY(Language::apply(QStringLiteral("en")));
    OpenError error;
    QVERIFY2(m_db.create(m_dir.filePath(QStringLiteral("demo.tongxin")), false, &error), qPrintable(error.message));
    QString why;
    QVERIFY2(Demo::populate(m_db, &why), qPrintable(why));
}

void TestReportI18n::cleanup()
{
    Language::apply(QStringLiteral("en"));
}

QString TestReportI18n::build(ReportKind kind, const QString &language, const QString &name, const ReportProgress &progress)
{
    ReportOptions options;
    options.kind = kind;
    options.language = language;
    options.printedOn = PrintedOn;
    if (kind == ReportKind::County) {
        options.fromYear = options.toYear = 2019;
        QSqlQuery q(m_db.db());
        q.exec(QStringLiteral("SELECT id FROM places WHERE name = '庄浪县'"));
        options.countyId = q.next() ? q.value(0).toLongLong() : 0;
    }
    QString why;
    const auto doc = ReportBuilder::build(m_db.db(), options, &why, progress);
    if (!doc) {
        qWarning() << why;
        return QString();
    }
    const QString path = m_dir.filePath(name);
    return doc->writePdf(path, &why) ? path : QString();
}

void TestReportI18n::reportLanguageLeavesWindowAlone_data()
{
    QTest::addColumn<QString>("window");
    QTest::addColumn<QString>("report");
    QTest::newRow("window zh, report en") << QStringLiteral("zh_CN") << QStringLiteral("en");
    QTest::newRow("window en, report zh") << QStringLiteral("en") << QStringLiteral("zh_CN");
}

void TestReportI18n::reportLanguageLeavesWindowAlone()
{
    QFETCH(QString, window);
    QFETCH(QString, report);
    QVERIFY(Language::apply(window));
    Probe probe;
    probe.show();
    QVERIFY(QTest::qWaitForWindowExposed(&probe));
    const QString shown = probe.text();
    const QString translated = QCoreApplication::translate("ReportBuilder", "Western Unit Report");
    QCOMPARE(shown == QStringLiteral("Yearly Self-Assessment Report on East–West Cooperation"), window == QLatin1String("en"));

    int steps = 0;
    const QString path = build(ReportKind::Yearly, report, QStringLiteral("yearly-%1.pdf").arg(report), [&](int, int) {
        // During the build, with events processed as the Reports page does.
        QCoreApplication::processEvents();
        ++steps;
        return probe.text() == shown && probe.changes == 0
            && QCoreApplication::translate("ReportBuilder", "Western Unit Report") == translated
            && Language::current() == window;
    });
    QVERIFY2(!path.isEmpty(), "the build was cancelled: the window's language moved during it");
    QVERIFY(steps > 2);
    QCoreApplication::processEvents();
    QCOMPARE(probe.changes, 0);
    QCOMPARE(probe.text(), shown);
    QCOMPARE(QCoreApplication::translate("ReportBuilder", "Western Unit Report"), translated);
    QCOMPARE(Language::current(), window);
    QCOMPARE(Language::applied(), window);

    const QString text = squeeze(pdfText(path));
    if (report == QLatin1String("en")) {
        QVERIFY2(text.contains(squeeze(QStringLiteral("Yearly Self-Assessment Report"))), qPrintable(text.left(400)));
        QVERIFY(text.contains(QStringLiteral("thousandyuan")));
        QVERIFY(!text.contains(QStringLiteral("年度自评报告")));
    } else {
        QVERIFY2(text.contains(QStringLiteral("万元")), qPrintable(text.left(400)));
        QVERIFY(!text.contains(QStringLiteral("Self-Assessment")));
        QVERIFY(!text.contains(QStringLiteral("thousandyuan")));
    }
}

void TestReportI18n::reportsPageFollowsLanguage()
{
    QVERIFY(Language::apply(QStringLiteral("zh_CN")));
    ReportsPage page;
    page.setDatabase(&m_db);
    auto *language = page.findChild<QComboBox *>(QStringLiteral("language"));
    QVERIFY(language);
    QCOMPARE(language->currentData().toString(), QStringLiteral("zh_CN"));
    // As the Language menu does.
    QVERIFY(Language::apply(QStringLiteral("en")));
    QCoreApplication::processEvents();
    QTRY_COMPARE(language->currentData().toString(), QStringLiteral("en"));
    QVERIFY(Language::apply(QStringLiteral("zh_CN")));
    QTRY_COMPARE(language->currentData().toString(), QStringLiteral("zh_CN"));
}

void TestReportI18n::wordsAreNotSplit_data()
{
    QTest::addColumn<int>("kind");
    QTest::newRow("ledger") << int(ReportKind::Ledger);
    QTest::newRow("county") << int(ReportKind::County);
}

void TestReportI18n::wordsAreNotSplit()
{
    QFETCH(int, kind);
    const QString path = build(ReportKind(kind), QStringLiteral("en"), QStringLiteral("words-%1.pdf").arg(kind));
    QVERIFY(!path.isEmpty());
    const QString text = pdfText(path);
    QVERIFY(text.contains(QStringLiteral("Completed")));
    if (kind == int(ReportKind::Ledger)) // 2017–2020: some projects still under construction
        QVERIFY(text.contains(QStringLiteral("construction")));
    for (const char *broken : { "Complete\nd", "Complete d", "constructi\non", "constructi on", "Constructi" })
        QVERIFY2(!text.contains(QString::fromLatin1(broken)), broken);
    // A money header names its unit on a line of its own, whole.
    QVERIFY(text.contains(QStringLiteral("(thousand yuan)")) || text.contains(QStringLiteral("(thousand\nyuan)")));
}

void TestReportI18n::signOffBlock()
{
    QSqlQuery q(m_db.db());
    QVERIFY(q.exec(QStringLiteral("INSERT OR REPLACE INTO settings (key, value) VALUES ('office_head', '王建国')")));
    for (const ReportKind kind : { ReportKind::Yearly, ReportKind::County }) {
        const QString en = squeeze(pdfText(build(kind, QStringLiteral("en"), QStringLiteral("sign-en.pdf"))));
        for (const char *label : { "Reportingunit(seal)", "Personincharge", "Preparedby", "Telephone", "15March2024" })
            QVERIFY2(en.contains(QString::fromLatin1(label)), label);
        QVERIFY(en.contains(QStringLiteral("天津市河西区合作交流办公室")));
        QVERIFY(en.contains(QStringLiteral("王建国")));
        const QString zh = squeeze(pdfText(build(kind, QStringLiteral("zh_CN"), QStringLiteral("sign-zh.pdf"))));
        QVERIFY(zh.contains(QStringLiteral("2024年3月15日")));
        QVERIFY(zh.contains(QStringLiteral("王建国")));
        QVERIFY(zh.contains(QStringLiteral("天津市河西区合作交流办公室")));
    }
    QVERIFY(q.exec(QStringLiteral("DELETE FROM settings WHERE key = 'office_head'")));
}

void TestReportI18n::headingsAreNotLeftAtAPageFoot_data()
{
    QTest::addColumn<int>("year");
    QTest::addColumn<QString>("language");
    for (const char *lang : { "zh_CN", "en" }) {
        for (int year : { 0, 2017, 2018, 2019, 2020 }) {
            const QString name = (year ? QString::number(year) : QStringLiteral("all years")) + QLatin1Char(' ') + QLatin1String(lang);
            QTest::newRow(qPrintable(name)) << year << QString::fromLatin1(lang);
        }
    }
}

void TestReportI18n::headingsAreNotLeftAtAPageFoot()
{
    // Every section heading ("四、产业") is printed once, at the top of what it heads: never
    // alone at a page's foot, and never twice (a heading moved to the next page must not stay
    // in the previous page's text layer either).
    QFETCH(int, year);
    QFETCH(QString, language);
    ReportOptions options;
    options.kind = ReportKind::Yearly;
    options.language = language;
    options.printedOn = PrintedOn;
    options.fromYear = options.toYear = year;
    QString why;
    const auto doc = ReportBuilder::build(m_db.db(), options, &why);
    QVERIFY2(doc, qPrintable(why));
    const QString path = m_dir.filePath(QStringLiteral("headings-%1-%2.pdf").arg(year).arg(language));
    QVERIFY2(doc->writePdf(path, &why), qPrintable(why));
    const QStringList pages = pdfText(path).split(QLatin1Char('\f'));
    // "四、产业" or "4. Industry": all eight areas, each once.
    static const QRegularExpression heading(QStringLiteral("^(?:[一二三四五六七八九十]、\\S+|[1-9]\\. [A-Z][a-z ]+)$"));
    QHash<QString, int> seen;
    for (int p = 0; p < pages.size(); ++p) {
        QStringList lines = pages.at(p).split(QLatin1Char('\n'));
        lines.removeIf([](const QString &l) { return l.trimmed().isEmpty(); });
        for (int i = 0; i < lines.size(); ++i) {
            const QString line = lines.at(i).trimmed();
            if (!heading.match(line).hasMatch())
                continue;
            ++seen[line];
            // Something of what it heads follows on the same page (the footer is two lines).
            QVERIFY2(i + 3 < lines.size(), qPrintable(QStringLiteral("“%1” at the foot of page %2").arg(line).arg(p + 1)));
        }
    }
    QVERIFY2(seen.size() >= 8, qPrintable(QStringList(seen.keys()).join(QStringLiteral(", "))));
    for (auto it = seen.constBegin(); it != seen.constEnd(); ++it)
        QVERIFY2(it.value() == 1, qPrintable(QStringLiteral("“%1” printed %2 times").arg(it.key()).arg(it.value())));
}

// Found by a new user: in the Chinese 2020 report the block an office signs started at the foot
// of a page and ended on the next; and the preview and the PDF could count different pages (they
// were laid out at different resolutions). Made on the Reports page as a user does: the year and
// language chosen, Preview pressed, then Save as PDF….
void TestReportI18n::signOffOnOnePageAndPreviewAsPdf()
{
    QFETCH(int, year);
    QFETCH(QString, language);
    ReportsPage page;
    page.resize(1280, 820);
    page.setDatabase(&m_db);
    auto *from = page.findChild<QSpinBox *>(QStringLiteral("fromYear"));
    auto *to = page.findChild<QSpinBox *>(QStringLiteral("toYear"));
    auto *languages = page.findChild<QComboBox *>(QStringLiteral("language"));
    auto *previewButton = page.findChild<QPushButton *>(QStringLiteral("previewButton"));
    auto *saveButton = page.findChild<QPushButton *>(QStringLiteral("savePdfButton"));
    QVERIFY(from && to && languages && previewButton && saveButton);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QVERIFY(usertest::chooseData(languages, language));
    usertest::retype(to, QString::number(year ? year : 2020)); // the to year first: from follows it down
    usertest::retype(from, QString::number(year ? year : 2017));
    QCOMPARE(page.options().fromYear, year ? year : 2017);
    QCOMPARE(page.options().toYear, year ? year : 2020);
    QTest::mouseClick(previewButton, Qt::LeftButton);
    QVERIFY(page.report());
    QTRY_VERIFY(page.previewWidget()->pageCount() > 1);
    const QString path = m_dir.filePath(QStringLiteral("signoff-%1-%2.pdf").arg(year).arg(language));
    auto typed = usertest::whenFileDialog(path);
    QTest::mouseClick(saveButton, Qt::LeftButton);
    QVERIFY(*typed);
    MessageBox::clearRecorded();
    QStringList pages = pdfText(path).split(QLatin1Char('\f'));
    if (!pages.isEmpty() && pages.last().trimmed().isEmpty())
        pages.removeLast();
    QCOMPARE(page.previewWidget()->pageCount(), int(pages.size()));

    // Every line of the block on one page: the labels, and the date of the last line.
    const QStringList lines = language == QLatin1String("en")
        ? QStringList { QStringLiteral("Reportingunit(seal)"), QStringLiteral("Personincharge"),
              QStringLiteral("Preparedby"), QStringLiteral("Telephone"), QStringLiteral("Date") }
        : QStringList { QStringLiteral("填报单位（盖章）"), QStringLiteral("负责人"), QStringLiteral("填报人"),
              QStringLiteral("联系电话"), QStringLiteral("填报日期") };
    int whole = -1;
    for (int p = 0; p < pages.size() && whole < 0; ++p) {
        const QString text = squeeze(pages.at(p));
        const int at = text.indexOf(lines.first());
        bool all = at >= 0;
        for (const QString &line : lines)
            all = all && text.indexOf(line, at) >= 0;
        if (all)
            whole = p;
    }
    QVERIFY2(whole >= 0, qPrintable(QStringLiteral("the sign-off block is not on one page of %1").arg(path)));
}

QTEST_MAIN(TestReportI18n)
#include "test_report_i18n.moc"
