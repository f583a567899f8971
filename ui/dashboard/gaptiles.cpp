#include "ui/dashboard/gaptiles.h"

#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace pp {

GapTiles::GapTiles(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("gapTiles"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);
    const QColor red(0xb0, 0x1c, 0x1c);
    const QColor orange(0xe0, 0x6b, 0x1f);
    layout->addWidget(addTile(Tile::FrozenComponents, QStringLiteral("frozen"),
                              QColor(0xe0, 0x9b, 0x2d)));
    layout->addWidget(addTile(Tile::EoslWithoutSupport, toKey(GapKind::EoslWithoutSupport), red));
    layout->addWidget(addTile(Tile::AcceptedWithoutLogReview,
                              toKey(GapKind::AcceptedWithoutLogReview), red));
    layout->addWidget(addTile(Tile::ControlOverdue, toKey(GapKind::ControlOverdue), orange));
    layout->addWidget(addTile(Tile::AcceptanceExpired, toKey(GapKind::AcceptanceExpired), red));
    layout->addWidget(addTile(Tile::AcceptancesExpiring, QStringLiteral("expiring"),
                              QColor(0x3b, 0x7d, 0xd8)));
}

GapTiles::Tile GapTiles::tileOf(GapKind kind)
{
    switch (kind) {
    case GapKind::EoslWithoutSupport: return Tile::EoslWithoutSupport;
    case GapKind::AcceptedWithoutLogReview: return Tile::AcceptedWithoutLogReview;
    case GapKind::AcceptanceExpired: return Tile::AcceptanceExpired;
    case GapKind::ControlOverdue: break;
    }
    return Tile::ControlOverdue;
}

QPushButton *GapTiles::addTile(Tile t, const QString &key, const QColor &color)
{
    auto *tile = new QPushButton(this);
    tile->setObjectName(QStringLiteral("gapTile_%1").arg(key));
    tile->setCursor(Qt::PointingHandCursor);
    tile->setMinimumHeight(72);
    auto *label = new QLabel(tile);
    label->setObjectName(QStringLiteral("gapTileLabel_%1").arg(key));
    label->setTextFormat(Qt::RichText);
    label->setWordWrap(true);
    label->setAttribute(Qt::WA_TransparentForMouseEvents);
    auto *inner = new QVBoxLayout(tile);
    inner->setContentsMargins(14, 6, 8, 6);
    inner->addWidget(label);
    tile->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    tile->setStyleSheet(QStringLiteral(
        "QPushButton { background: palette(base); border: 1px solid palette(mid); "
        "border-left: 6px solid %1; border-radius: 6px; padding: 6px 10px; text-align: left; } "
        "QPushButton:hover { background: palette(alternate-base); }").arg(color.name()));
    connect(tile, &QPushButton::clicked, this, [this, t]() { emit registerRequested(t); });
    m_tiles.insert(t, tile);
    m_labels.insert(t, label);
    return tile;
}

void GapTiles::showCounts(const QList<Gap> &gaps, int frozenComponents, int expiring)
{
    QMap<Tile, int> counts;
    for (const Gap &g : gaps)
        ++counts[tileOf(g.kind)];
    const QLocale locale;
    const auto set = [this, &locale](Tile t, int n, const QString &caption, const QString &hint) {
        m_values.insert(t, n);
        m_labels.value(t)->setText(
            tr("<span style='font-size:18pt; font-weight:bold'>%1</span><br>%2")
                .arg(locale.toString(n), caption.toHtmlEscaped()));
        QPushButton *tile = m_tiles.value(t);
        tile->setAccessibleName(tr("%1: %2").arg(caption, locale.toString(n)));
        tile->setToolTip(hint);
    };
    set(Tile::FrozenComponents, frozenComponents, tr("Frozen components"),
        tr("Components that are not upgraded or patched: of a frozen system, or with a frozen "
           "upgrade decision. Click to open the register."));
    set(Tile::EoslWithoutSupport, counts.value(Tile::EoslWithoutSupport),
        displayName(GapKind::EoslWithoutSupport),
        tr("Frozen components past EOSL without an extended-support contract or an "
           "alternative service. Click to list them."));
    set(Tile::AcceptedWithoutLogReview, counts.value(Tile::AcceptedWithoutLogReview),
        displayName(GapKind::AcceptedWithoutLogReview),
        tr("Accepted findings that no current periodic log review watches. Click to list "
           "them."));
    set(Tile::ControlOverdue, counts.value(Tile::ControlOverdue),
        displayName(GapKind::ControlOverdue),
        tr("Periodic compensating controls past their next due date. Click to list them."));
    set(Tile::AcceptanceExpired, counts.value(Tile::AcceptanceExpired),
        displayName(GapKind::AcceptanceExpired),
        tr("Risk acceptances past their expiry date and not renewed. Click to list them."));
    set(Tile::AcceptancesExpiring, expiring, tr("Acceptances expiring"),
        tr("Approved risk acceptances that expire soon: renew them or fix the finding. Click to "
           "open the register."));
}

} // namespace pp
