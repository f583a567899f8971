#include "ui/frozen/frozenpage.h"

#include "models/itemmodels/backgroundloader.h"
#include "models/itemmodels/backgroundreads.h"
#include "models/itemmodels/frozenregistermodel.h"
#include "models/itemmodels/roles.h"
#include "models/planning/controlrules.h"
#include "models/workspace.h"
#include "ui/controls/acceptancedialog.h"
#include "ui/controls/controldialog.h"
#include "ui/controls/evidencedialog.h"
#include "ui/inventory/tableviews.h"
#include "ui/widgets/listexport.h"
#include "ui/widgets/messagebar.h"
#include "ui/widgets/printing.h"
#include "ui/widgets/pageparts.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QSplitter>
#include <QStackedLayout>
#include <QTableView>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <utility>

namespace pp {
namespace {

const QString kHeaderState = QStringLiteral("frozenPage/header");
const QString kSplitterState = QStringLiteral("frozenPage/splitter");
const QString kDetailState = QStringLiteral("frozenPage/detailSplitter");
const QString kControlsHeader = QStringLiteral("frozenPage/controlsHeader");
const QString kAcceptancesHeader = QStringLiteral("frozenPage/acceptancesHeader");
const QString kGapsOnly = QStringLiteral("frozenPage/gapsOnly");
const QString kFilterText = QStringLiteral("frozenPage/filter");
const QColor kAlert(0xb0, 0x1c, 0x1c);
const QColor kWarn(0x8a, 0x5a, 0x00);

QTreeWidget *detailList(const QString &name, const QStringList &headers, QWidget *parent)
{
    auto *tree = new QTreeWidget(parent);
    tree->setObjectName(name);
    tree->setRootIsDecorated(false);
    tree->setUniformRowHeights(true);
    tree->setAlternatingRowColors(true);
    tree->setSelectionMode(QAbstractItemView::SingleSelection);
    tree->setAllColumnsShowFocus(true);
    tree->setHeaderLabels(headers);
    tree->header()->setStretchLastSection(true);
    tree->header()->setSectionsMovable(false);
    return tree;
}

QLabel *sectionLabel(const QString &text, QWidget *buddy, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont f = label->font();
    f.setBold(true);
    label->setFont(f);
    if (buddy)
        label->setBuddy(buddy);
    return label;
}

QString shortDate(const QDate &d)
{
    return QLocale().toString(d, QLocale::ShortFormat);
}

} // namespace

FrozenPage::FrozenPage(Workspace *workspace, QWidget *parent)
    : Page(parent)
    , m_workspace(workspace)
    , m_loader(new BackgroundLoader(this))
    , m_model(new FrozenRegisterModel(this))
    , m_proxy(new FrozenRegisterProxyModel(this))
    , m_messages(new MessageBar(this))
    , m_system(new QComboBox(this))
    , m_gapsOnly(new QCheckBox(tr("Only with &gaps"), this))
    , m_filter(new QLineEdit(this))
    , m_table(new QTableView(this))
    , m_empty(new QLabel(this))
    , m_count(new QLabel(this))
    , m_splitter(new QSplitter(Qt::Vertical, this))
    , m_detailSplitter(new QSplitter(Qt::Horizontal, this))
    , m_summary(new QLabel(this))
    , m_controls(nullptr)
    , m_evidence(nullptr)
    , m_evidenceTitle(new QLabel(this))
    , m_acceptances(nullptr)
    , m_addControl(new QPushButton(tr("Add &control…"), this))
    , m_editControl(new QPushButton(tr("Ed&it control…"), this))
    , m_deleteControl(new QPushButton(tr("&Delete control…"), this))
    , m_recordEvidence(new QPushButton(tr("&Record evidence…"), this))
    , m_request(new QPushButton(tr("Re&quest acceptance…"), this))
    , m_editAcceptance(new QPushButton(tr("Edit acce&ptance…"), this))
    , m_approve(new QPushButton(tr("&Approve…"), this))
    , m_renew(new QPushButton(tr("Re&new…"), this))
    , m_deleteAcceptance(new QPushButton(tr("Delete req&uest…"), this))
{
    setObjectName(QStringLiteral("frozenPage"));
    m_proxy->setSourceModel(m_model);
    m_system->setObjectName(QStringLiteral("frozenSystemChooser"));
    m_system->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_system->setMinimumContentsLength(12);
    m_gapsOnly->setObjectName(QStringLiteral("frozenGapsOnly"));
    m_gapsOnly->setToolTip(tr("Only the components where a control, a support contract or a "
                              "current acceptance is missing"));
    m_filter->setObjectName(QStringLiteral("frozenFilter"));
    m_filter->setPlaceholderText(tr("Filter by system, product, reason, gap or CVE"));
    m_filter->setClearButtonEnabled(true);
    m_table->setObjectName(QStringLiteral("frozenTable"));
    m_table->setModel(m_proxy);
    Internal::setUpTable(m_table);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->sortByColumn(FrozenRegisterModel::SystemColumn, Qt::AscendingOrder);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    m_empty->setObjectName(QStringLiteral("frozenEmpty"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setMargin(24);
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    m_count->setObjectName(QStringLiteral("frozenCount"));

    m_summary->setObjectName(QStringLiteral("frozenSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::RichText);
    m_summary->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_summary->setMargin(6);
    m_controls = detailList(QStringLiteral("frozenControls"),
                            {tr("Kind"), tr("Title"), tr("Owner"), tr("Every"), tr("Last done"),
                             tr("Next due"), tr("Valid until"), tr("Attached to")},
                            this);
    m_evidence = detailList(QStringLiteral("frozenEvidence"),
                            {tr("Done on"), tr("Done by"), tr("What was found"), tr("Reference")},
                            this);
    m_acceptances = detailList(QStringLiteral("frozenAcceptances"),
                               {tr("Risk of"), tr("Response"), tr("State"), tr("Expires"),
                                tr("Requester"), tr("Approver")},
                               this);
    m_evidenceTitle->setObjectName(QStringLiteral("frozenEvidenceTitle"));
    const QFontMetrics fm = m_controls->fontMetrics();
    const auto width = [&fm](const QString &sample) { return fm.horizontalAdvance(sample) + 20; };
    m_controls->setColumnWidth(0, width(displayName(ControlKind::VendorSupportContract)));
    m_controls->setColumnWidth(1, width(QStringLiteral("Weekly review of the access logs")));
    m_controls->setColumnWidth(2, width(QStringLiteral("Network team")));
    m_controls->setColumnWidth(3, width(tr("%n day(s)", nullptr, 365)));
    for (int c : {4, 6})
        m_controls->setColumnWidth(c, width(QStringLiteral("2026-12-31")));
    m_controls->setColumnWidth(5, width(tr("%1 (overdue)").arg(QStringLiteral("2026-12-31"))));
    m_evidence->setColumnWidth(0, width(QStringLiteral("2026-12-31")));
    m_evidence->setColumnWidth(1, width(QStringLiteral("Network team")));
    m_evidence->setColumnWidth(2, width(QStringLiteral("No exploitation attempts found")));
    m_acceptances->setColumnWidth(0, width(QStringLiteral("CVE-2024-12345")));
    m_acceptances->setColumnWidth(1, width(displayName(RiskResponse::Mitigate)));
    m_acceptances->setColumnWidth(2, width(tr("Expiring in %n day(s)", nullptr, 30)));
    m_acceptances->setColumnWidth(3, width(QStringLiteral("2026-12-31")));
    m_acceptances->setColumnWidth(4, width(QStringLiteral("requester")));

    const QList<QPushButton *> buttons{m_addControl, m_editControl, m_deleteControl,
                                       m_recordEvidence, m_request, m_editAcceptance, m_approve,
                                       m_renew, m_deleteAcceptance};
    const QStringList names{QStringLiteral("addControlButton"),
                            QStringLiteral("editControlButton"),
                            QStringLiteral("deleteControlButton"),
                            QStringLiteral("recordEvidenceButton"),
                            QStringLiteral("requestAcceptanceButton"),
                            QStringLiteral("editAcceptanceButton"),
                            QStringLiteral("approveAcceptanceButton"),
                            QStringLiteral("renewAcceptanceButton"),
                            QStringLiteral("deleteAcceptanceButton")};
    for (int i = 0; i < buttons.size(); ++i)
        buttons.at(i)->setObjectName(names.at(i));
    m_addControl->setToolTip(tr("A compensating control for the selected component (Ctrl+N)"));
    m_recordEvidence->setToolTip(tr("Record that the selected control was checked: it moves "
                                    "its next due date"));
    m_request->setToolTip(tr("Ask for the risk of the selected frozen component to be accepted "
                             "until an expiry date"));
    m_approve->setToolTip(tr("Approve the selected acceptance as yourself; the requester cannot "
                             "approve their own request"));
    m_renew->setToolTip(tr("Extend the selected acceptance to a new expiry date; the renewal "
                           "needs approving again"));

    // Filters.
    auto *systemLabel = new QLabel(tr("S&ystem:"), this);
    systemLabel->setBuddy(m_system);
    auto *filterLabel = new QLabel(tr("Fi&lter:"), this);
    filterLabel->setBuddy(m_filter);
    auto *filters = new QHBoxLayout;
    filters->addWidget(systemLabel);
    filters->addWidget(m_system);
    filters->addSpacing(8);
    filters->addWidget(m_gapsOnly);
    filters->addSpacing(8);
    filters->addWidget(filterLabel);
    filters->addWidget(m_filter, 1);
    filters->addSpacing(8);
    filters->addWidget(m_count);
    m_exportPdf = new QPushButton(tr("E&xport PDF…"), this);
    m_exportPdf->setObjectName(QStringLiteral("frozenExportPdfButton"));
    m_exportPdf->setToolTip(tr("The register as shown, with controls, evidence dates, "
                               "acceptances and gaps per system, as a PDF"));
    m_print = new QPushButton(tr("Print previe&w…"), this);
    m_print->setObjectName(QStringLiteral("frozenPrintButton"));
    filters->addSpacing(8);
    filters->addWidget(m_exportPdf);
    filters->addWidget(m_print);
    connect(m_exportPdf, &QPushButton::clicked, this, &FrozenPage::exportPdf);
    connect(m_print, &QPushButton::clicked, this, &FrozenPage::printRegister);

    // The register.
    QWidget *stackHolder = PageParts::withEmptyState(m_table, m_empty, this);

    // The detail of the selected row: summary | controls and evidence | acceptances.
    auto *summaryScroll = new QScrollArea(this);
    summaryScroll->setWidgetResizable(true);
    summaryScroll->setWidget(m_summary);
    summaryScroll->setMinimumWidth(220);

    auto *controlsPane = new QWidget(this);
    auto *controlsLayout = new QVBoxLayout(controlsPane);
    controlsLayout->setContentsMargins(0, 0, 0, 0);
    controlsLayout->addWidget(sectionLabel(tr("C&ompensating controls"), m_controls, this));
    controlsLayout->addWidget(m_controls, 3);
    controlsLayout->addWidget(m_evidenceTitle);
    controlsLayout->addWidget(m_evidence, 2);
    auto *controlButtons = new QHBoxLayout;
    controlButtons->addWidget(m_addControl);
    controlButtons->addWidget(m_editControl);
    controlButtons->addWidget(m_deleteControl);
    controlButtons->addWidget(m_recordEvidence);
    controlButtons->addStretch();
    controlsLayout->addLayout(controlButtons);

    auto *acceptancesPane = new QWidget(this);
    auto *acceptancesLayout = new QVBoxLayout(acceptancesPane);
    acceptancesLayout->setContentsMargins(0, 0, 0, 0);
    acceptancesLayout->addWidget(sectionLabel(tr("Ris&k acceptances"), m_acceptances, this));
    acceptancesLayout->addWidget(m_acceptances, 1);
    auto *acceptanceButtons = new QGridLayout;
    acceptanceButtons->addWidget(m_request, 0, 0);
    acceptanceButtons->addWidget(m_editAcceptance, 0, 1);
    acceptanceButtons->addWidget(m_deleteAcceptance, 0, 2);
    acceptanceButtons->addWidget(m_approve, 1, 0);
    acceptanceButtons->addWidget(m_renew, 1, 1);
    acceptanceButtons->setColumnStretch(3, 1);
    acceptancesLayout->addLayout(acceptanceButtons);

    m_detailSplitter->setObjectName(QStringLiteral("frozenDetailSplitter"));
    m_detailSplitter->addWidget(summaryScroll);
    m_detailSplitter->addWidget(controlsPane);
    m_detailSplitter->addWidget(acceptancesPane);
    m_detailSplitter->setStretchFactor(0, 2);
    m_detailSplitter->setStretchFactor(1, 4);
    m_detailSplitter->setStretchFactor(2, 3);
    m_detailSplitter->setChildrenCollapsible(false);

    m_splitter->setObjectName(QStringLiteral("frozenSplitter"));
    m_splitter->addWidget(stackHolder);
    m_splitter->addWidget(m_detailSplitter);
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setChildrenCollapsible(false);
    // The register gets the larger share until the user moves the handle (restoreState).
    m_splitter->setSizes({440, 360});
    m_detailSplitter->setSizes({260, 560, 440});

    auto *heading = PageParts::heading(tr("Frozen systems"), this);
    auto *intro = new QLabel(tr("Frozen components cannot be upgraded or patched; they stay safe "
                                "only through compensating controls that someone keeps up, and "
                                "risk acceptances that expire."),
                             this);
    intro->setWordWrap(true);
    intro->setForegroundRole(QPalette::PlaceholderText);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->addWidget(heading);
    layout->addWidget(intro);
    layout->addWidget(m_messages);
    layout->addLayout(filters);
    layout->addWidget(m_splitter, 1);

    connect(m_system, &QComboBox::currentIndexChanged, this, &FrozenPage::applyFilter);
    connect(m_gapsOnly, &QCheckBox::toggled, this, &FrozenPage::applyFilter);
    connect(m_filter, &QLineEdit::textChanged, this, &FrozenPage::applyFilter);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &FrozenPage::showDetail);
    connect(m_table, &QTableView::customContextMenuRequested, this, &FrozenPage::showRowMenu);
    connect(m_controls, &QTreeWidget::currentItemChanged, this, [this]() {
        showEvidence();
        updateActions();
    });
    connect(m_controls, &QTreeWidget::itemActivated, this, &FrozenPage::editControl);
    connect(m_acceptances, &QTreeWidget::currentItemChanged, this, &FrozenPage::updateActions);
    connect(m_acceptances, &QTreeWidget::itemActivated, this, &FrozenPage::editAcceptance);
    connect(m_addControl, &QPushButton::clicked, this, &FrozenPage::addControl);
    connect(m_editControl, &QPushButton::clicked, this, &FrozenPage::editControl);
    connect(m_deleteControl, &QPushButton::clicked, this, &FrozenPage::deleteControl);
    connect(m_recordEvidence, &QPushButton::clicked, this, &FrozenPage::recordEvidence);
    connect(m_request, &QPushButton::clicked, this, &FrozenPage::requestAcceptance);
    connect(m_editAcceptance, &QPushButton::clicked, this, &FrozenPage::editAcceptance);
    connect(m_approve, &QPushButton::clicked, this, &FrozenPage::approveAcceptance);
    connect(m_renew, &QPushButton::clicked, this, &FrozenPage::renewAcceptance);
    connect(m_deleteAcceptance, &QPushButton::clicked, this, &FrozenPage::deleteAcceptance);

    connect(m_workspace, &Workspace::databaseChanged, this, [this]() {
        m_messages->dismiss();
        reloadSystems();
        scheduleReload();
    });
    connect(m_workspace, &Workspace::systemsChanged, this, &FrozenPage::reloadSystems);
    connect(m_loader, &BackgroundLoader::loadingChanged, this, [this](bool loading) {
        applyFilter();
        emit loadingChanged(loading);
    });
    for (auto signal : {&Workspace::systemsChanged, &Workspace::componentsChanged,
                        &Workspace::lifecycleChanged, &Workspace::findingsChanged,
                        &Workspace::controlsChanged})
        connect(m_workspace, signal, this, &FrozenPage::scheduleReload);
    reloadSystems();
    reload();
}

// --- Loading ------------------------------------------------------------------------------------

void FrozenPage::scheduleReload()
{
    // A hidden page reloads when it is shown; several changes arriving together make one reload.
    if (!isVisible()) {
        m_stale = true;
        return;
    }
    if (m_reloadPending)
        return;
    m_reloadPending = true;
    QTimer::singleShot(0, this, &FrozenPage::reload);
}

void FrozenPage::showEvent(QShowEvent *event)
{
    Page::showEvent(event);
    if (m_stale)
        reload();
    sizeColumns();
}

void FrozenPage::reloadSystems()
{
    QList<System> systems;
    if (m_workspace->isOpen()) {
        if (auto fresh = m_workspace->systems())
            systems = *fresh;
    }
    m_proxy->setSystemId(PageParts::fillSystemChooser(m_system, systems));
}

void FrozenPage::reload()
{
    reloadThenSelect(0, 0);
}

void FrozenPage::reloadThenSelect(qint64 control, qint64 acceptance)
{
    m_reloadPending = false;
    m_stale = false;
    // A command's new or changed record is selected once the rows it changed are in.
    if (control != 0)
        m_selectControlAfterLoad = control;
    if (acceptance != 0)
        m_selectAcceptanceAfterLoad = acceptance;
    if (!m_workspace->isOpen()) {
        m_loader->cancel();
        showRegister({}, QDate::currentDate());
        return;
    }
    // A large estate's register takes a while to read (issue 9): on a worker; the rows shown
    // stay until the new ones arrive, and only the newest read is used.
    const QDate today = m_workspace->today();
    m_loader->load<FrozenRegisterData>(
        m_workspace, BackgroundReads::frozenRegister(today),
        [this, today](Result<FrozenRegisterData> fresh) {
            if (!fresh) {
                m_messages->showMessage(tr("The frozen-systems register could not be read. %1")
                                            .arg(fresh.error().message),
                                        MessageBar::Type::Error);
                showRegister({}, today);
                return;
            }
            showRegister(std::move(*fresh), today);
        });
    applyFilter();
}

void FrozenPage::showRegister(FrozenRegisterData data, const QDate &today)
{
    // The selection when the rows arrive (the user may have moved it while they were read),
    // unless a command asked for its record.
    const qint64 component = selectedComponentId();
    const qint64 control = std::exchange(m_selectControlAfterLoad, 0);
    const qint64 acceptance = std::exchange(m_selectAcceptanceAfterLoad, 0);
    const qint64 keepControl = control != 0 ? control : selectedControlId();
    const qint64 keepAcceptance = acceptance != 0 ? acceptance : selectedAcceptanceId();
    m_warningDays = data.warningDays;
    m_model->setRows(data.rows, today, data.horizons);
    applyFilter();
    if (component != 0)
        selectComponent(component);
    else if (m_proxy->rowCount() > 0)
        m_table->selectRow(0);
    showDetail();
    if (keepControl != 0)
        selectControl(keepControl);
    if (keepAcceptance != 0)
        selectAcceptance(keepAcceptance);
}

bool FrozenPage::isLoading() const
{
    return m_loader->isLoading();
}

void FrozenPage::applyFilter()
{
    m_proxy->setSystemId(m_system->currentData().toLongLong());
    m_proxy->setGapsOnly(m_gapsOnly->isChecked());
    m_proxy->setText(m_filter->text());

    const int all = m_model->rowCount();
    const int shown = m_proxy->rowCount();
    QString empty;
    if (!m_workspace->isOpen())
        empty = tr("No database is open: open one with File → Open database.");
    else if (all == 0 && m_loader->isLoading())
        empty = tr("Reading the frozen-systems register\u2026");
    else if (all == 0)
        empty = tr("No frozen systems. A component appears here when its system's lifecycle "
                   "state is frozen, or when its upgrade decision is frozen (on the Roadmap or "
                   "the component's lifecycle). Frozen components are kept safe by the "
                   "compensating controls and risk acceptances recorded here.");
    else if (shown == 0)
        empty = tr("No frozen component matches the filters: choose All systems, or clear Only "
                   "with gaps and the filter text.");
    m_empty->setText(empty);
    m_empty->setVisible(!empty.isEmpty());
    m_table->setVisible(empty.isEmpty());
    sizeColumns();
    int gaps = 0;
    for (int r = 0; r < shown; ++r) {
        const QModelIndex i = m_proxy->mapToSource(m_proxy->index(r, 0));
        if (const FrozenRegisterRow *row = m_model->rowAt(i.row()); row && !row->gaps.isEmpty())
            ++gaps;
    }
    const QString components = shown == all
        ? tr("%n frozen component(s)", nullptr, all)
        : tr("%1 of %2 frozen components").arg(shown).arg(all);
    m_count->setText(tr("%1, %2").arg(components, tr("%n with gaps", nullptr, gaps)));
    // The detail pane always shows a row when there is one.
    if (selectedRow() == nullptr && shown > 0)
        m_table->selectRow(0);
    if (selectedRow() == nullptr)
        showDetail();
    updateActions();
}

void FrozenPage::sizeColumns()
{
    // Once, to the first rows shown; the user's widths are kept after that.
    if (m_columnsSized || !m_table->isVisible() || m_proxy->rowCount() == 0)
        return;
    m_columnsSized = true;
    m_table->horizontalHeader()->setResizeContentsPrecision(200); // the first rows measured
    m_table->resizeColumnsToContents();
    for (int c = 0; c < FrozenRegisterModel::ColumnCount; ++c)
        m_table->setColumnWidth(c, qMin(m_table->columnWidth(c) + 8, 180));
}

// --- The detail of the selected row -----------------------------------------------------------

QString FrozenPage::subjectOf(const RiskAcceptance &a) const
{
    if (a.findingId == 0)
        return tr("The component");
    return m_findingNames.value(a.findingId, tr("Finding %1").arg(a.findingId));
}

void FrozenPage::showDetail()
{
    const qint64 keepControl = selectedControlId();
    const qint64 keepAcceptance = selectedAcceptanceId();
    m_controls->clear();
    m_acceptances->clear();
    const FrozenRegisterRow *r = selectedRow();
    if (!r) {
        m_summary->setText(m_model->rowCount() == 0
                               ? QString()
                               : tr("Select a frozen component to see its controls, risk "
                                    "acceptances and gaps."));
        showEvidence();
        updateActions();
        return;
    }
    const Component &c = r->eosl.row.component;
    const QDate today = m_model->today();

    // The finding names of the acceptances (pending ones are not among the accepted findings).
    m_findingNames.clear();
    for (const AcceptedFindingRef &f : r->acceptedFindings)
        m_findingNames.insert(f.findingId, f.vulnerability);
    bool missing = false;
    for (const RiskAcceptance &a : r->acceptances)
        missing = missing || (a.findingId != 0 && !m_findingNames.contains(a.findingId));
    for (const Control &ctl : r->controls)
        missing = missing || (ctl.findingId != 0 && !m_findingNames.contains(ctl.findingId));
    if (missing && m_workspace->isOpen()) {
        FindingFilter filter;
        filter.componentId = c.id;
        filter.states = allValues<AnalysisState>();
        filter.today = today;
        if (auto rows = m_workspace->findingRows(filter)) {
            for (const FindingRow &f : *rows)
                m_findingNames.insert(f.finding.id, f.vulnIdentifier);
        }
    }

    // Summary: what it is, why it is frozen, its EOSL, its gaps and accepted findings.
    const auto esc = [](const QString &s) { return s.toHtmlEscaped(); };
    QString html = tr("<p><b>%1 %2</b> on %3 — %4</p>")
                       .arg(esc(c.product), esc(c.version), esc(r->eosl.row.systemCode),
                            esc(r->eosl.row.systemName));
    html += tr("<p><b>Reason:</b> %1</p>").arg(esc(FrozenRegisterModel::reasonText(*r)));
    const SupportEnd &eosl = r->eosl.row.lifecycle.securitySupport.value;
    QString eoslLine = displayName(r->eosl.assessment.status, m_model->horizons());
    if (eosl.state == SupportState::Date)
        eoslLine = tr("%1 (security support ends %2)").arg(eoslLine, shortDate(eosl.date));
    if (r->eosl.row.lifecycle.extendedContract)
        eoslLine = tr("%1; extended support under contract").arg(eoslLine);
    html += tr("<p><b>EOSL:</b> %1</p>").arg(esc(eoslLine));
    if (r->gaps.isEmpty()) {
        html += tr("<p><b>Gaps:</b> none — the controls are in place and current.</p>");
    } else {
        html += tr("<p><b><span style='color:#b01c1c'>Gaps (%1):</span></b></p>")
                    .arg(r->gaps.size());
        html += QStringLiteral("<ul style='margin-left:-20px'>");
        for (const Gap &g : r->gaps)
            html += QStringLiteral("<li>%1</li>").arg(esc(g.message));
        html += QStringLiteral("</ul>");
    }
    if (r->acceptedFindings.isEmpty()) {
        html += tr("<p><b>Accepted findings:</b> none</p>");
    } else {
        html += tr("<p><b>Accepted findings (%1):</b></p>").arg(r->acceptedFindings.size());
        html += QStringLiteral("<ul style='margin-left:-20px'>");
        for (const AcceptedFindingRef &f : r->acceptedFindings)
            html += QStringLiteral("<li>%1</li>")
                        .arg(tr("%1 — %2").arg(esc(f.vulnerability), esc(f.title)));
        html += QStringLiteral("</ul>");
    }
    m_summary->setText(html);

    // Controls.
    for (const Control &ctl : r->controls) {
        auto *item = new QTreeWidgetItem(m_controls);
        item->setData(0, Qt::UserRole, ctl.id);
        item->setText(0, displayName(ctl.kind));
        item->setText(1, ctl.title);
        item->setToolTip(1, ctl.description.isEmpty() ? ctl.title : ctl.description);
        item->setText(2, ctl.owner);
        item->setText(3, ctl.isPeriodic() ? tr("%n day(s)", nullptr, *ctl.cadenceDays)
                                          : tr("not periodic"));
        item->setText(4, ctl.lastDone.isValid() ? shortDate(ctl.lastDone) : tr("never"));
        QString next;
        if (ctl.isPeriodic() && ctl.nextDue.isValid()) {
            next = isOverdue(ctl, today) ? tr("%1 (overdue)").arg(shortDate(ctl.nextDue))
                                         : shortDate(ctl.nextDue);
        }
        item->setText(5, next);
        if (isOverdue(ctl, today)) {
            item->setForeground(5, kAlert);
            QFont f = item->font(5);
            f.setBold(true);
            item->setFont(5, f);
            item->setToolTip(5, tr("Overdue: record the evidence of the check to clear it."));
        }
        item->setText(6, ctl.validUntil.isValid() ? shortDate(ctl.validUntil) : tr("open"));
        if (!isInEffect(ctl, today)) {
            item->setForeground(6, kWarn);
            item->setToolTip(6, tr("Not in effect today: it does not count for the gaps."));
        }
        QString attached;
        if (ctl.findingId != 0)
            attached = m_findingNames.value(ctl.findingId, tr("a finding"));
        else if (ctl.componentId != 0)
            attached = tr("the component");
        else
            attached = tr("the whole system");
        item->setText(7, attached);
    }

    // Acceptances.
    for (const RiskAcceptance &a : r->acceptances) {
        auto *item = new QTreeWidgetItem(m_acceptances);
        item->setData(0, Qt::UserRole, a.id);
        item->setText(0, subjectOf(a));
        item->setText(1, displayName(a.response));
        const AcceptanceState state = acceptanceState(a, today, m_warningDays);
        QString stateText = displayName(state);
        if (state == AcceptanceState::Expiring)
            stateText = tr("Expiring in %n day(s)", nullptr, daysToExpiry(a, today).value_or(0));
        item->setText(2, stateText);
        if (state == AcceptanceState::Expired)
            item->setForeground(2, kAlert);
        else if (state == AcceptanceState::Expiring || state == AcceptanceState::PendingApproval)
            item->setForeground(2, kWarn);
        item->setText(3, shortDate(a.expiresOn));
        item->setText(4, a.requester);
        item->setText(5, a.isApproved()
                             ? tr("%1 on %2").arg(a.approver, shortDate(a.approvedOn))
                             : tr("pending"));
        QStringList tip;
        if (!a.rationale.isEmpty())
            tip << tr("Justification: %1").arg(a.rationale);
        if (!a.residualRisk.isEmpty())
            tip << tr("Residual risk: %1").arg(a.residualRisk);
        tip << tr("Relies on %n control(s)", nullptr, int(a.controlIds.size()));
        for (int col = 0; col < 6; ++col)
            item->setToolTip(col, tip.join(QLatin1Char('\n')));
    }
    if (keepControl != 0)
        selectControl(keepControl);
    if (keepAcceptance != 0)
        selectAcceptance(keepAcceptance);
    showEvidence();
    updateActions();
}

void FrozenPage::showEvidence()
{
    m_evidence->clear();
    const Control *ctl = selectedControl();
    if (!ctl) {
        m_evidenceTitle->setText(tr("Evidence: select a control to see its log."));
        return;
    }
    m_evidenceTitle->setText(tr("Evidence of “%1”:").arg(ctl->title));
    if (!m_workspace->isOpen())
        return;
    auto log = m_workspace->controlEvidence(ctl->id);
    if (!log) {
        m_messages->showMessage(log.error().message, MessageBar::Type::Error);
        return;
    }
    for (const ControlEvidence &e : *log) {
        auto *item = new QTreeWidgetItem(m_evidence);
        item->setData(0, Qt::UserRole, e.id);
        item->setText(0, shortDate(e.doneOn));
        item->setText(1, e.doneBy);
        item->setText(2, e.note);
        item->setToolTip(2, e.note);
        item->setText(3, e.reference);
    }
    if (log->isEmpty())
        m_evidenceTitle->setText(tr("Evidence of “%1”: none recorded yet.").arg(ctl->title));
}

// --- Selection --------------------------------------------------------------------------------

const FrozenRegisterRow *FrozenPage::selectedRow() const
{
    const QModelIndexList rows = m_table->selectionModel()
        ? m_table->selectionModel()->selectedRows() : QModelIndexList();
    if (rows.isEmpty())
        return nullptr;
    return m_model->rowAt(m_proxy->mapToSource(rows.first()).row());
}

qint64 FrozenPage::selectedComponentId() const
{
    const FrozenRegisterRow *r = selectedRow();
    return r ? r->eosl.row.component.id : 0;
}

void FrozenPage::selectComponent(qint64 componentId)
{
    const int row = m_model->rowOf(componentId);
    const QModelIndex index
        = row < 0 ? QModelIndex() : m_proxy->mapFromSource(m_model->index(row, 0));
    if (!index.isValid()) {
        m_table->clearSelection();
        return;
    }
    m_table->selectRow(index.row());
    m_table->scrollTo(index);
}

const Control *FrozenPage::selectedControl() const
{
    const FrozenRegisterRow *r = selectedRow();
    const QTreeWidgetItem *item = m_controls->currentItem();
    if (!r || !item || !item->isSelected())
        return nullptr;
    const qint64 id = item->data(0, Qt::UserRole).toLongLong();
    for (const Control &c : r->controls) {
        if (c.id == id)
            return &c;
    }
    return nullptr;
}

qint64 FrozenPage::selectedControlId() const
{
    const Control *c = selectedControl();
    return c ? c->id : 0;
}

void FrozenPage::selectControl(qint64 controlId)
{
    for (int i = 0; i < m_controls->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_controls->topLevelItem(i);
        if (item->data(0, Qt::UserRole).toLongLong() == controlId) {
            m_controls->setCurrentItem(item);
            item->setSelected(true);
            return;
        }
    }
}

const RiskAcceptance *FrozenPage::selectedAcceptanceRecord() const
{
    const FrozenRegisterRow *r = selectedRow();
    const QTreeWidgetItem *item = m_acceptances->currentItem();
    if (!r || !item || !item->isSelected())
        return nullptr;
    const qint64 id = item->data(0, Qt::UserRole).toLongLong();
    for (const RiskAcceptance &a : r->acceptances) {
        if (a.id == id)
            return &a;
    }
    return nullptr;
}

qint64 FrozenPage::selectedAcceptanceId() const
{
    const RiskAcceptance *a = selectedAcceptanceRecord();
    return a ? a->id : 0;
}

void FrozenPage::selectAcceptance(qint64 acceptanceId)
{
    for (int i = 0; i < m_acceptances->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_acceptances->topLevelItem(i);
        if (item->data(0, Qt::UserRole).toLongLong() == acceptanceId) {
            m_acceptances->setCurrentItem(item);
            item->setSelected(true);
            return;
        }
    }
}

void FrozenPage::showSystem(qint64 systemId)
{
    const int index = m_system->findData(systemId);
    m_system->setCurrentIndex(index < 0 ? 0 : index);
}

void FrozenPage::showGapsOnly(bool on)
{
    m_gapsOnly->setChecked(on);
}

void FrozenPage::focusFilter()
{
    m_filter->setFocus(Qt::ShortcutFocusReason);
    m_filter->selectAll();
}

void FrozenPage::updateActions()
{
    const bool editable = m_workspace->canEdit();
    const bool row = selectedRow() != nullptr;
    const bool control = selectedControl() != nullptr;
    const bool acceptance = selectedAcceptanceRecord() != nullptr;
    for (QPushButton *b : {m_addControl, m_editControl, m_deleteControl, m_recordEvidence,
                           m_request, m_editAcceptance, m_approve, m_renew, m_deleteAcceptance})
        b->setVisible(editable);
    m_addControl->setEnabled(canCreate());
    m_editControl->setEnabled(editable && control);
    m_deleteControl->setEnabled(editable && control);
    m_recordEvidence->setEnabled(editable && control);
    m_request->setEnabled(editable && row);
    m_editAcceptance->setEnabled(editable && acceptance);
    const RiskAcceptance *a = selectedAcceptanceRecord();
    m_approve->setEnabled(editable && a && !a->isApproved());
    m_renew->setEnabled(editable && acceptance);
    m_deleteAcceptance->setEnabled(editable && acceptance);
    emit actionsChanged();
}

void FrozenPage::showRowMenu(const QPoint &pos)
{
    const QModelIndex index = m_table->indexAt(pos);
    if (!index.isValid())
        return;
    m_table->selectRow(index.row());
    const qint64 componentId = selectedComponentId();
    QMenu menu(this);
    QAction *show = menu.addAction(tr("Show component"));
    connect(show, &QAction::triggered, this,
            [this, componentId]() { emit openComponentRequested(componentId); });
    if (m_workspace->canEdit()) {
        menu.addSeparator();
        menu.addAction(tr("Add control…"), this, &FrozenPage::addControl);
        menu.addAction(tr("Request acceptance…"), this, &FrozenPage::requestAcceptance);
    }
    ListExport::addToMenu(menu, this, m_messages);
    menu.exec(m_table->viewport()->mapToGlobal(pos));
}

// --- Commands ----------------------------------------------------------------------------------

bool FrozenPage::runDialog(QDialog &dialog)
{
    if (m_runDialog)
        return m_runDialog(dialog);
    return dialog.exec() == QDialog::Accepted;
}

bool FrozenPage::confirm(const QString &title, const QString &question, const QString &detail,
                         const QString &action)
{
    if (m_confirm)
        return m_confirm(detail.isEmpty() ? question : tr("%1 %2").arg(question, detail));
    QMessageBox box(QMessageBox::Question, title, question, QMessageBox::Cancel, this);
    box.setInformativeText(detail);
    QPushButton *yes = box.addButton(action, QMessageBox::AcceptRole);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    return box.clickedButton() == yes;
}

bool FrozenPage::canCreate() const
{
    return m_workspace->canEdit();
}

void FrozenPage::createItem()
{
    addControl();
}

bool FrozenPage::canDelete() const
{
    return m_workspace->canEdit() && (selectedControl() || selectedAcceptanceRecord());
}

void FrozenPage::deleteSelected()
{
    if (m_acceptances->hasFocus() && selectedAcceptanceRecord())
        deleteAcceptance();
    else if (selectedControl())
        deleteControl();
    else if (selectedAcceptanceRecord())
        deleteAcceptance();
}

void FrozenPage::addControl()
{
    if (!canCreate())
        return;
    Control defaults;
    if (const FrozenRegisterRow *r = selectedRow()) {
        defaults.componentId = r->eosl.row.component.id;
        defaults.owner = r->eosl.row.ownerTeam;
        // The gap a new control most likely closes.
        for (const Gap &g : r->gaps) {
            if (g.kind == GapKind::EoslWithoutSupport) {
                defaults.kind = ControlKind::VendorSupportContract;
                break;
            }
            if (g.kind == GapKind::AcceptedWithoutLogReview) {
                defaults.kind = ControlKind::LogReview;
                defaults.cadenceDays = 30;
                defaults.componentId = g.componentId;
                defaults.findingId = g.findingId;
                break;
            }
        }
    } else if (const qint64 system = m_system->currentData().toLongLong(); system != 0) {
        defaults.systemId = system;
    }
    ControlDialog dialog(m_workspace, defaults, this);
    if (!runDialog(dialog))
        return;
    const Control c = dialog.control();
    const qint64 id = m_workspace->addControl(c);
    if (id == 0)
        return; // reported by the workspace (commandFailed), shown by the window
    reloadThenSelect(id, 0);
    m_messages->showMessage(tr("The control “%1” was added.").arg(c.title),
                            MessageBar::Type::Positive, 6000);
}

void FrozenPage::editControl()
{
    const Control *selected = selectedControl();
    if (!selected || !m_workspace->canEdit())
        return;
    const qint64 id = selected->id;
    auto stored = m_workspace->control(id);
    if (!stored || !stored->has_value()) {
        m_messages->showMessage(stored ? tr("The control was deleted meanwhile.")
                                       : stored.error().message,
                                MessageBar::Type::Error);
        reload();
        return;
    }
    ControlDialog dialog(m_workspace, **stored, this);
    if (!runDialog(dialog))
        return;
    if (m_workspace->editControl(dialog.control())) {
        reloadThenSelect(id, 0);
    }
}

void FrozenPage::deleteControl()
{
    const Control *selected = selectedControl();
    if (!selected || !m_workspace->canEdit())
        return;
    const Control c = *selected;
    if (!confirm(tr("Delete control"), tr("Delete the control “%1”?").arg(c.title),
                 tr("A control with recorded evidence, or one an acceptance relies on, cannot be "
                    "deleted: end it with a valid-until date instead. You can undo this with "
                    "Edit → Undo."),
                 tr("Delete")))
        return;
    if (m_workspace->deleteControl(c.id, c.rowVersion))
        reload();
}

void FrozenPage::recordEvidence()
{
    const Control *selected = selectedControl();
    if (!selected || !m_workspace->canEdit())
        return;
    const Control c = *selected;
    const FrozenRegisterRow *r = selectedRow();
    EvidenceDialog dialog(EvidenceDialog::Kind::Control,
                          tr("%1 on %2").arg(c.title, r ? r->eosl.row.systemCode : QString()),
                          m_workspace->today(), m_workspace->actor(), this);
    if (!runDialog(dialog))
        return;
    ControlEvidence e;
    e.controlId = c.id;
    e.doneOn = dialog.doneOn();
    e.doneBy = dialog.doneBy();
    e.note = dialog.note();
    e.reference = dialog.reference();
    auto stored = m_workspace->recordEvidence(e, c.rowVersion);
    if (!stored) {
        m_messages->showMessage(tr("The evidence could not be recorded. %1")
                                    .arg(stored.error().message),
                                MessageBar::Type::Error);
        return;
    }
    reloadThenSelect(c.id, 0);
    m_messages->showMessage(
        stored->nextDue.isValid()
            ? tr("Evidence recorded for “%1”; next due %2.")
                  .arg(c.title, shortDate(stored->nextDue))
            : tr("Evidence recorded for “%1”.").arg(c.title),
        MessageBar::Type::Positive, 6000);
}

void FrozenPage::requestAcceptance()
{
    const FrozenRegisterRow *r = selectedRow();
    if (!r || !m_workspace->canEdit())
        return;
    RiskAcceptance a;
    a.componentId = r->eosl.row.component.id;
    AcceptanceDialog dialog(m_workspace, a, this);
    if (!runDialog(dialog))
        return;
    const qint64 id = m_workspace->requestAcceptance(dialog.acceptance());
    if (id == 0)
        return;
    reloadThenSelect(0, id);
    m_messages->showMessage(tr("The risk acceptance was requested; someone other than %1 must "
                               "approve it.")
                                .arg(dialog.acceptance().requester),
                            MessageBar::Type::Positive, 8000);
}

void FrozenPage::editAcceptance()
{
    const RiskAcceptance *selected = selectedAcceptanceRecord();
    if (!selected || !m_workspace->canEdit())
        return;
    const qint64 id = selected->id;
    auto stored = m_workspace->acceptance(id);
    if (!stored || !stored->has_value()) {
        m_messages->showMessage(stored ? tr("The risk acceptance was deleted meanwhile.")
                                       : stored.error().message,
                                MessageBar::Type::Error);
        reload();
        return;
    }
    AcceptanceDialog dialog(m_workspace, **stored, this);
    if (!runDialog(dialog))
        return;
    if (m_workspace->editAcceptance(dialog.acceptance())) {
        reloadThenSelect(0, id);
    }
}

void FrozenPage::approveAcceptance()
{
    const RiskAcceptance *selected = selectedAcceptanceRecord();
    if (!selected || !m_workspace->canEdit())
        return;
    const RiskAcceptance a = *selected;
    const QString actor = m_workspace->actor();
    if (!confirm(tr("Approve risk acceptance"),
                 tr("Approve the risk acceptance of %1 requested by %2, until %3?")
                     .arg(subjectOf(a), a.requester, shortDate(a.expiresOn)),
                 tr("The approval is recorded as %1 today and cannot be undone.").arg(actor),
                 tr("Approve")))
        return;
    auto approved = m_workspace->approveAcceptance(a.id, a.rowVersion);
    if (!approved) {
        m_messages->showMessage(tr("The risk acceptance was not approved. %1")
                                    .arg(approved.error().message),
                                MessageBar::Type::Error);
        return;
    }
    reloadThenSelect(0, a.id);
    m_messages->showMessage(tr("The risk acceptance was approved by %1 until %2.")
                                .arg(actor, shortDate(approved->expiresOn)),
                            MessageBar::Type::Positive, 6000);
}

void FrozenPage::renewAcceptance()
{
    const RiskAcceptance *selected = selectedAcceptanceRecord();
    if (!selected || !m_workspace->canEdit())
        return;
    const RiskAcceptance a = *selected;
    const QDate today = m_workspace->today();
    QDialog dialog(this);
    dialog.setObjectName(QStringLiteral("renewDialog"));
    dialog.setWindowTitle(tr("Renew risk acceptance"));
    auto *date = new QDateEdit(&dialog);
    date->setObjectName(QStringLiteral("renewDate"));
    date->setCalendarPopup(true);
    date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    date->setMinimumDate(today.addDays(1));
    date->setDate(qMax(a.expiresOn, today).addDays(AcceptanceDialog::kDefaultDays));
    auto *text = new QLabel(tr("The acceptance of %1 expires on %2. Renewing it sets a new "
                               "expiry date and withdraws the approval: it needs approving "
                               "again, by someone other than the requester.")
                                .arg(subjectOf(a), shortDate(a.expiresOn)),
                            &dialog);
    text->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, &dialog);
    buttons->addButton(tr("Renew"), QDialogButtonBox::AcceptRole);
    auto *form = new QFormLayout;
    form->addRow(tr("&New expiry date:"), date);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(text);
    layout->addLayout(form);
    layout->addWidget(buttons);
    dialog.resize(440, dialog.sizeHint().height());
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    if (!runDialog(dialog))
        return;
    auto renewed = m_workspace->renewAcceptance(a.id, a.rowVersion, date->date());
    if (!renewed) {
        m_messages->showMessage(tr("The risk acceptance was not renewed. %1")
                                    .arg(renewed.error().message),
                                MessageBar::Type::Error);
        return;
    }
    reloadThenSelect(0, a.id);
    m_messages->showMessage(tr("Renewed until %1; it needs approving again.")
                                .arg(shortDate(renewed->expiresOn)),
                            MessageBar::Type::Positive, 6000);
}

void FrozenPage::deleteAcceptance()
{
    const RiskAcceptance *selected = selectedAcceptanceRecord();
    if (!selected || !m_workspace->canEdit())
        return;
    const RiskAcceptance a = *selected;
    if (!confirm(tr("Delete risk acceptance request"),
                 tr("Delete the risk acceptance request of %1?").arg(subjectOf(a)),
                 tr("Only a request that is not approved can be deleted. You can undo this with "
                    "Edit → Undo."),
                 tr("Delete")))
        return;
    if (m_workspace->deleteAcceptance(a.id, a.rowVersion))
        reload();
}

// --- State ----------------------------------------------------------------------------------

void FrozenPage::saveState(QSettings &settings) const
{
    if (m_columnsSized)
        settings.setValue(kHeaderState, m_table->horizontalHeader()->saveState());
    settings.setValue(kSplitterState, m_splitter->saveState());
    settings.setValue(kDetailState, m_detailSplitter->saveState());
    settings.setValue(kControlsHeader, m_controls->header()->saveState());
    settings.setValue(kAcceptancesHeader, m_acceptances->header()->saveState());
    settings.setValue(kGapsOnly, m_gapsOnly->isChecked());
    settings.setValue(kFilterText, m_filter->text());
}

void FrozenPage::restoreState(const QSettings &settings)
{
    if (m_table->horizontalHeader()->restoreState(settings.value(kHeaderState).toByteArray()))
        m_columnsSized = true;
    m_splitter->restoreState(settings.value(kSplitterState).toByteArray());
    m_detailSplitter->restoreState(settings.value(kDetailState).toByteArray());
    m_controls->header()->restoreState(settings.value(kControlsHeader).toByteArray());
    m_acceptances->header()->restoreState(settings.value(kAcceptancesHeader).toByteArray());
    m_gapsOnly->setChecked(settings.value(kGapsOnly, false).toBool());
    m_filter->setText(settings.value(kFilterText).toString());
}

FrozenDocumentData FrozenPage::documentData() const
{
    FrozenDocumentData data;
    for (int r = 0; r < m_proxy->rowCount(); ++r) {
        if (const FrozenRegisterRow *row
            = m_model->rowAt(m_proxy->mapToSource(m_proxy->index(r, 0)).row()))
            data.rows << *row;
    }
    data.today = m_model->today();
    data.horizons = m_model->horizons();
    data.warningDays = m_warningDays;
    if (m_workspace->isOpen()) {
        if (auto cadences = m_workspace->cadences())
            data.cadences = *cadences;
    }
    data.generatedAt = QDateTime::currentDateTime();
    data.generatedBy = m_workspace->actor();
    return data;
}

void FrozenPage::exportPdf()
{
    const FrozenDocumentData data = documentData();
    const FrozenDocumentOptions options;
    pp::exportPdf(this, tr("Export frozen-systems register as PDF"),
                  tr("frozen-register-%1.pdf").arg(data.today.toString(Qt::ISODate)),
                  options.setup, [data, options]() { return frozenDocument(data, options); },
                  [this](const PrintOutcome &outcome) { showOutcome(m_messages, outcome); });
}

void FrozenPage::printRegister()
{
    const FrozenDocumentData data = documentData();
    const FrozenDocumentOptions options;
    printPreview(this, tr("Print frozen-systems register"), options.setup,
                 [data, options]() { return frozenDocument(data, options); });
}

QAbstractItemView *FrozenPage::exportView() const
{
    return m_table;
}

QString FrozenPage::exportName() const
{
    return tr("frozen-register", "file name of an exported list");
}

} // namespace pp
