#include "widgets/listexport.h"

#include "consumption/salesfields.h"
#include "export/csvexporter.h"
#include "export/xlsxexporter.h"
#include "shell/filedialog.h"
#include "shell/messagebox.h"
#include "shell/page.h"
#include "widgets/listmodel.h"
#include "widgets/listproxy.h"
#include "widgets/listview.h"

#include <QDate>
#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QHeaderView>
#include <QLocale>
#include <QProgressDialog>
#include <QRegularExpression>
#include <QSettings>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QUrl>

namespace tongxin {

namespace {

constexpr int ProgressFromRows = 5000; // smaller lists are written before anyone notices

bool isIsoDate(const QString &s)
{
    static const QRegularExpression re(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    return re.match(s).hasMatch();
}

class ListSource final : public TableSource
{
public:
    explicit ListSource(const ListView *view)
        : m_view(view)
    {
        const ListModel *model = view->model();
        const ListProxy *proxy = view->proxy();
        const QHeaderView *header = view->tableView()->horizontalHeader();
        for (int visual = 0; visual < header->count(); ++visual) {
            const int logical = header->logicalIndex(visual);
            if (logical < 0 || header->isSectionHidden(logical))
                continue;
            const ListColumn &c = model->spec().columns.at(logical);
            if (c.isHidden())
                continue;
            Column out;
            out.index = logical;
            out.header = model->headerData(logical, Qt::Horizontal, Qt::DisplayRole).toString();
            switch (c.kind) {
            case ListColumn::Kind::Integer:
                out.type = CellType::Integer;
                break;
            case ListColumn::Kind::Year:
                out.type = CellType::Year;
                break;
            case ListColumn::Kind::Money:
                out.type = CellType::Money;
                break;
            case ListColumn::Kind::Text: {
                // A text column holding only ISO dates goes out as dates.
                bool any = false;
                bool dates = true;
                for (int r = 0; r < proxy->rowCount() && dates; ++r) {
                    const QVariant v = model->raw(sourceRow(r), logical);
                    if (!v.isValid() || v.toString().isEmpty())
                        continue;
                    any = true;
                    dates = isIsoDate(v.toString());
                }
                out.type = any && dates ? CellType::Date : CellType::Text;
                out.raw = true;
                break;
            }
            case ListColumn::Kind::Boolean: // 是/否 or Yes/No, every row (not only the flagged ones)
                out.type = CellType::Text;
                out.flag = true;
                break;
            case ListColumn::Kind::Code:
            case ListColumn::Kind::Custom:
            case ListColumn::Kind::Id:
                out.type = CellType::Text;
                out.raw = false; // as shown
                break;
            }
            if (c.isNumeric())
                out.raw = true;
            m_columns << out;
        }
    }

    QString title() const override { return ListExport::titleOf(m_view); }
    QString filterDescription() const override
    {
        QStringList parts;
        if (!m_view->searchText().isEmpty())
            parts << ListExport::tr("search \"%1\"").arg(m_view->searchText());
        if (m_view->visibleRowCount() != m_view->totalRowCount())
            parts << ListExport::tr("%1 of %2 rows")
                         .arg(QLocale().toString(m_view->visibleRowCount()), QLocale().toString(m_view->totalRowCount()));
        return parts.join(QStringLiteral(" · "));
    }
    QVector<ExportColumn> columns() const override
    {
        QVector<ExportColumn> out;
        for (const Column &c : m_columns)
            out.push_back({ c.header, c.type });
        return out;
    }
    qint64 rowCountHint() const override { return m_view->proxy()->rowCount(); }
    bool totalsRow() const override { return true; }
    bool start() override
    {
        m_next = 0;
        return true;
    }
    bool next(ExportRow &row) override
    {
        if (m_next >= m_view->proxy()->rowCount())
            return false;
        const int source = sourceRow(m_next++);
        const ListModel *model = m_view->model();
        row.resize(m_columns.size());
        for (int i = 0; i < m_columns.size(); ++i) {
            const Column &c = m_columns[i];
            if (c.flag) {
                const QVariant v = model->raw(source, c.index);
                row[i] = v.isNull() ? QVariant() : QVariant(SalesFields::yesNo(v.toBool()));
            } else if (c.raw) {
                row[i] = model->raw(source, c.index);
            } else {
                const QString shown = model->displayText(source, c.index);
                row[i] = shown.isEmpty() ? QVariant() : QVariant(shown);
            }
        }
        return true;
    }

private:
    struct Column
    {
        int index = 0;
        QString header;
        CellType type = CellType::Text;
        bool raw = false;
        bool flag = false;
    };
    int sourceRow(int proxyRow) const
    {
        const ListProxy *proxy = m_view->proxy();
        return proxy->mapToSource(proxy->index(proxyRow, 0)).row();
    }

    const ListView *m_view;
    QVector<Column> m_columns;
    int m_next = 0;
};

} // namespace

QString ListExport::titleOf(const ListView *view)
{
    // A list outside the pages (the records behind a figure) says itself what it is.
    if (const QVariant own = view->property("exportTitle"); own.isValid() && !own.toString().isEmpty())
        return own.toString();
    QStringList parts;
    const QWidget *child = view;
    for (const QWidget *w = view->parentWidget(); w; child = w, w = w->parentWidget()) {
        if (const auto *stack = qobject_cast<const QStackedWidget *>(w)) {
            if (const auto *tabs = qobject_cast<const QTabWidget *>(stack->parentWidget())) {
                const int index = tabs->indexOf(const_cast<QWidget *>(child));
                if (index >= 0)
                    parts.prepend(tabs->tabText(index).remove(QLatin1Char('&')));
            }
        }
        if (const auto *page = qobject_cast<const Page *>(w)) {
            if (parts.isEmpty() || parts.first() != page->title())
                parts.prepend(page->title());
            break;
        }
    }
    if (parts.isEmpty())
        parts << tr("List");
    return parts.join(QStringLiteral(" — "));
}

QString ListExport::listTitle(const ListView *view)
{
    return titleOf(view).split(QStringLiteral(" — ")).constLast();
}

QString ListExport::defaultFileName(const QString &title, const QString &suffix)
{
    QString name = title;
    static const QRegularExpression bad(QStringLiteral("[\\\\/:*?\"<>|]+"));
    name.replace(bad, QStringLiteral("-"));
    name.replace(QStringLiteral(" — "), QStringLiteral(" - "));
    name = name.trimmed();
    if (name.isEmpty())
        name = QStringLiteral("export");
    return name + QLatin1Char(' ') + QDate::currentDate().toString(Qt::ISODate) + QLatin1Char('.') + suffix;
}

QString ListExport::askPath(QWidget *parent, const QString &caption, const QString &fileName)
{
    QSettings settings;
    QString dir = settings.value(QStringLiteral("export/directory")).toString();
    if (dir.isEmpty() || !QFileInfo(dir).isDir())
        dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (dir.isEmpty() || !QFileInfo(dir).isDir())
        dir = QDir::homePath();
    QString path = FileDialog::saveFileName(
        parent, caption, QDir(dir).filePath(fileName), tr("Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)"));
    if (path.isEmpty())
        return QString();
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix != QLatin1String("xlsx") && suffix != QLatin1String("csv"))
        path += QStringLiteral(".xlsx");
    settings.setValue(QStringLiteral("export/directory"), QFileInfo(path).absolutePath());
    return path;
}

void ListExport::reportWritten(QWidget *parent, const QString &path)
{
    const QFileInfo file(path);
    const QString shown = QDir::toNativeSeparators(file.absoluteFilePath());
    if (MessageBox::informationWithAction(
            parent, tr("Export"), tr("The file was written:\n%1").arg(shown), tr("Open Folder")))
        QDesktopServices::openUrl(QUrl::fromLocalFile(file.absolutePath()));
}

std::unique_ptr<TableSource> ListExport::source(const ListView *view)
{
    return std::make_unique<ListSource>(view);
}

bool ListExport::holdsPersonalData(const ListView *view)
{
    // The lists that name registered poor households, people or donors: written 0600 like the
    // command line's exports of those tables (ExportTables::holdsPersonalData).
    static const QStringList personal { QStringLiteral("registries/people"), QStringLiteral("registries/households"),
        QStringLiteral("pairings/list"), QStringLiteral("coverage/households"), QStringLiteral("talent/secondments"),
        QStringLiteral("talent/dispatches"), QStringLiteral("social/donations") };
    return personal.contains(view->model()->spec().settingsKey);
}

bool ListExport::write(
    const ListView *view, const QString &path, QString *error, const ExportProgress &progress, bool *cancelled)
{
    ListSource source(view);
    return writeSource(source, path, holdsPersonalData(view), error, progress, cancelled);
}

bool ListExport::writeSource(TableSource &source, const QString &path, bool personal, QString *error,
    const ExportProgress &progress, bool *cancelled)
{
    const bool csv = QFileInfo(path).suffix().compare(QLatin1String("csv"), Qt::CaseInsensitive) == 0;
    bool ok = false;
    QString why;
    bool stopped = false;
    if (csv) {
        CsvExporter exporter;
        exporter.setProgress(progress);
        exporter.setPrivate(personal);
        ok = exporter.write(source, path);
        why = exporter.errorString();
        stopped = exporter.wasCancelled();
    } else {
        XlsxExporter exporter;
        exporter.setProgress(progress);
        exporter.setPrivate(personal);
        ok = exporter.write(source, path);
        why = exporter.errorString();
        stopped = exporter.wasCancelled();
    }
    if (error)
        *error = why;
    if (cancelled)
        *cancelled = stopped;
    return ok;
}

QString ListExport::run(ListView *view, QWidget *parent)
{
    const int rows = view->visibleRowCount();
    if (rows == 0) {
        MessageBox::information(parent, tr("Export"), tr("The list shows no rows to export."));
        return QString();
    }
    const QString path = askPath(parent, tr("Export the list"), defaultFileName(listTitle(view)));
    if (path.isEmpty())
        return QString();

    std::unique_ptr<QProgressDialog> dialog;
    if (rows >= ProgressFromRows) {
        dialog = std::make_unique<QProgressDialog>(
            tr("Exporting %1 rows…").arg(QLocale().toString(rows)), tr("Cancel"), 0, 1000, parent);
        dialog->setWindowModality(Qt::WindowModal);
        dialog->setMinimumDuration(300);
        dialog->setAutoClose(false);
    }
    const ExportProgress progress = [&dialog](qint64 done, qint64 total) {
        if (!dialog)
            return true;
        dialog->setValue(total > 0 ? int(qMin<qint64>(1000, done * 1000 / total)) : 0);
        QCoreApplication::processEvents();
        return !dialog->wasCanceled();
    };
    QString why;
    bool cancelled = false;
    const bool ok = write(view, path, &why, progress, &cancelled);
    dialog.reset();
    if (!ok) {
        if (!cancelled)
            MessageBox::warning(parent, tr("Export"), why);
        return QString();
    }
    reportWritten(parent, path);
    return path;
}

} // namespace tongxin
