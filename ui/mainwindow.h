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
    /// File > Connect to shared database: the dialog, filled from @p location when given.
    void connectToServer(const QString &location = QString());
    /// Shows the page with this index (0 dashboard, 1 systems, 2 components, 3 audit log,
    /// 4 roadmap, 5 vulnerabilities, 6 patches) — for screenshots and tests.
    void showPage(int index);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createPages();
    void createActions();
    void createMenus();
    void restoreSettings();
    void saveSettings() const;
    void updateActions();
    void updateWindowTitle();

    Status tryOpen(const QString &location, const QString &password);
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
    DashboardPage *m_dashboardPage;
    SystemsPage *m_systemsPage;
    ComponentsPage *m_componentsPage;
    AuditLogPage *m_auditPage;
    RoadmapPage *m_roadmapPage;
    VulnerabilitiesPage *m_vulnerabilitiesPage;
    PatchesPage *m_patchesPage;
    FrozenPage *m_frozenPage;
    CalendarPage *m_calendarPage;
    PlansPage *m_plansPage;
    WindowsPage *m_windowsPage;
    QDate m_calendarDay; ///< the day applyCalendar() last ran for
    LifecycleController *m_lifecycle = nullptr; ///< endoflife.date import, product mapping
    QList<Page *> m_pages;
    QDockWidget *m_undoDock;
    QLabel *m_databaseLabel;
    QLabel *m_userLabel;
    QLabel *m_roleLabel;
    QString m_failedLocation; ///< a shared database that did not open, for "Connect…"
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
