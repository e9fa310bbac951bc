#pragma once

#include "report/reportbuilder.h"
#include "shell/page.h"

#include <memory>

class QComboBox;
class QLabel;
class QPrinter;
class QPrintPreviewWidget;
class QPushButton;
class QSpinBox;
class QStackedWidget;

namespace tongxin {

/// Reports: choose a report, its years, western unit and language; preview it on A4 pages,
/// print it or save it as PDF. The report itself is built by the GUI-free ReportBuilder; this
/// page only shows and prints it (ReportDocument::render on the QPrinter).
class ReportsPage final : public Page
{
    Q_OBJECT
public:
    explicit ReportsPage(QWidget *parent = nullptr);
    ~ReportsPage() override;

    QString pageId() const override { return QStringLiteral("reports"); }
    QString title() const override;
    QIcon icon() const override;
    void setDatabase(Database *db) override;

    /// The options chosen in the form.
    ReportOptions options() const;
    /// Builds the report chosen and shows it in the preview; false (with a message) on failure.
    bool preview();
    /// Builds the report and saves it as PDF, asking for the file (FileDialog). Returns the
    /// file written, or empty.
    QString savePdf();
    /// The last report built (for tests), or nullptr.
    ReportDocument *report() const { return m_report.get(); }
    QPrintPreviewWidget *previewWidget() const { return m_preview; }

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    /// Quiet: a failure is shown in the page instead of a message box (automatic previews).
    std::unique_ptr<ReportDocument> build(bool quiet = false);
    bool makePreview(bool quiet);
    void followLanguage();
    void print();
    void updateForm();
    void fillUnits();
    void retranslateUi();

    Database *m_db = nullptr;
    std::unique_ptr<ReportDocument> m_report;
    ReportOptions m_built; // the options m_report was built with
    bool m_previewed = false; // a preview was made for this database (on first show)
    std::unique_ptr<QPrinter> m_printer;
    QComboBox *m_kind;
    QLabel *m_kindHelp;
    QSpinBox *m_from;
    QSpinBox *m_to;
    QComboBox *m_unit;
    QComboBox *m_language;
    QPushButton *m_previewButton;
    QPushButton *m_printButton;
    QPushButton *m_saveButton;
    QPushButton *m_targetsButton;
    QStackedWidget *m_stack;
    QLabel *m_placeholder;
    QPrintPreviewWidget *m_preview;
    QLabel *m_labels[5] = {};
};

} // namespace tongxin
