#include "models/itemmodels/importpreviewmodels.h"

#include <QBrush>
#include <QColor>

namespace pp {
namespace {

// Light backgrounds with dark text set explicitly, so that they read in a dark theme too.
const QColor kErrorBackground(0xfd, 0xe2, 0xe1);
const QColor kWarningBackground(0xff, 0xf4, 0xce);
const QColor kMarkedText(0x20, 0x20, 0x20);

bool anyError(const QList<ImportIssue> &issues)
{
    for (const ImportIssue &i : issues) {
        if (i.isError())
            return true;
    }
    return false;
}

} // namespace

// --- Rows -------------------------------------------------------------------------------------

ImportRowsModel::ImportRowsModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void ImportRowsModel::setPreview(const InventoryImportPreview &preview)
{
    beginResetModel();
    m_rows = preview.rows;
    m_issuesByLine.clear();
    m_rowOfLine.clear();
    for (const ImportIssue &issue : preview.issues) {
        if (issue.line > 0)
            m_issuesByLine[issue.line] << issue;
    }
    for (int row = 0; row < m_rows.size(); ++row)
        m_rowOfLine.insert(m_rows.at(row).line, row);
    endResetModel();
}

int ImportRowsModel::rowOfLine(int line) const
{
    return m_rowOfLine.value(line, -1);
}

int ImportRowsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ImportRowsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ImportRowsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const InventoryCsvRow &row = m_rows.at(index.row());
    const QList<ImportIssue> issues = m_issuesByLine.value(row.line);
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case LineColumn: return row.line;
        case SystemCodeColumn: return row.system.code;
        case SystemNameColumn: return row.system.name;
        case KindColumn: return row.component ? displayName(row.component->kind) : QString();
        case ProductColumn: return row.component ? row.component->product : QString();
        case VersionColumn: return row.component ? row.component->version : QString();
        }
        return {};
    case Qt::BackgroundRole:
        if (issues.isEmpty())
            return {};
        return QBrush(anyError(issues) ? kErrorBackground : kWarningBackground);
    case Qt::ForegroundRole:
        return issues.isEmpty() ? QVariant() : QVariant(QBrush(kMarkedText));
    case Qt::ToolTipRole: {
        QStringList messages;
        for (const ImportIssue &i : issues)
            messages << i.message;
        return messages.isEmpty() ? QVariant() : QVariant(messages.join(QLatin1Char('\n')));
    }
    case LineRole:
    case SortRole:
        return index.column() == LineColumn ? QVariant(row.line) : data(index, Qt::DisplayRole);
    default:
        return {};
    }
}

QVariant ImportRowsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case LineColumn: return tr("Line");
    case SystemCodeColumn: return tr("System code");
    case SystemNameColumn: return tr("System name");
    case KindColumn: return tr("Kind");
    case ProductColumn: return tr("Product");
    case VersionColumn: return tr("Version");
    }
    return {};
}

// --- Issues -----------------------------------------------------------------------------------

ImportIssuesModel::ImportIssuesModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void ImportIssuesModel::setIssues(const QList<ImportIssue> &issues)
{
    beginResetModel();
    m_issues = issues;
    endResetModel();
}

int ImportIssuesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_issues.size());
}

int ImportIssuesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ImportIssuesModel::severityName(ImportIssue::Severity severity)
{
    return severity == ImportIssue::Severity::Error ? tr("Error") : tr("Warning");
}

QVariant ImportIssuesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ImportIssue &issue = m_issues.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case LineColumn: return issue.line > 0 ? QVariant(issue.line) : QVariant(tr("File"));
        case FieldColumn: return issue.field;
        case MessageColumn: return issue.message;
        case SeverityColumn: return severityName(issue.severity);
        }
        return {};
    case Qt::ToolTipRole:
        return index.column() == MessageColumn ? QVariant(issue.message) : QVariant();
    case Qt::BackgroundRole:
        return QBrush(issue.isError() ? kErrorBackground : kWarningBackground);
    case Qt::ForegroundRole:
        return QBrush(kMarkedText);
    case LineRole:
        return issue.line;
    case SeverityRole:
        return int(issue.severity);
    case SortRole:
        return index.column() == LineColumn ? QVariant(issue.line) : data(index, Qt::DisplayRole);
    default:
        return {};
    }
}

QVariant ImportIssuesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case LineColumn: return tr("Line");
    case FieldColumn: return tr("Field");
    case MessageColumn: return tr("Problem");
    case SeverityColumn: return tr("Severity");
    }
    return {};
}

} // namespace pp
