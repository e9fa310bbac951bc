#pragma once

#include <QIcon>
#include <QStringList>
#include <QVariantMap>
#include <QWidget>

namespace tongxin {

class Database;

/// A page hosted by the main window's sidebar. Pages own their widgets and queries; the main
/// window only switches between them and tells them when the database changes.
class Page : public QWidget
{
    Q_OBJECT
public:
    using QWidget::QWidget;
    /// Stable English id: "dashboard", "registries", … (used by --screenshots and settings).
    virtual QString pageId() const = 0;
    /// The sidebar label, in the current language.
    virtual QString title() const = 0;
    virtual QIcon icon() const { return {}; }
    /// The open database, or nullptr when none is open. Pages reload their data here.
    virtual void setDatabase(Database *db) = 0;
    /// The tables the page shows, so that a write elsewhere reloads it only when one of them
    /// changed (Database::takeChangedTables); empty: any table.
    virtual QStringList readsTables() const { return {}; }
    /// Does what another page asked of this one through pageRequested, once this page is shown
    /// (the pairings page opens a new pairing's form with the values of `request` filled in).
    virtual void handleRequest(const QVariantMap &request) { Q_UNUSED(request) }

signals:
    /// Emitted after a page wrote to the database, so other pages can reload.
    void dataChanged();
    /// Asks the page `pageId` to show and to handle `request` (Page::handleRequest).
    void pageRequested(const QString &pageId, const QVariantMap &request);
};

} // namespace tongxin
