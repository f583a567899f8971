// The findings of the Vulnerabilities page: one row per finding (a vulnerability matched to a
// component) with its system, component, state, due date and how it was matched. Fed by
// Workspace::findingRows() (storage/vulnrows.h), one query per reload.
#pragma once

#include "models/itemmodels/backgroundloader.h"
#include "models/itemmodels/roles.h"
#include "models/storage/vulnrows.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QList>
#include <QPointer>
#include <QTimer>

namespace pp {

class Workspace;

/// One row per finding. Filters that the database answers (system, vulnerability, states,
/// emergency, overdue, KEV) go into the FindingFilter; the filter-as-you-type text is left to
/// a FilterProxyModel over this model. A reload resets the model in one go: there may be tens
/// of thousands of findings, and the page keeps the selection by id across the reset.
///
/// Qt::DisplayRole is formatted text; an overdue due date reads "2026-01-05 (overdue)", in red
/// (the word too, never colour alone). A finding matched by name reads
/// "name (lower confidence)". IdRole is the finding id, RowVersionRole its row version,
/// SystemIdRole its system; SortRole sorts by meaning.
class FindingTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        VulnerabilityColumn,
        SystemColumn,
        KindColumn,
        ProductColumn,
        VersionColumn,
        StateColumn,
        JustificationColumn,
        SeverityColumn,
        CvssColumn,
        KevColumn,
        DueColumn,
        DueRuleColumn,
        TrackColumn,
        MatchColumn,
        DetectedColumn,
        ColumnCount
    };
    enum Role {
        OverdueRole = SeverityRole + 300, ///< bool: open and past its due date
        StateRole,                        ///< int: AnalysisState
        EmergencyRole,                    ///< bool: on the emergency track
        VulnerabilityIdRole,              ///< qint64
    };

    /// @p workspace may be null (tests feed rows through setRows()).
    explicit FindingTableModel(Workspace *workspace, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    void setFilter(const FindingFilter &filter);
    FindingFilter filter() const { return m_filter; }
    /// The day overdue is judged on; today unless set (tests pin it).
    void setToday(QDate today);
    QDate today() const;
    /// Replaces every row (one model reset).
    void setRows(const QList<FindingRow> &rows);
    const FindingRow &rowAt(int row) const { return m_rows.at(row); }
    int rowOf(qint64 findingId) const;
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

    bool isOverdue(const FindingRow &r) const;
    /// "CPE" or "name (lower confidence)".
    static QString matchText(MatchKind kind);

signals:
    void loadingChanged(bool loading);
    void loadFailed(const QString &message);

private:
    QVariant displayValue(const FindingRow &r, int column) const;
    QVariant sortValue(const FindingRow &r, int column) const;
    QVariant rawValue(const FindingRow &r, int column) const;

    QPointer<Workspace> m_workspace;
    QTimer m_reloadTimer;
    BackgroundLoader *m_loader;
    FindingFilter m_filter;
    QDate m_today;
    QList<FindingRow> m_rows;
    QHash<qint64, int> m_rowOf;
};

} // namespace pp
