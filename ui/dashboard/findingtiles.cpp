#include "ui/dashboard/findingtiles.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>

namespace pp {

FindingTiles::FindingTiles(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("findingTiles"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);
    layout->addWidget(
        addTile(Tile::Emergency, QStringLiteral("emergency"), QColor(0xb0, 0x1c, 0x1c)));
    layout->addWidget(
        addTile(Tile::Overdue, QStringLiteral("overdue"), QColor(0xe0, 0x6b, 0x1f)));
    layout->addWidget(
        addTile(Tile::Untriaged, QStringLiteral("untriaged"), QColor(0x3b, 0x7d, 0xd8)));
    layout->addWidget(addTile(Tile::Kev, QStringLiteral("kev"), QColor(0x6a, 0x1b, 0x9a)));
}

QPushButton *FindingTiles::addTile(Tile t, const QString &key, const QColor &color)
{
    auto *tile = new QPushButton(this);
    tile->setObjectName(QStringLiteral("findingTile_%1").arg(key));
    tile->setCursor(Qt::PointingHandCursor);
    tile->setMinimumHeight(72);
    auto *label = new QLabel(tile);
    label->setObjectName(QStringLiteral("findingTileLabel_%1").arg(key));
    label->setTextFormat(Qt::RichText);
    label->setAttribute(Qt::WA_TransparentForMouseEvents);
    auto *inner = new QVBoxLayout(tile);
    inner->setContentsMargins(14, 6, 8, 6);
    inner->addWidget(label);
    tile->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    tile->setStyleSheet(QStringLiteral(
        "QPushButton { background: palette(base); border: 1px solid palette(mid); "
        "border-left: 6px solid %1; border-radius: 6px; padding: 6px 10px; text-align: left; } "
        "QPushButton:hover { background: palette(alternate-base); }").arg(color.name()));
    connect(tile, &QPushButton::clicked, this, [this, t]() { emit filterRequested(t); });
    m_tiles.insert(t, tile);
    m_labels.insert(t, label);
    return tile;
}

void FindingTiles::showCounts(const FindingCounts &counts)
{
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
    set(Tile::Emergency, counts.emergency, tr("Emergency findings"),
        tr("Open findings on the emergency track: patch these now. Click to list them."));
    set(Tile::Overdue, counts.overdue, tr("Overdue findings"),
        tr("Open findings past their due date. Click to list them."));
    set(Tile::Untriaged, counts.untriaged, tr("Untriaged findings"),
        tr("Findings nobody has looked at yet. Click to list them."));
    set(Tile::Kev, counts.kev, tr("Known exploited (KEV)"),
        tr("Open findings of vulnerabilities in CISA's KEV catalog. Click to list them."));
}

} // namespace pp
