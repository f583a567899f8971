// The Dashboard: the inventory's counts as tiles and charts of what it is made of.
#pragma once

#include "models/itemmodels/eoslfilterproxymodel.h"
#include "ui/dashboard/findingtiles.h"
#include "ui/dashboard/gaptiles.h"
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
struct DashboardData;
class BackgroundLoader;

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
    /// The frozen-systems tiles (gaps by kind, frozen components, acceptances expiring).
    GapTiles *gapTiles() const { return m_gapTiles; }
    /// The figures are being read in the background (the heading says so).
    bool isLoading() const override;
    void setCurrent(bool current) override;

signals:
    /// An EOSL tile was clicked: show the roadmap filtered to it.
    void eoslFilterRequested(const pp::EoslFilterProxyModel::StatusFilter &filter);
    /// A vulnerability tile was clicked: show the Vulnerabilities page filtered to it.
    void findingFilterRequested(pp::FindingTiles::Tile tile);
    /// A frozen-systems tile was clicked: show the frozen-systems register.
    void frozenRegisterRequested();

private:
    void scheduleRefresh();
    void refresh();
    QWidget *addTile(const QString &key, const QString &caption, const QString &hint);
    void showKinds(const InventoryStats &stats);
    void showLifecycle(const InventoryStats &stats);
    /// Shows @p data (all zero when no database is open).
    void showData(const DashboardData &data);

    Workspace *m_workspace;
    MessageBar *m_messages;
    QLabel *m_heading;
    QMap<QString, QLabel *> m_tiles;
    EoslTiles *m_eoslTiles;
    FindingTiles *m_findingTiles;
    GapTiles *m_gapTiles;
    QChartView *m_kindsView;
    QChartView *m_lifecycleView;
    bool m_refreshPending = false;
    BackgroundLoader *m_loader; ///< the figures, read off the GUI thread
    bool m_current = true; ///< shown (setCurrent()); a page used on its own is
    bool m_stale = false;  ///< a refresh was put off while not current
};

} // namespace pp
