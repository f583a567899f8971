#include "ui/windows/windowspage.h"

#include "models/itemmodels/roles.h"
#include "models/itemmodels/windowtablemodel.h"
#include "models/planning/holidays.h"
#include "models/planning/recurrence.h"
#include "models/workspace.h"
#include "ui/inventory/tableviews.h"
#include "ui/widgets/listexport.h"
#include "ui/widgets/messagebar.h"
#include "ui/widgets/pageparts.h"
#include "ui/windows/blackoutdialog.h"
#include "ui/windows/monthview.h"
#include "ui/windows/windowdialog.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QTableView>
#include <QTimeZone>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace pp {
namespace {

const QString kSplitterState = QStringLiteral("windowsPage/splitter");
const QString kTablesState = QStringLiteral("windowsPage/tables");
const QString kWindowHeader = QStringLiteral("windowsPage/windowHeader");
const QString kBlackoutHeader = QStringLiteral("windowsPage/blackoutHeader");

QTimeZone zoneOf(const QString &id)
{
    const QTimeZone zone(id.toUtf8());
    return zone.isValid() ? zone : QTimeZone(QByteArrayLiteral("Asia/Tokyo"));
}

} // namespace

WindowsPage::WindowsPage(Workspace *workspace, QWidget *parent)
    : Page(parent)
    , m_workspace(workspace)
    , m_windowModel(new WindowTableModel(this))
    , m_blackoutModel(new BlackoutTableModel(this))
    , m_windowProxy(new IdFilterProxyModel(this))
    , m_blackoutProxy(new IdFilterProxyModel(this))
    , m_messages(new MessageBar(this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_tables(new QSplitter(Qt::Vertical, this))
    , m_windowTable(new QTableView(this))
    , m_blackoutTable(new QTableView(this))
    , m_addWindow(new QPushButton(tr("Add &window…"), this))
    , m_editWindow(new QPushButton(tr("Ed&it window…"), this))
    , m_deleteWindow(new QPushButton(tr("&Delete window…"), this))
    , m_addBlackout(new QPushButton(tr("Add &blackout…"), this))
    , m_editBlackout(new QPushButton(tr("Edit b&lackout…"), this))
    , m_deleteBlackout(new QPushButton(tr("Delete blac&kout…"), this))
    , m_system(new QComboBox(this))
    , m_month(new MonthView(this))
    , m_dayTitle(new QLabel(this))
    , m_dayList(new QListWidget(this))
{
    setObjectName(QStringLiteral("windowsPage"));
    m_windowProxy->setSourceModel(m_windowModel);
    m_blackoutProxy->setSourceModel(m_blackoutModel);
    for (QTableView *table : {m_windowTable, m_blackoutTable}) {
        Internal::setUpTable(table);
        table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    }
    m_windowTable->setObjectName(QStringLiteral("windowTable"));
    m_windowTable->setModel(m_windowProxy);
    m_windowTable->sortByColumn(WindowTableModel::Next, Qt::AscendingOrder);
    m_blackoutTable->setObjectName(QStringLiteral("blackoutTable"));
    m_blackoutTable->setModel(m_blackoutProxy);
    // Each table's menu exports that table, whichever was worked in last.
    ListExport::installContextMenu(m_windowTable, this, m_messages,
                                   tr("maintenance-windows", "file name of an exported list"));
    ListExport::installContextMenu(m_blackoutTable, this, m_messages,
                                   tr("blackouts", "file name of an exported list"));
    m_blackoutTable->sortByColumn(BlackoutTableModel::First, Qt::AscendingOrder);
    m_addWindow->setObjectName(QStringLiteral("addWindowButton"));
    m_editWindow->setObjectName(QStringLiteral("editWindowButton"));
    m_deleteWindow->setObjectName(QStringLiteral("deleteWindowButton"));
    m_addBlackout->setObjectName(QStringLiteral("addBlackoutButton"));
    m_editBlackout->setObjectName(QStringLiteral("editBlackoutButton"));
    m_deleteBlackout->setObjectName(QStringLiteral("deleteBlackoutButton"));
    m_system->setObjectName(QStringLiteral("windowsSystemChooser"));
    m_system->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_system->setMinimumContentsLength(16);
    m_system->setToolTip(tr("Show the windows and blackouts of one system: its own window and "
                            "its group's"));
    m_dayTitle->setObjectName(QStringLiteral("dayTitle"));
    m_dayList->setObjectName(QStringLiteral("dayList"));
    m_dayList->setMaximumHeight(m_dayList->fontMetrics().height() * 6 + 12);
    m_dayList->setWordWrap(true);

    // Left: the two tables, each with its buttons.
    const auto tablePane = [this](const QString &title, QTableView *table,
                                  std::initializer_list<QPushButton *> buttons) {
        auto *pane = new QWidget(m_tables);
        auto *label = new QLabel(title, pane);
        QFont bold = label->font();
        bold.setBold(true);
        label->setFont(bold);
        label->setBuddy(table);
        auto *row = new QHBoxLayout;
        row->addStretch();
        for (QPushButton *b : buttons)
            row->addWidget(b);
        auto *layout = new QVBoxLayout(pane);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->addWidget(label);
        layout->addWidget(table, 1);
        layout->addLayout(row);
        return pane;
    };
    m_tables->addWidget(tablePane(tr("&Maintenance windows"), m_windowTable,
                                  {m_addWindow, m_editWindow, m_deleteWindow}));
    m_tables->addWidget(tablePane(tr("Bla&ckouts"), m_blackoutTable,
                                  {m_addBlackout, m_editBlackout, m_deleteBlackout}));
    m_tables->setChildrenCollapsible(false);
    m_tables->setStretchFactor(0, 3);
    m_tables->setStretchFactor(1, 2);

    // Right: the calendar, filtered by system, and the selected day's list.
    auto *calendarPane = new QWidget(m_splitter);
    auto *systemLabel = new QLabel(tr("&System:"), calendarPane);
    systemLabel->setBuddy(m_system);
    auto *filter = new QHBoxLayout;
    filter->addWidget(systemLabel);
    filter->addWidget(m_system, 1);
    auto *legend = new QLabel(tr("Blue: window · Green: plan · Red shading: blackout · "
                                 "Orange shading: public holiday"),
                              calendarPane);
    legend->setForegroundRole(QPalette::PlaceholderText);
    legend->setWordWrap(true);
    auto *right = new QVBoxLayout(calendarPane);
    right->setContentsMargins(0, 0, 0, 0);
    right->addLayout(filter);
    right->addWidget(m_month, 1);
    right->addWidget(legend);
    right->addWidget(m_dayTitle);
    right->addWidget(m_dayList);

    m_splitter->addWidget(m_tables);
    m_splitter->addWidget(calendarPane);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->addWidget(PageParts::heading(tr("Maintenance windows and blackouts"), this));
    layout->addWidget(m_messages);
    layout->addWidget(m_splitter, 1);

    setTabOrder(m_windowTable, m_addWindow);
    setTabOrder(m_addWindow, m_editWindow);
    setTabOrder(m_editWindow, m_deleteWindow);
    setTabOrder(m_deleteWindow, m_blackoutTable);
    setTabOrder(m_blackoutTable, m_addBlackout);
    setTabOrder(m_addBlackout, m_editBlackout);
    setTabOrder(m_editBlackout, m_deleteBlackout);
    setTabOrder(m_deleteBlackout, m_system);
    setTabOrder(m_system, m_month->grid());
    setTabOrder(m_month->grid(), m_dayList);

    connect(m_addWindow, &QPushButton::clicked, this, &WindowsPage::createItem);
    connect(m_editWindow, &QPushButton::clicked, this, &WindowsPage::editWindow);
    connect(m_deleteWindow, &QPushButton::clicked, this, &WindowsPage::deleteWindow);
    connect(m_addBlackout, &QPushButton::clicked, this, &WindowsPage::addBlackout);
    connect(m_editBlackout, &QPushButton::clicked, this, &WindowsPage::editBlackout);
    connect(m_deleteBlackout, &QPushButton::clicked, this, &WindowsPage::deleteBlackout);
    connect(m_windowTable, &QTableView::doubleClicked, this, &WindowsPage::editWindow);
    connect(m_blackoutTable, &QTableView::doubleClicked, this, &WindowsPage::editBlackout);
    connect(m_windowTable->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            [this]() {
                m_lastTable = m_windowTable;
                updateActions();
            });
    connect(m_blackoutTable->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            [this]() {
                m_lastTable = m_blackoutTable;
                updateActions();
            });
    connect(m_system, &QComboBox::currentIndexChanged, this, &WindowsPage::applyFilter);
    connect(m_month, &MonthView::monthChanged, this, &WindowsPage::refreshCalendar);
    connect(m_month, &MonthView::selectedDateChanged, this, &WindowsPage::showDay);
    connect(m_workspace, &Workspace::databaseChanged, this, [this]() {
        m_messages->dismiss();
        scheduleReload();
    });
    connect(m_workspace, &Workspace::systemsChanged, this, &WindowsPage::scheduleReload);
    connect(m_workspace, &Workspace::plansChanged, this, &WindowsPage::scheduleReload);
    connect(m_workspace, &Workspace::commandFailed, this, [this](const QString &message) {
        if (isVisible())
            m_messages->showMessage(message, MessageBar::Type::Error);
    });

    const QDateTime now = m_workspace->now();
    const QDate today = now.toTimeZone(zoneOf(QStringLiteral("Asia/Tokyo"))).date();
    m_month->setToday(today);
    m_month->setSelectedDate(today);
    reload();
}

void WindowsPage::scheduleReload()
{
    // Hidden: read when shown. Shown: once, after a burst of changes.
    if (!isVisible()) {
        m_dirty = true;
        return;
    }
    if (m_reloadPending)
        return;
    m_reloadPending = true;
    QTimer::singleShot(0, this, &WindowsPage::reload);
}

void WindowsPage::showEvent(QShowEvent *event)
{
    Page::showEvent(event);
    if (m_dirty)
        reload();
    sizeColumns();
}

void WindowsPage::reload()
{
    m_reloadPending = false;
    m_dirty = false;
    const qint64 window = selectedWindowId();
    const qint64 blackout = selectedBlackoutId();
    m_systems.clear();
    m_windows.clear();
    m_blackouts.clear();
    if (m_workspace->isOpen()) {
        QStringList errors;
        if (auto systems = m_workspace->systems())
            m_systems = *systems;
        else
            errors << systems.error().message;
        if (auto windows = m_workspace->maintenanceWindows())
            m_windows = *windows;
        else
            errors << windows.error().message;
        if (auto blackouts = m_workspace->blackouts())
            m_blackouts = *blackouts;
        else
            errors << blackouts.error().message;
        if (auto holidays = m_workspace->holidaysAreBlackouts())
            m_holidaysAreBlackouts = *holidays;
        if (!errors.isEmpty())
            m_messages->showMessage(tr("The windows and blackouts could not be read. %1")
                                        .arg(errors.join(QLatin1Char(' '))),
                                    MessageBar::Type::Error);
    }
    m_windowModel->setWindows(m_windows, m_systems, m_workspace->now());
    m_blackoutModel->setBlackouts(m_blackouts, m_systems);
    m_system->blockSignals(true);
    PageParts::fillSystemChooser(m_system, m_systems);
    m_system->blockSignals(false);
    if (window != 0)
        selectWindow(window);
    if (blackout != 0)
        selectBlackout(blackout);
    applyFilter();
}

void WindowsPage::applyFilter()
{
    const qint64 systemId = m_system->currentData().toLongLong();
    if (systemId == 0) {
        m_windowProxy->setIds(std::nullopt);
        m_blackoutProxy->setIds(std::nullopt);
    } else {
        const auto system = std::find_if(m_systems.cbegin(), m_systems.cend(),
                                         [systemId](const System &s) { return s.id == systemId; });
        QSet<qint64> windows;
        QSet<qint64> blackouts;
        for (const MaintenanceWindow &w : std::as_const(m_windows)) {
            if (system != m_systems.cend() && WindowTableModel::appliesTo(w, *system))
                windows.insert(w.id);
        }
        for (const Blackout &b : std::as_const(m_blackouts)) {
            if (b.systemId == 0 || b.systemId == systemId)
                blackouts.insert(b.id);
        }
        m_windowProxy->setIds(windows);
        m_blackoutProxy->setIds(blackouts);
    }
    sizeColumns();
    refreshCalendar();
    updateActions();
}

void WindowsPage::refreshCalendar()
{
    const QDate first = m_month->firstShown();
    const QDate last = m_month->lastShown();
    const qint64 systemId = m_system->currentData().toLongLong();
    QHash<QDate, QList<CalendarItem>> items;
    const QLocale locale;
    const bool japanese = locale.language() == QLocale::Japanese;

    for (const Holiday &h : japaneseHolidays(first, last)) {
        const QString name = japanese ? h.nameJa : h.nameEn;
        CalendarItem item{CalendarItem::Kind::Holiday, name,
                          m_holidaysAreBlackouts
                              ? tr("Public holiday: %1 (%2), treated as a blackout")
                                    .arg(h.nameJa, h.nameEn)
                              : tr("Public holiday: %1 (%2)").arg(h.nameJa, h.nameEn)};
        items[h.day] << item;
    }
    for (const Blackout &b : std::as_const(m_blackouts)) {
        if (systemId != 0 && b.systemId != 0 && b.systemId != systemId)
            continue;
        const QDate from = std::max(first, b.startsOn);
        const QDate to = std::min(last, b.endsOn);
        for (QDate d = from; d.isValid() && d <= to; d = d.addDays(1)) {
            items[d] << CalendarItem{CalendarItem::Kind::Blackout, b.name,
                                     b.reason.isEmpty()
                                         ? tr("Blackout: %1").arg(b.name)
                                         : tr("Blackout: %1 — %2").arg(b.name, b.reason)};
        }
    }

    // Window occurrences on their local day, in each window's zone.
    const QDateTime fromUtc(first.addDays(-2), QTime(0, 0), QTimeZone::utc());
    const QDateTime toUtc(last.addDays(2), QTime(0, 0), QTimeZone::utc());
    const System *system = nullptr;
    for (const System &s : std::as_const(m_systems)) {
        if (s.id == systemId)
            system = &s;
    }
    QStringList problems;
    for (const MaintenanceWindow &w : std::as_const(m_windows)) {
        if (system && !WindowTableModel::appliesTo(w, *system))
            continue;
        auto occurrences = expandWindow(w, fromUtc, toUtc, 200);
        if (!occurrences) {
            problems << tr("%1: %2").arg(w.name, occurrences.error().message);
            continue;
        }
        const QTimeZone zone = zoneOf(w.timeZone);
        for (const WindowOccurrence &o : *occurrences) {
            const QDateTime start = o.start.toTimeZone(zone);
            const QDateTime end = o.end.toTimeZone(zone);
            if (start.date() < first || start.date() > last)
                continue;
            const QString from = start.toString(QStringLiteral("HH:mm"));
            const QString to = end.toString(QStringLiteral("HH:mm"));
            items[start.date()] << CalendarItem{
                CalendarItem::Kind::Window, tr("%1 %2").arg(from, w.name),
                tr("Window %1–%2 %3: %4").arg(from, to, w.timeZone, w.name)};
        }
    }

    // Plans, on every day their window touches.
    if (m_workspace->isOpen()) {
        PlanFilter filter;
        filter.from = fromUtc;
        filter.to = toUtc;
        filter.systemId = systemId;
        if (auto plans = m_workspace->plans(filter)) {
            for (const Plan &p : *plans) {
                const QTimeZone zone = zoneOf(p.timeZone);
                const QDateTime start = p.windowStart.toTimeZone(zone);
                const QDateTime end = p.windowEnd.toTimeZone(zone);
                const QString status = displayName(p.status);
                for (QDate d = std::max(first, start.date());
                     d.isValid() && d <= std::min(last, end.date()); d = d.addDays(1)) {
                    items[d] << CalendarItem{
                        CalendarItem::Kind::Plan, tr("%1 (%2)").arg(p.title, status),
                        tr("Plan %1–%2: %3 (%4, %5)")
                            .arg(start.toString(QStringLiteral("MM-dd HH:mm")),
                                 end.toString(QStringLiteral("MM-dd HH:mm")), p.title, status,
                                 displayName(p.type))};
                }
            }
        } else {
            problems << plans.error().message;
        }
    }
    if (!problems.isEmpty())
        m_messages->showMessage(tr("Part of the calendar could not be shown. %1")
                                    .arg(problems.join(QLatin1Char(' '))),
                                MessageBar::Type::Warning);
    m_month->setItems(items);
    showDay(m_month->selectedDate());
}

void WindowsPage::showDay(const QDate &day)
{
    m_dayTitle->setText(QLocale().toString(day, QLocale::LongFormat));
    m_dayList->clear();
    const QList<CalendarItem> items = m_month->items(day);
    for (const CalendarItem &item : items)
        m_dayList->addItem(item.detail);
    if (items.isEmpty())
        m_dayList->addItem(tr("No window, blackout, holiday or plan on this day."));
}

void WindowsPage::sizeColumns()
{
    if (m_columnsSized || !m_windowTable->isVisible() || m_windowProxy->rowCount() == 0)
        return;
    m_columnsSized = true;
    for (QTableView *table : {m_windowTable, m_blackoutTable}) {
        // To the first rows: 500 windows' every cell measured held the window (issue 9).
        table->horizontalHeader()->setResizeContentsPrecision(200);
        table->resizeColumnsToContents();
        for (int c = 0; c < table->model()->columnCount(); ++c)
            table->setColumnWidth(c, qMin(table->columnWidth(c), 220));
    }
}

QStringList WindowsPage::groupNames() const
{
    QStringList groups;
    for (const MaintenanceWindow &w : m_windows) {
        if (w.systemId == 0 && !w.groupName.isEmpty() && !groups.contains(w.groupName))
            groups << w.groupName;
    }
    for (const System &s : m_systems) {
        const QString schedule = s.windowSchedule.trimmed();
        if (!schedule.isEmpty() && !schedule.contains(QLatin1String("FREQ="))
            && !groups.contains(schedule))
            groups << schedule;
    }
    groups.sort(Qt::CaseInsensitive);
    return groups;
}

qint64 WindowsPage::selectedWindowId() const
{
    const QModelIndexList rows = m_windowTable->selectionModel()->selectedRows();
    return rows.isEmpty() ? 0 : rows.first().data(IdRole).toLongLong();
}

qint64 WindowsPage::selectedBlackoutId() const
{
    const QModelIndexList rows = m_blackoutTable->selectionModel()->selectedRows();
    return rows.isEmpty() ? 0 : rows.first().data(IdRole).toLongLong();
}

void WindowsPage::selectWindow(qint64 id)
{
    const int row = m_windowModel->rowOf(id);
    const QModelIndex index = row < 0 ? QModelIndex()
                                      : m_windowProxy->mapFromSource(m_windowModel->index(row, 0));
    if (!index.isValid()) {
        m_windowTable->clearSelection();
        return;
    }
    m_windowTable->selectRow(index.row());
    m_windowTable->scrollTo(index);
}

void WindowsPage::selectBlackout(qint64 id)
{
    const int row = m_blackoutModel->rowOf(id);
    const QModelIndex index
        = row < 0 ? QModelIndex() : m_blackoutProxy->mapFromSource(m_blackoutModel->index(row, 0));
    if (!index.isValid()) {
        m_blackoutTable->clearSelection();
        return;
    }
    m_blackoutTable->selectRow(index.row());
    m_blackoutTable->scrollTo(index);
}

bool WindowsPage::canCreate() const
{
    return m_workspace->canEdit();
}

bool WindowsPage::canDelete() const
{
    if (!m_workspace->canEdit())
        return false;
    return m_lastTable == m_blackoutTable ? selectedBlackoutId() != 0 : selectedWindowId() != 0;
}

void WindowsPage::createItem()
{
    if (!canCreate())
        return;
    MaintenanceWindow defaults;
    const qint64 systemId = m_system->currentData().toLongLong();
    if (systemId != 0)
        defaults.systemId = systemId;
    WindowDialog dialog(defaults, m_systems, groupNames(), m_workspace->now(), this);
    if (m_runWindow ? !m_runWindow(dialog) : dialog.exec() != QDialog::Accepted)
        return;
    const MaintenanceWindow w = dialog.window();
    const qint64 id = m_workspace->addWindow(w);
    if (id != 0) {
        reload();
        selectWindow(id);
        m_messages->showMessage(tr("The maintenance window “%1” was added.").arg(w.name),
                                MessageBar::Type::Positive, 8000);
    }
}

void WindowsPage::editWindow()
{
    const qint64 id = selectedWindowId();
    const int row = m_windowModel->rowOf(id);
    if (row < 0 || !m_workspace->canEdit())
        return;
    WindowDialog dialog(m_windowModel->rowAt(row)->window, m_systems, groupNames(),
                        m_workspace->now(), this);
    if (m_runWindow ? !m_runWindow(dialog) : dialog.exec() != QDialog::Accepted)
        return;
    if (m_workspace->editWindow(dialog.window())) {
        reload();
        selectWindow(id);
    }
}

bool WindowsPage::confirm(const QString &title, const QString &question)
{
    if (m_confirm)
        return m_confirm(question);
    QMessageBox box(QMessageBox::Question, title, question, QMessageBox::Cancel, this);
    box.setInformativeText(tr("You can undo this with Edit → Undo."));
    QPushButton *remove = box.addButton(tr("Delete"), QMessageBox::DestructiveRole);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    return box.clickedButton() == remove;
}

void WindowsPage::deleteWindow()
{
    const int row = m_windowModel->rowOf(selectedWindowId());
    if (row < 0 || !m_workspace->canEdit())
        return;
    const WindowRow r = *m_windowModel->rowAt(row);
    const QString question
        = r.window.systemId == 0 && r.followers > 0
        ? tr("Delete the maintenance window “%1”? %n system(s) follow it.", nullptr, r.followers)
              .arg(r.window.name)
        : tr("Delete the maintenance window “%1”?").arg(r.window.name);
    if (confirm(tr("Delete maintenance window"), question)
        && m_workspace->deleteWindow(r.window.id, r.window.rowVersion))
        reload();
}

void WindowsPage::addBlackout()
{
    if (!m_workspace->canEdit())
        return;
    Blackout defaults;
    defaults.systemId = m_system->currentData().toLongLong();
    defaults.startsOn = m_month->selectedDate();
    defaults.endsOn = defaults.startsOn;
    BlackoutDialog dialog(defaults, m_systems, this);
    if (m_runBlackout ? !m_runBlackout(dialog) : dialog.exec() != QDialog::Accepted)
        return;
    const Blackout b = dialog.blackout();
    const qint64 id = m_workspace->addBlackout(b);
    if (id != 0) {
        reload();
        selectBlackout(id);
        m_messages->showMessage(tr("The blackout “%1” was added.").arg(b.name),
                                MessageBar::Type::Positive, 8000);
    }
}

void WindowsPage::editBlackout()
{
    const qint64 id = selectedBlackoutId();
    const int row = m_blackoutModel->rowOf(id);
    if (row < 0 || !m_workspace->canEdit())
        return;
    BlackoutDialog dialog(*m_blackoutModel->rowAt(row), m_systems, this);
    if (m_runBlackout ? !m_runBlackout(dialog) : dialog.exec() != QDialog::Accepted)
        return;
    if (m_workspace->editBlackout(dialog.blackout())) {
        reload();
        selectBlackout(id);
    }
}

void WindowsPage::deleteBlackout()
{
    const int row = m_blackoutModel->rowOf(selectedBlackoutId());
    if (row < 0 || !m_workspace->canEdit())
        return;
    const Blackout b = *m_blackoutModel->rowAt(row);
    if (confirm(tr("Delete blackout"), tr("Delete the blackout “%1”?").arg(b.name))
        && m_workspace->deleteBlackout(b.id, b.rowVersion))
        reload();
}

void WindowsPage::deleteSelected()
{
    if (m_lastTable == m_blackoutTable)
        deleteBlackout();
    else
        deleteWindow();
}

void WindowsPage::showSystem(qint64 systemId)
{
    const int index = m_system->findData(systemId);
    m_system->setCurrentIndex(index < 0 ? 0 : index);
}

void WindowsPage::updateActions()
{
    const bool edit = m_workspace->canEdit();
    for (QPushButton *b : {m_addWindow, m_editWindow, m_deleteWindow, m_addBlackout,
                           m_editBlackout, m_deleteBlackout})
        b->setVisible(edit);
    m_addWindow->setEnabled(edit);
    m_addBlackout->setEnabled(edit);
    m_editWindow->setEnabled(edit && selectedWindowId() != 0);
    m_deleteWindow->setEnabled(edit && selectedWindowId() != 0);
    m_editBlackout->setEnabled(edit && selectedBlackoutId() != 0);
    m_deleteBlackout->setEnabled(edit && selectedBlackoutId() != 0);
    emit actionsChanged();
}

void WindowsPage::saveState(QSettings &settings) const
{
    settings.setValue(kSplitterState, m_splitter->saveState());
    settings.setValue(kTablesState, m_tables->saveState());
    if (m_columnsSized) {
        settings.setValue(kWindowHeader, m_windowTable->horizontalHeader()->saveState());
        settings.setValue(kBlackoutHeader, m_blackoutTable->horizontalHeader()->saveState());
    }
}

void WindowsPage::restoreState(const QSettings &settings)
{
    m_splitter->restoreState(settings.value(kSplitterState).toByteArray());
    m_tables->restoreState(settings.value(kTablesState).toByteArray());
    if (m_windowTable->horizontalHeader()->restoreState(
            settings.value(kWindowHeader).toByteArray())
        && m_blackoutTable->horizontalHeader()->restoreState(
            settings.value(kBlackoutHeader).toByteArray()))
        m_columnsSized = true;
}

QAbstractItemView *WindowsPage::exportView() const
{
    // The table worked in last: the windows unless a blackout was selected after them.
    if (m_lastTable == m_blackoutTable)
        return m_blackoutTable;
    return m_windowTable;
}

QString WindowsPage::exportName() const
{
    return m_lastTable == m_blackoutTable
        ? tr("blackouts", "file name of an exported list")
        : tr("maintenance-windows", "file name of an exported list");
}

} // namespace pp
