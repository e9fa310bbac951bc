#pragma once

#include "export/tabledata.h"

#include <QCoreApplication>
#include <QString>

#include <memory>

class QWidget;

namespace tongxin {

class ListView;

/// Exports exactly what a ListView shows: the rows left by search and filters in the order
/// of the current sort, the visible columns in their on-screen order, headers in the UI
/// language. Money goes out as yuan numbers, numbers as numbers, ISO dates as dates, codes
/// and flags as the text shown.
class ListExport final
{
    Q_DECLARE_TR_FUNCTIONS(ListExport)
public:
    /// The rows and columns shown, as a table source (the list must outlive it).
    static std::unique_ptr<TableSource> source(const ListView *view);
    /// Writes .xlsx or .csv (by the suffix of `path`) without asking anything.
    /// Whether the list names people, registered poor households or donors: its exports are
    /// readable by their owner only (0600).
    static bool holdsPersonalData(const ListView *view);
    static bool write(const ListView *view, const QString &path, QString *error = nullptr,
        const ExportProgress &progress = {}, bool *cancelled = nullptr);
    /// Writes `source` as .xlsx or .csv (by the suffix of `path`); `personal`: readable by its
    /// owner only (0600).
    static bool writeSource(TableSource &source, const QString &path, bool personal, QString *error = nullptr,
        const ExportProgress &progress = {}, bool *cancelled = nullptr);
    /// Asks for a file (FileDialog), writes it with a progress dialog for big lists, and
    /// reports failures (MessageBox). Returns the file written, or empty.
    static QString run(ListView *view, QWidget *parent);

    /// "Registries — Places": the page and tab that hold the list (a tab named as its page
    /// is said once: "Pairings", not "Pairings — Pairings").
    static QString titleOf(const ListView *view);
    /// The list's own name: its tab's text, or its page's title when it has no tab of its own.
    static QString listTitle(const ListView *view);
    /// "<title> <yyyy-MM-dd>.xlsx" (today's date; characters no file name may hold replaced):
    /// what an export suggests, e.g. "Pairings 2026-12-02.xlsx", "结对帮扶 2026-12-02.xlsx".
    static QString defaultFileName(const QString &title, const QString &suffix = QStringLiteral("xlsx"));
    /// Asks for the file of an export (FileDialog titled `caption`), suggesting `fileName` in
    /// the folder of the last export when it still exists, else in Documents, else in the home
    /// folder (Qt's dialog, given a folder that is gone, opens wherever it was last or in the
    /// program's working folder). A name ending in neither .xlsx nor .csv gets .xlsx; its folder
    /// is remembered for the next export. Empty when the user cancels.
    static QString askPath(QWidget *parent, const QString &caption, const QString &fileName);
    /// After an export: says where the file went (its full path) and offers to open its folder
    /// (QDesktopServices::openUrl of the folder when the user presses "Open Folder").
    static void reportWritten(QWidget *parent, const QString &path);
};

} // namespace tongxin
