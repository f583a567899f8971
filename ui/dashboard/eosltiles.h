// The dashboard's EOSL counts: past EOSL, ending within each horizon, without a decision and
// unknown. Each tile is a button that opens the roadmap filtered to what it counts.
#pragma once

#include "models/itemmodels/eoslfilterproxymodel.h"
#include "models/planning/eosloverview.h"

#include <QMap>
#include <QWidget>

class QLabel;
class QPushButton;

namespace pp {

class EoslTiles : public QWidget
{
    Q_OBJECT

public:
    explicit EoslTiles(QWidget *parent = nullptr);

    void showStats(const EoslStats &stats, const LifecycleHorizons &horizons);
    /// The tile of @p key ("past", "d30", "d90", "d180", "d365", "decision", "unknown").
    QPushButton *tile(const QString &key) const { return m_tiles.value(key); }
    /// The count shown on tile @p key (-1 for an unknown key).
    int value(const QString &key) const { return m_values.value(key, -1); }

signals:
    void filterRequested(const pp::EoslFilterProxyModel::StatusFilter &filter);

private:
    QPushButton *addTile(const QString &key, const EoslFilterProxyModel::StatusFilter &filter,
                         const QColor &color);

    QMap<QString, QPushButton *> m_tiles;
    QMap<QString, QLabel *> m_labels;
    QMap<QString, int> m_values;
};

} // namespace pp
