// The dashboard's frozen-systems counts (issue 6, item 3): one tile per kind of gap of the
// frozen-system rules, the number of frozen components, and the risk acceptances about to
// expire. Each tile is a button that opens the frozen-systems register.
#pragma once

#include "models/planning/controlrules.h"
#include "models/storage/controlrepository.h"

#include <QMap>
#include <QWidget>

class QLabel;
class QPushButton;

namespace pp {

class GapTiles : public QWidget
{
    Q_OBJECT

public:
    /// What a tile counts.
    enum class Tile { EoslWithoutSupport, AcceptedWithoutLogReview, AcceptanceExpired,
                      ControlOverdue, FrozenComponents, AcceptancesExpiring };
    Q_ENUM(Tile)

    explicit GapTiles(QWidget *parent = nullptr);

    /// Shows the counts of @p gaps, of the @p frozenComponents and of @p expiring acceptances.
    void showCounts(const QList<Gap> &gaps, int frozenComponents, int expiring);
    QPushButton *tile(Tile t) const { return m_tiles.value(t); }
    int value(Tile t) const { return m_values.value(t, -1); }
    /// The tile that counts gaps of @p kind.
    static Tile tileOf(GapKind kind);

signals:
    /// A tile was clicked: the register should be shown (only the rows with gaps for a gap tile).
    void registerRequested(pp::GapTiles::Tile tile);

private:
    QPushButton *addTile(Tile t, const QString &key, const QColor &color);

    QMap<Tile, QPushButton *> m_tiles;
    QMap<Tile, QLabel *> m_labels;
    QMap<Tile, int> m_values;
};

} // namespace pp
