#include "ui/plans/planwizard.h"

#include "models/planning/planrules.h"
#include "models/workspace.h"

#include <QCheckBox>
#include <QDateTimeEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QRadioButton>
#include <QScopedValueRollback>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTableView>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace pp {

namespace {

constexpr int kPatchIdRole = Qt::UserRole + 1;
constexpr int kSystemIdRole = Qt::UserRole + 2;
constexpr int kTrackRole = Qt::UserRole + 3;
constexpr int kIdRole = Qt::UserRole + 1;
const QString kTimeFormat = QStringLiteral("yyyy-MM-dd HH:mm");

/// "21 days before the window" / "48 hours before the window" / "3 days after the window".
QString offsetText(const MilestoneSpec &m)
{
    const int minutes = std::abs(m.offsetMinutes);
    const bool after = isAfterWindowMilestone(m.key);
    if (minutes % (24 * 60) == 0) {
        const int days = minutes / (24 * 60);
        return after ? PlanWizard::tr("%n day(s) after the window", nullptr, days)
                     : PlanWizard::tr("%n day(s) before the window", nullptr, days);
    }
    const int hours = (minutes + 59) / 60;
    return after ? PlanWizard::tr("%n hour(s) after the window", nullptr, hours)
                 : PlanWizard::tr("%n hour(s) before the window", nullptr, hours);
}

QString conflictsText(const QList<PlanConflict> &conflicts)
{
    if (conflicts.isEmpty())
        return PlanWizard::tr("None");
    return PlanWizard::tr("%n conflict(s)", nullptr, int(conflicts.size()));
}

QStringList reasonsOf(const QList<PlanConflict> &conflicts)
{
    QStringList out;
    for (const PlanConflict &c : conflicts)
        out << (c.reason.isEmpty() ? displayName(c.kind) : c.reason);
    return out;
}

} // namespace

/// A page whose completeness the wizard decides (PlanWizard::pageProblem()).
class PlanWizardPage : public QWizardPage
{
public:
    PlanWizardPage(PlanWizard *wizard, int id) : m_wizard(wizard), m_id(id) { }
    bool isComplete() const override { return m_wizard->pageProblem(m_id).isEmpty(); }
    void initializePage() override
    {
        switch (m_id) {
        case PlanWizard::ScopePage:
            m_wizard->loadScope();
            m_wizard->applyEmergencyTrack();
            break;
        case PlanWizard::WindowPage: m_wizard->loadProposals(); break;
        case PlanWizard::SummaryPage: m_wizard->updateSummary(); break;
        default: break;
        }
    }
    void cleanupPage() override { }
    void changed() { emit completeChanged(); }

private:
    PlanWizard *m_wizard;
    int m_id;
};

PlanWizard::PlanWizard(Workspace *workspace, QWidget *parent)
    : QWizard(parent), m_workspace(workspace)
{
    setWindowTitle(tr("New plan"));
    setOption(QWizard::NoBackButtonOnStartPage, true);
    setOption(QWizard::HaveHelpButton, false);
    setPage(TypePage, createTypePage());
    setPage(ScopePage, createScopePage());
    setPage(WindowPage, createWindowPage());
    setPage(SummaryPage, createSummaryPage());
    setStartId(TypePage);
    resize(900, 620);
    updateLeadTimeText();
}

// --- Pages -------------------------------------------------------------------------------------

QWizardPage *PlanWizard::createTypePage()
{
    auto *page = new PlanWizardPage(this, TypePage);
    page->setTitle(tr("Type and title"));
    page->setSubTitle(tr("A regular plan follows the full lead time; an emergency plan "
                         "shortens it for urgent fixes."));
    m_regular = new QRadioButton(tr("&Regular plan"), page);
    m_emergency = new QRadioButton(tr("&Emergency plan"), page);
    m_regular->setChecked(true);
    m_leadTimes = new QLabel(page);
    m_leadTimes->setTextFormat(Qt::PlainText);
    m_leadTimes->setWordWrap(true);
    m_title = new QLineEdit(page);
    m_title->setPlaceholderText(tr("Automatic: type, date and systems"));
    m_title->setMaxLength(200);
    auto *titleLabel = new QLabel(tr("&Title:"), page);
    titleLabel->setBuddy(m_title);

    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_regular);
    layout->addWidget(m_emergency);
    layout->addSpacing(8);
    layout->addWidget(m_leadTimes);
    layout->addSpacing(8);
    auto *form = new QFormLayout;
    form->addRow(titleLabel, m_title);
    layout->addLayout(form);
    layout->addStretch();
    connect(m_regular, &QRadioButton::toggled, this, &PlanWizard::updateLeadTimeText);
    return page;
}

QWizardPage *PlanWizard::createScopePage()
{
    auto *page = new PlanWizardPage(this, ScopePage);
    page->setTitle(tr("Scope"));
    page->setSubTitle(tr("Check the pending patches to apply; their systems are in the plan. "
                         "For work without patches, check systems instead."));
    m_patchFilter = new QLineEdit(page);
    m_patchFilter->setPlaceholderText(tr("System, product, patch or vulnerability"));
    m_patchFilter->setClearButtonEnabled(true);
    auto *filterLabel = new QLabel(tr("Fi&lter:"), page);
    filterLabel->setBuddy(m_patchFilter);
    auto *checkShown = new QPushButton(tr("Check &all shown"), page);
    auto *uncheckAll = new QPushButton(tr("&Uncheck all"), page);

    m_patchModel = new QStandardItemModel(0, PatchColumnCount, this);
    m_patchModel->setHorizontalHeaderLabels({tr("System"), tr("Product"), tr("Patch"),
                                             tr("Resolves"), tr("Due"), tr("Track")});
    m_patchProxy = new QSortFilterProxyModel(this);
    m_patchProxy->setSourceModel(m_patchModel);
    m_patchProxy->setFilterKeyColumn(-1);
    m_patchProxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_patchProxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_patchTable = new QTableView(page);
    m_patchTable->setModel(m_patchProxy);
    m_patchTable->setSortingEnabled(true);
    m_patchTable->sortByColumn(DueColumn, Qt::AscendingOrder);
    m_patchTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_patchTable->setAlternatingRowColors(true);
    m_patchTable->verticalHeader()->hide();
    m_patchTable->horizontalHeader()->setStretchLastSection(false);
    m_patchTable->horizontalHeader()->setSectionResizeMode(PatchColumnTitle,
                                                           QHeaderView::Stretch);
    auto *patchLabel = new QLabel(tr("&Patches:"), page);
    patchLabel->setBuddy(m_patchTable);

    m_systems = new QListWidget(page);
    auto *systemsLabel = new QLabel(tr("&Systems without patches (optional):"), page);
    systemsLabel->setBuddy(m_systems);
    m_scopeHint = new QLabel(page);
    m_scopeHint->setTextFormat(Qt::PlainText);

    auto *top = new QHBoxLayout;
    top->addWidget(filterLabel);
    top->addWidget(m_patchFilter, 1);
    top->addWidget(checkShown);
    top->addWidget(uncheckAll);
    auto *left = new QWidget(page);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(patchLabel);
    leftLayout->addWidget(m_patchTable);
    auto *right = new QWidget(page);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(systemsLabel);
    rightLayout->addWidget(m_systems);
    auto *splitter = new QSplitter(page);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 4);
    splitter->setStretchFactor(1, 1);
    auto *layout = new QVBoxLayout(page);
    layout->addLayout(top);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_scopeHint);

    connect(m_patchFilter, &QLineEdit::textChanged, m_patchProxy,
            &QSortFilterProxyModel::setFilterFixedString);
    connect(m_patchModel, &QStandardItemModel::itemChanged, this, [this](QStandardItem *item) {
        if (item->column() == 0 && item->isCheckable() && !m_loading) {
            m_checksTouched = true;
            emitCompleteChanged();
        }
    });
    connect(m_systems, &QListWidget::itemChanged, this, [this] { emitCompleteChanged(); });
    connect(checkShown, &QPushButton::clicked, this, [this] {
        for (int r = 0; r < m_patchProxy->rowCount(); ++r) {
            const QModelIndex source = m_patchProxy->mapToSource(m_patchProxy->index(r, 0));
            m_patchModel->itemFromIndex(source)->setCheckState(Qt::Checked);
        }
    });
    connect(uncheckAll, &QPushButton::clicked, this, [this] {
        for (int r = 0; r < m_patchModel->rowCount(); ++r)
            m_patchModel->item(r, 0)->setCheckState(Qt::Unchecked);
        for (int r = 0; r < m_systems->count(); ++r)
            m_systems->item(r)->setCheckState(Qt::Unchecked);
    });
    return page;
}

QWizardPage *PlanWizard::createWindowPage()
{
    auto *page = new PlanWizardPage(this, WindowPage);
    page->setTitle(tr("Window"));
    page->setSubTitle(tr("The next maintenance windows every system of the plan shares, after "
                         "the lead time. A window with conflicts can still be chosen."));
    m_useProposal = new QRadioButton(tr("&Proposed window:"), page);
    m_useProposal->setChecked(true);
    m_proposals = new QTreeWidget(page);
    m_proposals->setRootIsDecorated(false);
    m_proposals->setHeaderLabels({tr("Window"), tr("Start"), tr("End"), tr("Conflicts")});
    m_proposals->setAllColumnsShowFocus(true);
    m_proposals->header()->setStretchLastSection(true);
    m_conflictDetail = new QLabel(page);
    m_conflictDetail->setTextFormat(Qt::PlainText);
    m_conflictDetail->setWordWrap(true);
    m_conflictDetail->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_windowHint = new QLabel(page);
    m_windowHint->setTextFormat(Qt::PlainText);
    m_windowHint->setWordWrap(true);

    m_otherTime = new QRadioButton(tr("&Other time:"), page);
    m_start = new QDateTimeEdit(page);
    m_start->setDisplayFormat(kTimeFormat);
    m_start->setCalendarPopup(true);
    m_end = new QDateTimeEdit(page);
    m_end->setDisplayFormat(kTimeFormat);
    m_end->setCalendarPopup(true);
    auto *startLabel = new QLabel(tr("S&tart:"), page);
    startLabel->setBuddy(m_start);
    auto *endLabel = new QLabel(tr("&End:"), page);
    endLabel->setBuddy(m_end);
    m_zoneLabel = new QLabel(QString::fromUtf8(zone().id()), page);
    m_onSite = new QCheckBox(tr("On-&site work (vendor devices are checked in quarantine "
                                "first)"),
                             page);

    auto *other = new QHBoxLayout;
    other->addWidget(m_otherTime);
    other->addWidget(startLabel);
    other->addWidget(m_start);
    other->addWidget(endLabel);
    other->addWidget(m_end);
    other->addWidget(m_zoneLabel);
    other->addStretch();
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_useProposal);
    layout->addWidget(m_proposals, 1);
    layout->addWidget(m_conflictDetail);
    layout->addWidget(m_windowHint);
    layout->addLayout(other);
    layout->addWidget(m_onSite);

    connect(m_proposals, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        if (item)
            m_useProposal->setChecked(true);
        updateConflictDetail();
        emitCompleteChanged();
    });
    connect(m_useProposal, &QRadioButton::toggled, this, [this] {
        updateConflictDetail();
        emitCompleteChanged();
    });
    const auto edited = [this] {
        m_otherTime->setChecked(true);
        emitCompleteChanged();
    };
    connect(m_start, &QDateTimeEdit::dateTimeChanged, this, edited);
    connect(m_end, &QDateTimeEdit::dateTimeChanged, this, edited);
    return page;
}

QWizardPage *PlanWizard::createSummaryPage()
{
    auto *page = new PlanWizardPage(this, SummaryPage);
    page->setTitle(tr("Summary"));
    page->setSubTitle(tr("Finish creates the plan as a draft with its milestones and steps; "
                         "edit them before sending it for review."));
    m_summary = new QLabel(page);
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setWordWrap(true);
    m_summary->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error = new QLabel(page);
    m_error->setTextFormat(Qt::PlainText);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->hide();
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_summary, 1);
    layout->addWidget(m_error);
    return page;
}

// --- State -------------------------------------------------------------------------------------

void PlanWizard::setPreset(PlanType type, const QList<qint64> &systemIds,
                           const QList<qint64> &patchIds)
{
    (type == PlanType::Emergency ? m_emergency : m_regular)->setChecked(true);
    m_presetSystems = systemIds;
    m_presetPatches = patchIds;
    m_checksTouched = !patchIds.isEmpty() || !systemIds.isEmpty();
    m_scopeLoaded = false;
    loadScope();
}

PlanType PlanWizard::planType() const
{
    return m_emergency->isChecked() ? PlanType::Emergency : PlanType::Regular;
}

void PlanWizard::updateLeadTimeText()
{
    auto profile = m_workspace->leadTimes(planType());
    if (!profile) {
        m_leadTimes->setText(profile.error().message);
        return;
    }
    QStringList lines;
    lines << (planType() == PlanType::Emergency
                  ? tr("Lead times of an emergency plan:")
                  : tr("Lead times of a regular plan:"));
    for (const MilestoneSpec &m : std::as_const(profile->milestones))
        lines << tr("• %1: %2").arg(milestoneTitle(m.key), offsetText(m));
    m_leadTimes->setText(lines.join(QLatin1Char('\n')));
}

void PlanWizard::loadScope()
{
    if (m_scopeLoaded)
        return;
    m_scopeLoaded = true;
    // Not QSignalBlocker on the model: the proxy and the view must see the rows.
    const QScopedValueRollback loading(m_loading, true);
    const QSignalBlocker blockList(m_systems);
    m_patchModel->removeRows(0, m_patchModel->rowCount());
    m_systems->clear();
    auto rows = m_workspace->patchRows(0);
    if (!rows) {
        m_scopeHint->setText(rows.error().message);
    } else {
        m_patchTable->setSortingEnabled(false);
        for (const PatchRow &r : std::as_const(*rows)) {
            const Patch &p = r.patch;
            QString name = p.title;
            if (name.isEmpty())
                name = !p.advisoryId.isEmpty() ? p.advisoryId : p.kb;
            if (name.isEmpty() && !p.targetVersion.isEmpty())
                name = tr("Upgrade to %1").arg(p.targetVersion);
            auto *system = new QStandardItem(r.systemCode);
            system->setCheckable(true);
            system->setEditable(false);
            system->setCheckState(m_presetPatches.contains(p.id) ? Qt::Checked : Qt::Unchecked);
            system->setData(p.id, kPatchIdRole);
            system->setData(r.systemId, kSystemIdRole);
            system->setData(int(r.track), kTrackRole);
            auto *due = new QStandardItem;
            due->setData(r.dueDate, Qt::DisplayRole);
            QList<QStandardItem *> items{system,
                                         new QStandardItem(r.product),
                                         new QStandardItem(name),
                                         new QStandardItem(r.resolves.join(QStringLiteral(", "))),
                                         due,
                                         new QStandardItem(displayName(r.track))};
            for (QStandardItem *i : items)
                i->setEditable(false);
            items.at(ResolvesColumn)->setToolTip(r.resolves.join(QLatin1Char('\n')));
            if (r.overdue)
                due->setForeground(QColor(0xb0, 0x00, 0x20));
            m_patchModel->appendRow(items);
        }
        m_patchTable->setSortingEnabled(true);
        m_patchTable->resizeColumnsToContents();
        m_patchTable->horizontalHeader()->setSectionResizeMode(PatchColumnTitle,
                                                               QHeaderView::Stretch);
        m_scopeHint->setText(rows->isEmpty() ? tr("There are no pending patches.") : QString());
    }
    if (auto systems = m_workspace->systems()) {
        for (const System &s : std::as_const(*systems)) {
            auto *item = new QListWidgetItem(tr("%1 %2").arg(s.code, s.name), m_systems);
            item->setData(kIdRole, s.id);
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
            item->setCheckState(m_presetSystems.contains(s.id) ? Qt::Checked : Qt::Unchecked);
        }
    }
    emitCompleteChanged();
}

void PlanWizard::applyEmergencyTrack()
{
    // Until the user checks patches by hand, an emergency plan starts with the patches on the
    // emergency track and a regular plan with none.
    if (m_checksTouched)
        return;
    const QScopedValueRollback loading(m_loading, true);
    const bool emergency = planType() == PlanType::Emergency;
    for (int r = 0; r < m_patchModel->rowCount(); ++r) {
        QStandardItem *item = m_patchModel->item(r, 0);
        const bool urgent = item->data(kTrackRole).toInt() == int(Track::Emergency);
        item->setCheckState(emergency && urgent ? Qt::Checked : Qt::Unchecked);
    }
    emitCompleteChanged();
}

void PlanWizard::setPatchChecked(qint64 patchId, bool checked)
{
    for (int r = 0; r < m_patchModel->rowCount(); ++r) {
        QStandardItem *item = m_patchModel->item(r, 0);
        if (item->data(kPatchIdRole).toLongLong() == patchId)
            item->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
    }
}

QList<qint64> PlanWizard::checkedPatchIds() const
{
    QList<qint64> out;
    for (int r = 0; r < m_patchModel->rowCount(); ++r) {
        const QStandardItem *item = m_patchModel->item(r, 0);
        if (item->checkState() == Qt::Checked)
            out << item->data(kPatchIdRole).toLongLong();
    }
    return out;
}

QList<qint64> PlanWizard::scopeSystemIds() const
{
    QList<qint64> out;
    for (int r = 0; r < m_patchModel->rowCount(); ++r) {
        const QStandardItem *item = m_patchModel->item(r, 0);
        const qint64 id = item->data(kSystemIdRole).toLongLong();
        if (item->checkState() == Qt::Checked && id > 0 && !out.contains(id))
            out << id;
    }
    for (int r = 0; r < m_systems->count(); ++r) {
        const QListWidgetItem *item = m_systems->item(r);
        const qint64 id = item->data(kIdRole).toLongLong();
        if (item->checkState() == Qt::Checked && !out.contains(id))
            out << id;
    }
    return out;
}

void PlanWizard::loadProposals()
{
    const QList<qint64> systems = scopeSystemIds();
    const QList<qint64> patches = checkedPatchIds();
    if (systems == m_proposalsFor && patches == m_proposalsPatches
        && planType() == m_proposalsType && m_proposals->topLevelItemCount() > 0)
        return;
    m_proposalsFor = systems;
    m_proposalsPatches = patches;
    m_proposalsType = planType();
    m_proposalData.clear();
    m_proposals->clear();
    m_windowHint->clear();
    auto proposals = m_workspace->proposeWindows(systems, patches, planType());
    if (!proposals)
        m_windowHint->setText(proposals.error().message);
    else
        m_proposalData = *proposals;
    // Times in the zone of the maintenance window proposed (the plan gets that zone too).
    m_zone = QTimeZone::systemTimeZone();
    if (!m_proposalData.isEmpty()) {
        if (auto windows = m_workspace->maintenanceWindows()) {
            for (const MaintenanceWindow &w : std::as_const(*windows)) {
                const QTimeZone z(w.timeZone.toUtf8());
                if (w.name == m_proposalData.first().windowName && z.isValid()) {
                    m_zone = z;
                    break;
                }
            }
        }
    }
    m_zoneLabel->setText(QString::fromUtf8(m_zone.id()));
    const QTimeZone tz = zone();
    QTreeWidgetItem *clean = nullptr;
    for (int i = 0; i < m_proposalData.size(); ++i) {
        const WindowProposal &p = m_proposalData.at(i);
        auto *item = new QTreeWidgetItem(m_proposals);
        item->setText(WindowNameColumn, p.windowName);
        item->setText(StartColumn,
                      QLocale().toString(p.start.toTimeZone(tz), tr("yyyy-MM-dd (ddd) HH:mm")));
        item->setText(EndColumn,
                      QLocale().toString(p.end.toTimeZone(tz), tr("yyyy-MM-dd (ddd) HH:mm")));
        item->setText(ConflictsColumn, conflictsText(p.conflicts));
        item->setData(0, kIdRole, i);
        if (!p.conflicts.isEmpty()) {
            // Rich text so that a reason is never taken for markup: every reason escaped.
            QStringList reasons = reasonsOf(p.conflicts);
            for (QString &r : reasons)
                r = r.toHtmlEscaped();
            item->setToolTip(ConflictsColumn,
                             QStringLiteral("<p>%1</p>").arg(reasons.join(QStringLiteral("<br>"))));
            item->setForeground(ConflictsColumn, QColor(0xb0, 0x00, 0x20));
        } else if (!clean) {
            clean = item;
        }
    }
    for (int c = 0; c < m_proposals->columnCount(); ++c)
        m_proposals->resizeColumnToContents(c);

    // Another time starts at the first proposal, or after the lead time on the next hour.
    QDateTime start;
    QDateTime end;
    if (!m_proposalData.isEmpty()) {
        start = m_proposalData.first().start;
        end = m_proposalData.first().end;
    } else {
        int lead = 0;
        if (auto profile = m_workspace->leadTimes(planType())) {
            for (const MilestoneSpec &m : std::as_const(profile->milestones))
                lead = std::max(lead, isAfterWindowMilestone(m.key) ? 0 : -m.offsetMinutes);
        }
        QDateTime t = m_workspace->now().toTimeZone(tz).addSecs(qint64(lead) * 60 + 3600);
        t.setTime(QTime(t.time().hour(), 0));
        start = t.toUTC();
        end = start.addSecs(4 * 3600);
    }
    {
        const QSignalBlocker b1(m_start);
        const QSignalBlocker b2(m_end);
        const QDateTime ls = start.toTimeZone(tz);
        const QDateTime le = end.toTimeZone(tz);
        m_start->setDateTime(QDateTime(ls.date(), ls.time()));
        m_end->setDateTime(QDateTime(le.date(), le.time()));
    }

    m_useProposal->setEnabled(!m_proposalData.isEmpty());
    if (m_proposalData.isEmpty()) {
        m_otherTime->setChecked(true);
        if (m_windowHint->text().isEmpty())
            m_windowHint->setText(systems.isEmpty()
                                      ? tr("The patches are not tied to a system: choose the "
                                           "time.")
                                      : tr("No window that every system shares was found: "
                                           "choose another time."));
    } else if (clean) {
        m_proposals->setCurrentItem(clean);
        m_useProposal->setChecked(true);
    } else {
        m_proposals->setCurrentItem(nullptr);
        m_windowHint->setText(tr("Every proposed window has conflicts: choose one anyway, or "
                                 "another time."));
    }
    updateConflictDetail();
    emitCompleteChanged();
}

void PlanWizard::updateConflictDetail()
{
    const QTreeWidgetItem *item = m_proposals->currentItem();
    if (!m_useProposal->isChecked() || !item) {
        m_conflictDetail->clear();
        return;
    }
    const WindowProposal &p = m_proposalData.at(item->data(0, kIdRole).toInt());
    if (p.conflicts.isEmpty()) {
        m_conflictDetail->setText(tr("No conflicts in this window."));
        return;
    }
    QStringList lines;
    for (const QString &r : reasonsOf(p.conflicts))
        lines << tr("• %1").arg(r);
    m_conflictDetail->setText(lines.join(QLatin1Char('\n')));
}

std::pair<QDateTime, QDateTime> PlanWizard::chosenWindow() const
{
    if (m_useProposal->isChecked()) {
        const QTreeWidgetItem *item = m_proposals->currentItem();
        if (!item)
            return {};
        const WindowProposal &p = m_proposalData.at(item->data(0, kIdRole).toInt());
        return {p.start.toUTC(), p.end.toUTC()};
    }
    const QTimeZone tz = zone();
    const QDateTime s(m_start->date(), m_start->time(), tz);
    const QDateTime e(m_end->date(), m_end->time(), tz);
    return {s.toUTC(), e.toUTC()};
}

QString PlanWizard::pageProblem(int id) const
{
    switch (id) {
    case ScopePage:
        if (checkedPatchIds().isEmpty() && scopeSystemIds().isEmpty())
            return tr("Check at least one patch or system.");
        return {};
    case WindowPage: {
        const auto [start, end] = chosenWindow();
        if (!start.isValid())
            return tr("Choose a proposed window or another time.");
        if (!end.isValid() || end <= start)
            return tr("The end must be after the start.");
        return {};
    }
    default:
        return {};
    }
}

void PlanWizard::emitCompleteChanged()
{
    for (int id : pageIds()) {
        if (auto *p = dynamic_cast<PlanWizardPage *>(page(id)))
            p->changed();
    }
    if (m_scopeHint && currentId() == ScopePage) {
        const QString problem = pageProblem(ScopePage);
        if (!problem.isEmpty() || m_scopeHint->text() == tr("Check at least one patch or system."))
            m_scopeHint->setText(problem);
    }
}

NewPlanRequest PlanWizard::request() const
{
    NewPlanRequest r;
    r.type = planType();
    const auto [start, end] = chosenWindow();
    r.windowStart = start;
    r.windowEnd = end;
    r.systemIds = scopeSystemIds();
    r.patchIds = checkedPatchIds();
    r.title = m_title->text().trimmed();
    r.timeZone = QString::fromUtf8(zone().id());
    r.onSite = m_onSite->isChecked();
    r.language = QLocale().language() == QLocale::Japanese ? QStringLiteral("ja") : QString();
    return r;
}

void PlanWizard::updateSummary()
{
    const NewPlanRequest r = request();
    const QTimeZone tz = zone();
    QStringList lines;
    lines << tr("Type: %1").arg(displayName(r.type));
    lines << tr("Title: %1").arg(r.title.isEmpty() ? tr("(automatic)") : r.title);
    QStringList codes;
    if (auto systems = m_workspace->systems()) {
        for (const System &s : std::as_const(*systems)) {
            if (r.systemIds.contains(s.id))
                codes << s.code;
        }
    }
    lines << tr("Systems: %1").arg(codes.isEmpty() ? tr("(from the patches)")
                                                   : codes.join(QStringLiteral(", ")));
    lines << (r.patchIds.isEmpty() ? tr("Patches: every pending patch of these systems")
                                   : tr("Patches: %n checked", nullptr, int(r.patchIds.size())));
    lines << tr("Window: %1 – %2 (%3)")
                 .arg(r.windowStart.toTimeZone(tz).toString(kTimeFormat),
                      r.windowEnd.toTimeZone(tz).toString(kTimeFormat),
                      QString::fromUtf8(tz.id()));
    if (m_useProposal->isChecked() && m_proposals->currentItem()) {
        const WindowProposal &p
            = m_proposalData.at(m_proposals->currentItem()->data(0, kIdRole).toInt());
        lines << tr("Conflicts: %1").arg(conflictsText(p.conflicts));
    }
    lines << (r.onSite ? tr("On-site work: yes") : tr("On-site work: no"));
    if (auto profile = m_workspace->leadTimes(r.type); profile && r.windowStart.isValid()) {
        Plan plan;
        plan.windowStart = r.windowStart;
        plan.windowEnd = r.windowEnd;
        lines << QString() << tr("Milestones:");
        for (const MilestoneSpec &m : std::as_const(profile->milestones)) {
            lines << tr("• %1  %2").arg(milestoneTime(plan, m).toTimeZone(tz).toString(kTimeFormat),
                                       milestoneTitle(m.key));
        }
    }
    m_summary->setText(lines.join(QLatin1Char('\n')));
    m_error->hide();
}

bool PlanWizard::validateCurrentPage()
{
    const QString problem = pageProblem(currentId());
    if (!problem.isEmpty()) {
        if (currentId() == SummaryPage) {
            m_error->setText(problem);
            m_error->show();
        }
        return false;
    }
    return QWizard::validateCurrentPage();
}

void PlanWizard::accept()
{
    if (m_createdPlanId != 0) {
        QWizard::accept();
        return;
    }
    for (int id : {ScopePage, WindowPage}) {
        const QString problem = pageProblem(id);
        if (!problem.isEmpty()) {
            m_error->setText(problem);
            m_error->show();
            return;
        }
    }
    QString failure;
    const auto connection = connect(m_workspace, &Workspace::commandFailed, this,
                                    [&failure](const QString &message) { failure = message; });
    const qint64 id = m_workspace->createPlan(request());
    disconnect(connection);
    if (id == 0) {
        m_error->setText(failure.isEmpty() ? tr("The plan could not be created.") : failure);
        m_error->show();
        return;
    }
    m_createdPlanId = id;
    QWizard::accept();
}

} // namespace pp
