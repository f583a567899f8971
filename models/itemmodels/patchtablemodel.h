// The Patches page's table: one pending patch per row (Workspace::patchRows), and the proxy that
// filters it by system, track, overdue and text.
#pragma once

#include "models/itemmodels/indexedfilterproxymodel.h"
#include "models/storage/vulnrows.h"

#include <QAbstractTableModel>
#include <QCoreApplication>
#include <QDate>

#include <optional>

namespace pp {

class PatchTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { System, Kind, Product, Version, Title, Target, Resolves, Due, TrackColumn,
                  Reboot, Duration, Rollback, ColumnCount };

    explicit PatchTableModel(QObject *parent = nullptr);

    void setRows(const QList<PatchRow> &rows);
    const QList<PatchRow> &rows() const { return m_rows; }
    const PatchRow *rowAt(int row) const;
    /// The row of patch @p id, -1 when it is not listed.
    int rowOf(qint64 patchId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    /// "12 min", "1 h 30 min": durations the way ops leads say them.
    static QString durationText(int minutes);

private:
    QList<PatchRow> m_rows;
};

/// Filters PatchTableModel rows; sorts by SortRole as every list does (IndexedFilterProxyModel:
/// an estate lists 100,000 pending patches).
class PatchFilterProxyModel : public IndexedFilterProxyModel
{
    Q_OBJECT

public:
    explicit PatchFilterProxyModel(QObject *parent = nullptr);

    void setSystemId(qint64 id);          ///< 0 = every system
    void setTrack(std::optional<Track> track);
    void setOverdueOnly(bool on);
    void setText(const QString &text);    ///< product, title, advisory, KB, system or CVE contains

protected:
    bool acceptsRow(int sourceRow) const override;
    bool hasRowFilter() const override;

private:
    qint64 m_systemId = 0;
    std::optional<Track> m_track;
    bool m_overdueOnly = false;
    QString m_text;
};

} // namespace pp
