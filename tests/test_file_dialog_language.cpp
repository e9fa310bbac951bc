// Qt's own file dialog in the window's language (found by a new user): its buttons, column
// headers and the dates it lists follow 中文 / English, switched live like the rest.

#include "common/userdriver.h"
#include "i18n/language.h"
#include "shell/filedialog.h"

#include <QAbstractItemModel>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

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

struct Seen
{
    QStringList buttons;
    QStringList headers;
    QString date;
    QString size;
    QStringList labels;
};

// Opens the real dialog over `dir`, reads what a user sees, and presses Esc.
Seen look(const QString &dir, const QString &file, const QString &shot)
{
    Seen seen;
    auto done = usertest::whenModal([&](QWidget *dialog) {
        auto *tree = dialog->findChild<QTreeView *>(QStringLiteral("treeView"));
        QAbstractItemModel *model = tree ? tree->model() : nullptr;
        if (model) {
            QTest::qWait(300); // the file system model lists the folder on a thread
            for (int c = 0; c < model->columnCount(); ++c)
                seen.headers << model->headerData(c, Qt::Horizontal).toString();
            const QModelIndex root = tree->rootIndex();
            for (int r = 0; r < model->rowCount(root); ++r) {
                if (model->index(r, 0, root).data().toString() == file) {
                    seen.size = model->index(r, 1, root).data().toString();
                    seen.date = model->index(r, 3, root).data().toString();
                }
            }
        }
        for (auto *box : dialog->findChildren<QDialogButtonBox *>()) {
            for (QAbstractButton *b : box->buttons())
                seen.buttons << b->text();
        }
        for (auto *l : dialog->findChildren<QLabel *>()) {
            if (l->isVisible() && !l->text().isEmpty())
                seen.labels << l->text();
        }
        if (!shot.isEmpty())
            dialog->grab().save(shot);
        usertest::pressEscape(dialog);
    });
    FileDialog::openFileName(nullptr, QStringLiteral("Open"), dir, QString());
    if (!*done)
        QTest::qFail("no dialog", __FILE__, __LINE__);
    return seen;
}

} // namespace

class TestFileDialogLanguage final : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void cleanupTestCase() { Language::apply(QStringLiteral("en")); }
    void followsTheLanguage();
};

void TestFileDialogLanguage::followsTheLanguage()
{
    QTemporaryDir dir;
    const QString name = QStringLiteral("sales.csv");
    {
        QFile f(dir.filePath(name));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("a,b\n");
    }
    const QDateTime modified = QFileInfo(dir.filePath(name)).lastModified();
    const QString shots = qEnvironmentVariable("TONGXIN_SHOTS");

    QVERIFY(Language::apply(QStringLiteral("zh_CN")));
    Seen zh = look(dir.path(), name, shots.isEmpty() ? QString() : shots + QStringLiteral("/filedialog_zh.png"));
    for (const QString &b : std::as_const(zh.buttons))
        QVERIFY2(hasChinese(b), qPrintable(zh.buttons.join(QLatin1Char('|'))));
    QCOMPARE(zh.headers.size(), 4);
    for (const QString &h : std::as_const(zh.headers))
        QVERIFY2(hasChinese(h), qPrintable(zh.headers.join(QLatin1Char('|'))));
    QCOMPARE(zh.date, QLocale(QStringLiteral("zh_CN")).toString(modified, QLocale::ShortFormat));
    QCOMPARE(zh.size, QLocale(QStringLiteral("zh_CN")).formattedDataSize(4));

    // Switched back: English again, in a dialog opened after the switch.
    QVERIFY(Language::apply(QStringLiteral("en")));
    Seen en = look(dir.path(), name, shots.isEmpty() ? QString() : shots + QStringLiteral("/filedialog_en.png"));
    for (const QString &b : std::as_const(en.buttons))
        QVERIFY2(!hasChinese(b), qPrintable(en.buttons.join(QLatin1Char('|'))));
    QVERIFY(en.headers.contains(QStringLiteral("Date Modified")));
    QCOMPARE(en.date, QLocale(QStringLiteral("en_US")).toString(modified, QLocale::ShortFormat));
    QCOMPARE(en.size, QLocale(QStringLiteral("en_US")).formattedDataSize(4));
}

QTEST_MAIN(TestFileDialogLanguage)
#include "test_file_dialog_language.moc"
