#pragma once

#include "funds/fundsquery.h"

#include <QUrl>
#include <QWidget>

#include <functional>

class QLabel;
class QProgressBar;
class QPushButton;
class QStackedWidget;
class QTabWidget;
class QTreeWidget;

namespace tongxin {

class Database;

/// One project of the ledger: its facts, budget and paid with a progress bar, and tabs with
/// its payments, progress updates (with percent) and attachments (name, type, size), which
/// "Open" writes to a temporary file and hands to the system viewer. Read-only; the Projects
/// page adds the forms.
class ProjectDetailWidget final : public QWidget
{
    Q_OBJECT
public:
    enum Tab { Payments, Updates, Files, TabCount };
    using UrlOpener = std::function<bool(const QUrl &url)>;

    explicit ProjectDetailWidget(QWidget *parent = nullptr);

    void setDatabase(Database *db);
    /// Shows a project (0 = none: a hint to pick one). Reads it again when already shown.
    void showProject(qint64 projectId);
    qint64 projectId() const { return m_detail.project.id; }
    const ProjectDetail &detail() const { return m_detail; }

    QTreeWidget *paymentsList() const { return m_payments; }
    QTreeWidget *updatesList() const { return m_updates; }
    QTreeWidget *attachmentsList() const { return m_attachments; }
    QTabWidget *tabs() const { return m_tabs; }

    /// Opens the current attachment with the system viewer; false (with a message box) on failure.
    bool openCurrentAttachment();
    /// How URLs are opened: QDesktopServices::openUrl unless a test replaces it.
    static void setUrlOpener(UrlOpener opener);

signals:
    /// An attachment was written to `path` and handed to the viewer.
    void attachmentOpened(const QString &path);

protected:
    void changeEvent(QEvent *event) override;

private:
    void render();
    void retranslateUi();
    QString factsHtml() const;

    Database *m_db = nullptr;
    ProjectDetail m_detail;
    QString m_error;
    QStackedWidget *m_stack;
    QLabel *m_hint;
    QLabel *m_title;
    QLabel *m_facts;
    QProgressBar *m_progress;
    QTabWidget *m_tabs;
    QTreeWidget *m_payments;
    QTreeWidget *m_updates;
    QTreeWidget *m_attachments;
    QPushButton *m_open;
};

} // namespace tongxin
