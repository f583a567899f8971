// The main window: assembles the pages, the menus and their actions around one Workspace. Each
// page does its own work; this class only wires them together.
#pragma once

#include "models/result.h"

#include <QDate>
#include <QList>
#include <QMainWindow>

class QAction;
class QActionGroup;
class QDockWidget;
class QLabel;
class QListWidget;
class QStackedWidget;

namespace pp {

class AuditLogPage;
class CalendarPage;
class FrozenPage;
class PlansPage;
class WindowsPage;
class BackupController;
class ComponentsPage;
class DashboardPage;
class MessageBar;
class PatchesPage;
class VulnerabilitiesPage;
class LifecycleController;
class Page;
class RoadmapPage;
class RecentFiles;
class SystemsPage;
class Workspace;

class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Opens the database at location (SQLite path or postgresql:// URL); on failure shows the
    /// reason in the window and returns false.
    bool openDatabase(const QString &location);
    /// The same with a password for this connection only (PostgreSQL; never stored).
    bool openDatabase(const QString &location, const QString &password);
    /// Opens @p location once the window has painted for the first time (at once when it
    /// already has): start-up shows the window first, "Opening…" in its status bar.
    void openDatabaseWhenShown(const QString &location);
    /// File > Connect to shared database: the dialog, filled from @p location when given.
    void connectToServer(const QString &location = QString());
    /// Shows the page with this index (0 dashboard, 1 systems, 2 components, 3 audit log,
    /// 4 roadmap, 5 vulnerabilities, 6 patches, 7 frozen systems, 8 calendar, 9 plans,
    /// 10 windows) — for screenshots and tests.
    void showPage(int index);
    int pageCount() const { return int(m_pages.size()); }
    /// The page with this index, built now if it has not been shown yet (pages are built when
    /// first shown or asked for, so the window paints before eleven pages are made).
    Page *page(int index);
    /// The page with this index if it has been built, else null; never builds one.
    Page *builtPage(int index) const { return m_pages.value(index); }
    Page *currentPage() const;
    Workspace *workspace() const { return m_workspace; }

signals:
    /// A page was built (on its first showing or look-up through page()).
    void pageBuilt(pp::Page *page);

protected:
    void closeEvent(QCloseEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void createPages();
    /// Builds page @p index in place of its placeholder in the stack (once).
    Page *ensurePage(int index);
    DashboardPage *dashboardPage();
    SystemsPage *systemsPage();
    ComponentsPage *componentsPage();
    RoadmapPage *roadmapPage();
    VulnerabilitiesPage *vulnerabilitiesPage();
    PlansPage *plansPage();
    void createActions();
    void createMenus();
    void restoreSettings();
    void saveSettings() const;
    void updateActions();
    void updateWindowTitle();

    Status tryOpen(const QString &location, const QString &password);
    void openPendingDatabase();
    /// Lapses expired risk acceptances and adds missing cadences for today; says what lapsed.
    void applyCalendar();
    void newDatabase();
    void chooseDatabase();
    void importInventory();
    void importFeed(int kind);
    void importSbom();
    void importVendorPatches();
    void editDuePolicy();
    void exportInventory();
    /// File > Export calendar: the iCalendar feed (models/io/calendarexport.h).
    void exportCalendar();
    void showAbout();

    Workspace *m_workspace;
    MessageBar *m_messages;
    QListWidget *m_navigation;
    QStackedWidget *m_stack;
    // Null until built (ensurePage()).
    DashboardPage *m_dashboardPage = nullptr;
    SystemsPage *m_systemsPage = nullptr;
    ComponentsPage *m_componentsPage = nullptr;
    AuditLogPage *m_auditPage = nullptr;
    RoadmapPage *m_roadmapPage = nullptr;
    VulnerabilitiesPage *m_vulnerabilitiesPage = nullptr;
    PatchesPage *m_patchesPage = nullptr;
    FrozenPage *m_frozenPage = nullptr;
    CalendarPage *m_calendarPage = nullptr;
    PlansPage *m_plansPage = nullptr;
    WindowsPage *m_windowsPage = nullptr;
    int m_shownIndex = -1; ///< the page showPage() shows (current once built)
    QDate m_calendarDay; ///< the day applyCalendar() last ran for
    LifecycleController *m_lifecycle = nullptr; ///< endoflife.date import, product mapping
    QList<Page *> m_pages; ///< one per index, null until built
    QDockWidget *m_undoDock;
    QLabel *m_databaseLabel;
    QLabel *m_userLabel;
    QLabel *m_roleLabel;
    QString m_failedLocation; ///< a shared database that did not open, for "Connect…"
    QString m_pendingLocation; ///< opened after the first paint (openDatabaseWhenShown())
    bool m_painted = false;    ///< the window has painted once
    RecentFiles *m_recent = nullptr;
    BackupController *m_backup = nullptr; ///< back up, restore, restore drill

    QAction *m_newDatabaseAction;
    QAction *m_openAction;
    QAction *m_connectAction;
    QAction *m_connectAgainAction;
    QAction *m_importAction;
    QAction *m_exportAction;
    QAction *m_exportCalendarAction;
    QAction *m_printPlanAction;
    QAction *m_exportListAction; ///< the current page's list as CSV or JSON
    QAction *m_importKevAction;
    QAction *m_importNvdAction;
    QAction *m_importJvnAction;
    QAction *m_importSbomAction;
    QAction *m_importPatchesAction;
    QAction *m_duePolicyAction;
    QAction *m_planSettingsAction;
    QAction *m_templatesAction;
    QAction *m_quitAction;
    QAction *m_undoAction;
    QAction *m_redoAction;
    QAction *m_newItemAction;
    QAction *m_deleteAction;
    QAction *m_findAction;
    QAction *m_reloadAction;
    QAction *m_aboutAction;
    QActionGroup *m_pageActions;
};

} // namespace pp
