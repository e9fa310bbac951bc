#pragma once

// What the sales import wizard's tests (test_import_ui, test_import_ui_modes) share: a small
// ledger in a fresh folder for each test, source files written in any encoding, the path typed
// as a user types it, the way from the file page to the validation page and through an import,
// a snapshot of every table and screenshots with TONGXIN_SHOTS=<dir>.

#include "common/userdriver.h"
#include "common/wizarddriver.h"
#include "consumption/importwizard.h"
#include "consumption/importwizardissues.h"
#include "consumption/importwizardpages.h"
#include "consumption/importwizardrunner.h"
#include "consumption/salesfields.h"
#include "db/database.h"
#include "db/schema.h"
#include "demo/demo.h"
#include "i18n/language.h"
#include "money/money.h"
#include "shell/filedialog.h"
#include "shell/messagebox.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSemaphore>
#include <QSpinBox>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStandardPaths>
#include <QStringEncoder>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include <xlsxwriter.h>

#include <atomic>
#include <memory>

namespace tongxin::testing {

inline QString csvText(const QList<QStringList> &rows)
{
    QString out;
    for (const QStringList &r : rows) {
        QStringList cells;
        for (QString c : r) {
            if (c.contains(QLatin1Char(',')) || c.contains(QLatin1Char('"')))
                c = QLatin1Char('"') + c.replace(QLatin1Char('"'), QLatin1String("\"\"")) + QLatin1Char('"');
            cells << c;
        }
        out += cells.join(QLatin1Char(',')) + QLatin1String("\r\n");
    }
    return out;
}

inline bool writeBytes(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

// A sale in template order: date, channel, outlet, county, category, product, quantity, unit,
// amount, buyer type, 以购代捐, source reference.
inline QStringList sale(const QString &date, const QString &product, const QString &amount, const QString &ref = {},
    const QString &county = QStringLiteral("庄浪县"))
{
    return { date, QStringLiteral("电商"), QStringLiteral("津甘优品网店"), county, QStringLiteral("水果"), product,
        QStringLiteral("2"), QStringLiteral("箱"), amount, QStringLiteral("个人"), QStringLiteral("否"), ref };
}

// Reorders the columns of rows (header included) by `order` (indexes of the template order).
inline QList<QStringList> reordered(const QList<QStringList> &rows, const QVector<int> &order)
{
    QList<QStringList> out;
    for (const QStringList &r : rows) {
        QStringList o;
        for (int i : order)
            o << r.value(i);
        out << o;
    }
    return out;
}

inline qint64 scalar(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
}

inline QString text(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    return q.exec(sql) && q.next() ? q.value(0).toString() : QStringLiteral("<none>");
}

// Clicks into the file page's path box and types the path, as a user does (no Browse dialog).
inline bool typePath(ImportWizard &w, const QString &file)
{
    QLineEdit *edit = w.filePage()->pathEdit();
    if (!edit->isVisible())
        return false;
    QTest::mouseClick(edit, Qt::LeftButton);
    usertest::clear(edit);
    usertest::type(edit, file);
    return edit->text() == file;
}

// Chooses the item of a combo box whose data is `data` with the keyboard.
inline bool chooseData(QComboBox *combo, const QVariant &data)
{
    const int index = combo->findData(data);
    return index >= 0 && usertest::chooseItem(combo, combo->itemText(index));
}

/// A ledger with two western units, two outlets and two sales in a fresh folder for each test.
/// Call initTestCase(), init() and cleanup() from the test class's own.
struct ImportUiFixture
{
    std::unique_ptr<QTemporaryDir> dir;
    std::unique_ptr<Database> database;

    QSqlDatabase db() const { return database->db(); }
    QString path(const QString &name) const { return dir->filePath(name); }

    void initTestCase()
    {
        // The offscreen platform says this for every window resized: not ours to hear.
        static QtMessageHandler previous = nullptr;
        previous
            = qInstallMessageHandler([](QtMsgType type, const QMessageLogContext &context, const QString &message) {
                  if (!message.contains(QLatin1String("propagateSizeHints")))
                      previous(type, context, message);
              });
        QStandardPaths::setTestModeEnabled(true);
        MessageBox::setRecordOnly(true);
    }

    void init()
    {
        QVERIFY(Language::apply(QStringLiteral("en")));
        MessageBox::clearRecorded();
        dir = std::make_unique<QTemporaryDir>();
        QVERIFY(dir->isValid());
        database = std::make_unique<Database>();
        OpenError e;
        QVERIFY2(database->create(path(QStringLiteral("ledger.tongxin")), false, &e), qPrintable(e.message));
        QSqlQuery q(db());
        QVERIFY(q.exec(QStringLiteral("INSERT INTO places(id, side, level, name, name_en, is_poor) VALUES"
                                      "(1, 'west', 'county', '庄浪县', 'Zhuanglang County', 1),"
                                      "(2, 'west', 'county', '崆峒区', 'Kongtong District', 0),"
                                      "(3, 'east', 'district', '河西区', 'Hexi District', 0)")));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO outlets(id, name, kind) VALUES(1, '河西区消费扶贫馆', 'showroom'), "
                                      "(2, '津甘优品网店', 'online')")));
        QVERIFY2(
            q.exec(QStringLiteral("INSERT INTO sales(sale_date, channel, outlet_id, county_id, product, amount_fen, "
                                  "source_ref) VALUES ('2019-05-01', 'ecommerce', 2, 1, '庄浪苹果', 13600, 'R-1'), "
                                  "('2019-05-02', 'outlet', 1, 2, '平凉红牛牛肉', 8800, NULL)")),
            qPrintable(q.lastError().text()));
    }

    void cleanup()
    {
        ImportWizardRunner::setProgressHook({});
        database.reset();
        dir.reset();
        Language::apply(QStringLiteral("en"));
    }

    /// Writes rows as a CSV file in `encoding` in the test's folder; its path, or empty.
    QString writeCsv(const QString &name, const QList<QStringList> &rows, const char *encoding = "UTF-8")
    {
        const QString p = path(name);
        QStringEncoder encoder(encoding);
        const QByteArray bytes = encoder.encode(csvText(rows));
        return writeBytes(p, bytes) ? p : QString();
    }

    /// Every row of every table, sorted: what an import that writes nothing leaves alone.
    QStringList snapshot() const
    {
        QStringList out;
        QStringList tables = Schema::tables();
        if (scalar(db(), QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'sales_monthly'")) == 1)
            tables << QStringLiteral("sales_monthly");
        for (const QString &table : std::as_const(tables)) {
            QSqlQuery q(db());
            if (!q.exec(QStringLiteral("SELECT * FROM %1").arg(table)))
                return { QStringLiteral("error: ") + q.lastError().text() };
            while (q.next()) {
                QStringList cells { table };
                for (int i = 0; i < q.record().count(); ++i)
                    cells << (q.value(i).isNull() ? QStringLiteral("<null>") : q.value(i).toString());
                out << cells.join(QLatin1Char('|'));
            }
        }
        out.sort();
        return out;
    }

    /// With TONGXIN_SHOTS=<dir>, grabs the wizard to <dir>/<name>.png.
    void shot(ImportWizard &w, const QString &name)
    {
        const QString shots = qEnvironmentVariable("TONGXIN_SHOTS");
        if (shots.isEmpty())
            return;
        QApplication::processEvents();
        w.grab().save(QDir(shots).filePath(name + QStringLiteral(".png")));
    }

    /// Drives a wizard from the file to the validation page and waits for the check.
    void toValidation(ImportWizard &w, const QString &file)
    {
        QCOMPARE(w.currentId(), int(ImportWizard::FilePageId));
        QVERIFY(typePath(w, file));
        QVERIFY2(w.hasFile(), qPrintable(w.fileError()));
        QVERIFY(w.filePage()->isComplete());
        QVERIFY(usertest::clickNext(w));
        QCOMPARE(w.currentId(), int(ImportWizard::PreviewPageId));
        QVERIFY(w.previewPage()->isComplete());
        QVERIFY(usertest::clickNext(w));
        QCOMPARE(w.currentId(), int(ImportWizard::MappingPageId));
        QVERIFY(w.mappingPage()->isComplete());
        QVERIFY(usertest::clickNext(w));
        QCOMPARE(w.currentId(), int(ImportWizard::ValidatePageId));
        QTRY_VERIFY(w.hasValidation() && !w.isBusy());
    }

    /// Chooses a mode, imports and waits for the summary.
    void importWith(ImportWizard &w, SalesImportOptions::Mode mode)
    {
        QRadioButton *button = mode == SalesImportOptions::Mode::Add ? w.validatePage()->addButton()
                                                                     : w.validatePage()->overwriteButton();
        QVERIFY(usertest::clickIndicator(button));
        QVERIFY(button->isChecked());
        QCOMPARE(w.mode(), mode);
        QTRY_VERIFY(w.hasValidation() && !w.isBusy()); // the check runs again when the mode changed
        QVERIFY2(w.validatePage()->isComplete(), qPrintable(w.validatePage()->statusLabel()->text()));
        QVERIFY(usertest::clickNext(w)); // "Import" (the validation page is the commit page)
        QCOMPARE(w.currentId(), int(ImportWizard::ImportPageId));
        QTRY_COMPARE(w.currentId(), int(ImportWizard::SummaryPageId));
    }
};

} // namespace tongxin::testing
