// The dashboard's vulnerability counts: emergency, overdue, untriaged and KEV findings. Each
// tile is a button that opens the Vulnerabilities page filtered to what it counts.
#pragma once

#include "models/storage/vulnrows.h"

#include <QMap>
#include <QWidget>

class QLabel;
class QPushButton;

namespace pp {

class FindingTiles : public QWidget
{
    Q_OBJECT

public:
    /// What a tile counts (and the filter it asks for).
    enum class Tile { Emergency, Overdue, Untriaged, Kev };
    Q_ENUM(Tile)

    explicit FindingTiles(QWidget *parent = nullptr);

    void showCounts(const FindingCounts &counts);
    QPushButton *tile(Tile t) const { return m_tiles.value(t); }
    int value(Tile t) const { return m_values.value(t, -1); }

signals:
    void filterRequested(pp::FindingTiles::Tile tile);

private:
    QPushButton *addTile(Tile t, const QString &key, const QColor &color);

    QMap<Tile, QPushButton *> m_tiles;
    QMap<Tile, QLabel *> m_labels;
    QMap<Tile, int> m_values;
};

} // namespace pp
