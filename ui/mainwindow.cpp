#include "ui/mainwindow.h"

#include "models/itemmodels/backgroundloader.h"
#include "models/itemmodels/backgroundreads.h"
#include "models/io/inventorycsv.h"
#include "models/workspace.h"
#include "ui/audit/auditlogpage.h"
#include "ui/backup/backupcontroller.h"
#include "ui/connect/connectdialog.h"
#include "ui/connect/passwordkeychain.h"
#include "ui/calendar/calendarpage.h"
#include "ui/dashboard/dashboardpage.h"
#include "ui/frozen/frozenpage.h"
#include "ui/plans/planspage.h"
#include "ui/plans/templatesdialog.h"
#include "ui/windows/plansettingsdialog.h"
#include "ui/windows/windowspage.h"
#include "ui/importexport/feedimportdialog.h"
#include "ui/importexport/inventoryimportdialog.h"
#include "ui/importexport/sbomimportdialog.h"
#include "models/io/vendorpatchcsv.h"
#include "ui/inventory/componentspage.h"
#include "ui/inventory/systemspage.h"
#include "ui/patches/patchespage.h"
#include "ui/recentfiles.h"
#include "ui/roadmap/roadmappage.h"
#include "ui/lifecycle/lifecyclecontroller.h"
#include "ui/uisettings.h"
#include "ui/vulnerabilities/duepolicydialog.h"
#include "ui/vulnerabilities/vulnerabilitiespage.h"
#include "ui/widgets/listexport.h"
#include "ui/widgets/messagebar.h"
#include "ui/widgets/savepath.h"

#include <QAbstractItemView>
#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressDialog>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QStyle>
#include <QUndoStack>
#include <QTimer>
#include <QUndoView>
#include <QVBoxLayout>

#include <utility>

namespace pp {
namespace {

const QString kGeometry = QStringLiteral("mainWindow/geometry");
const QString kState = QStringLiteral("mainWindow/state");
const QString kPage = QStringLiteral("mainWindow/page");
const QString kLastDatabase = QStringLiteral("lastDatabase"); // also read by app/main.cpp
const QString kImportFolder = QStringLiteral("import/lastFolder");
const QString kDatabaseFolder = QStringLiteral("database/lastFolder");

QString databaseFilter()
{
    return MainWindow::tr("Patch Planner databases (*.ppdb *.db *.sqlite);;All files (*)");
}

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_workspace(new Workspace(this))
    , m_messages(new MessageBar(this))
    , m_navigation(new QListWidget(this))
    , m_stack(new QStackedWidget(this))
    , m_databaseLabel(new QLabel(this))
    , m_userLabel(new QLabel(this))
    , m_roleLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    createPages();
    auto *undoView = new QUndoView(m_workspace->undoStack(), this);
    undoView->setEmptyLabel(tr("<opened database>"));
    m_undoDock = new QDockWidget(tr("Undo history"), this);
    m_undoDock->setObjectName(QStringLiteral("undoDock"));
    m_undoDock->setWidget(undoView);
    addDockWidget(Qt::RightDockWidgetArea, m_undoDock);
    m_undoDock->hide();

    createActions();
    createMenus();

    m_messages->setObjectName(QStringLiteral("windowMessageBar"));
    auto *central = new QWidget(this);
    auto *body = new QHBoxLayout;
    body->setContentsMargins(0, 0, 0, 0);
    body->setSpacing(0);
    body->addWidget(m_navigation);
    body->addWidget(m_stack, 1);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    auto *messageBox = new QVBoxLayout;
    messageBox->setContentsMargins(8, 6, 8, 0);
    messageBox->addWidget(m_messages);
    layout->addLayout(messageBox);
    layout->addLayout(body, 1);
    setCentralWidget(central);
    // Its first paint ends the window's first paint (children paint after their parent):
    // openDatabaseWhenShown() waits for it.
    central->installEventFilter(this);

    m_databaseLabel->setObjectName(QStringLiteral("databaseLabel"));
    m_userLabel->setObjectName(QStringLiteral("userLabel"));
    m_roleLabel->setObjectName(QStringLiteral("roleLabel"));
    statusBar()->addPermanentWidget(m_databaseLabel, 1);
    statusBar()->addPermanentWidget(m_userLabel);
    statusBar()->addPermanentWidget(m_roleLabel);

    connect(m_workspace, &Workspace::commandFailed, this, [this](const QString &message) {
        m_messages->showMessage(message, MessageBar::Type::Error);
    });
    connect(m_workspace, &Workspace::databaseChanged, this, &MainWindow::updateActions);
    // Acceptances lapse and cadences come due with the date: check it now and then, so that a
    // window left open overnight says what is true in the morning.
    auto *dayTimer = new QTimer(this);
    dayTimer->setInterval(std::chrono::minutes(5));
    connect(dayTimer, &QTimer::timeout, this, [this]() {
        if (m_workspace->isOpen() && m_workspace->today() != m_calendarDay)
            applyCalendar();
    });
    dayTimer->start();
    connect(m_workspace->undoStack(), &QUndoStack::indexChanged, this, [this]() {
        // A successful undo or redo makes an old failure message stale.
        if (m_messages->type() == MessageBar::Type::Error)
            m_messages->dismiss();
    });
    restoreSettings();
    updateActions();
}

MainWindow::~MainWindow() = default;

namespace {

// The pages' indexes (showPage(), the navigation list, the View menu).
enum PageIndex {
    DashboardIndex,
    SystemsIndex,
    ComponentsIndex,
    AuditIndex,
    RoadmapIndex,
    VulnerabilitiesIndex,
    PatchesIndex,
    FrozenIndex,
    CalendarIndex,
    PlansIndex,
    WindowsIndex,
    PageIndexCount
};

} // namespace

void MainWindow::createPages()
{
    // Each page is built when it is first shown or asked for (ensurePage()): until then the stack
    // holds an empty widget in its place, and the window paints without making eleven pages.
    m_pages.fill(nullptr, PageIndexCount);
    for (int i = 0; i < PageIndexCount; ++i) {
        auto *placeholder = new QWidget(m_stack);
        placeholder->setObjectName(QStringLiteral("pagePlaceholder%1").arg(i));
        m_stack->addWidget(placeholder);
    }

    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setFrameShape(QFrame::NoFrame);
    m_navigation->setIconSize(QSize(22, 22));
    m_navigation->setSpacing(2);
    m_navigation->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_navigation->setStyleSheet(QStringLiteral(
        "QListWidget#navigation { background: palette(window); border-right: 1px solid "
        "palette(mid); padding-top: 8px; } QListWidget#navigation::item { padding: 8px 10px; "
        "border-radius: 4px; margin: 0 6px; } QListWidget#navigation::item:selected { "
        "background: palette(highlight); color: palette(highlighted-text); }"));
    const QList<QPair<QStyle::StandardPixmap, QString>> entries{
        {QStyle::SP_ComputerIcon, tr("Dashboard")},
        {QStyle::SP_DirHomeIcon, tr("Systems")},
        {QStyle::SP_DriveHDIcon, tr("Components")},
        {QStyle::SP_FileDialogContentsView, tr("Audit log")},
        {QStyle::SP_FileDialogDetailedView, tr("Roadmap")},
        {QStyle::SP_MessageBoxWarning, tr("Vulnerabilities")},
        {QStyle::SP_DialogApplyButton, tr("Patches")},
        {QStyle::SP_MessageBoxInformation, tr("Frozen systems")},
        {QStyle::SP_FileDialogInfoView, tr("Calendar")},
        {QStyle::SP_FileDialogListView, tr("Plans")},
        {QStyle::SP_BrowserReload, tr("Windows")},
    };
    for (int i = 0; i < entries.size(); ++i) {
        auto *item = new QListWidgetItem(style()->standardIcon(entries.at(i).first),
                                         entries.at(i).second, m_navigation);
        item->setToolTip(i < 10 ? tr("%1 (Ctrl+%2)").arg(entries.at(i).second).arg((i + 1) % 10)
                                : entries.at(i).second);
    }
    m_navigation->setFixedWidth(m_navigation->sizeHintForColumn(0) + 40);
    connect(m_navigation, &QListWidget::currentRowChanged, this, &MainWindow::showPage);
}

Page *MainWindow::page(int index)
{
    return ensurePage(index);
}

Page *MainWindow::ensurePage(int index)
{
    if (index < 0 || index >= m_pages.size())
        return nullptr;
    if (Page *built = m_pages.at(index))
        return built;
    Page *page = nullptr;
    switch (PageIndex(index)) {
    case DashboardIndex: {
        m_dashboardPage = new DashboardPage(m_workspace, this);
        connect(m_dashboardPage, &DashboardPage::frozenRegisterRequested, this,
                [this]() { showPage(FrozenIndex); });
        connect(m_dashboardPage, &DashboardPage::eoslFilterRequested, this,
                [this](const EoslFilterProxyModel::StatusFilter &filter) {
                    roadmapPage()->setStatusFilter(filter);
                    showPage(RoadmapIndex);
                });
        connect(m_dashboardPage, &DashboardPage::findingFilterRequested, this,
                [this](FindingTiles::Tile tile) {
                    FindingQuickFilter filter = FindingQuickFilter::All;
                    switch (tile) {
                    case FindingTiles::Tile::Emergency:
                        filter = FindingQuickFilter::Emergency;
                        break;
                    case FindingTiles::Tile::Overdue: filter = FindingQuickFilter::Overdue; break;
                    case FindingTiles::Tile::Untriaged:
                        filter = FindingQuickFilter::Untriaged;
                        break;
                    case FindingTiles::Tile::Kev: filter = FindingQuickFilter::Kev; break;
                    }
                    vulnerabilitiesPage()->showFilter(filter);
                    showPage(VulnerabilitiesIndex);
                });
        page = m_dashboardPage;
        break;
    }
    case SystemsIndex:
        m_systemsPage = new SystemsPage(m_workspace, this);
        connect(m_systemsPage, &SystemsPage::showComponentsRequested, this, [this](qint64 id) {
            componentsPage()->showSystem(id);
            showPage(ComponentsIndex);
        });
        page = m_systemsPage;
        break;
    case ComponentsIndex:
        m_componentsPage = new ComponentsPage(m_workspace, this);
        page = m_componentsPage;
        break;
    case AuditIndex:
        m_auditPage = new AuditLogPage(m_workspace, this);
        page = m_auditPage;
        break;
    case RoadmapIndex:
        m_roadmapPage = new RoadmapPage(m_workspace, this);
        connect(m_roadmapPage, &RoadmapPage::openComponentRequested, this, [this](qint64 id) {
            ComponentsPage *components = componentsPage();
            components->showSystem(0);
            components->selectComponent(id);
            showPage(ComponentsIndex);
        });
        page = m_roadmapPage;
        break;
    case VulnerabilitiesIndex:
        m_vulnerabilitiesPage = new VulnerabilitiesPage(m_workspace, this);
        page = m_vulnerabilitiesPage;
        break;
    case PatchesIndex:
        m_patchesPage = new PatchesPage(m_workspace, this);
        page = m_patchesPage;
        break;
    case FrozenIndex:
        m_frozenPage = new FrozenPage(m_workspace, this);
        connect(m_frozenPage, &FrozenPage::openComponentRequested, this, [this](qint64 id) {
            ComponentsPage *components = componentsPage();
            components->showSystem(0);
            components->selectComponent(id);
            showPage(ComponentsIndex);
        });
        page = m_frozenPage;
        break;
    case CalendarIndex:
        m_calendarPage = new CalendarPage(m_workspace, this);
        connect(m_calendarPage, &CalendarPage::openSystemRequested, this, [this](qint64 id) {
            systemsPage()->selectSystem(id);
            showPage(SystemsIndex);
        });
        page = m_calendarPage;
        break;
    case PlansIndex:
        m_plansPage = new PlansPage(m_workspace, this);
        page = m_plansPage;
        break;
    case WindowsIndex:
        m_windowsPage = new WindowsPage(m_workspace, this);
        page = m_windowsPage;
        break;
    case PageIndexCount:
        return nullptr;
    }
    m_pages[index] = page;
    // Its splitters and columns as the user left them (saveSettings() writes built pages only).
    page->restoreState(Internal::UiSettings());
    page->setCurrent(index == m_shownIndex);
    connect(page, &Page::actionsChanged, this, &MainWindow::updateActions);
    // A list without a context menu of its own gets one with "Export list…" (the plans).
    QAbstractItemView *list = page->exportView();
    if (list && list->contextMenuPolicy() == Qt::DefaultContextMenu)
        ListExport::installContextMenu(list, page, m_messages);

    // In the placeholder's place; the stack keeps showing what it showed.
    QWidget *placeholder = m_stack->widget(index);
    QWidget *shown = m_stack->currentWidget();
    m_stack->insertWidget(index, page);
    m_stack->removeWidget(placeholder);
    if (shown != placeholder)
        m_stack->setCurrentWidget(shown);
    delete placeholder;
    emit pageBuilt(page);
    return page;
}

DashboardPage *MainWindow::dashboardPage()
{
    ensurePage(DashboardIndex);
    return m_dashboardPage;
}

SystemsPage *MainWindow::systemsPage()
{
    ensurePage(SystemsIndex);
    return m_systemsPage;
}

ComponentsPage *MainWindow::componentsPage()
{
    ensurePage(ComponentsIndex);
    return m_componentsPage;
}

RoadmapPage *MainWindow::roadmapPage()
{
    ensurePage(RoadmapIndex);
    return m_roadmapPage;
}

VulnerabilitiesPage *MainWindow::vulnerabilitiesPage()
{
    ensurePage(VulnerabilitiesIndex);
    return m_vulnerabilitiesPage;
}

PlansPage *MainWindow::plansPage()
{
    ensurePage(PlansIndex);
    return m_plansPage;
}

void MainWindow::createActions()
{
    m_newDatabaseAction = new QAction(tr("&New database\u2026"), this);
    m_newDatabaseAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    connect(m_newDatabaseAction, &QAction::triggered, this, &MainWindow::newDatabase);
    m_openAction = new QAction(style()->standardIcon(QStyle::SP_DialogOpenButton),
                               tr("&Open database\u2026"), this);
    m_openAction->setShortcut(QKeySequence::Open);
    connect(m_openAction, &QAction::triggered, this, &MainWindow::chooseDatabase);
    m_connectAction = new QAction(tr("&Connect to shared database\u2026"), this);
    m_connectAction->setObjectName(QStringLiteral("connectAction"));
    m_connectAction->setToolTip(tr("Open a team's PostgreSQL database"));
    connect(m_connectAction, &QAction::triggered, this, [this]() { connectToServer(); });
    m_connectAgainAction = new QAction(tr("Connect\u2026"), this);
    m_connectAgainAction->setObjectName(QStringLiteral("connectAgainAction"));
    connect(m_connectAgainAction, &QAction::triggered, this,
            [this]() { connectToServer(m_failedLocation); });
    m_printPlanAction = new QAction(tr("&Print or export plan\u2026"), this);
    m_printPlanAction->setObjectName(QStringLiteral("printPlanAction"));
    m_printPlanAction->setShortcut(QKeySequence::Print);
    m_printPlanAction->setToolTip(tr("Print the selected plan or export it as a PDF"));
    connect(m_printPlanAction, &QAction::triggered, this, [this]() {
        showPage(PlansIndex);
        if (plansPage()->canPrint())
            m_plansPage->printPlan();
        else
            m_messages->showMessage(tr("Select the plan to print in the list first."),
                                    MessageBar::Type::Information, 8000);
    });
    m_importAction = new QAction(tr("&Import inventory CSV\u2026"), this);
    connect(m_importAction, &QAction::triggered, this, &MainWindow::importInventory);
    m_exportAction = new QAction(tr("&Export inventory CSV\u2026"), this);
    connect(m_exportAction, &QAction::triggered, this, &MainWindow::exportInventory);
    m_exportCalendarAction = new QAction(tr("Export &calendar (iCalendar)…"), this);
    m_exportCalendarAction->setObjectName(QStringLiteral("exportCalendarAction"));
    m_exportCalendarAction->setToolTip(tr("Write an .ics file a team can subscribe to: "
                                          "maintenance windows, blackouts, plans and their "
                                          "milestones, EOSL dates, acceptance expiries and due "
                                          "dates"));
    connect(m_exportCalendarAction, &QAction::triggered, this, &MainWindow::exportCalendar);
    m_exportListAction = new QAction(ListExport::actionText(), this);
    m_exportListAction->setObjectName(QStringLiteral("exportListAction"));
    m_exportListAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    m_exportListAction->setToolTip(tr("Write the list of this page as shown (its filter, sort "
                                      "and columns) to a CSV or JSON file"));
    connect(m_exportListAction, &QAction::triggered, this, [this]() {
        if (m_workspace->isOpen())
            ListExport::run(qobject_cast<Page *>(m_stack->currentWidget()), m_messages);
    });
    m_importKevAction = new QAction(tr("&Known exploited vulnerabilities (CISA KEV)\u2026"), this);
    m_importKevAction->setObjectName(QStringLiteral("importKevAction"));
    m_importKevAction->setToolTip(tr("Import CISA's catalog of vulnerabilities exploited in the "
                                     "wild (JSON or CSV)"));
    connect(m_importKevAction, &QAction::triggered, this,
            [this]() { importFeed(int(VulnFeedKind::Kev)); });
    m_importNvdAction = new QAction(tr("&NVD CVE feed\u2026"), this);
    m_importNvdAction->setObjectName(QStringLiteral("importNvdAction"));
    m_importNvdAction->setToolTip(tr("Import CVE records of the NVD API 2.0 (JSON)"));
    connect(m_importNvdAction, &QAction::triggered, this,
            [this]() { importFeed(int(VulnFeedKind::Nvd)); });
    m_importJvnAction = new QAction(tr("&JVN iPedia feed\u2026"), this);
    m_importJvnAction->setObjectName(QStringLiteral("importJvnAction"));
    m_importJvnAction->setToolTip(tr("Import JVN iPedia records (JVNRSS or VULDEF XML)"));
    connect(m_importJvnAction, &QAction::triggered, this,
            [this]() { importFeed(int(VulnFeedKind::Jvn)); });
    m_importSbomAction = new QAction(tr("Cyclone&DX SBOM\u2026"), this);
    m_importSbomAction->setObjectName(QStringLiteral("importSbomAction"));
    m_importSbomAction->setToolTip(tr("Import a system's components from a CycloneDX SBOM and "
                                      "match them against the vulnerabilities"));
    connect(m_importSbomAction, &QAction::triggered, this, &MainWindow::importSbom);
    m_importPatchesAction = new QAction(tr("&Vendor patch list (CSV)\u2026"), this);
    m_importPatchesAction->setObjectName(QStringLiteral("importPatchesAction"));
    m_importPatchesAction->setToolTip(tr("Import vendor patches (rollups, advisories, KBs) from a "
                                         "CSV list; each is linked to the open findings it "
                                         "resolves"));
    connect(m_importPatchesAction, &QAction::triggered, this, &MainWindow::importVendorPatches);
    m_duePolicyAction = new QAction(tr("D&ue-date policy\u2026"), this);
    m_duePolicyAction->setObjectName(QStringLiteral("duePolicyAction"));
    m_duePolicyAction->setToolTip(tr("How many days each kind of finding has, and what puts it on "
                                     "the emergency track"));
    connect(m_duePolicyAction, &QAction::triggered, this, &MainWindow::editDuePolicy);
    m_templatesAction = new QAction(tr("&Step templates\u2026"), this);
    m_templatesAction->setObjectName(QStringLiteral("templatesAction"));
    m_templatesAction->setToolTip(tr("The pre, apply, post and rollback steps new plans start "
                                     "with, in English and Japanese"));
    connect(m_templatesAction, &QAction::triggered, this, [this]() {
        if (!m_workspace->isOpen())
            return;
        StepTemplatesDialog dialog(m_workspace, this);
        if (dialog.exec() == QDialog::Accepted) {
            m_messages->showMessage(tr("The step templates were saved; new plans start with "
                                       "them."),
                                    MessageBar::Type::Positive, 10000);
        }
    });
    m_planSettingsAction = new QAction(tr("Pl&an settings\u2026"), this);
    m_planSettingsAction->setObjectName(QStringLiteral("planSettingsAction"));
    m_planSettingsAction->setToolTip(tr("The lead times of regular and emergency plans, and "
                                        "whether public holidays are blackouts"));
    connect(m_planSettingsAction, &QAction::triggered, this, [this]() {
        if (!m_workspace->canEdit())
            return;
        PlanSettingsDialog dialog(m_workspace, this);
        dialog.exec();
    });
    m_backup = new BackupController(m_workspace, this);
    connect(m_backup, &BackupController::messageReady, m_messages, &MessageBar::showMessage);
    connect(m_backup, &BackupController::reopenRequested, this,
            [this](const QString &location, const QString &password) {
                openDatabase(location, password);
            });
    m_lifecycle = new LifecycleController(m_workspace, this);
    connect(m_lifecycle, &LifecycleController::messageReady, m_messages,
            &MessageBar::showMessage);
    m_quitAction = new QAction(tr("&Quit"), this);
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    QUndoStack *stack = m_workspace->undoStack();
    m_undoAction = stack->createUndoAction(this, tr("&Undo"));
    m_undoAction->setObjectName(QStringLiteral("undoAction"));
    m_undoAction->setShortcut(QKeySequence::Undo);
    m_redoAction = stack->createRedoAction(this, tr("&Redo"));
    m_redoAction->setObjectName(QStringLiteral("redoAction"));
    QList<QKeySequence> redoKeys{QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z)};
    if (!redoKeys.contains(QKeySequence(QKeySequence::Redo)))
        redoKeys << QKeySequence(QKeySequence::Redo);
    m_redoAction->setShortcuts(redoKeys);

    m_newItemAction = new QAction(tr("&New item"), this);
    m_newItemAction->setObjectName(QStringLiteral("newItemAction"));
    m_newItemAction->setShortcut(QKeySequence::New);
    connect(m_newItemAction, &QAction::triggered, this, [this]() {
        if (auto *page = qobject_cast<Page *>(m_stack->currentWidget()))
            page->createItem();
    });
    m_deleteAction = new QAction(style()->standardIcon(QStyle::SP_TrashIcon), tr("&Delete\u2026"),
                                 this);
    m_deleteAction->setObjectName(QStringLiteral("deleteAction"));
    m_deleteAction->setShortcut(QKeySequence::Delete);
    connect(m_deleteAction, &QAction::triggered, this, [this]() {
        if (auto *page = qobject_cast<Page *>(m_stack->currentWidget()))
            page->deleteSelected();
    });
    m_findAction = new QAction(tr("&Filter"), this);
    m_findAction->setShortcut(QKeySequence::Find);
    connect(m_findAction, &QAction::triggered, this, [this]() {
        if (auto *page = qobject_cast<Page *>(m_stack->currentWidget()))
            page->focusFilter();
    });
    m_reloadAction = new QAction(style()->standardIcon(QStyle::SP_BrowserReload),
                                 tr("Re&load from database"), this);
    m_reloadAction->setShortcut(QKeySequence::Refresh);
    m_reloadAction->setToolTip(tr("Show changes that others made to a shared database"));
    connect(m_reloadAction, &QAction::triggered, m_workspace, &Workspace::reload);

    m_pageActions = new QActionGroup(this);
    const QStringList names{tr("&Dashboard"), tr("&Systems"),         tr("&Components"),
                            tr("&Audit log"), tr("&Roadmap"),         tr("Vul&nerabilities"),
                            tr("&Patches"),   tr("&Frozen systems"),  tr("Ca&lendar"),
                            tr("Pla&ns"),     tr("&Windows and blackouts")};
    for (int i = 0; i < names.size(); ++i) {
        QAction *action = m_pageActions->addAction(names.at(i));
        action->setCheckable(true);
        // Ctrl+1 .. Ctrl+9, then Ctrl+0 for the plans; the windows page has Ctrl+Shift+W.
        action->setShortcut(i < 9   ? QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i))
                            : i == 9 ? QKeySequence(Qt::CTRL | Qt::Key_0)
                                     : QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_W));
        connect(action, &QAction::triggered, this, [this, i]() { showPage(i); });
    }
    m_aboutAction = new QAction(tr("&About Patch Planner"), this);
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::showAbout);
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_newDatabaseAction);
    file->addAction(m_openAction);
    file->addAction(m_connectAction);
    QMenu *recent = file->addMenu(tr("Open &recent"));
    recent->setObjectName(QStringLiteral("recentMenu"));
    m_recent = new RecentFiles(recent, this);
    connect(m_recent, &RecentFiles::openRequested, this,
            qOverload<const QString &>(&MainWindow::openDatabase));
    file->addSeparator();
    QMenu *import = file->addMenu(tr("&Import"));
    import->setObjectName(QStringLiteral("importMenu"));
    import->addAction(m_importAction);
    import->addAction(m_lifecycle->importAction());
    import->addSeparator();
    import->addAction(m_importKevAction);
    import->addAction(m_importNvdAction);
    import->addAction(m_importJvnAction);
    import->addAction(m_importSbomAction);
    import->addAction(m_importPatchesAction);
    file->addAction(m_exportAction);
    file->addAction(m_exportCalendarAction);
    file->addAction(m_exportListAction);
    file->addAction(m_printPlanAction);
    file->addSeparator();
    file->addAction(m_backup->backupAction());
    file->addAction(m_backup->restoreAction());
    file->addSeparator();
    file->addAction(m_quitAction);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(m_undoAction);
    edit->addAction(m_redoAction);
    edit->addSeparator();
    edit->addAction(m_newItemAction);
    edit->addAction(m_deleteAction);
    edit->addSeparator();
    edit->addAction(m_findAction);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addActions(m_pageActions->actions());
    view->addSeparator();
    QAction *undoHistory = m_undoDock->toggleViewAction();
    undoHistory->setText(tr("&Undo history"));
    view->addAction(undoHistory);
    view->addAction(m_reloadAction);

    QMenu *tools = menuBar()->addMenu(tr("&Tools"));
    tools->addAction(m_backup->drillAction());
    tools->addAction(m_lifecycle->mappingAction());
    tools->addAction(m_lifecycle->horizonsAction());
    tools->addAction(m_duePolicyAction);
    tools->addAction(m_planSettingsAction);
    tools->addAction(m_templatesAction);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(m_aboutAction);
}

bool MainWindow::openDatabase(const QString &location)
{
    return openDatabase(location, QString());
}

bool MainWindow::openDatabase(const QString &location, const QString &password)
{
    m_pendingLocation.clear(); // a database chosen now wins over the start-up one
    if (location.trimmed().isEmpty())
        return false;
    const Status st = tryOpen(location.trimmed(), password);
    if (!st) {
        m_messages->showMessage(
            tr("The database was not opened. %1").arg(st.error().message),
            MessageBar::Type::Error);
        if (Database::isPostgresLocation(location.trimmed())) {
            // A password, the TLS mode or the host to correct: offer the dialog, filled in.
            m_failedLocation = location.trimmed();
            m_messages->addAction(m_connectAgainAction);
        }
        updateActions();
        return false;
    }
    return true;
}

void MainWindow::openDatabaseWhenShown(const QString &location)
{
    m_pendingLocation = location;
    if (m_painted) {
        QTimer::singleShot(0, this, [this]() { openPendingDatabase(); });
        return;
    }
    m_databaseLabel->setText(tr("Opening %1\u2026").arg(QDir::toNativeSeparators(location)));
}

void MainWindow::openPendingDatabase()
{
    const QString location = std::exchange(m_pendingLocation, QString());
    if (!location.isEmpty())
        openDatabase(location);
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (!m_painted && event->type() == QEvent::Paint && watched == centralWidget()) {
        m_painted = true;
        // After this paint has been flushed to the screen, not inside it.
        if (!m_pendingLocation.isEmpty())
            QTimer::singleShot(0, this, [this]() { openPendingDatabase(); });
    }
    return QMainWindow::eventFilter(watched, event);
}

Page *MainWindow::currentPage() const
{
    return qobject_cast<Page *>(m_stack->currentWidget());
}

void MainWindow::connectToServer(const QString &location)
{
    ConnectDialog dialog(this);
    if (!location.isEmpty())
        dialog.setLocation(location);
    // Connect tries at once; a failure stays in the dialog, to be corrected there.
    dialog.setConnector([this](const QString &url, const QString &password) {
        return tryOpen(url, password);
    });
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QString opened = m_workspace->location();
    switch (dialog.keychainAction()) {
    case ConnectDialog::KeychainAction::Store:
        Keychain::writePassword(opened, dialog.password(), this, [this](const QString &error) {
            if (!error.isEmpty()) {
                m_messages->showMessage(tr("The password was not remembered: %1").arg(error),
                                        MessageBar::Type::Warning);
            }
        });
        break;
    case ConnectDialog::KeychainAction::Forget:
        Keychain::deletePassword(opened);
        break;
    case ConnectDialog::KeychainAction::None:
        break;
    }
}

Status MainWindow::tryOpen(const QString &location, const QString &password)
{
    Database::Options options;
    options.password = password;
    if (Status st = m_workspace->open(location, options); !st)
        return st;
    m_failedLocation.clear();
    // The location never holds a password (Database::location()).
    m_recent->add(m_workspace->location());
    Internal::UiSettings().setValue(kLastDatabase, m_workspace->location());
    const QString backup = m_workspace->database()->migrationBackupPath();
    if (m_workspace->isReadOnly()) {
        m_messages->showMessage(tr("%1 is read-only: you can look but not change anything.")
                                    .arg(m_workspace->location()),
                                MessageBar::Type::Warning);
    } else if (!backup.isEmpty()) {
        m_messages->showMessage(tr("The database was upgraded to this version of Patch Planner. "
                                   "A copy of it as it was is kept at %1.")
                                    .arg(QDir::toNativeSeparators(backup)),
                                MessageBar::Type::Information);
    } else if (!m_workspace->canEdit()) {
        m_messages->showMessage(tr("You are connected as %1 (%2): you can look but not change "
                                   "anything.")
                                    .arg(m_workspace->actor(),
                                         m_workspace->capabilities().roleName()),
                                MessageBar::Type::Information);
    } else {
        m_messages->dismiss();
    }
   
    applyCalendar(); // after the messages above: what lapsed is news too
    updateActions();
    return {};
}

void MainWindow::applyCalendar()
{
    m_calendarDay = m_workspace->today();
    auto lapsed = m_workspace->applyCalendar();
    if (!lapsed) {
        m_messages->showMessage(tr("Expired risk acceptances could not be lapsed: %1")
                                    .arg(lapsed.error().message),
                                MessageBar::Type::Warning);
        return;
    }
    if (const int n = int(lapsed->acceptanceIds.size()); n > 0) {
        m_messages->showMessage(tr("%n risk acceptance(s) reached their expiry date and "
                                   "lapsed; %1 finding(s) are open again with a due date.",
                                   nullptr, n)
                                    .arg(lapsed->findingIds.size()),
                                MessageBar::Type::Warning);
    }
}

void MainWindow::showPage(int index)
{
    if (index < 0 || index >= m_pages.size())
        return;
    m_shownIndex = index;
    ensurePage(index); // built on its first showing
    if (m_stack->currentIndex() != index)
        m_stack->setCurrentIndex(index);
    // Pages behind the current one put off their reading until they are shown.
    for (int i = 0; i < m_pages.size(); ++i) {
        if (Page *page = m_pages.at(i))
            page->setCurrent(i == index);
    }
    if (m_navigation->currentRow() != index) {
        const QSignalBlocker block(m_navigation);
        m_navigation->setCurrentRow(index);
    }
    m_pageActions->actions().at(index)->setChecked(true);
    updateActions();
}

void MainWindow::updateActions()
{
    const bool open = m_workspace->isOpen();
    const bool writable = m_workspace->canEdit();
    auto *page = qobject_cast<Page *>(m_stack->currentWidget());
    m_importAction->setEnabled(writable);
    // Importing feeds and SBOMs and the policy write: hidden from those who cannot edit.
    for (QAction *a : {m_importKevAction, m_importNvdAction, m_importJvnAction,
                       m_importSbomAction, m_importPatchesAction}) {
        a->setVisible(writable);
        a->setEnabled(writable);
    }
    m_duePolicyAction->setVisible(writable);
    m_duePolicyAction->setEnabled(writable);
    m_exportAction->setEnabled(open);
    m_exportCalendarAction->setEnabled(open);
    m_printPlanAction->setEnabled(open);
    m_exportListAction->setEnabled(open && page && page->exportView());
    m_reloadAction->setEnabled(open);
    m_newItemAction->setEnabled(page && page->canCreate());
    m_deleteAction->setEnabled(page && page->canDelete());
    m_findAction->setEnabled(page && page->hasFilter());
    if (page && page == m_systemsPage) {
        m_newItemAction->setText(tr("&New system"));
        m_deleteAction->setText(tr("&Delete system\u2026"));
    } else if (page && page == m_componentsPage) {
        m_newItemAction->setText(tr("&New component"));
        m_deleteAction->setText(tr("&Delete component\u2026"));
    } else if (page && page == m_patchesPage) {
        m_newItemAction->setText(tr("&New vendor patch\u2026"));
        m_deleteAction->setText(tr("&Delete vendor patch\u2026"));
    } else {
        m_newItemAction->setText(tr("&New item"));
        m_deleteAction->setText(tr("&Delete\u2026"));
    }

    if (open) {
        m_databaseLabel->setText(m_workspace->isReadOnly()
                                     ? tr("Database: %1 (read-only)")
                                           .arg(QDir::toNativeSeparators(m_workspace->location()))
                                     : tr("Database: %1")
                                           .arg(QDir::toNativeSeparators(m_workspace->location())));
        m_userLabel->setText(tr("User: %1").arg(m_workspace->actor()));
        const bool shared = Database::isPostgresLocation(m_workspace->location());
        m_roleLabel->setText(!shared && m_workspace->canEdit()
                                 ? tr("Role: all rights (local file)")
                                 : tr("Role: %1").arg(m_workspace->capabilities().roleName()));
        m_roleLabel->setToolTip(shared ? tr("Your rights follow your database user's roles "
                                            "(pp_viewer, pp_planner, pp_approver).")
                                       : tr("An SQLite file has one local user; a read-only "
                                            "file can only be looked at."));
    } else {
        m_databaseLabel->setText(tr("No database open"));
        m_userLabel->clear();
        m_roleLabel->clear();
    }
    updateWindowTitle();
}

void MainWindow::updateWindowTitle()
{
    if (!m_workspace->isOpen()) {
        setWindowTitle(tr("Patch Planner"));
        return;
    }
    const QString location = m_workspace->location();
    const QString name = location.startsWith(QLatin1String("postgres"))
        ? location
        : QFileInfo(location).fileName();
    setWindowTitle(tr("%1 \u2014 Patch Planner").arg(name));
}

void MainWindow::newDatabase()
{
    Internal::UiSettings settings;
    const QString folder = settings.value(kDatabaseFolder,
                                          QStandardPaths::writableLocation(
                                              QStandardPaths::DocumentsLocation))
                               .toString();
    QString path = QFileDialog::getSaveFileName(this, tr("New database"),
                                                QDir(folder).filePath(tr("inventory.ppdb")),
                                                databaseFilter());
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".ppdb");
    settings.setValue(kDatabaseFolder, QFileInfo(path).absolutePath());
    if (QFileInfo::exists(path)) {
        // The file dialog asked to replace it; a database is never overwritten in place.
        m_messages->showMessage(tr("%1 already exists. Choose another name, or open it with "
                                   "File \u2192 Open database.")
                                    .arg(QDir::toNativeSeparators(path)),
                                MessageBar::Type::Warning);
        return;
    }
    if (openDatabase(path))
        showPage(1);
}

void MainWindow::chooseDatabase()
{
    Internal::UiSettings settings;
    const QString folder = settings.value(kDatabaseFolder,
                                          QFileInfo(m_workspace->location()).absolutePath())
                               .toString();
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Open database"), folder, databaseFilter());
    if (path.isEmpty())
        return;
    settings.setValue(kDatabaseFolder, QFileInfo(path).absolutePath());
    openDatabase(path);
}

void MainWindow::importInventory()
{
    if (!m_workspace->isOpen())
        return;
    Internal::UiSettings settings;
    const QString folder = settings.value(kImportFolder,
                                          QStandardPaths::writableLocation(
                                              QStandardPaths::DocumentsLocation))
                               .toString();
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Import inventory CSV"), folder, tr("CSV files (*.csv *.txt);;All files (*)"));
    if (path.isEmpty())
        return;
    settings.setValue(kImportFolder, QFileInfo(path).absolutePath());
    auto *dialog = new InventoryImportDialog(m_workspace, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &InventoryImportDialog::imported, this,
            [this](const InventoryImportReport &report) {
                m_messages->showMessage(
                    tr("Inventory imported: %1 system(s) and %2 component(s) created, %3 "
                       "system(s) and %4 component(s) updated.")
                        .arg(report.systemsCreated)
                        .arg(report.componentsCreated)
                        .arg(report.systemsUpdated)
                        .arg(report.componentsUpdated),
                    MessageBar::Type::Positive, 15000);
            });
    dialog->start(path);
    dialog->open();
}

void MainWindow::importFeed(int kind)
{
    if (!m_workspace->canEdit())
        return;
    auto *dialog = new FeedImportDialog(m_workspace, VulnFeedKind(kind), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &FeedImportDialog::imported, this, [this](const VulnImportReport &report) {
        m_messages->showMessage(
            tr("Vulnerabilities imported: %1 created, %2 updated; %3 new finding(s), %4 "
               "resolved.")
                .arg(report.created)
                .arg(report.updated)
                .arg(report.findingsCreated)
                .arg(report.findingsResolved),
            MessageBar::Type::Positive, 15000);
    });
    dialog->open();
    // Choosing the files is the first step; a cancelled choice leaves the dialog open to choose.
    QMetaObject::invokeMethod(dialog, &FeedImportDialog::chooseFiles, Qt::QueuedConnection);
}

void MainWindow::importSbom()
{
    if (!m_workspace->canEdit())
        return;
    auto *dialog = new SbomImportDialog(m_workspace, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    QWidget *shown = m_stack->currentWidget();
    if (m_componentsPage && (shown == m_patchesPage || shown == m_componentsPage))
        dialog->setSystem(m_componentsPage->shownSystem());
    connect(dialog, &SbomImportDialog::imported, this,
            [this](const SbomImportReport &report, int findings) {
                m_messages->showMessage(tr("SBOM imported: %1 component(s) created, %2 updated; "
                                           "%3 new finding(s).")
                                            .arg(report.created)
                                            .arg(report.updated)
                                            .arg(findings),
                                        MessageBar::Type::Positive, 15000);
            });
    dialog->open();
}

void MainWindow::importVendorPatches()
{
    if (!m_workspace->canEdit() || !m_workspace->database())
        return;
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Import vendor patch list"), QString(),
        tr("CSV files (*.csv);;All files (*)"));
    if (path.isEmpty())
        return;
    const VendorPatchPreview preview = VendorPatchCsv::parseFile(path);
    QStringList lines;
    for (const ImportIssue &issue : preview.issues)
        lines << (issue.isError() ? issue.toString() : tr("warning: %1").arg(issue.toString()));
    if (preview.hasErrors()) {
        QMessageBox box(QMessageBox::Warning, tr("Import vendor patch list"),
                        tr("%1 was not imported; nothing was changed.")
                            .arg(QFileInfo(path).fileName()),
                        QMessageBox::Ok, this);
        box.setInformativeText(tr("Correct these problems and import the file again."));
        box.setDetailedText(lines.join(QLatin1Char('\n')));
        box.setTextFormat(Qt::PlainText);
        box.exec();
        return;
    }
    QMessageBox ask(QMessageBox::Question, tr("Import vendor patch list"),
                    tr("Import %n vendor patch(es) from %1? Each is linked to the open findings "
                       "it resolves.", nullptr, int(preview.patches.size()))
                        .arg(QFileInfo(path).fileName()),
                    QMessageBox::Cancel, this);
    ask.setTextFormat(Qt::PlainText);
    ask.addButton(tr("Import"), QMessageBox::AcceptRole);
    if (!lines.isEmpty())
        ask.setDetailedText(lines.join(QLatin1Char('\n')));
    if (ask.exec() == QMessageBox::Cancel)
        return;
    auto r = VendorPatchCsv::apply(*m_workspace->database(), preview);
    if (!r) {
        m_messages->showMessage(r.error().message, MessageBar::Type::Error);
        return;
    }
    m_workspace->externalChangeApplied();
    m_messages->showMessage(tr("Vendor patches imported: %1 created, %2 updated, %3 unchanged; "
                               "%4 open finding(s) linked.")
                                .arg(r->created)
                                .arg(r->updated)
                                .arg(r->unchanged)
                                .arg(r->findingsLinked),
                            MessageBar::Type::Positive, 15000);
}

void MainWindow::editDuePolicy()
{
    if (!m_workspace->canEdit())
        return;
    DuePolicyDialog dialog(m_workspace, this);
    if (dialog.exec() == QDialog::Accepted)
        m_messages->showMessage(tr("The due-date policy was saved; the open findings' due dates "
                                   "and tracks were recomputed."),
                                MessageBar::Type::Positive, 10000);
}

void MainWindow::exportInventory()
{
    if (!m_workspace->isOpen())
        return;
    const QString path = askSavePath(this, tr("Export inventory CSV"), tr("inventory.csv"),
                                     tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const Status st = InventoryCsv::exportFile(*m_workspace->database(), path);
    QApplication::restoreOverrideCursor();
    if (!st) {
        m_messages->showMessage(tr("The inventory was not exported. %1").arg(st.error().message),
                                MessageBar::Type::Error);
        return;
    }
    m_messages->showMessage(tr("The inventory was exported to %1.")
                                .arg(QDir::toNativeSeparators(path)),
                            MessageBar::Type::Positive, 10000);
}

void MainWindow::exportCalendar()
{
    if (!m_workspace->isOpen())
        return;
    const QString path = askSavePath(this, tr("Export calendar (iCalendar)"),
                                     tr("patchplanner.ics"), tr("iCalendar files (*.ics)"));
    if (path.isEmpty())
        return;
    // Every window, plan, EOSL date and due item of a large estate: on a worker (with its own
    // connection), with a progress dialog that can cancel before the file is written.
    auto *progress = new QProgressDialog(tr("Writing %1\u2026").arg(QFileInfo(path).fileName()),
                                         tr("Cancel"), 0, 0, this);
    progress->setObjectName(QStringLiteral("calendarExportProgress"));
    progress->setWindowModality(Qt::WindowModal);
    progress->setMinimumDuration(300);
    progress->setAutoClose(false);
    progress->setAutoReset(false);
    auto cancel = std::make_shared<std::atomic_bool>(false);
    connect(progress, &QProgressDialog::canceled, progress, [cancel]() { *cancel = true; });
    auto *loader = new BackgroundLoader(progress);
    loader->load<bool>(
        m_workspace,
        BackgroundReads::calendarExport(path, m_workspace->today(), m_workspace->now(), cancel),
        [this, progress, path](Result<bool> written) {
            progress->deleteLater();
            if (!written) {
                m_messages->showMessage(
                    tr("The calendar was not exported. %1").arg(written.error().message),
                    MessageBar::Type::Error);
            } else if (!*written) {
                m_messages->showMessage(tr("The calendar export was cancelled; nothing was "
                                           "written."),
                                        MessageBar::Type::Information, 8000);
            } else {
                m_messages->showMessage(
                    tr("The calendar was exported to %1. Export it again after changes: "
                       "calendars update its events instead of adding copies.")
                        .arg(QDir::toNativeSeparators(path)),
                    MessageBar::Type::Positive, 10000);
            }
        });
}

void MainWindow::showAbout()
{
    QMessageBox::about(
        this, tr("About Patch Planner"),
        tr("<h3>Patch Planner %1</h3><p>Plan patches, end-of-support upgrades and compensating "
           "controls for the systems you run.</p><p>Built with Qt %2.</p>")
            .arg(QStringLiteral(PP_VERSION), QString::fromLatin1(qVersion())));
}

void MainWindow::restoreSettings()
{
    Internal::UiSettings settings;
    if (!restoreGeometry(settings.value(kGeometry).toByteArray()))
        resize(1280, 800);
    restoreState(settings.value(kState).toByteArray());
    // Each page restores its own state when it is built (ensurePage()).
    showPage(qBound(0, settings.value(kPage, 0).toInt(), int(m_pages.size()) - 1));
}

void MainWindow::saveSettings() const
{
    Internal::UiSettings settings;
    settings.setValue(kGeometry, saveGeometry());
    settings.setValue(kState, saveState());
    settings.setValue(kPage, m_stack->currentIndex());
    for (const Page *page : m_pages) {
        if (page) // a page never built keeps what it saved last time
            page->saveState(settings);
    }
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveSettings();
    QMainWindow::closeEvent(event);
}

} // namespace pp
