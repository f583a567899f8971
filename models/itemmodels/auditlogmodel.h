// The audit trail as a table, read page by page as the user scrolls.
#pragma once

#include "models/itemmodels/roles.h"
#include "models/storage/auditlog.h"

#include <QAbstractTableModel>
#include <QList>
#include <QPointer>

namespace pp {

class Workspace;

/// Audit entries matching a filter, newest first. The first page is read at once, further pages
/// by fetchMore() (views call it as the user scrolls), so a trail of a million entries opens as
/// fast as one of ten. When the Workspace reports auditChanged(), the entries written since are
/// inserted at the top; the rows already read stay, and so does the selection.
///
/// Qt::DisplayRole: local time, actor, translated action and entity, entity id and a summary of
/// what changed ("owner_team: '' → 'Finance IT'"). IdRole is the entry id, RawValueRole the
/// stored value (UTC time as QDateTime, action and entity keys), BeforeJsonRole/AfterJsonRole the
/// values before and after as compact JSON.
class AuditLogModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { WhenColumn, WhoColumn, ActionColumn, EntityColumn, EntityIdColumn,
                  SummaryColumn, ColumnCount };

    static constexpr int kDefaultPageSize = 200;

    explicit AuditLogModel(Workspace *workspace, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    void setFilter(const AuditFilter &filter);
    const AuditFilter &filter() const { return m_filter; }
    /// How many entries are read per fetchMore().
    void setPageSize(int entries);
    int pageSize() const { return m_pageSize; }
    /// How many entries match the filter in all (rowCount() is how many were read so far).
    int totalCount() const { return m_total; }

    const AuditEntry &entryAt(int row) const { return m_entries.at(row); }
    /// Reads the first page again.
    void reset();

    /// "field: 'old' → 'new'; ..." for an update, the identifying fields for a creation or
    /// deletion. @p beforeJson and @p afterJson are compact JSON objects (either may be empty).
    static QString summarize(const QString &beforeJson, const QString &afterJson);
    /// Translated label of a stored action key (create, update, delete, import...).
    static QString actionName(const QString &action);
    /// Translated label of a stored entity key (system, component...).
    static QString entityName(const QString &entity);

signals:
    /// Reading from the database failed; @p message is for the user.
    void loadFailed(const QString &message);

private:
    void readNewEntries();

    QPointer<Workspace> m_workspace;
    AuditFilter m_filter;
    QList<AuditEntry> m_entries;
    int m_total = 0;
    int m_pageSize = kDefaultPageSize;
    bool m_inReset = false;
};

} // namespace pp
