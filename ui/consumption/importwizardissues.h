#pragma once

#include "consumption/salesimport.h"

#include <QAbstractTableModel>

namespace tongxin {

/// The problems a dry run found, one per line: row, column and reason (duplicates included).
/// Reasons are produced when shown, so they follow a language switch.
class ImportWizardIssues final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { FileRow, FileColumn, Problem, ColumnCount };

    explicit ImportWizardIssues(QObject *parent = nullptr);

    void setIssues(const QVector<ImportIssue> &issues);
    /// Whether rows dated outside the office's period will be imported (the wizard's tick): until
    /// then their warnings say they are outside the period, not that they are imported as asked.
    void setOutsidePeriodAllowed(bool allowed);
    const QVector<ImportIssue> &issues() const { return m_issues; }
    /// Re-emits headers and texts in the current language.
    void retranslate();

    /// "B · 金额（元）": the column letter as a spreadsheet shows it and the header.
    static QString columnText(const ImportIssue &issue);
    /// "A", "B", … "AA" for a 0-based column.
    static QString columnLetter(int column);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    /// The issue as the user's choices make it: an outside-period warning not yet ticked reads
    /// as not imported.
    ImportIssue shown(const ImportIssue &issue) const;

    QVector<ImportIssue> m_issues;
    bool m_outsideAllowed = false;
};

} // namespace tongxin
