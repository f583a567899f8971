// The two tables of the inventory import preview: the rows as understood, and the issues found.
#pragma once

#include "models/io/inventorycsv.h"
#include "models/itemmodels/roles.h"

#include <QAbstractTableModel>
#include <QHash>

namespace pp {

/// The data rows of an InventoryImportPreview. Rows with an error (or a warning) get a
/// background colour and their issues as a tool tip; LineRole is the file line.
class ImportRowsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { LineColumn, SystemCodeColumn, SystemNameColumn, KindColumn, ProductColumn,
                  VersionColumn, ColumnCount };

    explicit ImportRowsModel(QObject *parent = nullptr);

    void setPreview(const InventoryImportPreview &preview);
    /// The row that shows file line @p line, or -1.
    int rowOfLine(int line) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<InventoryCsvRow> m_rows;
    QHash<int, QList<ImportIssue>> m_issuesByLine;
    QHash<int, int> m_rowOfLine;
};

/// The issues of an InventoryImportPreview, in file order; errors first in colour.
class ImportIssuesModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { LineColumn, FieldColumn, MessageColumn, SeverityColumn, ColumnCount };

    explicit ImportIssuesModel(QObject *parent = nullptr);

    void setIssues(const QList<ImportIssue> &issues);
    const ImportIssue &issueAt(int row) const { return m_issues.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    static QString severityName(ImportIssue::Severity severity);

private:
    QList<ImportIssue> m_issues;
};

} // namespace pp
