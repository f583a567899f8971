// The Dashboard: the inventory's counts as tiles and charts of what it is made of.
#pragma once

#include "models/itemmodels/eoslfilterproxymodel.h"
#include "ui/dashboard/findingtiles.h"
#include "ui/page.h"

#include <QMap>

class QChart;
class QChartView;
class QLabel;

namespace pp {

class EoslTiles;
class MessageBar;
class Workspace;
struct InventoryStats;

class DashboardPage : public Page
{
    Q_OBJECT

public:
    explicit DashboardPage(Workspace *workspace, QWidget *parent = nullptr);

    /// The number shown on the tile named @p key (systems, components, instances, frozen,
    /// internet, tier1) — for tests.
    QString tileValue(const QString &key) const;
    /// The EOSL tiles (past, d30 ... unknown, decision).
    EoslTiles *eoslTiles() const { return m_eoslTiles; }
    /// The vulnerability tiles (emergency, overdue, untriaged, KEV).
    FindingTiles *findingTiles() const { return m_findingTiles; }

signals:
    /// An EOSL tile was clicked: show the roadmap filtered to it.
    void eoslFilterRequested(const pp::EoslFilterProxyModel::StatusFilter &filter);
    /// A vulnerability tile was clicked: show the Vulnerabilities page filtered to it.
    void findingFilterRequested(pp::FindingTiles::Tile tile);

private:
    void scheduleRefresh();
    void refresh();
    QWidget *addTile(const QString &key, const QString &caption, const QString &hint);
    void showKinds(const InventoryStats &stats);
    void showLifecycle(const InventoryStats &stats);
    void showEosl();
    void showFindings();

    Workspace *m_workspace;
    MessageBar *m_messages;
    QLabel *m_heading;
    QMap<QString, QLabel *> m_tiles;
    EoslTiles *m_eoslTiles;
    FindingTiles *m_findingTiles;
    QChartView *m_kindsView;
    QChartView *m_lifecycleView;
    bool m_refreshPending = false;
};

} // namespace pp
