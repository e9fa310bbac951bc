// bench_sales_gui: the GUI side of the sales-ledger benchmark (issue #5); run it through
// scripts/bench_sales_gui.sh, which makes the million-row ledger and measures peak memory.
//
// Opens the main window offscreen on a database, shows the Consumption aid page and times what
// a user waits for: the page opening (totals, then the first screen of rows), scrolling to the
// middle and the end, changing filters (one western unit, a date range with partly covered
// months, a text search, a category and buyer type), the other date order, the charts tab. For
// each, also the longest pause of the event loop (how long the window could not answer), and the
// process's resident memory. Prints one line per step; `--shot FILE` saves the page as PNG and
// `--export FILE` writes the whole ledger as the page's Export… does.

#include "consumption/saleschartswidget.h"
#include "consumption/salesledger.h"
#include "consumption/salesmodel.h"
#include "consumption/salespage.h"
#include "db/database.h"
#include "i18n/language.h"
#include "money/money.h"
#include "shell/application.h"
#include "shell/mainwindow.h"
#include "shell/messagebox.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include "widgets/datefield.h"
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QScrollBar>
#include <QTableView>
#include <QTimer>

#include <cstdio>
#include <functional>

using namespace tongxin;

namespace {

void say(const QString &text)
{
    const QByteArray b = text.toUtf8() + '\n';
    std::fwrite(b.constData(), 1, size_t(b.size()), stdout);
    std::fflush(stdout);
}

// VmRSS / VmHWM of this process, in MB.
double memoryMb(const char *field)
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith(field))
            return line.mid(int(qstrlen(field))).trimmed().split(' ').first().toDouble() / 1024.0;
    }
    return -1;
}

QString ms(qint64 ns)
{
    return ns < 0 ? QStringLiteral("–") : QStringLiteral("%1 ms").arg(double(ns) / 1e6, 0, 'f', ns < 10000000 ? 1 : 0);
}

// Times one step: the action, then the event loop until `done`; notes when the totals and the
// rows arrived and the longest gap between two ticks of a 2 ms timer (the GUI thread's pauses).
struct Step
{
    qint64 totalsNs = -1;
    qint64 rowsNs = -1;
    qint64 doneNs = -1;
    qint64 stallNs = 0;
};

Step measure(SalesModel *model, const std::function<void()> &action, const std::function<bool()> &done,
    const std::function<void()> &finish = {})
{
    Step s;
    QElapsedTimer t;
    const auto c1 = QObject::connect(model, &SalesModel::totalsChanged, model, [&] {
        if (s.totalsNs < 0 && !model->totalsLoading())
            s.totalsNs = t.nsecsElapsed();
    });
    const auto c2 = QObject::connect(model, &SalesModel::rowsLoaded, model, [&] {
        if (s.rowsNs < 0)
            s.rowsNs = t.nsecsElapsed();
    });
    QTimer tick;
    tick.setInterval(2);
    qint64 last = 0;
    QObject::connect(&tick, &QTimer::timeout, &tick, [&] {
        const qint64 now = t.nsecsElapsed();
        s.stallNs = qMax(s.stallNs, now - last);
        last = now;
    });
    t.start();
    tick.start();
    action();
    // The action itself ran on the GUI thread: a pause too.
    s.stallNs = qMax(s.stallNs, t.nsecsElapsed());
    last = t.nsecsElapsed();
    while (!done()) {
        QCoreApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents, 5);
        if (t.elapsed() > 120000)
            break;
    }
    if (finish) {
        const qint64 before = t.nsecsElapsed();
        finish();
        s.stallNs = qMax(s.stallNs, t.nsecsElapsed() - before);
    }
    s.doneNs = t.nsecsElapsed();
    QObject::disconnect(c1);
    QObject::disconnect(c2);
    return s;
}

QString line(const QString &what, const QString &a, const QString &b, const QString &c, const QString &d)
{
    return QStringLiteral("%1%2%3%4%5").arg(what, -48).arg(a, -11).arg(b, -11).arg(c, -11).arg(d);
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    Application::configure();
    MessageBox::setRecordOnly(true);
    Language::apply(QStringLiteral("en"));
    QString path;
    QString shot;
    QString exportPath;
    const QStringList args = app.arguments();
    for (int i = 1; i + 1 < args.size(); i += 2) {
        if (args.at(i) == QLatin1String("--db"))
            path = args.at(i + 1);
        else if (args.at(i) == QLatin1String("--shot"))
            shot = args.at(i + 1);
        else if (args.at(i) == QLatin1String("--export"))
            exportPath = args.at(i + 1);
    }
    if (path.isEmpty()) {
        say(QStringLiteral("usage: bench_sales_gui --db FILE [--shot PAGE.png] [--export LEDGER.xlsx]"));
        return 2;
    }
    const double startMb = memoryMb("VmRSS:");

    MainWindow w;
    w.setRememberSession(false);
    w.setAttribute(Qt::WA_DontShowOnScreen);
    w.resize(1280, 800);
    w.show();
    QElapsedTimer t;
    t.start();
    if (!w.openDatabase(path)) {
        for (const MessageBox::Message &m : MessageBox::recorded())
            say(QStringLiteral("bench_sales_gui: ") + m.text);
        return 1;
    }
    const qint64 openNs = t.nsecsElapsed();
    auto *page = qobject_cast<SalesPage *>(w.page(QStringLiteral("consumption")));
    if (!page) {
        say(QStringLiteral("bench_sales_gui: no consumption page"));
        return 1;
    }
    SalesLedger *ledger = page->ledger();
    SalesModel *model = ledger->model();
    QTableView *table = ledger->tableView();
    const auto idle = [model] { return !model->isLoading(); };
    const auto paint = [table] { table->viewport()->repaint(); };

    say(line(QStringLiteral("step"), QStringLiteral("totals"), QStringLiteral("rows"), QStringLiteral("painted"),
        QStringLiteral("longest GUI pause")));
    QStringList keys; // "@key value" lines for scripts/bench_sales_gui.sh, printed last
    const auto report
        = [&keys](const QString &what, const Step &s, const QString &note = QString(), const QString &key = QString()) {
              say(line(what, ms(s.totalsNs), ms(s.rowsNs), ms(s.doneNs), ms(s.stallNs)) + note);
              if (!key.isEmpty())
                  keys << QStringLiteral("@%1 %2 %3 %4 %5")
                              .arg(key)
                              .arg(s.totalsNs / 1e9, 0, 'f', 4)
                              .arg(s.rowsNs / 1e9, 0, 'f', 4)
                              .arg(s.doneNs / 1e9, 0, 'f', 4)
                              .arg(s.stallNs / 1e9, 0, 'f', 4);
          };
    say(line(QStringLiteral("open the database (every page reads)"), QString(), QString(), ms(openNs), ms(openNs)));

    Step s = measure(
        model, [&] { w.showPage(QStringLiteral("consumption")); }, idle, paint);
    report(QStringLiteral("show the Consumption aid page"), s,
        QStringLiteral("  %L1 rows, %2").arg(model->rowCount()).arg(Money::format(model->totals().amountFen)),
        QStringLiteral("open"));
    const qint64 all = model->rowCount();

    s = measure(
        model, [&] { table->scrollTo(model->index(int(all / 2), 0), QAbstractItemView::PositionAtTop); },
        [] { return true; }, paint);
    report(QStringLiteral("scroll to row %L1 and draw").arg(all / 2), s, QString(), QStringLiteral("scroll"));
    s = measure(
        model, [&] { table->scrollToBottom(); }, [] { return true; }, paint);
    report(QStringLiteral("scroll to the end and draw"), s);
    s = measure(
        model, [&] { table->verticalScrollBar()->setValue(int(all / 3)); }, [] { return true; }, paint);
    report(QStringLiteral("drag the scroll bar to a third and draw"), s);

    const auto combo = [](QComboBox *c, int index) { c->setCurrentIndex(qMin(index, c->count() - 1)); };
    s = measure(
        model, [&] { combo(page->unitFilter(), 1); }, idle, paint);
    report(QStringLiteral("filter: one western unit"), s, QStringLiteral("  %L1 rows").arg(model->rowCount()),
        QStringLiteral("unit"));
    s = measure(
        model,
        [&] {
            page->fromDate()->setDate(QDate(2019, 3, 15));
            page->fromCheck()->setChecked(true);
        },
        idle, paint);
    report(QStringLiteral("  + from 2019-03-15 (part of a month)"), s,
        QStringLiteral("  %L1 rows").arg(model->rowCount()), QStringLiteral("from"));
    s = measure(
        model,
        [&] {
            page->toDate()->setDate(QDate(2019, 11, 20));
            page->toCheck()->setChecked(true);
        },
        idle, paint);
    report(QStringLiteral("  + until 2019-11-20"), s, QStringLiteral("  %L1 rows").arg(model->rowCount()));
    s = measure(
        model, [&] { ledger->setSearchText(QStringLiteral("苹果")); }, idle, paint);
    report(QStringLiteral("  + search “苹果” (reads the ledger)"), s,
        QStringLiteral("  %L1 rows").arg(model->rowCount()), QStringLiteral("search"));
    s = measure(
        model,
        [&] {
            page->fromCheck()->setChecked(false);
            page->toCheck()->setChecked(false);
            combo(page->unitFilter(), 0);
        },
        idle, paint);
    report(QStringLiteral("search “苹果” alone (reads every row)"), s,
        QStringLiteral("  %L1 rows").arg(model->rowCount()), QStringLiteral("searchall"));
    s = measure(
        model,
        [&] {
            ledger->setSearchText(QString());
            combo(page->categoryFilter(), 1);
        },
        idle, paint);
    report(QStringLiteral("filter: one category (others cleared)"), s,
        QStringLiteral("  %L1 rows").arg(model->rowCount()));
    s = measure(
        model, [&] { combo(page->buyerFilter(), 2); }, idle, paint);
    report(QStringLiteral("  + one buyer type"), s, QStringLiteral("  %L1 rows").arg(model->rowCount()));
    s = measure(
        model,
        [&] {
            combo(page->categoryFilter(), 0);
            combo(page->buyerFilter(), 0);
        },
        idle, paint);
    report(QStringLiteral("all rows again"), s, QStringLiteral("  %L1 rows").arg(model->rowCount()));
    s = measure(
        model, [&] { table->sortByColumn(SalesModel::Date, Qt::AscendingOrder); }, [] { return true; }, paint);
    report(QStringLiteral("oldest first (click on Date)"), s);

    SalesChartsWidget *charts = page->charts();
    s = measure(
        model, [&] { page->showTab(SalesPage::Charts); }, [] { return true; }, [charts] { charts->repaint(); });
    report(QStringLiteral("charts tab (four aggregates, drawn)"), s, QString(), QStringLiteral("charts"));
    s = measure(
        model, [&] { combo(page->unitFilter(), 2); }, [] { return true; }, [charts] { charts->repaint(); });
    report(QStringLiteral("  + one western unit"), s);
    page->showTab(SalesPage::Ledger);
    combo(page->unitFilter(), 0);
    while (model->isLoading())
        QCoreApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents, 5);

    if (!exportPath.isEmpty()) {
        // The whole ledger through the export core, as Export… writes it (no dialog).
        const double before = memoryMb("VmRSS:");
        QElapsedTimer e;
        e.start();
        QString error;
        qint64 calls = 0;
        const bool ok = ledger->exportTo(exportPath, &error, [&calls](qint64, qint64) {
            ++calls;
            return true;
        });
        const qint64 ns = e.nsecsElapsed();
        say(QStringLiteral(
            "export %L1 rows × %2 columns to %3: %4 (%5 progress calls, %6 MB resident before, peak %7 MB)")
                .arg(model->rowCount())
                .arg(SalesModel::ColumnCount)
                .arg(QFileInfo(exportPath).fileName(), ok ? QStringLiteral("%1 s").arg(ns / 1e9, 0, 'f', 2) : error)
                .arg(calls)
                .arg(before, 0, 'f', 0)
                .arg(memoryMb("VmHWM:"), 0, 'f', 0));
        keys << QStringLiteral("@export %1").arg(ok ? ns / 1e9 : -1.0, 0, 'f', 4);
    }
    if (!shot.isEmpty()) {
        for (int i = 0; i < 3; ++i)
            QCoreApplication::processEvents();
        w.grab().save(shot);
    }
    say(QStringLiteral("memory: %1 MB resident before the window, %2 MB now, peak %3 MB (VmHWM)")
            .arg(startMb, 0, 'f', 0)
            .arg(memoryMb("VmRSS:"), 0, 'f', 0)
            .arg(memoryMb("VmHWM:"), 0, 'f', 0));
    keys << QStringLiteral("@opendb %1").arg(openNs / 1e9, 0, 'f', 4) << QStringLiteral("@rows %1").arg(all);
    for (const QString &k : std::as_const(keys))
        say(k);
    return 0;
}
