#include "ui/dashboard/eosltiles.h"

#include "models/itemmodels/eosltablemodel.h"

#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>

namespace pp {

EoslTiles::EoslTiles(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("eoslTiles"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);
    using F = EoslFilterProxyModel::StatusFilter;
    const auto color = &EoslTableModel::statusColor;
    layout->addWidget(addTile(QStringLiteral("past"), F{EoslStatus::Past, false},
                              color(EoslStatus::Past)));
    layout->addWidget(addTile(QStringLiteral("d30"), F{EoslStatus::Within30, false},
                              color(EoslStatus::Within30)));
    layout->addWidget(addTile(QStringLiteral("d90"), F{EoslStatus::Within90, false},
                              color(EoslStatus::Within90)));
    layout->addWidget(addTile(QStringLiteral("d180"), F{EoslStatus::Within180, false},
                              color(EoslStatus::Within180)));
    layout->addWidget(addTile(QStringLiteral("d365"), F{EoslStatus::Within365, false},
                              color(EoslStatus::Within365)));
    layout->addWidget(addTile(QStringLiteral("decision"), F{std::nullopt, true},
                              QColor(0x6a, 0x1b, 0x9a)));
    layout->addWidget(addTile(QStringLiteral("unknown"), F{EoslStatus::Unknown, false},
                              color(EoslStatus::Unknown)));
}

QPushButton *EoslTiles::addTile(const QString &key,
                                const EoslFilterProxyModel::StatusFilter &filter,
                                const QColor &color)
{
    auto *tile = new QPushButton(this);
    tile->setObjectName(QStringLiteral("eoslTile_%1").arg(key));
    tile->setCursor(Qt::PointingHandCursor);
    tile->setMinimumHeight(72);
    // The text is a label on the button: a large number over its caption.
    auto *label = new QLabel(tile);
    label->setObjectName(QStringLiteral("eoslTileLabel_%1").arg(key));
    label->setTextFormat(Qt::RichText);
    label->setAttribute(Qt::WA_TransparentForMouseEvents);
    auto *inner = new QVBoxLayout(tile);
    inner->setContentsMargins(14, 6, 8, 6);
    inner->addWidget(label);
    m_labels.insert(key, label);
    tile->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    tile->setStyleSheet(QStringLiteral(
        "QPushButton { background: palette(base); border: 1px solid palette(mid); "
        "border-left: 6px solid %1; border-radius: 6px; padding: 6px 10px; text-align: left; } "
        "QPushButton:hover { background: palette(alternate-base); }").arg(color.name()));
    connect(tile, &QPushButton::clicked, this, [this, filter]() { emit filterRequested(filter); });
    m_tiles.insert(key, tile);
    return tile;
}

void EoslTiles::showStats(const EoslStats &stats, const LifecycleHorizons &h)
{
    const QLocale locale;
    const auto set = [this, &locale](const QString &key, int n, const QString &caption) {
        m_values.insert(key, n);
        m_labels.value(key)->setText(
            tr("<span style='font-size:18pt; font-weight:bold'>%1</span><br>%2")
                .arg(locale.toString(n), caption.toHtmlEscaped()));
        QPushButton *tile = m_tiles.value(key);
        tile->setAccessibleName(tr("%1: %2").arg(caption, locale.toString(n)));
        tile->setToolTip(tr("Show these components on the roadmap"));
    };
    set(QStringLiteral("past"), stats.past, tr("Past EOSL"));
    set(QStringLiteral("d30"), stats.within30, tr("EOSL within %1 days").arg(h.d30));
    set(QStringLiteral("d90"), stats.within90, tr("EOSL within %1 days").arg(h.d90));
    set(QStringLiteral("d180"), stats.within180, tr("EOSL within %1 days").arg(h.d180));
    set(QStringLiteral("d365"), stats.within365, tr("EOSL within %1 days").arg(h.d365));
    set(QStringLiteral("decision"), stats.needsDecision, tr("Need a decision"));
    set(QStringLiteral("unknown"), stats.unknown, tr("EOSL unknown"));
}

} // namespace pp
