#include "ui/dashboard/dashboardpage.h"

#include "ui/widgets/pageparts.h"

#include "models/domain/enums.h"
#include "models/planning/controlrules.h"
#include "models/storage/inventoryrepository.h"
#include "models/itemmodels/backgroundloader.h"
#include "models/itemmodels/backgroundreads.h"
#include "models/workspace.h"
#include "ui/dashboard/eosltiles.h"
#include "ui/widgets/messagebar.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QFileInfo>
#include <QGridLayout>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QLocale>
#include <QPieSeries>
#include <QPieSlice>
#include <QTimer>
#include <QVBoxLayout>
#include <QValueAxis>

namespace pp {
namespace {

QChartView *makeChartView(const QString &title, QWidget *parent)
{
    auto *chart = new QChart;
    chart->setTitle(title);
    QFont titleFont = chart->titleFont();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.1);
    chart->setTitleFont(titleFont);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->legend()->setVisible(false);
    chart->setBackgroundRoundness(4);
    auto *view = new QChartView(chart, parent);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumHeight(280);
    return view;
}

} // namespace

DashboardPage::DashboardPage(Workspace *workspace, QWidget *parent)
    : Page(parent)
    , m_workspace(workspace)
    , m_messages(new MessageBar(this))
    , m_heading(new QLabel(this))
    , m_loader(new BackgroundLoader(this))
{
    setObjectName(QStringLiteral("dashboardPage"));
    PageParts::styleHeading(m_heading);

    auto *tiles = new QGridLayout;
    tiles->setSpacing(12);
    const QList<QWidget *> tileWidgets{
        addTile(QStringLiteral("systems"), tr("Systems"), tr("Business services in the inventory")),
        addTile(QStringLiteral("components"), tr("Components"),
                tr("Products the systems run on or with")),
        addTile(QStringLiteral("instances"), tr("Instances"), tr("Installed copies of the components")),
        addTile(QStringLiteral("frozen"), tr("Frozen systems"),
                tr("Cannot be upgraded; need compensating controls")),
        addTile(QStringLiteral("internet"), tr("Internet-facing systems"),
                tr("Patch these first when an advisory hits")),
        addTile(QStringLiteral("tier1"), tr("Tier 1 systems"), tr("The most critical services")),
    };
    for (int i = 0; i < tileWidgets.size(); ++i)
        tiles->addWidget(tileWidgets.at(i), i / 3, i % 3);

    m_eoslTiles = new EoslTiles(this);
    connect(m_eoslTiles, &EoslTiles::filterRequested, this, &DashboardPage::eoslFilterRequested);
    m_findingTiles = new FindingTiles(this);
    connect(m_findingTiles, &FindingTiles::filterRequested, this,
            &DashboardPage::findingFilterRequested);
    m_gapTiles = new GapTiles(this);
    connect(m_gapTiles, &GapTiles::registerRequested, this,
            [this]() { emit frozenRegisterRequested(); });
    auto *frozenHeading = new QLabel(tr("Frozen systems: controls and risk acceptances"), this);
    auto *vulnHeading = new QLabel(tr("Vulnerabilities"), this);
    auto *eoslHeading = new QLabel(tr("Support lifecycle (EOSL)"), this);
    QFont eoslFont = eoslHeading->font();
    eoslFont.setBold(true);
    eoslHeading->setFont(eoslFont);
    vulnHeading->setFont(eoslFont);
    frozenHeading->setFont(eoslFont);

    m_kindsView = makeChartView(tr("Components by kind"), this);
    m_kindsView->setObjectName(QStringLiteral("kindsChart"));
    m_lifecycleView = makeChartView(tr("Systems by lifecycle state"), this);
    m_lifecycleView->setObjectName(QStringLiteral("lifecycleChart"));
    auto *charts = new QHBoxLayout;
    charts->setSpacing(12);
    charts->addWidget(m_kindsView, 3);
    charts->addWidget(m_lifecycleView, 2);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 16);
    layout->setSpacing(12);
    layout->addWidget(m_heading);
    layout->addWidget(m_messages);
    layout->addLayout(tiles);
    layout->addWidget(vulnHeading);
    layout->addWidget(m_findingTiles);
    layout->addWidget(eoslHeading);
    layout->addWidget(m_eoslTiles);
    layout->addWidget(frozenHeading);
    layout->addWidget(m_gapTiles);
    layout->addLayout(charts, 1);

    connect(m_loader, &BackgroundLoader::loadingChanged, this, &Page::loadingChanged);
    connect(m_workspace, &Workspace::databaseChanged, this, [this]() {
        showData(DashboardData{}); // never the last database's figures
        scheduleRefresh();
    });
    connect(m_workspace, &Workspace::systemsChanged, this, &DashboardPage::scheduleRefresh);
    connect(m_workspace, &Workspace::componentsChanged, this, &DashboardPage::scheduleRefresh);
    connect(m_workspace, &Workspace::lifecycleChanged, this, &DashboardPage::scheduleRefresh);
    connect(m_workspace, &Workspace::vulnerabilitiesChanged, this,
            &DashboardPage::scheduleRefresh);
    connect(m_workspace, &Workspace::findingsChanged, this, &DashboardPage::scheduleRefresh);
    connect(m_workspace, &Workspace::controlsChanged, this, &DashboardPage::scheduleRefresh);
    refresh();
}

QWidget *DashboardPage::addTile(const QString &key, const QString &caption, const QString &hint)
{
    auto *tile = new QFrame(this);
    tile->setObjectName(QStringLiteral("tile"));
    tile->setFrameShape(QFrame::StyledPanel);
    tile->setStyleSheet(QStringLiteral(
        "QFrame#tile { background: palette(base); border: 1px solid palette(mid); "
        "border-radius: 6px; }"));
    tile->setToolTip(hint);
    auto *value = new QLabel(QStringLiteral("\u2013"), tile);
    value->setObjectName(QStringLiteral("tileValue_%1").arg(key));
    QFont valueFont = value->font();
    valueFont.setPointSizeF(valueFont.pointSizeF() * 2.2);
    valueFont.setBold(true);
    value->setFont(valueFont);
    auto *label = new QLabel(caption, tile);
    auto *hintLabel = new QLabel(hint, tile);
    hintLabel->setForegroundRole(QPalette::PlaceholderText);
    hintLabel->setWordWrap(true);
    auto *layout = new QVBoxLayout(tile);
    layout->setContentsMargins(14, 10, 14, 10);
    layout->setSpacing(2);
    layout->addWidget(value);
    layout->addWidget(label);
    layout->addWidget(hintLabel);
    m_tiles.insert(key, value);
    return tile;
}

QString DashboardPage::tileValue(const QString &key) const
{
    const QLabel *label = m_tiles.value(key);
    return label ? label->text() : QString();
}

void DashboardPage::scheduleRefresh()
{
    // Several facts arrive together (a delete changes systems, components and the trail).
    if (m_refreshPending)
        return;
    m_refreshPending = true;
    QTimer::singleShot(0, this, &DashboardPage::refresh);
}

void DashboardPage::refresh()
{
    m_refreshPending = false;
    if (!m_current && m_workspace->isOpen()) {
        m_loader->cancel();
        m_stale = true;
        return;
    }
    m_stale = false;
    if (!m_workspace->isOpen()) {
        m_loader->cancel();
        m_heading->setText(tr("No database is open"));
        m_messages->showMessage(tr("Open a database with File \u2192 Open database, or create one "
                                   "with File \u2192 New database."),
                                MessageBar::Type::Information);
        showData(DashboardData{});
        return;
    }
    // Counting a large estate (100,000 components, a million findings) takes a while: read on a
    // worker; the last figures stay until the new ones arrive, and the heading says so.
    const QString name = QFileInfo(m_workspace->location()).fileName();
    m_heading->setText(tr("Inventory of %1 (loading\u2026)").arg(name));
    m_loader->load<DashboardData>(
        m_workspace, BackgroundReads::dashboard(m_workspace->today()),
        [this, name](Result<DashboardData> data) {
            m_heading->setText(tr("Inventory of %1").arg(name));
            if (!data) {
                m_messages->showMessage(data.error().message, MessageBar::Type::Error);
                return;
            }
            m_messages->dismiss();
            showData(*data);
        });
}

bool DashboardPage::isLoading() const
{
    // A refresh about to start counts: the figures shown are not the current ones.
    return (m_refreshPending && m_current && m_workspace->isOpen()) || m_loader->isLoading();
}

void DashboardPage::setCurrent(bool current)
{
    m_current = current;
    if (m_current && m_stale)
        refresh();
}

void DashboardPage::showData(const DashboardData &data)
{
    const InventoryStats &stats = data.stats;
    const QLocale locale;
    const QMap<QString, int> values{
        {QStringLiteral("systems"), stats.systems},
        {QStringLiteral("components"), stats.components},
        {QStringLiteral("instances"), stats.componentInstances},
        {QStringLiteral("frozen"), stats.frozenSystems},
        {QStringLiteral("internet"), stats.internetFacingSystems},
        {QStringLiteral("tier1"), stats.tier1Systems},
    };
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        m_tiles.value(it.key())->setText(locale.toString(it.value()));
    showKinds(stats);
    showLifecycle(stats);
    m_eoslTiles->showStats(data.eosl, data.horizons);
    m_findingTiles->showCounts(data.findings);
    m_gapTiles->showCounts(data.gaps, data.frozen, data.expiring);
}

void DashboardPage::showKinds(const InventoryStats &stats)
{
    QChart *chart = m_kindsView->chart();
    chart->removeAllSeries();
    for (QAbstractAxis *axis : chart->axes())
        chart->removeAxis(axis);

    // Kinds from the bottom up in display order, so the first kind is the top bar.
    QStringList categories;
    auto *set = new QBarSet(tr("Components"));
    set->setColor(QColor(0x3b, 0x7d, 0xd8));
    set->setLabelColor(palette().color(QPalette::Text));
    const QList<ComponentKind> kinds = allValues<ComponentKind>();
    int maximum = 0;
    for (auto it = kinds.crbegin(); it != kinds.crend(); ++it) {
        const int n = stats.componentsByKind.value(toKey(*it));
        categories << displayName(*it);
        *set << n;
        maximum = qMax(maximum, n);
    }
    auto *series = new QHorizontalBarSeries;
    series->append(set);
    series->setLabelsVisible(true);
    series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    series->setBarWidth(0.7);
    chart->addSeries(series);

    auto *axisY = new QBarCategoryAxis;
    axisY->append(categories);
    axisY->setGridLineVisible(false);
    chart->addAxis(axisY, Qt::AlignLeft);
    series->attachAxis(axisY);
    auto *axisX = new QValueAxis;
    // Room for the labels after the longest bar; whole numbers only.
    const int top = qMax(5, int(maximum * 1.15) + 1);
    axisX->setRange(0, top);
    axisX->setLabelFormat(QStringLiteral("%d"));
    axisX->setTickCount(qMin(top, 5) + 1);
    axisX->applyNiceNumbers();
    chart->addAxis(axisX, Qt::AlignBottom);
    series->attachAxis(axisX);
}

void DashboardPage::showLifecycle(const InventoryStats &stats)
{
    QChart *chart = m_lifecycleView->chart();
    chart->removeAllSeries();
    // Active, frozen (needs attention), retiring, retired.
    const QList<QColor> colours{QColor(0x4c, 0xa8, 0x6b), QColor(0xe0, 0x9b, 0x2d),
                                QColor(0x3b, 0x7d, 0xd8), QColor(0x9a, 0x9a, 0x9a)};
    auto *series = new QPieSeries;
    series->setHoleSize(0.45);
    const QList<LifecycleState> states = allValues<LifecycleState>();
    for (int i = 0; i < states.size(); ++i) {
        const int n = stats.systemsByLifecycle.value(toKey(states.at(i)));
        if (n == 0)
            continue;
        QPieSlice *slice = series->append(tr("%1: %2").arg(displayName(states.at(i))).arg(n), n);
        slice->setColor(colours.value(i % colours.size()));
    }
    chart->addSeries(series);
    // A legend rather than slice labels: small slices' labels would overlap.
    chart->legend()->setVisible(true);
    chart->legend()->setAlignment(Qt::AlignRight);
}

} // namespace pp
