// The "Import…" button of a register's list (issue #13), used as a user uses it: the button opens
// the dialog, Choose… takes the file, Check lists every problem and writes nothing, Import with a
// bad row writes nothing, "leave out invalid rows" then Import writes the good ones and the list
// shows them at once; Close without importing writes nothing; the empty import file is written;
// the dialog in Chinese.

#include "areas_fixture.h"
#include "common/userdriver.h"

#include "i18n/language.h"
#include "records/registerimportdialog.h"
#include "registries/registriespage.h"
#include "shell/filedialog.h"
#include "widgets/listview.h"

#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QToolButton>

using namespace tongxin;
using areastest::scalar;

namespace {

QToolButton *toolButton(QWidget *list, const QString &action)
{
    for (QToolButton *b : list->findChildren<QToolButton *>()) {
        if (b->defaultAction() && b->defaultAction()->objectName() == action)
            return b;
    }
    return nullptr;
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

// People in Chinese: two good rows, one with an unknown organisation.
QByteArray people()
{
    return QStringLiteral("名称,身份,东西部,单位,电话\r\n"
                          "导入测试甲,干部,东部,,13800000001\r\n"
                          "导入测试乙,专业技术人才,西部,,13800000002\r\n"
                          "导入测试丙,干部,东部,没有这个单位,\r\n")
        .toUtf8();
}

QPushButton *push(QWidget *dialog, const char *name)
{
    return dialog->findChild<QPushButton *>(QLatin1String(name));
}

} // namespace

class TestRegisterImportUi : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(m_f.setUp()); }
    void init() { QVERIFY(m_f.copy()); }
    void cleanup() { m_f.tearDown(); }

    void checkThenRefusedThenSkipInvalid();
    void closeWritesNothing();
    void emptyFileAndChinese();

private:
    ListView *peopleList(RegistriesPage &page)
    {
        page.setDatabase(m_f.db.get());
        page.show();
        return page.list(RegistriesPage::People);
    }
    qint64 count(const QString &where = QString())
    {
        return scalar(m_f.db->db(), QStringLiteral("SELECT count(*) FROM people") + where);
    }

    areastest::Fixture m_f;
};

void TestRegisterImportUi::checkThenRefusedThenSkipInvalid()
{
    RegistriesPage page;
    ListView *list = peopleList(page);
    QToolButton *importButton = toolButton(list, QStringLiteral("import_people"));
    QVERIFY(importButton);
    QVERIFY(importButton->isEnabled());
    const QString csv = m_f.dir->filePath(QStringLiteral("people.csv"));
    QVERIFY(writeFile(csv, people()));
    const qint64 before = count();
    const int shownBefore = list->totalRowCount();

    QString checked;
    int problems = -1;
    qint64 afterCheck = -1;
    qint64 afterRefused = -1;
    QString refused;
    auto ran = usertest::whenModal([&](QWidget *dialog) {
        FileDialog::setNextFileName(csv);
        QVERIFY(usertest::click(push(dialog, "chooseFile")));
        QCOMPARE(dialog->findChild<QLineEdit *>(QStringLiteral("importFile"))->text(), QDir::toNativeSeparators(csv));
        // Check: the problem listed with its row, column and cell; nothing written.
        QVERIFY(usertest::click(push(dialog, "checkImport")));
        auto *table = dialog->findChild<QTableWidget *>(QStringLiteral("importProblems"));
        problems = table->rowCount();
        QCOMPARE(table->item(0, 0)->text(), QStringLiteral("4"));
        QCOMPARE(table->item(0, 1)->text(), QStringLiteral("单位"));
        QCOMPARE(table->item(0, 2)->text(), QStringLiteral("没有这个单位"));
        checked = dialog->findChild<QLabel *>(QStringLiteral("importSummary"))->text();
        afterCheck = count();
        // Import with the bad row: refused, nothing written.
        QVERIFY(usertest::click(push(dialog, "runImport")));
        refused = dialog->findChild<QLabel *>(QStringLiteral("importSummary"))->text();
        afterRefused = count();
        // Leave out the invalid row: the two others are written.
        QVERIFY(usertest::click(dialog->findChild<QCheckBox *>(QStringLiteral("skipInvalid"))));
        QVERIFY(usertest::click(push(dialog, "runImport")));
        QVERIFY(usertest::clickCancel(dialog)); // Close
    });
    QTest::mouseClick(importButton, Qt::LeftButton);
    QVERIFY(*ran);
    QCOMPARE(problems, 1);
    QVERIFY2(checked.contains(QStringLiteral("3 rows read")) && checked.contains(QStringLiteral("Dry run")),
        qPrintable(checked));
    QCOMPARE(afterCheck, before);
    QVERIFY2(refused.contains(QStringLiteral("Nothing was imported")), qPrintable(refused));
    QCOMPARE(afterRefused, before);
    QCOMPARE(count(), before + 2);
    QCOMPARE(count(QStringLiteral(" WHERE name = '导入测试乙' AND side = 'west' AND role = 'professional'")), 1);
    // The list shows them without anything else pressed.
    QCOMPARE(list->totalRowCount(), shownBefore + 2);
}

void TestRegisterImportUi::closeWritesNothing()
{
    RegistriesPage page;
    ListView *list = peopleList(page);
    const QString csv = m_f.dir->filePath(QStringLiteral("people-close.csv"));
    QVERIFY(writeFile(csv, people()));
    const qint64 before = count();
    auto ran = usertest::whenModal([&](QWidget *dialog) {
        FileDialog::setNextFileName(csv);
        QVERIFY(usertest::click(push(dialog, "chooseFile")));
        QTest::keyClick(dialog, Qt::Key_Escape);
    });
    QTest::mouseClick(toolButton(list, QStringLiteral("import_people")), Qt::LeftButton);
    QVERIFY(*ran);
    QCOMPARE(count(), before);
}

void TestRegisterImportUi::emptyFileAndChinese()
{
    QVERIFY(Language::apply(QStringLiteral("zh_CN")));
    RegisterImportDialog dialog(m_f.db.get(), QStringLiteral("households"));
    QVERIFY(usertest::show(&dialog));
    QCOMPARE(dialog.windowTitle(), QStringLiteral("导入建档立卡贫困户"));
    QCOMPARE(push(&dialog, "checkImport")->text(), QStringLiteral("检查"));
    QVERIFY(!push(&dialog, "runImport")->isEnabled()); // no file yet
    const QString out = m_f.dir->filePath(QStringLiteral("households-empty.csv"));
    FileDialog::setNextFileName(out);
    QVERIFY(usertest::click(push(&dialog, "writeTemplate")));
    QFile f(out);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QVERIFY(QString::fromUtf8(f.readAll()).contains(QStringLiteral("村,户主,人数,建档年份")));
    QVERIFY(usertest::clickCancel(&dialog));
    QVERIFY(!dialog.isVisible());
}

QTEST_MAIN(TestRegisterImportUi)
#include "test_register_import_ui.moc"
