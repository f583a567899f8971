#include "ui/calendar/calendarpage.h"

#include "models/itemmodels/backgroundloader.h"
#include "models/itemmodels/backgroundreads.h"
#include "models/itemmodels/duetablemodel.h"
#include "models/itemmodels/roles.h"
#include "models/planning/controlrules.h"
#include "models/workspace.h"
#include "ui/calendar/cadencedialog.h"
#include "ui/controls/evidencedialog.h"
#include "ui/widgets/listexport.h"
#include "ui/widgets/messagebar.h"
#include "ui/widgets/pageparts.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QSettings>
#include <QStackedLayout>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>

namespace pp {
namespace {

const QString kGroupBy = QStringLiteral("calendarPage/groupBy");
const QString kHorizon = QStringLiteral("calendarPage/horizon");
const QString kHeaderState = QStringLiteral("calendarPage/header");

/// Stored keys of the choices (settings survive a reordering of the combo boxes).
const QStringList kHorizonKeys{QStringLiteral("4w"), QStringLiteral("3m"), QStringLiteral("12m"),
                               QStringLiteral("all")};
const QStringList kGroupKeys{QStringLiteral("week"), QStringLiteral("month")};

/// Enter on the tree marks the selected obligation done, like a double-click.
class EnterFilter : public QObject
{
public:
    EnterFilter(QObject *parent, std::function<bool()> onEnter)
        : QObject(parent), m_onEnter(std::move(onEnter)) { }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::KeyPress) {
            const int key = static_cast<QKeyEvent *>(event)->key();
            if ((key == Qt::Key_Return || key == Qt::Key_Enter) && m_onEnter())
                return true;
        }
        return QObject::eventFilter(watched, event);
    }

private:
    std::function<bool()> m_onEnter;
};

} // namespace

CalendarPage::CalendarPage(Workspace *workspace, QWidget *parent)
    : Page(parent)
    , m_workspace(workspace)
    , m_loader(new BackgroundLoader(this))
    , m_model(new DueTableModel(this))
    , m_proxy(new DueFilterProxyModel(this))
    , m_groups(new DueGroupModel(this))
    , m_messages(new MessageBar(this))
    , m_groupBy(new QComboBox(this))
    , m_horizon(new QComboBox(this))
    , m_system(new QComboBox(this))
    , m_filter(new QLineEdit(this))
    , m_tree(new QTreeView(this))
    , m_empty(new QLabel(this))
    , m_count(new QLabel(this))
    , m_markDone(new QPushButton(tr("&Mark done\u2026"), this))
    , m_editInterval(new QPushButton(tr("Edit &interval\u2026"), this))
    , m_majorChange(new QPushButton(tr("Record ma&jor change\u2026"), this))
{
    setObjectName(QStringLiteral("calendarPage"));
    m_proxy->setSourceModel(m_model);
    m_groups->setSourceModel(m_proxy);

    m_groupBy->setObjectName(QStringLiteral("calendarGroupChooser"));
    m_groupBy->addItem(tr("Week"));
    m_groupBy->addItem(tr("Month"));
    m_horizon->setObjectName(QStringLiteral("calendarHorizonChooser"));
    m_horizon->addItem(tr("Next 4 weeks"));
    m_horizon->addItem(tr("Next 3 months"));
    m_horizon->addItem(tr("Next 12 months"));
    m_horizon->addItem(tr("Everything"));
    m_horizon->setCurrentIndex(int(Horizon::ThreeMonths));
    m_horizon->setToolTip(tr("How far ahead to list; overdue obligations are always listed"));
    m_system->setObjectName(QStringLiteral("calendarSystemChooser"));
    m_system->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_system->setMinimumContentsLength(12);
    m_filter->setObjectName(QStringLiteral("calendarFilter"));
    m_filter->setPlaceholderText(tr("Filter by system, obligation or kind"));
    m_filter->setClearButtonEnabled(true);
    m_markDone->setObjectName(QStringLiteral("markDoneButton"));
    m_markDone->setToolTip(tr("Record that the selected obligation was done (Enter)"));
    m_editInterval->setObjectName(QStringLiteral("editIntervalButton"));
    m_editInterval->setToolTip(tr("Change how often the selected cadence is due"));
    m_majorChange->setObjectName(QStringLiteral("majorChangeButton"));
    m_majorChange->setToolTip(tr("A major change of the selected row's system makes its "
                                 "vulnerability scan due at once"));

    m_tree->setObjectName(QStringLiteral("calendarTree"));
    m_tree->setModel(m_groups);
    m_tree->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tree->setAlternatingRowColors(true);
    m_tree->setUniformRowHeights(true);
    m_tree->setAllColumnsShowFocus(true);
    m_tree->setWordWrap(false);
    m_tree->setContextMenuPolicy(Qt::CustomContextMenu);
    m_tree->header()->setStretchLastSection(true);
    m_tree->header()->setSectionsMovable(true);
    m_tree->header()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_tree->setSortingEnabled(true);
    m_tree->sortByColumn(DueTableModel::Due, Qt::AscendingOrder);
    m_tree->installEventFilter(new EnterFilter(this, [this]() {
        if (!selectedItem())
            return false; // on a group header Enter keeps its usual meaning
        markSelectedDone();
        return true;
    }));
    m_empty->setObjectName(QStringLiteral("calendarEmpty"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    m_count->setObjectName(QStringLiteral("calendarCount"));

    auto *groupLabel = new QLabel(tr("Group &by:"), this);
    groupLabel->setBuddy(m_groupBy);
    auto *horizonLabel = new QLabel(tr("&Show:"), this);
    horizonLabel->setBuddy(m_horizon);
    auto *systemLabel = new QLabel(tr("S&ystem:"), this);
    systemLabel->setBuddy(m_system);
    auto *filterLabel = new QLabel(tr("Filte&r:"), this);
    filterLabel->setBuddy(m_filter);
    auto *filters = new QHBoxLayout;
    filters->addWidget(groupLabel);
    filters->addWidget(m_groupBy);
    filters->addSpacing(8);
    filters->addWidget(horizonLabel);
    filters->addWidget(m_horizon);
    filters->addSpacing(8);
    filters->addWidget(systemLabel);
    filters->addWidget(m_system);
    filters->addSpacing(8);
    filters->addWidget(filterLabel);
    filters->addWidget(m_filter, 1);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_count, 1);
    buttons->addWidget(m_markDone);
    buttons->addWidget(m_editInterval);
    buttons->addWidget(m_majorChange);

    QWidget *stackHolder = PageParts::withEmptyState(m_tree, m_empty, this);

    auto *heading = PageParts::heading(tr("Calendar"), this);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->addWidget(heading);
    layout->addWidget(m_messages);
    layout->addLayout(filters);
    layout->addWidget(stackHolder, 1);
    layout->addLayout(buttons);
    setTabOrder(m_groupBy, m_horizon);
    setTabOrder(m_horizon, m_system);
    setTabOrder(m_system, m_filter);
    setTabOrder(m_filter, m_tree);
    setTabOrder(m_tree, m_markDone);
    setTabOrder(m_markDone, m_editInterval);
    setTabOrder(m_editInterval, m_majorChange);

    // Regrouping, sorting and reloading reset the tree: keep the selection and the groups the
    // user collapsed over it.
    connect(m_groups, &QAbstractItemModel::modelAboutToBeReset, this, [this]() {
        if (!m_keepSelected) {
            if (const DueItem *d = selectedItem())
                m_keepSelected = std::make_pair(d->source, d->id);
        }
    });
    connect(m_groups, &QAbstractItemModel::modelReset, this, &CalendarPage::restoreTreeState);
    connect(m_tree, &QTreeView::collapsed, this, [this](const QModelIndex &index) {
        m_collapsed.insert(index.data(DueGroupKeyRole).toString());
    });
    connect(m_tree, &QTreeView::expanded, this, [this](const QModelIndex &index) {
        m_collapsed.remove(index.data(DueGroupKeyRole).toString());
    });

    connect(m_groupBy, &QComboBox::currentIndexChanged, this, [this](int index) {
        m_groups->setGrouping(index == 1 ? DueGroupModel::Grouping::Month
                                         : DueGroupModel::Grouping::Week);
        updateEmptyState();
    });
    connect(m_horizon, &QComboBox::currentIndexChanged, this, [this]() {
        if (isVisible())
            reload();
        else
            m_stale = true;
    });
    connect(m_system, &QComboBox::currentIndexChanged, this, &CalendarPage::applyFilter);
    connect(m_filter, &QLineEdit::textChanged, this, &CalendarPage::applyFilter);
    connect(m_tree, &QTreeView::doubleClicked, this, [this](const QModelIndex &index) {
        if (!index.data(DueGroupRole).toBool())
            markSelectedDone();
    });
    connect(m_tree, &QWidget::customContextMenuRequested, this, &CalendarPage::showContextMenu);
    connect(m_tree->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &CalendarPage::updateActions);
    connect(m_markDone, &QPushButton::clicked, this, &CalendarPage::markSelectedDone);
    connect(m_editInterval, &QPushButton::clicked, this, &CalendarPage::editSelectedInterval);
    connect(m_majorChange, &QPushButton::clicked, this, &CalendarPage::recordMajorChange);
    connect(m_workspace, &Workspace::databaseChanged, this, [this]() {
        m_messages->dismiss();
        reloadSystems();
        scheduleReload();
    });
    connect(m_workspace, &Workspace::systemsChanged, this, &CalendarPage::reloadSystems);
    connect(m_workspace, &Workspace::systemsChanged, this, &CalendarPage::scheduleReload);
    connect(m_loader, &BackgroundLoader::loadingChanged, this, [this](bool loading) {
        updateEmptyState();
        emit loadingChanged(loading);
    });
    connect(m_workspace, &Workspace::controlsChanged, this, &CalendarPage::scheduleReload);
    reloadSystems();
    updateEmptyState();
    updateActions();
}

QDate CalendarPage::horizonEnd(Horizon horizon, const QDate &today)
{
    switch (horizon) {
    case Horizon::FourWeeks: return today.addDays(27); // today and the next 27 days
    case Horizon::ThreeMonths: return today.addMonths(3);
    case Horizon::TwelveMonths: return today.addMonths(12);
    case Horizon::Everything: return {};
    }
    return {};
}

void CalendarPage::scheduleReload()
{
    // Hidden, the page only notes that it is stale and reads when shown; shown, a burst of
    // changes (an import, applyCalendar) is read once.
    m_stale = true;
    if (!isVisible() || m_reloadPending)
        return;
    m_reloadPending = true;
    QTimer::singleShot(0, this, [this]() {
        m_reloadPending = false;
        if (m_stale)
            reload();
    });
}

void CalendarPage::showEvent(QShowEvent *event)
{
    Page::showEvent(event);
    if (m_stale)
        reload();
    sizeColumns();
}

void CalendarPage::reloadSystems()
{
    QList<System> systems;
    if (m_workspace->isOpen()) {
        if (auto fresh = m_workspace->systems())
            systems = *fresh;
    }
    m_proxy->setSystemId(PageParts::fillSystemChooser(m_system, systems));
}

void CalendarPage::reload()
{
    m_stale = false;
    const QDate today = m_workspace->today();
    if (!m_workspace->isOpen()) {
        m_loader->cancel();
        m_model->setRows({}, today);
        applyFilter();
        return;
    }
    // A large estate's due items take a while to read (issue 9): on a worker; the rows shown
    // stay until the new ones arrive, and only the newest read is used.
    const QDate until = horizonEnd(Horizon(m_horizon->currentIndex()), today);
    m_loader->load<QList<DueItem>>(
        m_workspace, BackgroundReads::dueItems(today, until),
        [this, today](Result<QList<DueItem>> fresh) {
            QList<DueItem> rows;
            if (!fresh)
                m_messages->showMessage(tr("What is due could not be read. %1")
                                            .arg(fresh.error().message),
                                        MessageBar::Type::Error);
            else
                rows = std::move(*fresh);
            m_model->setRows(rows, today);
            applyFilter();
        });
    updateEmptyState();
}

bool CalendarPage::isLoading() const
{
    return m_loader->isLoading();
}

void CalendarPage::applyFilter()
{
    m_proxy->setSystemId(m_system->currentData().toLongLong());
    m_proxy->setText(m_filter->text());
    updateEmptyState();
}

void CalendarPage::updateEmptyState()
{
    const int all = m_model->rowCount();
    const int shown = m_proxy->rowCount();
    int overdue = 0;
    for (int r = 0; r < shown; ++r) {
        if (m_proxy->index(r, 0).data(DueOverdueRole).toBool())
            ++overdue;
    }
    const Horizon horizon = Horizon(m_horizon->currentIndex());
    QString empty;
    if (!m_workspace->isOpen())
        empty = tr("No database is open: open one with File \u2192 Open database.");
    else if (all == 0 && m_loader->isLoading())
        empty = tr("Reading what is due\u2026");
    else if (all == 0 && horizon != Horizon::Everything)
        empty = tr("Nothing is due or overdue up to %1. Choose a longer horizon in Show to see "
                   "what comes later.")
                    .arg(QLocale().toString(horizonEnd(horizon, m_model->today()),
                                            QLocale::LongFormat));
    else if (all == 0)
        empty = tr("Nothing is due: each system gets its operational cadences (vulnerability "
                   "scan, EOSL review, incident-response profile review, backup-restore drill "
                   "for tier 1 and 2) when the database is opened, and periodic compensating "
                   "controls are listed with their next check.");
    else if (shown == 0)
        empty = tr("Nothing due matches the filters: choose All systems or clear Filter.");
    m_empty->setText(empty);
    m_empty->setVisible(!empty.isEmpty());
    m_tree->setVisible(empty.isEmpty());
    sizeColumns();
    const QString count = shown == all ? tr("%n obligation(s)", nullptr, all)
                                       : tr("%1 of %2 obligations").arg(shown).arg(all);
    m_count->setText(overdue == 0 ? count : tr("%1, %n overdue", nullptr, overdue).arg(count));
    updateActions();
}

void CalendarPage::restoreTreeState()
{
    for (int g = 0; g < m_groups->rowCount(); ++g) {
        const QModelIndex group = m_groups->index(g, 0);
        m_tree->setFirstColumnSpanned(g, QModelIndex(), true);
        if (!m_collapsed.contains(group.data(DueGroupKeyRole).toString()))
            m_tree->expand(group);
    }
    if (m_keepSelected) {
        const auto keep = *m_keepSelected;
        m_keepSelected.reset();
        selectItem(keep.first, keep.second);
    }
    updateActions();
}

void CalendarPage::sizeColumns()
{
    constexpr int kRowsMeasured = 300;
    // Once, to the first rows shown (the user's widths are kept after that); a hidden view
    // measures nothing. The group headers span the row, so the date column is measured on the
    // dates alone.
    if (m_columnsSized || !m_tree->isVisible() || m_model->rowCount() == 0)
        return;
    m_columnsSized = true;
    const QFontMetrics fm = m_tree->fontMetrics();
    const int padding = 24;
    QList<int> widths(DueTableModel::ColumnCount, 0);
    for (int c = 0; c < DueTableModel::ColumnCount; ++c)
        widths[c] = fm.horizontalAdvance(m_model->headerData(c, Qt::Horizontal).toString());
    QFont bold = m_tree->font();
    bold.setBold(true);
    const QFontMetrics boldFm(bold);
    // The first rows only, as QHeaderView's resizeContentsPrecision does: shaping the text of
    // every row of an estate's tens of thousands of dates is a stall of its own.
    const int rows = std::min(m_model->rowCount(), kRowsMeasured);
    for (int r = 0; r < rows; ++r) {
        for (int c = 0; c < DueTableModel::ColumnCount; ++c) {
            const QString text = m_model->index(r, c).data().toString();
            widths[c] = qMax(widths[c], boldFm.horizontalAdvance(text));
        }
    }
    widths[DueTableModel::Due] += m_tree->indentation();
    for (int c = 0; c < DueTableModel::ColumnCount - 1; ++c)
        m_tree->setColumnWidth(c, qMin(widths.at(c) + padding, 320));
}

void CalendarPage::focusFilter()
{
    m_filter->setFocus(Qt::ShortcutFocusReason);
    m_filter->selectAll();
}

const DueItem *CalendarPage::selectedItem() const
{
    const QModelIndexList rows = m_tree->selectionModel()
        ? m_tree->selectionModel()->selectedRows() : QModelIndexList();
    if (rows.isEmpty() || rows.first().data(DueGroupRole).toBool())
        return nullptr;
    const QModelIndex proxy = m_groups->mapToSource(rows.first());
    return proxy.isValid() ? m_model->rowAt(m_proxy->mapToSource(proxy).row()) : nullptr;
}

bool CalendarPage::selectItem(DueItem::Source source, qint64 id)
{
    const int row = m_model->rowOf(source, id);
    const QModelIndex proxy
        = row < 0 ? QModelIndex() : m_proxy->mapFromSource(m_model->index(row, 0));
    const QModelIndex index = m_groups->mapFromSource(proxy);
    if (!index.isValid()) {
        m_tree->clearSelection();
        return false;
    }
    m_tree->expand(index.parent());
    m_tree->selectionModel()->setCurrentIndex(
        index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_tree->scrollTo(index);
    return true;
}

QString CalendarPage::obligationName(const DueItem &item) const
{
    return tr("%1 of %2").arg(item.obligation, item.systemCode);
}

bool CalendarPage::canMarkDone() const
{
    return m_workspace->canEdit() && selectedItem();
}

bool CalendarPage::canEditInterval() const
{
    const DueItem *d = selectedItem();
    return m_workspace->canEdit() && d && d->source == DueItem::Source::Cadence;
}

bool CalendarPage::canRecordMajorChange() const
{
    return m_workspace->canEdit() && selectedItem();
}

bool CalendarPage::runDialog(QDialog &dialog)
{
    if (m_runDialog)
        return m_runDialog(dialog);
    return dialog.exec() == QDialog::Accepted;
}

void CalendarPage::markSelectedDone()
{
    const DueItem *selected = selectedItem();
    if (!selected || !canMarkDone())
        return;
    const DueItem d = *selected; // the rows are replaced by the reload below
    const QDate today = m_workspace->today();
    const bool cadence = d.source == DueItem::Source::Cadence;
    EvidenceDialog dialog(cadence ? EvidenceDialog::Kind::Cadence : EvidenceDialog::Kind::Control,
                          obligationName(d), today, m_workspace->actor(), this);
    if (!runDialog(dialog))
        return;
    QDate nextDue;
    if (cadence) {
        auto stored = m_workspace->markCadenceDone(d.id, d.rowVersion, dialog.doneOn(),
                                                   dialog.note());
        if (!stored) {
            m_messages->showMessage(tr("“%1” of %2 could not be marked done. %3")
                                        .arg(d.obligation, d.systemCode, stored.error().message),
                                    MessageBar::Type::Error);
            reload();
            return;
        }
        nextDue = stored->nextDue;
    } else {
        ControlEvidence e;
        e.controlId = d.id;
        e.doneOn = dialog.doneOn();
        e.doneBy = dialog.doneBy();
        e.note = dialog.note();
        e.reference = dialog.reference();
        auto stored = m_workspace->recordEvidence(e, d.rowVersion);
        if (!stored) {
            m_messages->showMessage(tr("The evidence of “%1” of %2 could not be recorded. %3")
                                        .arg(d.obligation, d.systemCode, stored.error().message),
                                    MessageBar::Type::Error);
            reload();
            return;
        }
        nextDue = stored->nextDue;
    }
    m_keepSelected = std::make_pair(d.source, d.id);
    reload();
    m_messages->showMessage(tr("Marked “%1” of %2 done on %3; next due %4.")
                                .arg(d.obligation, d.systemCode, dateKey(dialog.doneOn()),
                                     dateKey(nextDue)),
                            MessageBar::Type::Positive, 8000);
}

void CalendarPage::editSelectedInterval()
{
    const DueItem *selected = selectedItem();
    if (!selected || !canEditInterval())
        return;
    const DueItem d = *selected;
    auto all = m_workspace->cadences(d.systemId);
    if (!all) {
        m_messages->showMessage(all.error().message, MessageBar::Type::Error);
        return;
    }
    const auto it = std::find_if(all->cbegin(), all->cend(),
                                 [&d](const Cadence &c) { return c.id == d.id; });
    if (it == all->cend()) {
        m_messages->showMessage(tr("“%1” of %2 was deleted meanwhile.")
                                    .arg(d.obligation, d.systemCode),
                                MessageBar::Type::Error);
        reload();
        return;
    }
    CadenceDialog dialog(*it, obligationName(d), m_workspace->today(), this);
    if (!runDialog(dialog))
        return;
    const Cadence edited = dialog.cadence();
    // A failure is reported by the workspace (commandFailed), shown by the window.
    if (!m_workspace->editCadence(edited))
        return;
    m_keepSelected = std::make_pair(d.source, d.id);
    reload();
    QDate nextDue = edited.nextDue;
    if (auto fresh = m_workspace->cadences(d.systemId)) {
        for (const Cadence &c : std::as_const(*fresh)) {
            if (c.id == d.id)
                nextDue = c.nextDue;
        }
    }
    m_messages->showMessage(tr("“%1” of %2 is now due every %n day(s); next due %3.", nullptr,
                               edited.intervalDays)
                                .arg(d.obligation, d.systemCode, dateKey(nextDue)),
                            MessageBar::Type::Positive, 8000);
}

void CalendarPage::recordMajorChange()
{
    const DueItem *selected = selectedItem();
    if (!selected || !canRecordMajorChange())
        return;
    const DueItem d = *selected;
    QString systemName = d.systemCode;
    if (auto s = m_workspace->system(d.systemId); s && s->has_value())
        systemName = tr("%1 \u2014 %2").arg((*s)->code, (*s)->name);
    MajorChangeDialog dialog(systemName, m_workspace->today(), this);
    if (!runDialog(dialog))
        return;
    const QDate changedOn = dialog.changedOn();
    if (Status st = m_workspace->markMajorChange(d.systemId, changedOn); !st) {
        m_messages->showMessage(tr("The major change of %1 could not be recorded. %2")
                                    .arg(d.systemCode, st.error().message),
                                MessageBar::Type::Error);
        return;
    }
    std::optional<Cadence> scan;
    if (auto fresh = m_workspace->cadences(d.systemId)) {
        for (const Cadence &c : std::as_const(*fresh)) {
            if (c.kind == CadenceKind::VulnerabilityScan)
                scan = c;
        }
    }
    reload();
    if (scan) {
        selectItem(DueItem::Source::Cadence, scan->id);
        m_messages->showMessage(tr("Recorded a major change of %1 on %2: its vulnerability scan "
                                   "is due %3.")
                                    .arg(d.systemCode, dateKey(changedOn), dateKey(scan->nextDue)),
                                MessageBar::Type::Positive, 8000);
    } else {
        m_messages->showMessage(tr("%1 has no vulnerability scan cadence, so nothing became "
                                   "due.").arg(d.systemCode),
                                MessageBar::Type::Warning);
    }
}

void CalendarPage::showContextMenu(const QPoint &pos)
{
    const QModelIndex index = m_tree->indexAt(pos);
    if (!index.isValid() || index.data(DueGroupRole).toBool())
        return;
    m_tree->selectionModel()->setCurrentIndex(
        index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    const DueItem *d = selectedItem();
    if (!d)
        return;
    QMenu menu(this);
    QAction *done = menu.addAction(tr("&Mark done\u2026"), this, &CalendarPage::markSelectedDone);
    done->setEnabled(canMarkDone());
    QAction *interval = menu.addAction(tr("Edit &interval\u2026"), this,
                                       &CalendarPage::editSelectedInterval);
    interval->setEnabled(canEditInterval());
    QAction *major = menu.addAction(tr("Record ma&jor change\u2026"), this,
                                    &CalendarPage::recordMajorChange);
    major->setEnabled(canRecordMajorChange());
    menu.addSeparator();
    menu.addAction(tr("Show &system"), this, &CalendarPage::showSelectedSystem);
    ListExport::addToMenu(menu, this, m_messages);
    menu.exec(m_tree->viewport()->mapToGlobal(pos));
}

void CalendarPage::showSelectedSystem()
{
    if (const DueItem *d = selectedItem(); d && d->systemId != 0)
        emit openSystemRequested(d->systemId);
}

void CalendarPage::updateActions()
{
    const bool edit = m_workspace->canEdit();
    m_markDone->setVisible(edit);
    m_editInterval->setVisible(edit);
    m_majorChange->setVisible(edit);
    m_markDone->setEnabled(canMarkDone());
    m_editInterval->setEnabled(canEditInterval());
    m_majorChange->setEnabled(canRecordMajorChange());
    emit actionsChanged();
}

void CalendarPage::saveState(QSettings &settings) const
{
    settings.setValue(kGroupBy, kGroupKeys.value(m_groupBy->currentIndex()));
    settings.setValue(kHorizon, kHorizonKeys.value(m_horizon->currentIndex()));
    // Widths never fitted to rows are not worth keeping: the first rows shown will size them.
    if (m_columnsSized)
        settings.setValue(kHeaderState, m_tree->header()->saveState());
}

void CalendarPage::restoreState(const QSettings &settings)
{
    if (const int g = int(kGroupKeys.indexOf(settings.value(kGroupBy).toString())); g >= 0)
        m_groupBy->setCurrentIndex(g);
    if (const int h = int(kHorizonKeys.indexOf(settings.value(kHorizon).toString())); h >= 0)
        m_horizon->setCurrentIndex(h);
    if (m_tree->header()->restoreState(settings.value(kHeaderState).toByteArray()))
        m_columnsSized = true;
}

QAbstractItemView *CalendarPage::exportView() const
{
    // Grouped or not, the obligations in the order shown (group headers are no rows).
    return m_tree;
}

QString CalendarPage::exportName() const
{
    return tr("due", "file name of an exported list");
}

} // namespace pp
