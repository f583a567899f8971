#include "ui/plans/planspage.h"

#include "models/itemmodels/plantablemodel.h"
#include "models/itemmodels/roles.h"
#include "models/itemmodels/steptablemodel.h"
#include "models/planning/planrules.h"
#include "models/workspace.h"
#include "ui/inventory/tableviews.h"
#include "ui/plans/approvaldialog.h"
#include "ui/plans/ganttview.h"
#include "ui/plans/planwizard.h"
#include "ui/plans/stepdialog.h"
#include "ui/widgets/messagebar.h"
#include "ui/widgets/pageparts.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTimeZone>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace pp {
namespace {

const QString kSplitterState = QStringLiteral("plansPage/splitter");
const QString kHeaderState = QStringLiteral("plansPage/header");
const QString kStepHeaderState = QStringLiteral("plansPage/stepHeader");
const QString kStatusFilter = QStringLiteral("plansPage/status");
const QString kTypeFilter = QStringLiteral("plansPage/type");

// The status chooser's first entries; the statuses follow with their enum value.
constexpr int kOpenPlans = -1;
constexpr int kAllPlans = -2;

enum StepTab { StepsTab, TimelineTab, ConflictsTab, ApprovalsTab };

/// Keys of a table the page handles itself: Enter, Delete, Ctrl+Up and Ctrl+Down. Delete is
/// claimed before the window's Delete action sees it (ShortcutOverride), so it removes a step,
/// never the plan.
class KeyFilter : public QObject
{
public:
    KeyFilter(QObject *parent, std::function<bool(QKeyEvent *)> onKey)
        : QObject(parent), m_onKey(std::move(onKey)) { }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::ShortcutOverride) {
            auto *key = static_cast<QKeyEvent *>(event);
            if (key->key() == Qt::Key_Delete && key->modifiers() == Qt::NoModifier) {
                event->accept();
                return true;
            }
        }
        if (event->type() == QEvent::KeyPress && m_onKey(static_cast<QKeyEvent *>(event)))
            return true;
        return QObject::eventFilter(watched, event);
    }

private:
    std::function<bool(QKeyEvent *)> m_onKey;
};

QString yesNo(const std::optional<bool> &answer)
{
    if (!answer)
        return PlansPage::tr("unanswered");
    return *answer ? PlansPage::tr("yes") : PlansPage::tr("no");
}

} // namespace

PlansPage::PlansPage(Workspace *workspace, QWidget *parent)
    : Page(parent)
    , m_workspace(workspace)
    , m_model(new PlanTableModel(this))
    , m_proxy(new PlanFilterProxyModel(this))
    , m_stepModel(new StepTableModel(this))
    , m_messages(new MessageBar(this))
    , m_statusFilter(new QComboBox(this))
    , m_typeFilter(new QComboBox(this))
    , m_filter(new QLineEdit(this))
    , m_splitter(new QSplitter(Qt::Vertical, this))
    , m_table(new QTableView(this))
    , m_empty(new QLabel(this))
    , m_count(new QLabel(this))
    , m_new(new QPushButton(tr("&New plan\u2026"), this))
    , m_delete(new QPushButton(tr("&Delete\u2026"), this))
    , m_detail(new QWidget(this))
    , m_header(new QLabel(this))
    , m_noSelection(new QLabel(this))
    , m_submit(new QPushButton(tr("Su&bmit for review"), this))
    , m_approve(new QPushButton(tr("&Approve\u2026"), this))
    , m_confirmApproval(new QPushButton(tr("Confir&m approval"), this))
    , m_schedule(new QPushButton(tr("Sched&ule"), this))
    , m_start(new QPushButton(tr("Start &work"), this))
    , m_complete(new QPushButton(tr("C&omplete\u2026"), this))
    , m_rollBack(new QPushButton(tr("Roll ba&ck"), this))
    , m_cancel(new QPushButton(tr("Cance&l plan\u2026"), this))
    , m_tabs(new QTabWidget(this))
    , m_stepTable(new QTableView(this))
    , m_addStep(new QPushButton(tr("Add ste&p\u2026"), this))
    , m_editStep(new QPushButton(tr("Ed&it step\u2026"), this))
    , m_removeStep(new QPushButton(tr("Remove step"), this))
    , m_moveUp(new QPushButton(tr("Move up"), this))
    , m_moveDown(new QPushButton(tr("Move down"), this))
    , m_checkOff(new QPushButton(tr("Chec&k off\u2026"), this))
    , m_stepsNote(new QLabel(this))
    , m_gantt(new GanttView(this))
    , m_conflictList(new QTreeWidget(this))
    , m_conflictsEmpty(new QLabel(this))
    , m_approvalList(new QTreeWidget(this))
    , m_approvalsEmpty(new QLabel(this))
{
    setObjectName(QStringLiteral("plansPage"));
    m_proxy->setSourceModel(m_model);

    // --- Filters ---
    m_statusFilter->setObjectName(QStringLiteral("planStatusChooser"));
    m_statusFilter->addItem(tr("Open plans"), kOpenPlans);
    m_statusFilter->addItem(tr("All plans"), kAllPlans);
    for (PlanStatus s : allValues<PlanStatus>())
        m_statusFilter->addItem(displayName(s), int(s));
    m_typeFilter->setObjectName(QStringLiteral("planTypeChooser"));
    m_typeFilter->addItem(tr("Every type"), -1);
    for (PlanType t : allValues<PlanType>())
        m_typeFilter->addItem(displayName(t), int(t));
    m_filter->setObjectName(QStringLiteral("planFilter"));
    m_filter->setPlaceholderText(tr("Filter by title, system, author or description"));
    m_filter->setClearButtonEnabled(true);
    auto *statusLabel = new QLabel(tr("&Status:"), this);
    statusLabel->setBuddy(m_statusFilter);
    auto *typeLabel = new QLabel(tr("T&ype:"), this);
    typeLabel->setBuddy(m_typeFilter);
    auto *filterLabel = new QLabel(tr("Filte&r:"), this);
    filterLabel->setBuddy(m_filter);
    auto *filters = new QHBoxLayout;
    filters->addWidget(statusLabel);
    filters->addWidget(m_statusFilter);
    filters->addSpacing(8);
    filters->addWidget(typeLabel);
    filters->addWidget(m_typeFilter);
    filters->addSpacing(8);
    filters->addWidget(filterLabel);
    filters->addWidget(m_filter, 1);

    // --- The list ---
    m_table->setObjectName(QStringLiteral("planTable"));
    m_table->setModel(m_proxy);
    Internal::setUpTable(m_table);
    m_table->sortByColumn(PlanTableModel::Window, Qt::AscendingOrder);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_empty->setObjectName(QStringLiteral("plansEmpty"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    m_count->setObjectName(QStringLiteral("planCount"));
    m_new->setObjectName(QStringLiteral("newPlanButton"));
    m_delete->setObjectName(QStringLiteral("deletePlanButton"));
    auto *listButtons = new QHBoxLayout;
    listButtons->setContentsMargins(0, 0, 0, 0);
    listButtons->addWidget(m_count, 1);
    listButtons->addWidget(m_new);
    listButtons->addWidget(m_delete);
    auto *listPane = new QWidget(this);
    auto *listLayout = new QVBoxLayout(listPane);
    listLayout->setContentsMargins(0, 0, 0, 4);
    listLayout->addWidget(PageParts::withEmptyState(m_table, m_empty, listPane), 1);
    listLayout->addLayout(listButtons);

    // --- The detail: header, status actions, tabs ---
    m_header->setObjectName(QStringLiteral("planHeader"));
    m_header->setWordWrap(true);
    m_header->setTextFormat(Qt::RichText);
    m_header->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_noSelection->setObjectName(QStringLiteral("planNoSelection"));
    m_noSelection->setAlignment(Qt::AlignCenter);
    m_noSelection->setForegroundRole(QPalette::PlaceholderText);
    m_noSelection->setText(tr("Select a plan to see its steps, timeline, conflicts and "
                              "approvals."));
    const QList<QPair<QPushButton *, QString>> statusButtons{
        {m_submit, QStringLiteral("submitPlanButton")},
        {m_approve, QStringLiteral("approvePlanButton")},
        {m_confirmApproval, QStringLiteral("confirmApprovalButton")},
        {m_schedule, QStringLiteral("schedulePlanButton")},
        {m_start, QStringLiteral("startPlanButton")},
        {m_complete, QStringLiteral("completePlanButton")},
        {m_rollBack, QStringLiteral("rollBackPlanButton")},
        {m_cancel, QStringLiteral("cancelPlanButton")},
    };
    auto *actions = new QHBoxLayout;
    actions->setContentsMargins(0, 0, 0, 0);
    for (const auto &[button, name] : statusButtons) {
        button->setObjectName(name);
        actions->addWidget(button);
    }
    actions->addStretch(1);
    m_print = new QPushButton(tr("Print or e&xport…"), this);
    m_print->setObjectName(QStringLiteral("printPlanButton"));
    m_print->setToolTip(tr("Print the plan or export it as a PDF: cover, scope, steps with "
                           "checkboxes, rollback and the timeline (Ctrl+P)."));
    actions->addWidget(m_print);
    m_submit->setToolTip(tr("Send the plan to review: its steps must be paired and its "
                            "dependencies valid."));
    m_approve->setToolTip(tr("Approve or reject the plan with the security checklist (not "
                             "as its author)."));
    m_confirmApproval->setToolTip(tr("Confirm the provisional approval of an emergency plan "
                                     "(due within 24 hours of it)."));

    // Steps tab.
    m_stepTable->setObjectName(QStringLiteral("stepTable"));
    m_stepTable->setModel(m_stepModel);
    Internal::setUpTable(m_stepTable);
    // The order is the plan's order: Move up and Move down change it, not a sort.
    m_stepTable->setSortingEnabled(false);
    m_stepTable->horizontalHeader()->setSectionsMovable(true);
    m_stepTable->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_addStep->setObjectName(QStringLiteral("addStepButton"));
    m_editStep->setObjectName(QStringLiteral("editStepButton"));
    m_removeStep->setObjectName(QStringLiteral("removeStepButton"));
    m_moveUp->setObjectName(QStringLiteral("moveStepUpButton"));
    m_moveDown->setObjectName(QStringLiteral("moveStepDownButton"));
    m_checkOff->setObjectName(QStringLiteral("checkOffButton"));
    m_addStep->setToolTip(tr("Add a step after the selected one (Insert)."));
    m_editStep->setToolTip(tr("Edit the selected step (Enter)."));
    m_removeStep->setToolTip(tr("Remove the selected step (Delete)."));
    m_moveUp->setToolTip(tr("Move the selected step up (Ctrl+Up)."));
    m_moveDown->setToolTip(tr("Move the selected step down (Ctrl+Down)."));
    m_stepsNote->setObjectName(QStringLiteral("stepsNote"));
    m_stepsNote->setWordWrap(true);
    m_stepsNote->setForegroundRole(QPalette::PlaceholderText);
    auto *stepButtons = new QHBoxLayout;
    stepButtons->setContentsMargins(0, 0, 0, 0);
    stepButtons->addWidget(m_stepsNote, 1);
    for (QPushButton *b : {m_addStep, m_editStep, m_removeStep, m_moveUp, m_moveDown, m_checkOff})
        stepButtons->addWidget(b);
    auto *stepsPane = new QWidget(this);
    auto *stepsLayout = new QVBoxLayout(stepsPane);
    stepsLayout->setContentsMargins(4, 4, 4, 4);
    stepsLayout->addWidget(m_stepTable, 1);
    stepsLayout->addLayout(stepButtons);

    // Conflicts tab.
    m_conflictList->setObjectName(QStringLiteral("conflictList"));
    m_conflictList->setRootIsDecorated(false);
    m_conflictList->setAlternatingRowColors(true);
    m_conflictList->setWordWrap(true);
    m_conflictList->setHeaderLabels({tr("Conflict"), tr("System"), tr("Reason")});
    m_conflictList->header()->setStretchLastSection(true);
    m_conflictsEmpty->setObjectName(QStringLiteral("conflictsEmpty"));
    m_conflictsEmpty->setAlignment(Qt::AlignCenter);
    m_conflictsEmpty->setWordWrap(true);
    m_conflictsEmpty->setForegroundRole(QPalette::PlaceholderText);
    m_conflictsEmpty->setText(tr("No conflicts: the window is inside the systems' maintenance "
                                 "windows, outside blackouts and holidays, and nothing else is "
                                 "booked then."));

    // Approvals tab.
    m_approvalList->setObjectName(QStringLiteral("approvalList"));
    m_approvalList->setRootIsDecorated(false);
    m_approvalList->setAlternatingRowColors(true);
    m_approvalList->setHeaderLabels({tr("Approver"), tr("Decision"), tr("When"),
                                     tr("Checklist"), tr("Comment"), tr("Confirmed at")});
    m_approvalsEmpty->setObjectName(QStringLiteral("approvalsEmpty"));
    m_approvalsEmpty->setAlignment(Qt::AlignCenter);
    m_approvalsEmpty->setWordWrap(true);
    m_approvalsEmpty->setForegroundRole(QPalette::PlaceholderText);
    m_approvalsEmpty->setText(tr("No decisions yet: submit the plan for review, then someone "
                                 "other than its author approves it."));

    m_tabs->setObjectName(QStringLiteral("planTabs"));
    m_tabs->addTab(stepsPane, tr("Steps"));
    m_tabs->addTab(m_gantt, tr("Timeline"));
    m_tabs->addTab(PageParts::withEmptyState(m_conflictList, m_conflictsEmpty, this),
                   tr("Conflicts"));
    m_tabs->addTab(PageParts::withEmptyState(m_approvalList, m_approvalsEmpty, this),
                   tr("Approvals"));

    auto *detailLayout = new QVBoxLayout(m_detail);
    detailLayout->setContentsMargins(0, 4, 0, 0);
    detailLayout->addWidget(m_header);
    detailLayout->addLayout(actions);
    detailLayout->addWidget(m_tabs, 1);
    auto *detailHolder = new QWidget(this);
    auto *holderLayout = new QVBoxLayout(detailHolder);
    holderLayout->setContentsMargins(0, 0, 0, 0);
    holderLayout->addWidget(m_detail, 1);
    holderLayout->addWidget(m_noSelection, 1);

    m_splitter->setObjectName(QStringLiteral("plansSplitter"));
    m_splitter->addWidget(listPane);
    m_splitter->addWidget(detailHolder);
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 3);
    // A few plans above, most of the height for the steps (scaled to the page's height).
    m_splitter->setSizes({220, 580});
    m_splitter->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->addWidget(PageParts::heading(tr("Patch plans"), this));
    layout->addWidget(m_messages);
    layout->addLayout(filters);
    layout->addWidget(m_splitter, 1);

    setTabOrder(m_statusFilter, m_typeFilter);
    setTabOrder(m_typeFilter, m_filter);
    setTabOrder(m_filter, m_table);
    setTabOrder(m_table, m_new);
    setTabOrder(m_new, m_delete);
    setTabOrder(m_delete, m_submit);

    // --- Wiring ---
    connect(m_statusFilter, &QComboBox::currentIndexChanged, this, &PlansPage::applyFilter);
    connect(m_typeFilter, &QComboBox::currentIndexChanged, this, &PlansPage::applyFilter);
    connect(m_filter, &QLineEdit::textChanged, this, &PlansPage::applyFilter);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &PlansPage::loadDetail);
    connect(m_stepTable->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &PlansPage::updateActions);
    connect(m_stepTable, &QTableView::doubleClicked, this, &PlansPage::editStep);
    m_stepTable->installEventFilter(new KeyFilter(this, [this](QKeyEvent *key) {
        const bool ctrl = key->modifiers() == Qt::ControlModifier;
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) && !ctrl)
            editStep();
        else if (key->key() == Qt::Key_Delete && key->modifiers() == Qt::NoModifier)
            removeStep();
        else if (key->key() == Qt::Key_Insert)
            addStep();
        else if (ctrl && key->key() == Qt::Key_Up)
            moveStep(-1);
        else if (ctrl && key->key() == Qt::Key_Down)
            moveStep(1);
        else
            return false;
        return true;
    }));
    connect(m_new, &QPushButton::clicked, this, &PlansPage::createItem);
    connect(m_delete, &QPushButton::clicked, this, &PlansPage::deleteSelected);
    connect(m_submit, &QPushButton::clicked, this, &PlansPage::submitForReview);
    connect(m_approve, &QPushButton::clicked, this, &PlansPage::approve);
    connect(m_confirmApproval, &QPushButton::clicked, this, &PlansPage::confirmApproval);
    connect(m_schedule, &QPushButton::clicked, this, &PlansPage::schedule);
    connect(m_start, &QPushButton::clicked, this, &PlansPage::start);
    connect(m_complete, &QPushButton::clicked, this, &PlansPage::complete);
    connect(m_rollBack, &QPushButton::clicked, this, &PlansPage::rollBack);
    connect(m_cancel, &QPushButton::clicked, this, &PlansPage::cancelPlan);
    connect(m_addStep, &QPushButton::clicked, this, &PlansPage::addStep);
    connect(m_editStep, &QPushButton::clicked, this, &PlansPage::editStep);
    connect(m_removeStep, &QPushButton::clicked, this, &PlansPage::removeStep);
    connect(m_moveUp, &QPushButton::clicked, this, [this]() { moveStep(-1); });
    connect(m_moveDown, &QPushButton::clicked, this, [this]() { moveStep(1); });
    connect(m_checkOff, &QPushButton::clicked, this, &PlansPage::toggleStepDone);
    connect(m_print, &QPushButton::clicked, this, &PlansPage::printPlan);
    connect(m_gantt, &GanttView::stepActivated, this, [this](qint64 stepId) {
        m_tabs->setCurrentIndex(StepsTab);
        selectStep(stepId);
    });
    connect(m_workspace, &Workspace::databaseChanged, this, [this]() {
        m_messages->dismiss();
        reload();
    });
    connect(m_workspace, &Workspace::plansChanged, this, &PlansPage::scheduleReload);
    connect(m_workspace, &Workspace::systemsChanged, this, &PlansPage::scheduleReload);
    reload();
}

// --- Loading ------------------------------------------------------------------------------------

void PlansPage::scheduleReload()
{
    // A hidden page reloads when it is shown; several changes arriving together make one reload.
    if (!isVisible()) {
        m_stale = true;
        return;
    }
    if (m_reloadPending)
        return;
    m_reloadPending = true;
    QTimer::singleShot(0, this, &PlansPage::reload);
}

void PlansPage::showEvent(QShowEvent *event)
{
    Page::showEvent(event);
    if (m_stale)
        reload();
    sizeColumns();
}

void PlansPage::reload()
{
    m_reloadPending = false;
    m_stale = false;
    const qint64 selected = selectedPlanId();
    QList<PlanRow> rows;
    m_systemCodes.clear();
    if (m_workspace->isOpen()) {
        if (auto systems = m_workspace->systems()) {
            for (const System &s : *systems)
                m_systemCodes.insert(s.id, s.code);
        }
        auto plans = m_workspace->plans();
        if (!plans) {
            reportError(tr("The plans could not be read. %1").arg(plans.error().message));
        } else {
            QList<qint64> ids;
            for (const Plan &p : *plans)
                ids << p.id;
            // One batch, not a query a plan, and only the steps' phase and state.
            const auto progress = m_workspace->planProgressOf(ids);
            if (!progress)
                reportError(tr("The plans' progress could not be read. %1")
                                .arg(progress.error().message));
            for (const Plan &p : *plans) {
                PlanRow row;
                row.plan = p;
                for (qint64 id : p.systemIds)
                    row.systemCodes << m_systemCodes.value(id, tr("#%1").arg(id));
                if (progress) {
                    const PlanProgress done = progress->value(p.id);
                    row.stepsTotal = done.total;
                    row.stepsDone = done.done;
                }
                rows << row;
            }
        }
    }
    {
        // The selection is put back below; the detail loads once, not twice.
        const QSignalBlocker block(m_table->selectionModel());
        m_model->setRows(rows);
    }
    applyFilter();
    if (selected != 0 && m_model->rowOf(selected) >= 0) {
        const QModelIndex index = m_proxy->mapFromSource(m_model->index(m_model->rowOf(selected), 0));
        if (index.isValid()) {
            const QSignalBlocker block(m_table->selectionModel());
            m_table->selectRow(index.row());
        }
    }
    loadDetail();
}

void PlansPage::applyFilter()
{
    const int status = m_statusFilter->currentData().toInt();
    if (status == kOpenPlans)
        m_proxy->setStatusFilter(PlanFilterProxyModel::StatusFilter::Open);
    else if (status == kAllPlans)
        m_proxy->setStatusFilter(PlanFilterProxyModel::StatusFilter::All);
    else
        m_proxy->setStatusFilter(PlanFilterProxyModel::StatusFilter::One, PlanStatus(status));
    const int type = m_typeFilter->currentData().toInt();
    m_proxy->setType(type < 0 ? std::nullopt : std::optional<PlanType>(PlanType(type)));
    m_proxy->setText(m_filter->text());

    const int all = m_model->rowCount();
    const int shown = m_proxy->rowCount();
    QString empty;
    if (!m_workspace->isOpen())
        empty = tr("No database is open: open one with File \u2192 Open database.");
    else if (all == 0)
        empty = tr("No patch plans yet: make one with New plan, from the pending patches of "
                   "the systems.");
    else if (shown == 0)
        empty = tr("No plan matches the filters: choose All plans and Every type, or clear "
                   "the filter text.");
    m_empty->setText(empty);
    m_empty->setVisible(!empty.isEmpty());
    m_table->setVisible(empty.isEmpty());
    m_count->setText(shown == all ? tr("%n plan(s)", nullptr, all)
                                  : tr("%1 of %2 plans").arg(shown).arg(all));
    // A plan the filter hid is no longer the one shown below.
    if (m_plan && selectedPlanId() != m_plan->id)
        loadDetail();
    sizeColumns();
    updateActions();
}

void PlansPage::loadDetail()
{
    const qint64 id = selectedPlanId();
    const qint64 step = selectedStepId();
    const bool samePlan = m_plan && m_plan->id == id;
    m_plan.reset();
    m_steps.clear();
    m_approvals.clear();
    m_conflicts.clear();
    if (id != 0 && m_workspace->isOpen()) {
        auto plan = m_workspace->plan(id);
        auto steps = m_workspace->planSteps(id);
        auto approvals = m_workspace->planApprovals(id);
        auto conflicts = m_workspace->planConflicts(id);
        if (!plan || !steps || !approvals) {
            const Error &error = !plan ? plan.error() : !steps ? steps.error() : approvals.error();
            reportError(tr("The plan could not be read. %1").arg(error.message));
        } else if (plan->has_value()) {
            m_plan = **plan;
            m_steps = *steps;
            m_approvals = *approvals;
            if (conflicts)
                m_conflicts = *conflicts;
            else
                reportError(tr("The conflicts of the plan could not be worked out. %1")
                                .arg(conflicts.error().message));
        }
    }
    showDetail();
    if (samePlan && step != 0)
        selectStep(step);
    updateActions();
}

void PlansPage::showDetail()
{
    m_detail->setVisible(m_plan.has_value());
    m_noSelection->setVisible(!m_plan.has_value());
    if (!m_plan) {
        m_stepModel->setSteps(Plan{}, {});
        m_gantt->clear();
        m_conflictList->clear();
        m_approvalList->clear();
        return;
    }
    const Plan &p = *m_plan;
    QStringList codes;
    for (qint64 id : p.systemIds)
        codes << m_systemCodes.value(id, tr("#%1").arg(id));
    const QString status = p.status == PlanStatus::InReview || p.status == PlanStatus::InProgress
        ? tr("<b>%1</b>").arg(displayName(p.status).toHtmlEscaped())
        : displayName(p.status).toHtmlEscaped();
    m_header->setText(
        tr("<span style=\"font-size:large\"><b>%1</b></span><br>%2 \u00b7 %3 \u00b7 window %4 "
           "(%5) \u00b7 author %6 \u00b7 systems %7")
            .arg(p.title.toHtmlEscaped(), displayName(p.type).toHtmlEscaped(), status,
                 PlanTableModel::windowText(p).toHtmlEscaped(), p.timeZone.toHtmlEscaped(),
                 p.author.toHtmlEscaped(),
                 codes.isEmpty() ? tr("none") : codes.join(QLatin1String(", ")).toHtmlEscaped()));

    m_stepModel->setSteps(p, m_steps);
    m_gantt->setNow(m_workspace->now());
    m_gantt->setPlan(p, m_steps);

    m_conflictList->clear();
    for (const PlanConflict &c : m_conflicts) {
        auto *item = new QTreeWidgetItem(m_conflictList);
        item->setText(0, displayName(c.kind));
        item->setText(1, c.systemId == 0 ? QString() : m_systemCodes.value(c.systemId));
        item->setText(2, c.reason);
        item->setToolTip(2, c.reason);
    }
    m_conflictList->setVisible(!m_conflicts.isEmpty());
    m_conflictsEmpty->setVisible(m_conflicts.isEmpty());
    if (!m_conflicts.isEmpty()) {
        m_conflictList->resizeColumnToContents(0);
        m_conflictList->resizeColumnToContents(1);
    }
    m_tabs->setTabText(ConflictsTab, m_conflicts.isEmpty()
                                         ? tr("Conflicts")
                                         : tr("Conflicts (%1)").arg(m_conflicts.size()));

    m_approvalList->clear();
    const QDateTime now = m_workspace->now();
    for (const Approval &a : m_approvals) {
        auto *item = new QTreeWidgetItem(m_approvalList);
        item->setText(0, a.approver);
        QString decision = displayName(a.decision);
        if (a.decision == ApprovalDecision::Provisional && provisionalOverdue(a, now)) {
            decision = tr("%1 \u2014 overdue: not confirmed within 24 hours").arg(decision);
            item->setForeground(1, QColor(0xb0, 0x1c, 0x1c));
        }
        item->setText(1, decision);
        item->setText(2, PlanTableModel::timeText(a.decidedAt, p.timeZone));
        const SecurityChecklist &c = a.checklist;
        item->setText(3, tr("Reachability changed: %1 \u00b7 monitoring changed: %2 \u00b7 "
                            "runbook agrees: %3 \u00b7 backup confirmed: %4 \u00b7 rollback "
                            "confirmed: %5")
                             .arg(yesNo(c.networkReachabilityChanged), yesNo(c.monitoringChanged),
                                  yesNo(c.runbookAgreesWithPolicy),
                                  yesNo(c.backupRestoreConfirmed), yesNo(c.rollbackConfirmed)));
        if (!c.note.isEmpty())
            item->setToolTip(3, c.note);
        item->setText(4, a.comment);
        item->setToolTip(4, a.comment);
        item->setText(5, a.decision != ApprovalDecision::Provisional ? QString()
                         : a.confirmedAt.isValid()
                             ? PlanTableModel::timeText(a.confirmedAt, p.timeZone)
                             : tr("not yet"));
    }
    m_approvalList->setVisible(!m_approvals.isEmpty());
    m_approvalsEmpty->setVisible(m_approvals.isEmpty());
    if (!m_approvals.isEmpty()) {
        for (int c = 0; c < 3; ++c)
            m_approvalList->resizeColumnToContents(c);
    }

    if (!m_stepColumnsSized && isVisible() && !m_steps.isEmpty()) {
        m_stepColumnsSized = true;
        m_stepTable->resizeColumnsToContents();
        // The step's title matters most; long partner names and notes are in tooltips.
        for (int c = 0; c < StepTableModel::ColumnCount; ++c) {
            const int cap = c == StepTableModel::Title ? 380
                : c == StepTableModel::PairedWith || c == StepTableModel::Notes ? 180
                                                                                : 200;
            m_stepTable->setColumnWidth(c, qMin(m_stepTable->columnWidth(c), cap));
        }
    }
}

void PlansPage::sizeColumns()
{
    // Once, to the first rows shown; the user's widths are kept after that.
    if (m_columnsSized || !m_table->isVisible() || m_proxy->rowCount() == 0)
        return;
    m_columnsSized = true;
    m_table->resizeColumnsToContents();
    for (int c = 0; c < PlanTableModel::ColumnCount; ++c)
        m_table->setColumnWidth(c, qMin(m_table->columnWidth(c), 360));
    if (m_plan && !m_stepColumnsSized)
        showDetail();
}

// --- Selection ----------------------------------------------------------------------------------

qint64 PlansPage::selectedPlanId() const
{
    const QModelIndexList rows = m_table->selectionModel()
        ? m_table->selectionModel()->selectedRows() : QModelIndexList();
    if (rows.isEmpty())
        return 0;
    const PlanRow *r = m_model->rowAt(m_proxy->mapToSource(rows.first()).row());
    return r ? r->plan.id : 0;
}

void PlansPage::selectPlan(qint64 id)
{
    // A plan made a moment ago may not be listed yet: read the list now.
    if (m_model->rowOf(id) < 0 && (m_reloadPending || m_stale))
        reload();
    const int row = m_model->rowOf(id);
    if (row < 0) {
        m_table->clearSelection();
        return;
    }
    QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    if (!index.isValid()) {
        // Hidden by the filters: show every plan.
        m_statusFilter->setCurrentIndex(m_statusFilter->findData(kAllPlans));
        m_typeFilter->setCurrentIndex(0);
        m_filter->clear();
        index = m_proxy->mapFromSource(m_model->index(row, 0));
    }
    m_table->selectRow(index.row());
    m_table->scrollTo(index);
}

qint64 PlansPage::selectedStepId() const
{
    const QModelIndexList rows = m_stepTable->selectionModel()
        ? m_stepTable->selectionModel()->selectedRows() : QModelIndexList();
    if (rows.isEmpty())
        return 0;
    const PlanStep *s = m_stepModel->stepAt(rows.first().row());
    return s ? s->id : 0;
}

void PlansPage::selectStep(qint64 id)
{
    const int row = m_stepModel->rowOf(id);
    if (row < 0) {
        m_stepTable->clearSelection();
        return;
    }
    m_stepTable->selectRow(row);
    m_stepTable->scrollTo(m_stepModel->index(row, 0));
}

void PlansPage::focusFilter()
{
    m_filter->setFocus(Qt::ShortcutFocusReason);
    m_filter->selectAll();
}

// --- Actions ------------------------------------------------------------------------------------

bool PlansPage::runDialog(QDialog &dialog)
{
    if (m_runDialog)
        return m_runDialog(dialog);
    return dialog.exec() == QDialog::Accepted;
}

bool PlansPage::confirm(const QString &question, const QString &title)
{
    if (m_confirm)
        return m_confirm(question);
    return QMessageBox::question(this, title, question, QMessageBox::Yes | QMessageBox::No,
                                 QMessageBox::No)
        == QMessageBox::Yes;
}

void PlansPage::reportError(const QString &message)
{
    m_messages->showMessage(message, MessageBar::Type::Error);
}

void PlansPage::reportSuccess(const QString &message)
{
    m_messages->showMessage(message, MessageBar::Type::Positive, 8000);
}

bool PlansPage::canCreate() const
{
    return m_workspace->canEdit();
}

void PlansPage::createItem()
{
    createPlanFor(PlanType::Regular, {}, {});
}

void PlansPage::createPlanFor(PlanType type, const QList<qint64> &systemIds,
                              const QList<qint64> &patchIds)
{
    if (!canCreate())
        return;
    PlanWizard wizard(m_workspace, this);
    if (!systemIds.isEmpty() || !patchIds.isEmpty() || type != PlanType::Regular)
        wizard.setPreset(type, systemIds, patchIds);
    if (!runDialog(wizard) || wizard.createdPlanId() == 0)
        return;
    const qint64 id = wizard.createdPlanId();
    reload();
    selectPlan(id);
    if (m_plan)
        reportSuccess(tr("The plan “%1” was made as a draft: check its steps and conflicts, "
                         "then submit it for review.")
                          .arg(m_plan->title));
}

bool PlansPage::canDelete() const
{
    return m_workspace->canEdit() && selectedPlanId() != 0;
}

void PlansPage::deleteSelected()
{
    if (!canDelete() || !m_plan)
        return;
    const Plan p = *m_plan;
    if (!confirm(tr("Delete the plan “%1” with its steps? You can undo this with Edit \u2192 "
                    "Undo.")
                     .arg(p.title),
                 tr("Delete plan")))
        return;
    // The workspace refuses plans past draft that are not cancelled, and says why.
    if (m_workspace->deletePlan(p.id, p.rowVersion)) {
        reload();
        reportSuccess(tr("The plan “%1” was deleted.").arg(p.title));
    }
}

bool PlansPage::stepsEditable() const
{
    return m_plan && m_workspace->canEdit()
        && (m_plan->status == PlanStatus::Draft || m_plan->status == PlanStatus::InReview
            || m_plan->status == PlanStatus::Approved || m_plan->status == PlanStatus::Scheduled);
}

bool PlansPage::saveSteps(QList<PlanStep> steps, int selectRow)
{
    if (!stepsEditable())
        return false;
    const Plan p = *m_plan;
    if (p.status == PlanStatus::Approved || p.status == PlanStatus::Scheduled) {
        if (!confirm(tr("The plan “%1” is %2. Changing its steps returns it to draft: it must "
                        "be submitted for review and approved again. Change the steps?")
                         .arg(p.title, displayName(p.status).toLower()),
                     tr("Change an approved plan")))
            return false;
    }
    // Saved steps keep their ids; a new step (id 0) is referred to by nobody yet, so the
    // positions may be renumbered freely. The times follow from the window and the order.
    for (int i = 0; i < steps.size(); ++i)
        steps[i].position = i + 1;
    steps = scheduleSteps(steps, p);
    if (!m_workspace->editPlanSteps(p.id, p.rowVersion, steps))
        return false; // reported by the workspace (commandFailed), shown by the window
    reload();
    if (selectRow >= 0 && selectRow < m_stepModel->rowCount())
        m_stepTable->selectRow(selectRow);
    if (p.status == PlanStatus::Approved || p.status == PlanStatus::Scheduled)
        m_messages->showMessage(tr("The plan “%1” is a draft again: submit it for review when "
                                   "the steps are right.")
                                    .arg(p.title),
                                MessageBar::Type::Information, 10000);
    return true;
}

void PlansPage::addStep()
{
    if (!stepsEditable())
        return;
    const int selected = m_stepModel->rowOf(selectedStepId());
    const int at = selected < 0 ? int(m_steps.size()) : selected + 1;
    PlanStep step;
    step.planId = m_plan->id;
    step.position = at + 1;
    step.phase = StepPhase::Apply;
    if (selected >= 0 && m_steps.at(selected).phase != StepPhase::Milestone) {
        step.phase = m_steps.at(selected).phase;
        step.ownerRole = m_steps.at(selected).ownerRole;
    }
    step.durationMinutes = 15;
    StepDialog dialog(step, m_steps, this);
    if (!runDialog(dialog) || !dialog.validationError().isEmpty())
        return;
    QList<PlanStep> steps = m_steps;
    PlanStep added = dialog.step();
    added.id = 0;
    steps.insert(at, added);
    if (saveSteps(steps, at))
        reportSuccess(tr("The step “%1” was added.").arg(added.title));
}

void PlansPage::editStep()
{
    const int row = m_stepModel->rowOf(selectedStepId());
    if (row < 0 || !stepsEditable())
        return;
    StepDialog dialog(m_steps.at(row), m_steps, this);
    if (!runDialog(dialog) || !dialog.validationError().isEmpty())
        return;
    QList<PlanStep> steps = m_steps;
    steps[row] = dialog.step();
    saveSteps(steps, row);
}

void PlansPage::removeStep()
{
    const int row = m_stepModel->rowOf(selectedStepId());
    if (row < 0 || !stepsEditable())
        return;
    QList<PlanStep> steps = m_steps;
    const PlanStep removed = steps.takeAt(row);
    // Nothing may point at a step that is gone.
    for (PlanStep &s : steps) {
        s.dependsOn.removeAll(removed.id);
        if (s.pairsWithStepId == removed.id)
            s.pairsWithStepId = 0;
    }
    if (saveSteps(steps, qMin(row, int(steps.size()) - 1)))
        reportSuccess(tr("The step “%1” was removed. You can undo this with Edit \u2192 Undo.")
                          .arg(removed.title));
}

void PlansPage::moveStep(int delta)
{
    const int row = m_stepModel->rowOf(selectedStepId());
    const int to = row + delta;
    if (row < 0 || to < 0 || to >= m_steps.size() || !stepsEditable())
        return;
    QList<PlanStep> steps = m_steps;
    steps.move(row, to);
    saveSteps(steps, to);
}

void PlansPage::changeStatus(PlanStatus to, const QString &success)
{
    if (!m_plan)
        return;
    auto stored = m_workspace->setPlanStatus(m_plan->id, m_plan->rowVersion, to);
    if (!stored) {
        reportError(stored.error().message);
        reload();
        return;
    }
    reload();
    reportSuccess(success);
}

void PlansPage::submitForReview()
{
    if (m_plan)
        changeStatus(PlanStatus::InReview,
                     tr("The plan “%1” is in review: someone other than you approves it.")
                         .arg(m_plan->title));
}

void PlansPage::approve()
{
    if (!m_plan || !m_workspace->canEdit())
        return;
    const Plan p = *m_plan;
    ApprovalDialog dialog(p, m_steps, m_workspace->actor(), this);
    if (!runDialog(dialog))
        return;
    auto stored = m_workspace->approvePlan(p.id, p.rowVersion, dialog.decision(),
                                           dialog.checklist(), dialog.comment());
    if (!stored) {
        reportError(stored.error().message);
        reload();
        return;
    }
    reload();
    switch (stored->decision) {
    case ApprovalDecision::Approved:
        reportSuccess(tr("The plan “%1” is approved: schedule it.").arg(p.title));
        break;
    case ApprovalDecision::Provisional:
        reportSuccess(tr("The plan “%1” is provisionally approved: the work may start; confirm "
                         "the approval within 24 hours.")
                          .arg(p.title));
        break;
    case ApprovalDecision::Rejected:
        reportSuccess(tr("The plan “%1” was rejected and is a draft again.").arg(p.title));
        break;
    }
}

std::optional<Approval> PlansPage::pendingProvisional() const
{
    if (!m_plan || m_approvals.isEmpty())
        return std::nullopt;
    // The latest decision counts.
    const Approval *latest = &m_approvals.first();
    for (const Approval &a : m_approvals) {
        if (a.decidedAt >= latest->decidedAt)
            latest = &a;
    }
    if (latest->decision != ApprovalDecision::Provisional || latest->confirmedAt.isValid())
        return std::nullopt;
    return *latest;
}

void PlansPage::confirmApproval()
{
    const std::optional<Approval> pending = pendingProvisional();
    if (!pending || !m_plan)
        return;
    const QString title = m_plan->title;
    auto stored = m_workspace->confirmPlanApproval(pending->id);
    if (!stored) {
        reportError(stored.error().message);
        reload();
        return;
    }
    reload();
    reportSuccess(tr("The provisional approval of “%1” is confirmed.").arg(title));
}

void PlansPage::schedule()
{
    if (m_plan)
        changeStatus(PlanStatus::Scheduled,
                     tr("The plan “%1” is scheduled for %2.")
                         .arg(m_plan->title, PlanTableModel::windowText(*m_plan)));
}

void PlansPage::start()
{
    if (m_plan)
        changeStatus(PlanStatus::InProgress,
                     tr("The plan “%1” is in progress: check off each step as it is done.")
                         .arg(m_plan->title));
}

void PlansPage::toggleStepDone()
{
    const int row = m_stepModel->rowOf(selectedStepId());
    if (row < 0 || !m_plan || m_plan->status != PlanStatus::InProgress
        || !m_workspace->canEdit())
        return;
    const PlanStep step = m_steps.at(row);
    Result<PlanStep> stored = PlanStep{};
    if (step.isDone()) {
        if (!confirm(tr("Mark “%1” as not done? The time it was checked off is cleared from "
                        "the work log.")
                         .arg(step.title),
                     tr("Un-check step")))
            return;
        stored = m_workspace->setStepDone(step.id, step.rowVersion, false, {}, step.notes);
    } else {
        StepDoneDialog dialog(step, m_workspace->now(), QTimeZone(m_plan->timeZone.toUtf8()),
                              this);
        if (!runDialog(dialog))
            return;
        stored = m_workspace->setStepDone(step.id, step.rowVersion, true, dialog.doneAt(),
                                          dialog.notes());
    }
    if (!stored) {
        reportError(stored.error().message);
        reload();
        return;
    }
    reload();
    selectStep(step.id);
    // The next step not done yet is what the operator does next.
    if (!step.isDone()) {
        for (int i = row + 1; i < m_steps.size(); ++i) {
            if (!m_steps.at(i).isDone() && m_steps.at(i).phase != StepPhase::Rollback) {
                selectStep(m_steps.at(i).id);
                break;
            }
        }
    }
    m_messages->showMessage(step.isDone() ? tr("“%1” is no longer checked off.").arg(step.title)
                                          : tr("“%1” is checked off.").arg(step.title),
                            MessageBar::Type::Positive, 5000);
}

void PlansPage::complete()
{
    if (!m_plan)
        return;
    const Plan p = *m_plan;
    if (!confirm(tr("Close the plan “%1” as done? The components get the patches' target "
                    "versions and the findings the patches fix are resolved.")
                     .arg(p.title),
                 tr("Complete plan")))
        return;
    auto done = m_workspace->completePlan(p.id, p.rowVersion);
    if (!done) {
        reportError(done.error().message);
        reload();
        return;
    }
    reload();
    reportSuccess(QStringList{tr("The plan “%1” is done.").arg(p.title),
                              tr("%n component version(s) recorded.", nullptr,
                                 done->componentsUpdated),
                              tr("%n finding(s) resolved.", nullptr, done->findingsResolved)}
                      .join(QLatin1Char(' ')));
}

void PlansPage::rollBack()
{
    if (!m_plan)
        return;
    if (!confirm(tr("Record that the plan “%1” was rolled back? The components keep their "
                    "versions and the findings stay open.")
                     .arg(m_plan->title),
                 tr("Roll back plan")))
        return;
    changeStatus(PlanStatus::RolledBack,
                 tr("The plan “%1” is recorded as rolled back.").arg(m_plan->title));
}

void PlansPage::cancelPlan()
{
    if (!m_plan)
        return;
    if (!confirm(tr("Cancel the plan “%1”? A cancelled plan cannot be reopened; it can be "
                    "deleted.")
                     .arg(m_plan->title),
                 tr("Cancel plan")))
        return;
    changeStatus(PlanStatus::Cancelled, tr("The plan “%1” is cancelled.").arg(m_plan->title));
}

void PlansPage::updateActions()
{
    const bool canEdit = m_workspace->canEdit();
    m_new->setVisible(canEdit);
    m_delete->setVisible(canEdit);
    m_new->setEnabled(canCreate());
    m_delete->setEnabled(canDelete());

    const auto can = [this, canEdit](PlanStatus to) {
        return canEdit && m_plan && canTransition(*m_plan, to);
    };
    // Why a move is not possible yet, said on the button.
    const auto explain = [this](QPushButton *button, PlanStatus to, const QString &normal) {
        QString tip = normal;
        if (m_plan && canTransition(*m_plan, to)) {
            const QStringList problems =
                transitionProblems(*m_plan, to, m_steps, m_approvals, m_workspace->now());
            if (!problems.isEmpty())
                tip = problems.join(QLatin1Char('\n'));
        }
        button->setToolTip(tip);
    };
    m_submit->setEnabled(can(PlanStatus::InReview));
    explain(m_submit, PlanStatus::InReview,
            tr("Send the plan to review: its steps must be paired and its dependencies "
               "valid."));
    m_approve->setEnabled(canEdit && m_plan && m_plan->status == PlanStatus::InReview);
    m_confirmApproval->setEnabled(canEdit && pendingProvisional().has_value()
                                  && (m_plan->status == PlanStatus::InReview
                                      || m_plan->status == PlanStatus::InProgress));
    m_schedule->setEnabled(can(PlanStatus::Scheduled));
    m_start->setEnabled(can(PlanStatus::InProgress));
    explain(m_start, PlanStatus::InProgress, tr("The work in the window begins."));
    // Completing and rolling back depend on the work log: enabled once it allows them.
    const auto ready = [this, &can](PlanStatus to) {
        return can(to)
            && transitionProblems(*m_plan, to, m_steps, m_approvals, m_workspace->now())
                   .isEmpty();
    };
    m_complete->setEnabled(ready(PlanStatus::Done));
    explain(m_complete, PlanStatus::Done,
            tr("Close the plan: versions recorded, findings resolved."));
    m_rollBack->setEnabled(ready(PlanStatus::RolledBack));
    explain(m_rollBack, PlanStatus::RolledBack,
            tr("Record that the change was rolled back (a rollback step must be checked "
               "off)."));
    m_cancel->setEnabled(can(PlanStatus::Cancelled));
    m_print->setEnabled(canPrint());
    for (QPushButton *b : {m_submit, m_approve, m_confirmApproval, m_schedule, m_start,
                           m_complete, m_rollBack, m_cancel})
        b->setVisible(canEdit);

    const int row = m_stepModel->rowOf(selectedStepId());
    const bool editable = stepsEditable();
    m_addStep->setEnabled(editable);
    m_editStep->setEnabled(editable && row >= 0);
    m_removeStep->setEnabled(editable && row >= 0);
    m_moveUp->setEnabled(editable && row > 0);
    m_moveDown->setEnabled(editable && row >= 0 && row + 1 < m_stepModel->rowCount());
    const bool inProgress = canEdit && m_plan && m_plan->status == PlanStatus::InProgress;
    const PlanStep *step = m_stepModel->stepAt(row);
    m_checkOff->setEnabled(inProgress && step);
    m_checkOff->setText(step && step->isDone() ? tr("Un-chec&k") : tr("Chec&k off\u2026"));
    for (QPushButton *b : {m_addStep, m_editStep, m_removeStep, m_moveUp, m_moveDown})
        b->setVisible(canEdit && !inProgress);
    m_checkOff->setVisible(inProgress);
    QString note;
    if (m_plan && !editable && !inProgress && canEdit)
        note = tr("The plan is %1: its steps can no longer be changed.")
                   .arg(displayName(m_plan->status).toLower());
    else if (m_plan && (m_plan->status == PlanStatus::Approved
                        || m_plan->status == PlanStatus::Scheduled) && canEdit)
        note = tr("Changing the steps returns the plan to draft.");
    else if (inProgress)
        note = tr("Check off each step as it is done: the time and your name go in the work "
                  "log.");
    m_stepsNote->setText(note);
    emit actionsChanged();
}

// --- Settings -----------------------------------------------------------------------------------

void PlansPage::saveState(QSettings &settings) const
{
    settings.setValue(kSplitterState, m_splitter->saveState());
    if (m_columnsSized)
        settings.setValue(kHeaderState, m_table->horizontalHeader()->saveState());
    if (m_stepColumnsSized)
        settings.setValue(kStepHeaderState, m_stepTable->horizontalHeader()->saveState());
    settings.setValue(kStatusFilter, m_statusFilter->currentData());
    settings.setValue(kTypeFilter, m_typeFilter->currentData());
}

void PlansPage::restoreState(const QSettings &settings)
{
    m_splitter->restoreState(settings.value(kSplitterState).toByteArray());
    if (m_table->horizontalHeader()->restoreState(settings.value(kHeaderState).toByteArray()))
        m_columnsSized = true;
    if (m_stepTable->horizontalHeader()->restoreState(
            settings.value(kStepHeaderState).toByteArray()))
        m_stepColumnsSized = true;
    if (settings.contains(kStatusFilter))
        m_statusFilter->setCurrentIndex(
            qMax(0, m_statusFilter->findData(settings.value(kStatusFilter).toInt())));
    if (settings.contains(kTypeFilter))
        m_typeFilter->setCurrentIndex(
            qMax(0, m_typeFilter->findData(settings.value(kTypeFilter).toInt())));
}

QAbstractItemView *PlansPage::exportView() const
{
    return m_table;
}

QString PlansPage::exportName() const
{
    return tr("plans", "file name of an exported list");
}

} // namespace pp
