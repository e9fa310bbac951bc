#include "consumption/importwizardissues.h"

#include <QBrush>
#include <QColor>

namespace tongxin {

ImportWizardIssues::ImportWizardIssues(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void ImportWizardIssues::setIssues(const QVector<ImportIssue> &issues)
{
    beginResetModel();
    m_issues = issues;
    endResetModel();
}

void ImportWizardIssues::setOutsidePeriodAllowed(bool allowed)
{
    if (allowed == m_outsideAllowed)
        return;
    m_outsideAllowed = allowed;
    if (!m_issues.isEmpty())
        emit dataChanged(index(0, Problem), index(rowCount() - 1, Problem));
}

ImportIssue ImportWizardIssues::shown(const ImportIssue &issue) const
{
    // The check runs with outside-period rows allowed (to count them as warnings); what is
    // imported depends on the tick.
    ImportIssue out = issue;
    if (issue.kind == ImportIssue::Kind::OutsidePeriod && !m_outsideAllowed)
        out.warning = false;
    return out;
}

void ImportWizardIssues::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_issues.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

QString ImportWizardIssues::columnLetter(int column)
{
    QString letters;
    for (int c = column + 1; c > 0; c = (c - 1) / 26)
        letters.prepend(QChar(u'A' + (c - 1) % 26));
    return letters;
}

QString ImportWizardIssues::columnText(const ImportIssue &issue)
{
    if (issue.column < 0)
        return tr("whole row");
    const QString name = issue.columnName.isEmpty() ? SalesFields::label(issue.field) : issue.columnName;
    return QStringLiteral("%1 · %2").arg(columnLetter(issue.column), name);
}

int ImportWizardIssues::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_issues.size());
}

int ImportWizardIssues::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ImportWizardIssues::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_issues.size())
        return {};
    const ImportIssue &issue = m_issues.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case FileRow:
            return issue.row;
        case FileColumn:
            return columnText(issue);
        case Problem:
            return shown(issue).reason();
        }
        break;
    case Qt::ToolTipRole:
        return shown(issue).text();
    case Qt::TextAlignmentRole:
        if (index.column() == FileRow)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case Qt::ForegroundRole:
        // Invalid rows in red; duplicates (skipped, not errors) in a quiet brown; warnings (dates
        // outside the period, imported when the user says so) in amber.
        if (issue.warning)
            return QBrush(QColor(0xB2, 0x6A, 0x00));
        return QBrush(issue.isDuplicate() ? QColor(0x8D, 0x6E, 0x63) : QColor(0xB7, 0x1C, 0x1C));
    default:
        break;
    }
    return {};
}

QVariant ImportWizardIssues::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case FileRow:
        return tr("Row");
    case FileColumn:
        return tr("Column");
    case Problem:
        return tr("Problem");
    }
    return {};
}

} // namespace tongxin
