// The vulnerability list of the Vulnerabilities page: one row per vulnerability with what it
// means for the estate (affected systems, open findings, earliest due date). Fed by
// Workspace::vulnerabilityRows() (storage/vulnrows.h), one query per reload.
#pragma once

#include "models/itemmodels/backgroundloader.h"
#include "models/itemmodels/roles.h"
#include "models/storage/vulnrows.h"

#include <QAbstractTableModel>
#include <QCoreApplication>
#include <QList>
#include <QPointer>
#include <QTimer>

namespace pp {

class Workspace;

/// One row per vulnerability. A reload resets the model in one go (up to VulnFilter::limit
/// rows, 5,000 by default): cheaper than diffing that many rows, and the page keeps the
/// selection by id across the reset.
///
/// Qt::DisplayRole is formatted text (the title always as plain text: feeds carry HTML);
/// IdRole is the vulnerability id; RawValueRole the stored value (severity key, double, QDate,
/// bool); SortRole what the column means (severity by rank, dates as Julian days with none
/// last, CVSS as a number with none below 0).
class VulnTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        IdentifierColumn,
        TitleColumn,
        SeverityColumn,
        CvssColumn,
        KevColumn,
        PublishedColumn,
        SystemsColumn,
        OpenFindingsColumn,
        EarliestDueColumn,
        EmergencyColumn,
        ColumnCount
    };
    enum Role {
        KevRole = SeverityRole + 200, ///< bool
        EmergencyRole,                ///< bool
        SeverityRankRole,             ///< int: Severity
    };

    /// @p workspace may be null (tests feed rows through setRows()).
    explicit VulnTableModel(Workspace *workspace, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    void setFilter(const VulnFilter &filter);
    VulnFilter filter() const { return m_filter; }
    /// Replaces every row (one model reset).
    void setRows(const QList<VulnRow> &rows);
    const VulnRow &rowAt(int row) const { return m_rows.at(row); }
    int rowOf(qint64 id) const;
    /// Re-reads the rows from the workspace with the current filter, now.
    void reload();
    /// A reload is reading in the background; the rows shown are the previous ones (none
    /// after another database was opened) until it ends.
    bool isLoading() const;
    /// An inactive model does not read: a reload (a change, another database) only marks it
    /// stale, and it reads when made active again. Active unless set; for a page not shown.
    void setActive(bool active);
    /// Reloads once control returns to the event loop: the workspace emits several change
    /// signals after one import or triage, and each would otherwise re-read every row.
    void scheduleReload();

    /// "Critical", "High"... with "Unknown" for none; shared with the detail pane.
    static QString severityText(Severity s);
    /// "9.8" (one decimal, the user's locale), empty when there is no score.
    static QString cvssText(const std::optional<double> &score);

signals:
    void loadingChanged(bool loading);
    /// Reading from the database failed; @p message is for the user.
    void loadFailed(const QString &message);

private:
    QVariant displayValue(const VulnRow &r, int column) const;
    QVariant sortValue(const VulnRow &r, int column) const;
    QVariant rawValue(const VulnRow &r, int column) const;

    QPointer<Workspace> m_workspace;
    QTimer m_reloadTimer;
    BackgroundLoader *m_loader;
    VulnFilter m_filter;
    QList<VulnRow> m_rows;
    QHash<qint64, int> m_rowOf;
};

} // namespace pp
