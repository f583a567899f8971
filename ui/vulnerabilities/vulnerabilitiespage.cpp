#include "ui/vulnerabilities/vulnerabilitiespage.h"

#include "models/itemmodels/backgroundloader.h"
#include "models/itemmodels/backgroundreads.h"
#include "models/itemmodels/filterproxymodel.h"
#include "models/itemmodels/findingtablemodel.h"
#include "models/itemmodels/vulntablemodel.h"
#include "models/workspace.h"
#include "ui/inventory/tableviews.h"
#include "ui/controls/acceptancedialog.h"
#include "ui/vulnerabilities/triagedialog.h"
#include "ui/vulnerabilities/vulnerabilitydetail.h"
#include "ui/widgets/listexport.h"
#include "ui/widgets/messagebar.h"
#include "ui/widgets/pageparts.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDesktopServices>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <QScrollBar>
#include <QSet>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QUrl>
#include <QVBoxLayout>

#include <algorithm>
#include <memory>

namespace pp {
namespace {

constexpr int kDefaultStates = -1; ///< state combo: the default view
constexpr int kAllStates = -2;     ///< state combo: every state, suppressed ones included

QList<qint64> selectedIds(const QTableView *view)
{
    QList<qint64> ids;
    if (!view->selectionModel())
        return ids;
    const QModelIndexList rows = view->selectionModel()->selectedRows();
    ids.reserve(rows.size());
    for (const QModelIndex &i : rows)
        ids << i.data(IdRole).toLongLong();
    return ids;
}

/// Selects the rows of @p view whose IdRole is in @p ids, in one selection change.
void selectIds(QTableView *view, const QList<qint64> &ids, bool scroll)
{
    QAbstractItemModel *model = view->model();
    const QSet<qint64> wanted(ids.cbegin(), ids.cend());
    QItemSelection selection;
    QModelIndex first;
    const int columns = model->columnCount();
    for (int row = 0; row < model->rowCount() && !wanted.isEmpty(); ++row) {
        const QModelIndex index = model->index(row, 0);
        if (!wanted.contains(index.data(IdRole).toLongLong()))
            continue;
        if (!first.isValid())
            first = index;
        selection.select(index, model->index(row, columns - 1));
    }
    view->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
    if (first.isValid()) {
        view->selectionModel()->setCurrentIndex(first, QItemSelectionModel::NoUpdate);
        if (scroll)
            view->scrollTo(first);
    }
}

/// The models reset on every reload (thousands of rows): the selection (by id), the current
/// row and the scroll position are put back afterwards.
void keepSelectionAcrossResets(QTableView *view)
{
    struct Kept
    {
        QList<qint64> ids;
        int scroll = 0;
    };
    auto kept = std::make_shared<Kept>();
    QAbstractItemModel *model = view->model();
    QObject::connect(model, &QAbstractItemModel::modelAboutToBeReset, view, [view, kept]() {
        kept->ids = selectedIds(view);
        kept->scroll = view->verticalScrollBar()->value();
    });
    QObject::connect(model, &QAbstractItemModel::modelReset, view, [view, kept]() {
        if (!kept->ids.isEmpty())
            selectIds(view, kept->ids, false);
        view->verticalScrollBar()->setValue(kept->scroll);
        kept->ids.clear();
    });
}

QLabel *emptyLabel(const QString &name, QWidget *parent)
{
    auto *l = new QLabel(parent);
    l->setObjectName(name);
    l->setAlignment(Qt::AlignCenter);
    l->setWordWrap(true);
    l->setTextFormat(Qt::PlainText);
    l->setMargin(24);
    return l;
}

} // namespace

VulnerabilitiesPage::VulnerabilitiesPage(Workspace *workspace, QWidget *parent)
    : Page(parent)
    , m_workspace(workspace)
    , m_messages(new MessageBar(this))
    , m_tabs(new QTabWidget(this))
    , m_vulnModel(new VulnTableModel(workspace, this))
    , m_vulnProxy(new FilterProxyModel(this))
    , m_vulnTextTimer(new QTimer(this))
    , m_findingModel(new FindingTableModel(workspace, this))
    , m_findingProxy(new FilterProxyModel(this))
    , m_triageAction(new QAction(tr("Triage\u2026"), this))
    , m_acceptanceButton(nullptr)
    , m_acceptanceAction(new QAction(tr("Request risk acceptance…"), this))
    , m_countLoader(new BackgroundLoader(this))
    , m_findingTextTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("vulnerabilitiesPage"));
    m_vulnProxy->setSourceModel(m_vulnModel);
    m_vulnProxy->setSortRole(SortRole);
    m_findingProxy->setSourceModel(m_findingModel);
    m_findingProxy->setSortRole(SortRole);

    m_tabs->setObjectName(QStringLiteral("vulnerabilityTabs"));
    m_tabs->addTab(createVulnerabilitiesTab(), tr("&By vulnerability"));
    m_tabs->addTab(createFindingsTab(), tr("Fi&ndings"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 8, 12, 8);
    layout->setSpacing(6);
    layout->addWidget(m_messages);
    layout->addWidget(m_tabs, 1);

    const auto failed = [this](const QString &message) {
        m_messages->showMessage(message, MessageBar::Type::Error);
    };
    connect(m_vulnModel, &VulnTableModel::loadFailed, this, failed);
    connect(m_findingModel, &FindingTableModel::loadFailed, this, failed);
    connect(m_detail, &VulnerabilityDetail::loadFailed, this, failed);
    connect(m_detail, &VulnerabilityDetail::referenceActivated, this,
            &VulnerabilitiesPage::openReference);

    connect(workspace, &Workspace::vulnerabilitiesChanged, m_detail, &VulnerabilityDetail::reload);
    connect(workspace, &Workspace::findingsChanged, m_detail, &VulnerabilityDetail::reload);
    connect(workspace, &Workspace::databaseChanged, this, [this]() {
        refillSystems();
        m_detail->setVulnerability(0);
        updateActions(); // the models reload themselves
    });
    connect(workspace, &Workspace::systemsChanged, this, &VulnerabilitiesPage::refillSystems);
    // The lists load in the background: say so, and tell the window.
    const auto loading = [this]() {
        updateEmptyStates();
        if (isLoading() != m_loading) {
            m_loading = isLoading();
            emit loadingChanged(m_loading);
        }
    };
    connect(m_vulnModel, &VulnTableModel::loadingChanged, this, loading);
    connect(m_findingModel, &FindingTableModel::loadingChanged, this, loading);
    connect(m_countLoader, &BackgroundLoader::loadingChanged, this, loading);
    connect(m_vulnModel, &QAbstractItemModel::modelReset, this,
            &VulnerabilitiesPage::recountStored);
    connect(m_findingModel, &QAbstractItemModel::modelReset, this,
            &VulnerabilitiesPage::recountStored);
    connect(m_findingProxy, &QAbstractItemModel::rowsInserted, this,
            &VulnerabilitiesPage::updateEmptyStates);
    connect(m_findingProxy, &QAbstractItemModel::rowsRemoved, this,
            &VulnerabilitiesPage::updateEmptyStates);
    connect(m_findingProxy, &QAbstractItemModel::layoutChanged, this,
            &VulnerabilitiesPage::updateEmptyStates);

    refillSystems();
    applyVulnFilter();
    applyFindingFilter();
    updateActions();
}

QWidget *VulnerabilitiesPage::createVulnerabilitiesTab()
{
    auto *tab = new QWidget(this);
    const auto label = [tab](const QString &text, QWidget *buddy) {
        auto *l = new QLabel(text, tab);
        l->setBuddy(buddy);
        return l;
    };
    m_vulnText = new QLineEdit(tab);
    m_vulnText->setObjectName(QStringLiteral("vulnFilter"));
    m_vulnText->setPlaceholderText(tr("Identifier, alias or title\u2026"));
    m_vulnText->setClearButtonEnabled(true);
    m_vulnText->setMinimumWidth(180);
    m_affectingOnly = new QCheckBox(tr("Affecting &my systems only"), tab);
    m_affectingOnly->setObjectName(QStringLiteral("affectingOnly"));
    m_affectingOnly->setChecked(true);
    m_kevOnly = new QCheckBox(tr("&KEV only"), tab);
    m_kevOnly->setObjectName(QStringLiteral("kevOnly"));
    m_kevOnly->setToolTip(tr("Only vulnerabilities in CISA's Known Exploited Vulnerabilities "
                             "catalog"));
    m_minSeverity = new QComboBox(tab);
    m_minSeverity->setObjectName(QStringLiteral("minSeverity"));
    m_minSeverity->addItem(tr("Any"), -1);
    for (Severity s : {Severity::Low, Severity::Medium, Severity::High, Severity::Critical})
        m_minSeverity->addItem(tr("%1 or higher").arg(displayName(s)), int(s));
    m_vulnCount = new QLabel(tab);
    m_vulnCount->setObjectName(QStringLiteral("vulnCount"));

    auto *bar = new QHBoxLayout;
    bar->addWidget(label(tr("Se&arch:"), m_vulnText));
    bar->addWidget(m_vulnText, 1);
    bar->addWidget(m_affectingOnly);
    bar->addWidget(m_kevOnly);
    bar->addWidget(label(tr("Minimum &severity:"), m_minSeverity));
    bar->addWidget(m_minSeverity);
    bar->addStretch();
    bar->addWidget(m_vulnCount);

    m_vulnTable = new QTableView(tab);
    m_vulnTable->setObjectName(QStringLiteral("vulnTable"));
    m_vulnTable->setModel(m_vulnProxy);
    ListExport::installContextMenu(m_vulnTable, this, m_messages,
                                   tr("vulnerabilities", "file name of an exported list"));
    Internal::setUpTable(m_vulnTable);
    QHeaderView *header = m_vulnTable->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setStretchLastSection(false);
    const QFontMetrics fm = m_vulnTable->fontMetrics();
    const auto width = [&fm](const QString &sample) { return fm.horizontalAdvance(sample) + 24; };
    m_vulnTable->setColumnWidth(VulnTableModel::IdentifierColumn,
                                width(QStringLiteral("JVNDB-2024-000123")));
    m_vulnTable->setColumnWidth(VulnTableModel::TitleColumn, width(QString(30, QLatin1Char('m'))));
    m_vulnTable->setColumnWidth(VulnTableModel::SeverityColumn, width(tr("Critical")) + 8);
    m_vulnTable->setColumnWidth(VulnTableModel::CvssColumn, width(tr("CVSS")) + 8);
    m_vulnTable->setColumnWidth(VulnTableModel::KevColumn, width(tr("KEV, ransomware")));
    m_vulnTable->setColumnWidth(VulnTableModel::PublishedColumn,
                                width(QStringLiteral("2024-04-12")));
    m_vulnTable->setColumnWidth(VulnTableModel::SystemsColumn, width(tr("Systems")));
    m_vulnTable->setColumnWidth(VulnTableModel::OpenFindingsColumn, width(tr("Open findings")));
    m_vulnTable->setColumnWidth(VulnTableModel::EarliestDueColumn, width(tr("Earliest due")));
    m_vulnTable->setColumnWidth(VulnTableModel::EmergencyColumn, width(tr("Emergency")));
    // The facts that decide urgency stay in view; the long title takes what is left.
    header->moveSection(header->visualIndex(VulnTableModel::TitleColumn),
                        VulnTableModel::ColumnCount - 1);
    header->setStretchLastSection(true);
    m_vulnTable->sortByColumn(VulnTableModel::CvssColumn, Qt::DescendingOrder);
    keepSelectionAcrossResets(m_vulnTable);

    m_vulnEmpty = emptyLabel(QStringLiteral("vulnEmpty"), tab);
    m_vulnStack = new QStackedWidget(tab);
    m_vulnStack->addWidget(m_vulnTable);
    m_vulnStack->addWidget(m_vulnEmpty);

    m_detail = new VulnerabilityDetail(m_workspace, tab);
    m_splitter = new QSplitter(Qt::Horizontal, tab);
    m_splitter->setObjectName(QStringLiteral("vulnSplitter"));
    m_splitter->addWidget(m_vulnStack);
    m_splitter->addWidget(m_detail);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setSizes({900, 600});
    m_splitter->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(tab);
    layout->setContentsMargins(0, 6, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_splitter, 1);

    // Typing asks the database (the list is capped): wait for a pause in the typing.
    m_vulnTextTimer->setSingleShot(true);
    m_vulnTextTimer->setInterval(250);
    connect(m_vulnTextTimer, &QTimer::timeout, this, &VulnerabilitiesPage::applyVulnFilter);
    connect(m_vulnText, &QLineEdit::textChanged, m_vulnTextTimer, qOverload<>(&QTimer::start));
    connect(m_vulnText, &QLineEdit::returnPressed, this, &VulnerabilitiesPage::applyVulnFilter);
    connect(m_affectingOnly, &QCheckBox::toggled, this, &VulnerabilitiesPage::applyVulnFilter);
    connect(m_kevOnly, &QCheckBox::toggled, this, &VulnerabilitiesPage::applyVulnFilter);
    connect(m_minSeverity, &QComboBox::currentIndexChanged, this,
            &VulnerabilitiesPage::applyVulnFilter);
    connect(m_vulnTable->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &VulnerabilitiesPage::vulnSelectionChanged);
    connect(m_vulnProxy, &QAbstractItemModel::modelReset, this,
            &VulnerabilitiesPage::vulnSelectionChanged);
    return tab;
}

QWidget *VulnerabilitiesPage::createFindingsTab()
{
    auto *tab = new QWidget(this);
    const auto label = [tab](const QString &text, QWidget *buddy) {
        auto *l = new QLabel(text, tab);
        l->setBuddy(buddy);
        return l;
    };
    m_system = new QComboBox(tab);
    m_system->setObjectName(QStringLiteral("findingSystem"));
    // Long system names must not widen the window past a laptop screen; the list shows them.
    m_system->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_system->setMinimumContentsLength(12);
    m_state = new QComboBox(tab);
    m_state->setObjectName(QStringLiteral("findingState"));
    m_state->addItem(tr("Default view"), kDefaultStates);
    m_state->setItemData(0, tr("Every state except resolved; not affected and false positive "
                               "only once their review date has come"), Qt::ToolTipRole);
    for (AnalysisState s : allValues<AnalysisState>())
        m_state->addItem(displayName(s), int(s));
    m_state->addItem(tr("All, including suppressed"), kAllStates);
    m_emergency = new QCheckBox(tr("Emer&gency"), tab);
    m_emergency->setObjectName(QStringLiteral("emergencyOnly"));
    m_overdue = new QCheckBox(tr("Over&due"), tab);
    m_overdue->setObjectName(QStringLiteral("overdueOnly"));
    m_kev = new QCheckBox(tr("KEV on&ly"), tab);
    m_kev->setObjectName(QStringLiteral("findingKevOnly"));
    m_findingText = new QLineEdit(tab);
    m_findingText->setObjectName(QStringLiteral("findingFilter"));
    m_findingText->setPlaceholderText(tr("Vulnerability, system, product\u2026"));
    m_findingText->setClearButtonEnabled(true);
    m_findingText->setMinimumWidth(160);
    m_findingCount = new QLabel(tab);
    m_findingCount->setObjectName(QStringLiteral("findingCount"));
    m_triageButton = new QPushButton(tr("Tr&iage\u2026"), tab);
    m_triageButton->setObjectName(QStringLiteral("triageButton"));
    m_triageButton->setToolTip(tr("Set the state of the selected findings (Ctrl+T)"));
    m_acceptanceButton = new QPushButton(tr("Request risk &acceptance…"), tab);
    m_acceptanceButton->setObjectName(QStringLiteral("requestAcceptanceButton"));
    m_acceptanceButton->setToolTip(tr("Ask for the risk of the selected finding to be accepted "
                                      "until an expiry date; someone else approves it"));

    // Two rows: in one, the filters and the buttons need more than a laptop screen's width.
    auto *bar = new QHBoxLayout;
    bar->addWidget(label(tr("S&ystem:"), m_system));
    bar->addWidget(m_system);
    bar->addWidget(label(tr("Sh&ow:"), m_state));
    bar->addWidget(m_state);
    bar->addWidget(m_emergency);
    bar->addWidget(m_overdue);
    bar->addWidget(m_kev);
    bar->addStretch();
    bar->addWidget(m_findingCount);
    auto *secondBar = new QHBoxLayout;
    secondBar->addWidget(label(tr("&Contains:"), m_findingText));
    secondBar->addWidget(m_findingText, 1);
    secondBar->addWidget(m_triageButton);
    secondBar->addWidget(m_acceptanceButton);

    m_findingTable = new QTableView(tab);
    m_findingTable->setObjectName(QStringLiteral("findingTable"));
    m_findingTable->setModel(m_findingProxy);
    Internal::setUpTable(m_findingTable);
    m_findingTable->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_findingTable->setContextMenuPolicy(Qt::CustomContextMenu);
    QHeaderView *header = m_findingTable->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    const QFontMetrics fm = m_findingTable->fontMetrics();
    const auto width = [&fm](const QString &sample) { return fm.horizontalAdvance(sample) + 24; };
    const QList<QPair<int, QString>> widths{
        {FindingTableModel::VulnerabilityColumn, QStringLiteral("CVE-2024-12345")},
        {FindingTableModel::SystemColumn, QStringLiteral("SYSTEM-01")},
        {FindingTableModel::KindColumn, tr("Middleware")},
        {FindingTableModel::ProductColumn, QStringLiteral("microsoft sql server")},
        {FindingTableModel::VersionColumn, QStringLiteral("10.2.9-h1")},
        {FindingTableModel::StateColumn, tr("False positive")},
        {FindingTableModel::JustificationColumn, tr("Not reachable")},
        {FindingTableModel::SeverityColumn, tr("Critical")},
        {FindingTableModel::CvssColumn, tr("CVSS")},
        {FindingTableModel::KevColumn, tr("KEV")},
        {FindingTableModel::DueColumn, tr("%1 (overdue)").arg(QStringLiteral("2026-01-05"))},
        {FindingTableModel::DueRuleColumn, displayName(DueRule::InternetCritical)},
        {FindingTableModel::TrackColumn, tr("Emergency")},
        {FindingTableModel::MatchColumn, tr("name (lower confidence)")},
        {FindingTableModel::DetectedColumn, QStringLiteral("2026-01-05")},
    };
    for (const auto &[column, sample] : widths)
        m_findingTable->setColumnWidth(column, width(sample));
    m_findingTable->sortByColumn(FindingTableModel::DueColumn, Qt::AscendingOrder);
    keepSelectionAcrossResets(m_findingTable);

    m_findingEmpty = emptyLabel(QStringLiteral("findingEmpty"), tab);
    m_findingStack = new QStackedWidget(tab);
    m_findingStack->addWidget(m_findingTable);
    m_findingStack->addWidget(m_findingEmpty);

    auto *layout = new QVBoxLayout(tab);
    layout->setContentsMargins(0, 6, 0, 0);
    layout->addLayout(bar);
    layout->addLayout(secondBar);
    layout->addWidget(m_findingStack, 1);

    m_triageAction->setObjectName(QStringLiteral("triageAction"));
    m_triageAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_T));
    m_triageAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    tab->addAction(m_triageAction);

    connect(m_triageAction, &QAction::triggered, this, &VulnerabilitiesPage::triageSelected);
    connect(m_triageButton, &QPushButton::clicked, this, &VulnerabilitiesPage::triageSelected);
    m_acceptanceAction->setObjectName(QStringLiteral("requestAcceptanceAction"));
    connect(m_acceptanceAction, &QAction::triggered, this,
            &VulnerabilitiesPage::requestAcceptanceForSelected);
    connect(m_acceptanceButton, &QPushButton::clicked, this,
            &VulnerabilitiesPage::requestAcceptanceForSelected);
    connect(m_findingTable, &QTableView::customContextMenuRequested, this,
            &VulnerabilitiesPage::showFindingsMenu);
    connect(m_findingTable->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &VulnerabilitiesPage::updateActions);
    connect(m_findingProxy, &QAbstractItemModel::modelReset, this,
            &VulnerabilitiesPage::updateActions);
    for (QComboBox *c : {m_system, m_state})
        connect(c, &QComboBox::currentIndexChanged, this, &VulnerabilitiesPage::applyFindingFilter);
    for (QCheckBox *c : {m_emergency, m_overdue, m_kev})
        connect(c, &QCheckBox::toggled, this, &VulnerabilitiesPage::applyFindingFilter);
    // The text narrows the findings listed at once, without asking the database. When the
    // list is full (more findings match than it holds) or was filled by an earlier text, the
    // database is asked too, after a pause in the typing, for the matches beyond the list.
    connect(m_findingText, &QLineEdit::textChanged, m_findingProxy,
            &FilterProxyModel::setFilterText);
    m_findingTextTimer->setSingleShot(true);
    m_findingTextTimer->setInterval(300);
    connect(m_findingTextTimer, &QTimer::timeout, this, &VulnerabilitiesPage::applyFindingFilter);
    connect(m_findingText, &QLineEdit::textChanged, this, [this]() {
        if (findingsCapped() || !m_findingModel->filter().text.isEmpty())
            m_findingTextTimer->start();
    });
    return tab;
}

void VulnerabilitiesPage::applyVulnFilter()
{
    m_vulnTextTimer->stop();
    VulnFilter f;
    f.affectingOnly = m_affectingOnly->isChecked();
    f.kevOnly = m_kevOnly->isChecked();
    const int severity = m_minSeverity->currentData().toInt();
    if (severity >= 0)
        f.minSeverity = Severity(severity);
    f.text = m_vulnText->text().trimmed();
    m_vulnModel->setFilter(f);
}

void VulnerabilitiesPage::applyFindingFilter()
{
    FindingFilter f;
    f.systemId = m_system->currentData().toLongLong();
    const int state = m_state->currentData().toInt();
    if (state == kAllStates)
        f.states = allValues<AnalysisState>();
    else if (state >= 0)
        f.states = {AnalysisState(state)};
    f.emergencyOnly = m_emergency->isChecked();
    f.overdueOnly = m_overdue->isChecked();
    f.kevOnly = m_kev->isChecked();
    f.today = m_findingModel->filter().today; // pinned by tests, else null = today
    f.limit = m_findingLimit;
    // The text goes to the database only when the list cannot hold every finding: else the
    // proxy narrows what is loaded, as the user types. Kept once there, until the text goes.
    m_findingTextTimer->stop();
    const QString text = m_findingText->text().trimmed();
    if (findingsCapped() || !m_findingModel->filter().text.isEmpty())
        f.text = text;
    m_findingModel->setFilter(f);
}

void VulnerabilitiesPage::setFindingLimit(int limit)
{
    m_findingLimit = limit;
    applyFindingFilter();
}

bool VulnerabilitiesPage::findingsCapped() const
{
    return m_findingLimit > 0 && m_findingModel->rowCount() >= m_findingLimit;
}

void VulnerabilitiesPage::refillSystems()
{
    QList<System> systems;
    if (m_workspace->isOpen()) {
        auto fresh = m_workspace->systems();
        if (!fresh)
            m_messages->showMessage(fresh.error().message, MessageBar::Type::Error);
        else
            systems = *fresh;
    }
    PageParts::fillSystemChooser(m_system, systems);
}

bool VulnerabilitiesPage::canTriage() const
{
    return m_workspace->canEdit();
}

void VulnerabilitiesPage::updateActions()
{
    const bool editable = canTriage();
    const int selected = m_findingTable->selectionModel()
        ? int(m_findingTable->selectionModel()->selectedRows().size())
        : 0;
    // Read-only users never see the command they cannot use.
    m_triageButton->setVisible(editable);
    m_triageAction->setVisible(editable);
    m_triageAction->setEnabled(editable && selected > 0);
    m_triageButton->setEnabled(editable && selected > 0);
    // A risk acceptance is about one finding.
    m_acceptanceButton->setVisible(editable);
    m_acceptanceAction->setVisible(editable);
    m_acceptanceButton->setEnabled(editable && selected == 1);
    m_acceptanceAction->setEnabled(editable && selected == 1);
}

void VulnerabilitiesPage::recountStored()
{
    // Only to choose the empty-state text: asked after a reload, not on every keystroke.
    if (!m_workspace->isOpen()) {
        m_countLoader->cancel();
        m_storedVulnerabilities = -1;
        updateEmptyStates();
        return;
    }
    m_countLoader->load<FindingCounts>(
        m_workspace, BackgroundReads::findingCounts(m_workspace->today()),
        [this](Result<FindingCounts> counts) {
            m_storedVulnerabilities = counts ? counts->vulnerabilities : -1;
            updateEmptyStates();
        });
}

void VulnerabilitiesPage::setCurrent(bool current)
{
    // Not shown, the lists are not read (a million findings); shown, they catch up.
    m_vulnModel->setActive(current);
    m_findingModel->setActive(current);
}

bool VulnerabilitiesPage::isLoading() const
{
    return m_vulnModel->isLoading() || m_findingModel->isLoading() || m_countLoader->isLoading();
}

void VulnerabilitiesPage::updateEmptyStates()
{
    const int stored = m_storedVulnerabilities;
    const QString noneImported =
        tr("No vulnerabilities imported yet: File > Import > vulnerability feed (NVD, CISA KEV "
           "or JVN) brings them in and matches them to your components.");

    const int vulns = m_vulnModel->rowCount();
    const VulnFilter vf = m_vulnModel->filter();
    if (!m_workspace->isOpen())
        m_vulnEmpty->setText(tr("No database is open."));
    else if (m_vulnModel->isLoading())
        m_vulnEmpty->setText(tr("Loading the vulnerabilities\u2026"));
    else if (stored == 0)
        m_vulnEmpty->setText(noneImported);
    else if (vf.affectingOnly && vf.text.isEmpty() && !vf.kevOnly && !vf.minSeverity)
        m_vulnEmpty->setText(tr("None of the %n imported vulnerabilities affects a component of "
                                "your systems. Untick “Affecting my systems only” to "
                                "see them all.", nullptr, stored));
    else
        m_vulnEmpty->setText(tr("No vulnerability matches these filters."));
    m_vulnStack->setCurrentWidget(vulns > 0 ? static_cast<QWidget *>(m_vulnTable) : m_vulnEmpty);
    QString count = tr("%n vulnerability(ies)", nullptr, vulns);
    if (vulns >= vf.limit)
        count = tr("first %1 shown: narrow the filter").arg(QLocale().toString(vf.limit));
    if (m_vulnModel->isLoading())
        count = tr("loading\u2026");
    m_vulnCount->setText(count);

    const int findings = m_findingProxy->rowCount();
    if (!m_workspace->isOpen())
        m_findingEmpty->setText(tr("No database is open."));
    else if (m_findingModel->isLoading())
        m_findingEmpty->setText(tr("Loading the findings\u2026"));
    else if (stored == 0)
        m_findingEmpty->setText(noneImported);
    else if (m_findingModel->rowCount() > 0)
        m_findingEmpty->setText(tr("No finding contains “%1”.")
                                    .arg(m_findingText->text()));
    else if (m_state->currentData().toInt() == kDefaultStates && !m_emergency->isChecked()
             && !m_overdue->isChecked() && !m_kev->isChecked())
        m_findingEmpty->setText(tr("No open findings%1. Resolved, not affected and false "
                                   "positive findings are hidden: choose “All, including "
                                   "suppressed” to see them.")
                                    .arg(m_system->currentIndex() > 0
                                             ? tr(" on %1").arg(m_system->currentText())
                                             : QString()));
    else
        m_findingEmpty->setText(tr("No finding matches these filters."));
    m_findingStack->setCurrentWidget(findings > 0 ? static_cast<QWidget *>(m_findingTable)
                                                  : m_findingEmpty);
    QString findingCount = tr("%n finding(s)", nullptr, findings);
    if (m_findingModel->isLoading())
        findingCount = tr("loading\u2026");
    else if (findingsCapped() && findings == m_findingModel->rowCount())
        findingCount = tr("first %1 by due date shown: narrow the filters")
                           .arg(QLocale().toString(m_findingLimit));
    else if (findingsCapped())
        findingCount = tr("%1 of the first %2: narrow the filters")
                           .arg(QLocale().toString(findings), QLocale().toString(m_findingLimit));
    m_findingCount->setText(findingCount);
}

void VulnerabilitiesPage::vulnSelectionChanged()
{
    m_detail->setVulnerability(selectedVulnerability());
}

qint64 VulnerabilitiesPage::selectedVulnerability() const
{
    const QList<qint64> ids = selectedIds(m_vulnTable);
    return ids.isEmpty() ? 0 : ids.first();
}

void VulnerabilitiesPage::selectVulnerability(qint64 id)
{
    m_tabs->setCurrentIndex(VulnerabilitiesTab);
    selectIds(m_vulnTable, {id}, true);
}

QList<qint64> VulnerabilitiesPage::selectedFindings() const
{
    return selectedIds(m_findingTable);
}

void VulnerabilitiesPage::selectFindings(const QList<qint64> &ids)
{
    selectIds(m_findingTable, ids, true);
}

void VulnerabilitiesPage::showSystem(qint64 systemId)
{
    m_tabs->setCurrentIndex(FindingsTab);
    refillSystems();
    const int index = m_system->findData(systemId);
    m_system->setCurrentIndex(qMax(0, index));
    if (index < 0 && systemId)
        m_messages->showMessage(tr("The system is no longer stored: showing every system."),
                                MessageBar::Type::Warning, 6000);
}

void VulnerabilitiesPage::showFilter(FindingQuickFilter filter)
{
    m_tabs->setCurrentIndex(FindingsTab);
    {
        // One reload for the whole change, not one per widget.
        const QSignalBlocker b1(m_state), b2(m_emergency), b3(m_overdue), b4(m_kev),
            b5(m_system);
        m_system->setCurrentIndex(0);
        m_emergency->setChecked(filter == FindingQuickFilter::Emergency);
        m_overdue->setChecked(filter == FindingQuickFilter::Overdue);
        m_kev->setChecked(filter == FindingQuickFilter::Kev);
        m_state->setCurrentIndex(qMax(0, filter == FindingQuickFilter::Untriaged
                                             ? m_state->findData(int(AnalysisState::NotSet))
                                             : m_state->findData(kDefaultStates)));
    }
    m_findingText->clear();
    applyFindingFilter();
}

void VulnerabilitiesPage::triageSelected()
{
    if (!canTriage())
        return;
    const QList<qint64> ids = selectedFindings();
    if (ids.isEmpty()) {
        m_messages->showMessage(tr("Select one or more findings to triage first."),
                                MessageBar::Type::Information, 5000);
        return;
    }
    QList<Finding> findings;
    findings.reserve(ids.size());
    for (qint64 id : ids) {
        const int row = m_findingModel->rowOf(id);
        if (row >= 0)
            findings << m_findingModel->rowAt(row).finding;
    }
    // Preset to the state the selection shares, so re-opening shows what is stored.
    TriageDialog::Decision initial;
    const Finding &first = findings.first();
    const bool same = std::all_of(findings.cbegin(), findings.cend(), [&first](const Finding &f) {
        return f.state == first.state && f.justification == first.justification
            && f.detail == first.detail;
    });
    if (same && first.state != AnalysisState::NotSet) {
        initial.state = first.state;
        initial.justification = first.justification;
        initial.detail = first.detail;
        initial.reviewDate = first.reviewDate;
    }
    TriageDialog dialog(int(findings.size()), initial, m_findingModel->today(), this);
    // A test may answer the dialog from triageDialogOpened(); then it is not shown at all.
    bool answered = false;
    connect(&dialog, &QDialog::finished, this, [&answered]() { answered = true; });
    emit triageDialogOpened(&dialog);
    if (!answered)
        dialog.exec();
    if (dialog.result() != QDialog::Accepted)
        return;
    const TriageDialog::Decision d = dialog.decision();
    if (m_workspace->triageFindings(findings, d.state, d.justification, d.detail, d.reviewDate)) {
        m_messages->showMessage(tr("%n finding(s) set to “%1”.", nullptr,
                                   int(findings.size()))
                                    .arg(displayName(d.state)),
                                MessageBar::Type::Positive, 4000);
    }
    // A failure is reported by the workspace (commandFailed), shown by the window.
}

void VulnerabilitiesPage::requestAcceptanceForSelected()
{
    if (!canTriage())
        return;
    const QList<qint64> ids = selectedFindings();
    if (ids.size() != 1) {
        m_messages->showMessage(tr("Select one finding to request the acceptance of its risk."),
                                MessageBar::Type::Information, 5000);
        return;
    }
    RiskAcceptance a;
    a.findingId = ids.first();
    AcceptanceDialog dialog(m_workspace, a, this);
    // A test may answer the dialog from acceptanceDialogOpened(); then it is not shown at all.
    bool answered = false;
    connect(&dialog, &QDialog::finished, this, [&answered]() { answered = true; });
    emit acceptanceDialogOpened(&dialog);
    if (!answered)
        dialog.exec();
    if (dialog.result() != QDialog::Accepted)
        return;
    if (m_workspace->requestAcceptance(dialog.acceptance()) != 0) {
        m_messages->showMessage(tr("The risk acceptance was requested. It applies once someone "
                                   "other than %1 approves it on the Frozen systems page.")
                                    .arg(dialog.acceptance().requester),
                                MessageBar::Type::Positive, 6000);
    }
    // A failure is reported by the workspace (commandFailed), shown by the window.
}

void VulnerabilitiesPage::showFindingsMenu(const QPoint &pos)
{
    QMenu menu(this);
    if (canTriage()) {
        menu.addAction(m_triageAction);
        menu.addAction(m_acceptanceAction);
    }
    ListExport::addToMenu(menu, this, m_messages);
    menu.exec(m_findingTable->viewport()->mapToGlobal(pos));
}

void VulnerabilitiesPage::openReference(const QString &url)
{
    const QUrl u(url);
    // Only web links: a feed must not make the user open a file: or custom-scheme URL.
    const bool web = u.scheme() == QLatin1String("https") || u.scheme() == QLatin1String("http");
    if (!u.isValid() || !web) {
        m_messages->showMessage(tr("Not opened: “%1” is not a web link (http or https).")
                                    .arg(url),
                                MessageBar::Type::Warning, 8000);
        return;
    }
    if (!QDesktopServices::openUrl(u))
        m_messages->showMessage(tr("Could not open %1 in a browser.").arg(url),
                                MessageBar::Type::Warning, 8000);
}

void VulnerabilitiesPage::focusFilter()
{
    QLineEdit *edit = m_tabs->currentIndex() == VulnerabilitiesTab ? m_vulnText : m_findingText;
    edit->setFocus(Qt::ShortcutFocusReason);
    edit->selectAll();
}

void VulnerabilitiesPage::saveState(QSettings &settings) const
{
    settings.setValue(QStringLiteral("vulnerabilities/tab"), m_tabs->currentIndex());
    settings.setValue(QStringLiteral("vulnerabilities/splitter"), m_splitter->saveState());
    settings.setValue(QStringLiteral("vulnerabilities/vulnTable"),
                      m_vulnTable->horizontalHeader()->saveState());
    settings.setValue(QStringLiteral("vulnerabilities/findingTable"),
                      m_findingTable->horizontalHeader()->saveState());
    settings.setValue(QStringLiteral("vulnerabilities/affectingOnly"),
                      m_affectingOnly->isChecked());
}

void VulnerabilitiesPage::restoreState(const QSettings &settings)
{
    m_tabs->setCurrentIndex(settings.value(QStringLiteral("vulnerabilities/tab"), 0).toInt());
    m_splitter->restoreState(
        settings.value(QStringLiteral("vulnerabilities/splitter")).toByteArray());
    m_vulnTable->horizontalHeader()->restoreState(
        settings.value(QStringLiteral("vulnerabilities/vulnTable")).toByteArray());
    m_findingTable->horizontalHeader()->restoreState(
        settings.value(QStringLiteral("vulnerabilities/findingTable")).toByteArray());
    m_affectingOnly->setChecked(
        settings.value(QStringLiteral("vulnerabilities/affectingOnly"), true).toBool());
}

QAbstractItemView *VulnerabilitiesPage::exportView() const
{
    // The tab shown: the vulnerabilities or the findings.
    if (m_tabs->currentIndex() == VulnerabilitiesTab)
        return m_vulnTable;
    return m_findingTable;
}

QString VulnerabilitiesPage::exportName() const
{
    return m_tabs->currentIndex() == VulnerabilitiesTab
        ? tr("vulnerabilities", "file name of an exported list")
        : tr("findings", "file name of an exported list");
}

} // namespace pp
