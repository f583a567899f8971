#include "ui/roadmap/roadmappage.h"

#include "models/itemmodels/eosltablemodel.h"
#include "models/workerpool.h"
#include "models/workspace.h"
#include "ui/roadmap/roadmapchart.h"
#include "ui/widgets/listexport.h"
#include "ui/widgets/messagebar.h"
#include "ui/widgets/printing.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDateTime>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>
#include <QtConcurrent>

#include <algorithm>

namespace pp {
namespace {

QString legendHtml()
{
    const auto swatch = [](const QString &color, const QString &text, bool hatched = false) {
        return QStringLiteral("<span style='background:%1;color:%1;%3'>&nbsp;&nbsp;&nbsp;&nbsp;"
                              "</span>&nbsp;%2&nbsp;&nbsp;&nbsp;")
            .arg(color, text.toHtmlEscaped(),
                 hatched ? QStringLiteral("border:1px dashed #616161;") : QString());
    };
    return swatch(QStringLiteral("#43a047"), RoadmapPage::tr("Active support"))
        + swatch(QStringLiteral("#f9a825"), RoadmapPage::tr("Security fixes only"))
        + swatch(QStringLiteral("#8e44ad"), RoadmapPage::tr("Extended support"))
        + swatch(QStringLiteral("#c8c8c8"), RoadmapPage::tr("Unknown (hatched)"), true)
        + swatch(QStringLiteral("#ffd59a"), RoadmapPage::tr("Horizons after today"))
        + QStringLiteral("<span style='color:#d32f2f'><b>|</b></span>&nbsp;")
        + RoadmapPage::tr("Today / EOSL tick in the status colour").toHtmlEscaped();
}

QString tooltipFor(const EoslItem &item, const LifecycleHorizons &horizons)
{
    const LifecycleRow &r = item.row;
    const ComponentLifecycle &l = r.lifecycle;
    QString decision = displayName(r.decision.decision);
    if (item.needsDecision)
        decision = RoadmapPage::tr("needed, none taken");
    return RoadmapPage::tr("<b>%1 %2</b> on %3<br>Released: %4<br>Active support until: %5<br>"
                           "EOSL: %6<br>Extended support until: %7%8<br>Status: %9<br>"
                           "Decision: %10")
        .arg(r.component.product.toHtmlEscaped(), r.component.version.toHtmlEscaped(),
             r.systemCode.toHtmlEscaped(),
             l.releaseDate.value.isValid() ? l.releaseDate.value.toString(Qt::ISODate)
                                           : EoslTableModel::supportEndText({}),
             EoslTableModel::supportEndText(l.activeSupport.value),
             EoslTableModel::supportEndText(l.securitySupport.value),
             EoslTableModel::supportEndText(l.extendedSupport.value),
             l.extendedContract ? RoadmapPage::tr(" (contract)") : QString(),
             displayName(item.assessment.status, horizons), decision.toHtmlEscaped());
}

} // namespace

RoadmapPage::RoadmapPage(Workspace *workspace, QWidget *parent)
    : Page(parent)
    , m_workspace(workspace)
    , m_model(new EoslTableModel(workspace, this))
    , m_proxy(new EoslFilterProxyModel(this))
    , m_messages(new MessageBar(this))
    , m_legend(new QLabel(this))
    , m_scroll(new QScrollArea(this))
    , m_chart(new RoadmapChartView)
    , m_table(new QTableView(this))
    , m_rebuildTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("roadmapPage"));
    m_proxy->setSourceModel(m_model);

    m_legend->setTextFormat(Qt::RichText);
    m_legend->setText(legendHtml());
    m_legend->setWordWrap(true);

    m_scroll->setWidget(m_chart);
    m_chart->setToolTipSource([this](int row) { return toolTipOf(row); });
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::StyledPanel);
    m_scroll->setMinimumWidth(520);

    m_table->setObjectName(QStringLiteral("roadmapTable"));
    m_table->setModel(m_proxy);
    ListExport::installContextMenu(m_table, this, m_messages);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(EoslTableModel::EoslColumn, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(RoadmapChartView::kRowHeight);
    // Sized once to the first rows (sizeColumns()), then the user's: sized to the contents on
    // every change, 100,000 rows held the window for 50-100 ms each time (issue 9).
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setResizeContentsPrecision(200);
    m_table->horizontalHeader()->setStretchLastSection(true);
    for (int c : {EoslTableModel::KindColumn, EoslTableModel::EolProductColumn,
                  EoslTableModel::EolCycleColumn, EoslTableModel::ReleaseColumn,
                  EoslTableModel::ActiveSupportColumn, EoslTableModel::ExtendedSupportColumn})
        m_table->setColumnHidden(c, true);

    // Most telling columns first: status, EOSL, days left and decision beside the system.
    QHeaderView *header = m_table->horizontalHeader();
    int to = 1;
    for (int c : {EoslTableModel::StatusColumn, EoslTableModel::EoslColumn,
                  EoslTableModel::DaysLeftColumn, EoslTableModel::DecisionColumn})
        header->moveSection(header->visualIndex(c), to++);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("roadmapSplitter"));
    splitter->addWidget(m_scroll);
    splitter->addWidget(m_table);
    splitter->setStretchFactor(0, 5);
    splitter->setStretchFactor(1, 3);
    splitter->setSizes({1000, 560});

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 8, 12, 8);
    layout->setSpacing(6);
    layout->addWidget(m_messages);
    layout->addWidget(createFilterBar());
    auto *legendRow = new QHBoxLayout;
    legendRow->addWidget(m_legend, 1);
    legendRow->addWidget(m_countLabel);
    legendRow->addWidget(m_openButton);
    layout->addLayout(legendRow);
    layout->addWidget(splitter, 1);

    m_rebuildTimer->setSingleShot(true);
    m_rebuildTimer->setInterval(0);
    connect(m_rebuildTimer, &QTimer::timeout, this, &RoadmapPage::rebuildBars);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &RoadmapPage::scheduleRebuild);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &RoadmapPage::scheduleRebuild);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &RoadmapPage::scheduleRebuild);
    connect(m_proxy, &QAbstractItemModel::dataChanged, this, &RoadmapPage::scheduleRebuild);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &RoadmapPage::scheduleRebuild);
    connect(m_model, &EoslTableModel::choicesChanged, this, &RoadmapPage::refillFilterChoices);
    connect(m_model, &RecordTableModel::loadFailed, this, [this](const QString &message) {
        m_messages->showMessage(message, MessageBar::Type::Error);
    });
    connect(m_model, &EoslTableModel::loadingChanged, this, [this](bool loading) {
        if (loading)
            m_countLabel->setText(tr("loading\u2026"));
        else
            scheduleRebuild();
        updateLoading();
    });
    connect(m_chart, &RoadmapChartView::rowClicked, this, &RoadmapPage::chartRowClicked);
    connect(m_chart, &RoadmapChartView::rowDoubleClicked, this, [this](int row) {
        chartRowClicked(row);
        if (const qint64 id = selectedComponent())
            emit openComponentRequested(id);
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &RoadmapPage::tableSelectionChanged);
    connect(m_table, &QTableView::doubleClicked, this, [this]() {
        if (const qint64 id = selectedComponent())
            emit openComponentRequested(id);
    });
    refillFilterChoices();
    rebuildBars();
}

QWidget *RoadmapPage::createFilterBar()
{
    auto *bar = new QWidget(this);
    auto *rows = new QVBoxLayout(bar);
    rows->setContentsMargins(0, 0, 0, 0);
    auto *row = new QHBoxLayout;
    rows->addLayout(row);
    const auto label = [bar](const QString &text, QWidget *buddy) {
        auto *l = new QLabel(text, bar);
        l->setBuddy(buddy);
        return l;
    };

    m_groupCombo = new QComboBox(bar);
    m_groupCombo->setObjectName(QStringLiteral("groupByCombo"));
    m_groupCombo->addItem(tr("System"), int(Grouping::BySystem));
    m_groupCombo->addItem(tr("Product cycle"), int(Grouping::ByProduct));
    m_statusCombo = new QComboBox(bar);
    m_statusCombo->setObjectName(QStringLiteral("statusFilter"));
    m_statusCombo->addItem(tr("All statuses"), -1);
    for (EoslStatus s : {EoslStatus::Past, EoslStatus::Within30, EoslStatus::Within90,
                         EoslStatus::Within180, EoslStatus::Within365, EoslStatus::Supported,
                         EoslStatus::Unknown})
        m_statusCombo->addItem(displayName(s, m_model->horizons()), int(s));
    m_statusCombo->addItem(tr("Needs a decision"), 100);
    m_systemCombo = new QComboBox(bar);
    m_systemCombo->setObjectName(QStringLiteral("systemFilter"));
    m_ownerCombo = new QComboBox(bar);
    m_ownerCombo->setObjectName(QStringLiteral("ownerFilter"));
    m_kindCombo = new QComboBox(bar);
    m_kindCombo->setObjectName(QStringLiteral("kindFilter"));
    m_kindCombo->addItem(tr("All kinds"), -1);
    for (ComponentKind k : allValues<ComponentKind>())
        m_kindCombo->addItem(displayName(k), int(k));
    m_filterEdit = new QLineEdit(bar);
    m_filterEdit->setObjectName(QStringLiteral("roadmapFilter"));
    m_filterEdit->setPlaceholderText(tr("Filter\u2026"));
    m_filterEdit->setClearButtonEnabled(true);
    m_filterEdit->setMinimumWidth(140);
    m_fromEdit = new QDateEdit(bar);
    m_fromEdit->setObjectName(QStringLiteral("rangeFrom"));
    m_toEdit = new QDateEdit(bar);
    m_toEdit->setObjectName(QStringLiteral("rangeTo"));
    for (QDateEdit *e : {m_fromEdit, m_toEdit}) {
        e->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        e->setCalendarPopup(true);
    }
    m_resetZoomButton = new QPushButton(tr("Reset zoom"), bar);
    m_openButton = new QPushButton(tr("Open component"), bar);
    m_openButton->setObjectName(QStringLiteral("openComponentButton"));
    m_openButton->setEnabled(false);
    m_exportPdfButton = new QPushButton(tr("E&xport PDF…"), bar);
    m_exportPdfButton->setObjectName(QStringLiteral("roadmapExportPdfButton"));
    m_exportPdfButton->setToolTip(tr("The chart and the table as shown, with counts per status, "
                                     "as a PDF"));
    m_printButton = new QPushButton(tr("Print previe&w…"), bar);
    m_printButton->setObjectName(QStringLiteral("roadmapPrintButton"));
    connect(m_exportPdfButton, &QPushButton::clicked, this, &RoadmapPage::exportPdf);
    connect(m_printButton, &QPushButton::clicked, this, &RoadmapPage::printRoadmap);
    m_countLabel = new QLabel(bar);
    m_countLabel->setObjectName(QStringLiteral("roadmapCount"));

    // Two rows, so that the window fits a 1366-pixel screen in every language; long system and
    // owner names do not widen their combo boxes (the open list shows them whole).
    for (QComboBox *c : {m_systemCombo, m_ownerCombo}) {
        c->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        c->setMinimumContentsLength(16);
    }
    row->addWidget(label(tr("&Group by:"), m_groupCombo));
    row->addWidget(m_groupCombo);
    row->addWidget(label(tr("&Status:"), m_statusCombo));
    row->addWidget(m_statusCombo);
    row->addWidget(m_systemCombo);
    row->addWidget(m_ownerCombo);
    row->addWidget(m_kindCombo);
    row->addStretch(1);
    auto *second = new QHBoxLayout;
    second->addWidget(m_filterEdit, 1);
    second->addWidget(label(tr("Fro&m:"), m_fromEdit));
    second->addWidget(m_fromEdit);
    second->addWidget(label(tr("t&o:"), m_toEdit));
    second->addWidget(m_toEdit);
    second->addWidget(m_resetZoomButton);
    // Printing sits with the date range it follows; the first row and the legend row are as
    // wide as a 1366-pixel screen allows already.
    second->addWidget(m_exportPdfButton);
    second->addWidget(m_printButton);
    rows->addLayout(second);

    connect(m_groupCombo, &QComboBox::currentIndexChanged, this, &RoadmapPage::scheduleRebuild);
    for (QComboBox *c : {m_statusCombo, m_systemCombo, m_ownerCombo, m_kindCombo})
        connect(c, &QComboBox::currentIndexChanged, this, &RoadmapPage::applyChoiceFilters);
    connect(m_filterEdit, &QLineEdit::textChanged, m_proxy, &EoslFilterProxyModel::setFilterText);
    connect(m_fromEdit, &QDateEdit::dateChanged, this, &RoadmapPage::applyDateRange);
    connect(m_toEdit, &QDateEdit::dateChanged, this, &RoadmapPage::applyDateRange);
    connect(m_resetZoomButton, &QPushButton::clicked, this, &RoadmapPage::resetDateRange);
    connect(m_openButton, &QPushButton::clicked, this, [this]() {
        if (const qint64 id = selectedComponent())
            emit openComponentRequested(id);
    });
    resetDateRange();
    return bar;
}

void RoadmapPage::focusFilter()
{
    m_filterEdit->setFocus(Qt::ShortcutFocusReason);
    m_filterEdit->selectAll();
}

void RoadmapPage::saveState(QSettings &settings) const
{
    settings.setValue(QStringLiteral("roadmap/grouping"), m_groupCombo->currentIndex());
    settings.setValue(QStringLiteral("roadmap/table"), m_table->horizontalHeader()->saveState());
}

void RoadmapPage::restoreState(const QSettings &settings)
{
    m_groupCombo->setCurrentIndex(settings.value(QStringLiteral("roadmap/grouping"), 0).toInt());
    QHeaderView *header = m_table->horizontalHeader();
    if (header->restoreState(settings.value(QStringLiteral("roadmap/table")).toByteArray())) {
        // The user's widths; a state saved before they were (sized to contents) is made so.
        header->setSectionResizeMode(QHeaderView::Interactive);
        m_columnsSized = true;
    }
}

void RoadmapPage::sizeColumns()
{
    // Once, to the first rows shown; a hidden view measures nothing.
    if (m_columnsSized || !m_table->isVisible() || m_proxy->rowCount() == 0)
        return;
    m_columnsSized = true;
    m_table->resizeColumnsToContents();
}

void RoadmapPage::showEvent(QShowEvent *event)
{
    Page::showEvent(event);
    sizeColumns();
}

void RoadmapPage::setStatusFilter(const EoslFilterProxyModel::StatusFilter &filter)
{
    int data = -1;
    if (filter.needsDecision)
        data = 100;
    else if (filter.status)
        data = int(*filter.status);
    m_statusCombo->setCurrentIndex(qMax(0, m_statusCombo->findData(data)));
    applyChoiceFilters();
}

void RoadmapPage::setGrouping(Grouping g)
{
    m_groupCombo->setCurrentIndex(m_groupCombo->findData(int(g)));
    rebuildBars();
}

void RoadmapPage::applyChoiceFilters()
{
    EoslFilterProxyModel::StatusFilter status;
    const int s = m_statusCombo->currentData().toInt();
    if (s == 100)
        status.needsDecision = true;
    else if (s >= 0)
        status.status = EoslStatus(s);
    m_proxy->setStatusFilter(status);
    m_proxy->setSystemFilter(m_systemCombo->currentData().toLongLong());
    m_proxy->setOwnerFilter(m_ownerCombo->currentData().toString());
    m_proxy->setKindFilter(m_kindCombo->currentData().toInt());
    rebuildBars(); // now, not after the next change: the chart follows the table
}

void RoadmapPage::refillFilterChoices()
{
    // Systems and owners as the rows name them, gathered where the rows were read.
    const auto refill = [](QComboBox *combo, const QString &all, const QList<QPair<QString,
                           QVariant>> &items, const QVariant &none) {
        const QVariant current = combo->currentData();
        const QSignalBlocker blocker(combo);
        combo->clear();
        combo->addItem(all, none);
        for (const auto &item : items)
            combo->addItem(item.first, item.second);
        combo->setCurrentIndex(qMax(0, combo->findData(current)));
    };
    QList<QPair<QString, QVariant>> systemItems;
    for (const auto &[code, id] : m_model->systemChoices())
        systemItems.append({code, id});
    QList<QPair<QString, QVariant>> ownerItems;
    for (const QString &o : m_model->ownerChoices())
        ownerItems.append({o, o});
    refill(m_systemCombo, tr("All systems"), systemItems, qint64(0));
    refill(m_ownerCombo, tr("All owners"), ownerItems, QString());
    // Status names follow the horizons' lengths.
    for (int i = 0; i < m_statusCombo->count(); ++i) {
        const int s = m_statusCombo->itemData(i).toInt();
        if (s >= 0 && s < 100)
            m_statusCombo->setItemText(i, displayName(EoslStatus(s), m_model->horizons()));
    }
}

void RoadmapPage::scheduleRebuild()
{
    m_rebuildTimer->start();
    updateLoading();
}

bool RoadmapPage::isLoading() const
{
    // Until the chart is grouped, it does not show the rows read yet.
    return m_model->isLoading() || m_rebuildTimer->isActive() || m_grouping;
}

void RoadmapPage::updateLoading()
{
    const bool loading = isLoading();
    if (loading == m_reportedLoading)
        return;
    m_reportedLoading = loading;
    emit loadingChanged(loading);
}

void RoadmapPage::setCurrent(bool current)
{
    // Not shown, every component's lifecycle is not read; shown, it catches up.
    m_model->setActive(current);
}

void RoadmapPage::rebuildBars()
{
    m_rebuildTimer->stop();
    sizeColumns();
    QList<int> rows;
    rows.reserve(m_proxy->rowCount());
    for (int r = 0; r < m_proxy->rowCount(); ++r)
        rows << m_proxy->mapToSource(m_proxy->index(r, 0)).row();
    const auto grouping = Grouping(m_groupCombo->currentData().toInt()) == Grouping::BySystem
        ? RoadmapGrouping::BySystem
        : RoadmapGrouping::ByProduct;
    // Grouped on a worker: sorting 100,000 components and wording their labels reads every
    // one of them, longer than a frame. The worker reads a shared copy of the rows, which the
    // model's changes meanwhile leave as it is; a result overtaken by a later rebuild is dropped.
    const quint64 generation = ++m_rebuildGeneration;
    m_grouping = true;
    updateLoading();
    auto *watcher = new QFutureWatcher<QList<RoadmapBar>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation, rows]() {
        watcher->deleteLater();
        if (generation != m_rebuildGeneration)
            return;
        m_grouping = false;
        applyBars(watcher->result(), rows);
        updateLoading();
    });
    watcher->setFuture(QtConcurrent::run(
        workerPool(), [entries = m_model->entries(), rows, grouping]() mutable {
            QList<const EoslItem *> items;
            items.reserve(rows.size());
            for (int r : std::as_const(rows))
                items << &entries.at(r).item;
            QList<RoadmapBar> bars = roadmapRows(items, grouping);
            items.clear();
            entries = {}; // should the model have changed meanwhile, the old rows go here
            return bars;
        }));
}

void RoadmapPage::applyBars(const QList<RoadmapRow> &bars, QList<int> rows)
{
    const qint64 selected = selectedComponent();
    // The tooltips are worded when asked for (toolTipOf()): an estate has thousands of rows.
    m_barRows = std::move(rows);
    m_barHorizons = m_model->horizons();
    m_chart->setToday(m_model->today());
    m_chart->setHorizons(m_barHorizons);
    m_chart->setBars(bars);
    m_countLabel->setText(m_model->isLoading()
                              ? tr("loading\u2026")
                              : tr("%n component(s)", nullptr, int(m_barRows.size())));
    if (selected)
        selectComponent(selected);
    tableSelectionChanged(); // the chart's highlight follows the table
}

QString RoadmapPage::toolTipOf(int row) const
{
    const QList<RoadmapBar> &bars = m_chart->bars();
    if (row < 0 || row >= bars.size() || bars.at(row).items.isEmpty())
        return {};
    const RoadmapBar &bar = bars.at(row);
    // The model row each bar item came from; should the model have changed since (its rebuild
    // is on its way), the component is looked up by its id.
    const auto itemOf = [&](int i) -> const EoslItem * {
        const qint64 id = bar.componentIds.value(i);
        int modelRow = m_barRows.value(bar.items.at(i), -1);
        if (modelRow < 0 || modelRow >= m_model->rowCount()
            || m_model->itemAt(modelRow).row.component.id != id)
            modelRow = m_model->rowOf(id);
        return modelRow < 0 ? nullptr : &m_model->itemAt(modelRow);
    };
    const EoslItem *first = itemOf(0);
    if (!first)
        return {};
    QString text = tooltipFor(*first, m_barHorizons);
    for (int i = 1; i < bar.items.size(); ++i) {
        if (const EoslItem *item = itemOf(i))
            text += tr("<br>%1 on %2").arg(item->row.component.label().toHtmlEscaped(),
                                           item->row.systemCode.toHtmlEscaped());
    }
    return text;
}

void RoadmapPage::applyDateRange()
{
    if (m_fromEdit->date() < m_toEdit->date())
        m_chart->setDateRange(m_fromEdit->date(), m_toEdit->date());
}

void RoadmapPage::resetDateRange()
{
    const QDate today = m_model->today();
    const QSignalBlocker b1(m_fromEdit);
    const QSignalBlocker b2(m_toEdit);
    m_fromEdit->setDate(today.addYears(-4));
    m_toEdit->setDate(today.addYears(6));
    applyDateRange();
}

void RoadmapPage::chartRowClicked(int row)
{
    if (row < 0 || row >= m_chart->bars().size())
        return;
    const QList<qint64> ids = m_chart->bars().at(row).componentIds;
    if (!ids.isEmpty())
        selectComponent(ids.first());
}

void RoadmapPage::selectComponent(qint64 id)
{
    const int sourceRow = m_model->rowOf(id);
    if (sourceRow < 0)
        return;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(sourceRow, 0));
    if (!index.isValid())
        return;
    m_table->selectionModel()->select(index, QItemSelectionModel::ClearAndSelect
                                                 | QItemSelectionModel::Rows);
    m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::NoUpdate);
    m_table->scrollTo(index);
}

qint64 RoadmapPage::selectedComponent() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? 0 : rows.first().data(IdRole).toLongLong();
}

void RoadmapPage::tableSelectionChanged()
{
    const qint64 id = selectedComponent();
    m_openButton->setEnabled(id != 0);
    int barRow = -1;
    for (int i = 0; i < m_chart->bars().size() && id; ++i) {
        if (m_chart->bars().at(i).componentIds.contains(id)) {
            barRow = i;
            break;
        }
    }
    m_chart->setSelectedRow(barRow);
    if (barRow >= 0) {
        const int y = 52 + barRow * RoadmapChartView::kRowHeight;
        m_scroll->ensureVisible(0, y, 0, RoadmapChartView::kRowHeight * 2);
    }
}

RoadmapDocumentData RoadmapPage::documentData() const
{
    RoadmapDocumentData data;
    data.items.reserve(m_proxy->rowCount());
    for (int r = 0; r < m_proxy->rowCount(); ++r)
        data.items << m_model->itemAt(m_proxy->mapToSource(m_proxy->index(r, 0)).row());
    data.horizons = m_model->horizons();
    data.today = m_model->today();
    data.filter = m_proxy->roadmapFilter();
    if (data.filter.systemId != 0)
        data.filter.systemCode = m_systemCombo->currentText(); // for the words on the PDF
    data.totalComponents = m_model->rowCount();
    data.generatedAt = QDateTime::currentDateTime();
    data.generatedBy = m_workspace->actor();
    return data;
}

RoadmapDocumentOptions RoadmapPage::documentOptions() const
{
    RoadmapDocumentOptions options;
    options.grouping = Grouping(m_groupCombo->currentData().toInt()) == Grouping::BySystem
        ? RoadmapGrouping::BySystem
        : RoadmapGrouping::ByProduct;
    if (m_fromEdit->date() < m_toEdit->date()) {
        options.chartFrom = m_fromEdit->date();
        options.chartTo = m_toEdit->date();
    }
    return options;
}

void RoadmapPage::exportPdf()
{
    const RoadmapDocumentData data = documentData();
    const RoadmapDocumentOptions options = documentOptions();
    pp::exportPdf(this, tr("Export roadmap as PDF"),
                  tr("eosl-roadmap-%1.pdf").arg(data.today.toString(Qt::ISODate)), options.setup,
                  [data, options]() { return roadmapDocument(data, options); },
                  [this](const PrintOutcome &outcome) { showOutcome(m_messages, outcome); });
}

void RoadmapPage::printRoadmap()
{
    const RoadmapDocumentData data = documentData();
    const RoadmapDocumentOptions options = documentOptions();
    printPreview(this, tr("Print roadmap"), options.setup,
                 [data, options]() { return roadmapDocument(data, options); });
}

QAbstractItemView *RoadmapPage::exportView() const
{
    return m_table;
}

QString RoadmapPage::exportName() const
{
    return tr("eosl-roadmap", "file name of an exported list");
}

} // namespace pp
